from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.urls import canonicalise_url, url_key


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("HTTPS://News.Example.COM:443/a/b?utm_source=rss&id=7#top", "https://news.example.com/a/b?id=7"),
        ("http://news.example.com:80/x?b=2&a=1", "http://news.example.com/x?a=1&b=2"),
        ("https://news.example.com/x?fbclid=abc&gclid=1&utm_medium=feed", "https://news.example.com/x"),
        ("https://news.example.com:8443/x", "https://news.example.com:8443/x"),
        ("https://news.example.com", "https://news.example.com/"),
        ("https://news.example.com//a//b", "https://news.example.com/a/b"),
        ("https://news.example.com/%7Euser/caf%C3%A9", "https://news.example.com/~user/caf%C3%A9"),
        ("https://news.example.com/путь", "https://news.example.com/%D0%BF%D1%83%D1%82%D1%8C"),
        ("  https://news.example.com/a  ", "https://news.example.com/a"),
        ("mailto:desk@news.example.com", "mailto:desk@news.example.com"),
    ],
)
def test_canonicalise_url(raw: str, canonical: str) -> None:
    assert canonicalise_url(raw) == canonical


def test_relative_url_resolves_against_base() -> None:
    assert canonicalise_url("/a/b?utm_source=x", "https://news.example.com/feed.xml") == "https://news.example.com/a/b"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("http://www.news.example.com/a/", "https://news.example.com/a"),
        ("https://m.news.example.com/a", "https://news.example.com/a"),
        ("https://amp.news.example.com/a", "https://news.example.com/a"),
        ("https://news.example.com/a/amp/", "https://news.example.com/a"),
        ("https://news.example.com/a.amp.html", "https://news.example.com/a.html"),
        ("https://news.example.com/a?utm_campaign=z", "https://news.example.com/a"),
    ],
)
def test_url_variants_share_a_key(a: str, b: str) -> None:
    assert url_key(a) == url_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://news.example.com/a", "https://news.example.com/b"),
        ("https://news.example.com/a?id=1", "https://news.example.com/a?id=2"),
        ("https://news.example.com/a", "https://other.example.com/a"),
    ],
)
def test_different_articles_keep_different_keys(a: str, b: str) -> None:
    assert url_key(a) != url_key(b)


urls = st.builds(
    lambda scheme, host, port, path, query, frag: f"{scheme}://{host}{port}/{path}{query}{frag}",
    st.sampled_from(["http", "https", "HTTP", "HtTpS"]),
    st.from_regex(r"(www\.|m\.)?[a-zA-Z0-9-]{1,12}\.(example|com|org)", fullmatch=True),
    st.sampled_from(["", ":80", ":443", ":8080"]),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=20),
    st.lists(st.tuples(st.sampled_from(["utm_source", "id", "a", "B", "fbclid", "page", "q"]), st.text(max_size=5)),
             max_size=4).map(lambda kv: ("?" + "&".join(f"{k}={v}" for k, v in kv)) if kv else ""),
    st.sampled_from(["", "#frag", "#"]),
)


@given(urls)
def test_canonicalisation_is_idempotent(url: str) -> None:
    once = canonicalise_url(url)
    assert canonicalise_url(once) == once
    assert url_key(once) == url_key(url)


@given(urls)
def test_canonical_url_has_no_tracking_or_fragment(url: str) -> None:
    canon = canonicalise_url(url)
    assert "#" not in canon
    assert "utm_source" not in canon and "fbclid" not in canon
