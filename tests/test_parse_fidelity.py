"""Field-by-field fidelity against other parsers' expected outputs (round nineteen).

Two real-world folders of ../shared/corpora come with another parser's output next to each feed:
feed-rs (``*.serde.json``) and rss-parser (``test/output/*.json``). Every such feed is parsed with
``ingest.parse`` and normalised, and compared item by item on the fields we keep: item count, title,
link (canonicalised: what a reader would click), GUID, published/updated instants (UTC), author, and
the text (normalised words after tag stripping). Two folders without such outputs
(node-feedparser's and the 25 news feeds) are compared with feedparser, our fallback, the same way.

Where the other parser's expectation is itself a quirk, the field is skipped for that file in
``QUIRKS`` with the reason; a difference that is our bug is fixed, not listed. Skipped cleanly when
../shared is absent.
"""

from __future__ import annotations

import gzip
import json
import re
from calendar import timegm
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import pytest

from ingest.feedvalues import clean_author
from ingest.models import Article, Entry, Feed
from ingest.normalise import normalise_entry
from ingest.parse import parse_feed
from ingest.text import html_to_text
from ingest.urls import canonicalise_url

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
FEED_RS = CORPORA / "feed-rs-fixtures" / "fixture"
RSS_PARSER = CORPORA / "rss-parser-fixtures" / "test"
NODE_FEEDPARSER = CORPORA / "node-feedparser-fixtures" / "test" / "feeds"
NEWS = CORPORA / "fastfeedparser-benchmark-news" / "benchmark_data"
FETCHED_AT = datetime(2030, 1, 1, tzinfo=UTC)
FEED = Feed(name="fidelity", url="https://fidelity.invalid/feed", outlet="Fidelity")
WORD_RE = re.compile(r"\w+")

FEEDBURNER = (
    "theirs is the FeedBurner redirect (feedproxy); ours its feedburner:origLink, the page a reader lands on"
)
XML2JS = "xml2js merges an element's text nodes ahead of its children: the words come out of document order"
LATIN1 = "rss-parser decoded the Latin-1 bytes (no XML declaration) as UTF-8: U+FFFD for every accent"
JSONFEED_AUTHORS = "JSON Feed 1.1's 'authors' supersedes the deprecated 'author'; feed-rs reads the old one"
EMPTY_TAG = "the fixture sets xml2js's emptyTag option: an empty description reads 'EMPTY'"
NOT_HTTP = "feedparser takes a tag: or urn: URI for the link; we keep only http(s) links"
NOT_A_FEED = "an HTML page: refused with 'not a feed: looks like an HTML page titled ...'"
LEAKED_BASE = (
    "feedparser carries one item's xml:base into the next item; we resolve that item against the document"
)
YANDEX_FULL_TEXT = (
    "yandex:full-text holds the whole article beside a teaser description: feedparser's summary is the teaser,"
    " we keep the full text (round twenty-two)"
)
LAST_CREATOR = "two dc:creator elements: feedparser keeps the last, we keep the first (both paths)"
USED_QUIRKS: set[tuple[str, str]] = set()
# (file name, field) -> why the other parser's expectation is not what we keep. Never a bug of ours.
QUIRKS: dict[tuple[str, str], str] = {
    # feed-rs
    ("atom_example_3.serde.json", "link"): FEEDBURNER,
    ("rss_2.0_rps.serde.json", "link"): FEEDBURNER,
    ("jsonfeed_elastic_1.1.serde.json", "author"): JSONFEED_AUTHORS,
    # rss-parser
    ("encoding.json", "link"): FEEDBURNER,
    ("feedburner.json", "link"): FEEDBURNER,
    ("many-links.json", "link"): FEEDBURNER,
    ("reddit-atom.json", "text"): XML2JS,
    ("reddit-home.json", "text"): XML2JS,
    ("uolNoticias.json", "title"): LATIN1,
    ("uolNoticias.json", "text"): LATIN1,
    ("xml2js-options.json", "text"): EMPTY_TAG,
    # feedparser (node-feedparser's fixtures and the 25 news feeds)
    ("atom-with-tag-uri-links.xml", "link"): NOT_HTTP,
    ("complexNamespaceFeed.xml", "link"): NOT_HTTP,
    ("notafeed.html", "count"): NOT_A_FEED,
    ("rss-with-item-scoped-html-base.xml", "link"): LEAKED_BASE,
    ("4179e7a13df0f120.xml", "author"): LAST_CREATOR,
    ("compressed.xml", "text"): YANDEX_FULL_TEXT,
    ("iconv.xml", "text"): YANDEX_FULL_TEXT,
}


@dataclass
class Expected:
    """One item as the other parser saw it (None: the field is not known or not comparable)."""

    title: str | None
    link: str | None
    guid: str | None
    published: datetime | None
    updated: datetime | None
    author: str | None
    texts: tuple[str, ...]  # any of these (content, summary) counts as agreeing


def words(value: str | None, as_html: bool = True) -> list[str]:
    text = html_to_text(value or "") if as_html else (value or "")
    return WORD_RE.findall(text.casefold())


def to_instant(value: str | None) -> datetime | None:
    if not value:
        return None
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def to_second(moment: datetime | None) -> datetime | None:
    """feedparser's struct_time has no fraction of a second: instants are compared to the second."""
    return moment.replace(microsecond=0) if moment else None


def feed_rs_items(path: Path, body: bytes) -> list[Expected]:
    """feed-rs's items; an id that is nowhere in the feed is one feed-rs made up (a hash or a UUID)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for item in data["entries"]:
        links = [link for link in item["links"] if link.get("rel") in (None, "alternate")]
        content = (item.get("content") or {}).get("body")
        summary = (item.get("summary") or {}).get("content")
        # feed-rs names an RSS <author> "author" and keeps "address (Name)" as its email: that is the value
        authors = [
            a["email"] if a.get("name") == "author" and a.get("email") else a["name"] for a in item["authors"]
        ]
        out.append(
            Expected(
                title=(item.get("title") or {}).get("content"),
                link=links[0]["href"] if links else None,
                guid=item["id"] if item["id"] and item["id"].encode() in body else None,
                published=to_instant(item.get("published")),
                updated=to_instant(item.get("updated")),
                author=authors[0] if authors else None,
                texts=tuple(t for t in (content, summary) if t),
            )
        )
    return out


def rss_parser_items(path: Path) -> list[Expected]:
    raw = path.read_bytes()
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:  # encoding.json was written in Latin-1
        data = json.loads(raw.decode("latin-1"))
    out = []
    for item in data["feed"]["items"]:
        texts = tuple(t for t in (item.get("content:encoded"), item.get("content"), item.get("summary")) if t)
        out.append(
            Expected(
                title=item.get("title"),
                link=item.get("link"),
                guid=item.get("guid") or item.get("id"),
                published=to_instant(item.get("isoDate")),
                updated=None,
                author=item.get("creator") or item.get("author"),
                texts=tuple(t if isinstance(t, str) else "" for t in texts),
            )
        )
    return out


def feedparser_items(body: bytes) -> list[Expected]:
    parsed = feedparser.parse(body)
    out = []
    for item in parsed.entries:
        content = item.get("content") or []
        texts = (*(c.get("value", "") for c in content), item.get("summary", ""))
        moments = [item.get(k) for k in ("published_parsed", "updated_parsed")]
        published, updated = (datetime.fromtimestamp(timegm(m), UTC) if m else None for m in moments)
        out.append(
            Expected(
                title=item.get("title"),
                link=item.get("link"),
                guid=item.get("id"),
                published=published,
                updated=updated,
                author=item.get("author"),
                texts=tuple(t for t in texts if t),
            )
        )
    return out


def compare_item(got: Entry, article: Article | None, want: Expected) -> Iterator[tuple[str, str]]:
    """(field, what differs) for each field of one item that does not agree."""
    if want.title is not None and words(got.title) != words(want.title):
        yield "title", f"{got.title!r} != {want.title!r}"
    if want.link is not None:
        theirs = canonicalise_url(want.link.strip(), FEED.url)
        ours = article.canonical_url if article else ""
        if ours != theirs:
            yield "link", f"{ours!r} != {theirs!r}"
    if want.guid is not None and (got.guid or "").strip() != want.guid.strip():
        yield "guid", f"{got.guid!r} != {want.guid!r}"
    instants = {to_second(got.published), to_second(got.updated)}
    if want.published is not None and to_second(want.published) not in instants:
        yield "published", f"{got.published} != {want.published}"
    if want.updated is not None and to_second(want.updated) not in instants:
        yield "updated", f"{got.updated} != {want.updated}"
    if want.author is not None and got.author != clean_author(want.author):
        yield "author", f"{got.author!r} != {clean_author(want.author)!r}"
    if want.texts:
        text = words(article.text if article else "", as_html=False)
        if all(text != words(t) for t in want.texts):
            yield "text", f"{' '.join(text)[:80]!r} != {' '.join(words(want.texts[0]))[:80]!r}"


def known_fields(want: Expected) -> int:
    """How many of the item's fields the other parser gave (the ones compared)."""
    values = (want.title, want.link, want.guid, want.published, want.updated, want.author, want.texts or None)
    return sum(value is not None for value in values)


def compare_feed(name: str, body: bytes, expected: list[Expected]) -> tuple[int, int, list[str]]:
    """(fields compared, of them differing for a reason in ``QUIRKS``, differences that are not) for one feed."""
    feed = parse_feed(body, url=FEED.url)
    compared, quirks, found = 1, 0, []
    if len(feed.entries) != len(expected):
        found.append(f"{name}: count {len(feed.entries)} != {len(expected)}")
    for index, (got, want) in enumerate(zip(feed.entries, expected, strict=False)):
        article = normalise_entry(got, FEED, FETCHED_AT, FEED.url)
        compared += known_fields(want)
        for field, what in compare_item(got, article, want):
            if (name, field) in QUIRKS:
                quirks += 1
                USED_QUIRKS.add((name, field))
            else:
                found.append(f"{name}[{index}] {field}: {what}")
    return compared, quirks, found


def report(folder: str, results: list[tuple[int, int, list[str]]], names: set[str]) -> list[str]:
    """Differences that are not quirks, and quirks of these files no difference needs any more."""
    compared, quirks = sum(r[0] for r in results), sum(r[1] for r in results)
    found = [line for *_, lines in results for line in lines]
    print(
        f"{folder}: {len(results)} feeds, {compared} fields compared, {compared - quirks - len(found)} agree,"
        f" {quirks} differ for a reason in QUIRKS, {len(found)} differ otherwise"
    )
    found += [
        f"{key}: listed in QUIRKS, no longer differs"
        for key in QUIRKS
        if key[0] in names and key not in USED_QUIRKS
    ]
    for line in found:
        print("  " + line[:220])
    return found


def read_body(path: Path) -> bytes:
    body = path.read_bytes()
    return gzip.decompress(body) if body[:2] == b"\x1f\x8b" else body


@pytest.mark.shared
def test_feed_rs_expected_outputs_agree_field_by_field() -> None:
    if not FEED_RS.is_dir():
        pytest.skip(f"{FEED_RS} not present (../shared corpora)")
    results = []
    for expected in sorted(FEED_RS.rglob("*.serde.json")):
        source = [
            p for p in expected.parent.glob(expected.name.removesuffix(".serde.json") + ".*") if p != expected
        ]
        body = read_body(source[0])
        results.append(compare_feed(expected.name, body, feed_rs_items(expected, body)))
    assert len(results) == 64
    assert report("feed-rs-fixtures", results, {p.name for p in FEED_RS.rglob("*.serde.json")}) == []


@pytest.mark.shared
def test_rss_parser_expected_outputs_agree_field_by_field() -> None:
    if not RSS_PARSER.is_dir():
        pytest.skip(f"{RSS_PARSER} not present (../shared corpora)")
    results = []
    for expected in sorted((RSS_PARSER / "output").glob("*.json")):
        stem = expected.name.removesuffix(".json")
        source = [p for p in (RSS_PARSER / "input").glob(stem + ".*")]
        results.append(compare_feed(expected.name, read_body(source[0]), rss_parser_items(expected)))
    assert len(results) == 23
    assert (
        report("rss-parser-fixtures", results, {p.name for p in (RSS_PARSER / "output").glob("*.json")}) == []
    )


@pytest.mark.shared
@pytest.mark.parametrize("folder", [NODE_FEEDPARSER, NEWS], ids=["node-feedparser", "benchmark-news"])
def test_feedparser_agrees_field_by_field(folder: Path) -> None:
    if not folder.is_dir():
        pytest.skip(f"{folder} not present (../shared corpora)")
    results = []
    for path in sorted(folder.iterdir()):
        body = read_body(path)
        try:
            results.append(compare_feed(path.name, body, feedparser_items(body)))
        except Exception as error:
            if (path.name, "count") in QUIRKS:
                USED_QUIRKS.add((path.name, "count"))
            else:
                results.append((0, 0, [f"{path.name}: {error}"]))
    assert report(folder.name, results, {p.name for p in folder.iterdir()}) == []
