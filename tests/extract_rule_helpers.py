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


def linked_batch(*articles: tuple[str, str]) -> list[dict[str, object]]:
    """The records ``extract_records`` gives for a batch of (language, text) articles, one outlet and one day
    each in order, linked across them."""
    recs = [
        {
            "id": f"a{i}",
            "outlet": f"o{i}",
            "url": f"https://o{i}.example/a{i}",
            "published": f"2029-06-{10 + i:02d}T09:00:00Z",
            "language": lang,
            "title": "",
            "text": text,
        }
        for i, (lang, text) in enumerate(articles)
    ]
    return list(extract_records(recs))


def ids_of(recs: list[dict[str, object]], words: str) -> set[str]:
    """The speaker ids of the records whose quote holds ``words``."""
    return {str(r["speaker_id"]) for r in recs if words in str(r["quote"])}
