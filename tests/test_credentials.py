"""ingest.credentials: a login in a feed URL is used for its own origin and written nowhere."""

from __future__ import annotations

import pytest

from ingest.credentials import attach_credentials, may_send_credentials, redact_text, split_credentials


@pytest.mark.parametrize(
    ("url", "clean", "creds"),
    [
        ("https://alice:pw@news.example/feed", "https://news.example/feed", ("alice", "pw")),
        (
            "https://al%40ice:p%3Aw@news.example:8443/f?a=b",
            "https://news.example:8443/f?a=b",
            ("al@ice", "p:w"),
        ),
        ("https://TOKEN123@news.example/feed", "https://news.example/feed", ("TOKEN123", "")),
        ("https://***@news.example/feed", "https://news.example/feed", None),
        ("https://user:p@ss@news.example/feed", "https://news.example/feed", ("user", "p@ss")),
        ("https://news.example/@someone.rss", "https://news.example/@someone.rss", None),
        ("/srv/feeds/local@2.xml", "/srv/feeds/local@2.xml", None),
    ],
)
def test_split_credentials(url: str, clean: str, creds: tuple[str, str] | None) -> None:
    assert split_credentials(url) == (clean, creds)


@pytest.mark.parametrize(
    ("login_url", "url", "allowed"),
    [
        ("https://a:b@news.example/feed", "https://news.example/other", True),
        ("http://a:b@news.example/feed", "https://news.example/feed", True),  # upgrade
        ("https://a:b@news.example/feed", "http://news.example/feed", False),  # downgrade
        ("https://a:b@news.example/feed", "https://cdn.example/feed", False),
        ("https://a:b@news.example/feed", "https://news.example:8443/feed", False),
        ("http://a:b@127.0.0.1:8080/feed", "http://127.0.0.1:8080/x", True),
        ("http://a:b@127.0.0.1:8080/feed", "http://127.0.0.1:8081/x", False),
        ("/local/path", "/local/path", False),
    ],
)
def test_credentials_go_only_to_the_feeds_own_origin(login_url: str, url: str, allowed: bool) -> None:
    assert may_send_credentials(split_credentials(login_url)[0], url) is allowed


def test_with_credentials_takes_the_login_from_the_feeds_file() -> None:
    feed = "https://alice:pw@news.example/feed"
    assert attach_credentials("https://***@news.example/moved", feed) == "https://alice:pw@news.example/moved"
    assert attach_credentials("https://news.example/moved", feed) == "https://alice:pw@news.example/moved"
    assert attach_credentials("https://other.example/feed", feed) == "https://other.example/feed"
    assert attach_credentials("https://***@news.example/feed", "https://news.example/feed") == (
        "https://news.example/feed"
    )
    assert attach_credentials("/srv/feed.xml", "/srv/feed.xml") == "/srv/feed.xml"


def test_redact_text_hides_every_login_in_a_message() -> None:
    text = "redirect loop at https://alice:pw@a.example/x via http://tok@b.example:81/y?to=me@c.example"
    assert redact_text(text) == (
        "redirect loop at https://***@a.example/x via http://***@b.example:81/y?to=me@c.example"
    )
    assert redact_text("mail me@example.org") == "mail me@example.org"
    assert redact_text("at https://user:p@ss@host.example/f") == "at https://***@host.example/f"
    assert redact_text(None) is None
