"""A document as the source of a Ukrainian or Russian sentence: "Как говорится в заявлении ведомства, …",
"Як ідеться у звіті ООН, …" (moved from frames, rules-1.67) and "У заяві підприємства йдеться, що …", "В
отчёте компании говорится, что …" (rules-1.67): the clause by the document's author, or by the document;
"Згідно з даними НБУ, …", "Согласно отчёту X, …" (rules-1.133); "Как следует из материалов дела, …" and German
"In dem Beschluss heißt es, …" (rules-1.166)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.extract.lexicon_slavic import SLAVIC_DOC_NOUNS, SLAVIC_DOC_PASSIVES
from ingest.extract.sentences import Sentence
from ingest.extract.speakers import SpeakerPhrase, analyze_np, in_case
from ingest.extract.studies import source_np

_DOCS = "|".join(SLAVIC_DOC_NOUNS)
_DOC_CUES = (
    "йдеться|ідеться|говориться|говорится|сказано|зазначено|указано|вказано|отмечается|" + SLAVIC_DOC_PASSIVES
)
_DOC_CUE_SET = frozenset(_DOC_CUES.split("|"))


def is_doc_cue(word: str) -> bool:
    """ "говорится", "йдеться", …: the cue of a document as the source (rules-1.144: inside the sentence)."""
    return word.lower() in _DOC_CUE_SET


_UKRU_AS_DOC_RE = re.compile(
    rf"^(?:Як|Как)\s+(?P<cue>{_DOC_CUES})\s+"
    rf"(?:у|в|во)\s+(?:[\w-]+\s+)?(?P<doc>{_DOCS})(?:\s+(?P<np>[^,]{{2,80}}?))?\s*,\s*",
    re.I,
)
# "У заяві підприємства йдеться, що …", "В сообщении пресс-службы говорится, что …" (the document first)
# rules-1.309: also after a connective ("Окремо у звіті зазначено, що …", "Кроме того, в докладе говорится, что …")
_UKRU_DOC_FIRST_RE = re.compile(
    r"^(?:(?:Окремо|Також|Водночас|Крім\s+того|Зокрема|Натомість|Отдельно|Также|Кроме\s+того|В\s+частности|"
    r"Вместе\s+с\s+тем|При\s+цьому|При\s+этом)\s*,?\s+(?=[УуВв]))?"
    rf"(?:[Уу]|[Вв]|[Вв]о)\s+(?:[\w-]+\s+)?(?P<doc>{_DOCS})(?:\s+(?P<np>[^,]{{2,80}}?))?\s+"
    rf"(?P<cue>{_DOC_CUES}|зазначається|відзначається|указывается)\s*,\s*(?:що|что)\s+"
)


# rules-1.133: "Згідно з даними НБУ, …", "Согласно отчёту ведомства, …": data or a document with its source
# after it; a document alone ("Згідно з рішенням, …") is its author's (the body quoted before); not a law, a
# plan or a schedule ("Згідно із законом", "Согласно графику"), nor data without a source ("за попередніми")
_UKRU_DATA = frozenset(
    "даними інформацією оцінками оцінкою підрахунками розрахунками прогнозом данным информации оценкам оценке "
    "подсчетам подсчётам расчетам расчётам прогнозу".split()
)
_UKRU_DOCUMENTS = frozenset(
    "повідомленням заявою звітом висновком висновками рішенням сообщению заявлению отчету отчёту заключению "
    "выводам решению "
    # rules-1.309: a document, a declaration, a resolution ("Згідно з документом, …", "Согласно декларации, …")
    "документом документу документами документам декларацією декларации резолюцією резолюции".split()
)
_ACCORDING_STARTS = ("Згідно", "Согласно", "Але", "Однак", "Проте", "Но", "Однако", "А ")
_UKRU_ACCORDING_DOC_RE = re.compile(
    r"^(?:(?:Але|Однак|Проте|Но|Однако|А)\s+)?(?:Згідно\s+(?:з|із|зі)|Согласно)\s+"
    r"(?:(?:офіційн|официальн|останні|последн|новим|новым|опублікован|опубликованн)\w*\s+)?"
    r"(?P<doc>\w+)(?:\s+(?P<np>[^,]{2,80}?))?\s*,\s*",
    re.I,
)


def _according_document(stext: str, lang: str) -> tuple[SpeakerPhrase, int, str] | None:
    """(source, where the clause starts, cue) of "Згідно з даними X, …" opening ``stext``, or None."""
    m = _UKRU_ACCORDING_DOC_RE.match(stext)
    doc = m.group("doc").lower() if m is not None else ""
    if m is None or (doc not in _UKRU_DATA and doc not in _UKRU_DOCUMENTS):
        return None
    cue = "згідно з" if lang == "uk" else "согласно"
    if not m.group("np"):  # "Згідно з рішенням, …": its author's
        return (SpeakerPhrase(m.group("doc"), "document"), m.end(), cue) if doc in _UKRU_DOCUMENTS else None
    sp = in_case(analyze_np(m.group("np"), lang), lang, "gen")
    return (sp, m.end(), cue) if sp.kind not in ("unknown", "pronoun") else None


def according_document_sentences(text: str, sents: Sequence[Sentence], lang: str) -> list[int]:
    """The indexes of the sentences that open with "Згідно з"/"Согласно" and data or a document."""
    return [
        i
        for i, st in enumerate(sents)
        if text.startswith(_ACCORDING_STARTS, st.start) and _according_document(text[st.start : st.end], lang)
    ]


# rules-1.166: "Как следует из материалов дела, …", "Як випливає з ухвали суду, …": what a document shows
_UKRU_FOLLOWS_FROM_RE = re.compile(
    r"^(?:(?:Але|Однак|Проте|Но|Однако|А)\s+)?(?:Як|Как)\s+(?P<cue>випливає|випливало|следует|следовало|вытекает)"
    r"\s+(?:з|із|зі|из)\s+(?P<np>[^,]{2,80}?)\s*,\s*"
)
_CYR_POSSESSIVES = frozenset("його її їх їхніх его её ее их".split())


def _follows_from(stext: str, lang: str) -> tuple[SpeakerPhrase, int, str] | None:
    """(source, where the clause starts, cue) of "Как следует из материалов дела, …" opening ``stext``: the
    body named in the document ("из сообщения МВД"), else the document; not "из его слов" (no source)."""
    m = _UKRU_FOLLOWS_FROM_RE.match(stext)
    if m is None or m.group("np").split()[0].lower() in _CYR_POSSESSIVES:
        return None
    np = m.group("np")
    words = np.split()
    sp = in_case(analyze_np(" ".join(words[1:]), lang), lang, "gen") if len(words) > 1 else None
    if sp is None or sp.kind != "organisation" or not words[0].islower():  # the body of "из сообщения МВД"
        sp = SpeakerPhrase(np, "organisation", org=np, gender="o")  # "из апелляционного определения"
    return sp, m.end(), m.group("cue")


def document_frame(stext: str, lang: str) -> tuple[SpeakerPhrase, int, str] | None:
    """(source, where the clause starts, cue) of a document frame opening ``stext``, or None."""
    m = _UKRU_AS_DOC_RE.match(stext) or _UKRU_DOC_FIRST_RE.match(stext)
    if m is None and stext[:1] in "ЯяКк" and (ff := _follows_from(stext, lang)) is not None:
        return ff
    if m is None:
        return _according_document(stext, lang) if stext[:1] in "ЗзСсАаОоПпН" else None
    np_doc = m.group("np")  # "Как говорится в документе, …": the document's author (rules-1.21)
    sp = source_np(np_doc, lang) if np_doc else SpeakerPhrase(m.group("doc"), "document")  # 1.140: a study's
    if sp.kind == "unknown" and np_doc and m.re is _UKRU_DOC_FIRST_RE:
        doc = f"{m.group('doc')} {np_doc}"  # "В акте проверки говорится, что …": the document (rules-1.109)
        sp = SpeakerPhrase(doc, "organisation", org=doc, gender="o")
    if sp.kind in ("unknown", "pronoun"):
        return None
    return sp, m.end(), m.group("cue")


# rules-1.166: "In dem Beschluss heißt es, …", "Im Urteil des Landgerichts hieß es, …": a document opening the
# sentence before "heißt es"; a ruling, a report or a study speaks itself (or the body named with it), a
# statement or a letter is its author's (the body quoted before)
_DE_IN_DOC_RE = re.compile(
    r"^(?:(?:Aber|Doch|Und|Auch)\s+)?(?:In\s+(?:dem|der|einem|einer|seinem|seiner|ihrem|ihrer)|Im)\s+"
    # rules-1.195: adjectives and a participle with its time before the noun ("In dem am Abend veröffentlichten
    # Abschlussdokument heißt es"), and the documents of talks (a communiqué, a protocol, an agreement)
    r"(?P<attr>(?:(?:am|vom|nach|bei)\s+(?:dem\s+|der\s+)?[A-ZÄÖÜ][\wäöüß]+\s+)?(?:[a-zäöüß]+(?:en|em|er|es)\s+){0,2})"
    r"(?P<doc>[\wäöüß-]*(?:[Dd]okument|[Kk]ommuniqu[ée]|[Pp]rotokoll|[Aa]bkommen|[Vv]ereinbarung|[Bb]eschluss|[Uu]rteil|[Bb]egründung|[Ee]rklärung|[Mm]itteilung|[Ss]tellungnahme|"
    r"[Ss]chreiben|[Bb]ericht|[Ss]tudie|[Gg]utachten|[Aa]nalyse|[Vv]orlage|[Ee]ntwurf|[Pp]apier|[Aa]nklageschrift|"
    r"[Bb]rief|[Vv]erfügung|[Bb]escheid))(?:\s+(?:des|der)\s+(?P<owner>[^,]{2,60}?))?\s+(?:heißt|hieß)\s+es"
    r"(?:\s+(?:weiter|außerdem|zudem|unter\s+anderem|wörtlich))?\s*[,:]\s*(?:dass\s+)?"
)
_DE_OWN_VOICE_DOCS = (
    "eschluss",
    "rteil",
    "ericht",
    "tudie",
    "utachten",
    "nalyse",
    "orlage",
    "ntwurf",
    "apier",
    "schrift",
    "okument",  # rules-1.195
    "ommuniqué",
    "ommunique",
    "rotokoll",
    "bkommen",
    "ereinbarung",
)


def de_in_document(stext: str) -> tuple[SpeakerPhrase, int] | None:
    """(source, where the clause starts) of "In dem Beschluss heißt es, …" opening ``stext``, or None."""
    m = (
        _DE_IN_DOC_RE.match(stext)
        if stext.startswith(("In ", "Im ", "Aber ", "Doch ", "Und ", "Auch "))
        else None
    )
    if m is None:
        return None
    owner = analyze_np(m.group("owner"), "de") if m.group("owner") else None
    if owner is not None and owner.kind in ("organisation", "person", "role"):
        return owner, m.end()
    doc = m.group("doc")
    if (
        doc.endswith(_DE_OWN_VOICE_DOCS) or "gemeinsam" in m["attr"]
    ):  # a joint statement: no one author (1.195)
        return SpeakerPhrase(doc, "organisation", org=doc, gender="o"), m.end()
    return SpeakerPhrase(doc, "document"), m.end()


# rules-1.309: a passive participle after the document's author describes the document ("…, говорится в
# заявлении министерства, опубликованном в пятницу", "у звіті центру, оприлюдненому в суботу")
_CYR_PARTICIPLE_TAIL_RE = re.compile(
    r",\s+[а-яіїєґё'’]{3,}(?:[нт]ом|[нт]ой|[нт]ым|[нт]ому|[нт]ій|[нт]ім|[нт]ых|[нт]их)(?![\w'’])"
)


def without_participle_tail(np: str) -> str:
    """The author phrase after a Ukrainian or Russian document without a participle describing the document."""
    if ", " not in np or (pt := _CYR_PARTICIPLE_TAIL_RE.search(np)) is None:
        return np
    return np[: pt.start()]
