"""Round fourteen of misbehaving feeds and servers, through the whole pipeline on loopback.

Two runs over one feeds file (the second a plain re-run that must add no article, revision or
statement; the feeds whose items are checked send a new ``lastBuildDate`` on every fetch, so the
second run parses and normalises them again instead of finding the body unchanged), then each case is
checked on its own: the titles, URLs and texts stored, the feed's state and its one-line error. The
feeds link their items through click-through wrappers (a Google Alerts feed, Facebook's link shim,
the AMP cache), to one live blog with an anchor per update, or to the site's home page and the feed
itself beside permalink GUIDs; video items have their only title in ``media:group`` (RSS) or in
``media:title`` (Atom); two servers send ``Transfer-Encoding: chunked`` twice. Cases that were
already fine stay as guards (URL variants of one article: http and https, ``www.``, ``m.``, ``/amp/``,
``?outputType=amp``, ``index.html``; a ``#top`` fragment; a ``103 Early Hints`` and a ``100 Continue``
before the answer, an HTTP/1.0 answer ended by the close, a reason phrase in another language, a
``mailto:`` link beside a permalink GUID, ``media:description`` as the only text).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from faultserver import LOOPBACK_HOSTS, Behaviour, FaultHandler, FaultServer
from hostile_checks import (
    FeedCase as Case,
)
from hostile_checks import (
    Runs,
    check_case_outcome,
    check_rerun_adds_nothing,
    check_urls_and_texts,
    feeds_file,
    run_twice,
)

pytestmark = pytest.mark.slow

DATE = "Mon, 24 Nov 2025 10:00:00 +0000"
SAID = "“The pier reopens on Monday,” said harbour master Ilona Kravets."


def item(title: str, link: str, *, guid: str = "", text: str = SAID, extra: str = "") -> str:
    guid_el = f"<guid>{guid}</guid>" if guid else ""
    return (
        f"<item><title>{title}</title><link>{link}</link>{guid_el}<pubDate>{DATE}</pubDate>"
        f"<description>{text}</description>{extra}</item>"
    )


def rss(outlet: str, *items: str) -> str:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">'
        f"<channel><title>{outlet}</title><link>/</link><lastBuildDate>{{built}}</lastBuildDate>{''.join(items)}"
        "</channel></rss>"
    )


def rebuilt(template: str) -> Behaviour:
    """The feed with a new ``lastBuildDate`` on every request: the body changes, its items do not."""
    calls = [0]
    lock = threading.Lock()

    def run(h: FaultHandler) -> None:
        with lock:
            calls[0] += 1
            n = calls[0]
        body = template.replace("{built}", f"Mon, 24 Nov 2025 {10 + n:02d}:00:00 +0000").encode()
        h.send(200, body, {"Content-Type": "application/rss+xml"})

    return run


def raw(data: bytes) -> Behaviour:
    """Exactly these bytes, then the close."""

    def run(h: FaultHandler) -> None:
        h.wfile.write(data)
        h.wfile.flush()
        h.close_connection = True

    return run


def plain(outlet: str, title: str) -> bytes:
    return rss(outlet, item(title, f"https://{outlet}.example/a/1")).replace("{built}", DATE).encode()


def chunked(body: bytes) -> bytes:
    return b"%x\r\n" % len(body) + body + b"\r\n0\r\n\r\n"


TE_TWICE_HEADERS = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nTransfer-Encoding: chunked\r\n"
    b"Transfer-Encoding: chunked\r\n\r\n" + chunked(plain("tt", "Two chunked headers"))
)
TE_TWICE_TOKENS = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nTransfer-Encoding: chunked, chunked\r\n\r\n"
    + chunked(plain("tk", "Chunked said twice"))
)
EARLY_HINTS = (
    b"HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\nHTTP/1.1 100 Continue\r\n\r\n"
    b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: %d\r\n\r\n"
) % len(plain("eh", "After early hints")) + plain("eh", "After early hints")
HTTP10_CLOSE = b"HTTP/1.0 200 OK\r\nContent-Type: application/rss+xml\r\n\r\n" + plain(
    "hc", "Ended by the close"
)
ODD_REASON = (
    "HTTP/1.1 200 Très bien\r\nContent-Type: application/rss+xml\r\nContent-Length: %d\r\n\r\n".encode()
    % len(plain("or", "Odd reason phrase"))
    + plain("or", "Odd reason phrase")
)

ATOM_VIDEOS = (
    '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"'
    ' xmlns:media="http://search.yahoo.com/mrss/"><title>Atom clips</title><updated>{built}</updated>'
    '<entry><title></title><id>tag:atomclips.example,2025:1</id><link href="https://atomclips.example/v/1"/>'
    "<updated>2025-11-24T10:00:00Z</updated><media:title>Night ferry schedule</media:title></entry>"
    '<entry><id>tag:atomclips.example,2025:2</id><link href="https://atomclips.example/v/2"/>'
    "<updated>2025-11-24T10:00:00Z</updated><media:group><media:title>Dock cranes replaced</media:title>"
    "<media:description>Cranes at the dock.</media:description></media:group></entry></feed>"
)

CASES: dict[str, Case] = {
    "click-through-wrappers": Case(
        rebuilt(rss(
            "Harbour alerts",
            item("Alert: pier reopens", "https://www.google.com/url?rct=j&amp;sa=t&amp;url=https://harbour.example/news/pier-reopens&amp;ct=ga&amp;cd=CAIy&amp;usg=AOvVaw1", guid="tag:google.com,2013:googlealerts/feed:1"),
            item("Shared: ferry timetable", "https://l.facebook.com/l.php?u=https%3A%2F%2Fharbour.example%2Fnews%2Fferry-timetable%3Futm_source%3Dfacebook&amp;h=AT0x", guid="fb-2"),
            item("Cached: lighthouse repairs", "https://harbour-example.cdn.ampproject.org/c/s/harbour.example/news/lighthouse-repairs/amp/", guid="amp-3"),
        )),
        ["Alert: pier reopens", "Cached: lighthouse repairs", "Shared: ferry timetable"],
        urls=[
            "https://harbour.example/news/pier-reopens",
            "https://harbour.example/news/lighthouse-repairs/amp/",
            "https://harbour.example/news/ferry-timetable",
        ],
    ),
    "live-blog-updates": Case(
        rebuilt(rss(
            "Storm live",
            item("Update: winds ease", "https://storm.example/live/storm-night#post-101", guid="storm-101", text="Winds eased after midnight."),
            item("Update: roads reopen", "https://storm.example/live/storm-night#post-102", guid="storm-102", text="“The coast road is open,” said Petro Marchenko."),
            item("Update: schools closed", "https://storm.example/live/storm-night#post-103", guid="storm-103", text="Schools stay closed on Tuesday."),
        )),
        ["Update: roads reopen", "Update: schools closed", "Update: winds ease"],
        urls=[f"https://storm.example/live/storm-night#post-{n}" for n in (102, 103, 101)],
        texts=["“The coast road is open,” said Petro Marchenko.", "Schools stay closed on Tuesday.", "Winds eased after midnight."],
    ),
    "home-page-links-permalink-guids": Case(
        rebuilt(rss(
            "Valley Post",
            item("Mill restored", "https://valley.example/", guid="https://valley.example/2025/11/mill-restored"),
            item("Bridge tender", "https://valley.example/index.html", guid="https://valley.example/2025/11/bridge-tender"),
        )),
        ["Bridge tender", "Mill restored"],
        urls=["https://valley.example/2025/11/bridge-tender", "https://valley.example/2025/11/mill-restored"],
    ),
    "items-linking-the-feed-itself": Case(
        rebuilt(rss(
            "Self Gazette",
            item("Market day moved", "/items-linking-the-feed-itself", guid="https://self.example/news/market-day"),
        )),
        ["Market day moved"],
        urls=["https://self.example/news/market-day"],
    ),
    "video-titles-in-media-group": Case(
        rebuilt(rss("Clip TV", '<item><title></title><link>https://cliptv.example/v/1</link><media:group>'
                    "<media:title>Ferry returns at dawn</media:title><media:description>Harbour footage.</media:description>"
                    '<media:content url="https://cdn.cliptv.example/v/1.mp4" type="video/mp4"/></media:group></item>')),
        ["Ferry returns at dawn"],
        texts=["Harbour footage."],
    ),
    "atom-video-titles": Case(
        rebuilt(ATOM_VIDEOS),
        ["Dock cranes replaced", "Night ferry schedule"],
        urls=["https://atomclips.example/v/2", "https://atomclips.example/v/1"],
    ),
    "chunked-in-two-headers": Case(raw(TE_TWICE_HEADERS), ["Two chunked headers"]),
    "chunked-said-twice": Case(raw(TE_TWICE_TOKENS), ["Chunked said twice"]),
    # guards: already fine before round fourteen
    "url-variants-of-one-article": Case(
        rebuilt(rss(
            "Dune Daily",
            item("Dunes fenced", "https://dune.example/news/dunes-fenced", guid="d1"),
            item("Dunes fenced", "http://www.dune.example/news/dunes-fenced/?outputType=amp", guid="d2"),
            item("Dunes fenced", "https://m.dune.example/news/dunes-fenced/amp/", guid="d3"),
            item("Dunes fenced", "https://dune.example/news/dunes-fenced/index.html#top", guid="d4"),
        )),
        ["Dunes fenced"],
    ),
    "mailto-link-permalink-guid": Case(
        rebuilt(rss("Mail Times", item("Letters page", "mailto:letters@mail.example", guid="https://mail.example/letters/41"))),
        ["Letters page"],
        urls=["https://mail.example/letters/41"],
    ),
    "media-description-only": Case(
        rebuilt(rss("Clip News", '<item><title>Harbour clip</title><link>https://clip.example/v/1</link>'
                    "<media:description>Boats return to the harbour.</media:description></item>")),
        ["Harbour clip"],
        texts=["Boats return to the harbour."],
    ),
    "early-hints-then-continue": Case(raw(EARLY_HINTS), ["After early hints"]),
    "http-1-0-ended-by-the-close": Case(raw(HTTP10_CLOSE), ["Ended by the close"]),
    "reason-phrase-in-french": Case(raw(ODD_REASON), ["Odd reason phrase"]),
}  # fmt: skip


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    tmp = tmp_path_factory.mktemp("round14")
    with FaultServer(LOOPBACK_HOSTS[:3]) as s:
        urls = {}
        for i, (name, case) in enumerate(CASES.items()):
            s.add(f"/{name}", case.serve)
            urls[name] = s.url(f"/{name}", host=s.hosts[i % 3])
        yield run_twice(feeds_file(tmp / "feeds.toml", urls), tmp / "warehouse")


@pytest.mark.parametrize("name", list(CASES))
def test_each_case_keeps_what_it_should(runs: Runs, name: str) -> None:
    case = CASES[name]
    check_case_outcome(runs, name, case)
    check_urls_and_texts(runs, name, case)


def test_a_re_run_adds_nothing(runs: Runs) -> None:
    check_rerun_adds_nothing(runs, sum(len(c.titles) for c in CASES.values()))


LIVE_PAGE = (
    b"<html><head><title>Storm night: live</title></head><body><article><h1>Storm night</h1>"
    + b"<p>Every update of the night, one after another, in one long page of the live blog.</p>" * 30
    + b"</article></body></html>"
)


def test_live_blog_updates_are_not_replaced_by_their_page(tmp_path: Path) -> None:
    """With ``fulltext = "always"`` each update keeps its own text: the page its anchor points into is the
    whole live blog (fetched and adopted for every update it would store the blog's statements once per
    update), so it is not asked for."""
    with FaultServer(LOOPBACK_HOSTS[:1]) as s:
        s.add("/live", lambda h: h.send(200, LIVE_PAGE, {"Content-Type": "text/html; charset=utf-8"}))
        live = s.url("/live")
        feed = rss(
            "Storm live",
            *(
                item(f"Update {n}", f"{live}#post-{n}", guid=f"u{n}", text=f"Update {n} text.")
                for n in (1, 2)
            ),
        )
        s.add("/feed", rebuilt(feed))
        runs = run_twice(
            feeds_file(tmp_path / "feeds.toml", {"live": s.url("/feed")}, fulltext="always"), tmp_path / "wh"
        )
        assert s.hits("/live") == []
    assert runs.titles[1]["live"] == ["Update 1", "Update 2"]
    assert runs.texts[1]["live"] == ["Update 1 text.", "Update 2 text."]
    check_rerun_adds_nothing(runs, 2)


def test_the_second_run_parsed_the_rebuilt_feeds_again(runs: Runs) -> None:
    """The rebuilt feeds were read again, not skipped as unchanged: their re-run is a real check."""
    rebuilt_items = 3 + 3 + 2 + 1 + 1 + 2 + 4 + 1 + 1  # the items of the nine feeds served by rebuilt()
    assert runs.summaries[1].items == rebuilt_items
