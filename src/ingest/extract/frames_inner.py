"""Frames inside a sentence rather than opening it: a Ukrainian/Russian source between commas (", за її даними,
…", ", по данным X, …"; moved from frames, rules-1.127) and a German frame opening the clause after a semicolon; where
the clause a Ukrainian/Russian source reports starts after a contrast ("…, однак, за даними X, …", rules-1.150)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.extract.cues import is_cue
from ingest.extract.frames_de import DE_FRAME_RE
from ingest.extract.lexicon_slavic import CYR_COUNT_WORDS, PRON_POSS
from ingest.extract.listeners_slavic import drop_lead_aside
from ingest.extract.orgnames import drop_outlet_listener
from ingest.extract.speakers import SpeakerPhrase, analyze_np, in_case, is_speaker_noun

UKRU_PAREN_RE = re.compile(
    r",\s+(?:по|за)\s+(?P<pron>його|її|их|їх|его|её|ее)\s+(?:словам|словами|мнению|думку|оценке|оцінкою|даними|данным),"
    r"\s+[«„“\"]?\w",  # rules-1.19: "…, за її даними, …"; 1.31: "…, по его словам, «…»"
    re.I,
)
# "Понад половина з них, за даними Мінсоцполітики, орендує житло": the whole sentence, by X.
UKRU_PAREN_NP_RE = re.compile(
    r",\s+(?:за|по)\s+(?:(?:попередн|предварительн|офіційн|официальн|уточнен)\w*\s+)?"  # rules-1.42
    r"(?:даними|данным|інформацією|информации|оцінкою|оценке|підрахунками|подсч[её]там|расч[её]там|словами|словам)\s+"
    r"(?P<np>[^,]{2,60}?),\s+\w"
)


# rules-1.127: a German frame opening the main clause after a semicolon ("…; laut X liegt er bei …")
_DE_SEMI_FRAME_RE = re.compile(
    r";\s+(?=(?:laut|gemäß|gemäss|nach\s+(?:[a-zäöüß]+\s+){0,2}(?:Angaben|Einschätzung))\s)"
)


def de_semicolon_frame(stext: str) -> tuple[int, re.Match[str]] | None:
    """(offset, match of DE_FRAME_RE there) of a frame after a semicolon in ``stext``, else None."""
    semi = _DE_SEMI_FRAME_RE.search(stext)
    k = semi.end() if semi is not None else 0
    m = DE_FRAME_RE.match(stext[k].upper() + stext[k + 1 :]) if semi is not None else None
    return (k, m) if m is not None else None


# rules-1.150: a clause, a contrastive conjunction and the source: "Сума не розголошується, однак, за даними X, …",
# "Сумма не раскрывается, но, по данным X, …": X reports only the clause after the source
_UKRU_CONTRAST_END_RE = re.compile(r",\s+(?:однак|проте|але|та|но|однако|а|зато)$", re.I)


def reported_start(stext: str, m: re.Match[str]) -> int:
    """Where the clause reported by the source between commas that ``m`` matched starts in ``stext``: after the
    source when a contrastive conjunction stands before it, else at the sentence's start."""
    return m.end() - 1 if _UKRU_CONTRAST_END_RE.search(stext, 0, m.start()) is not None else 0


# rules-1.157: "Глава регулятора подчеркнула, что бюджетная политика, по оценке ЦБ, будет нейтральной": a source
# between commas inside the clause of a cue verb with its own subject is that subject's reasoning, not the frame
_CUE_THAT_RE = re.compile(r"(?<!^)\b(?P<cue>[а-яіїєґё]+)\s*,\s+(?:что|що)\s", re.I)


def in_cue_clause(stext: str, pos: int, lang: str) -> bool:
    """The ", за даними X," at ``pos`` stands inside the "що"/"что" clause of a cue verb (see _CUE_THAT_RE)."""
    return any(is_cue(m.group("cue"), lang) for m in _CUE_THAT_RE.finditer(stext, 0, pos))


_PAST_ENDINGS = ("ли", "ла", "л", "в")


def has_trailing_cue(stext: str, pos: int, lang: str) -> bool:
    """The sentence ends with a cue of its own in the past tense after ``pos`` ("…, повідомили в пресслужбі X.")."""
    k = stext.rfind(", ", pos)
    w = stext[k + 2 :].split(None, 1)[0].rstrip(".,;") if k > 0 and stext[k + 2 :].strip() else ""
    return w.endswith(_PAST_ENDINGS) and is_cue(w, lang)


# rules-1.394: the particle of reported speech between commas ("Частину коштів, мовляв, компанія залучить …",
# "Втім, мовляв, більшість позик пільгові", "Деньги, мол, найдутся"): the sentence is the words of the one last
# spoken of; after an opening conjunction ("Втім, мовляв, …", not "Деньги, мол, …") only what follows the particle
_UKRU_PARTICLE_RE = re.compile(r"(?:^|,\s+)(?:мовляв|мол|дескать),\s+[«„“\"]?\w", re.I)
_PARTICLES = ("овляв", "мол,", "Мол,", "ескать")
_PARTICLE_LEADS = frozenset("втім однак проте але а і та тому отже зате впрочем однако но и поэтому".split())


def ukru_particle_frame(
    stext: str, lang: str, quoted: Callable[[int], bool]
) -> tuple[SpeakerPhrase, int] | None:
    """The speaker (a pronoun for the one last named) and where the reported words start for a sentence holding
    "мовляв"/"мол"/"дескать" between commas or at its start (see _UKRU_PARTICLE_RE), else None."""
    m = _UKRU_PARTICLE_RE.search(stext)
    if m is None or quoted(m.start()) or ", що " in stext[: m.start()] or ", что " in stext[: m.start()]:
        return None  # "Він сказав, що, мовляв, …": the cue's own clause
    before = stext[: m.start()].rsplit(None, 1)
    if before and is_cue(before[-1].lower(), lang):
        return None  # "У раді відповіли, мовляв, …": the particle opens the cue's clause
    if has_trailing_cue(stext, m.end(), lang):
        return None  # "Це, мовляв, дрібниці, написала вона": the cue's own words
    lead = stext[: m.start()].strip().lower()
    start = m.end() - 1 if (not lead or lead in _PARTICLE_LEADS) else 0
    return SpeakerPhrase("мовляв" if lang == "uk" else "мол", "pronoun"), start


# rules-1.430: the source closing the sentence ("…, по данным Генштаба.", "…, за даними ОВА."): the clause before it
_UKRU_TAIL_NP_RE = re.compile(
    r",\s+(?:за|по)\s+(?:(?:попередн|предварительн|офіційн|официальн|уточнен)\w*\s+)?"
    r"(?:даними|данным|інформацією|информации|підрахунками|подсч[её]там|расч[её]там)\s+"
    r"(?P<np>[^,.;:!?«»\"]{2,60}?)\.?\s*$"
)


def ukru_tail_frame(stext: str, lang: str, quoted: Callable[[int], bool]) -> tuple[SpeakerPhrase, int] | None:
    """The source and where its clause ends for a sentence closing with ", по данным X." (a literal test first:
    the last ", по "/", за " within 80 characters of the end), else None; not inside a quote or a cue's clause."""
    k = max(stext.rfind(", по "), stext.rfind(", за "))
    m = _UKRU_TAIL_NP_RE.match(stext, k) if k > 0 and len(stext) - k < 80 else None
    if m is None or quoted(k) or in_cue_clause(stext, k, lang):
        return None
    sp = in_case(analyze_np(m.group("np"), lang), lang, "gen")
    return (sp, k) if sp.kind in ("organisation", "role", "person", "anonymous") else None


def ukru_paren_frame(
    stext: str, lang: str, quoted: Callable[[int], bool]
) -> tuple[SpeakerPhrase, int, str, float, int] | None:
    """A Ukrainian/Russian source between commas (moved from frames.source_frame, rules-1.157): the speaker, where
    the reported clause starts in ``stext``, the cue, the confidence and where the clause ends (-1: the sentence's
    end; a source closing the sentence, rules-1.430); ``quoted`` tells an offset in a quote."""
    if any(w in stext for w in _PARTICLES) and (part := ukru_particle_frame(stext, lang, quoted)) is not None:
        return part[0], part[1], "за словами" if lang == "uk" else "по словам", 0.7, -1
    m = UKRU_PAREN_RE.search(stext)
    if m is not None and (", что " in stext[: m.start()] or ", що " in stext[: m.start()]):
        m = None  # "X заявил, что …, однако, по его словам, …": inside a cue's clause, X's (rules-1.30)
    if m is not None and not quoted(m.start()):
        # "Стоимость проезда, по ее словам, не изменится": the whole sentence, by the pronoun's referent
        pron = m.group("pron")
        sp = SpeakerPhrase(pron, "pronoun", gender=PRON_POSS[pron.lower()])
        return sp, reported_start(stext, m), "за словами" if lang == "uk" else "по словам", 0.8, -1
    m = UKRU_PAREN_NP_RE.search(stext)
    if m is not None and not quoted(m.start()) and not in_cue_clause(stext, m.start(), lang):
        if has_trailing_cue(stext, m.end(), lang):  # "…, за даними X, …, повідомили в Y": Y's (rules-1.262)
            return None
        sp = in_case(analyze_np(m.group("np"), lang), lang, "gen")
        if sp.kind not in ("unknown", "pronoun"):
            return sp, reported_start(stext, m), "за даними" if lang == "uk" else "по данным", 0.75, -1
    if (", по " in stext or ", за " in stext) and (tail := ukru_tail_frame(stext, lang, quoted)) is not None:
        return tail[0], 0, "за даними" if lang == "uk" else "по данным", 0.75, tail[1]
    return None


# rules-1.227: "Как он уже говорил утром, …", "Як раніше заявляв Коваль, …": a subject pronoun or an adverb of
# earlier times between "как/як" and the cue (the plain "Как сообщил X, …" is frames._UKRU_AS_RE's)
_UKRU_AS_EARLIER_RE = re.compile(
    r"^(?:[Яя]к|[Кк]ак)\s+(?:(?P<pron>він|вона|вони|он|она|они)\s+)?"
    r"(?P<adv>(?:(?:уже|вже|ранее|раніше|ещё|еще|ще|неоднократно|неодноразово|не\s+раз|прежде|давно)\s+)*)"
    r"(?P<cue>\w+)(?P<rest>(?:\s+[^\s,]+){0,4}?)\s*,\s*"
)
_SUBJECT_GENDER = {"він": "m", "он": "m", "вона": "f", "она": "f", "вони": "p", "они": "p"}


def ukru_earlier_as_frame(stext: str, lang: str) -> tuple[SpeakerPhrase, int, str] | None:
    """The source and the offset where the statement starts for "Как он уже говорил утром, …" (a pronoun,
    then lower-case words only after the cue: a time or a listener) or "Как ранее говорил Ветров, …" (an
    adverb, then the source), else None; before, neither had a frame and the clause had no statement."""
    m = _UKRU_AS_EARLIER_RE.match(stext)
    if m is None or not (m.group("pron") or m.group("adv")) or not is_cue(m.group("cue"), lang):
        return ukru_long_as_frame(stext, lang)
    rest = m.group("rest").strip()
    if m.group("pron"):
        if any(w[:1].isupper() for w in rest.split()):
            return None
        pron = m.group("pron")
        return SpeakerPhrase(pron, "pronoun", gender=_SUBJECT_GENDER[pron.lower()]), m.end(), m.group("cue")
    sp = analyze_np(rest, lang) if rest else None
    return (sp, m.end(), m.group("cue")) if sp is not None and sp.kind != "unknown" else None


# rules-1.288: "Как рассказал журналистам руководитель межрегионального управления ведомства Виктор Сергеевич
# Лаптев, …": a listener, a long role and a full name past the 80 characters frames._UKRU_AS_RE looks at
_UKRU_AS_LONG_RE = re.compile(
    r"^(?:[Яя]к|[Кк]ак)\s+(?P<cue>\w+)\s+(?P<np>[^,]{60,150}?\s[А-ЯЁІЄЇ][\w'’-]+)\s*,\s*"
)


def ukru_long_as_frame(stext: str, lang: str) -> tuple[SpeakerPhrase, int, str] | None:
    """The person and the offset where the statement starts for "Как сообщил <listener> <long role> <name>, …"
    whose source runs past 80 characters, else None; only a person named in full (two capitalised words at
    the end) is taken, a long body or place phrase stays no frame. Before: no statement."""
    m = _UKRU_AS_LONG_RE.match(stext)
    if m is None or not is_cue(m.group("cue"), lang):
        return None
    np_text = drop_outlet_listener(drop_lead_aside(m.group("np")), CYR_COUNT_WORDS, is_speaker_noun)
    words = np_text.split()
    if len(words) < 3 or not (words[-2][:1].isupper() and words[-1][:1].isupper()):
        return None
    sp = analyze_np(np_text, lang)
    return (sp, m.end(), m.group("cue")) if sp.kind == "person" else None


# rules-1.314: "Как передает «Интерфакс», источник в отрасли сообщил, что …": the outlet only passes on words whose
# own subject and cue follow (a noun phrase of at most eight words, a cue, then ", что"/", що" or ": «")
_MEDIA_AS_CUES = frozenset(("передает", "передаёт", "передає", "сообщает", "повідомляє", "пишет", "пише"))
_INNER_CUE_RE = re.compile(r"(?P<np>[^,.:;«»\"]{2,80}?)\s+(?P<cue>\w+)(?:,\s+(?:что|що)\s|:\s+[«„\"])")


def relayed(cue: str, rest: str, lang: str) -> bool:
    """``rest`` after "Как передает X," holds its own speaker and cue ("… источник сообщил, что …")."""
    if cue.lower() not in _MEDIA_AS_CUES or not (", что " in rest or ", що " in rest or ": " in rest):
        return False
    m = _INNER_CUE_RE.match(rest)
    if m is not None and len(m.group("np").split()) <= 8 and is_cue(m.group("cue"), lang):
        return True
    # rules-1.458: up to four words between the inner cue and ", що" ("глава МЗС сказав журналістам у Будапешті,
    # що …", "министр заявил в интервью, что …"); a clause with no cue among its first nine words stays the outlet's
    c = _INNER_CLAUSE_RE.match(rest)
    words = c.group().split() if c is not None else []
    return any(0 < k <= 8 and len(words) - k <= 5 and is_cue(w, lang) for k, w in enumerate(words))


_INNER_CLAUSE_RE = re.compile(r"[^,.:;«»\"]{2,160}?(?=,\s+(?:что|що)\s)")
