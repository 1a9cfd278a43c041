"""German dative listeners after a cue's speaker ("sagte Fröhlich der Ostthüringer Zeitung"; rules-1.100)."""

from __future__ import annotations

from collections.abc import Collection

from ingest.extract.cues import Token
from ingest.extract.personnames import is_cap
from ingest.extract.roles import is_org_head, is_title_token

_MAX_MODIFIERS = 3


def is_named_media_listener(toks: list[Token], k: int, out: list[Token], media: Collection[str]) -> bool:
    """After a name, "der" + up to three capitalised modifiers + a media head ("der Süddeutschen
    Zeitung", "dem Kölner Stadt-Anzeiger Redaktion") is the listener, not a genitive of the name. A role
    ("der Sprecher der Frankfurter Zeitung") or an organisation before it keeps the genitive reading."""
    if (
        not out
        or not is_cap(out[-1].group())
        or is_title_token(out[-1].group())
        or is_org_head(out[-1].group())
    ):
        return False
    for j in range(k, min(k + _MAX_MODIFIERS + 1, len(toks))):
        word = toks[j].group()
        if word in media:
            return j > k
        if not is_cap(word):
            return False
    return False
