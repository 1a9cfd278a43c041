"""A German surname in the genitive after a frame's noun: "Nach Angaben Peskows" is Peskow's (rules-1.256)."""

from __future__ import annotations

import re

from ingest.extract.appositions import is_role_word

_DE_GENITIVE_NAME_RE = re.compile(r"[A-ZÄÖÜ][a-zäöü]+[^s]s")
# rules-1.325: after a bare preposition the name is as written, no genitive ("Laut Reuters", "Laut Airbus")
_PREPOSITION_FRAMES = frozenset(("laut", "gemäß", "gemäss"))
# rules-1.352 (blind batch IDS22): a role noun in the genitive before a name ("Nach Angaben des Ministers Shurawel",
# "Nach Worten der Ministerin Olena Koval"): the role in the nominative and the name, as "Minister Shurawel"
_DE_GENITIVE_ROLE_NAME_RE = re.compile(
    r"(?:des|der)\s+(?P<role>[A-ZÄÖÜ][a-zäöüß-]{3,}?)(?P<s>s)?\s+(?P<name>[A-ZÄÖÜ][a-zäöüß][\w-]*(?:\s+[A-ZÄÖÜ][\w-]+)?)"
)

# rules-1.368 (blind batch EW): a name in the genitive before the frame's noun ("Kostenkos Angaben zufolge", "Nach
# Kusnezows Worten"): the name without its "-s"; not a noun phrase ("Eigenen Angaben", "Offiziellen Angaben")
_POSSESSED_NOUNS = (" Angaben", " Worten", " Aussagen", " Darstellung", " Einschätzung", " Schätzung")
_DE_POSSESSIVE_NAME_RE = re.compile(
    r"(?P<name>[A-ZÄÖÜ][a-zäöü]+[a-rt-zäöüß])s\s+(?:Angaben|Worten|Aussagen|Darstellung|Einschätzung|Schätzung)"
)


def de_genitive_name(np_text: str, frame: str, after: str) -> str:
    """A surname in the genitive right after a frame's noun ("Nach Angaben Peskows", "Nach Worten Merkels"): the
    name without its "-s" (rules-1.256; not "Reuters’", an apostrophe's genitive; not after "Laut", rules-1.325); a
    genitive role before a name in the nominative (rules-1.352: "des Ministers Shurawel" → "Minister Shurawel"; the
    feminine "der Ministerin X" as written, without its article)."""
    if np_text.endswith(_POSSESSED_NOUNS) and (p := _DE_POSSESSIVE_NAME_RE.fullmatch(np_text)) is not None:
        return p["name"]  # "Kostenkos Angaben zufolge", "Nach Kusnezows Worten": the name (rules-1.368)
    if np_text[:4] in ("des ", "der ") and (g := _DE_GENITIVE_ROLE_NAME_RE.fullmatch(np_text)) is not None:
        role = g["role"]
        if not g["s"] and np_text[2] == "s":  # a weak noun ("des Präsidenten Selenskyj"), else no genitive
            role = role[:-2] if role.endswith("en") else ""
        if role and is_role_word(role.lower()):
            return f"{role} {g['name']}"
    if (
        _DE_GENITIVE_NAME_RE.fullmatch(np_text)
        and frame.rstrip()[-1:].islower()
        and after not in ("’", "'")
        and frame.rsplit(None, 1)[-1].lower() not in _PREPOSITION_FRAMES
    ):
        return np_text[:-1]
    return np_text
