"""Words that keep a speaker phrase after an inverted cue going into the name that follows them.

* A name particle between capitalised words ("said Rik van Houten", rules-1.31).
* A Ukrainian or Russian lower-case rank or academic title between a body's acronym and a name (rules-1.310,
  blind batch IDS17): "сообщил начальник управления ФСБ генерал-майор Г. А. Ломтев" was cut after "ФСБ" (a
  lower-case word after a capitalised one ends the phrase), so the speaker was the unnamed role.
"""

from __future__ import annotations

from ingest.extract.cues import Token
from ingest.extract.speakers import is_cap

__all__ = ["NAME_PARTICLES", "particle_then_name", "rank_then_name"]

NAME_PARTICLES = frozenset(
    ("van", "der", "den", "da", "di", "dos", "del", "la", "le", "al", "bin", "binti", "binte", "arap", "ap")
)

# military ranks and academic titles written before a name in lower case
_CYR_RANKS = frozenset(
    (
        "генерал",
        "генерал-майор",
        "генерал-лейтенант",
        "генерал-полковник",
        "полковник",
        "підполковник",
        "подполковник",
        "майор",
        "адмірал",
        "адмирал",
        "віцеадмірал",
        "вице-адмирал",
        "контр-адмірал",
        "контр-адмирал",
        "професор",
        "профессор",
        "академік",
        "академик",
    )
)


def particle_then_name(toks: list[Token], k: int) -> bool:
    """A capitalised word at ``k``, or one more particle and then one ("van der Berg")."""
    if k < len(toks) and toks[k].group().lower() in NAME_PARTICLES:
        k += 1
    return k < len(toks) and is_cap(toks[k].group())


def rank_then_name(toks: list[Token], i: int, lang: str) -> bool:
    """``toks[i]`` is a Ukrainian or Russian rank in lower case ("генерал-майор") and a capitalised word or an
    initial follows it (rules-1.310)."""
    if lang not in ("uk", "ru") or i + 1 >= len(toks):
        return False
    word = toks[i].group()
    return word in _CYR_RANKS and is_cap(toks[i + 1].group())
