"""A generation after a surname (rules-1.243, found with blind batch IDS11): father and son of one name are two people.

The father's mark was kept in the key (``split_senior``, rules-1.186, in ``names`` until rules-1.380: "Hans Weber
Sr.", "Ганс Вебер-старший"); now the son's is too (``split_junior``: "Roman Datsiuk Jr."-like names, "-молодший",
"-младший", "junior", "der Jüngere"), and German "der Ältere" is the father's. A plain name stays the plain name:
"Joseph R. Biden Jr." keeps the id apart from "Joe Biden" that it had, and "Donald Trump Jr." is not Donald Trump.
"""

from __future__ import annotations

import re

_JUNIOR_RE = re.compile(
    r"(?:,?\s+(?:Jr\.?|Junior|junior|der\s+J[üu]ngere)|-(?:молодш|младш)\w*|\s+(?:молодш|младш)\w*)$"
)
_AFTER_RE = re.compile(r"\s+(?:der\s+Ältere|der\s+Jüngere|senior|junior)\b")
# German "X der Ältere, Gründer …,": the name and its mark in the form the name parser keeps ("X Sr.,")
_DE_APPOSED_RE = re.compile(r"(?<=[a-zäöüß])\s+der\s+(Ältere|Jüngere)(?=,)")


def split_junior(name: str) -> tuple[str, str]:
    """``(name, "~jr")`` for a name with the son's mark after the surname, else ``(name, "")``."""
    if "r" not in name and "ш" not in name:
        return name, ""
    m = _JUNIOR_RE.search(name)
    if m is None or not name[: m.start()].strip():
        return name, ""
    return name[: m.start()].rstrip(" ,"), "~jr"


def with_generation(name: str, following: str) -> str:
    """``name`` with the German or Latin generation mark that ``following`` (the text from the name on) has after
    it ("Roman Dazjuk" in "Roman Dazjuk der Ältere, Gründer …" → "Roman Dazjuk der Ältere")."""
    if not name or not following.startswith(name) or "r" not in following[len(name) : len(name) + 12]:
        return name
    m = _AFTER_RE.match(following, len(name))
    return name + m.group() if m is not None else name


def mark_apposed_generation(phrase: str) -> str:
    """German "X der Jüngere, bisher Vorstandschef" as "X Jr., bisher Vorstandschef", whose name the parser finds."""
    if "der " not in phrase:
        return phrase
    return _DE_APPOSED_RE.sub(lambda m: " Sr." if m.group(1) == "Ältere" else " Jr.", phrase)


# rules-1.186: a father's generation after the surname ("Hans Weber Sr.", "Ганс Вебер-старший"): not the son
_SENIOR_RE = re.compile(r"(?:\s+(?:Sr\.?|Senior|senior|der\s+Ältere)|-старш\w*|\s+старш\w*)$")


def split_senior(name: str) -> tuple[str, str]:
    """``(name, "~sr")`` for a name with a father's generation after the surname, else ``(name, "")``."""
    if "r" not in name and "ш" not in name and "Ä" not in name:
        return name, ""
    m = _SENIOR_RE.search(name)
    if m is None or not name[: m.start()].strip():
        return name, ""
    return name[: m.start()].rstrip(" ,"), "~sr"
