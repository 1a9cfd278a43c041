"""Round thirteen of misbehaving feeds and servers, through the whole pipeline on loopback: the article
pages of teaser feeds (``fulltext = "always"``).

Two runs over one feeds file (the second a plain re-run that must add no article, revision or
statement), then each case is checked on its own: the titles, URLs and texts stored, the feed's state,
and the ``article_fetches`` row of its page (status, error, URL reached). The items link to a PDF, to
an image served as ``text/html``, to a JSON document and to a comments feed (their bytes were the
article's text), to a UTF-16 page without a BOM under ``charset=utf-8`` (U+FFFD between the letters
was the text), to a UTF-8 page under ``charset=windows-1251`` or ``charset=utf-16`` (mojibake, CJK
signs), to pages that send a browser on by a meta refresh, a ``Refresh`` header or a script (the teaser stayed), to a removed
article that redirects to the home page or its section front (their teasers were the text), and to a
page behind a consent URL that sets a cookie and sends us back (``redirect loop``), and to a page whose
connection closes mid-body after a 200 (dropped from the queue, never tried again); a relative
canonical link under ``<base href>`` resolved against the page's own URL.
Cases that were already fine stay as guards: a 403 and a 429 on the page while the feed is fine, a
consent wall, a gzip page labelled ``br``, an article that reloads itself every five minutes.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import dataclass

import duckdb
import pytest

from faultserver import (
    LOOPBACK_HOSTS,
    Behaviour,
    FaultHandler,
    FaultServer,
    raw_response,
    redirect,
    respond,
)
from hostile_checks import Runs, check_case_outcome, check_rerun_adds_nothing, feeds_file, run_twice
from ingest.catalog import Catalog

pytestmark = pytest.mark.slow

HTML = {"Content-Type": "text/html; charset=utf-8"}
PARAGRAPHS = [
    f"Paragraph {i}: the harbour board of Vellmar said on Tuesday that the new ferry pier would open in "
    "spring, after a winter of repairs to the old stone quay."
    for i in range(8)
]
PAGE_TEXT = "\n".join(PARAGRAPHS)
TEASER = "The harbour board met on Tuesday."
UK_PARAGRAPHS = [
    f"Абзац {i}: портова рада Вельмара заявила у вівторок, що новий причал для поромів відкриють навесні, після "
    "зимового ремонту старої кам’яної пристані."
    for i in range(8)
]
UK_PAGE = (
    "<!doctype html><html lang='uk'><head><meta charset='utf-8'><title>Причал</title></head><body><article>"
    f"<h1>Причал</h1>{''.join(f'<p>{p}</p>' for p in UK_PARAGRAPHS)}</article></body></html>"
).encode()
UK_PAGE += b" " * (len(UK_PAGE) % 2)  # even, so that a UTF-16 label decodes it (into CJK signs)


def page(head: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Pier</title>{head}</head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>Pier</h1>{body}</article></body></html>"
    )


ARTICLE = page().encode()
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + " ".join(PARAGRAPHS).encode()
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 16
JSON = ('{"id": 7, "headline": "Pier", "body": "' + " ".join(PARAGRAPHS) + '"}').encode()
COMMENTS = (
    "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Comments on: Pier</title>"
    + "".join(
        f"<item><title>By reader {i}</title><description>{p}</description></item>"
        for i, p in enumerate(PARAGRAPHS)
    )
    + "</channel></rss>"
).encode()
REFRESH = "<html><head><meta http-equiv='refresh' content='0; url={}'><title>Redirecting</title></head><body>Redirecting…</body></html>"
SCRIPT = "<html><head><title>One moment</title><script>window.location.replace('{}');</script></head><body></body></html>"
CONSENT = (
    b"<html><head><title>We value your privacy</title></head><body><div class='cmp'><h1>We value your privacy</h1>"
    b"<p>We use cookies and similar technologies to show you personalised ads.</p><p>Accept all</p><p>Reject all</p>"
    b"<p>Manage preferences</p></div></body></html>"
)


HOME = (
    "<!doctype html><html lang='en'><head><title>Vellmar Courier – news from the coast</title></head><body><main>"
    + "".join(
        f"<div class='teaser'><h2><a href='/news/s{i}'>Story {i} about the council and the harbour</a></h2>"
        f"<p>The council of Vellmar decided on item {i} of the agenda after a long debate about next year's budget.</p></div>"
        for i in range(30)
    )
    + "</main></body></html>"
).encode()


def consent_round_trip(h: FaultHandler) -> None:
    """The page without the consent cookie: 302 to the consent URL, setting the cookie; the consent URL
    sends us back to the page (a consent redirect that sets the cookie itself passed before)."""
    prefix = h.path.split("?", 1)[0].rsplit("/", 1)[0]
    if h.path.startswith(f"{prefix}/consent"):
        h.send(302, b"", {"Location": f"{prefix}/page"})
    elif "consent=yes" in (h.headers.get("Cookie") or ""):
        h.send(200, ARTICLE, HTML)
    else:
        h.send(
            302,
            b"",
            {"Location": f"{prefix}/consent?return={prefix}/page", "Set-Cookie": "consent=yes; Path=/"},
        )


@dataclass
class Case:
    pages: dict[str, Behaviour]  # path under the case's own prefix → behaviour; "page" is the item's link
    fetch_status: str
    texts: list[str]
    fetch_error: str | None = None
    reached: str = (
        "page"  # the path (under the prefix; from the root when it starts with /) the fetch ended at
    )
    queued: bool = False  # the page is left in the queue for a later run
    canonical: str = "page"  # the article's canonical URL (its path under the prefix)
    titles: tuple[str, ...] = ("Pier opens in spring",)
    state: str = "active"
    error: str | None = None


CASES = {
    # round thirteen: broke before
    "pdf-where-the-page-was": Case(
        {"page": respond(200, PDF, {"Content-Type": "application/pdf"})}, "not_html", [TEASER],
        "not an HTML page: application/pdf",
    ),
    "image-served-as-html": Case(
        {"page": respond(200, JPEG, HTML)}, "not_html", [TEASER], "not an HTML page: binary data (starts with 'JFIF !\"#')",
    ),
    "json-document": Case(
        {"page": respond(200, JSON, {"Content-Type": "application/json"})}, "not_html", [TEASER],
        "not an HTML page: application/json",
    ),
    "comments-feed-as-text-xml": Case(
        {"page": respond(200, COMMENTS, {"Content-Type": "text/xml"})}, "not_html", [TEASER],
        "not an HTML page: a feed (<rss>)",
    ),
    "utf16-page-labelled-utf8": Case({"page": respond(200, page().encode("utf-16-le"), HTML)}, "ok", [PAGE_TEXT]),
    "meta-refresh-interstitial": Case(
        {"page": respond(200, REFRESH.format("full").encode(), HTML), "full": respond(200, ARTICLE, HTML)},
        "ok", [PAGE_TEXT], reached="full",
    ),
    "script-redirect-page": Case(
        {"page": respond(200, SCRIPT.format("story.html").encode(), HTML), "story.html": respond(200, ARTICLE, HTML)},
        "ok", [PAGE_TEXT], reached="story.html",
    ),
    "utf8-page-under-windows-1251": Case(
        {"page": respond(200, UK_PAGE, {"Content-Type": "text/html; charset=windows-1251"})}, "ok",
        ["\n".join(UK_PARAGRAPHS)],
    ),
    "utf8-page-under-utf16-label": Case(
        {"page": respond(200, UK_PAGE, {"Content-Type": "text/html; charset=utf-16"})}, "ok",
        ["\n".join(UK_PARAGRAPHS)],
    ),
    "refresh-header-interstitial": Case(
        {"page": respond(200, b"<p>One moment\xe2\x80\xa6</p>", {**HTML, "Refresh": "0; url=full"}), "full": respond(200, ARTICLE, HTML)},
        "ok", [PAGE_TEXT], reached="full",
    ),
    "removed-article-to-home-page": Case(
        {"page": redirect(301, "/")}, "error_page", [TEASER], "error page: redirected to the front page http://…/",
        reached="/",
    ),
    "removed-article-to-section-front": Case(
        {"page": redirect(302, "./"), "": respond(200, HOME, HTML)}, "error_page", [TEASER],
        "error page: redirected to the front page http://…/removed-article-to-section-front/", reached="",
    ),
    "page-cut-mid-body": Case(
        {"page": raw_response("HTTP/1.1 200 OK", [("Content-Type", "text/html"), ("Content-Length", "99999")], ARTICLE[:200])},
        "error", [TEASER], "connection closed by server: …", queued=True,
    ),
    "canonical-under-base-href": Case(
        {"page": respond(200, page("<base href='story/'><link rel='canonical' href='pier-opens-in-spring'>").encode(), HTML)},
        "ok", [PAGE_TEXT], canonical="story/pier-opens-in-spring",
    ),
    "consent-cookie-round-trip": Case(
        {"page": consent_round_trip, "consent": consent_round_trip}, "ok", [PAGE_TEXT],
    ),
    # guards: already fine before round thirteen
    "page-403-feed-fine": Case(
        {"page": respond(403, b"<html><title>Forbidden</title></html>", HTML)}, "error", [TEASER], "HTTP 403 Forbidden",
    ),
    "page-429-feed-fine": Case(
        {"page": respond(429, b"slow down", {"Retry-After": "3600"})}, "retry_later", [TEASER],
        "HTTP 429 Too Many Requests", queued=True,
    ),
    "consent-wall": Case({"page": respond(200, CONSENT, HTML)}, "consent", [TEASER], "consent wall: …"),
    "gzip-page-labelled-br": Case(
        {"page": respond(200, gzip.compress(ARTICLE), {**HTML, "Content-Encoding": "br"})}, "ok", [PAGE_TEXT],
    ),
    "article-reloading-every-five-minutes": Case(
        {"page": respond(200, page("<meta http-equiv='refresh' content='300; url=/'>").encode(), HTML)}, "ok",
        [PAGE_TEXT],
    ),
}  # fmt: skip


def teaser_feed(title: str, link: str) -> bytes:
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Vellmar Courier</title>"
        f"<item><title>{title}</title><link>{link}</link><guid>{link}</guid>"
        f"<pubDate>Tue, 24 Nov 2026 10:00:00 +0000</pubDate><description>{TEASER}</description></item></channel></rss>"
    ).encode()


@dataclass
class PageRuns:
    runs: Runs
    fetches: dict[str, list[tuple[str, str | None, str]]]  # feed → (status, error, final_url) per page fetch
    links: dict[str, str]
    queued: set[str]  # feeds whose page is in the queue after both runs
    canonical: dict[str, str]  # feed → the canonical URL of its article


@pytest.fixture(scope="module")
def page_runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PageRuns]:
    tmp = tmp_path_factory.mktemp("round13")
    with FaultServer(LOOPBACK_HOSTS[:3]) as s:
        urls, links = {}, {}
        s.add("/", respond(200, HOME, HTML))
        for i, (name, case) in enumerate(CASES.items()):
            host = s.hosts[i % 3]
            for path, behaviour in case.pages.items():
                s.add(f"/{name}/{path}", behaviour)
            links[name] = s.url(f"/{name}/page", host=host)
            s.add(
                f"/{name}/feed.xml",
                respond(
                    200, teaser_feed(case.titles[0], links[name]), {"Content-Type": "application/rss+xml"}
                ),
            )
            urls[name] = s.url(f"/{name}/feed.xml", host=host)
        warehouse = tmp / "warehouse"
        runs = run_twice(feeds_file(tmp / "feeds.toml", urls, fulltext="always"), warehouse)
        con = duckdb.connect(str(warehouse / "news.duckdb"), read_only=True)
        try:
            fetches: dict[str, list[tuple[str, str | None, str]]] = {}
            query = (
                "select feed, status, error, final_url, article_id from article_fetches order by fetched_at"
            )
            ids = {}
            for feed, *row, article_id in con.execute(query).fetchall():
                fetches.setdefault(feed, []).append(tuple(row))  # type: ignore[arg-type]
                ids[article_id] = feed
            canonical = dict(con.execute("select feed, canonical_url from articles").fetchall())
        finally:
            con.close()
        with Catalog.open(warehouse) as cat:
            queued = {ids[a] for (a,) in cat.conn.execute("select article_id from page_queue")}
        yield PageRuns(runs, fetches, links, queued, canonical)


@pytest.mark.parametrize("name", list(CASES))
def test_each_page_case_keeps_what_it_should(page_runs: PageRuns, name: str) -> None:
    case, runs = CASES[name], page_runs.runs
    check_case_outcome(runs, name, case)
    assert runs.urls[1][name] == [page_runs.links[name]]
    assert runs.texts[1][name] == case.texts
    (fetch,) = page_runs.fetches[name]  # one page fetch: the second run finds the article stored
    status, error, final_url = fetch
    assert status == case.fetch_status, fetch
    if case.fetch_error is None:
        assert error is None, error
    else:
        assert error is not None and "\n" not in error
        prefix, _, _ = case.fetch_error.partition("…")
        assert error.startswith(prefix), error
    assert (name in page_runs.queued) is case.queued
    assert page_runs.canonical[name] == page_runs.links[name].replace("/page", f"/{case.canonical}")
    link = page_runs.links[name]
    reached = [*link.split("/", 3)[:3], case.reached[1:]] if case.reached.startswith("/") else None
    assert final_url == ("/".join(reached) if reached else link.replace("/page", f"/{case.reached}"))


def test_a_re_run_adds_nothing(page_runs: PageRuns) -> None:
    check_rerun_adds_nothing(page_runs.runs, sum(len(c.titles) for c in CASES.values()))
