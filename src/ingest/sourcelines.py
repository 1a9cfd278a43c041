"""The line breaks of an item's HTML source read as spaces (a paragraph hard-wrapped at 80 columns, as Markdown
and many CMSs write it), a blank line as a paragraph break (round fifteen; split out of ``text``)."""

from __future__ import annotations

import re

BLANK_LINE_RE = re.compile(r"[ \t]*(?>\r\n|\r|\n)[ \t]*(?>\r\n|\r|\n)\s*")  # atomic: "\r\n" is one break
SOURCE_BREAK_RE = re.compile(r"[ \t]*(?:\r\n?|\n)[ \t]*")
_SOURCE_LINE_RE = re.compile(r"\r\n?|\n")
# BLANK_LINE_RE from its first break (possessive, not atomic: re's scan for a first character then applies)
_BLANK_AFTER_BREAK_RE = re.compile(r"(?:\r\n?+|\n)[ \t]*(?:\r\n?+|\n)\s*")


def join_source_lines(text: str) -> str:
    """HTML text with each line break of its source as a space (a paragraph hard-wrapped at 80 columns, as
    Markdown and many CMSs write it), a blank line still a paragraph break (text written without ``<p>``)."""
    if "\n" not in text and "\r" not in text:
        return text
    # (split at the newline that opens a blank line and strip the blanks before it from the part: the same as
    # splitting at BLANK_LINE_RE, whose leading blanks made re try it at every character, 2x normalise's time)
    parts = _BLANK_AFTER_BREAK_RE.split(text)
    last = len(parts) - 1
    return "\n".join(_join_breaks(part.rstrip(" \t") if k < last else part) for k, part in enumerate(parts))


def _join_breaks(part: str) -> str:
    """SOURCE_BREAK_RE.sub(" ", part), split at the breaks instead (a pattern opening with blanks is tried at
    every character)."""
    if "\n" not in part and "\r" not in part:
        return part
    lines = _SOURCE_LINE_RE.split(part)
    last = len(lines) - 1
    for k in range(len(lines)):
        if k:
            lines[k] = lines[k].lstrip(" \t")
        if k < last:
            lines[k] = lines[k].rstrip(" \t")
    return " ".join(lines)
