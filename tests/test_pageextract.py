"""ingest.pageextract over the fictional pages in tests/fixtures/pages (golden bodies in <name>.txt)."""

from __future__ import annotations

import codecs
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from ingest.extract import extract_records
from ingest.htmlcharset import decode_html
from ingest.pageextract import extract_page

PAGES = Path(__file__).parent / "fixtures" / "pages"
BASE = "http://127.0.0.1:8080"
HTML = {"content-type": "text/html; charset=utf-8"}
BARE = {"content-type": "text/html"}


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# fixture, headers, URL path, expected fields (the body: <fixture>.txt when kind is article)
CASES: list[tuple[str, dict[str, str], str, dict[str, Any]]] = [
    ("article-en", HTML, "/news/grain-corridor-reopen", {
        "kind": "article", "title": "Port authority expects grain corridor to reopen next week",
        "byline": "Marta Kovalchuk", "published": utc(2026, 11, 24, 6, 15), "updated": utc(2026, 11, 24, 9, 40),
        "canonical": f"{BASE}/news/2026/11/24/grain-corridor-reopen", "language": "en", "encoding": "utf-8"}),
    ("no-canonical", HTML, "/news/rescuers-free-families", {
        "kind": "article", "title": "Rescuers free families trapped after overnight strike", "byline": None,
        "canonical": None, "language": "en", "updated": None}),
    ("article-uk-cp1251", BARE, "/novyny/2026/11/24/remont-mostu", {
        "kind": "article", "title": "Мер Черкас: ремонт мосту завершать до кінця грудня", "byline": "Оксана Мельник",
        "published": utc(2026, 11, 24, 10, 30), "canonical": "http://127.0.0.1/novyny/2026/11/24/remont-mostu",
        "language": "uk", "encoding": "cp1251"}),
    ("article-de", HTML, "/region/bruecke", {
        "kind": "article", "title": "Landrat: Neue Brücke über die Donau kommt später", "byline": "Stefan Huber",
        "published": utc(2026, 11, 24, 6, 0), "updated": utc(2026, 11, 24, 8, 30), "language": "de",
        "canonical": "http://127.0.0.1/region/2026-11-24/bruecke-donau-verzoegerung-4711"}),
    ("paywall", HTML, "/politics/budget", {"kind": "paywall", "reason": "paywall: Subscribe to continue reading",
                                           "title": "Budget talks: what the finance minister promised"}),
    ("paywall-de", HTML, "/region/haushalt", {"kind": "paywall", "language": "de"}),
    ("consent", HTML, "/news/consent", {"kind": "consent"}),
    ("consent-ru", HTML, "/news/consent", {"kind": "consent", "language": "ru"}),
    ("error", HTML, "/news/old-story", {"kind": "error", "reason": "error page: Page not found – Odesa Observer"}),
    ("empty", HTML, "/app", {"kind": "empty"}),
]  # fmt: skip


@pytest.mark.parametrize(("name", "headers", "path", "expected"), CASES, ids=[c[0] for c in CASES])
def test_fixture_pages(name: str, headers: dict[str, str], path: str, expected: dict[str, Any]) -> None:
    page = extract_page((PAGES / f"{name}.html").read_bytes(), headers, BASE + path)
    assert {k: getattr(page, k) for k in expected} == expected
    if page.kind == "article":
        assert page.text == (PAGES / f"{name}.txt").read_text(encoding="utf-8").strip()
        assert "\n" in page.text and page.reason is None
    else:
        assert page.reason


@pytest.mark.parametrize("name", ["article-en", "no-canonical", "article-uk-cp1251", "article-de"])
def test_boilerplate_adds_no_statement(name: str) -> None:
    """The statements of a page's text are those of the article body alone."""
    page = extract_page((PAGES / f"{name}.html").read_bytes(), BARE, BASE + "/a/b")
    body = (PAGES / f"{name}.txt").read_text(encoding="utf-8").strip()

    def statements(text: str) -> list[tuple[str, str, str]]:
        found = extract_records([{"id": "a", "text": text, "title": page.title, "language": page.language}])
        return sorted((s["speaker"], s["quote"], s["kind"]) for s in found)

    assert statements(page.text) == statements(body) and statements(body)


def test_http_error_status_is_an_error_page() -> None:
    page = extract_page((PAGES / "article-en.html").read_bytes(), HTML, BASE + "/x/y", http_status=404)
    assert (page.kind, page.reason, page.text) == ("error", "HTTP 404", "")


def article_html(paragraphs: list[str], head: str = "", lang: str = "en") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html lang="{lang}"><head><title>A story</title>{head}</head><body><article><h1>A story</h1>{body}'
        "</article></body></html>"
    ).encode()


LONG = [
    f"Paragraph {i} says that the council met on Monday to discuss the budget in detail." for i in range(25)
]
PAID = '<script type="application/ld+json">{"@type": "NewsArticle", "isAccessibleForFree": false}</script>'
COOKIE_STORY = [
    "The data protection authority said on Monday that many websites still hide the button to refuse cookies.",
    *LONG[:12],
]


@pytest.mark.parametrize(
    ("paragraphs", "head", "kind", "absent"),
    [
        (LONG[:2], PAID, "paywall", None),  # JSON-LD says paid, the page shows a teaser
        (LONG, PAID, "article", None),  # ... but the whole text is there
        ([*LONG, "Already a subscriber? Sign in", "Accept all cookies"], "", "article", "subscriber"),
        (COOKIE_STORY, "", "article", None),  # a story about cookies is no consent wall
        (["Short."], "", "empty", None),
        (["Seite nicht gefunden", "Die Seite existiert nicht mehr."], '<meta name="robots" content="noindex">',
         "error", None),
        ([*LONG[:3], "Read more: Council approves budget", "Lesen Sie auch: Der Haushalt"], "", "article", "read more"),
    ],
)  # fmt: skip
def test_page_kinds(paragraphs: list[str], head: str, kind: str, absent: str | None) -> None:
    page = extract_page(article_html(paragraphs, head), HTML, BASE + "/news/story")
    assert page.kind == kind, page.reason
    if absent:
        assert absent not in page.text.lower()


KOI8 = '<html><head><meta charset="koi8-r"></head><body><p>Привет, мир</p></body></html>'
UK = (PAGES / "article-uk-cp1251.html").read_bytes()
UK_UTF8 = "<html lang='uk'><head><meta charset='utf-8'></head><body><p>Міська рада Вельмара.</p></body></html>".encode()
UK_NO_META = re.sub(rb"<meta http-equiv[^>]*>", b"", UK)


@pytest.mark.parametrize(
    ("body", "content_type", "encoding", "contains"),
    [
        (UK, "text/html; charset=windows-1251", "cp1251", "Ремонт"),
        (UK, "text/html", "cp1251", "Ремонт"),  # the meta charset
        (UK_NO_META, None, "cp1251", "Ремонт"),  # sniffed
        (UK, "text/html; charset=ISO-8859-1", "cp1251", "Ремонт"),  # a Latin-1 default header loses to the meta
        (UK, "text/html; charset=utf-8", "cp1251", "Ремонт"),  # a header that lies: not UTF-8 at all
        ("<p>Grüße aus Köln</p>".encode(), "text/html; charset=iso-8859-1", "utf-8", "Grüße"),
        (codecs.BOM_UTF8 + "<p>Añejo</p>".encode(), "text/html; charset=cp1252", "utf-8", "Añejo"),
        (KOI8.encode("koi8-r"), None, "koi8-r", "Привет"),
        ('<?xml version="1.0" encoding="windows-1252"?><p>café</p>'.encode("cp1252"), None, "cp1252", "café"),
        (b"<p>plain ascii</p>", None, "utf-8", "plain ascii"),
        # round thirteen: UTF-16 without a BOM, whatever the label says (was U+FFFD between the letters)
        ("<!doctype html><p>Vellmar pier</p>".encode("utf-16-le"), "text/html; charset=utf-8", "utf-16-le", "pier"),
        ("\n<html><p>Vellmar pier</p>".encode("utf-16-be"), None, "utf-16-be", "Vellmar pier"),
        # round thirteen: UTF-8 under a host's default 8-bit charset, or under a UTF-16 label (was mojibake)
        (UK_UTF8, "text/html; charset=windows-1251", "utf-8", "Міська рада"),
        (UK_UTF8, "text/html; charset=KOI8-R", "utf-8", "Міська рада"),
        (UK_UTF8.replace(b"utf-8", b"iso-8859-2"), "text/html", "utf-8", "Міська рада"),
        (UK_UTF8 + b"\n" * (len(UK_UTF8) % 2), "text/html; charset=utf-16", "utf-8", "Міська рада"),  # even: decodes
        (UK_UTF8.replace(b"utf-8", b"UTF-16"), None, "utf-8", "Міська рада"),
    ],
    ids=["http-charset", "meta-charset", "sniffed", "latin1-header", "lying-header", "utf8-as-latin1", "bom",
         "koi8-r", "xml-declaration", "ascii", "utf16le-as-utf8", "utf16be-unlabelled", "utf8-as-cp1251",
         "utf8-as-koi8-r", "utf8-as-meta-latin2", "utf8-as-utf16-header", "utf8-as-utf16-meta"],
)  # fmt: skip
def test_decode_html(body: bytes, content_type: str | None, encoding: str, contains: str) -> None:
    text, used = decode_html(body, content_type)
    assert used == encoding and contains in text


PIER = "".join(
    f"<p>Paragraph {i}: the harbour board of Vellmar said on Tuesday that the new ferry pier would open in spring.</p>"
    for i in range(10)
)
PIER_PAGE = (
    f"<html><head><title>Pier</title></head><body><article><h1>Pier</h1>{PIER}</article></body></html>"
)
PIER_TEXT = (
    "Paragraph 0: the harbour board of Vellmar said on Tuesday that the new ferry pier would open in spring."
)


@pytest.mark.parametrize(
    ("body", "content_type", "reason"),
    [
        (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + PIER_TEXT.encode(), "application/pdf",
         "not an HTML page: application/pdf"),
        (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + PIER_TEXT.encode(), "text/html",
         "not an HTML page: binary data (starts with '%PDF-1.4')"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256)) * 8, "text/html; charset=utf-8",
         'not an HTML page: binary data (starts with \'JFIF !"#\')'),
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png", "not an HTML page: image/png"),
        (f'{{"headline": "Pier", "body": "{PIER_TEXT}"}}'.encode(), "application/json", "not an HTML page: application/json"),
        (f'{{"headline": "Pier", "body": "{PIER_TEXT}"}}'.encode(), "text/html", "not an HTML page: JSON"),
        (f"<?xml version='1.0'?><rss version='2.0'><channel><item><description>{PIER_TEXT}</description></item>"
         "</channel></rss>".encode(), "text/xml", "not an HTML page: a feed (<rss>)"),
        (f"<?xml version='1.0'?>\n<!-- generator -->\n<feed xmlns='http://www.w3.org/2005/Atom'><entry><content>"
         f"{PIER_TEXT}</content></entry></feed>".encode(), None, "not an HTML page: a feed (<feed>)"),
        (b"<rss version='2.0'/>", "application/rss+xml; charset=utf-8", "not an HTML page: application/rss+xml"),
    ],
    ids=["pdf", "pdf-as-html", "jpeg-as-html", "png", "json", "json-as-html", "rss-as-xml", "atom-untyped", "rss"],
)  # fmt: skip
def test_a_body_that_is_no_html_page_is_never_its_text(
    body: bytes, content_type: str | None, reason: str
) -> None:
    """Round thirteen: a link to a PDF, an image, JSON or a feed gave its bytes as the article's text."""
    page = extract_page(body, {"content-type": content_type} if content_type else {}, BASE + "/a/1")
    assert (page.kind, page.reason, page.text) == ("not_html", reason, "")


@pytest.mark.parametrize(
    ("body", "content_type", "kind"),
    [
        (PIER_PAGE.encode(), "application/octet-stream", "article"),
        ("\n\n".join(PIER.replace("<p>", "").split("</p>")).encode(), "text/plain; charset=utf-8", "article"),
        (PIER_PAGE.encode(), "application/xhtml+xml", "article"),
        (("<?xml version='1.0'?>" + PIER_PAGE).encode(), "text/xml", "article"),
        ("<!doctype html>".encode("utf-16-le") + PIER_PAGE.encode("utf-16-le"), "text/html; charset=utf-8", "article"),
        (PIER_PAGE.encode(), "application/x-gzip", "article"),  # the type of the body before fetch gunzipped it
    ],
    ids=["octet-stream", "text-plain", "xhtml", "xml-declared-html", "utf16-as-utf8", "gunzipped-x-gzip"],
)  # fmt: skip
def test_pages_under_generic_types_are_read(body: bytes, content_type: str, kind: str) -> None:
    page = extract_page(body, {"content-type": content_type}, BASE + "/a/1")
    assert page.kind == kind, page.reason
    assert page.text.startswith(PIER_TEXT), page.text[:80]


@pytest.mark.parametrize(
    ("body", "redirect"),
    [
        ("<html><head><meta http-equiv='refresh' content='0; url=/news/pier'><title>Redirecting</title></head>"
         "<body>Redirecting…</body></html>", BASE + "/news/pier"),
        ('<html><head><meta http-equiv="Refresh" content="3;URL=\'https://vellmar.test/a/2?x=1&amp;y=2\'">'
         "</head></html>", "https://vellmar.test/a/2?x=1&y=2"),
        ("<html><head><script>window.location.replace('/news/pier');</script></head><body></body></html>",
         BASE + "/news/pier"),
        ('<html><body><script>location.href = "amp/pier.html";</script></body></html>', BASE + "/a/amp/pier.html"),
        ("<html><head><meta http-equiv='refresh' content='300; url=/news/pier'></head><body></body></html>", None),
        ("<html><head><meta http-equiv='refresh' content='0; url=/'></head><body>Gone</body></html>", None),
        ("<html><head><meta http-equiv='refresh' content='0; url=/a/1'></head><body></body></html>", None),
        ("<html><head><meta http-equiv='refresh' content='0; url=javascript:void(0)'></head></html>", None),
        (f"<html><head><meta http-equiv='refresh' content='0; url=/news/pier'></head><body>{PIER}</body></html>",
         None),
    ],
    ids=["meta-0", "meta-3-absolute", "location-replace", "location-href-relative", "meta-300", "home-page",
         "itself", "javascript", "article-with-refresh"],
)  # fmt: skip
def test_an_empty_page_names_where_it_redirects(body: str, redirect: str | None) -> None:
    """Round thirteen: a meta refresh or script redirect in front of the article (followed by pagefetch)."""
    page = extract_page(body.encode(), HTML, BASE + "/a/1")
    assert page.redirect == redirect
    assert page.kind == ("article" if PIER in body else "empty")


@pytest.mark.parametrize(
    ("final", "asked", "kind"),
    [
        ("/", "/news/pier", "error"),
        ("/news/", "/news/pier", "error"),
        ("/news/2026/pier-opens-4711", "/news/pier", "article"),
        ("/news/pier", None, "article"),
        ("/", None, "article"),  # no redirect known: the page is judged by itself
    ],
)
def test_a_redirect_to_the_front_page_is_no_article(final: str, asked: str | None, kind: str) -> None:
    """Round thirteen: a removed article redirected to the home page or its section gave the front page's
    teasers as the article's text."""
    page = extract_page(PIER_PAGE.encode(), HTML, BASE + final, asked_url=BASE + asked if asked else None)
    assert page.kind == kind, page.reason
    if kind == "error":
        assert (page.text, page.reason) == ("", f"error page: redirected to the front page {BASE + final}")


@pytest.mark.parametrize(
    ("base", "href", "canonical"),
    [
        (None, "/news/pier", BASE + "/news/pier"),
        ("https://vellmar.test/news/", "pier-opens", "https://vellmar.test/news/pier-opens"),
        ("/news/", "pier-opens", BASE + "/news/pier-opens"),
        ("/news/", "https://vellmar.test/a/1", "https://vellmar.test/a/1"),
        ("", "pier-opens", BASE + "/a/pier-opens"),  # an empty base is none
    ],
)
def test_a_relative_canonical_resolves_against_base_href(base: str | None, href: str, canonical: str) -> None:
    """Round thirteen: ``<base href>`` was ignored (the canonical resolved against the page's own URL)."""
    head = (f"<base href='{base}'>" if base is not None else "") + f"<link rel='canonical' href='{href}'>"
    body = PIER_PAGE.replace("<title>", f"{head}<title>").encode()
    assert extract_page(body, HTML, BASE + "/a/1").canonical == canonical


@pytest.mark.parametrize(
    ("refresh", "redirect"),
    [
        ("0; url=/news/pier", BASE + "/news/pier"),
        ("1;URL='https://vellmar.test/a/2'", "https://vellmar.test/a/2"),
        ("600; url=/news/pier", None),  # a slow reload
        ("0; url=/", None),  # the home page
        ("5", None),  # a reload of the page itself
    ],
)
def test_an_empty_page_names_where_its_refresh_header_sends(refresh: str, redirect: str | None) -> None:
    """Round thirteen: an interstitial whose redirect is the ``Refresh`` header of a 200 with a body."""
    page = extract_page(
        b"<html><body>Redirecting\u2026</body></html>", {**HTML, "refresh": refresh}, BASE + "/a/1"
    )
    assert (page.kind, page.redirect) == ("empty", redirect)
