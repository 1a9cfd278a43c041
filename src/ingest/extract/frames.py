"""Sentence-level attribution frames whose speaker is named before the reported clause:
"According to X, …" / "…, according to X." (en), "За словами X, …", "За його словами, …", "Як заявив X, …",
"По словам X, …", "Как отметил X, …" (uk/ru), "Laut X …", "Nach Angaben X …", "X zufolge …", "…, so X." (de)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extract.according import (
    EN_ACCORDING_END_RE,
    EN_ACCORDING_MID_RE,
    EN_ACCORDING_START_RE,
    EN_PRON_VIEW_RE,
    MID_AS_KINDS,
    SAID_CLAUSE_RE,
    SKIP_SPEAKERS,
    THE_DOCUMENT_RE,
    UKRU_LEAD_RE,
    according_source,
    has_view_word,
    mid_as_match,
    mid_as_source,
    said_before_according,
    source_phrase,
    speakerish,
    start_source,
    subject_before_as,
    with_apposition,
)
from ingest.extract.cited import cited_pronoun
from ingest.extract.cues import is_cue, tokens
from ingest.extract.docframes import de_in_document, document_frame, is_doc_cue, without_participle_tail
from ingest.extract.docsource import according_or_document, opening_speakerish
from ingest.extract.forward import parse_forward
from ingest.extract.frames_de import (
    DE_FRAME_RE,
    DE_NP_ADJUNCT_RE,
    DE_REL_AFTER_RE,
    DE_REL_BEFORE_RE,
    DE_SOURCE_PLACE_RE,
    DE_WIE_RE,
    DE_ZUFOLGE_RE,
    bare_doc_after,
    compound_frame,
    de_genitive_role,
    de_np,
    de_pron_mid_frame,
    de_wie_group,
    de_zufolge_inside,
    name_apposition_after,
    so_cue,
)
from ingest.extract.frames_doc_de import de_doc_source
from ingest.extract.frames_inner import de_semicolon_frame, relayed, ukru_earlier_as_frame, ukru_paren_frame
from ingest.extract.frames_pron_de import de_pron_frame
from ingest.extract.genitives_de import de_genitive_name
from ingest.extract.lexicon_de import DE_DOC_ATTRIBUTE
from ingest.extract.lexicon_en_cues import EN_THAT_ONLY
from ingest.extract.lexicon_slavic import CYR_COUNT_WORDS, PRON_POSS, SLAVIC_DOC_NOUNS, SLAVIC_DOC_PASSIVES
from ingest.extract.listeners_de import drop_de_adverb, drop_de_listener, drop_so_weiter
from ingest.extract.listeners_slavic import drop_citing_outlet, drop_lead_aside, long_cited_source
from ingest.extract.orgnames import after_source_apposition, drop_outlet_listener
from ingest.extract.ownframe_de import de_mid_frame, de_own_mid_frame
from ingest.extract.possdoc import possessive_doc_author
from ingest.extract.quotes import in_quote
from ingest.extract.roles import body_word
from ingest.extract.sentences import LEAD_STAMP_RE
from ingest.extract.separable_de import de_separable_speaker, separable_cue
from ingest.extract.speakers import SpeakerPhrase, analyze_np, in_case, is_speaker_noun
from ingest.extract.wie_de import de_so_end, de_wie_end

_MID_SOURCE_KINDS = frozenset(("person", "organisation", "role", "anonymous", "group"))  # 1.90, group: 1.144


@dataclass(slots=True)
class Frame:
    speaker: SpeakerPhrase
    start: int  # reported clause offsets
    end: int
    cue: str
    confidence: float
    gap: tuple[int, int] | None = None  # a frame inside the clause, left out of the quote


_UKRU_ACCORDING_RE = re.compile(
    r"^(?:(?:Але|Однак|Проте|Но|Однако|А)\s+)?(?:За|По|На|Со|Зі|Із)\s+(?:(?P<pron>його|її|їх|їхніми|їхньою|їхню|его|её|ее|их)\s+)?"
    r"(?:(?:попередн|предварительн|офіційн|официальн|останні|последн|уточнен|оперативн)\w*\s+)?"
    r"(?:словами|словам|слов|даними|данным|інформацією|информации|думку|мнению|оцінкою|оцінками|оценке|"
    r"переконання|убеждению|погляд|взгляд|"  # rules-1.239: "На його переконання, …", "На его взгляд, …"
    r"оценкам|твердженням|утверждению|підрахунками|подсч[её]там|підсумками|прогнозом|прогнозу|прогнозам|прогнозами|"
    r"расч[её]там|розрахунками)\s*(?P<np>[^,]{0,80}?)\s*,\s*"  # rules-1.67: "По расчётам министерства, …"
    # rules-1.35: a relative clause after the source ("На думку X, яка працює …, причина …")
    r"(?:(?:який|яка|яке|які|котрий|котра|который|которая|которое|которые)\s[^,]{1,80}?,\s*)?",
    re.I,
)


# A place or occasion before the speaker after a cue: "в прениях", "на брифінгу", "під час засідання".
_SLAVIC_LEAD_ADJUNCT_RE = re.compile(r"(?:в|у|во|на|при|під\s+час|во\s+время)\s+(?P<w>[\w-]+)\s+(?=\w)")
_UKRU_AS_RE = re.compile(r"^(?:[Яя]к|[Кк]ак)\s+(?P<cue>\w+)\s+(?P<np>[^,]{1,80}?)\s*,\s*")
# "Как рассказал руководитель группы, кандидат наук Виктор Елагин, …": a role, then the name
_UKRU_AS_APPOS_RE = re.compile(
    r"^(?:[Яя]к|[Кк]ак)\s+(?P<cue>\w+)\s+(?P<np>[^,]{1,80}?,\s*[^,]{1,80}?)\s*,\s*"
)
# "Остаточні висновки, як пояснила представниця служби X, будуть готові …": the whole sentence, by X
# "As Reuters reported on Monday, …" / "As the minister told parliament, …"
_EN_AS_RE = re.compile(
    r"^(?:But\s+|And\s+)?As\s+(?P<np>[^,]{2,60}?)\s+(?P<cue>[a-z]+)(?P<adj>\s+(?:on|in|at|to|last|earlier|this|"
    r"previously)\b[^,]{0,40})?\s*,\s*"
)


# "…», — йдеться у заяві міністерства." / "говорится в заявлении МИД" / "heißt es in einer Erklärung des
# Ministeriums" / "…,” according to a statement from the ministry.": the source named after the statement.
SOURCE_AFTER_RE = re.compile(
    r"[,\s—–-]*(?:(?P<en>according\s+to)\s+(?:(?:a|the)\s+(?:statement|post|report|note|message)\s+(?:from|by|of)\s+)?"
    rf"|(?:йдеться|говориться|сказано|зазначено|говорится|отмечается|{SLAVIC_DOC_PASSIVES})\s+(?:у|в)\s+(?:\w+\s+)?"
    rf"(?:{'|'.join(SLAVIC_DOC_NOUNS)})\s+"
    rf"|(?:heißt|hieß)\s+es\s+(?:weiter\s+)?(?:in\s+(?:einer|der|dem|einem)|im)\s+{DE_DOC_ATTRIBUTE}[\wäöüß]*(?:Erklärung|Mitteilung|Stellungnahme"
    r"|Bericht|Studie|Analyse|Auswertung|Untersuchung|Prognose)\s+"  # rules-1.30: "dem", "im"; a report or study, also
    # a compound ("im Jahresbericht des …"); rules-1.212: an analysis or forecast ("in einer Analyse des Verbands")
    r"|(?:приводятся|приводит|приводят|наводяться|наводить|наводять|передает|передаёт|передают|передає|передають)"
    r"\s+(?:[\w-]+\s+){0,3}?слова\s+"  # rules-1.213: "— передает корреспондент ТАСС слова X"
    r"|(?:цитирует|цитує|цитируют|цитують)\s+)"
    r"(?!на\s+(?:запрос|запит|вопрос|питання)\b)(?P<np>[^.;:!?\n]{2,80}?)\s*(?:[.;!?]|$)",  # 1.124: "в ответе на запрос X"
    re.I,
)
_CYR_RELATIVE_RE = re.compile(r",\s+(?:котор|як(?:ий|а|е|і|ого|ої|ому|ою|им|их)\b)")
_CYR_ON_REQUEST_RE = re.compile(r"\s+на\s+(?:запрос|запит|вопрос|питання|просьбу|прохання)\b")
_SOURCE_COMMA_RE = re.compile(
    rf",\s*[—–-]?\s*(?:йдеться|говориться|говорится|сказано|зазначено|отмечается|{SLAVIC_DOC_PASSIVES}|heißt\s+es|"
    r"hieß\s+es)\s",
    re.I,
)
# a report or study named after a statement is its own source, as "The study says" (rules-1.29, 1.30); also
# a draft ("in der Beschlussvorlage", "im Gesetzentwurf", "im Positionspapier", rules-1.54)
_DE_STUDY_ENDS = ("bericht", "Bericht", "tudie", "utachten", "nalyse", "orlage", "ntwurf", "apier")
_JOINT = ("спільн", "совместн")


def source_after(text: str, start: int, end: int, lang: str) -> tuple[SpeakerPhrase, int] | None:
    """The source named right after a statement (see SOURCE_AFTER_RE): (speaker, offset)."""
    m = SOURCE_AFTER_RE.match(text, start, end) or long_cited_source(text, start, end)
    if m is None and (own := possessive_doc_author(text, start, end, lang)) is not None:
        return own  # "— йдеться в його повідомленні" (rules-1.237)
    if m is None:
        d = bare_doc_after(text, start, end, lang) if lang != "en" else None
        if d is not None and d.group("doc").endswith(_DE_STUDY_ENDS):  # "…, heißt es im Bericht." (1.30)
            return SpeakerPhrase(d.group("doc"), "organisation", org=d.group("doc"), gender="o"), d.start(
                "doc"
            )
        if d is not None and lang != "de" and d.group("adj") and d.group("adj").startswith(_JOINT):
            joint = text[d.start("adj") : d.end("doc")]  # "у спільній заяві": several authors (rules-1.35)
            return SpeakerPhrase(joint, "organisation", org=joint, gender="o"), d.start("adj")
        if d is not None:  # «…», – йдеться в повідомленні.: the author quoted just before
            return SpeakerPhrase(d.group("doc"), "document", "", "", "", ""), d.start("doc")
        return None
    np = m.group("np").strip(" ,")
    if lang == "de" and _DE_FROM_PLACE_RE.fullmatch(np):  # the author is the body named before (rules-1.226)
        return SpeakerPhrase(np, "document", "", "", "", ""), m.start("np")
    if lang in ("uk", "ru"):  # "в акте проверки, которую провели …": not the relative clause (rules-1.109)
        np = without_participle_tail(_CYR_RELATIVE_RE.split(np, 1)[0])  # 1.309: ", опубликованном …"
    if lang in ("uk", "ru") and (ask := _CYR_ON_REQUEST_RE.search(np)) is not None:
        np = np[: ask.start()]  # "в ответе компании на запрос редакции": the company (rules-1.60)
    np = drop_citing_outlet(np, m.group(), lang)  # "— цитирует Петрова ТАСС": the agency (rules-1.254)
    if lang in ("uk", "ru") and (pron := cited_pronoun(np, m.group())) is not None:
        return pron, m.start("np")  # "— цитирует его канал …": the one quoted (rules-1.157)
    sp = analyze_np(np, lang)
    if lang == "de" and sp.kind in ("unknown", "pronoun") and _DE_DEF_GEN_RE.fullmatch(np):
        return SpeakerPhrase(np, "document", "", "", "", ""), m.start("np")  # "in einer Mitteilung des Stabs"
    low = m.group().lower()
    if sp.kind == "unknown" and lang in ("uk", "ru") and "слова" not in low and "цит" not in low:
        ds = text.rfind(" ", m.start(), m.start("np") - 1) + 1  # "в документации аукциона" (rules-1.80)
        doc = text[ds : m.start("np") + len(np)]
        return SpeakerPhrase(doc, "organisation", org=doc, gender="o"), ds
    if sp.kind in ("unknown", "pronoun"):
        return None
    if "слова" in low or "цит" in low:  # "приводятся слова директора Комарова", "цитує X Богдана Ілліча"
        sp = in_case(sp, lang, "gen")
    return sp, m.start("np")


# rules-1.203: "…, hieß es in einer Mitteilung des Stabs.": a body named by one noun of its name, the one before
_DE_DEF_GEN_RE = re.compile(r"(?:des|der)\s+[A-ZÄÖÜ][a-zäöüß]{2,}")
_DE_GEN_ROLE_RE = re.compile(r"(?:des|eines) (\w+(?:er|chef))s")  # 1.324: "des Verwaltungschefs"
# rules-1.226: "…, hieß es in einer Mitteilung aus Moskau.": the place it came from is no author
_DE_FROM_PLACE_RE = re.compile(r"aus\s+[A-ZÄÖÜ][a-zäöüß]+(?<!kreisen)")
_CLAUSE_IN_SOURCE_RE = re.compile(r",\s+(?:he|she|they|it|we)\s")


# "…, according to the regulator, which said the batch numbers …": the source's own clause (rules-1.33)
_WHICH_SAID_RE = re.compile(
    r",\s+(?:which|who)\s+(?:also\s+)?(?P<cue>said|says|added|warned|noted|stressed|explained)\s+(?:that\s+)?(?=\w)"
)


def which_said(text: str, start: int, end: int) -> re.Match[str] | None:
    """ "…, which said" / "…, who said" after the source of a final "according to" (English): the cue of
    the source's own reported clause, which starts at the match's end."""
    return _WHICH_SAID_RE.search(text, start, end) if start < end else None


def sentence_frame(
    text: str, s: int, e: int, lang: str, spans: list[tuple[int, int]], qstarts: list[int]
) -> Frame | None:
    """The frame of the sentence text[s:e], if it has one."""
    stext = text[s:e]
    if stext[:1].isdigit() and (ls := LEAD_STAMP_RE.match(stext)) is not None and ls.end():
        s += ls.end()  # a live-blog time stamp ("14:10 По данным …")
        stext = stext[ls.end() :]
    sp: SpeakerPhrase
    k = _SOURCE_COMMA_RE.search(stext) if lang != "en" else None
    if k is not None:
        src = source_after(text, s + k.start(), e, lang)
        if src is not None:
            cue = "йдеться" if lang == "uk" else ("говорится" if lang == "ru" else "heißt es")
            return Frame(src[0], s, s + k.start(), cue, 0.8)
    if lang == "en":
        m = _EN_AS_RE.match(stext) if stext.startswith(("As ", "But as ", "And as ")) else None
        if (
            m is not None
            and is_cue(cue := m.group("cue"), lang)
            and cue not in EN_THAT_ONLY
            and speakerish(m.group("np"), lang)
        ):
            return Frame(analyze_np(m.group("np"), lang), s + m.end(), e, m.group("cue"), 0.8)
        v = EN_PRON_VIEW_RE.search(stext) if "," in stext and has_view_word(stext) else None
        if v is not None and not SAID_CLAUSE_RE.search(stext) and not in_quote(s + v.start(), spans, qstarts):
            # "The orchestra, in his view, …": the whole sentence, by the pronoun (rules-1.60; not named "pron":
            he_she = {"his": "he", "her": "she"}.get(v.group("p").lower(), "they")  # mypyc types it once)
            gen = {"he": "m", "she": "f"}.get(he_she, "p")
            start = s + v.end() if v.start() == 0 else s
            return Frame(SpeakerPhrase(he_she, "pronoun", gender=gen), start, e, "according to", 0.75)
        if "ccording" not in stext:
            return None  # the other English frames are "According to X, …" and "…, according to X."
        m = EN_ACCORDING_START_RE.match(stext)
        if (
            m
            and opening_speakerish(m.group("np"), lang)  # (rules-1.387: "… issued by <a long name>")
            and (st := start_source(m, stext, lang)) is not None
        ):
            return Frame(st[0], s + st[1], e, "according to", 0.85)
        m = EN_ACCORDING_END_RE.search(stext)
        if m and said_before_according(stext, m.start()):
            return None  # "X said visits had risen, according to the council's figures": X's (rules-1.13)
        if m and not _CLAUSE_IN_SOURCE_RE.search(m.group("np")):  # "…, according to X, she told …" (1.34)
            np_text = according_or_document(m.group("np"), lang)  # "a survey published … by X" (1.358)
            if speakerish(np_text, lang):
                return Frame(source_phrase(np_text + ",", lang), s, s + m.start(), "according to", 0.8)
            if THE_DOCUMENT_RE.fullmatch(np_text):  # "…, according to the statement." (its author's)
                return Frame(SpeakerPhrase(np_text, "document"), s, s + m.start(), "according to", 0.75)
        if (mid := EN_ACCORDING_MID_RE.search(stext)) is not None and len(stext[: mid.start()].split()) > 3:
            np_text = according_source(mid.group("np"))  # "…, according to the CBO, and …" (rules-1.34)
            if speakerish(np_text, lang) and not SAID_CLAUSE_RE.search(stext, 0, mid.start()):
                return Frame(analyze_np(np_text + ",", lang), s, s + mid.start(), "according to", 0.75)
    elif lang in ("uk", "ru"):
        lead = UKRU_LEAD_RE.match(stext)
        if lead is not None:  # the frame after a connective; the statement starts after the frame
            stext = stext[lead.end() :]
            s += lead.end()
        m = _UKRU_ACCORDING_RE.match(stext)
        if m:
            pron = m.group("pron")
            if pron:
                sp = SpeakerPhrase(pron, "pronoun", gender=PRON_POSS[pron.lower()])
            else:
                sp = in_case(analyze_np(m.group("np"), lang), lang, "gen")
            sp, end = with_apposition(sp, stext, m.end(), lang)  # (rules-1.105)
            if sp.kind != "unknown":
                return Frame(sp, s + end, e, "за словами" if lang == "uk" else "по словам", 0.85)
        if (dm := document_frame(stext, lang)) is not None:  # "Как говорится в заявлении ведомства, …"
            return Frame(dm[0], s + dm[1], e, dm[2], 0.8)  # "У заяві X йдеться, що …" (rules-1.67)
        if (pf := ukru_paren_frame(stext, lang, lambda i: in_quote(s + i, spans, qstarts))) is not None:
            return Frame(pf[0], s + pf[1], e if pf[4] < 0 else s + pf[4], pf[2], pf[3])  # ", за даними X"
        m = _UKRU_AS_RE.match(stext)
        if m and is_cue(m.group("cue"), lang):
            # "Как сообщил РБК источник …": the outlet is the listener (rules-1.18)
            np_text = drop_outlet_listener(drop_lead_aside(m.group("np")), CYR_COUNT_WORDS, is_speaker_noun)
            adj = _SLAVIC_LEAD_ADJUNCT_RE.match(np_text)
            if adj is not None and not body_word(adj.group("w"), np_text[adj.end() :]):
                np_text = np_text[adj.end() :]  # "Как отметил в прениях прокурор, …" (not "в министерстве")
            sp = analyze_np(np_text, lang)
            end = after_source_apposition(stext, m.end())  # "…, знакомые с ходом совещания, …" (rules-1.158)
            if sp.kind in ("role", "unknown") and (m2 := _UKRU_AS_APPOS_RE.match(stext)) is not None:
                sp2 = analyze_np(m2.group("np") + ",", lang)
                if sp2.kind == "person" and " " in sp2.name:
                    sp, end = sp2, m2.end()
            if sp.kind != "unknown" and not relayed(m.group("cue"), stext[end:], lang):  # (1.314)
                return Frame(sp, s + end, e, m.group("cue"), 0.85)
        if (ea := ukru_earlier_as_frame(stext, lang)) is not None:  # "Как он уже говорил, …" (1.227)
            return Frame(ea[0], s + ea[1], e, ea[2], 0.8)
        m = mid_as_match(stext, lang)
        cue = (m.group("cue") or m.group("tcue")) if m else ""
        if m and (is_cue(cue, lang) or is_doc_cue(cue)) and not in_quote(s + m.start(), spans, qstarts):
            sp = mid_as_source(m, lang)  # a document: its author (rules-1.144)
            if sp.kind in MID_AS_KINDS or m.group("there") or sp.kind == "document":  # the longer part
                before, after = stext[: m.start()], stext[m.end() - 1 :]
                if subject_before_as(before, after):  # "Решту боргу, як запевнили у відомстві,
                    cut = (s + len(before.rstrip()), s + m.end())  # погасять …": one clause (rules-1.38)
                    return Frame(sp, s, e, cue, 0.75, cut)
                if len(before.split()) >= len(after.split()):
                    return Frame(sp, s, s + m.start(), cue, 0.75)
                return Frame(sp, s + m.end() - 1, e, cue, 0.75)
    elif lang == "de":
        w = DE_WIE_RE.match(stext)
        if w and w.group("np") != "es" and (w.group("known") or is_cue(w.group("cue"), lang)):  # 1.289
            np_text, _ = de_np(text, s + w.start(wg := de_wie_group(w)), s + w.end(wg))  # (1.409: cited)
            sp = analyze_np(drop_de_listener(np_text or drop_de_adverb(w.group(wg))), lang)  # 1.256, 1.263
            if sp.kind != "unknown":
                return Frame(sp, s + w.end(), e, w.group("cue") or "bekannt gab", 0.8)
        if (dd := de_in_document(stext)) is not None:  # "In dem Beschluss heißt es, …" (rules-1.166)
            return Frame(dd[0], s + dd[1], e, "heißt es", 0.8)
        if (
            lead_frame := de_pron_frame(stext)
        ) is not None:  # "Nach seinen Angaben …"; "Nach Ficos Worten …" (1.344)
            return Frame(lead_frame[0], s + lead_frame[1], e, "nach angaben", 0.8)
        sv = separable_cue(stext)  # "Die Feuerwehr gab an, dass …"
        if sv is not None and (sp := de_separable_speaker(sv, lang)).kind != "unknown":
            return Frame(sp, s + sv[2], e, "gab an", 0.8)
        if (cf := compound_frame(stext, s)) is not None and not in_quote(cf[1], spans, qstarts):
            sp = analyze_np(cf[0], lang)  # "nach Polizeiangaben"
            return Frame(sp, cf[1], cf[2], "nach angaben", 0.75, cf[3])
        if (om := de_own_mid_frame(stext)) is not None and not in_quote(s + om[1], spans, qstarts):
            return Frame(om[0], s, e, "nach angaben", 0.7, (s + om[1], s + om[2]))  # rules-1.132
        if (pm := de_pron_mid_frame(stext)) is not None and not in_quote(s + pm[1], spans, qstarts):
            return Frame(pm[0], s, e, "nach angaben", 0.7)  # "… sollen nach seinen Worten …" (rules-1.48)
        m = DE_FRAME_RE.match(stext) or DE_ZUFOLGE_RE.match(stext)
        if m is None and (sf := de_semicolon_frame(stext)) and not in_quote(s + sf[0], spans, qstarts):
            m, stext, s = sf[1], stext[sf[0] :], s + sf[0]  # "…; laut X liegt er bei …" (rules-1.127)
        if m:
            if "np" in m.groupdict() and m.group("np"):
                np_text, frame_end = m.group("np"), s + m.end()
            else:
                np_text, frame_end = de_np(text, s + m.end(), e)
            if (g := _DE_GEN_ROLE_RE.fullmatch(np_text)) is not None:
                # "Nach Angaben eines Gerichtssprechers" → "Gerichtssprecher" (rules-1.13); "des …chefs" definite (1.324)
                np_text = ("der " if np_text[:4] == "des " and g.group(1)[-4:] == "chef" else "") + g.group(1)
            np_text = de_doc_source(np_text)  # "Dem Bericht des Schulamts zufolge …" (rules-1.28)
            np_text = de_genitive_name(np_text, stext[: m.end()], text[frame_end : frame_end + 1])  # (1.256)
            if np_text.startswith("von "):
                np_text = np_text[4:]  # "Nach Einschätzung von Experten" (rules-1.36)
            if (pl := DE_SOURCE_PLACE_RE.match(text, frame_end, e)) is not None:
                frame_end = pl.end()  # "Nach Angaben des Ministeriums in Kiew hat …" (rules-1.18)
            if text[frame_end - 1 : frame_end] == "," and (rel := DE_REL_AFTER_RE.match(text, frame_end, e)):
                frame_end = rel.end()
            appos, appos_end = name_apposition_after(text, frame_end, e)
            if appos:  # "Nach Angaben des Sprechers des Ministeriums, Roland Eichhorn, ist …" (rules-1.36)
                np_text, frame_end = f"{np_text}, {appos}", appos_end
            if m.re is DE_ZUFOLGE_RE and (inside := de_zufolge_inside(np_text)) is not None:
                sp = analyze_np(inside[0], lang)  # "Die Polizei hat eigenen Angaben zufolge …" (rules-1.39)
                cut = (s + m.start("np") + inside[1], frame_end)
                return (
                    Frame(sp, s, e, "zufolge", 0.75, cut) if sp.kind not in ("unknown", "pronoun") else None
                )
            sp = analyze_np(np_text, lang)
            if np_text and sp.kind != "unknown" and frame_end < e:
                cue = (m.groupdict().get("frame") or "zufolge").split()[0].lower()
                return Frame(sp, frame_end, e, cue, 0.75)
        m = de_mid_frame(stext)
        if m is not None and m.start() > 0 and not in_quote(s + m.start(), spans, qstarts):
            np_text, np_next = de_np(text, s + m.end(), e)
            # a frame that makes up much of its clause is left out of the quote ("Verletzt wurde nach
            # Angaben der Polizei niemand" → "Verletzt wurde niemand")
            semi = stext.find(";", m.end())
            short = 3 * (len(m.group().split()) + len(np_text.split())) > len(
                stext[: semi % (len(stext) + 1)].split()
            )
            if np_text and np_text.split()[-1].lower() not in SKIP_SPEAKERS:
                if np_text[:1] in "de" and (role := de_genitive_role(np_text)):
                    np_text = role  # "… liegt nach Angaben des zuständigen Beschaffungschefs …" (rules-1.20)
                sp = analyze_np(np_text, lang)
                lone = sp.kind == "person" and " " not in sp.name and text.count(sp.name) < 2  # "laut Plan"
                if sp.kind in _MID_SOURCE_KINDS and not lone:
                    gap = (s + m.start(), np_next) if short else None
                    if DE_REL_BEFORE_RE.search(stext, max(0, m.start() - 16), m.start()) and np_next < e:
                        return Frame(sp, np_next, e, m.group().split()[0].lower(), 0.7)
                    return Frame(sp, s, e, m.group().split()[0].lower(), 0.7, gap)
        w = de_wie_end(stext)  # "…, wie die … mitteilten."
        if w and is_cue(w.group("cue"), lang) and not in_quote(s + w.start(), spans, qstarts):
            np_text = w.group("np")
            adj = DE_NP_ADJUNCT_RE.search(np_text)
            if adj is not None and adj.start() > 0:
                np_text = np_text[: adj.start()]  # "wie das Institut am Montag mitteilte"
            sp = analyze_np(np_text, lang)
            if sp.kind != "unknown":
                return Frame(sp, s, s + w.start(), w.group("cue"), 0.8)
        m = de_so_end(stext)  # (1.344: ", sagte X, die … ist.")
        if m and not in_quote(s + m.start(), spans, qstarts):
            # the speaker without adjuncts and listeners: "sagte er im Deutschlandfunk", "so die Sprecherin am Montag"
            np_at = m.start("np") if m.group("np") else m.start("np2")
            np_text = drop_so_weiter(parse_forward(tokens(text, s + np_at, e), text, lang)[0])
            sp = analyze_np(np_text or m.group("np") or m.group("np2"), lang)
            if sp.kind in ("person", "organisation", "role", "pronoun") and stext.lstrip()[0] not in '„“"»«':
                return Frame(sp, s, s + m.start(), so_cue(m.group()), 0.8)
    return None
