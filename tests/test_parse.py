"""parse_feed: dispatch, errors, golden files, hostile input, dates, random input."""

from __future__ import annotations

import ast
import contextlib
import dataclasses
import gzip
import html
import json
import os
import re
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.fastparse import parse_fast
from ingest.feedvalues import clean_author, clean_language, clean_title
from ingest.models import ParsedFeed
from ingest.parse import ParseError, parse_feed, parse_with_feedparser
from ingest.xmlsafe import sanitize_xml

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"
GOLDEN = Path(__file__).parent / "golden" / "parse"
FIXTURE_URL = "https://fixtures.example/feed"
# Fixtures parsed with an HTTP content type (the windows-1251 one declares its charset only there).
CONTENT_TYPES = {"windows1251_http_only.xml": "text/xml; charset=windows-1251"}
HOSTILE = ["billion_laughs.xml", "quadratic_entity.xml", "xxe_passwd.xml"]

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Daily Ledger</title><link>https://ledger.example/</link>
<language>en-gb</language>
<item><title>Minister says &quot;no deal&quot;</title><link>/news/1</link><guid>n-1</guid>
<pubDate>Tue, 10 Jun 2025 04:00:00 +0100</pubDate><description>&lt;p&gt;Hi&lt;/p&gt;</description></item>
</channel></rss>"""


def feed_to_dict(feed: ParsedFeed) -> dict[str, object]:
    def plain(value: object) -> object:
        return value.isoformat() if isinstance(value, datetime) else value

    data = {k: plain(v) for k, v in dataclasses.asdict(feed).items() if k != "entries"}
    data["entries"] = [{k: plain(v) for k, v in dataclasses.asdict(e).items()} for e in feed.entries]
    return data


def test_parses_minimal_rss() -> None:
    feed = parse_feed(RSS, url="https://ledger.example/feed.xml")
    assert (feed.format, feed.title, feed.language) == ("rss20", "Daily Ledger", "en")
    (entry,) = feed.entries
    assert entry.guid == "n-1"
    assert entry.url == "https://ledger.example/news/1"
    assert entry.title == 'Minister says "no deal"'
    assert entry.summary_html == "<p>Hi</p>"
    assert entry.published == datetime(2025, 6, 10, 3, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        (b"", None, "empty body"),
        (b"  \n ", None, "empty body"),
        ((FIXTURES / "html_page.html").read_bytes(), "text/html", "not a feed: looks like an HTML page"),
        (b"<html><body><p>hi</p></body></html>", None, "not a feed: looks like an HTML page"),
        (b"just some text", None, "not a feed"),
        (b'{"a": 1}', None, "not a feed: JSON without a jsonfeed.org version"),
        (b"{not json", None, "not a feed: invalid JSON"),
        (b"<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg'/>", None, "not a feed"),
        (b"<rss><channel><title>x", None, None),  # recoverable: no ParseError
    ],
)
def test_errors_are_one_line_parse_errors(body: bytes, content_type: str | None, message: str | None) -> None:
    if message is None:
        assert parse_feed(body, content_type=content_type).bozo
        return
    with pytest.raises(ParseError, match=message) as info:
        parse_feed(body, content_type=content_type)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("body", [b"/etc/passwd", b"https://example.com/feed.xml", b"file:///etc/passwd"])
def test_body_that_looks_like_a_path_or_url_is_never_opened(body: bytes) -> None:
    started = time.perf_counter()
    with pytest.raises(ParseError, match="not a feed"):
        parse_feed(body)
    assert time.perf_counter() - started < 1


@pytest.mark.parametrize(
    "name",
    sorted(p.name for p in FIXTURES.iterdir() if p.suffix in (".xml", ".json") and p.name not in HOSTILE),
)
def test_fixture_matches_golden_file(name: str) -> None:
    feed = parse_feed((FIXTURES / name).read_bytes(), content_type=CONTENT_TYPES.get(name), url=FIXTURE_URL)
    golden = GOLDEN / f"{Path(name).stem}.json"
    got = feed_to_dict(feed)
    if os.environ.get("UPDATE_GOLDEN") or not golden.exists():
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert got == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("rss20_content_dc.xml", "rss20"),
        ("atom10_xmlbase.xml", "atom10"),
        ("rss10_rdf.xml", "rss10"),
        ("rss091.xml", "rss091"),
        ("atom03.xml", "atom03"),
        ("jsonfeed11.json", "json11"),
        ("windows1251_http_only.xml", "rss20"),
    ],
)
def test_fixture_formats_and_key_fields(name: str, fmt: str) -> None:
    feed = parse_feed((FIXTURES / name).read_bytes(), content_type=CONTENT_TYPES.get(name), url=FIXTURE_URL)
    assert feed.format == fmt
    assert feed.entries and all(e.title for e in feed.entries)
    assert not feed.bozo


def test_fixture_details() -> None:
    rss = parse_feed((FIXTURES / "rss20_content_dc.xml").read_bytes(), url=FIXTURE_URL)
    first, second, third = rss.entries
    assert first.author == "Amara Okafor" and first.content_html.startswith("<p>&ldquo;We will not")
    assert first.summary_html.startswith("<p>The minister")  # not the media:description caption
    assert (
        second.author == "Tomas Rivera"
        and second.url == "https://fixtures.example/world/2025/06/09/port-strike"
    )
    assert third.published is None and third.url == "https://harbour-gazette.example/world/wire/8812"
    atom = parse_feed((FIXTURES / "atom10_xmlbase.xml").read_bytes(), url=FIXTURE_URL)
    assert atom.entries[0].url == "https://nordkurier.example/politik/2025/06/10/kanzlerin-interview"
    assert atom.entries[0].title == "Kanzlerin: „Wir bleiben dabei“"
    assert (atom.entries[0].language, atom.entries[1].language) == ("de", "en")
    rdf = parse_feed((FIXTURES / "rss10_rdf.xml").read_bytes())
    assert rdf.entries[0].published == datetime(2025, 6, 10, 11, 45, tzinfo=UTC)
    cyr = parse_feed(
        (FIXTURES / "windows1251_http_only.xml").read_bytes(),
        content_type=CONTENT_TYPES["windows1251_http_only.xml"],
    )
    assert cyr.title == "Вечерний вестник" and cyr.entries[0].title.startswith("Мэр заявил")
    broken = parse_feed((FIXTURES / "broken_truncated.xml").read_bytes())
    assert broken.bozo and broken.bozo_reason and [e.guid for e in broken.entries] == ["rp-101", "rp-102"]


def all_strings(feed: ParsedFeed) -> str:
    return json.dumps(feed_to_dict(feed), ensure_ascii=False)


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_xml_is_defused_quickly_with_bounded_memory(name: str) -> None:
    body = (FIXTURES / name).read_bytes()
    tracemalloc.start()
    started = time.perf_counter()
    try:
        feed = parse_feed(body)
    except ParseError:
        feed = None
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert elapsed < 1.0
    assert peak < 20 * 1024 * 1024
    if feed is not None:
        text = all_strings(feed)
        assert "lollollol" not in text and "A" * 1000 not in text
        passwd = Path("/etc/passwd")
        if passwd.exists():
            for line in passwd.read_text(errors="replace").splitlines()[:5]:
                assert line not in text
        assert "root:" not in text


def test_large_quadratic_entity_payload_stays_linear() -> None:
    big = "B" * 100_000
    body = f'<!DOCTYPE rss [<!ENTITY big "{big}">]><rss version="2.0"><channel><title>t</title><item><title>x</title><description>{"&big;" * 20_000}</description></item></channel></rss>'
    started = time.perf_counter()
    feed = parse_feed(body.encode())
    assert time.perf_counter() - started < 1.0
    assert big not in feed.entries[0].summary_html


BIG_ENTITY = '<!DOCTYPE rss [<!ENTITY big "' + "A" * 20_000 + '">]>'
BIG_REFS = "<item><title>x</title><description>" + "&big;" * 3000 + "</description></item>"


@pytest.mark.parametrize(
    "body",
    [
        f"junk\n{BIG_ENTITY}\n<rss version='2.0'><channel>{BIG_REFS}</channel></rss>",
        f"<rss version='2.0'>\n{BIG_ENTITY}\n<channel>{BIG_REFS}</channel></rss>",
        f"\ufeff  \x00\n{BIG_ENTITY}\n<rss version='2.0'><channel>{BIG_REFS}</channel></rss>",
        f"<!-- unterminated\n{BIG_ENTITY}\n<rss version='2.0'><channel>{BIG_REFS}</channel></rss>",
        f"<?xml version='1.0' encoding='utf-16'?>{BIG_ENTITY}<rss version='2.0'><channel>{BIG_REFS}</channel></rss>",
    ],
    ids=["junk-before", "after-root", "bom-nul", "open-comment", "utf16-label"],
)
def test_misplaced_doctypes_never_expand(body: str) -> None:
    started = time.perf_counter()
    try:
        feed = parse_feed(body.encode())
    except ParseError:
        return
    assert time.perf_counter() - started < 1.0
    assert "A" * 1000 not in all_strings(feed)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_random_bytes_raise_only_parse_error(body: bytes) -> None:
    with contextlib.suppress(ParseError):
        parse_feed(body)


SEEDS = [(FIXTURES / n).read_bytes() for n in ("rss20_content_dc.xml", "atom10_xmlbase.xml", "rss10_rdf.xml")]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(SEEDS),
    st.lists(st.tuples(st.integers(0, 3000), st.binary(max_size=8)), max_size=6),
    st.integers(0, 3000),
)
def test_mutated_feeds_raise_only_parse_error(seed: bytes, edits: list[tuple[int, bytes]], cut: int) -> None:
    body = bytearray(seed)
    for pos, chunk in edits:
        pos %= len(body) + 1
        body[pos : pos + len(chunk)] = chunk
    try:
        feed = parse_feed(bytes(body[: max(cut, len(body) // 2)]))
    except ParseError:
        return
    for entry in feed.entries:
        assert entry.published is None or entry.published.tzinfo is UTC


# --- corpora in ../shared (skipped when absent) -------------------------------------------------

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
FEEDPARSER_TESTS = CORPORA / "feedparser-tests" / "tests"
EXPECT_RE = re.compile(r"^Expect:\s*(.+?)\s*$", re.M)
HEADER_RE = re.compile(r"^Header:\s*([\w-]+):\s*(.*?)\s*$", re.M)
# Expect lines about behaviour we switch off on purpose are not translated: sanitising, resolving
# relative URIs inside HTML and in ids (feedparser treats ids as URIs), and the "_docuri" files
# that need the URL of feedparser's own test server.
UNCHECKED_DIRS = ("sanitize/", "relative_uri/", "_docuri.xml")
UNCHECKED_IN_BASE = {"content_html", "summary_html", "guid"}
BR_RE = re.compile(r"\s*/>")


def needs_corpus(path: Path) -> None:
    if not path.is_dir():
        pytest.skip(f"{path} not present (../shared corpora)")


def read_headers(text: str) -> tuple[str | None, str | None]:
    headers = {name.lower(): value for name, value in HEADER_RE.findall(text[:2000])}
    return headers.get("content-type"), headers.get("content-location")


def subscript_path(node: ast.expr) -> tuple[object, ...] | None:
    """``entries[0]['title']`` -> ``('entries', 0, 'title')``; None for anything else."""
    keys: list[object] = []
    while isinstance(node, ast.Subscript):
        if not isinstance(node.slice, ast.Constant):
            return None
        keys.append(node.slice.value)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    return (node.id, *reversed(keys))


def expected_value(path: tuple[object, ...], expected: object) -> tuple[str, int | None, object] | None:
    """Map a feedparser result path and its expected value to (our field, entry index, value)."""
    if path[0] == "feed" and len(path) == 2 and isinstance(expected, str):
        field = {"title": "title", "link": "link", "language": "language"}.get(str(path[1]))
        if field == "language":
            return "language", None, clean_language(expected)
        return (field, None, expected) if field else None
    if path[0] != "entries" or len(path) < 3 or not isinstance(path[1], int):
        return None
    index, key = path[1], path[2:]
    if key in (("published_parsed",), ("updated_parsed",)) and isinstance(expected, tuple):
        return str(key[0]).split("_")[0], index, datetime(*expected[:6], tzinfo=UTC)
    if not isinstance(expected, str):
        return None
    simple = {("title",): "title", ("link",): "url", ("id",): "guid", ("author",): "author"}
    simple |= {
        ("author_detail", "name"): "author",
        ("summary",): "summary_html",
        ("description",): "summary_html",
    }
    simple |= {("content", 0, "value"): "content_html"}
    field = simple.get(tuple(key))
    if field == "author":
        return field, index, clean_author(expected)
    return (field, index, expected) if field else None


def same_value(field: str, got: object, want: object) -> bool:
    """Equal up to the normalisations we apply: titles are plain text (tags stripped when HTML),
    text constructs are HTML-escaped, whitespace and ``<br />`` spelling do not matter."""
    if got == want:
        return True
    if not (isinstance(got, str) and isinstance(want, str)):
        return False
    if field == "title":
        return got in (clean_title(want), clean_title(want, True))
    if field.endswith("_html"):
        got, want = (html.unescape(BR_RE.sub("/>", " ".join(v.split()))) for v in (got, want))
        return got == want
    return False


def check_expect(feed: ParsedFeed | None, expression: str, name: str = "") -> tuple[int, list[str]]:
    """(clauses checked, failures) for the translatable ``==`` clauses of an Expect expression."""
    try:
        tree = ast.parse(expression, mode="eval").body
    except SyntaxError:
        return 0, []
    clauses = tree.values if isinstance(tree, ast.BoolOp) and isinstance(tree.op, ast.And) else [tree]
    checked, failures = 0, []
    for clause in clauses:
        if not (
            isinstance(clause, ast.Compare) and len(clause.ops) == 1 and isinstance(clause.ops[0], ast.Eq)
        ):
            continue
        path = subscript_path(clause.left)
        try:
            expected = ast.literal_eval(clause.comparators[0])
        except ValueError:
            continue
        target = expected_value(path, expected) if path else None
        if target is None:
            continue
        field, index, want = target
        if name.startswith("wellformed/base/") and field in UNCHECKED_IN_BASE:
            continue
        checked += 1
        if feed is None or (index is not None and index >= len(feed.entries)):
            failures.append(f"{ast.unparse(clause)}: no such entry")
            continue
        got = getattr(feed if index is None else feed.entries[index], field)
        if not same_value(field, got, want):
            failures.append(f"{ast.unparse(clause)}: got {got!r}")
    return checked, failures


@pytest.mark.shared
def test_every_feedparser_test_file_parses_and_expect_lines_hold() -> None:
    needs_corpus(FEEDPARSER_TESTS)
    files = sorted(FEEDPARSER_TESTS.rglob("*.xml"))
    assert len(files) > 2000
    checked = passed = 0
    failures: dict[str, list[str]] = {}
    for path in files:
        body = path.read_bytes()
        text = body.decode("latin-1")
        content_type, location = read_headers(text)
        started = time.perf_counter()
        try:
            feed: ParsedFeed | None = parse_feed(body, content_type=content_type, url=location)
        except ParseError:
            feed = None
        assert time.perf_counter() - started < 2, path
        name = path.relative_to(FEEDPARSER_TESTS).as_posix()
        match = EXPECT_RE.search(text)
        if match is None or any(part in name for part in UNCHECKED_DIRS):
            continue
        n, failed = check_expect(feed, match.group(1), name)
        checked, passed = checked + n, passed + n - len(failed)
        if failed:
            failures[name] = failed
    print(
        f"Expect clauses checked {checked}, passed {passed} ({passed / checked:.1%}); failing files {len(failures)}"
    )
    for name, failed in sorted(failures.items()):
        print(f"  {name}: {'; '.join(failed)[:200]}")
    # 469 checked, 447 passed when written; the rest are listed in docs/parsing.md.
    assert checked > 400
    assert passed / checked > 0.93


REAL_WORLD = [
    "feed-rs-fixtures",
    "rss-parser-fixtures",
    "node-feedparser-fixtures",
    "fastfeedparser-benchmark-news",
]


def corpus_files(folder: str) -> list[Path]:
    root = CORPORA / folder
    needs_corpus(root)
    skip = {".md", ".tsv", ".txt", ".py", ".js"}
    return [
        p
        for p in sorted(root.rglob("*"))
        if p.is_file()
        and p.suffix.lower() not in skip
        and "LICENSE" not in p.name
        and not p.name.endswith((".serde.json", ".expected.json"))
        and "/output/" not in p.as_posix()
    ]


@pytest.mark.shared
@pytest.mark.parametrize("folder", REAL_WORLD)
def test_real_world_feeds_parse_without_crash(folder: str) -> None:
    files = corpus_files(folder)
    with_items = errors = 0
    for path in files:
        body = path.read_bytes()
        if body[:2] == b"\x1f\x8b":  # gzip bodies: the HTTP layer decompresses them in production
            body = gzip.decompress(body)
        started = time.perf_counter()
        try:
            feed = parse_feed(body)
        except ParseError:
            errors += 1
            continue
        finally:
            assert time.perf_counter() - started < 2, path
        with_items += bool(feed.entries)
    print(f"{folder}: {len(files)} files, {with_items} with items, {errors} ParseError")
    assert with_items >= 0.8 * len(files)


@pytest.mark.shared
def test_benchmark_news_item_counts_match_manifest() -> None:
    folder = CORPORA / "fastfeedparser-benchmark-news"
    needs_corpus(folder)
    rows = [line.split("\t") for line in (folder / "manifest.tsv").read_text().splitlines()[1:]]
    for name, _title, _link, _bytes, items, *_ in rows:
        feed = parse_feed((folder / "benchmark_data" / name).read_bytes())
        assert len(feed.entries) == int(items), name
        assert all(e.title and e.url for e in feed.entries), name


def test_a_document_nested_past_lxmls_limit_with_many_tags_is_refused_quickly() -> None:
    head = b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>t</title><foo>'
    started = time.perf_counter()
    with pytest.raises(ParseError, match=r"^not a feed: elements nested more than 256 deep \(300013 tags\)$"):
        parse_feed(head + b"<a>" * 300_000 + b"</foo></item></channel></rss>")
    assert time.perf_counter() - started < 2  # feedparser's fallback took about 10 s


@pytest.mark.parametrize(
    ("items", "html", "expected"),
    [
        (2000, "line<br>" * 12, "line<br>" * 12),
        (300, "a<br>b<BR>c<br >" * 30, "a<br>b<br>c<br>" * 30),  # as feedparser writes HTML back
        (
            500,
            "<p>x<img src='/a.jpg' alt='a/b'><hr>y</p>" * 10,
            '<p>x<img src="/a.jpg" alt="a/b"><hr>y</p>' * 10,
        ),
        (400, "<br/>ok<br />" * 10 + "x<br>" * 60, "<br>ok<br>" * 10 + "x<br>" * 60),
    ],
)
def test_many_items_of_raw_html_with_open_void_tags_are_read(items: int, html: str, expected: str) -> None:
    # more than 20,000 open <br>/<img>/<hr> nest past lxml's limit; they used to make the whole feed
    # "not a feed: elements nested more than 256 deep"; closed, the feed is read, the HTML as it was
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
        + "".join(f"<item><title>t{i}</title><description>{html}</description></item>" for i in range(items))
        + "</channel></rss>"
    ).encode()
    feed = parse_feed(body)
    assert [e.title for e in feed.entries] == [f"t{i}" for i in range(items)]
    assert feed.bozo
    assert feed.entries[-1].summary_html == expected  # never <br></br>: that is two line breaks


def test_a_deep_document_of_open_void_tags_past_the_bound_is_still_refused_quickly() -> None:
    head = b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>t</title><description>'
    started = time.perf_counter()
    with pytest.raises(ParseError, match=r"^not a feed: elements nested more than 256 deep \(300013 tags\)$"):
        parse_feed(head + b"<br>" * 300_000 + b"</description></item></channel></rss>")
    assert time.perf_counter() - started < 2


def test_a_small_feed_nested_that_deep_by_unclosed_html_is_still_read() -> None:
    body = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>t</title>'
        b"<description>"
        + b"line<br>" * 400
        + b"</description></item><item><title>u</title></item></channel></rss>"
    )
    assert [e.title for e in parse_feed(body).entries] == ["t", "u"]


# round nineteen: feedparser's address pattern stops at a four-letter top-level domain, so an RSS author
# "desk@newsroom.photography (Mara Lind)" came out as "tography (Mara Lind" on the feedparser path
AUTHOR_ITEM = "<item><title>T</title><link>https://news.example/a/{0}</link>{1}</item>"


@pytest.mark.parametrize(
    ("element", "expected"),
    [
        ("<author>desk@newsroom.photography (Mara Lind)</author>", "Mara Lind"),
        ("<author>tips@harbour.museum (Ole Strand)</author>", "Ole Strand"),
        ("<author>Nils Berg &lt;nils@north.technology&gt;</author>", "Nils Berg"),
        ("<author>ed@paper.com (Ed Paper)</author>", "Ed Paper"),  # guard: a short domain
        ("<author>only@desk.international</author>", "only@desk.international"),  # no name: kept whole
        ("<dc:creator>Ada Vale</dc:creator>", "Ada Vale"),  # guard: a plain name
    ],
)
def test_author_with_a_long_top_level_domain_on_both_paths(element: str, expected: str) -> None:
    body = (
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>F</title>'
        + AUTHOR_ITEM.format(1, element)
        + "</channel></rss>"
    ).encode()
    safe = sanitize_xml(body)
    fast = parse_fast(safe.data, "https://news.example/feed")
    slow = parse_with_feedparser(safe, "https://news.example/feed")
    assert fast is not None
    assert (fast.entries[0].author, slow.entries[0].author) == (expected, expected)
