"""parse_feed: dispatch, errors, golden files, hostile input, dates, random input."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.feedvalues import parse_date
from ingest.models import ParsedFeed
from ingest.parse import ParseError, parse_feed

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"
GOLDEN = Path(__file__).parent / "golden" / "parse"
FIXTURE_URL = "https://fixtures.example/feed"
# Fixtures parsed with an HTTP content type (the windows-1251 one declares its charset only there).
CONTENT_TYPES = {"windows1251_http_only.xml": "text/xml; charset=windows-1251"}
HOSTILE = ["billion_laughs.xml", "quadratic_entity.xml", "xxe_passwd.xml"]

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Daily Ledger</title><link>https://ledger.example/</link>
<language>en-gb</language>
<item><title>Minister says &quot;no deal&quot;</title><link>/news/1</link><guid>n-1</guid>
<pubDate>Tue, 10 Jun 2025 04:00:00 +0100</pubDate><description>&lt;p&gt;Hi&lt;/p&gt;</description></item>
</channel></rss>"""


def feed_to_dict(feed: ParsedFeed) -> dict[str, object]:
    def plain(value: object) -> object:
        return value.isoformat() if isinstance(value, datetime) else value

    data = {k: plain(v) for k, v in dataclasses.asdict(feed).items() if k != "entries"}
    data["entries"] = [{k: plain(v) for k, v in dataclasses.asdict(e).items()} for e in feed.entries]
    return data


def test_parses_minimal_rss() -> None:
    feed = parse_feed(RSS, url="https://ledger.example/feed.xml")
    assert (feed.format, feed.title, feed.language) == ("rss20", "Daily Ledger", "en")
    (entry,) = feed.entries
    assert entry.guid == "n-1"
    assert entry.url == "https://ledger.example/news/1"
    assert entry.title == 'Minister says "no deal"'
    assert entry.summary_html == "<p>Hi</p>"
    assert entry.published == datetime(2025, 6, 10, 3, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        (b"", None, "empty body"),
        (b"  \n ", None, "empty body"),
        ((FIXTURES / "html_page.html").read_bytes(), "text/html", "not a feed: looks like an HTML page"),
        (b"<html><body><p>hi</p></body></html>", None, "not a feed: looks like an HTML page"),
        (b"just some text", None, "not a feed"),
        (b'{"a": 1}', None, "not a feed: JSON without a jsonfeed.org version"),
        (b"{not json", None, "not a feed: invalid JSON"),
        (b"<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg'/>", None, "not a feed"),
        (b"<rss><channel><title>x", None, None),  # recoverable: no ParseError
    ],
)
def test_errors_are_one_line_parse_errors(body: bytes, content_type: str | None, message: str | None) -> None:
    if message is None:
        assert parse_feed(body, content_type=content_type).bozo
        return
    with pytest.raises(ParseError, match=message) as info:
        parse_feed(body, content_type=content_type)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("body", [b"/etc/passwd", b"https://example.com/feed.xml", b"file:///etc/passwd"])
def test_body_that_looks_like_a_path_or_url_is_never_opened(body: bytes) -> None:
    started = time.perf_counter()
    with pytest.raises(ParseError, match="not a feed"):
        parse_feed(body)
    assert time.perf_counter() - started < 1


@pytest.mark.parametrize(
    "name",
    sorted(p.name for p in FIXTURES.iterdir() if p.suffix in (".xml", ".json") and p.name not in HOSTILE),
)
def test_fixture_matches_golden_file(name: str) -> None:
    feed = parse_feed((FIXTURES / name).read_bytes(), content_type=CONTENT_TYPES.get(name), url=FIXTURE_URL)
    golden = GOLDEN / f"{Path(name).stem}.json"
    got = feed_to_dict(feed)
    if os.environ.get("UPDATE_GOLDEN") or not golden.exists():
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert got == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("rss20_content_dc.xml", "rss20"),
        ("atom10_xmlbase.xml", "atom10"),
        ("rss10_rdf.xml", "rss10"),
        ("rss091.xml", "rss091"),
        ("atom03.xml", "atom03"),
        ("jsonfeed11.json", "json11"),
        ("windows1251_http_only.xml", "rss20"),
    ],
)
def test_fixture_formats_and_key_fields(name: str, fmt: str) -> None:
    feed = parse_feed((FIXTURES / name).read_bytes(), content_type=CONTENT_TYPES.get(name), url=FIXTURE_URL)
    assert feed.format == fmt
    assert feed.entries and all(e.title for e in feed.entries)
    assert not feed.bozo


def test_fixture_details() -> None:
    rss = parse_feed((FIXTURES / "rss20_content_dc.xml").read_bytes(), url=FIXTURE_URL)
    first, second, third = rss.entries
    assert first.author == "Amara Okafor" and first.content_html.startswith("<p>&ldquo;We will not")
    assert first.summary_html.startswith("<p>The minister")  # not the media:description caption
    assert (
        second.author == "Tomas Rivera"
        and second.url == "https://fixtures.example/world/2025/06/09/port-strike"
    )
    assert third.published is None and third.url == "https://harbour-gazette.example/world/wire/8812"
    atom = parse_feed((FIXTURES / "atom10_xmlbase.xml").read_bytes(), url=FIXTURE_URL)
    assert atom.entries[0].url == "https://nordkurier.example/politik/2025/06/10/kanzlerin-interview"
    assert atom.entries[0].title == "Kanzlerin: „Wir bleiben dabei“"
    assert (atom.entries[0].language, atom.entries[1].language) == ("de", "en")
    rdf = parse_feed((FIXTURES / "rss10_rdf.xml").read_bytes())
    assert rdf.entries[0].published == datetime(2025, 6, 10, 11, 45, tzinfo=UTC)
    cyr = parse_feed(
        (FIXTURES / "windows1251_http_only.xml").read_bytes(),
        content_type=CONTENT_TYPES["windows1251_http_only.xml"],
    )
    assert cyr.title == "Вечерний вестник" and cyr.entries[0].title.startswith("Мэр заявил")
    broken = parse_feed((FIXTURES / "broken_truncated.xml").read_bytes())
    assert broken.bozo and broken.bozo_reason and [e.guid for e in broken.entries] == ["rp-101", "rp-102"]


def all_strings(feed: ParsedFeed) -> str:
    return json.dumps(feed_to_dict(feed), ensure_ascii=False)


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_xml_is_defused_quickly_with_bounded_memory(name: str) -> None:
    body = (FIXTURES / name).read_bytes()
    tracemalloc.start()
    started = time.perf_counter()
    try:
        feed = parse_feed(body)
    except ParseError:
        feed = None
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert elapsed < 1.0
    assert peak < 20 * 1024 * 1024
    if feed is not None:
        text = all_strings(feed)
        assert "lollollol" not in text and "A" * 1000 not in text
        passwd = Path("/etc/passwd")
        if passwd.exists():
            for line in passwd.read_text(errors="replace").splitlines()[:5]:
                assert line not in text
        assert "root:" not in text


def test_large_quadratic_entity_payload_stays_linear() -> None:
    big = "B" * 100_000
    body = f'<!DOCTYPE rss [<!ENTITY big "{big}">]><rss version="2.0"><channel><title>t</title><item><title>x</title><description>{"&big;" * 20_000}</description></item></channel></rss>'
    started = time.perf_counter()
    feed = parse_feed(body.encode())
    assert time.perf_counter() - started < 1.0
    assert big not in feed.entries[0].summary_html


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Tue, 10 Jun 2003 04:00:00 GMT", datetime(2003, 6, 10, 4, 0, tzinfo=UTC)),
        ("Tue, 10 Jun 2003 04:00:00 +0200", datetime(2003, 6, 10, 2, 0, tzinfo=UTC)),
        ("10 Jun 2003 04:00 EST", datetime(2003, 6, 10, 9, 0, tzinfo=UTC)),
        ("Tue, 10 Jun 03 04:00:00 -0000", datetime(2003, 6, 10, 4, 0, tzinfo=UTC)),
        ("Tuesday, 10 June 2003 04:00:00 PDT", datetime(2003, 6, 10, 11, 0, tzinfo=UTC)),
        ("Tue,10 Jun 2003 04:00:00 Z", datetime(2003, 6, 10, 4, 0, tzinfo=UTC)),
        ("Jun 10 2003 04:00:00", datetime(2003, 6, 10, 4, 0, tzinfo=UTC)),
        ("Thu, 5 Feb 2026 3:04 PM EST", datetime(2026, 2, 5, 20, 4, tzinfo=UTC)),
        ("Sun, 16 Feb 2026 10:00:00 -0500 (EST)", datetime(2026, 2, 16, 15, 0, tzinfo=UTC)),
        ("Tue, 10 Jun 2003 04:00:00 GMT+02:00", datetime(2003, 6, 10, 2, 0, tzinfo=UTC)),
        ("Tue, 10 Jun 2003", datetime(2003, 6, 10, tzinfo=UTC)),
        ("2003-12-31T10:14:55Z", datetime(2003, 12, 31, 10, 14, 55, tzinfo=UTC)),
        ("2003-12-31T10:14:55-08:00", datetime(2003, 12, 31, 18, 14, 55, tzinfo=UTC)),
        ("2003-12-31T10:14-08:00", datetime(2003, 12, 31, 18, 14, tzinfo=UTC)),
        ("2003-12-31 10:14:55", datetime(2003, 12, 31, 10, 14, 55, tzinfo=UTC)),
        ("20031231T101455Z", datetime(2003, 12, 31, 10, 14, 55, tzinfo=UTC)),
        ("2003-12-31", datetime(2003, 12, 31, tzinfo=UTC)),
        ("2003-12", datetime(2003, 12, 1, tzinfo=UTC)),
        ("2003", datetime(2003, 1, 1, tzinfo=UTC)),
        ("", None),
        (None, None),
        ("sometime last week", None),
        ("Mon, 32 Jan 2003 10:00:00 GMT", None),
        ("2003-13-01T00:00:00Z", None),
        ("Tue, 10 Jun 2003 04:00:00 +9900", None),
        ("9999-12-31T23:59:59-12:00", None),
    ],
)
def test_parse_date(value: str | None, expected: datetime | None) -> None:
    assert parse_date(value) == expected


@given(st.text(max_size=60))
def test_parse_date_never_raises(value: str) -> None:
    result = parse_date(value)
    assert result is None or result.tzinfo is UTC


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_random_bytes_raise_only_parse_error(body: bytes) -> None:
    with contextlib.suppress(ParseError):
        parse_feed(body)


SEEDS = [(FIXTURES / n).read_bytes() for n in ("rss20_content_dc.xml", "atom10_xmlbase.xml", "rss10_rdf.xml")]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(SEEDS),
    st.lists(st.tuples(st.integers(0, 3000), st.binary(max_size=8)), max_size=6),
    st.integers(0, 3000),
)
def test_mutated_feeds_raise_only_parse_error(seed: bytes, edits: list[tuple[int, bytes]], cut: int) -> None:
    body = bytearray(seed)
    for pos, chunk in edits:
        pos %= len(body) + 1
        body[pos : pos + len(chunk)] = chunk
    try:
        feed = parse_feed(bytes(body[: max(cut, len(body) // 2)]))
    except ParseError:
        return
    for entry in feed.entries:
        assert entry.published is None or entry.published.tzinfo is UTC
