"""Round nine of misbehaving servers and feed bodies, through the whole pipeline on 127.0.0.1.

Two runs over one feeds file (the second a plain re-run that must add no article, revision or
statement), then each case is checked on its own: the titles, URLs and texts stored, the feed's
state and its one-line error, and for the date cases the publication times stored. The servers here
send ``Transfer-Encoding: gzip, chunked``, raw deflate labelled gzip, and a chunked body that ends
after its last chunk without the blank line; the bodies carry permalink guids that are no link
(``<guid>12345</guid>``), links written as escaped HTML anchors, HTML nested past the HTML parser's
depth, Romanian, Greek and Hungarian month names and an hour without minutes (``5 a.m. ET``),
mojibake beside correct text, and plain-text entities declared in an internal DTD subset; one server
dates its Last-Modified in 2100 and would answer that If-Modified-Since with 304 for ever. Cases that
were already fine stay as guards (two channels, a feed served as ``image/png``, a JSON Feed 1.0, a
200 with only whitespace after a good feed, a page that moved by a meta refresh).
"""

# ruff: noqa: F811 - the fault_server_module fixture is imported, then named as an argument
from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from faultserver import (
    Behaviour,
    FaultServer,
    conditional,
    fault_server_module,  # noqa: F401 - pytest fixture
    raw_response,
    respond,
    sequence,
)
from hostile_checks import (
    FeedCase as Case,
)
from hostile_checks import (
    Runs,
    check_case_outcome,
    check_published,
    check_rerun_adds_nothing,
    feeds_file,
    run_twice,
)

pytestmark = pytest.mark.slow

RSS_TYPE = {"Content-Type": "application/rss+xml"}
MINISTER = "“We are ready,” said Minister Olena Shevchuk."
NOV24 = datetime(2025, 11, 24, 10, tzinfo=UTC)  # 10:00 UTC
NOV24_RFC = "Mon, 24 Nov 2025 10:00:00 +0000"


def item(
    outlet: str,
    i: int,
    title: str,
    *,
    link: str = "",
    guid: str = "",
    date: str = NOV24_RFC,
    text: str = "",
) -> str:
    link = f"<link>{link or f'https://{outlet}.example/a/{i}'}</link>" if link != "-" else ""
    guid = guid or f'<guid isPermaLink="false">{outlet}-{i}</guid>'
    return (
        f"<item><title>{title}</title>{link}{guid}<pubDate>{date}</pubDate>"
        f"<description>{text or f'{outlet} {i}: {MINISTER}'}</description></item>"
    )


def rss(outlet: str, *items: str, prolog: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="utf-8"?>{prolog}<rss version="2.0"><channel><title>{outlet}</title>'
        f"{''.join(items)}</channel></rss>"
    )


def simple(outlet: str, *titles: str, dates: tuple[str, ...] = ()) -> bytes:
    return rss(
        outlet, *(item(outlet, i, t, date=dates[i] if dates else NOV24_RFC) for i, t in enumerate(titles))
    ).encode()


def chunked(data: bytes, size: int = 97) -> bytes:
    return b"".join(
        b"%x\r\n" % len(data[i : i + size]) + data[i : i + size] + b"\r\n" for i in range(0, len(data), size)
    )


def raw_deflate(data: bytes) -> bytes:
    comp = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return comp.compress(data) + comp.flush()


def gzip_transfer_coding() -> Behaviour:
    body = chunked(gzip.compress(simple("tegz", "Gzip as a transfer coding"))) + b"0\r\n\r\n"
    return raw_response(
        "HTTP/1.1 200 OK",
        [("Content-Type", "application/rss+xml"), ("Transfer-Encoding", "gzip, chunked")],
        body,
    )


def chunks_without_final_blank_line() -> Behaviour:
    body = chunked(simple("chunk", "Last chunk, no blank line")) + b"0\r\n"
    return raw_response(
        "HTTP/1.1 200 OK", [("Content-Type", "application/rss+xml"), ("Transfer-Encoding", "chunked")], body
    )


def json_feed_1_0() -> bytes:
    items = [
        {
            "id": "jf-0",
            "url": "https://jf.example/j/0",
            "title": "Version one",
            "content_html": f"<p>{MINISTER}</p>",
            "summary": "short",
            "author": {"name": "Ann Writer"},
            "date_published": "2025-11-24T10:00:00Z",
        }
    ]
    return json.dumps({"version": "https://jsonfeed.org/version/1", "title": "jf", "items": items}).encode()


META_REFRESH = (
    b'<!DOCTYPE html><html><head><title>Feed moved</title><meta http-equiv="refresh" content="0; url=/gone/rss">'
    b"</head><body>Moved</body></html>"
)
DEEP = "<p>Intro.</p>" + "<span style='x'>" * 300 + MINISTER + "<p>The talks resume on Monday.</p>"
SUBSET = '<!DOCTYPE rss [<!ENTITY site "Fictional Daily"><!ENTITY nbsp "&#160;">]>'


CASES: dict[str, Case] = {
    "permalink-guids-that-are-no-link": Case(
        respond(200, rss("pg", item("pg", 0, "Numbered guid", link="-", guid="<guid>12345</guid>"), item("pg", 1, "Slug guid", link="-", guid='<guid isPermaLink="true">story-2025-11-24</guid>')).encode(), RSS_TYPE),
        ["Numbered guid", "Slug guid"],
        urls=["", ""],
    ),
    "links-written-as-escaped-anchors": Case(
        respond(200, rss("anchor", item("anchor", 0, "Escaped anchor", link='&lt;a href="https://anchor.example/a/0"&gt;Read more&lt;/a&gt;'), item("anchor", 1, "Anchor in CDATA", link="<![CDATA[<a href='/a/1'>/a/1</a>]]>")).encode(), RSS_TYPE),
        ["Anchor in CDATA", "Escaped anchor"],
        urls=["http://127.0.0.…/a/1", "https://anchor.example/a/0"],
    ),
    "html-nested-past-the-parser-depth": Case(
        respond(200, rss("deep", item("deep", 0, "Unclosed spans", text=f"<![CDATA[{DEEP}]]>")).encode(), RSS_TYPE),
        ["Unclosed spans"],
        texts=[f"Intro.\n{MINISTER}\nThe talks resume on Monday."],
    ),
    "romanian-greek-hungarian-dates": Case(
        respond(200, simple("rgh", "Bucharest desk", "Athens desk", "Budapest desk", dates=("Luni, 24 Noiembrie 2025, ora 12:00 EET", "Δευ, 24 Νοε 2025 12:00:00 +0200", "2025. november 24. 11:00 CET")), RSS_TYPE),
        ["Athens desk", "Bucharest desk", "Budapest desk"],
        published=[NOV24] * 3,
    ),
    "an-hour-without-minutes": Case(
        respond(200, simple("hour", "Morning desk", "Evening desk", dates=("Nov. 24, 2025 5 a.m. ET", "24 November 2025 10 PM +1200")), RSS_TYPE),
        ["Evening desk", "Morning desk"],
        published=[NOV24] * 2,
    ),
    "mojibake-beside-correct-text": Case(
        respond(200, rss("mix", item("mix", 0, "Café owners: Donâ€™t panic", text="<p>Résumé — Itâ€™s â€œfineâ€\x9d</p>")).encode(), RSS_TYPE),
        ["Café owners: Don’t panic"],
        texts=["Résumé — It’s “fine”"],
    ),
    "entities-of-an-internal-subset": Case(
        respond(200, rss("ent", item("ent", 0, "From &site;&nbsp;today"), prolog=SUBSET).encode(), RSS_TYPE),
        ["From Fictional Daily today"],
    ),
    "transfer-encoding-gzip-chunked": Case(gzip_transfer_coding(), ["Gzip as a transfer coding"]),
    "raw-deflate-labelled-gzip": Case(
        respond(200, raw_deflate(simple("rawd", "Raw deflate")), {"Content-Encoding": "gzip", **RSS_TYPE}), ["Raw deflate"]
    ),
    "chunks-without-the-final-blank-line": Case(chunks_without_final_blank_line(), ["Last chunk, no blank line"]),
    "last-modified-in-the-future": Case(  # a 304 to that If-Modified-Since for ever: checked below
        conditional(simple("lmf", "Server clock ahead"), last_modified="Fri, 01 Jan 2100 00:00:00 GMT"),
        ["Server clock ahead"],
    ),
    # guards: already fine before round nine
    "two-channels": Case(
        respond(200, b'<?xml version="1.0"?><rss version="2.0"><channel><title>a</title>' + item("ch", 0, "First channel").encode() + b"</channel><channel><title>b</title>" + item("ch", 1, "Second channel").encode() + b"</channel></rss>", RSS_TYPE),
        ["First channel", "Second channel"],
    ),
    "feed-served-as-image-png": Case(respond(200, simple("png", "Served as an image"), {"Content-Type": "image/png"}), ["Served as an image"]),
    "json-feed-version-1-0": Case(
        respond(200, json_feed_1_0(), {"Content-Type": "application/json"}), ["Version one"], texts=[MINISTER]
    ),
    "whitespace-only-after-a-good-feed": Case(
        sequence(respond(200, simple("ws", "Before the blank"), RSS_TYPE), respond(200, b" \r\n\t \n", RSS_TYPE)),
        ["Before the blank"],
        error="empty body",
        state="backoff",
    ),
    "moved-by-meta-refresh-after-a-good-feed": Case(
        sequence(respond(200, simple("meta", "Before the move"), RSS_TYPE), respond(200, META_REFRESH, {"Content-Type": "text/html"})),
        ["Before the move"],
        error="not a feed: looks like an HTML page titled 'Feed moved'; it redirects to http://…/gone/rss",
        state="backoff",
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def runs(fault_server_module: FaultServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    s = fault_server_module
    s.reset()
    tmp = tmp_path_factory.mktemp("round9")
    urls = {}
    for i, (name, case) in enumerate(CASES.items()):
        s.add(f"/{name}", case.serve)
        urls[name] = s.url(f"/{name}", host=s.hosts[i % len(s.hosts)])
    try:
        yield run_twice(feeds_file(tmp / "feeds.toml", urls), tmp / "warehouse")
    finally:
        s.reset()


@pytest.mark.parametrize("name", list(CASES))
def test_each_case_keeps_what_it_should(runs: Runs, name: str) -> None:
    case = CASES[name]
    check_case_outcome(runs, name, case)
    check_published(runs, name, case)
    if case.urls is not None:
        stored = runs.urls[1][name]
        assert len(stored) == len(case.urls)
        for url, expected in zip(stored, case.urls, strict=True):
            head, cut, rest = expected.partition("…")
            assert url.startswith(head) and url.endswith(rest) if cut else url == expected, (url, expected)
    if case.texts is not None:
        assert runs.texts[1][name] == case.texts


def test_a_re_run_adds_nothing(runs: Runs) -> None:
    check_rerun_adds_nothing(runs, sum(len(c.titles) for c in CASES.values()))


def test_the_failing_feeds_keep_the_articles_of_their_good_fetch(runs: Runs) -> None:
    for name in ("whitespace-only-after-a-good-feed", "moved-by-meta-refresh-after-a-good-feed"):
        assert runs.states[0][name].last_error is None
        assert runs.titles[1][name] == CASES[name].titles


def test_a_last_modified_in_the_future_is_not_sent_back(runs: Runs, fault_server_module: FaultServer) -> None:
    hits = fault_server_module.hits("/last-modified-in-the-future")
    assert len(hits) == 2 and "if-modified-since" not in hits[1].headers
    assert runs.states[1]["last-modified-in-the-future"].last_modified == "Fri, 01 Jan 2100 00:00:00 GMT"
