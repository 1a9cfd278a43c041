"""ingest.xmlrecover (round twelve): closing tags that do not match their opening ones, read as
libxml2 recovers them when that keeps everything feedparser found and gives more."""

from __future__ import annotations

import feedparser
import pytest

from ingest import xmlrecover
from ingest.models import Entry, ParsedFeed
from ingest.parse import parse_feed
from ingest.xmlrecover import is_better

HEAD = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
TAIL = "</channel></rss>"


def item(name: str) -> str:
    return (
        f"<item><title>Story {name}</title><link>https://news.example/{name}</link>"
        f"<pubDate>Mon, 24 Nov 2025 10:00:00 +0000</pubDate><description>Text {name}.</description></item>"
    )


def feed(first: str) -> bytes:
    return (HEAD + first + item("b") + item("c") + TAIL).encode()


ALL = [("Story a", "Text a."), ("Story b", "Text b."), ("Story c", "Text c.")]


@pytest.mark.parametrize(
    ("first", "expected", "reason"),
    [
        # a misspelled closing tag: feedparser lost the item's text and the whole next item, or the
        # item's title and link
        (item("a").replace("</description>", "</descripton>"), ALL, "description line 2 and descripton"),
        (item("a").replace("</title>", "</tilte>"), ALL, "title line 2 and tilte"),
        (item("a").replace("</link>", "</lnik>"), ALL, "link line 2 and lnik"),
        # feedparser already read these whole: its reading stays
        (item("a").replace("</link>", "</LINK>"), ALL, "mismatched tag"),
        (item("a").replace("</link>", "</link></p>"), ALL, "mismatched tag"),
        (item("a").replace("</item>", ""), ALL, "mismatched tag"),
    ],
)
def test_a_closing_tag_that_matches_nothing_loses_nothing(
    first: str, expected: list[tuple[str, str]], reason: str
) -> None:
    parsed = parse_feed(feed(first), url="https://news.example/rss")
    assert [(e.title, e.summary_html) for e in parsed.entries] == expected
    assert [e.url for e in parsed.entries] == [f"https://news.example/{n}" for n in "abc"]
    assert parsed.bozo and reason in (parsed.bozo_reason or "")


@pytest.mark.parametrize(
    "body",
    [
        feed(item("a").replace("</description>", "</descripton>")),
        feed(item("a").replace("</title>", "</tilte>")),
        (HEAD + item("a") + item("b")[:60]).encode(),  # cut short: feedparser's reading, as before
        feed(item("a").replace("</description>", "")),  # a closing tag left out: as before
    ],
)
def test_never_fewer_items_or_titles_than_feedparser(body: bytes) -> None:
    ours = parse_feed(body, url="https://news.example/rss")
    theirs = [e.get("title") for e in feedparser.parse(body).entries]
    assert {t for t in theirs if t} <= {e.title for e in ours.entries}
    assert len(ours.entries) >= len([t for t in theirs if t])


def test_telling_whether_the_recovered_reading_covers_feedparsers_is_bounded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Items feedparser found without a link are matched by title; many sharing one title are each
    compared with each only within MAX_COMPARISONS, past which feedparser's reading stays."""
    found = ParsedFeed("T", None, None, [Entry(guid=None, url=None, title="Same")] * 3)
    links = [f"https://news.example/{i}" for i in range(3)]
    recovered = ParsedFeed(
        "T", None, None, [Entry(guid=None, url=u, title="Same", summary_html="x") for u in links]
    )
    assert is_better(recovered, found)
    monkeypatch.setattr(xmlrecover, "MAX_COMPARISONS", 5)
    assert not is_better(recovered, found)
