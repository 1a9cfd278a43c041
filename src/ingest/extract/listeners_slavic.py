"""Ukrainian and Russian words between an "Як повідомив" / "Как сообщил" cue and its speaker that are no part
of the speaker: the journalists told, the anonymity granted (rules-1.224)."""

from __future__ import annotations

import re

from ingest.extract.adjuncts import MEDIUM_ADJUNCT_RE

# "Як повідомив на умовах анонімності американський посадовець, …", "Как рассказал журналистам источник, …":
# the listener in the dative and "on condition of anonymity" before the speaker; before, they were read as
# the start of the speaker's phrase (no frame, or a speaker "журналістам американський посадовець")
_CYR_LEAD_ASIDE_RE = re.compile(
    r"(?:(?:журналістам|журналистам|репортерам|кореспондентам|корреспондентам)\s+"
    r"|на\s+(?:умовах|условиях|правах)\s+(?:анонімності|анонимности)\s+)+"
)


def drop_lead_aside(np: str) -> str:
    """``np`` without the listener, the anonymity or the medium before the speaker (never the whole phrase;
    rules-1.255: "Как сообщил в своем Telegram-канале Гладков, …" gave the speaker "Telegram-канале Гладков")."""
    while (m := _CYR_LEAD_ASIDE_RE.match(np) or MEDIUM_ADJUNCT_RE.match(np)) is not None and np[
        m.end() :
    ].strip():
        np = np[m.end() :].lstrip()
    return np


# rules-1.224: a sentence adverb before the subject ("Неофициально в регионе говорят, что …", "Офіційно в
# міністерстві заявили, що …") is no part of the speaker: the body after it speaks, or nobody; before, the
# adverb was a person's name ("Неофициально") or the start of the body's ("Официально в министерстве")
_CYR_LEAD_ADVERB_RE = re.compile(
    r"(?:[Нн]е)?[А-ЯІЇЄҐ][а-яіїєґё']+(?:ально|ально|ійно|ийно|ично|ічно|имно|імно|ельно|ільно)(?:\s+|$)"
)


def drop_lead_adverb(np: str) -> str:
    """``np`` without a sentence adverb at its start ("" when the adverb is all of it)."""
    m = _CYR_LEAD_ADVERB_RE.match(np)
    return np[m.end() :] if m is not None else np


# rules-1.254: the agency after the one quoted ("— цитирует Петрова ТАСС", "— цитує Андрієнка «Укрінформ»")
# rules-1.458: or a medium's noun, bare or before a Latin name ("— цитирует дипломата агентство", "— цитує міністра
# видання Politico"): the one quoted is the speaker, not the medium
_CITING_OUTLET_RE = re.compile(
    r"(?<=[а-яёіїєґ])\s+(?:[A-ZА-ЯЁІЇЄҐ]{2,6}|«[^»]{2,40}»|"
    r"(?:агентство|агенція|издание|видання|газета|телеканал)(?:\s+[A-Z][\w-]*){0,2})$"
)


# rules-1.360: the agency before the one quoted ("— цитирует ТАСС представителя компании", "— цитує «Укрінформ»
# голову ОВА"): a name in capitals or in quote marks, then a lower-case word (the role in the accusative)
CITING_OUTLET_LEAD_RE = re.compile(r"(?:[A-ZА-ЯЁІЇЄҐ]{2,6}|«[^»]{2,40}»)\s+(?=[а-яёіїєґ])")
# rules-1.360: "«…», — цитирует губернатора … Михаила Кравцова пресс-служба правительства региона.": the one quoted
# and the medium after him longer than SOURCE_AFTER_RE's 80 characters (the cue just after the quote only)
_CITES_LONG_RE = re.compile(
    r"[,\s—–-]*(?:цитирует|цитируют|цитує|цитують)\s+(?P<np>[^.;:!?\n]{81,140}?)\s*(?:[.;!?]|$)"
)


def long_cited_source(text: str, start: int, end: int) -> re.Match[str] | None:
    """The match of "— цитирует <one quoted> <medium>." after a statement, for one over 80 characters."""
    if "цит" not in text[start : start + 12]:
        return None
    return _CITES_LONG_RE.match(text, start, end)


def drop_citing_outlet(np: str, cue: str, lang: str) -> str:
    """``np`` after a Ukrainian or Russian "цитирует"/"цитує" cue without the outlet that quotes the person."""
    if lang not in ("uk", "ru") or "цит" not in cue.lower():
        return np
    if np[:1] == "«" or np[:2].isupper():
        lead = CITING_OUTLET_LEAD_RE.match(np)
        np = np[lead.end() :] if lead is not None else np
    if tail := _CITING_OUTLET_RE.search(np):
        return np[: tail.start()]
    return np


# rules-1.262: "Сам он в суде заявил, что …", "Іванов у суді сказав": the court in the locative after a subject is
# the place the subject spoke in, not the speaker (a court alone is: "В суде пояснили, что …")
_CYR_COURT_LOC = frozenset(("суде", "суді"))
_CYR_IN = frozenset(("в", "у", "во"))


def court_place_start(words: list[str]) -> int:
    """The index of the "в"/"у" before a court in the locative that ends ``words`` after a subject, else 0."""
    if words[-1].lower() not in _CYR_COURT_LOC:
        return 0
    return max((i for i, w in enumerate(words) if w in _CYR_IN), default=0)


# rules-1.262: a Russian representative of a body named by its abbreviation ("По словам представителя МЖД",
# "сообщил представитель ГУ МВД"): the body's, as "представителя Минфина" was; before, no speaker at all
_RU_REPRESENTATIVE_OF_ACRONYM_RE = re.compile(r"[Пп]редставител(?:ь|я|ю|ем|е|и|ей)(?:\s+[А-ЯЁ]{2,6}){1,2}")


def is_ru_rep_of_acronym(np: str) -> bool:
    """``np`` is "представитель"/"представителя" and one or two Cyrillic abbreviations."""
    return np[:1] in "Пп" and _RU_REPRESENTATIVE_OF_ACRONYM_RE.fullmatch(np) is not None


# rules-1.290: a listener between a body in the locative and the cue ("В ассоциации «Теплицы России» «Холдауту»
# сообщили, что …", "В Минсельхозе «Коммерсанту» сообщили", "У міністерстві журналістам повідомили"): the listener
# is no part of the body; before, it was read into the body's name, or two quoted names gave no speaker at all
_CYR_LOC_LISTENER_RE = re.compile(
    r"(?P<body>(?:В|У|Во)\s+\S.*?)\s+(?:журналістам|журналистам|репортерам|кореспондентам|корреспондентам|"
    r"виданню|изданию|агентству|(?<=»\s)«[^«»]{2,40}»|«[^«»]{1,38}(?:у|ю|ям|ам)»)\s*$"
)


def drop_loc_listener(left: str, lang: str) -> str:
    """``left`` (the words before a cue) without a listener after a body in the locative (Ukrainian: only a listener
    word or a second quoted name, as "«Нафтогазу»" may be the body's genitive)."""
    if (
        lang not in ("uk", "ru")
        or left[:1] not in "ВУ"
        or not left.rstrip().endswith(("»", "ам", "ию", "ню", "тву"))
    ):
        return left
    m = _CYR_LOC_LISTENER_RE.fullmatch(left.rstrip())
    if m is None or (lang == "uk" and left.rstrip().endswith("»") and not m.group().rstrip()[:-1].count("»")):
        return left
    return m.group("body") + " "


# rules-1.295: an English adjunct opening the sentence without its comma, before a pronoun subject ("Later in the
# day he said …", "On Friday evening she said …"); before, the whole phrase was read as the subject and dropped
_EN_LEAD_PRONOUN_RE = re.compile(
    r"(?:Later|Earlier|On|In|At|After|During)\s[^,;:\"“”'()]{1,40}?\s(he|she)\s*"
)


def drop_lead_adjunct(left: str, lang: str) -> str:
    """``left`` (the words before a cue) as its pronoun when an English adjunct without a comma opens it."""
    if lang != "en" or not left.rstrip().endswith("he"):
        return left
    m = _EN_LEAD_PRONOUN_RE.fullmatch(left)
    return m.group(1) + " " if m is not None else left
