"""The question put to a Ukrainian or Russian speaker before the subject (rules-1.276): "На вопрос журналистов,
почему деньги, выделенные в прошлом году, освоены лишь наполовину, министр Светлана Гордеева ответила, что …".
The question is no part of the speaker phrase; with its own commas it made the phrase too long to be a speaker."""

from __future__ import annotations

import re

# the question noun, what it is about up to a comma, the question itself, and its last comma before the subject
_QUESTION_LEAD_RE = re.compile(
    r"[Нн]а\s+(?:вопрос|питання|запитання|запрос|запит)(?:\s[^,]{0,60}?)?,\s.{0,240},\s+(?=\S)"
)


def after_question_lead(raw: str) -> str:
    """The subject after a question put to the speaker at the start of ``raw``: the words after the
    question's last comma; "" when ``raw`` opens with no such question."""
    if ", " not in raw or not raw.startswith(("На ", "на ")):
        return ""
    m = _QUESTION_LEAD_RE.match(raw)
    return raw[m.end() :] if m is not None and m.end() < len(raw.rstrip()) else ""
