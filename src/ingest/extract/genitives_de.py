"""A German surname in the genitive after a frame's noun: "Nach Angaben Peskows" is Peskow's (rules-1.256)."""

from __future__ import annotations

import re

_DE_GENITIVE_NAME_RE = re.compile(r"[A-ZÄÖÜ][a-zäöü]+[^s]s")
# rules-1.325: after a bare preposition the name is as written, no genitive ("Laut Reuters", "Laut Airbus")
_PREPOSITION_FRAMES = frozenset(("laut", "gemäß"))


def de_genitive_name(np_text: str, frame: str, after: str) -> str:
    """A surname in the genitive right after a frame's noun ("Nach Angaben Peskows", "Nach Worten Merkels"): the
    name without its "-s" (rules-1.256; not "Reuters’", an apostrophe's genitive; not after "Laut", rules-1.325)."""
    if (
        _DE_GENITIVE_NAME_RE.fullmatch(np_text)
        and frame.rstrip()[-1:].islower()
        and after not in ("’", "'")
        and frame.rsplit(None, 1)[-1].lower() not in _PREPOSITION_FRAMES
    ):
        return np_text[:-1]
    return np_text
