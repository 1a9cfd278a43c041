"""Blanking spans of a text in place (same length, so every offset stays valid): the agency relays of
``relay_de``, ``relay_en`` and ``relay_cyr`` (rules-1.446, 1.456, 1.458)."""

from __future__ import annotations


def sentence_start(text: str, at: int) -> int:
    """The start of the sentence holding ``at``: after the last ". " or line break before it."""
    return max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1, 0)


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each of the ordered, non-overlapping ``spans`` replaced by as many spaces."""
    if not spans:
        return text
    parts: list[str] = []
    done = 0
    for a, b in spans:
        parts.append(text[done:a])
        parts.append(" " * (b - a))
        done = b
    parts.append(text[done:])
    return "".join(parts)
