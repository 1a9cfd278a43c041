"""A person named by an honorific or an academic title and the surname alone (rules-1.198, found with blind batch
IDS8): "Dr Zamfir of the Bucharest Centre for Regional Studies" is the person "Zamfir", not the centre, and the
Ukrainian and Russian "Аналітикиня … центру … докторка Замфір", "эксперт … доктор Замфир" end in the person's
title and surname; the title's gender is the person's ("докторка", "пані", "госпожа": a woman; "пан",
"господин": a man)."""

from __future__ import annotations

import re

from ingest.extract.speakerphrase import SpeakerPhrase

_CYR_TITLED_RE = re.compile(
    r"(?:^|\s)(?P<t>доктор(?:ка)?|професор(?:ка)?|профессор|пан|пані|господин|госпожа)\s+"
    r"(?P<n>[А-ЯІЇЄҐ][а-яіїєґё'’]+(?:-[А-ЯІЇЄҐ][а-яіїєґё'’]+)?)$"
)
_EN_TITLED_OF_RE = re.compile(
    r"(?:Dr\.?|Prof\.?|Professor)\s+(?P<n>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)\s+(?:of|at|from)\s+(?:the\s+)?[A-Z].*"
)
_FEMALE = frozenset(("докторка", "професорка", "пані", "госпожа"))
_MALE = frozenset(("пан", "господин"))


def titled_surname(phrase: str, lang: str) -> SpeakerPhrase | None:
    """The person of ``phrase`` when it ends in a title and a surname (Ukrainian, Russian) or is an English
    "Dr X of the Y", else None."""
    if lang in ("uk", "ru"):
        m = _CYR_TITLED_RE.search(phrase)
        if m is None:
            return None
        t = m["t"]
        gender = "f" if t in _FEMALE else ("m" if t in _MALE else "")
        return SpeakerPhrase(
            phrase, "person", name=m["n"], role=phrase[: m.start("n")].strip(), gender=gender
        )
    if lang == "en" and (m := _EN_TITLED_OF_RE.fullmatch(phrase)) is not None:
        return SpeakerPhrase(phrase, "person", name=m["n"], role=phrase[: m.start("n")].strip())
    return None
