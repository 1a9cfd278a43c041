"""A catalog made by an older version gains the columns this one reads (round twenty-three: the stored
revision's publication time, whether it was trusted, and its content hash), and its articles read as before."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from ingest.catalog import Catalog

OLD_ARTICLES = """create table articles (
    article_id text primary key, revision integer not null, title text not null,
    text_length integer not null, content_hashes text not null, first_seen_at text not null,
    story_id text not null default '', is_original integer not null default 1)"""


def test_an_older_catalog_gains_the_new_columns_and_reads_its_articles(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "catalog.sqlite")
    conn.execute(OLD_ARTICLES)
    seen = datetime(2026, 3, 3, 10, tzinfo=UTC)
    conn.execute(
        "insert into articles values ('a1', 2, 'T', 40, '[\"h1\", \"h2\"]', ?, 's1', 0)", [seen.isoformat()]
    )
    conn.commit()
    conn.close()
    with Catalog.open(tmp_path) as cat:
        known = cat.lookup_articles(["a1"])["a1"]
    assert (known.revision, known.content_hashes, known.first_seen_at, known.story_id) == (
        2,
        {"h1", "h2"},
        seen,
        "s1",
    )
    assert (known.published_at, known.date_trusted, known.content_hash, known.is_original) == (
        None,
        True,
        "",
        False,
    )
    with Catalog.open(tmp_path) as cat:  # a second open changes nothing
        columns = [row[1] for row in cat.conn.execute("pragma table_info(articles)")]
    assert columns[-3:] == ["published_at", "date_trusted", "content_hash"]
