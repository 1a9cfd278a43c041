"""A byline glued to the dateline of a wire story's first sentence, set on a line of its own.

Wire copy flattened into one paragraph (AP, Reuters and AFP stories republished through a CMS that
drops the byline's own paragraph) starts ``By JANE DOE Associated Press WASHINGTON (AP) — “The pier
reopens on Monday,” said …``. Read as one sentence, the byline and dateline became part of the first
statement (round fifteen: the quote was ``By JANE DOE Associated Press WASHINGTON (AP) — “The pier
reopens on Monday``). Set apart, the first line is the byline and the second starts at the dateline,
as feeds that keep the byline's paragraph give it. Only the start of a text is looked at, and only a
byline of two or more capitalised words followed by an upper-case dateline and a dash. Pure.

Round eighteen: a copy that cut the dateline keeps the agency's credit glued to the first sentence,
``(Eastwire) - Ukraine has received only …``, and the credit became the start of the first
statement, a thread of its own beside the wire's (its count of outlets split in two). Such a credit
at the start of a text goes on a line of its own too (``split_glued_credit``); a dateline before it
(``KYIV (Eastwire) - ``) was read already and is left as it is.
"""

from __future__ import annotations

import re

# "JANE DOE", "Jane Doe, Reuters", "JANE DOE and JOHN ROE Associated Press": capitalised words
_NAME_WORD = r"[A-Z][\w'’.-]*"
# "WASHINGTON (AP) — ", "KYIV, Ukraine (Reuters) - ", "PARIS, Nov 24 (Reuters) - ", "LONDON — "
_DATELINE = (
    r"[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}"
    r"(?:, [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})?"
    r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"(?: \([A-Za-z][\w .’'&-]{0,30}\))? ?[—–-] "
)
GLUED_BYLINE_RE = re.compile(rf"^(By {_NAME_WORD}(?:,? (?:and |& )?{_NAME_WORD}){{1,9}}?),? (?={_DATELINE})")


def split_glued_byline(text: str) -> str:
    """The text with a byline glued to its first sentence's dateline on a line of its own."""
    if not text.startswith("By "):
        return text
    match = GLUED_BYLINE_RE.match(text)
    if match is None or "\n" in match.group(1):
        return text
    return f"{match.group(1)}\n{text[match.end() :]}"


# "(Eastwire) - ", "(Reuters) — ", "(AP) – " at the very start of a text: a credit without its dateline
GLUED_CREDIT_RE = re.compile(r"^(\([A-Z][\w .’'&-]{0,30}\) ?[—–-]) +(?=\S)")


def split_glued_credit(text: str) -> str:
    """The text with an agency credit glued to its first sentence (no dateline before it) on a line of its own."""
    if not text.startswith("("):
        return text
    return GLUED_CREDIT_RE.sub(lambda m: m.group(1) + "\n", text, count=1)
