from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest import storyindex
from ingest.clusters import DEFAULT_PARAMS, make_band_keys, make_signatures
from ingest.dedup import KnownArticle
from ingest.models import Article

T0 = datetime(2026, 11, 24, 8, tzinfo=UTC)
WIRE = (
    "Ukraine's energy minister said on Monday that scheduled power cuts in Kyiv would be shortened from next "
    "week after repairs to two damaged substations were completed ahead of plan. “We expect outages of no more "
    "than four hours a day in most districts,” Svitlana Hrynchuk told reporters, adding that the grid operator "
    "had imported additional electricity from Poland and Slovakia."
)
OTHER = (
    "The central bank kept its key interest rate at 13.5 percent on Thursday, citing slowing inflation and "
    "the need to keep the hryvnia stable while the budget deficit is financed by foreign partners."
)


def art(
    article_id: str,
    text: str = WIRE,
    title: str = "Kyiv power cuts to shorten",
    when: datetime = T0,
    outlet: str = "Wire",
) -> Article:
    return Article(
        article_id=article_id,
        feed=outlet.lower(),
        outlet=outlet,
        url=f"https://{outlet.lower()}.example/{article_id}",
        canonical_url="",
        guid=None,
        title=title,
        text=text,
        published_at=when,
        first_seen_at=when,
        language="en",
        content_hash=f"h-{article_id}-{len(text)}",
    )


def known(a: Article, story: str) -> KnownArticle:
    return KnownArticle(
        a.article_id, 1, a.title, len(a.text), frozenset({a.content_hash}), a.first_seen_at, story
    )


@pytest.fixture
def conn(tmp_path: Path) -> sqlite3.Connection:
    c = sqlite3.connect(tmp_path / "catalog.sqlite", isolation_level=None)
    yield c
    c.close()


def commit(
    conn: sqlite3.Connection, batch: list[Article], prior: dict[str, KnownArticle] | None = None
) -> list[str]:
    pending = storyindex.assign_stories(conn, batch, prior or {})
    conn.execute("begin immediate")
    pending.write(conn)
    conn.execute("commit")
    return [a.story_id for a in batch]


def count(conn: sqlite3.Connection, table: str) -> int:
    return conn.execute(f"select count(*) from {table}").fetchone()[0]


def test_nothing_is_written_before_the_commit(conn: sqlite3.Connection) -> None:
    batch = [art("a"), art("b", OTHER, "Rate held")]
    pending = storyindex.assign_stories(conn, batch, {})
    assert [a.story_id for a in batch] == ["a", "b"] and all(a.is_original for a in batch)
    assert count(conn, "story_signatures") == 0 and count(conn, "story_bands") == 0
    conn.execute("begin immediate")
    pending.write(conn)
    conn.execute("rollback")  # the batch's commit failed: no trace
    assert count(conn, "story_signatures") == 0
    commit(conn, batch)
    assert count(conn, "story_signatures") == 2
    assert count(conn, "story_bands") == 2 * DEFAULT_PARAMS.bands


def test_a_later_copy_joins_the_indexed_story(conn: sqlite3.Connection) -> None:
    commit(conn, [art("a"), art("b", OTHER, "Rate held")])
    copy = art(
        "c",
        "By Olena Bondar, Reuters\n" + WIRE,
        "Power cuts in Kyiv to be shortened",
        T0 + timedelta(hours=5),
        "Other",
    )
    stories = commit(
        conn,
        [
            copy,
            art(
                "d",
                OTHER.replace("Thursday", "Friday") + " More to come.",
                "Rate held again",
                T0 + timedelta(days=10),
            ),
        ],
    )
    assert stories == ["a", "d"]  # d is outside the day window of b
    assert not copy.is_original


def test_a_known_article_keeps_its_story_and_its_revision_replaces_the_signature(
    conn: sqlite3.Connection,
) -> None:
    first = art("a")
    commit(conn, [first])
    bands = count(conn, "story_bands")
    revised = replace(first, text=OTHER, content_hash="h2", revision=2)
    assert commit(conn, [revised], {"a": known(first, "a")}) == ["a"]
    assert count(conn, "story_signatures") == 1 and count(conn, "story_bands") == bands
    # the index now holds the revised text: a copy of it finds the story, a copy of the old one does not
    assert commit(conn, [art("c", OTHER, "Rate held", T0 + timedelta(hours=1))]) == ["a"]


def test_the_batch_never_matches_itself_in_the_index(conn: sqlite3.Connection) -> None:
    commit(conn, [art("a")])
    sigs = make_signatures([storyindex.to_story_doc(art("a"))])
    keys = make_band_keys(sigs.sig, DEFAULT_PARAMS.band_rows)
    history, (left, _) = storyindex.lookup_candidates(conn, keys, sigs.days, np.array([True]), {"a"})
    assert history.article_ids == [] and len(left) == 0
    history, (left, right) = storyindex.lookup_candidates(conn, keys, sigs.days, np.array([True]), set())
    assert (
        history.article_ids == ["a"]
        and history.story_ids == ["a"]
        and list(zip(left.tolist(), right.tolist(), strict=True)) == [(0, 0)]
    )


def test_lookups_use_the_bucket_index(conn: sqlite3.Connection) -> None:
    commit(conn, [art("a")])
    plan = " ".join(
        str(r[-1])
        for r in conn.execute(
            "explain query plan select b.bucket, s.ref from story_bands b join story_signatures s on s.ref = b.ref "
            "where b.bucket in (1, 2, 3) and s.day between 0 and 10"
        )
    )
    assert "SEARCH b USING PRIMARY KEY" in plan and "SEARCH s USING INTEGER PRIMARY KEY" in plan


def test_changed_minhash_settings_reset_the_index(conn: sqlite3.Connection) -> None:
    commit(conn, [art("a")])
    storyindex.ensure_tables(conn, replace(DEFAULT_PARAMS, num_perm=48))
    assert count(conn, "story_signatures") == 0
    storyindex.ensure_tables(
        conn, replace(DEFAULT_PARAMS, num_perm=48, threshold=0.9)
    )  # not a signature setting
    assert conn.execute("select value from story_meta").fetchone()[0].startswith('{"num_perm": 48')


def test_short_articles_keep_their_guard_sets(conn: sqlite3.Connection) -> None:
    commit(
        conn,
        [
            art(
                "a",
                "Turkish President Tayyip Erdoğan said a truce was possible by the end of the year.",
                "Erdoğan says truce possible by year end",
            )
        ],
    )
    anchors, words = conn.execute("select anchors, words from story_signatures").fetchone()
    assert anchors and words and len(words) > len(anchors)
    stories = commit(
        conn,
        [
            art(
                "b",
                "French President Emmanuel Macron said a truce was possible by the end of the year.",
                "Macron says truce possible by year end",
                T0 + timedelta(hours=2),
                "Other",
            )
        ],
    )
    assert stories == ["b"]


def test_catalog_commit_runs_the_index_write_in_its_transaction(tmp_path: Path) -> None:
    from ingest.catalog import Catalog

    with Catalog.open(tmp_path) as cat:
        batch = [art("a")]
        pending = storyindex.assign_stories(cat.conn, batch, {})

        def failing(tx: sqlite3.Connection) -> None:
            pending.write(tx)
            raise RuntimeError("disk full")

        with pytest.raises(RuntimeError):
            cat.commit_batch("b1", T0, batch, {}, [], ["f1"], [], {}, {}, on_commit=failing)
        assert count(cat.conn, "story_signatures") == 0 and cat.counts()["articles"] == 0
        cat.commit_batch("b1", T0, batch, {}, [], ["f1"], [], {}, {}, on_commit=pending.write)
        assert count(cat.conn, "story_signatures") == 1 and cat.counts()["articles"] == 1


@given(st.frozensets(st.integers(0, 2**16 - 1), max_size=300))
def test_encoded_sets_are_their_sorted_values(values: frozenset[int]) -> None:
    blob = storyindex.encode_set(values)
    if not values:
        assert blob is None
    else:
        assert blob == b"".join(v.to_bytes(2, "little") for v in sorted(values))
    assert storyindex.decode_set(blob) == values
