"""Shared by the rule tests: run the extractor on one text and keep (speaker, kind, quote)."""

from __future__ import annotations

from ingest.extract import extract_statements
from ingest.models import ArticleText

Row = tuple[str, str, str]  # speaker, kind, quote


def run_rules(text: str, lang: str) -> list[Row]:
    doc = ArticleText(id="r1", text=text, title="", language=lang)
    return [(s.speaker, s.kind, s.quote) for s in extract_statements(doc)]
