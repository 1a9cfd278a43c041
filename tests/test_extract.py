"""Table-driven tests of the statement extractor on fictional sentences."""

from __future__ import annotations

import pytest

from ingest.extract import EXTRACTOR_VERSION, extract_statements
from ingest.models import ArticleText


def _one(text: str, lang: str | None = None) -> list[tuple[str, str, str]]:
    doc = ArticleText(id="t1", text=text, language=lang)
    return [(s.speaker, s.kind, s.quote) for s in extract_statements(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We will rebuild the bridge by spring,” Mayor Oleksandr Tkachuk said on Monday.",
            [("Oleksandr Tkachuk", "direct", "We will rebuild the bridge by spring")],
        ),
        (
            "Port director Ivan Savchenko said that grain exports had doubled since June.",
            [("Ivan Savchenko", "indirect", "grain exports had doubled since June")],
        ),
    ],
)
def test_basic(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _one(text) == expected


def test_version() -> None:
    assert EXTRACTOR_VERSION.startswith("rules-")
