"""ingest.guidindex: an item whose link moved stays its article (same feed, guid and publication time)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from ingest.catalog import SCHEMA
from ingest.guidindex import (
    TITLE_KEY,
    follow_moved_items,
    item_key,
    pick_unique_guids,
    record_guids,
    record_moves,
)
from ingest.models import Article

T0 = datetime(2026, 11, 24, 10, tzinfo=UTC)


def article(
    article_id: str, guid: str | None = "g-1", published: datetime = T0, feed: str = "f", **kw: object
) -> Article:
    base = Article(
        article_id=article_id, feed=feed, outlet="O", url=f"https://o.example/{article_id}",
        canonical_url=f"https://o.example/{article_id}", guid=guid, title="T", text="Text.",
        published_at=published, first_seen_at=T0, language="en", content_hash=f"h-{article_id}",
    )  # fmt: skip
    return replace(base, **kw)  # type: ignore[arg-type]


def catalog_with(*stored: Article) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.executescript(SCHEMA)
    record_guids(conn, stored)
    return conn


def test_a_moved_link_under_the_same_guid_and_time_is_the_same_article() -> None:
    conn = catalog_with(article("old"))
    moved = follow_moved_items(conn, [article("new"), article("other", guid="g-2")], known_ids=set())
    assert [a.article_id for a in moved] == ["old", "other"]


def test_known_ids_other_feeds_other_times_untrusted_dates_and_no_guid_never_move() -> None:
    conn = catalog_with(article("old"))
    assert follow_moved_items(conn, [article("new")], known_ids={"new"})[0].article_id == "new"
    assert follow_moved_items(conn, [article("new", feed="g", outlet="P")], set())[0].article_id == "new"
    later = article("new", published=T0 + timedelta(days=1))  # a daily item reusing its guid
    assert follow_moved_items(conn, [later], set())[0].article_id == "new"
    assert follow_moved_items(conn, [article("new", date_trusted=False)], set())[0].article_id == "new"
    assert follow_moved_items(conn, [article("new", guid=None)], set())[0].article_id == "new"


def test_a_guid_on_two_links_in_one_batch_is_ambiguous() -> None:
    conn = catalog_with(article("old"))
    pair = [article("new-a"), article("new-b")]
    assert pick_unique_guids(pair) == {}
    assert [a.article_id for a in follow_moved_items(conn, pair, set())] == ["new-a", "new-b"]


def test_a_recorded_move_is_followed_whatever_guid_comes_later() -> None:
    conn = catalog_with(article("old"))
    record_moves(conn, [(article("new"), article("old"))])
    later = article("new", guid="another-guid", published=T0 + timedelta(days=3))
    assert follow_moved_items(conn, [later], set())[0].article_id == "old"


def test_the_guid_index_follows_the_latest_item_of_a_reused_guid() -> None:
    conn = catalog_with(article("old"))
    record_guids(conn, [article("day-2", published=T0 + timedelta(days=1))])
    edited = article("day-2-edited", published=T0 + timedelta(days=1))
    assert follow_moved_items(conn, [edited], set())[0].article_id == "day-2"


def store_article(conn: sqlite3.Connection, art: Article) -> None:
    conn.execute(
        "insert into articles (article_id, revision, title, text_length, content_hashes, first_seen_at)"
        " values (?, 1, ?, ?, ?, ?)",
        [art.article_id, art.title, len(art.text), json.dumps([art.content_hash]), T0.isoformat()],
    )


def test_an_undated_item_with_the_same_text_under_its_guid_is_the_same_article() -> None:
    """Round five: an undated podcast episode whose signed enclosure URL changes on every fetch."""
    stored = article("old", date_trusted=False, content_hash="same")
    conn = catalog_with(stored)
    store_article(conn, stored)
    again = article("new", date_trusted=False, content_hash="same", published=T0 + timedelta(days=2))
    assert follow_moved_items(conn, [again], set())[0].article_id == "old"
    rewritten = article("new", date_trusted=False, content_hash="other")  # a guid reused for new text
    assert follow_moved_items(conn, [rewritten], set())[0].article_id == "new"
    dated = article("new", content_hash="same")  # a dated item never follows an undated record
    assert follow_moved_items(conn, [dated], set())[0].article_id == "new"


@pytest.mark.parametrize(
    ("content_hash", "days", "follows"),
    [
        ("same", 1, True),  # round eleven: republished with a new date, same title and text
        ("same", 30, True),
        ("other", 1, False),  # a daily item reusing its guid or title, with new text
        ("same", 0, True),  # the same time: followed as before, whatever the text
        ("other", 0, True),
    ],
)
def test_an_item_republished_with_a_new_date_and_the_same_text_is_the_same_article(
    content_hash: str, days: int, follows: bool
) -> None:
    for guid in ("g-1", None):  # under its guid, or known by its title (no guid)
        stored = article("old", guid=guid, content_hash="same")
        conn = catalog_with(stored)
        store_article(conn, stored)
        again = article("new", guid=guid, content_hash=content_hash, published=T0 + timedelta(days=days))
        assert follow_moved_items(conn, [again], set())[0].article_id == ("old" if follows else "new"), guid


def test_an_undated_record_never_replaces_a_dated_one() -> None:
    conn = catalog_with(article("old"))
    record_guids(conn, [article("undated", date_trusted=False)])
    assert conn.execute("select article_id, published from item_guids where feed = 'f'").fetchall() == [
        ("old", T0.isoformat())
    ]
    record_guids(conn, [article("undated", guid="g-9", date_trusted=False)])
    record_guids(conn, [article("undated-2", guid="g-9", date_trusted=False)])
    assert conn.execute("select article_id, published from item_guids where guid = 'g-9'").fetchall() == [
        ("undated-2", "")
    ]


def test_an_item_without_a_guid_is_known_by_its_title() -> None:
    """Round five: a feed without guids whose links carry a new cache-buster on every fetch."""
    conn = catalog_with(article("old", guid=None, title="Decree  No. 5"))
    again = article("new", guid=None, title="decree no 5")  # the same title, normalised
    assert follow_moved_items(conn, [again], set())[0].article_id == "old"
    other = article("new", guid=None, title="Decree No. 6")
    assert follow_moved_items(conn, [other], set())[0].article_id == "new"
    next_day = article("new", guid=None, title="Decree No. 5", published=T0 + timedelta(days=1))
    assert follow_moved_items(conn, [next_day], set())[0].article_id == "new"
    twins = [
        article("new-a", guid=None, title="Decree No. 5"),
        article("new-b", guid=None, title="Decree No. 5"),
    ]
    assert [a.article_id for a in follow_moved_items(conn, twins, set())] == ["new-a", "new-b"]  # ambiguous
    assert follow_moved_items(conn, [article("new", guid=None, title="")], set())[0].article_id == "new"


def test_a_guid_that_is_the_link_over_again_names_the_item_by_its_title() -> None:
    # WordPress-style <guid> = <link>, both with a token the server makes new on every request:
    # the guid names nothing the link does not, so the item is known by its title and time
    first = article("tok-1", guid="https://o.example/tok-1", title="Budget vote")
    conn = catalog_with(first)
    again = article("tok-2", guid="https://o.example/tok-2", title="Budget vote")
    assert [a.article_id for a in follow_moved_items(conn, [again], set())] == ["tok-1"]
    other = article("tok-3", guid="https://o.example/tok-3", title="Another story")
    assert follow_moved_items(conn, [other], set())[0].article_id == "tok-3"


@pytest.mark.parametrize(
    ("guid", "url", "key"),
    [
        ("g-1", "https://o.example/a", "g-1"),
        ("https://o.example/?p=12", "https://o.example/a", "https://o.example/?p=12"),  # a guid of its own
        ("https://o.example/a", "https://o.example/a", TITLE_KEY + "budget vote"),
        (None, "https://o.example/a", TITLE_KEY + "budget vote"),
    ],
)
def test_item_key(guid: str | None, url: str, key: str) -> None:
    assert item_key(article("a", guid=guid, url=url, title="Budget vote")) == key


# Round eighteen: an item that moves to another feed of its outlet (another section, another link) keeps its
# guid and publication time: (candidate, stored again?) against an item "old" stored from feed "f" of outlet "O"
OTHER_FEED_CASES = [
    (article("new", feed="world"), "old"),  # another feed of the outlet, the same guid and time
    (article("new", feed="world", published=T0 + timedelta(minutes=40)), "old"),  # within the hour
    (article("new", feed="world", outlet="P"), "new"),  # another outlet's guid (guard)
    (
        article("new", feed="world", published=T0 + timedelta(days=1)),
        "new",
    ),  # another time: a reused guid (guard)
    (
        article("new", feed="world", content_hash="h-old", published=T0 + timedelta(days=1)),
        "new",
    ),  # no re-dating rule across feeds
    (article("new", feed="world", date_trusted=False), "new"),  # undated (guard)
    (article("new", feed="world", guid=None), "new"),  # known by its title only (guard)
]


@pytest.mark.parametrize(("candidate", "expected"), OTHER_FEED_CASES)
def test_an_item_moved_to_another_feed_of_its_outlet_is_the_same_article(
    candidate: Article, expected: str
) -> None:
    conn = catalog_with(article("old"))
    assert follow_moved_items(conn, [candidate], set())[0].article_id == expected


def test_one_guid_on_two_links_in_two_feeds_of_one_outlet_is_the_stored_article() -> None:
    conn = catalog_with(article("old"))
    pair = [article("new-a", feed="world"), article("new-b", feed="europe")]
    assert [a.article_id for a in follow_moved_items(conn, pair, set())] == ["old", "old"]


# Round eighteen: one item first seen in one batch in two feeds of its outlet under two links: (candidates,
# the article ids they get)
FEED_COPY_CASES = [
    ([article("a", feed="world"), article("b", feed="mobile")], ["a", "a"]),
    ([article("b", feed="world"), article("a", feed="mobile", published=T0 + timedelta(minutes=30))], ["a", "a"]),
    ([article("a", feed="world"), article("b", feed="world")], ["a", "b"]),  # one feed, two links: ambiguous (guard)
    ([article("a", feed="world"), article("b", feed="mobile", published=T0 + timedelta(hours=3))], ["a", "b"]),  # guard
    ([article("a", feed="world"), article("b", feed="mobile", outlet="P")], ["a", "b"]),  # two outlets (guard)
    ([article("a", feed="world", guid=None), article("b", feed="mobile", guid=None)], ["a", "b"]),  # titles (guard)
]  # fmt: skip


@pytest.mark.parametrize(("candidates", "expected"), FEED_COPY_CASES)
def test_one_item_in_two_feeds_of_its_outlet_is_one_article(
    candidates: list[Article], expected: list[str]
) -> None:
    conn = catalog_with()
    assert [a.article_id for a in follow_moved_items(conn, candidates, set())] == expected


def test_one_item_in_two_feeds_takes_the_stored_article() -> None:
    conn = catalog_with()
    pair = [article("a", feed="world"), article("stored", feed="mobile")]
    assert [a.article_id for a in follow_moved_items(conn, pair, {"stored"})] == ["stored", "stored"]


# Round twenty-three: an item republished under a new guid and a new link, its title and text those of a stored
# article of its outlet: (candidate, the article id it gets) against "old" stored with a long text
LONG = (
    "The harbour bridge will reopen in spring after repairs to its cables and deck, the minister said. " * 3
)
REPUBLISHED_CASES = [
    (article("new", guid="g-9", text=LONG, content_hash="h-long"), "old"),  # new guid and link (new)
    (article("new", guid=None, text=LONG, content_hash="h-long", published=T0 + timedelta(days=2)), "old"),  # no guid, later (new)
    (article("new", guid="g-9", feed="world", text=LONG, content_hash="h-long"), "old"),  # another feed of the outlet (new)
    (article("new", guid="g-9", outlet="P", text=LONG, content_hash="h-long"), "new"),  # another outlet: a copy (guard)
    (article("new", guid="g-9", text=LONG + " More.", content_hash="h-edited"), "new"),  # another text (guard)
    (article("new", guid="g-9", text="Short.", content_hash="h-short"), "new"),  # too short to name it (guard)
]  # fmt: skip


@pytest.mark.parametrize(("candidate", "expected"), REPUBLISHED_CASES)
def test_an_item_republished_under_a_new_guid_and_link_is_the_same_article(
    candidate: Article, expected: str
) -> None:
    conn = catalog_with(
        article("old", text=LONG, content_hash="h-long"),
        article("short", guid="g-2", text="Short.", content_hash="h-short"),
    )
    assert follow_moved_items(conn, [candidate], set())[0].article_id == expected


def test_a_text_keeps_naming_the_article_that_first_had_it() -> None:
    conn = catalog_with(article("old", text=LONG, content_hash="h-long"))
    record_guids(conn, [article("later", guid="g-5", text=LONG, content_hash="h-long")])
    moved = follow_moved_items(conn, [article("new", guid="g-9", text=LONG, content_hash="h-long")], set())
    assert moved[0].article_id == "old"
    pair = [
        article("a", guid="g-7", text=LONG, content_hash="h-two"),
        article("b", guid="g-8", text=LONG, content_hash="h-two"),
    ]
    record_guids(conn, pair)  # one text under two new links of one batch names neither
    assert (
        follow_moved_items(conn, [article("c", guid="g-6", text=LONG, content_hash="h-two")], set())[
            0
        ].article_id
        == "c"
    )
