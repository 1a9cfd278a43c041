"""(rules-1.283) A quote's attribution on the line after it: "«…»,\n— отметил он."."""

from __future__ import annotations


def dash_line_end(text: str, nl: int) -> int:
    """(rules-1.283) The end of the line after the newline at nl when that line is an attribution of the
    quote before it, a dash and a lowercase word ("«…»,\n— отметил он."; not "— Отменять …", a reply); else nl."""
    k = nl + 1
    if nl >= len(text) or text[k : k + 1] not in ("—", "–"):
        return nl
    k += 1
    while text[k : k + 1] in (" ", "\t", "\u00a0"):
        k += 1
    if not text[k : k + 1].islower():
        return nl
    end = text.find("\n", k)
    return len(text) if end == -1 else end
