"""ingest.phpmessages: PHP's error messages printed into a feed body (round eight)."""

from __future__ import annotations

import json

import pytest

from ingest.parse import ParseError, parse_feed
from ingest.phpmessages import strip_php_messages

HTML_NOTICE = (
    b"<br />\n<b>Notice</b>:  Undefined index: page in <b>/var/www/feed.php</b> on line <b>12</b><br />\n"
)
PLAIN_DEPRECATED = b"\nDeprecated: Function create_function() is deprecated in /srv/app/rss.php on line 7\n"
FATAL = (
    b"<br />\n<b>Fatal error</b>:  Allowed memory size of 134217728 bytes exhausted (tried to allocate "
    b"20480 bytes) in <b>/var/www/wp-includes/feed.php</b> on line <b>42</b><br />"
)
UNCAUGHT = (
    b"PHP Fatal error:  Uncaught Error: Call to undefined function mysql_connect() in /var/www/feed.php:3\n"
    b"Stack trace:\n#0 {main}\n  thrown in /var/www/feed.php on line 3"
)
JSON_FEED = json.dumps(
    {
        "version": "https://jsonfeed.org/version/1.1",
        "items": [{"id": "1", "url": "https://x.example/1", "title": "Json"}],
    }
).encode()
RSS = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
    b"<item><title>Xml</title><link>https://x.example/2</link></item></channel></rss>"
)


@pytest.mark.parametrize(
    ("body", "rest", "first"),
    [
        (HTML_NOTICE + b"{}", b"{}", "Notice: Undefined index: page"),
        (PLAIN_DEPRECATED + HTML_NOTICE + b"<rss/>", b"<rss/>", "Deprecated: Function create_function() is deprecated"),
        (FATAL, b"", "Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes)"),
        (UNCAUGHT, b"", "Fatal error: Uncaught Error: Call to undefined function mysql_connect() in /var/www/feed.php:3 Stack trace: #0 {main} thrown"),
        # not PHP's: no "in FILE on line N", or not at the start
        (b"Warning: storms ahead <rss/>", b"Warning: storms ahead <rss/>", None),
        (b"<rss/>" + HTML_NOTICE, b"<rss/>" + HTML_NOTICE, None),
    ],
)  # fmt: skip
def test_strip_php_messages(body: bytes, rest: bytes, first: str | None) -> None:
    assert strip_php_messages(body) == (rest, first)


@pytest.mark.parametrize(
    ("body", "content_type", "title"),
    [
        # a JSON Feed after a PHP notice was "nothing recoverable: … junk after document element"
        (HTML_NOTICE + JSON_FEED, "application/json", "Json"),
        (PLAIN_DEPRECATED + JSON_FEED, "application/feed+json", "Json"),
        (HTML_NOTICE + RSS, "application/rss+xml", "Xml"),  # read before too; now without feedparser
    ],
)
def test_a_feed_after_php_messages_is_read_and_marked(body: bytes, content_type: str, title: str) -> None:
    parsed = parse_feed(body, content_type=content_type)
    assert [e.title for e in parsed.entries] == [title]
    assert parsed.bozo and "PHP message before the feed" in (parsed.bozo_reason or "")


@pytest.mark.parametrize("body", [FATAL, UNCAUGHT, HTML_NOTICE + FATAL])
def test_a_body_of_php_messages_only_is_named(body: bytes) -> None:
    with pytest.raises(ParseError, match=r"^not a feed: a PHP error message \((Notice|Fatal error): "):
        parse_feed(body, content_type="application/rss+xml")
