"""ingest.batch: the lake rows of a batch's statements and claims, built column by column."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, datetime, timedelta
from typing import Any

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest import store
from ingest.arrowrows import Columns, build_table
from ingest.batch import extraction_columns, name_redirect_target
from ingest.models import Article, Claim, FetchResult, Statement

TEXT = st.text(alphabet="aé€😀 \"'z", max_size=8)
WHEN = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2040, 1, 1), timezones=st.just(UTC))


@st.composite
def articles(draw: st.DrawFn) -> tuple[Article, list[Statement]]:
    article_id = draw(st.sampled_from(["a1", "a2", "a3"]))
    published = draw(WHEN)
    art = Article(
        article_id=article_id, feed=draw(TEXT), outlet=draw(TEXT), url="u", canonical_url="u", guid=None,
        title="t", text="x", published_at=published, first_seen_at=published + timedelta(hours=1),
        language=draw(st.sampled_from([None, "en", "uk"])), content_hash="h", revision=draw(st.integers(1, 4)),
    )  # fmt: skip
    found = []
    for i in range(draw(st.integers(0, 4))):
        sid = f"{article_id}-{i}"
        claims = [
            Claim(f"{sid}-c{j}", sid, draw(st.floats(allow_nan=False)), draw(TEXT), draw(TEXT), draw(TEXT))
            for j in range(draw(st.integers(0, 3)))
        ]
        statement = Statement(
            statement_id=sid, article_id=article_id, speaker=draw(TEXT), speaker_id=draw(TEXT),
            quote=draw(TEXT), kind=draw(st.sampled_from(["direct", "indirect"])), cue=draw(TEXT),
            start=draw(st.integers(-1, 5000)), end=draw(st.integers(-1, 5000)),
            confidence=draw(st.floats(0, 1, width=32)), language=draw(st.sampled_from([None, "de"])),
            revision=draw(st.integers(1, 4)), claims=claims,
        )  # fmt: skip
        found.append(statement)
    return art, found


def rows_by_definition(
    per_article: list[tuple[Article, list[Statement]]], batch_id: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A statement's fields, then its article's revision, time, outlet and feed; a claim's fields, then
    its statement's article and revision: one dict per row."""
    statements, claims = [], []
    for art, found in per_article:
        for s in found:
            row = {f.name: getattr(s, f.name) for f in fields(Statement) if f.name != "claims"}
            row.update(revision=art.revision, published_at=art.published_at, outlet=art.outlet, feed=art.feed)
            statements.append(dict(row, batch_id=batch_id))
            for c in s.claims:
                crow = {f.name: getattr(c, f.name) for f in fields(Claim)}
                claims.append(dict(crow, article_id=s.article_id, revision=art.revision, batch_id=batch_id))
    return statements, claims


@settings(max_examples=60, deadline=None)
@given(st.lists(articles(), max_size=6))
def test_extraction_columns_are_the_rows(per_article: list[tuple[Article, list[Statement]]]) -> None:
    statements, claims = extraction_columns(per_article, "b-1")
    want_statements, want_claims = rows_by_definition(per_article, "b-1")
    assert len(statements) == len(want_statements) and len(claims) == len(want_claims)
    for table, ours, rows in (("statements", statements, want_statements), ("claims", claims, want_claims)):
        schema = store.SCHEMAS[table]
        assert build_table(ours, schema).equals(pa.Table.from_pylist(rows, schema=schema)), table


def test_columns_of_unequal_length_are_refused() -> None:
    with pytest.raises(ValueError, match="unequal length"):
        Columns(2, {"a": [1, 2], "b": [1]})


def test_a_missing_column_is_nulls() -> None:
    schema = pa.schema([("a", pa.string()), ("b", pa.int32())])
    table = build_table(Columns(2, {"a": ["x", "y"]}), schema)
    assert table.to_pylist() == [{"a": "x", "b": None}, {"a": "y", "b": None}]


@pytest.mark.parametrize(
    ("url", "final_url", "note"),
    [
        ("https://n.example/feed", "https://n.example/login?next=/feed", " (reached by a redirect to https://n.example/login?next=/feed)"),
        ("https://n.example/feed", "https://n.example/feed", ""),
        ("https://***@n.example/feed", "https://n.example/feed", ""),  # the login taken out, no redirect
        ("https://***@n.example/feed", "https://n.example/", " (reached by a redirect to https://n.example/)"),
        ("/srv/feeds/a.xml", None, ""),
    ],
)  # fmt: skip
def test_a_page_that_is_no_feed_names_where_a_redirect_led(
    url: str, final_url: str | None, note: str
) -> None:
    result = FetchResult("f", url, datetime(2026, 11, 26, tzinfo=UTC), "ok", final_url=final_url)
    assert name_redirect_target(result) == note
