"""Shared by the rule tests: run the extractor on one text and keep (speaker, kind, quote)."""

from __future__ import annotations

from ingest.extract import extract_records, extract_statements
from ingest.models import ArticleText

Row = tuple[str, str, str]  # speaker, kind, quote


def run_rules(text: str, lang: str) -> list[Row]:
    doc = ArticleText(id="r1", text=text, title="", language=lang)
    return [(s.speaker, s.kind, s.quote) for s in extract_statements(doc)]


def linked_records(text: str, lang: str) -> list[dict[str, object]]:
    """The records ``extract_records`` gives for one article holding ``text`` (batch linking included)."""
    art = {
        "id": "t",
        "outlet": "t",
        "url": "https://t.example/t",
        "published": "2026-11-27T09:00:00Z",
        "language": lang,
        "title": "",
        "text": text,
    }
    return list(extract_records([art]))


def linked_statements(text: str, lang: str) -> list[tuple[str, str]]:
    """(speaker, quote) of ``linked_records``."""
    return [(str(r["speaker"]), str(r["quote"])) for r in linked_records(text, lang)]
