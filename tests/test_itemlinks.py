"""Round fourteen: click-through wrappers in front of an item's article, and fragments that name one
update of a page several items share (``ingest.itemlinks``)."""

from __future__ import annotations

import pytest

from ingest.itemlinks import item_anchor, unwrap_redirect


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        # Google Alerts (the target written out, its own query escaped)
        (
            "https://www.google.com/url?rct=j&sa=t&url=https://harbour.example/news/pier-1&ct=ga&cd=CAIy&usg=AOv",
            "https://harbour.example/news/pier-1",
        ),
        ("https://www.google.co.uk/url?q=https%3A%2F%2Fharbour.example%2Fa%3Fid%3D5&sa=U", "https://harbour.example/a?id=5"),
        # Facebook's link shim, old Google News, Bing News
        ("https://l.facebook.com/l.php?u=https%3A%2F%2Fharbour.example%2Fa-2&h=AT0x", "https://harbour.example/a-2"),
        ("http://news.google.com/news/url?sa=t&fd=R&usg=AFQ&url=http://harbour.example/a-3", "http://harbour.example/a-3"),
        (
            "http://www.bing.com/news/apiclick.aspx?ref=FexRss&aid=&tid=AB&url=https%3a%2f%2fharbour.example%2fa-4&c=1",
            "https://harbour.example/a-4",
        ),
        # Google's AMP viewer and the AMP cache: the target in the path, "s/" for https
        ("https://www.google.com/amp/s/harbour.example/news/a-5.amp", "https://harbour.example/news/a-5.amp"),
        ("https://www.google.com/amp/harbour.example/news/a-6", "http://harbour.example/news/a-6"),
        ("https://harbour-example.cdn.ampproject.org/c/s/harbour.example/news/a-7", "https://harbour.example/news/a-7"),
        # a wrapper inside a wrapper
        ("https://www.google.com/url?url=https://www.google.com/amp/s/harbour.example/a-8", "https://harbour.example/a-8"),
        # guards: no target written out, or no redirector
        ("http://feedproxy.google.com/~r/Harbour/~3/abc/", "http://feedproxy.google.com/~r/Harbour/~3/abc/"),
        ("https://news.google.com/rss/articles/CBMiK2h0dHBz?oc=5", "https://news.google.com/rss/articles/CBMiK2h0dHBz?oc=5"),
        ("https://harbour.example/search?q=https://other.example/a", "https://harbour.example/search?q=https://other.example/a"),
        ("https://harbour.example/url?url=not-a-url", "https://harbour.example/url?url=not-a-url"),
        ("https://harbour.example/out?url=javascript:alert(1)", "https://harbour.example/out?url=javascript:alert(1)"),
        ("https://harbour.example/news/amp/s/pier", "https://harbour.example/news/amp/s/pier"),
        ("https://harbour.example/a?url=https://other.example/b", "https://harbour.example/a?url=https://other.example/b"),
    ],
)  # fmt: skip
def test_unwrap_redirect(link: str, expected: str) -> None:
    assert unwrap_redirect(link) == expected


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ("https://harbour.example/live/storm#post-101", "post-101"),
        ("https://harbour.example/live/storm#update-1732456", "update-1732456"),
        ("https://harbour.example/live/storm#block-6741a0c8f08f", "block-6741a0c8f08f"),
        ("https://harbour.example/2025/11/pier/#comment-12", "comment-12"),
        ("https://harbour.example/live#42", "42"),
        # guards: no anchor, a section anchor, a tracker in the fragment, WordPress's read-more jump
        ("https://harbour.example/a/1", ""),
        ("https://harbour.example/a/1#", ""),
        ("https://harbour.example/a/1#top", ""),
        ("https://harbour.example/a/1#comments", ""),
        ("https://harbour.example/a/1#xtor=RSS-3", ""),
        ("https://harbour.example/a/1#Echobox=1732456789", ""),
        ("https://harbour.example/a/1#more-1234", ""),
        ("https://harbour.example/#!/news/12", ""),
        (None, ""),
    ],
)
def test_item_anchor(link: str | None, expected: str) -> None:
    assert item_anchor(link) == expected
