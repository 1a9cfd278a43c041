"""ingest.feedvalues.resolve_url: links as feeds write them (round seven: links without a scheme)."""

from __future__ import annotations

import pytest

from ingest.feedvalues import resolve_url

BASE = "https://news.example/dir/feed.xml"


@pytest.mark.parametrize(
    ("base", "href", "expected"),
    [
        # "www.host/…" is a host written without its scheme, not a path below the feed's folder
        (BASE, "www.other.example/a/1", "https://www.other.example/a/1"),
        (BASE, "www2.other.example/a?id=5", "https://www2.other.example/a?id=5"),
        (BASE, "WWW.Other.Example", "https://WWW.Other.Example"),
        (BASE, "www.other.example:8080/x", "https://www.other.example:8080/x"),
        (
            "http://news.example/feed",
            "www.other.example/a",
            "http://www.other.example/a",
        ),  # the feed's scheme
        (None, "www.other.example/a", "http://www.other.example/a"),
        # still relative: no dot after www, a path, a file named www.*
        (BASE, "www/a/1", "https://news.example/dir/www/a/1"),
        (BASE, "/www.other.example/a", "https://news.example/www.other.example/a"),
        (BASE, "wwwhat.example/a", "https://news.example/dir/wwwhat.example/a"),
        (BASE, "www.html", "https://news.example/dir/www.html"),
        # unchanged rules
        (BASE, "javascript:alert(1)", None),
        (BASE, "https://a.example/x", "https://a.example/x"),
        (BASE, "", None),
    ],
)
def test_resolve_url(base: str | None, href: str, expected: str | None) -> None:
    assert resolve_url(base, href) == expected
