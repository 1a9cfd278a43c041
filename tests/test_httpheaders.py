"""ingest.httpheaders.resolve_redirect: round seven's feed: URLs (the browser rules of round six are
tested against a live server in test_fetch_quirks.py)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ingest.httpheaders import RedirectError, is_future_date, is_redirect_loop, resolve_redirect

BASE = "https://news.example/dir/feed"


@pytest.mark.parametrize(
    ("location", "target"),
    [
        ("feed://other.example/rss", "http://other.example/rss"),
        ("FEED://other.example", "http://other.example"),
        ("feed://other.example:8080/rss?x=1", "http://other.example:8080/rss?x=1"),
        ("feed:https://other.example/rss", "https://other.example/rss"),
        ("feed:http://other.example/rss", "http://other.example/rss"),
        ("feed", "https://news.example/dir/feed"),  # a relative path named feed
        ("feeds/rss", "https://news.example/dir/feeds/rss"),
        ("/feed:x", "https://news.example/feed:x"),
    ],
)
def test_feed_urls_are_the_http_urls_they_wrap(location: str, target: str) -> None:
    assert resolve_redirect(BASE, location) == target


@pytest.mark.parametrize(
    ("location", "error"),
    [
        ("feed:", "redirect to a non-HTTP URL refused: feed:"),
        ("feed:javascript:alert(1)", "redirect to a non-HTTP URL refused: javascript:alert(1)"),
        ("feed:file:///etc/passwd", "redirect to a non-HTTP URL refused: file:///etc/passwd"),
        ("feed:/x", "redirect to a non-HTTP URL refused: feed:/x"),
    ],
)
def test_feed_urls_wrapping_anything_else_are_refused(location: str, error: str) -> None:
    with pytest.raises(RedirectError, match="^" + error.replace("(", r"\(").replace(")", r"\)") + "$"):
        resolve_redirect(BASE, location)


NOW = datetime(2026, 11, 24, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "future"),
    [
        # round nine: a Last-Modified from a server clock in the future is not sent back
        ("Fri, 01 Jan 2100 00:00:00 GMT", True),
        ("Thu, 26 Nov 2026 10:00:00 GMT", True),  # two days ahead
        ("Wednesday, 25-Nov-26 09:00:00 GMT", False),  # within a day: clocks differ
        ("Tue, 24 Nov 2026 10:00:00 GMT", False),
        ("Mon, 01 Jan 1990 00:00:00 GMT", False),
        ("Sun Nov  6 08:49:37 2100", True),  # asctime, no zone: UTC
        ("not a date", False),
        ("", False),
        (None, False),
    ],
)
def test_is_future_date(value: str | None, future: bool) -> None:
    assert is_future_date(value, NOW) is future


@pytest.mark.parametrize(
    ("seen", "target", "cookie_hops", "loop"),
    [
        (["/a"], "/b", [False], False),
        (["/a", "/b"], "/a", [False, False], True),
        (["/a"], "/a", [True], False),  # a cookie check redirecting to the page itself (round five)
        (["/a", "/a"], "/a", [True, True], True),  # ... never a third time
        (["/a", "/consent"], "/a", [True, False], False),  # round thirteen: the cookie set on the way out
        (["/a", "/consent"], "/a", [False, True], False),  # ... or by the consent URL
        (["/a", "/consent", "/a", "/consent"], "/a", [True, False, True, False], True),
        (["/a", "/b", "/c"], "/b", [True, False, False], True),  # the cookie came before /b was first asked
    ],
)
def test_is_redirect_loop(seen: list[str], target: str, cookie_hops: list[bool], loop: bool) -> None:
    assert is_redirect_loop(seen, target, cookie_hops) is loop
