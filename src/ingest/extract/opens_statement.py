"""Whether a split point of a complement opens a further statement ("and that", ", adding", "and said";
moved from clauses.py, rules-1.408)."""

from __future__ import annotations

import re

from ingest.extract.cues import is_cognition, is_cue
from ingest.extract.nouncues import speech_participle

_DE_SEPARABLE_HEADS = frozenset(("gab", "gaben", "gibt", "wies", "wiesen", "weist"))
_DE_PARTICLES = (" an", " bekannt", " zu")


def opens_statement(split: re.Match[str], lang: str) -> bool:
    """A match of _SPLIT_RE that starts a further statement: "and that", ", adding", "and said"."""
    cue1, cue2 = split.group("cue1"), split.group("cue2")
    return bool(
        (split.group("part") and speech_participle(split.string, split.start("part"), split.end("part")))
        or split.group("that")
        or (cue1 and is_cue(cue1, lang))
        or (cue1 in _DE_SEPARABLE_HEADS and split.group("all").endswith(_DE_PARTICLES))
        or (cue2 and is_cue(cue2, lang) and not is_cognition(cue2))
    )
