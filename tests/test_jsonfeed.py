"""JSON Feed 1.0 / 1.1."""

from __future__ import annotations

import html
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ingest.jsonfeed import JsonFeedError, looks_like_json_feed, parse_json_feed
from ingest.parse import ParseError, parse_feed

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"


def feed_json(**overrides: object) -> bytes:
    data: dict[str, object] = {"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": []}
    data.update(overrides)
    return json.dumps(data).encode()


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        (b'{"version": 1}', None, True),
        (b'\xef\xbb\xbf  {"a": 1}', None, True),
        (b"<rss/>", "application/feed+json", False),
        (b"[]", "application/feed+json", True),
        (b"<rss/>", None, False),
    ],
)
def test_looks_like_json_feed(body: bytes, content_type: str | None, expected: bool) -> None:
    assert looks_like_json_feed(body, content_type) is expected


@pytest.mark.parametrize(
    ("version", "fmt"),
    [("https://jsonfeed.org/version/1", "json10"), ("https://jsonfeed.org/version/1.1", "json11")],
)
def test_versions(version: str, fmt: str) -> None:
    assert parse_json_feed(feed_json(version=version)).format == fmt


def test_json_feed_1_0_author_and_content_text() -> None:
    body = feed_json(
        version="https://jsonfeed.org/version/1",
        author={"name": "Desk"},
        items=[{"id": "1", "content_text": "a < b", "date_published": "2025-06-10T12:00:00+02:00"}],
    )
    (entry,) = parse_json_feed(body).entries
    assert entry.author == "Desk"
    assert entry.content_html == "a &lt; b" and entry.summary_html == "a &lt; b"
    assert entry.published == datetime(2025, 6, 10, 10, 0, tzinfo=UTC)


def test_item_fields() -> None:
    body = feed_json(
        language="pt-BR",
        items=[
            {
                "id": 42,
                "url": "/a/42",
                "title": "  Title\n with  spaces ",
                "summary": "S & T",
                "content_html": "<p>x</p>",
                "date_modified": "2025-06-10T12:00:00Z",
                "authors": [{"url": "https://x.example"}, {"name": "Ana"}],
            },
            {"id": True, "external_url": "https://ext.example/", "language": "es"},
            "not an item",
        ],
    )
    feed = parse_json_feed(body, url="https://j.example/feed.json")
    first, second = feed.entries
    assert (first.guid, first.url, first.title) == ("42", "https://j.example/a/42", "Title with spaces")
    assert first.summary_html == "S &amp; T" and first.content_html == "<p>x</p>"
    assert first.published == first.updated == datetime(2025, 6, 10, 12, 0, tzinfo=UTC)
    assert (first.author, first.language) == ("Ana", "pt")
    assert (second.guid, second.url, second.language) == (None, "https://ext.example/", "es")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{", "invalid JSON"),
        (b"[1, 2]", "not an object"),
        (b'{"items": []}', "jsonfeed.org version"),
        (feed_json(items={"a": 1}), "'items' array"),
        (b'{"version": "\xff"}', "jsonfeed.org version"),  # read as windows-1252, then judged
        (b"[" * 100_000, "invalid JSON"),
    ],
)
def test_invalid_json_feeds(body: bytes, message: str) -> None:
    with pytest.raises(JsonFeedError, match=message):
        parse_json_feed(body)
    with pytest.raises(ParseError, match=message):
        parse_feed(body, content_type="application/feed+json")


@pytest.mark.shared
def test_corpus_json_feeds() -> None:
    paths = [
        CORPORA / "fastfeedparser-benchmark-news" / "tests_integration" / "json_feed_sample.json",
        *sorted((CORPORA / "feed-rs-fixtures" / "fixture").rglob("*.json")),
    ]
    paths = [p for p in paths if p.is_file() and not p.name.endswith(".serde.json")]
    if not paths:
        pytest.skip("../shared corpora not present")
    for path in paths:
        feed = parse_feed(path.read_bytes())
        assert feed.format.startswith("json") and feed.entries, path.name


@pytest.mark.parametrize(
    ("title", "codec", "content_type", "reason"),
    [
        ("Café Zürich", "latin-1", "application/feed+json; charset=iso-8859-1", "read as cp1252"),
        ("Привіт, світ", "cp1251", "application/feed+json; charset=windows-1251", "read as cp1251"),
        ("Café", "latin-1", None, "read as cp1252"),
        ("Привіт “світ”", "utf-8", None, "(invalid start byte)"),  # a stray windows-1252 quote below
    ],
)
def test_a_json_feed_that_is_not_utf8_is_read_by_its_charset_and_marked(
    title: str, codec: str, content_type: str | None, reason: str
) -> None:
    body = json.dumps(
        {"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "title": title}]},
        ensure_ascii=False,
    ).encode(codec)
    if codec == "utf-8":
        body = body.replace("“".encode(), b"\x93")
    feed = parse_json_feed(body, content_type=content_type)
    assert [e.title for e in feed.entries] == [title]
    assert feed.bozo and (feed.bozo_reason or "").startswith("JSON body is not UTF-8")
    assert (feed.bozo_reason or "").endswith(reason)


@pytest.mark.parametrize(
    ("title", "bom"),
    [
        ("Party 😀 time", b""),
        ("Flags 🇺🇦 and 😀 – “quoted”", b""),
        ("Party 😀 time", b"\xef\xbb\xbf"),  # a BOM before it
    ],
)
def test_a_json_feed_with_cesu8_surrogates_is_read_as_utf8(title: str, bom: bytes) -> None:
    # Java's modified UTF-8 / MySQL's three-byte utf8: an emoji as two three-byte surrogates
    text = json.dumps(
        {"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "title": title}]},
        ensure_ascii=False,
    )
    wide = text.encode("utf-16-le")
    units = [int.from_bytes(wide[k : k + 2], "little") for k in range(0, len(wide), 2)]
    body = bom + "".join(map(chr, units)).encode("utf-8", "surrogatepass")
    feed = parse_json_feed(body)
    assert [e.title for e in feed.entries] == [title]
    assert feed.bozo and (feed.bozo_reason or "").startswith("JSON body is not UTF-8")


ONE_ITEM = feed_json(items=[{"id": "1", "url": "https://x.example/1", "title": "Kept"}])


@pytest.mark.parametrize(
    ("tail", "reason"),
    [
        # round eight: a complete feed with text after it was "invalid JSON (Extra data …)"
        (b"\n<!-- Cached page generated by WP-Super-Cache on 2026-11-24 10:00:00 -->", "<!-- Cached page"),
        (
            b"<br />\n<b>Warning</b>:  Undefined variable in <b>/srv/feed.php</b> on line <b>9</b><br />",
            "<br /> <b>Warning",
        ),
        (b"\n\n" + ONE_ITEM, '{"version"'),  # the feed printed twice: the first is read
        (b"  \n", None),  # whitespace is no junk
    ],
)
def test_text_after_a_complete_json_feed_is_ignored_and_marked(tail: bytes, reason: str | None) -> None:
    parsed = parse_feed(ONE_ITEM + tail, content_type="application/feed+json")
    assert [e.title for e in parsed.entries] == ["Kept"]
    if reason is None:
        assert not parsed.bozo
    else:
        assert (
            parsed.bozo
            and "after the JSON" in (parsed.bozo_reason or "")
            and reason in (parsed.bozo_reason or "")
        )


def test_a_json_feed_cut_short_is_still_invalid() -> None:
    with pytest.raises(ParseError, match="invalid JSON"):
        parse_feed(ONE_ITEM[:-3], content_type="application/feed+json")


TEMPLATE_ITEM = '{"id": "1", "url": "https://x.example/a/1", "title": %s, "content_text": %s%s}'


@pytest.mark.parametrize(
    ("body", "title", "text", "reason"),
    [
        # round twelve: JSON written by templates and string concatenation, not a JSON encoder, was
        # "not a feed: invalid JSON (…)" on every run. Trailing commas (a template's loop writes "},"
        # after every item), in arrays and objects, also before a newline
        (TEMPLATE_ITEM % ('"Kept"', '"Body."', ",") + ",\n  ", "Kept", "Body.", "2 trailing comma(s)"),
        (TEMPLATE_ITEM % ('"Kept"', '"Body."', ",\n"), "Kept", "Body.", "1 trailing comma(s)"),
        # raw line breaks and tabs inside strings (text pasted into a template)
        (
            TEMPLATE_ITEM % ('"Kept"', '"Line one.\nLine two.\tTabbed."', ""),
            "Kept",
            "Line one.\nLine two.\tTabbed.",
            "2 raw control character(s)",
        ),
        # PHP's addslashes: \' is no JSON escape; other unknown escapes keep their backslash
        (
            TEMPLATE_ITEM % ('"It\\\'s kept"', '"C:\\\\temp and C:\\data"', ""),
            "It's kept",
            "C:\\temp and C:\\data",
            "2 invalid escape(s)",
        ),
        # quotes a template did not escape: HTML attributes, a quotation inside a title
        (
            TEMPLATE_ITEM
            % ('"Minister: "we are ready" today"', '"See <a href="https://x.example/b">the "plan"</a>."', ""),
            'Minister: "we are ready" today',
            'See <a href="https://x.example/b">the "plan"</a>.',
            "6 unescaped quote(s) in strings",
        ),
        # commas, brackets and escaped quotes inside strings stay as they are
        (TEMPLATE_ITEM % ('"a,] \\"b,}\\""', '"x, ]"', ","), 'a,] "b,}"', "x, ]", "1 trailing comma(s)"),
        # round seventeen: comments (JSON5 habits, a generator's banner), after a value, before a closing
        # bracket, after a trailing comma; "//" and "/*" inside strings are text
        (
            "// generated by feedgen\n"
            + TEMPLATE_ITEM % ('"Kept" /* the headline */', '"See https://x.example/b // c"', ""),
            "Kept",
            "See https://x.example/b // c",
            "2 comment(s)",
        ),
        (
            TEMPLATE_ITEM % ('"Kept" // title\n', '"/* not a comment */"', ", // last field\n"),
            "Kept",
            "/* not a comment */",
            "1 trailing comma(s), 2 comment(s)",
        ),
    ],
)
def test_json_written_by_templates_is_repaired_and_marked(
    body: str, title: str, text: str, reason: str
) -> None:
    data = '{"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": [' + body + "]}"
    parsed = parse_feed(data.encode(), content_type="application/feed+json")
    assert [e.title for e in parsed.entries] == [title]
    assert parsed.entries[0].content_html == html.escape(text, quote=False)  # content_text is text
    assert parsed.bozo and reason in (parsed.bozo_reason or "") and "repaired" in (parsed.bozo_reason or "")


@pytest.mark.parametrize(
    "body",
    [
        b'{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1"},',  # cut short: still invalid
        b"{'version': 'https://jsonfeed.org/version/1.1', 'items': []}",  # single quotes are not repaired
        # a comment never closed (round seventeen reads closed ones)
        b'{"version": "https://jsonfeed.org/version/1.1", /* open "items": [{"id": "1"}]}',
        # an unescaped quote that a comma follows cannot be told from the string's end
        b'{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "title": "He said "yes", then left"}]}',
    ],
)
def test_json_beyond_repair_is_still_invalid(body: bytes) -> None:
    with pytest.raises(ParseError, match="invalid JSON"):
        parse_feed(body, content_type="application/feed+json")
