"""Ukrainian and Russian phrase shapes around role nouns: an adjective before a body or a role noun, a
that-clause before a name (moved out of roles.py in rules-1.420)."""

from __future__ import annotations

import re

from ingest.extract.roles import is_org_word
from ingest.extract.speakerphrase import SpeakerPhrase

_CYR_ADJ_RE = re.compile(r"(?:их|ых|ого|ої|ой|ий|ый|ій|ая|ні|ные|ної|ной|ому|ему)$")


def cyr_adjective_body(words: list[str]) -> bool:
    """An adjective, a body noun and more words ("областной службы по охране объектов …", "обласної служби з
    охорони …"): a body named by its head, whatever follows (rules-1.107)."""
    return len(words) > 3 and _CYR_ADJ_RE.search(words[0]) is not None and is_org_word(words[1])


# rules-1.120: a lower-case adjective in the nominative before a role noun ("местная жительница", "головна лікарка")
_CYR_NOMINATIVE_ADJ_RE = re.compile(
    r"[а-яіїєґё'’-]{2,}(?:ая|яя|ый|ий|ой|ій|ова|ева|єва|ьна|ена|ана|ина|ська|цька)"
)


def cyr_adjective_at(toks: list[re.Match[str]], j: int) -> int:
    """1 when ``toks[j]`` is a lower-case nominative adjective with a word after it (the role noun to read
    in its place: "рассказала «Марийской правде» местная жительница …"), else 0."""
    return int(j + 1 < len(toks) and _CYR_NOMINATIVE_ADJ_RE.fullmatch(toks[j].group()) is not None)


# rules-1.150: a that-clause after a Ukrainian or Russian verb ("…, що", "…, что") before a name
_CYR_THAT_RE = re.compile(r",\s+(?:що|что|щоб|чтобы)\s")


def in_cyr_that_clause(text: str, lang: str, start: int, pos: int) -> bool:
    """In Ukrainian or Russian, a that-clause opens between ``start`` (a sentence's) and ``pos`` (a name's):
    the name is no subject of the sentence ("Наставник отметил, что не винит вратаря Илью Соколова")."""
    return lang in ("uk", "ru") and _CYR_THAT_RE.search(text, start, pos) is not None


# rules-1.431 (blind batch IDS30): a press service of a body named by a region's adjective and an acronym
# ("пресс-служба Сумской ОВА", "пресслужба Харківської ОДА") is that body speaking, not a role of its head
_CYR_PRESS_RE = re.compile(r"(?:пресс-|прес-|прес)служб\w*\s+\S+\s+[А-ЯІЇЄҐЁ]{2,5}", re.I)


def cyr_role_or_office(cleaned: str) -> SpeakerPhrase:
    """``cleaned``, a phrase read as a role (``nptidy.cyr_role_only``): an organisation for a press service, else the
    role."""
    if "служб" in cleaned and _CYR_PRESS_RE.fullmatch(cleaned) is not None:
        return SpeakerPhrase(cleaned, "organisation", org=cleaned, gender="o")
    return SpeakerPhrase(cleaned, "role", role=cleaned)
