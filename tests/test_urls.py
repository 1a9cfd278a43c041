from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.urls import (
    canonicalise_url,
    is_article_url,
    is_front_of,
    is_tracking_param,
    prefer_canonical,
    redact_credentials,
    registrable_domain,
    url_key,
)


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("HTTPS://News.Example.COM:443/a/b?utm_source=rss&id=7#top", "https://news.example.com/a/b?id=7"),
        ("https://news.example.com/a??utm_source=rss&id=7", "https://news.example.com/a?id=7"),  # "??"
        ("https://news.example.com/a?id=5?utm_source=rss", "https://news.example.com/a?id=5"),  # a second "?"
        ("http://news.example.com:80/x?b=2&a=1", "http://news.example.com/x?a=1&b=2"),
        ("https://news.example.com/x?fbclid=abc&gclid=1&utm_medium=feed", "https://news.example.com/x"),
        ("https://news.example.com:8443/x", "https://news.example.com:8443/x"),
        ("https://news.example.com", "https://news.example.com/"),
        ("https://news.example.com//a//b", "https://news.example.com/a/b"),
        ("https://news.example.com/%7Euser/caf%C3%A9", "https://news.example.com/~user/caf%C3%A9"),
        ("https://news.example.com/путь", "https://news.example.com/%D0%BF%D1%83%D1%82%D1%8C"),
        ("  https://news.example.com/a  ", "https://news.example.com/a"),
        ("mailto:desk@news.example.com", "mailto:desk@news.example.com"),
        # escapes: unreserved decoded, others uppercased, reserved characters never decoded
        ("https://news.example.com/a%2fb%2Fc?q=a%2bb", "https://news.example.com/a%2Fb%2Fc?q=a%2Bb"),
        ("https://news.example.com/a b?q=x y", "https://news.example.com/a%20b?q=x%20y"),
        ("https://news.example.com/100%", "https://news.example.com/100%25"),
        ("https://news.example.com/a/./b/../c", "https://news.example.com/a/c"),
        ("https://user:pw@news.example.com/a", "https://news.example.com/a"),
        ("https://news.example.com./a", "https://news.example.com/a"),
        ("https://пример.укр/новини", "https://xn--e1afmkfd.xn--j1amh/%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8"),
        ("http://[2001:db8::1]:80/a", "http://[2001:db8::1]/a"),
        # the rest of the tracker list: prefixes and exact names, case-insensitive; content parameters stay
        ("https://n.example/a?ITM_source=x&mc_cid=1&_ga=2&yclid=3&WT.mc_id=4&ref=rss", "https://n.example/a"),
        ("https://n.example/a?at_medium=x&ns_source=y&igshid=z&msclkid=1&twclid=2", "https://n.example/a"),
        (
            "https://n.example/a?id=3&page=2&p=7&q=kyiv&story=1",
            "https://n.example/a?id=3&p=7&page=2&q=kyiv&story=1",
        ),
        ("https://n.example/a?flag&a=1&a=1&&", "https://n.example/a?a=1&flag"),
        # round five: a session in the path, new on every fetch without cookies
        ("https://n.example/news/1;jsessionid=8F2A1C.node1?id=5", "https://n.example/news/1?id=5"),
        ("https://n.example/news/article.jsp;JSESSIONID=AB12", "https://n.example/news/article.jsp"),
        (
            "https://n.example/(S(lit3py55t21z5v55vlm25s55))/news.aspx?id=3",
            "https://n.example/news.aspx?id=3",
        ),
        ("https://n.example/app/(X(1)S(abc123))/news/7.aspx", "https://n.example/app/news/7.aspx"),
        ("https://n.example/a;type=x/(b)/c", "https://n.example/a;type=x/(b)/c"),  # other parameters stay
        # round ten: parameters whose value names the feed (real feeds: DW, Washington Post, heise, NYT, Medium)
        ("https://n.example/a-1?maca=en-rss-en-all-1573-rdf", "https://n.example/a-1"),
        ("https://n.example/w/?wprss=rss_wellness", "https://n.example/w/"),
        ("https://n.example/a.html?wt_mc=rss.developer.beitrag.atom&id=2", "https://n.example/a.html?id=2"),
        ("https://n.example/a.html?partner=rss&emc=rss", "https://n.example/a.html"),
        ("https://n.example/p-1?source=rss----d12c&referrerSource=full_rss", "https://n.example/p-1"),
        ("https://n.example/a?kc=PCRSS03079TX1K0000584&dgcid=rss_sd_all&traffic_source=RSS", "https://n.example/a"),
        ("https://n.example/search?q=rss&format=rss&type=rss-2&id=rss1", "https://n.example/search?format=rss&id=rss1&q=rss&type=rss-2"),
        ("https://n.example/a?topic=press&x=dress", "https://n.example/a?topic=press&x=dress"),
        ("https://wiki.example/w/index.php?title=RSS&oldid=12", "https://wiki.example/w/index.php?oldid=12&title=RSS"),
    ],
)  # fmt: skip
def test_canonicalise_url(raw: str, canonical: str) -> None:
    assert canonicalise_url(raw) == canonical


def test_relative_url_resolves_against_base() -> None:
    assert (
        canonicalise_url("/a/b?utm_source=x", "https://news.example.com/feed.xml")
        == "https://news.example.com/a/b"
    )
    assert canonicalise_url("../c", "https://news.example.com/a/b/feed") == "https://news.example.com/a/c"


@pytest.mark.parametrize(
    ("key", "tracking"),
    [
        ("utm_campaign", True),
        ("UTM_Source", True),
        ("fbclid", True),
        ("gclid", True),
        ("_hsenc", True),
        ("oly_enc_id", True),
        ("id", False),
        ("uid", False),
        ("page", False),
        ("article", False),
        ("q", False),
    ],
)
def test_tracking_params(key: str, tracking: bool) -> None:
    assert is_tracking_param(key) is tracking


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("http://www.news.example.com/a/", "https://news.example.com/a"),
        ("https://m.news.example.com/a", "https://news.example.com/a"),
        ("https://amp.news.example.com/a", "https://news.example.com/a"),
        ("https://mobile.news.example.com/a", "https://news.example.com/a"),
        ("https://news.example.com/a/amp/", "https://news.example.com/a"),
        ("https://news.example.com/a.amp.html", "https://news.example.com/a.html"),
        ("https://news.example.com/a/amp.html", "https://news.example.com/a"),
        ("https://www.news.example.com/news/world-12345.amp", "https://news.example.com/news/world-12345"),
        ("https://news.example.com/a?amp=1", "https://news.example.com/a"),
        ("https://news.example.com/a?outputType=amp", "https://news.example.com/a"),
        ("https://news.example.com/a?utm_campaign=z", "https://news.example.com/a"),
        ("https://news.example.com/a/index.html", "https://news.example.com/a"),
        ("HTTPS://WWW.NEWS.EXAMPLE.COM:443/a#x", "http://news.example.com/a"),
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
        ("https://news.example.com/A", "https://news.example.com/a"),  # paths are case-sensitive
        ("https://m.com/a", "https://com/a"),  # no folding down to a bare suffix
    ],
)
def test_different_articles_keep_different_keys(a: str, b: str) -> None:
    assert url_key(a) != url_key(b)


@pytest.mark.parametrize(
    ("url", "article"),
    [
        ("https://news.example.com/2026/11/24/truce-talks", True),
        ("https://news.example.com/?p=123", True),
        ("https://news.example.com/", False),
        ("https://www.news.example.com/index.html", False),
        ("https://news.example.com/rss", False),  # the feed itself (below)
        ("urn:uuid:1234", False),
    ],
)
def test_is_article_url(url: str, article: bool) -> None:
    assert is_article_url(url, "https://news.example.com/rss") is article


@pytest.mark.parametrize(
    ("host", "domain"),
    [
        ("news.bbc.co.uk", "bbc.co.uk"),
        ("www.kyivwire.example", "kyivwire.example"),
        ("a.b.c.com.ua", "c.com.ua"),
        ("example.com", "example.com"),
        ("localhost", "localhost"),
        ("x.blogspot.com", "x.blogspot.com"),
    ],
)
def test_registrable_domain(host: str, domain: str) -> None:
    assert registrable_domain(host) == domain


FEED_URL = "https://www.wire.example/2026/11/24/truce-talks-resume-in-geneva-12345?utm_source=rss"


@pytest.mark.parametrize(
    ("page_canonical", "expected"),
    [
        # adopted: same article, other spelling or a cleaner path
        (
            "https://wire.example/news/truce-talks-resume-in-geneva-12345",
            "https://wire.example/news/truce-talks-resume-in-geneva-12345",
        ),
        (
            "/2026/11/24/truce-talks-resume-in-geneva-12345/",
            "https://www.wire.example/2026/11/24/truce-talks-resume-in-geneva-12345/",
        ),
        (
            "https://amp.wire.example/truce-talks-resume-in-geneva-12345?utm_medium=x",
            "https://amp.wire.example/truce-talks-resume-in-geneva-12345",
        ),
        (
            "https://news.wire.example/world/truce-talks-resume-geneva",
            "https://news.wire.example/world/truce-talks-resume-geneva",
        ),
        # refused: the feed's URL (canonicalised) is kept
        (None, "https://www.wire.example/2026/11/24/truce-talks-resume-in-geneva-12345"),
        ("", "https://www.wire.example/2026/11/24/truce-talks-resume-in-geneva-12345"),
        (
            "https://wire.example/",
            "https://www.wire.example/2026/11/24/truce-talks-resume-in-geneva-12345",
        ),  # home page
        (
            "https://wire.example/news/",
            "https://www.wire.example/2026/11/24/truce-talks-resume-in-geneva-12345",
        ),  # section
        (
            "https://aggregator.example/truce-talks-resume-in-geneva-12345",
            "https://www.wire.example/2026/11/24/truce-talks-resume-in-geneva-12345",
        ),  # other site
        (
            "https://wire.example/2026/11/24/markets-rally-on-truce-hopes-67890",
            "https://www.wire.example/2026/11/24/truce-talks-resume-in-geneva-12345",
        ),  # other id
        (
            "https://wire.example/2026/11/24/weather-forecast-for-kyiv",
            "https://www.wire.example/2026/11/24/truce-talks-resume-in-geneva-12345",
        ),  # other story
        ("javascript:alert(1)", "https://www.wire.example/2026/11/24/truce-talks-resume-in-geneva-12345"),
    ],
)
def test_prefer_canonical(page_canonical: str | None, expected: str) -> None:
    assert prefer_canonical(FEED_URL, page_canonical) == expected


def test_prefer_canonical_with_id_only_urls() -> None:
    assert prefer_canonical("https://n.example/news/4567890", "https://n.example/politics/4567890-truce") == (
        "https://n.example/politics/4567890-truce"
    )
    assert prefer_canonical("https://n.example/news/4567890", "https://n.example/politics/4567891-truce") == (
        "https://n.example/news/4567890"
    )


url_chars = st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"])
urls = st.builds(
    lambda scheme, host, port, path, query, frag: f"{scheme}://{host}{port}/{path}{query}{frag}",
    st.sampled_from(["http", "https", "HTTP", "HtTpS"]),
    st.from_regex(r"(www\.|m\.|amp\.)?[a-zA-Z0-9-]{1,12}\.(example|com|org|com\.ua)\.?", fullmatch=True),
    st.sampled_from(["", ":80", ":443", ":8080"]),
    st.text(alphabet=st.one_of(url_chars, st.sampled_from("%/.?&=+#;~")), max_size=24),
    st.lists(
        st.tuples(
            st.sampled_from(["utm_source", "id", "a", "B", "fbclid", "page", "q", "amp", "%41", "x%2"]),
            st.text(alphabet=st.one_of(url_chars, st.sampled_from("%=+/")), max_size=6),
        ),
        max_size=4,
    ).map(lambda kv: ("?" + "&".join(f"{k}={v}" for k, v in kv)) if kv else ""),
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
    assert canon == canon.strip() and " " not in canon


@given(urls, st.one_of(st.none(), urls))
def test_prefer_canonical_returns_a_canonical_url(feed_url: str, page: str | None) -> None:
    chosen = prefer_canonical(feed_url, page)
    assert chosen in (canonicalise_url(feed_url), canonicalise_url(page or "", canonicalise_url(feed_url)))
    assert canonicalise_url(chosen) == chosen


@pytest.mark.parametrize(
    ("url", "stored"),
    [
        ("https://user:secret@example.com/feed.xml", "https://***@example.com/feed.xml"),
        ("https://TOKEN123@example.com:8443/rss?q=a@b", "https://***@example.com:8443/rss?q=a@b"),
        ("https://a:b@c@example.com/", "https://***@example.com/"),
        ("https://example.com/path/@user/feed", "https://example.com/path/@user/feed"),
        ("https://example.com/feed?mail=a@b.org", "https://example.com/feed?mail=a@b.org"),
        ("https://example.com/feed.xml", "https://example.com/feed.xml"),
        ("http://user:pw@[::1/feed", "http://***@[::1/feed"),  # not even a URL: the login still goes
        ("", ""),
        (None, None),
    ],
)
def test_stored_urls_carry_no_credentials(url: str | None, stored: str | None) -> None:
    assert redact_credentials(url) == stored


@pytest.mark.parametrize(
    ("asked", "final", "front"),
    [
        ("https://news.example.com/2026/11/24/pier-opens", "https://news.example.com/", True),
        ("https://news.example.com/2026/11/24/pier-opens", "https://www.example.com/index.html", True),
        ("https://news.example.com/politics/pier-opens", "https://news.example.com/politics/", True),
        ("https://news.example.com/politics/2026/pier-opens", "https://news.example.com/politics/", True),
        (
            "https://news.example.com/a/pier-opens",
            "https://news.example.com/politics/",
            False,
        ),  # not above it
        ("https://news.example.com/politics/pier-opens", "https://other.example.org/politics/", False),
        ("https://news.example.com/politics/pier-opens", "https://news.example.com/politics/?page=2", False),
        (
            "https://news.example.com/story?id=7",
            "https://news.example.com/2026/pier-opens-7",
            False,
        ),  # slug added
        (
            "http://news.example.com/politics/pier-opens",
            "https://news.example.com/politics/pier-opens",
            False,
        ),
        (
            "https://news.example.com/politics/pier-opens/",
            "https://news.example.com/politics/pier-opens/",
            False,
        ),
        (
            "https://news.example.com/politics/pier-opens",
            "https://news.example.com/politics/pier-opens/",
            False,
        ),
    ],
)
def test_is_front_of(asked: str, final: str, front: bool) -> None:
    """Round thirteen: a removed article redirected to the home page or its section front."""
    assert is_front_of(asked, final) is front
