"""A German surname in the genitive after a frame's noun: "Nach Angaben Peskows" is Peskow's (rules-1.256)."""

from __future__ import annotations

import re

_DE_GENITIVE_NAME_RE = re.compile(r"[A-ZÄÖÜ][a-zäöü]+[^s]s")


def de_genitive_name(np_text: str, frame: str, after: str) -> str:
    """A surname in the genitive right after a frame's noun ("Nach Angaben Peskows", "Nach Worten Merkels"): the
    name without its "-s" (rules-1.256; not "Reuters’", an apostrophe's genitive)."""
    if _DE_GENITIVE_NAME_RE.fullmatch(np_text) and frame.rstrip()[-1:].islower() and after not in ("’", "'"):
        return np_text[:-1]
    return np_text
