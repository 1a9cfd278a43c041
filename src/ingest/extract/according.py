"""The source named by an English sentence-final "according to": "…, according to two officials, who
asked not to be named." → "two officials"; "…, according to the study, published … in the journal X." →
"the study"; "…, according to research that tracked 2,000 birds." → "research" (rules-1.18)."""

from __future__ import annotations

import re

from ingest.extract.clauses import SUBORDINATE_TAIL_RE
from ingest.extract.cues import is_cue
from ingest.extract.docframes import document_frame
from ingest.extract.inflect import nominative_name
from ingest.extract.lexicon import words as _w
from ingest.extract.lexicon_countries import COUNTRY_SPEAKERS
from ingest.extract.lexicon_people import TITLE_ABBREVIATIONS
from ingest.extract.roles import is_cyr_role, is_org_word
from ingest.extract.speakers import SpeakerPhrase, analyze_np, in_case, is_cap

# words that name no source after "according to" ("according to statistics", "the report")
_SKIP_WORDS = (
    "data figures estimates polls report reports statistics survey poll statement document documents "
)
SKIP_SPEAKERS = frozenset(_w(_SKIP_WORDS + "study research analysis calculations sources"))


def _named_body(toks: list[str]) -> bool:
    """ "the Office for National Statistics", "Bellwood Research" (rules-1.23): a capitalised data word
    after a capitalised name or in a longer title, not "statistics" or "Research" alone."""
    if not toks[-1][:1].isupper():
        return False
    return len(toks) > 2 or (len(toks) == 2 and toks[0][:1].isupper())


# rules-1.54: a data word owned by a named source ("the board's own figures", "Eurostat's data")
_POSSESSED_RE = re.compile(r"\w[’']s\s+(?:own\s+|latest\s+|new\s+|official\s+|annual\s+)*\w+$")


# rules-1.86: "documents seen by Reuters", "minutes of the meeting obtained by the Times": the outlet only saw
# the document, which is the source
_EN_DOCS = (
    r"(?:documents?|minutes|report|letter|e-?mails?|memos?|draft|filings?|papers|records|correspondence|notes|"
    r"messages|copy|transcripts?|recordings?|contracts?|invoices?|receipts?|files|spreadsheets?|ledgers?|cables)"
)
# (rules-1.166: two documents joined, "bank records and emails seen by the Tribune")
_EN_DOC_SEEN_BY_RE = re.compile(
    rf"\b{_EN_DOCS}(?:\s+(?:and|or)\s+(?:[\w-]+\s+)?{_EN_DOCS})?\b(?:\s+of\s+[^,]{{1,60}}?)?"
    r"\s+(?:seen|obtained|reviewed)\s+by\s",
    re.I,
)


def seen_document(np: str) -> str:
    """The document of "documents seen by Reuters", "minutes of the meeting obtained by the Times", else ""."""
    m = _EN_DOC_SEEN_BY_RE.search(np) if " by " in np else None
    return np[: m.end() - 1].rsplit(None, 2)[0] if m is not None and len(np[: m.start()].split()) <= 2 else ""


# rules-1.133: a meeting's record named with its meeting ("minutes of the meeting", "a transcript of the
# hearing"), or bare minutes opening the sentence ("According to minutes, …"), is its own source
_MEETING_RECORD_RE = re.compile(
    r"(?:(?:the|a)\s+)?(?:minutes|transcripts?)(?P<of>\s+of\s+(?:the|its|their|this|that|a|last\s+\w+[’']s|\w+[’']s)\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?:meeting|hearing|session|sitting|debate|call)s?)?",
    re.I,
)


def meeting_record(np: str, lang: str, opening: bool = False) -> str:
    """The record of a meeting that ``np`` names ("minutes of the meeting"), else ""."""
    m = _MEETING_RECORD_RE.fullmatch(np.strip(" ,")) if lang == "en" else None
    return m.group() if m is not None and (m["of"] or (opening and m.group()[:1] in "Mm")) else ""


# rules-1.195: the record of a call or a meeting that one side issues ("the Lithuanian readout", "a Chinese readout
# of the call", "the joint communique") is its own source, like minutes (1.133)
_READOUT_RE = re.compile(
    r"(?:(?:the|a|an|its|their)\s+)?(?P<doc>(?:[A-Z][\w’'.-]+\s+){0,3}(?:joint\s+)?(?:readout|communiqu[eé])s?)"
    r"(?:\s+of\s+(?:the|their|a)\s+(?:[\w-]+\s+)?(?:call|talks|meeting|conversation|summit))?"
    r"(?:\s+(?:issued|released|published)\s+(?:after|by|on|at|late|following)\b[^,]{0,60})?"
)


def readout_record(np: str, lang: str) -> str:
    """The readout or communique that ``np`` names ("the Lithuanian readout" → "Lithuanian readout"), else ""."""
    m = _READOUT_RE.fullmatch(np.strip(" ,")) if lang == "en" else None
    return m["doc"] if m is not None else ""


def source_phrase(np: str, lang: str) -> SpeakerPhrase:
    """The speaker of an "according to" frame: a document an outlet only saw is its own source (rules-1.86),
    not the outlet."""
    doc = seen_document(np) if lang == "en" else ""
    doc = doc or meeting_record(np, lang, opening=True)  # "minutes of the meeting" (rules-1.133)
    doc = doc or readout_record(np, lang)  # "the Lithuanian readout" (rules-1.195)
    return SpeakerPhrase(doc, "organisation", gender="o", org=doc) if doc else analyze_np(np, lang)


# rules-1.203: "according to two industry sources", "… diplomatic sources": people; not "sources" alone or
# a kind of data or energy ("according to official sources" stays a source of figures, as before)
_NOT_SOURCE_QUALIFIERS = frozenset(
    _w(
        "the these those other such some many various multiple numerous several data energy power renewable funding "
        "revenue "
        "income news media open public official available primary secondary its their our his her"
    )
)


def _qualified_sources(words: list[str]) -> bool:
    return len(words) >= 2 and words[-1] == "sources" and words[-2] not in _NOT_SOURCE_QUALIFIERS


def speakerish(np: str, lang: str, owned: bool = False) -> bool:
    """Whether the phrase of a frame ("According to X", "As X said") can name its source; with ``owned``
    (a sentence's opening frame), also a data word after a possessive ("the board's own figures")."""
    words = np.lower().split()
    if not words or len(words) > 10:
        return False
    if lang == "en" and (seen_document(np) or meeting_record(np, lang, owned) or readout_record(np, lang)):
        return True  # "According to minutes seen by the Times, …" (rules-1.86), "… of the meeting" (1.133)
    if words[-1] in SKIP_SPEAKERS and not (
        lang == "en"
        and (_named_body(np.split()) or (owned and _POSSESSED_RE.search(np)) or _qualified_sources(words))
    ):
        return False  # "according to statistics", not "… to the Office for National Statistics" (1.20)
    return analyze_np(np, lang).kind != "unknown" or is_cap(np.split()[-1])


# "According to X, …" / "…, according to X." / "…, according to X, and …" (sentence frames: ``frames``)
EN_ACCORDING_START_RE = re.compile(
    r"^(?:But\s+|And\s+)?[Aa]ccording\s+to\s+(?P<np>[^,]{2,90}?"
    r"(?:,\s*(?:[A-Z][\w’'\-.]+\s+){1,2}[A-Z][\w’'\-]+(?=,))?)\s*,\s*"
)


# (a full stop after an initial or a title is no sentence end: "according to the F.A.A.", "… to Mr. X's campaign")
_ABBR_DOT = "(?:" + "|".join(rf"(?<=\b{a})" for a in ("[A-Z]", *sorted(TITLE_ABBREVIATIONS))) + r")\."
EN_ACCORDING_END_RE = re.compile(rf",\s+according\s+to\s+(?P<np>(?:[^.;]|{_ABBR_DOT}){{2,120}}?)\s*[.!]?$")
# … inside the sentence, after the clause it attributes ("…, according to the CBO, and the top 10 percent …")
EN_ACCORDING_MID_RE = re.compile(
    r",\s+according\s+to\s+(?P<np>[^,.;“”\"]{2,90}?),\s+"
    r"(?=(?:and|but|while|whereas|which|who|more|less|compared|including|though|although|nearly|almost|(?:up|down)\s+from)\b)"
)  # (not for what follows: "… but, according to Reuters, he told …", "whose purpose, according to X, was")


THE_DOCUMENT_RE = re.compile(
    r"(?:the|its|their|his|her|a|an)\s+(?:[\w’'-]+\s+)?(?:statement|report|release|communiqu[eé]|declaration|"
    r"announcement|filing|"  # rules-1.309: "declaration"
    r"post|letter|notice|study|survey|paper|analysis|research|minutes)|(?:new\s+|recent\s+)?research"
    r"|minutes",  # rules-1.33: "…, according to minutes published alongside the decision."
    re.I,
)
# "…, according to research that tracked …" / "… a study published in …": what follows a document noun
# describes the document (rules-1.18)
_EN_DOC_TAIL_RE = re.compile(
    r"(?:study|survey|paper|analysis|research|report|minutes)\s+(?:that|which|published|released|conducted|led|funded|"
    r"commissioned|carried\s+out)\b"
    # rules-1.309: a summit's communique or declaration "issued at the end of …", "adopted on Saturday"
    r"|(?:communiqu[eé]|declaration)\s+(?:that|which|issued|released|published|adopted|agreed|signed)\b"
)
# a participle after the source of a final "according to" (rules-1.17)
_EN_PARTICIPLE_APPOS_RE = re.compile(
    r",\s+(?:published|released|issued|conducted|commissioned|compiled|prepared|presented|posted|obtained|seen|"
    r"funded|led)\b"
)

# "a notice published by the regulator": the body that issued the document is the source (rules-1.20)
_EN_DOC_BY_RE = re.compile(
    r"(?:statement|report|release|notice|letter|filing|post|study|survey|paper|analysis|document)\s+"
    r"(?:published|issued|released|filed|posted|sent|circulated)\s+(?:on\s+\w+\s+|last\s+\w+\s+)?by\s+"
)


# "a filing with the Securities and Exchange Commission": the body addressed is not the author (rules-1.124)
_EN_DOC_WITH_RE = re.compile(
    r"\b(?:filings?|submissions?|disclosures?|statement|notice)\s+(?:made\s+|sent\s+)?(?:with|to)\s+(?:the|a|its)\s"
)


# rules-1.128: "a council report", "a police statement": the body named before the document wrote it (not "a
# press release", "court documents": a body quoted before or a party wrote them)
_EN_BODY_DOC_RE = re.compile(
    r"(?:a|an|the)\s+(?:new\s+|recent\s+|latest\s+)?(?P<body>[a-z]+)\s+"
    r"(?:report|statement|study|survey|analysis|document|filing|notice|letter|release|review|audit)"
)


# rules-1.309: "…, according to Milena Radonjic, a fencer who won bronze in June.": the relative clause after the
# source's apposition only describes her; the name and the apposition are the source
_APPOS_WHO_RE = re.compile(r"[^,]{2,60},\s+(?:a|an|the)\s+[^,]{2,60}?(?=\s+(?:who|whose)\s)")


def according_source(np_text: str) -> str:
    """The source phrase of "…, according to <np_text>" without what only describes it."""
    if (
        (bd := _EN_BODY_DOC_RE.fullmatch(np_text)) is not None
        and is_org_word(bd["body"])
        and bd["body"] not in ("press", "court")
    ):
        return "the " + bd["body"]  # "…, according to a council report.": the council (rules-1.128)
    if (sub := SUBORDINATE_TAIL_RE.search(np_text)) is not None:
        np_text = np_text[: sub.start()]  # "…, according to X, as storms kept ships in port."
    if (rel := np_text.find(", who ")) > 0:  # "…, according to two officials, who asked not to be named."
        np_text = np_text[:rel]
    if (rel := np_text.find(", which ")) > 0:  # "…, according to the regulator, which said …" (rules-1.33)
        np_text = np_text[:rel]
    if " who" in np_text and ", " in np_text and (aw := _APPOS_WHO_RE.match(np_text)) is not None:
        np_text = aw.group()  # "Milena Radonjic, a fencer who won bronze …" (rules-1.309)
    if " by " in np_text and (by := _EN_DOC_BY_RE.search(np_text)) is not None:
        return np_text[by.end() :]  # "…, according to a notice published by the regulator."
    if (dw := _EN_DOC_WITH_RE.search(np_text)) is not None:
        return np_text[: dw.start() + len(dw.group().split(None, 1)[0])]  # "a filing with the regulator"
    if ", " in np_text and (pp := _EN_PARTICIPLE_APPOS_RE.search(np_text)) is not None:
        np_text = np_text[: pp.start()]  # "…, according to the study, published … in the journal X."
    if " " in np_text and (dt := _EN_DOC_TAIL_RE.search(np_text)) is not None:
        np_text = np_text[: dt.start() + len(dt.group().split(None, 1)[0])]  # "research that tracked …"
    return np_text


# "X said it accepted the findings, according to a spokesman, who said 312 trees …": the source's own
# clause after another speaker's (rules-1.36; a sentence framed by "according to" alone: frames.which_said)
_ACCORDING_WHO_RE = re.compile(
    r",\s+according\s+to\s+(?P<np>[^,.;“”\"]{2,90}?),\s+(?:which|who)\s+(?:also\s+)?$"
)


def according_relative(text: str, start: int, cue_at: int) -> str | None:
    """The source of "…, according to X, who said …" when the cue "said" is at ``cue_at``, else None."""
    if not text.endswith(("who ", "which ", "also "), start, cue_at):
        return None
    m = _ACCORDING_WHO_RE.search(text, start, cue_at)
    return according_source(m.group("np")) if m is not None else None


# rules-1.50: "According to the memo, the transport secretary, Helen Marsh, warned colleagues that …": a
# document that reports someone's words is no source of its own; the inner statement is that person's
_LEAD_DOCUMENT_RE = re.compile(
    r"(?i:the|a|an|this|that)\s+(?:[\w’'-]+\s+){0,2}(?:report|study|survey|memo|memorandum|lawsuit|suit|complaint|"
    r"indictment|filing|letter|document|documents|paper|ruling|transcript|email|emails)"
)
_INNER_REPORT_RE = re.compile(
    r"\b(?:said|says|told|tells|warned|wrote|argued|claimed|insisted|admitted|acknowledged|testified|promised)\b"
    r"[^.;“”\"]{0,50}?\bthat\b"
)


def reports_inner_speaker(source: str, rest: str) -> bool:
    """ "According to <a document>, <someone> <said> … that …": the document only passes the words on."""
    return (
        _LEAD_DOCUMENT_RE.fullmatch(source.strip(" ,")) is not None
        and _INNER_REPORT_RE.search(rest) is not None
    )


# a cue word right after "according to" and lower-case words is a noun of the source ("…, according to
# press reports."; "according to HUR estimates" names its body: that reading is left as it was)
ACCORDING_BEFORE_RE = re.compile(r"[Aa]ccording\s+to\s+(?:[a-z][\w’'-]*\s+){0,3}$")


# "The orchestra, in his view, had been slow …": the whole sentence, by the pronoun (rules-1.60; ``frames``)
EN_PRON_VIEW_RE = re.compile(
    r"(?:^|,\s+)[Ii]n\s+(?P<p>his|her|their)\s+(?:view|words|opinion|estimation),\s+"
)


def has_view_word(stext: str) -> bool:
    """A pre-check for EN_PRON_VIEW_RE: every match holds one of these words before a comma."""
    return "view," in stext or "words," in stext or "opinion," in stext or "estimation," in stext


# rules-1.95: also at the end ("…, как сообщили в мэрии.") and "як там запевнили" (the body named before)
UKRU_MID_AS_RE = re.compile(
    r",\s+(?:як|как)\s+(?:(?P<there>там)\s+(?P<tcue>[а-яіїєґё]+)|(?P<cue>[а-яіїєґё]+)\s+"
    r"(?P<np>[^,]{2,80}?))(?:,\s+(?=\w)|(?P<end>\s*[.!]\s*$))"
)
MID_AS_KINDS = frozenset(("person", "organisation", "role", "group"))  # rules-1.71: "как считают эксперты"
_SLAVIC_THAT_RE = re.compile(r"\b(?:что|що|чтобы|щоб)\b")


# rules-1.326: the clause's own cue right after the source ("Міністерство, як пише агентство ТАСС, заявило, що …")
_OWN_CUE_AFTER_RE = re.compile(r"(?P<v>[а-яіїєґё]+)(?:\s+[а-яіїєґё]+)?\s*(?:,\s+(?:что|що)\b|:)")


def mid_as_match(stext: str, lang: str = "ru") -> re.Match[str] | None:
    """ "…, как сообщили в мэрии, …" or "…, як там запевнили." in the sentence; at its end only after a clause
    without "что"/"що" ("X считает, что …, а не …, как писали СМИ": a contrast, not the source; rules-1.95).
    Not when the clause's own cue and "что"/"що" follow the source: its subject is the speaker, the outlet
    only carries the statement (rules-1.326)."""
    m = UKRU_MID_AS_RE.search(stext)
    if m is not None and m.group("end") and _SLAVIC_THAT_RE.search(stext, 0, m.start()):
        return None
    if m is not None and not m.group("end"):
        c = _OWN_CUE_AFTER_RE.match(stext, m.end())
        if c is not None and is_cue(c.group("v"), lang):
            return None
    return m


def mid_as_source(m: re.Match[str], lang: str) -> SpeakerPhrase:
    """The source of a mid_as_match: its noun phrase, or a document after a document's cue ("Завод, как
    говорится в сообщении, …", "…, як ідеться у звіті, …": the author, as at the start; rules-1.144)."""
    sp = analyze_np(m.group("there") or m.group("np"), lang)
    if sp.kind in MID_AS_KINDS or not m.group("np"):
        return sp
    dm = document_frame(f"Как {m.group('cue')} {m.group('np')}, ", lang)
    return dm[0] if dm is not None else sp


# a clause after a mid-sentence source opens with a conjunction ("…, как рассказал X, а ремонт …"): two clauses
_CYR_CLAUSE_OPEN_RE = re.compile(r"(?:а|и|но|і|й|та|але|однак|однако|проте)\b", re.I)
_WORD_RE = re.compile(r"\w")


def subject_before_as(before: str, after: str) -> bool:
    """The part of a sentence before a mid-sentence source ("Решту боргу, як запевнили у відомстві, погасять …")
    is the subject of one clause, so the whole sentence is the statement: up to three words without a comma
    (rules-1.38), or up to five when words follow the source and open with no conjunction ("Петух по кличке Гоша,
    как рассказала хозяйка, пока …", rules-1.132; not "…, как сообщили в мэрии." at the end)."""
    n = len(before.split())
    rest = after.lstrip(" ,")
    return "," not in before and (
        n <= 3 or (n <= 5 and _WORD_RE.match(rest) is not None and not _CYR_CLAUSE_OPEN_RE.match(rest))
    )


# rules-1.105: "За словами голови комісії, історика Олексія Гури, …": a role and a full name in the genitive
# after the frame's source name the person who speaks
_UKRU_GEN_APPOS_RE = re.compile(
    r"(?P<role>[а-яіїєґё][\w'’-]*(?:\s+[а-яіїєґё][\w'’-]*){0,3})\s+"
    r"(?P<name>[А-ЯІЇЄҐ][а-яіїєґё'’-]+\s+[А-ЯІЇЄҐ][а-яіїєґё'’-]+)\s*,\s*"
)


def with_apposition(sp: SpeakerPhrase, stext: str, end: int, lang: str) -> tuple[SpeakerPhrase, int]:
    """The frame's source ``sp`` (a role) and where the statement starts (``end``), or the person of a
    genitive apposition right after it and the end of that apposition."""
    m = _UKRU_GEN_APPOS_RE.match(stext, end) if sp.kind == "role" else None
    if m is None or not is_cyr_role(m.group("role").split()[0]):
        return sp, end
    name = m.group("name")
    if nominative_name(name, lang, "gen") == name:
        return sp, end  # "За словами міністра, президент Петро Коваль …": the clause's subject
    person = analyze_np(f"{m.group('role')} {name}", lang)
    if person.kind != "person" or " " not in person.name:
        return sp, end
    return in_case(person, lang, "gen"), m.end()


# A connective before a frame: "Водночас, як зазначила X, …", "При этом, по данным X, …".
UKRU_LEAD_RE = re.compile(
    r"^(?:Водночас|Втім|Натомість|Крім\s+того|Також|Тим\s+часом|При\s+цьому|Зокрема|Однак|Проте|Але|"
    r"Вместе\s+с\s+тем|Кроме\s+того|Также|Впрочем|Между\s+тем|Тем\s+временем|При\s+этом|В\s+частности|"
    r"Однако|Но|А)\s*,?\s+(?=(?:[Яя]к|[Кк]ак|[Зз]а|[Пп]о)\s)"
)


SAID_CLAUSE_RE = re.compile(r"\b(?:said|says|reports) (?:that )?[a-z]")  # reports: rules-1.20
# rules-1.225: an inverted cue between commas after a clause of five words or more
_MID_SAID_RE = re.compile(r"\w(?:\W+\w+){4,}, (?:the |a |an )?[\w'’ -]{2,50}? (?:said|says),\s")


def said_before_according(stext: str, end: int) -> bool:
    """A cue before a closing "…, according to X." makes the sentence the cue's speaker's: "X said visits had
    risen, according to the council's figures" (rules-1.13), "Net income rose, the bank said, up from …,
    according to X." (rules-1.225)."""
    said = (" said " in stext or " says " in stext or " reports " in stext) and SAID_CLAUSE_RE.search(
        stext, 0, end
    )
    mid = (" said," in stext or " says," in stext) and _MID_SAID_RE.search(stext, 0, end) is not None
    return bool(said) or mid  # (the substrings first: the pattern backtracks over every word, rules-1.257)


# rules-1.335: "According to Moldova's grid operator, Moldelectrica, supplies …": a body's one-word name in apposition
# after a source ending in a body noun is part of the source (two words: the pattern above); not a country or capital
# ("According to the ministry, Ukraine, like …"), nor a word before a conjunction or relative ("…, Kyiv, which …")
_BODY_NAME_APPOS_RE = re.compile(
    r"([A-Z][\w’'&.-]+)\s*,\s*(?=[a-z])(?!(?:and|or|but|which|who|whose|where|while|like|unlike|as|if|when|though|"
    r"although|including|with)\b)"
)


def body_name_apposition(np: str, stext: str, end: int) -> tuple[str, int]:
    """The source of "According to <np>, …" ending at ``end`` and where the clause starts: with the one-word name
    of a body in apposition after a body noun when there is one."""
    if "," in np:
        return np + ",", end  # "the governor, Oleh Syniehubov,"
    if not stext[end : end + 1].isupper() or not is_org_word(np.rsplit(None, 1)[-1].lower()):
        return np, end
    m = _BODY_NAME_APPOS_RE.match(stext, end)
    if m is None or m.group(1) in COUNTRY_SPEAKERS:
        return np, end
    return f"{np}, {m.group(1)},", m.end()


def start_source(m: re.Match[str], stext: str, lang: str) -> tuple[SpeakerPhrase, int] | None:
    """The source of "According to X, …" (``m``: EN_ACCORDING_START_RE) and where its clause starts; None when
    the clause reports a speaker of its own."""
    if reports_inner_speaker(m.group("np"), stext[m.end() :]):
        return None
    np, end = body_name_apposition(m.group("np"), stext, m.end())
    return source_phrase(np, lang), end
