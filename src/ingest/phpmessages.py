"""PHP's error messages printed into a feed body (round eight).

A PHP script that warns prints the message into its output before the feed (``<br />\\n<b>Warning</b>:
Undefined index … in <b>/var/www/feed.php</b> on line <b>12</b><br />``, or without HTML as
``Warning: … in /var/www/feed.php on line 12``); one that dies prints only the message (``Fatal
error: Allowed memory size … exhausted``) with a 200. The XML path already reads a feed after such a
message (lenient parsing); a JSON Feed after one was taken for broken XML (``nothing recoverable:
junk after document element``), and a body of nothing but a fatal error gave the same riddle.
:func:`strip_php_messages` takes the messages off the start of a body and says what they were.
"""

from __future__ import annotations

import html
import re

# One message: its kind, its text, then "in FILE on line N" (what makes it PHP's), HTML or plain
PHP_MESSAGE_RE = re.compile(
    rb"\s*(?:<br\s*/?>\s*)?(?:<b>)?(?:PHP\s+)?"
    rb"(Warning|Notice|Deprecated|Strict Standards|(?:Catchable |Recoverable |PHP )?[Ff]atal error|Parse error)"
    rb"(?:</b>)?:\s*(.{0,4000}?)\s+in\s+(?:<b>)?[^<>\n]{1,500}?(?:</b>)?\s+on\s+line\s+(?:<b>)?\d+(?:</b>)?"
    rb"(?:\s*<br\s*/?>)?",
    re.S,
)
TAG_RE = re.compile(r"<[^>]*>")
MAX_MESSAGES = 50  # messages taken off one body


def strip_php_messages(body: bytes) -> tuple[bytes, str | None]:
    """``body`` without the PHP messages at its start, and the first of them (``'Warning: …'``, one
    line, at most 160 characters); ``(body, None)`` when it does not start with one."""
    first: str | None = None
    pos = 0
    for _ in range(MAX_MESSAGES):
        match = PHP_MESSAGE_RE.match(body, pos)
        if match is None:
            break
        if first is None:
            text = html.unescape(TAG_RE.sub("", match[2].decode("utf-8", "replace")))
            first = " ".join(f"{match[1].decode()}: {text}".split())[:160]
        pos = match.end()
    return (body[pos:].lstrip(), first) if first else (body, None)
