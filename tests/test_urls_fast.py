"""canonicalise_url's fast path (a URL already canonical but for its query) gives what rebuilding the URL
component by component gives; canonical_url_key and is_article_url read simple URLs as urlsplit does."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ingest import urls
from ingest.urls import canonical_url_key, canonicalise_url, is_article_url, rebuild_url

SCHEMES = st.sampled_from(["http://", "https://", "HTTP://", "ftp://", "", "//"])
HOSTS = st.sampled_from(
    ["example.org", "www.a-b.example", "A.com", "a.com.", "a.com:80", "a.com:8080", "u@a.com"]
)
PATH_PIECES = st.sampled_from(
    [
        *"/ a b-c /./ /../ .. . // ;jsessionid=1 (S(x)) %7e %2F ü ~ ) @ : ! $ ' * , + = & index.html".split(),
        " ",
        "\t",
        "\n",
    ]
)
QUERY_PIECES = st.sampled_from(
    ["a=1", "utm_source=rss", "b", "=", "&", "?", "x=%41", "z=ü", "fbclid=9", "a=1"]
)
URLS = st.builds(
    lambda scheme, host, path, query, fragment: scheme + host + path + query + fragment,
    SCHEMES,
    HOSTS,
    st.lists(PATH_PIECES, max_size=6).map("".join),
    st.one_of(st.just(""), st.lists(QUERY_PIECES, max_size=4).map(lambda q: "?" + "".join(q))),
    st.sampled_from(["", "#", "#top", "#a?b=1", "#\n"]),
)
SIMPLE_URLS = st.builds(  # mostly the fast path's own URLs, a piece away from its edge
    lambda scheme, host, path, query, fragment: scheme + host + "/" + path + query + fragment,
    st.sampled_from(["http://", "https://"]),
    st.sampled_from(["example.org", "www.a-b.example", "a.com.", "127.0.0.1", ".a"]),
    st.lists(
        st.sampled_from(["a", "/", "b-c", ".", "..", "~", ")", "@", ":", "'", "$", "(", "%41"]), max_size=6
    ).map("".join),
    st.one_of(st.just(""), st.lists(QUERY_PIECES, max_size=4).map(lambda q: "?" + "".join(q))),
    st.sampled_from(["", "#", "#top", "#a?b=1", "#\n"]),
)
BASES = st.sampled_from(
    [None, "", "https://example.org/feed.xml", "http://example.org/", "http://[::1/", "feed"]
)


@settings(max_examples=2000, deadline=None)
@given(st.one_of(URLS, SIMPLE_URLS, st.text(max_size=30)), BASES, st.sampled_from(["", " ", "\n"]))
@example("https://www.example.org/a/b-1?utm_source=rss&id=2#x", "https://example.org/feed", "")
@example("https://example.org/a//b", None, "")
@example("https://example.org/a/./b", None, "")
@example("https://example.org/story?", None, "")
@example("https://example.org/x", "http://[::1/", "")
def test_canonicalise_url_equals_rebuilding_the_url(url: str, base: str | None, pad: str) -> None:
    assert canonicalise_url(pad + url + pad, base) == rebuild_url((pad + url + pad).strip(), base)


def test_canonical_url_key_is_cached_and_the_same() -> None:
    canon = canonicalise_url("https://www.example.org/news/index.html")
    assert canonical_url_key(canon) == canonical_url_key(canon) == "example.org/news"


def canonical_url_key_reference(canon: str) -> str:
    """canonical_url_key as it was: always through urlsplit."""
    try:
        parts = urlsplit(canon)
    except ValueError:
        return canon
    if not parts.hostname:
        return canon
    host = urls._HOST_PREFIX_RE.sub("", parts.netloc)
    path = urls._INDEX_PAGE_RE.sub("/", urls._AMP_PATH_RE.sub("", parts.path)).rstrip("/") or "/"
    return urlunsplit(("", host, path, parts.query, "")).lstrip("/")


def is_article_url_reference(canon: str, feed_url: str | None = None) -> bool:
    if not canon.startswith(("http://", "https://")):
        return False
    try:
        parts = urlsplit(canon)
    except ValueError:
        return False
    if (parts.path in ("", "/") or urls._INDEX_PAGE_RE.fullmatch(parts.path)) and not parts.query:
        return False
    return not (feed_url and canonical_url_key_reference(canon) == urls.url_key(feed_url))


KEY_URLS = st.builds(
    lambda scheme, host, path, query: scheme + host + path + query,
    st.sampled_from(["http://", "https://", "HTTP://", ""]),
    st.sampled_from(
        ["www.example.org", "m.a.b", "amp.x.co.uk", "a", "www.a", "Ex.com", "a.com:8080", "[::1]"]
    ),
    st.lists(
        st.sampled_from(
            ["/", "amp", "/amp", ".amp", ".html", "index.html", "/default.aspx", "x", " ", "\n", "#f"]
        ),
        max_size=5,
    ).map("".join),
    st.sampled_from(["", "?", "?a=1", "?a=1#x", "?b=\t"]),
)


@settings(max_examples=1500, deadline=None)
@given(
    st.one_of(KEY_URLS, SIMPLE_URLS, URLS, st.text(max_size=30)),
    st.sampled_from([None, "https://www.example.org/feed", "http://www.example.org/"]),
)
@example("https://www.example.org/", "https://www.example.org/feed")
@example("https://www.example.org/feed", "https://www.example.org/feed")
@example("https://example.org/news/index.html?", None)
def test_url_keys_and_article_urls_equal_urlsplit_reading(canon: str, feed_url: str | None) -> None:
    assert canonical_url_key.__wrapped__(canon) == canonical_url_key_reference(canon)
    assert is_article_url(canon, feed_url) == is_article_url_reference(canon, feed_url)
