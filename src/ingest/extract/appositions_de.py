"""A German role in apposition after a frame's source ("Nach Angaben von Jens Halder, einem Sprecher der
Werft, wurde …"; rules-1.83): the role belongs to the source, the statement starts after it."""

from __future__ import annotations

from ingest.extract.cues import Token
from ingest.extract.lexicon_de import DE_HABEN, DE_SUBJUNCTIVE_FINITE
from ingest.extract.speakers import is_cap

_DE_OBLIQUE_ARTICLES = frozenset(("einem", "einer", "eines", "dem", "der", "des"))
DE_FINITE = frozenset(("habe", *DE_HABEN, *DE_SUBJUNCTIVE_FINITE))  # finite verbs that end a source


def role_apposition_end(toks: list[Token], k: int) -> int:
    """After the comma at ``k`` (a name before it): a role in the dative or genitive ("einem Manager der
    Firma", "dem Leiter des Amts") up to a closing comma, with no finite verb; the index of that comma, else 0."""
    if (
        k + 2 >= len(toks)
        or toks[k + 1].group() not in _DE_OBLIQUE_ARTICLES
        or not is_cap(toks[k - 1].group())
    ):
        return 0
    for j in range(k + 2, min(k + 10, len(toks))):
        w = toks[j].group()
        if w == ",":
            return j if j > k + 2 else 0
        if w in DE_FINITE or not (w.isalpha() or "-" in w):
            return 0
    return 0
