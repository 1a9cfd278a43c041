"""parse_feed on the odd bytes real feeds carry: character references XML forbids, a stray invalid
byte in a UTF-8 feed, JSON Feed variants, and HTML pages that point at their feed."""

from __future__ import annotations

import base64
import gzip
import html
import json
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote_from_bytes

import pytest

from ingest.feedvalues import parse_date
from ingest.parse import ParseError, parse_feed

URL = "https://news.example/feed/"


def rss(*titles: str, decl: str = '<?xml version="1.0" encoding="utf-8"?>') -> str:
    items = "".join(
        f"<item><title>{t}</title><link>https://news.example/{i}</link><guid>g{i}</guid>"
        f"<description>Déjà vu, “quoted” text {i}.</description></item>"
        for i, t in enumerate(titles)
    )
    return f"{decl}<rss version='2.0'><channel><title>Café</title>{items}</channel></rss>"


# --- character references -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Smile &#55357;&#56832; now", "Smile \U0001f600 now"),  # a UTF-16 pair written as two refs
        ("Hex &#xD83D;&#xDE00; pair", "Hex \U0001f600 pair"),
        ("Lone &#xD800; high", "Lone \ufffd high"),
        ("Lone &#56832; low", "Lone \ufffd low"),
        ("Nul &#0;byte", "Nul byte"),
        ("Bell &#7;char", "Bell char"),
        ("Beyond &#x110000; max", "Beyond \ufffd max"),
        ("Non-char &#65535; here", "Non-char \ufffd here"),
        ("Kept &#60;b&#62; and &#233;", "Kept <b> and é"),
    ],
)
def test_references_to_forbidden_code_points_do_not_lose_the_feed(title: str, expected: str) -> None:
    parsed = parse_feed(rss("Fine one", title).encode(), url=URL)
    assert [e.title for e in parsed.entries] == ["Fine one", expected]
    assert parsed.entries[1].summary_html == "Déjà vu, “quoted” text 1."
    for entry in parsed.entries:
        entry.title.encode("utf-8")  # storable: no lone surrogates left


# --- encodings ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("bad", "decoded"),
    [
        (b"\x92", "\u2019"),  # a windows-1252 apostrophe pasted into UTF-8
        (b"\xe9", "é"),  # Latin-1 é
        (b"\xff", "ÿ"),
        (b"\xc3", "Ã"),  # a UTF-8 sequence cut short
    ],
)
@pytest.mark.parametrize("declared", ['<?xml version="1.0" encoding="utf-8"?>', '<?xml version="1.0"?>'])
def test_a_few_invalid_bytes_do_not_turn_a_utf8_feed_into_mojibake(
    bad: bytes, decoded: str, declared: str
) -> None:
    body = rss("Première “une”", "Second MARK here", "Troisième", decl=declared).encode()
    parsed = parse_feed(body.replace(b"MARK", bad), url=URL)
    assert [e.title for e in parsed.entries] == ["Première “une”", f"Second {decoded} here", "Troisième"]
    assert parsed.entries[0].summary_html == "Déjà vu, “quoted” text 0."
    assert parsed.bozo and "invalid UTF-8" in (parsed.bozo_reason or "")


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Президент заявил о новых мерах поддержки", "cp1251"),
        ("Café crème, déjà vu — naïve façade", "cp1252"),
        ("Новини України: уряд ухвалив рішення", "cp1251"),
    ],
)
def test_undeclared_legacy_encodings_are_still_sniffed(text: str, codec: str) -> None:
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>{text}</title>'
    body += f"<description>{text}. {text}.</description></item></channel></rss>"
    parsed = parse_feed(body.encode(codec), url=URL)
    assert parsed.entries[0].title == text


@pytest.mark.parametrize(
    ("text", "codec", "content_type", "declared"),
    [
        ("Café “quote” — Zürich", "utf-8", "application/rss+xml; charset=windows-1251", None),
        ("Президент заявил о мерах", "utf-8", None, "windows-1251"),
        ("Президент заявил о мерах", "utf-8", "text/xml; charset=koi8-r", None),
        ("Ελληνικά νέα σήμερα", "utf-8", "text/xml; charset=iso-8859-7", None),
        ("Café crème brûlée", "utf-8", "text/xml; charset=iso-8859-1", None),
        ("Президент заявил о мерах", "cp1251", "text/xml; charset=windows-1251", None),
        ("Президент заявил о мерах", "koi8-r", None, "koi8-r"),
        ("Ελληνικά νέα σήμερα", "iso-8859-7", "text/xml; charset=iso-8859-7", None),
    ],
)
def test_a_utf8_body_under_a_legacy_label_is_read_as_utf8(
    text: str, codec: str, content_type: str | None, declared: str | None
) -> None:
    decl = f'<?xml version="1.0" encoding="{declared}"?>' if declared else '<?xml version="1.0"?>'
    body = f"{decl}<rss version='2.0'><channel><title>x</title><item><title>{text}</title></item></channel></rss>"
    parsed = parse_feed(body.encode(codec), content_type=content_type, url=URL)
    assert parsed.entries[0].title == text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("lead", ["", " \r\n"])
@pytest.mark.parametrize("decl", ['<?xml version="1.0" encoding="utf-16"?>', ""])
def test_utf16_without_a_bom_is_recognised_by_its_byte_pattern(codec: str, lead: str, decl: str) -> None:
    body = (lead + rss("Café “Zürich”", "Привіт", decl=decl)).encode(codec)  # no BOM
    parsed = parse_feed(body, content_type="application/rss+xml", url=URL)
    assert [e.title for e in parsed.entries] == ["Café “Zürich”", "Привіт"]


def plain_rss(title: str, decl: str) -> str:
    return f"{decl}<rss version='2.0'><channel><title>x</title><item><title>{title}</title></item></channel></rss>"


# RFC 7303 section 8: a BOM, then the charset parameter (text/xml and application/xml alike), then
# the XML declaration. The one exception: valid multi-byte UTF-8 under a single-byte label is UTF-8.
@pytest.mark.parametrize("mime", ["text/xml", "application/xml", "application/rss+xml"])
@pytest.mark.parametrize(
    ("text", "codec", "charset", "declared", "bom"),
    [
        ("Новини дня", "cp1251", "windows-1251", "koi8-r", b""),  # header beats the declaration
        ("Новини дня", "koi8-r", "koi8-r", "windows-1251", b""),
        ("Café crème", "latin-1", "iso-8859-1", "utf-8", b""),
        ("Ελληνικά νέα", "iso-8859-7", "iso-8859-7", "windows-1251", b""),
        ("Новини дня", "utf-8", "koi8-r", "koi8-r", b"\xef\xbb\xbf"),  # the BOM beats both
        ("Новини дня", "utf-16-le", "windows-1251", "windows-1251", b"\xff\xfe"),
        ("Новини дня", "utf-8", "windows-1251", "windows-1251", b""),  # UTF-8 under a legacy label
    ],
)
def test_charset_precedence_bom_then_header_then_declaration(
    mime: str, text: str, codec: str, charset: str, declared: str, bom: bytes
) -> None:
    body = bom + plain_rss(text, f'<?xml version="1.0" encoding="{declared}"?>').encode(codec)
    parsed = parse_feed(body, content_type=f"{mime}; charset={charset}", url=URL)
    assert [e.title for e in parsed.entries] == [text]


def test_without_a_charset_parameter_the_declaration_decides() -> None:
    body = plain_rss("Новини дня", '<?xml version="1.0" encoding="koi8-r"?>').encode("koi8-r")
    for mime in ("text/xml", "application/xml"):  # no RFC 3023 us-ascii default for text/xml
        assert parse_feed(body, content_type=mime, url=URL).entries[0].title == "Новини дня"


@pytest.mark.parametrize(
    ("label", "codec", "text"),
    [  # round five: labels read as browsers read them (WHATWG), and spellings Python lacks
        ("Shift_JIS", "cp932", "髙橋さん ①"),  # Windows-31J characters under Shift_JIS: was mojibake
        ("windows-31j", "cp932", "日本語 ㈱"),
        ("gb2312", "gbk", "朱镕基说"),  # a GBK character under GB2312: was read, marked bozo
        ("euc-kr", "cp949", "똠방각하"),
        ("big5", "big5hkscs", "中文 “引”"),
        ("tis-620", "cp874", "ภาษาไทย “x”"),
        ("windows-874", "cp874", "ภาษาไทย"),  # unknown to Python
        ("x-mac-roman", "mac-roman", "Zürich"),  # was read as windows-1252: 'ZŸrich'
        ("x-mac-cyrillic", "mac-cyrillic", "Привет"),
        ("cp-1251", "cp1251", "Привет"),  # was guessed as windows-1250: 'Ďđčâĺň'
        ("win-1251", "cp1251", "Новини дня"),
        ("x-cp1251", "cp1251", "Привет №"),
    ],
)
def test_encoding_labels_are_read_as_browsers_read_them(label: str, codec: str, text: str) -> None:
    body = plain_rss(text, f'<?xml version="1.0" encoding="{label}"?>').encode(codec)
    parsed = parse_feed(body, content_type="application/rss+xml", url=URL)
    assert [e.title for e in parsed.entries] == [text] and not parsed.bozo, parsed.bozo_reason


# --- JSON Feed ---------------------------------------------------------------------------------------
def json_feed(version: str = "https://jsonfeed.org/version/1.1", title: str = "One") -> dict[str, object]:
    return {"version": version, "title": "J", "items": [{"id": "1", "url": "/a", "title": title}]}


@pytest.mark.parametrize(
    ("body", "fmt", "title"),
    [
        (json.dumps(json_feed()).encode(), "json11", "One"),
        (json.dumps(json_feed("http://jsonfeed.org/version/1")).encode(), "json10", "One"),
        (json.dumps(json_feed("https://jsonfeed.org/version/1.1/")).encode(), "json11", "One"),
        (json.dumps(json_feed()).encode("utf-16"), "json11", "One"),
        (b"\xef\xbb\xbf" + json.dumps(json_feed()).encode(), "json11", "One"),
        (json.dumps(json_feed(title="Lone \ud83d end")).encode(), "json11", "Lone \ufffd end"),
        (json.dumps(json_feed(title="Pair \U0001f600")).encode(), "json11", "Pair \U0001f600"),
        (json.dumps(json_feed()).replace('"id": "1"', '"id": 1' + "0" * 5000).encode(), "json11", "One"),
    ],
    ids=["1.1", "http-1.0", "trailing-slash", "utf-16-bom", "utf-8-bom", "lone-surrogate", "pair", "huge-id"],
)
def test_json_feed_variants(body: bytes, fmt: str, title: str) -> None:
    parsed = parse_feed(body, content_type="application/feed+json", url=URL)
    assert parsed.format == fmt and [e.title for e in parsed.entries] == [title]
    assert parsed.entries[0].url == "https://news.example/a"


@pytest.mark.parametrize(
    ("feed", "message"),
    [
        ({"version": "https://jsonfeed.org/version/1.1", "title": "J"}, "without an 'items' array"),
        ({"version": "https://jsonfeed.org/version/1.1", "items": {"a": 1}}, "without an 'items' array"),
        ({"version": "https://example.org/version/1", "items": []}, "without a jsonfeed.org version"),
    ],
)
def test_json_feed_errors_are_one_line(feed: dict[str, object], message: str) -> None:
    with pytest.raises(ParseError, match=message):
        parse_feed(json.dumps(feed).encode(), url=URL)


# --- HTML instead of a feed ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            '<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss.xml">',
            "https://news.example/rss.xml",
        ),
        (
            "<link type='application/atom+xml' rel='alternate' href='https://x.example/atom'>",
            "https://x.example/atom",
        ),
        (
            '<LINK REL="alternate" TYPE="application/feed+json" HREF="feed.json?a=1&amp;b=2">',
            "https://news.example/feed/feed.json?a=1&b=2",
        ),
        ('<link rel="stylesheet" type="text/css" href="/s.css">', None),
        ('<link rel="alternate" hreflang="de" href="/de/">', None),
        ("", None),
    ],
)
def test_an_html_page_is_refused_naming_the_feed_it_links_to(head: str, expected: str | None) -> None:
    page = f"<!DOCTYPE html><html><head><title>News</title>{head}</head><body><p>Hi</p></body></html>"
    with pytest.raises(ParseError) as info:
        parse_feed(page.encode(), content_type="text/html; charset=utf-8", url=URL)
    message = str(info.value)
    assert message.startswith("not a feed: looks like an HTML page") and "\n" not in message
    if expected:
        assert message.endswith(f"; it links to the feed {expected}")
    else:
        assert "links to" not in message


@pytest.mark.parametrize(
    "content_type", ["text/html; charset=utf-8", "application/octet-stream", "text/plain", None]
)
def test_a_real_feed_served_with_a_wrong_content_type_parses(content_type: str | None) -> None:
    parsed = parse_feed(rss("One", "Two").encode(), content_type=content_type, url=URL)
    assert [e.title for e in parsed.entries] == ["One", "Two"] and not parsed.bozo


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            b"<!DOCTYPE html><html><head><title> 502 Bad\n Gateway </title></head><body>nginx</body></html>",
            "not a feed: looks like an HTML page titled '502 Bad Gateway'",
        ),
        (b"<html><body><h1>Error</h1></body></html>", "not a feed: looks like an HTML page"),
        (
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 4,
            "not a feed: binary data (starts with '%PDF-1.4')",
        ),
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(512),
            "not a feed: binary data (starts with '\ufffdPNG\\r\\n\\x1a\\n')",
        ),
        (
            b"Internal Server Error\n\nTry again later.",
            "not a feed: no XML root element (starts with 'Internal Server Error Try again later.')",
        ),
    ],
    ids=["html-error-page", "html-untitled", "pdf", "png", "plain-text"],
)
def test_what_came_instead_of_a_feed_is_named(body: bytes, message: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_feed(body, content_type="application/rss+xml", url=URL)
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (  # a bare meta refresh (was: "nothing recoverable: <unknown>:2:54: no element found")
            b'<!DOCTYPE html><meta http-equiv="refresh" content="0; url=/feed.xml">',
            "not a feed: looks like an HTML page; it redirects to https://news.example/feed.xml",
        ),
        (
            b"<html><head><title>Moved</title><meta content=\"5; URL='https://new.example/rss?a=1&amp;b=2'\""
            b' http-equiv="Refresh"></head><body>Moved</body></html>',
            "not a feed: looks like an HTML page titled 'Moved'; it redirects to https://new.example/rss?a=1&b=2",
        ),
        (  # a challenge that is one script (was: "no RSS/Atom elements (root <script>)")
            b'<script>document.location.href="/rss.xml?js=1"</script>',
            "not a feed: looks like an HTML page; it redirects to https://news.example/rss.xml?js=1",
        ),
        (
            b'<script>window.location.replace("https://n.example/feed")</script>',
            "not a feed: looks like an HTML page; it redirects to https://n.example/feed",
        ),
        (
            b"<!DOCTYPE html>\n<noscript>Please enable JavaScript to continue</noscript>",
            "not a feed: looks like an HTML page",
        ),
        (
            b'<meta http-equiv="refresh" content="0; url=javascript:alert(1)">',
            "not a feed: looks like an HTML page",
        ),
        (  # an attribute that merely holds the word is no redirect
            b'<html><head><title>Err</title></head><body><div data-location="/kyiv">x</div></body></html>',
            "not a feed: looks like an HTML page titled 'Err'",
        ),
    ],
    ids=[
        "bare-meta-refresh",
        "meta-refresh-quoted",
        "script-location",
        "script-replace",
        "noscript",
        "javascript-url",
        "data-location-attribute",
    ],
)
def test_a_page_that_sends_the_browser_on_names_where(body: bytes, message: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_feed(body, content_type="text/html", url=URL)
    assert str(info.value) == message


@pytest.mark.parametrize(
    "notice",
    [
        "<br />\n<b>Warning</b>:  Cannot modify header information on line <b>12</b><br />\n",
        "<p>Notice: x</p>",
    ],
)
def test_html_printed_before_a_real_feed_does_not_hide_it(notice: str) -> None:
    parsed = parse_feed((notice + rss("One", "Two")).encode(), url=URL)
    assert [e.title for e in parsed.entries] == ["One", "Two"]


# --- dates -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Tue Nov 24 10:00:00 2026", datetime(2026, 11, 24, 10, tzinfo=UTC)),  # asctime
        ("Tue Nov  4 10:00:00 EST 2026", datetime(2026, 11, 4, 15, tzinfo=UTC)),
        ("Tue Nov 24 10:00:00 +0300 2026", datetime(2026, 11, 24, 7, tzinfo=UTC)),
        ("Tue, 24 Nov 2026 10:00:00 +0530", datetime(2026, 11, 24, 4, 30, tzinfo=UTC)),
        ("Tue, 24 Nov 2026 10:00:00 MSK", datetime(2026, 11, 24, 7, tzinfo=UTC)),
        ("24 Nov 2026 10:00 EST", datetime(2026, 11, 24, 15, tzinfo=UTC)),
        ("2026-11-24T10:00:00.123456789+01:00", datetime(2026, 11, 24, 9, 0, 0, 123456, tzinfo=UTC)),
        ("2026-11-24", datetime(2026, 11, 24, tzinfo=UTC)),
        ("Tue, 31 Feb 2026 10:00:00 +0000", None),
        # round five: these were None (the first-seen time) or read as UTC
        ("24 Nov 2026 10:00:00 +0200 EET", datetime(2026, 11, 24, 8, tzinfo=UTC)),  # name after offset
        ("2026-11-24 10:00:00 MSK", datetime(2026, 11, 24, 7, tzinfo=UTC)),  # ISO with a zone name
        ("2026-11-24T10:00 CEST", datetime(2026, 11, 24, 8, tzinfo=UTC)),
        ("Mi, 24 Dez 2026 10:00:00 MEZ", datetime(2026, 12, 24, 9, tzinfo=UTC)),  # German zone names
        ("Mo, 1 Jun 2026 10:00:00 MESZ", datetime(2026, 6, 1, 8, tzinfo=UTC)),
        ("Tue, 24 Nov 2026 24:00:00 GMT", datetime(2026, 11, 25, tzinfo=UTC)),  # end of the day
        ("2026-11-24T24:00:00Z", datetime(2026, 11, 25, tzinfo=UTC)),
        ("Tue, 24 Nov 2026 24:30:00 GMT", None),
        ("2026-11-24 10:00 XYZ", None),  # an unknown zone name is no guess
        ("2026 Nov", None),  # not January 2026
        ("2026-11-24 UTC", datetime(2026, 11, 24, tzinfo=UTC)),
        ("not a date", None),
        ("", None),
    ],
)
def test_item_dates_in_odd_formats_and_zones(value: str, expected: datetime | None) -> None:
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>t</title><pubDate>{value}</pubDate></item></channel></rss>'
    assert parse_feed(body.encode(), url=URL).entries[0].published == expected
    rdf = (
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="x"><title>x</title></channel>'
        f'<item rdf:about="https://news.example/1"><title>t</title><dc:date>{value}</dc:date></item></rdf:RDF>'
    )
    assert parse_feed(rdf.encode(), url=URL).entries[0].published == expected


# --- bare ampersands and HTML-only entities --------------------------------------------------------
@pytest.mark.parametrize(
    ("title", "link", "expected_title", "expected_link"),
    [
        ("Tom & Jerry", "https://news.example/a?x=1&y=2", "Tom & Jerry", "https://news.example/a?x=1&y=2"),
        ("caf&eacute;&nbsp;cr&egrave;me", "https://news.example/a", "café crème", "https://news.example/a"),
        (
            "AT&T &mdash; &ldquo;quoted&rdquo;",
            "https://news.example/a",
            "AT&T — “quoted”",
            "https://news.example/a",
        ),
        ("&foo; stays", "https://news.example/a", "&foo; stays", "https://news.example/a"),
        ("<![CDATA[A & B &nbsp;]]>", "https://news.example/a", "A & B", "https://news.example/a"),
        ("x &NotEqualTilde; y", "https://news.example/a", "x \u2242\u0338 y", "https://news.example/a"),
    ],
)
def test_bare_ampersands_and_html_entities_are_read_on_the_fast_path(
    title: str, link: str, expected_title: str, expected_link: str
) -> None:
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
        f"<item><title>{title}</title><link>{link}</link><description>d&nbsp;e</description></item>"
        "</channel></rss>"
    )
    parsed = parse_feed(body.encode(), url=URL)
    entry = parsed.entries[0]
    assert (entry.title, entry.url, entry.summary_html) == (expected_title, expected_link, "d\xa0e")
    assert parsed.bozo and (parsed.bozo_reason or "").startswith("escaped ")  # lxml, not feedparser


def test_a_large_feed_with_html_entities_parses_quickly() -> None:
    item = "<item><title>T&nbsp;{0} &amp; caf&eacute;</title><link>https://news.example/{0}?a=1&b=2</link></item>"
    body = '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
    body += "".join(item.format(i) for i in range(20_000)) + "</channel></rss>"
    started = time.perf_counter()
    parsed = parse_feed(body.encode(), url=URL)
    assert len(parsed.entries) == 20_000 and parsed.entries[-1].title == "T 19999 & café"
    assert (parsed.bozo_reason or "").startswith("escaped 60000 ")  # read by lxml, not feedparser
    assert time.perf_counter() - started < 10  # feedparser's loose parser: ~2 s here, 12 s at 13 MB


# --- gzip bodies ---------------------------------------------------------------------------------------
CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"


@pytest.mark.parametrize("layers", [1, 2])
def test_a_gzip_body_is_decompressed_before_parsing(layers: int) -> None:
    body = rss("One", "Two").encode()
    for _ in range(layers):
        body = gzip.compress(body)
    assert [e.title for e in parse_feed(body, url=URL).entries] == ["One", "Two"]


def test_a_gzip_bomb_given_to_the_parser_stops_at_the_cap() -> None:
    bomb = gzip.compress(b"<rss>" + bytes(64 * 1024 * 1024))
    with pytest.raises(ParseError, match="gzip body larger than"):
        parse_feed(bomb, url=URL)


@pytest.mark.shared
@pytest.mark.parametrize(("name", "count"), [("compressed.xml", 10), ("invalid-characters-gzipped.xml", 25)])
def test_gzipped_real_world_snapshots_parse(name: str, count: int) -> None:
    path = CORPORA / "node-feedparser-fixtures" / "test" / "feeds" / name
    if not path.is_file():
        pytest.skip(f"{path} not present (../shared corpora)")
    parsed = parse_feed(path.read_bytes(), url=URL)
    assert len(parsed.entries) == count and all(e.title for e in parsed.entries)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-06-13T03:18:00+00:0", datetime(2017, 6, 13, 3, 18, tzinfo=UTC)),  # feed-rs's RSS 1.0 example
        ("2017-06-13T03:18:00+05:3", datetime(2017, 6, 12, 21, 48, tzinfo=UTC)),
        ("2017-06-13T03:18:00+05", datetime(2017, 6, 12, 22, 18, tzinfo=UTC)),
    ],
)
def test_an_iso_offset_cut_short_is_read_padded(value: str, expected: datetime) -> None:
    assert parse_date(value) == expected


# --- round six: dates ----------------------------------------------------------------------------
NOV24 = datetime(2026, 11, 24, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1795514400", NOV24),  # Unix seconds
        (" 1795514400 ", NOV24),
        ("1795514400123", datetime(2026, 11, 24, 10, 0, 0, 123000, tzinfo=UTC)),  # milliseconds
        ("1795514400.25", datetime(2026, 11, 24, 10, 0, 0, 250000, tzinfo=UTC)),
        ("17955144001", None),  # 11 digits: neither seconds nor milliseconds of this era
        ("0001795514400", None),  # leading zeros: no count of anything
        ("202611241000", None),  # a compact YYYYMMDDhhmm is no 1976 millisecond count
        ("20261124", datetime(2026, 11, 24, tzinfo=UTC)),  # ISO basic, as before
        ("2026-11-24 12:00 Europe/Kyiv", NOV24),  # EET in November
        ("2026-07-24 13:00 Europe/Kyiv", datetime(2026, 7, 24, 10, tzinfo=UTC)),  # EEST in July
        ("Tue, 24 Nov 2026 12:00:00 Europe/Kyiv", NOV24),
        ("2026-11-24T07:00:00 America/Argentina/Buenos_Aires", NOV24),
        ("2026-11-24T11:00:00+01:00[Europe/Kyiv]", NOV24),  # RFC 9557: the offset counts
        ("2026-11-24 12:00 (Europe/Kyiv)", NOV24),
        ("2026-11-24 10:00 Mars/Olympus_Mons", None),  # no such zone
        ("2026 Nov Europe/Kyiv", None),
        ("Europe/Kyiv", None),
        ("24/11/2026 10:00", NOV24),  # day first: 24 is no month
        ("24/11/2026 12:00 +0200", NOV24),
        ("11/24/2026 10:00:00 AM", NOV24),  # month first: 24 is no month
        ("11/24/2026 10:00:00 PM", datetime(2026, 11, 24, 22, tzinfo=UTC)),
        ("Tue 24/11/2026 10:00", NOV24),
        ("05/05/2026", datetime(2026, 5, 5, tzinfo=UTC)),  # either order, one date
        ("05/11/2026", None),  # 5 November or May 11: nothing says which
        ("13/13/2026", None),
        ("24-11-2026 10:00", NOV24),  # dashed, day first
        ("11-24-2026 10:00", NOV24),
        ("05-11-2026", None),
        ("24/11-2026", None),  # mixed separators: no date
        ("2026.11.24 10:00", NOV24),  # dotted, year first
        ("Tuesday, November 24, 2026 - 10:00", NOV24),  # Drupal
        ("November 24, 2026 at 10:00 am", NOV24),  # WordPress
    ],
)
def test_round_six_date_forms(value: str, expected: datetime | None) -> None:
    assert parse_date(value) == expected


def rss_dated(*dates: str) -> bytes:
    items = "".join(
        f"<item><title>T{i}</title><link>https://news.example/{i}</link><pubDate>{d}</pubDate></item>"
        for i, d in enumerate(dates)
    )
    return f"<rss version='2.0'><channel><title>c</title>{items}</channel></rss>".encode()


def json_dated(*dates: str) -> bytes:
    items = [
        {"id": str(i), "url": f"https://news.example/{i}", "date_published": d} for i, d in enumerate(dates)
    ]
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "j", "items": items}).encode()


@pytest.mark.parametrize("build", [rss_dated, json_dated], ids=["rss", "json"])
@pytest.mark.parametrize(
    ("dates", "second"),
    [
        (
            ["24/11/2026 10:00", "05/11/2026 09:00"],
            datetime(2026, 11, 5, 9, tzinfo=UTC),
        ),  # the feed is day first
        (["11/24/2026 10:00", "05/11/2026 09:00"], datetime(2026, 5, 11, 9, tzinfo=UTC)),  # month first
        (["05/12/2026 10:00", "05/11/2026 09:00"], None),  # the feed does not tell
        (["24/11/2026 10:00", "05/11/2026 09:00", "11/30/2026 10:00"], None),  # it says both
    ],
)
def test_an_ambiguous_slashed_date_is_read_in_the_order_its_feed_shows(
    build: Callable[..., bytes], dates: list[str], second: datetime | None
) -> None:
    entries = parse_feed(build(*dates), url=URL).entries
    assert entries[1].published == second
    assert parse_date(dates[1]) is None  # outside a feed it stays unread


def test_the_order_is_also_shown_in_cdata_and_php_escaped_json() -> None:
    cdata = rss_dated("<![CDATA[24/11/2026 10:00]]>", "<![CDATA[05/11/2026 09:00]]>")
    php = json_dated("24/11/2026 10:00", "05/11/2026 09:00").replace(b"/", b"\\/")
    for body in (cdata, php):
        assert parse_feed(body, url=URL).entries[1].published == datetime(2026, 11, 5, 9, tzinfo=UTC)


def test_numeric_json_dates_are_unix_times() -> None:
    items = [
        {"id": "s", "url": "https://news.example/s", "date_published": 1795514400},
        {"id": "m", "url": "https://news.example/m", "date_modified": 1795514400000},
        {"id": "b", "url": "https://news.example/b", "date_published": True},
    ]
    body = json.dumps({"version": "https://jsonfeed.org/version/1", "title": "j", "items": items}).encode()
    assert [e.published for e in parse_feed(body, url=URL).entries] == [NOV24, NOV24, None]


# --- round six: wrapped bodies -------------------------------------------------------------------
JSON_FEED = json.dumps(
    {"version": "https://jsonfeed.org/version/1.1", "title": "j",
     "items": [{"id": "1", "url": "https://news.example/1", "title": "Wrapped"}]}
)  # fmt: skip


@pytest.mark.parametrize(
    "body",
    [
        f"callback({JSON_FEED});",
        f"/**/ jQuery_123.cb({JSON_FEED})\n",
        f"typeof cb === 'function' && cb({JSON_FEED});",
        f")]}}',\n{JSON_FEED}",
        f"while(1);{JSON_FEED}",
        "\ufeff" + f"cb( {JSON_FEED} ) ;",
    ],
    ids=["jsonp", "jsonp-comment-dotted", "jsonp-typeof-guard", "xssi-prefix", "while1-prefix", "bom-jsonp"],
)
def test_a_jsonp_wrapped_json_feed_is_read(body: str) -> None:
    parsed = parse_feed(body.encode(), url=URL, content_type="application/javascript")
    assert parsed.format == "json11" and [e.title for e in parsed.entries] == ["Wrapped"]


@pytest.mark.parametrize(
    ("feed", "expected"),
    [
        (  # a JSON Feed without "version"
            {"title": "j", "items": [{"id": "1", "url": "/a/1", "title": "No version", "date_published": "2026-11-24T10:00:00Z"}]},
            ("1", "https://news.example/a/1", "No version", NOV24, None),
        ),
        (  # rss2json-style: RSS names in JSON
            {"status": "ok", "feed": {"title": "r"}, "items": [
                {"title": "RSS names", "link": "https://r.example/1", "guid": "r-1", "pubDate": "2026-11-24 10:00:00",
                 "author": "Jo Doe", "description": "<p>Lead</p>", "content": "<p>Body</p>"}]},
            ("r-1", "https://r.example/1", "RSS names", NOV24, "Jo Doe"),
        ),
    ],
)  # fmt: skip
def test_json_feed_likes_without_a_version_are_read(
    feed: dict[str, object], expected: tuple[object, ...]
) -> None:
    parsed = parse_feed(json.dumps(feed).encode(), url=URL)
    entry = parsed.entries[0]
    assert (
        parsed.format == "json"
        and (entry.guid, entry.url, entry.title, entry.published, entry.author) == expected
    )


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"title": "no items"}', "not a feed: JSON without a jsonfeed.org version"),
        (b'{"items": [1, "two"]}', "not a feed: JSON without a jsonfeed.org version"),
        (b'{"items": [{"colour": "red"}]}', "not a feed: JSON without a jsonfeed.org version"),
        (b'cb("not an object")', "not a feed: no XML root element"),
        (b"cb({broken);", "not a feed: invalid JSON"),
    ],
)
def test_json_that_is_no_feed_is_still_refused(body: bytes, message: str) -> None:
    with pytest.raises(ParseError, match=f"^{message}"):
        parse_feed(body, url=URL)


@pytest.mark.parametrize(
    "body",
    [
        b"\xef\xbb\xbf" + rss("UTF-16 under a UTF-8 BOM").encode("utf-16"),  # LE with its own BOM
        b"\xef\xbb\xbf" + rss("UTF-16 under a UTF-8 BOM").encode("utf-16-be"),
        b"\xef\xbb\xbf"
        + rss("UTF-16 under a UTF-8 BOM", decl="").encode("utf-16-le"),  # no BOM, no declaration
    ],
    ids=["utf16-bom", "utf16be-no-bom", "utf16le-no-bom-no-decl"],
)
def test_a_utf8_bom_in_front_of_a_utf16_body_is_dropped(body: bytes) -> None:
    assert [e.title for e in parse_feed(body, url=URL).entries] == ["UTF-16 under a UTF-8 BOM"]


@pytest.mark.parametrize(
    "bom", [b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00"], ids=["utf16le", "utf16be", "utf32le"]
)
def test_a_utf16_or_utf32_bom_in_front_of_utf8_markup_is_dropped(bom: bytes) -> None:
    body = bom + rss("Café – x").encode()
    assert [e.title for e in parse_feed(body, url=URL).entries] == ["Café – x"]
    json_body = bom + JSON_FEED.encode()
    assert [e.title for e in parse_feed(json_body, url=URL).entries] == ["Wrapped"]


def test_a_utf8_bom_in_front_of_a_utf16_json_feed_is_dropped() -> None:
    body = b"\xef\xbb\xbf" + "\ufeff".encode("utf-16-le") + JSON_FEED.encode("utf-16-le")
    assert [e.title for e in parse_feed(body, url=URL).entries] == ["Wrapped"]


def test_a_feed_html_escaped_once_is_read() -> None:
    escaped = html.escape(
        rss("Tom &amp; Jerry <i>x</i>".replace("<i>", "&lt;i&gt;").replace("</i>", "&lt;/i&gt;"))
    )
    parsed = parse_feed(escaped.encode(), url=URL, content_type="text/html")
    assert [(e.title, e.url) for e in parsed.entries] == [("Tom & Jerry x", "https://news.example/0")]
    assert parsed.entries[0].summary_html == "Déjà vu, “quoted” text 0."


def test_an_html_page_quoting_a_feed_is_still_no_feed() -> None:
    page = (
        b"<html><head><title>Feed source</title></head><body><pre>"
        + html.escape(rss("x")).encode()
        + b"</pre>"
    )
    with pytest.raises(ParseError, match=r"^not a feed: looks like an HTML page titled 'Feed source'"):
        parse_feed(page, url=URL)


@pytest.mark.parametrize(
    "prefix", [b"data:application/rss+xml;base64,", b"data:;base64,", b" data:text/xml;charset=utf-8,"]
)
def test_a_feed_sent_as_a_data_url_is_read(prefix: bytes) -> None:
    body = rss("In a data URL").encode()
    payload = base64.b64encode(body) if prefix.endswith(b"base64,") else quote_from_bytes(body).encode()
    assert [e.title for e in parse_feed(prefix + payload, url=URL).entries] == ["In a data URL"]


def test_a_data_url_whose_base64_is_broken_is_no_feed() -> None:
    with pytest.raises(ParseError, match=r"^not a feed: a data: URL whose base64 does not decode$"):
        parse_feed(b"data:application/rss+xml;base64,PHJzcz4===x", url=URL)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        # round eight: an XML document that is no feed says what it says (it was only its root)
        (
            b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied'
            b"</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>",
            "not a feed: no RSS/Atom elements (root <Error>: AccessDenied Access Denied 4442587FB7D0A2F9)",
        ),
        (
            b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url>'
            b"<loc>https://news.example/a/1</loc></url></urlset>",
            "not a feed: no RSS/Atom elements (root <urlset>: https://news.example/a/1)",
        ),
        (b"<?xml version='1.0'?><empty/>", "not a feed: no RSS/Atom elements (root <empty>)"),
    ],
)
def test_an_xml_document_that_is_no_feed_is_named_by_its_text(body: bytes, message: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_feed(body, content_type="application/rss+xml")
    assert str(caught.value) == message
