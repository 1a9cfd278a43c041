"""Statement extraction ("who said what"): rules over quote marks, cue verbs and speaker phrases.

Public API::

    from ingest.extract import EXTRACTOR_VERSION, extract_statements, extract_records, load_registry, Registry

See docs/extraction.md for how it works, the id scheme and the offsets guarantee.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict
from datetime import datetime
from typing import Any

from ingest.models import ArticleText
from ingest.native import activate

activate(__path__)  # the compiled modules, when built from exactly these sources (ingest/native.py)

from ingest.extract.link import link_batch  # noqa: E402
from ingest.extract.pipeline import (  # noqa: E402
    EXTRACTOR_VERSION,
    Extracted,
    extract_article,
    extract_statements,
)
from ingest.extract.registry import Registry, load_registry  # noqa: E402

__all__ = [
    "EXTRACTOR_VERSION",
    "Registry",
    "article_from_record",
    "extract_records",
    "extract_statements",
    "load_registry",
]


def _parse_date(v: Any) -> datetime | None:
    if isinstance(v, datetime):
        return v
    if not isinstance(v, str) or not v.strip():
        return None
    s = v.strip().replace("Z", "+00:00")
    try:
        return datetime.fromisoformat(s)
    except ValueError:
        try:
            return datetime.fromisoformat(s[:10])
        except ValueError:
            return None


def article_from_record(rec: dict[str, Any]) -> ArticleText:
    """An `ingest extract` JSONL record (id, title, text, published, outlet, url, language) → ArticleText."""
    return ArticleText(
        id=str(rec.get("id", rec.get("article_id", ""))),
        text=str(rec.get("text") or ""),
        title=str(rec.get("title") or ""),
        language=rec.get("language") or None,
        published=_parse_date(rec.get("published", rec.get("published_at"))),
        outlet=str(rec.get("outlet") or ""),
        url=str(rec.get("url") or ""),
    )


def extract_records(
    records: Iterable[dict[str, Any]], registry: Registry | None = None
) -> Iterator[dict[str, Any]]:
    """Statements of every record, as dicts, with speaker ids linked across the whole batch.

    The batch is held in memory until the linking pass has run (call it per chunk for huge inputs)."""
    items: list[Extracted] = []
    for rec in records:
        items.extend(extract_article(article_from_record(rec), registry))
    link_batch(items, registry)
    for it in items:
        d = asdict(it.statement)
        yield d
