"""parse_feed: dispatch, errors, hostile input."""

from __future__ import annotations

import pytest

from ingest.parse import ParseError, parse_feed

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Daily Ledger</title><link>https://ledger.example/</link>
<language>en-gb</language>
<item><title>Minister says &quot;no deal&quot;</title><link>/news/1</link><guid>n-1</guid>
<pubDate>Tue, 10 Jun 2025 04:00:00 +0100</pubDate><description>&lt;p&gt;Hi&lt;/p&gt;</description></item>
</channel></rss>"""


def test_parses_minimal_rss() -> None:
    feed = parse_feed(RSS, url="https://ledger.example/feed.xml")
    assert feed.format == "rss20"
    assert feed.title == "Daily Ledger"
    assert feed.language == "en"
    (entry,) = feed.entries
    assert entry.guid == "n-1"
    assert entry.url == "https://ledger.example/news/1"
    assert entry.title == 'Minister says "no deal"'
    assert entry.summary_html == "<p>Hi</p>"
    assert entry.published is not None and entry.published.isoformat() == "2025-06-10T03:00:00+00:00"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "empty body"),
        (b"  \n ", "empty body"),
        (
            b"<!DOCTYPE html><html><head><title>x</title></head><body>hi</body></html>",
            "not a feed: looks like an HTML page",
        ),
        (b"just some text", "not a feed"),
        (b'{"a": 1}', "not a feed"),
    ],
)
def test_rejects_non_feeds(body: bytes, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        parse_feed(body)
