"""Round six of misbehaving servers and feed bodies, through the whole pipeline on 127.0.0.1.

Two runs over one feeds file (the second a plain re-run that must add nothing), then each case is
checked on its own: the titles stored, the feed's state and its one-line error, and for the date
cases the publication times stored. The servers here send redirects browsers follow and RFC 3986
would not (a 300, a backslash Location, a Refresh header), response heads h11 refuses and browsers
read, and bodies wrapped in something (JSONP, a data: URL, HTML escaping, a UTF-8 BOM before UTF-16)
or dated in ways feeds date things (Unix time, IANA zone names, day-first slashed dates).
"""

# ruff: noqa: F811 - the fault_server_module fixture is imported, then named as an argument
from __future__ import annotations

import base64
import gzip
import html
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from faultserver import (
    Behaviour,
    FaultHandler,
    FaultServer,
    fault_server_module,  # noqa: F401 - pytest fixture
    respond,
)
from hostile_checks import check_case_outcome, check_published
from ingest import pipeline
from ingest.batch import RunSummary
from ingest.catalog import read_states
from ingest.config import Settings
from ingest.models import FeedState

pytestmark = pytest.mark.slow

RSS_TYPE = {"Content-Type": "application/rss+xml"}
MINISTER = "“We are ready,” said Minister Olena Shevchuk."
NOV24 = datetime(2025, 11, 24, 10, tzinfo=UTC)  # 10:00 UTC
NOV24_UNIX = int(NOV24.timestamp())


def rss(outlet: str, *titles: str, dates: tuple[str, ...] = ()) -> str:
    items = "".join(
        f"<item><title>{t}</title><link>https://{outlet}.example/a/{i}</link><guid>{outlet}-{i}</guid>"
        f"<pubDate>{dates[i] if dates else 'Mon, 24 Nov 2025 10:00:00 +0000'}</pubDate>"
        f"<description>{outlet} {i}: {MINISTER}</description></item>"
        for i, t in enumerate(titles)
    )
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{outlet}</title>{items}</channel></rss>'


def json_feed(outlet: str, *titles: str, version: bool = True) -> str:
    items = [
        {"id": f"{outlet}-{i}", "url": f"https://{outlet}.example/a/{i}", "title": t,
         "content_text": f"{outlet} {i}: {MINISTER}", "date_published": NOV24_UNIX}
        for i, t in enumerate(titles)
    ]  # fmt: skip
    feed = {"title": outlet, "items": items}
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", **feed} if version else feed)


def raw(data: bytes) -> Behaviour:
    """Exactly these bytes, then close."""

    def run(h: FaultHandler) -> None:
        h.wfile.write(data)
        h.wfile.flush()
        h.close_connection = True

    return run


def head_then_feed(head: bytes, outlet: str, title: str) -> Behaviour:
    body = rss(outlet, title).encode()
    return raw(head + b"\r\nContent-Length: %d\r\n\r\n" % len(body) + body)


def counted_in_characters(h: FaultHandler) -> None:
    """A Content-Length that counts characters, not bytes, on a kept-alive connection."""
    text = rss("chars", "Caf\u00e9 cr\u00e8me")
    h.send_response(200)
    h.send_header("Content-Type", "application/rss+xml")
    h.send_header("Content-Length", str(len(text)))
    h.end_headers()
    h.wfile.write(text.encode())


def doctype_entities(h: FaultHandler) -> None:
    """A DOCTYPE declaring an internal entity and external ones on this very server (XXE)."""
    port = h.server.server_address[1]
    doctype = (
        f'<!DOCTYPE rss [<!ENTITY company "Acme Corp"><!ENTITY xxe SYSTEM "http://127.0.0.1:{port}/xxe">'
        f'<!ENTITY % remote SYSTEM "http://127.0.0.1:{port}/xxe-dtd"> %remote;]>'
    )
    body = rss("dtd", "News from &amp;company; &amp;xxe;").replace("?><rss", "?>" + doctype + "<rss")
    h.send(200, body.replace("&amp;company; &amp;xxe;", "&company; &xxe;").encode(), RSS_TYPE)


def backslash_redirect(h: FaultHandler) -> None:
    """``Location: /\\127.0.0.2:<port>/…``: browsers read the backslash as a slash, so another host."""
    port = h.server.server_address[1]
    h.send(302, b"", {"Location": f"/\\127.0.0.2:{port}/backslash-target"})


@dataclass
class Case:
    serve: Behaviour
    titles: list[str]
    error: str | None = None  # after run 2; "…" stands for anything
    state: str = "active"
    published: list[datetime] | None = None  # publication times stored, in title order


CASES: dict[str, Case] = {
    "300-multiple-choices": Case(
        respond(300, b"<ul><li>rss</li></ul>", {"Location": "/chosen", "Content-Type": "text/html"}), ["Chosen"]
    ),
    "location-with-a-backslash": Case(backslash_redirect, ["Backslash target"]),
    "refresh-header-on-a-302": Case(respond(302, b"", {"Refresh": "0; url=/refreshed"}), ["Refreshed"]),
    "refresh-header-on-an-empty-200": Case(respond(200, b"", {"Refresh": "0;URL='/refreshed-too'"}), ["Refreshed too"]),
    "head-space-before-colon": Case(
        head_then_feed(b"HTTP/1.1 200 OK\r\nContent-Type : application/rss+xml", "sp", "Space colon"),
        ["Space colon"],
    ),
    "head-line-without-colon": Case(
        head_then_feed(b"HTTP/1.1 200 OK\r\nX-Powered-By PHP/5.2.17", "nc", "No colon"), ["No colon"]
    ),
    "head-lower-case-version": Case(head_then_feed(b"http/1.1 200 OK", "lc", "Lower case"), ["Lower case"]),
    "head-http2-over-http1": Case(head_then_feed(b"HTTP/2 200", "h2", "Two"), ["Two"]),
    "head-no-browser-reads": Case(
        head_then_feed(b"HELLO 200 OK", "hello", "Never"), [], "invalid HTTP response: illegal status line: …", "backoff"
    ),
    "content-length-counted-in-characters": Case(counted_in_characters, ["Café crème"]),
    "gzip-labelled-br": Case(
        respond(200, gzip.compress(rss("br", "Gzip as br").encode()), {"Content-Encoding": "br", **RSS_TYPE}),
        ["Gzip as br"],
    ),
    "jsonp-json-feed": Case(
        respond(200, f"jsonFeedCallback({json_feed('jsonp', 'Padded')});".encode(), {"Content-Type": "text/javascript"}),
        ["Padded"],
        published=[NOV24],
    ),
    "json-feed-without-version": Case(
        respond(200, json_feed("nover", "No version").encode(), {"Content-Type": "application/json"}),
        ["No version"],
    ),
    "utf8-bom-before-utf16": Case(
        respond(200, b"\xef\xbb\xbf" + rss("u16", "Wide – text").encode("utf-16"), RSS_TYPE), ["Wide – text"]
    ),
    "utf16-bom-before-utf8": Case(
        respond(200, b"\xff\xfe" + rss("lie", "Lying – BOM").encode(), RSS_TYPE), ["Lying – BOM"]
    ),
    "html-escaped-feed": Case(
        respond(200, html.escape(rss("esc", "Tom &amp; Jerry")).encode(), {"Content-Type": "text/html"}),
        ["Tom & Jerry"],
    ),
    "data-url-body": Case(
        respond(200, b"data:application/rss+xml;base64," + base64.b64encode(rss("data", "In a URL").encode()), {}),
        ["In a URL"],
    ),
    "unix-timestamp-dates": Case(
        respond(200, rss("unix", "Seconds", "Milliseconds", dates=(str(NOV24_UNIX), f"{NOV24_UNIX}000")).encode(), RSS_TYPE),
        ["Milliseconds", "Seconds"],
        published=[NOV24, NOV24],
    ),
    "iana-zone-dates": Case(
        respond(
            200,
            rss("iana", "Kyiv", "Buenos Aires", dates=("2025-11-24 12:00 Europe/Kyiv", "2025-11-24T07:00:00 America/Argentina/Buenos_Aires")).encode(),
            RSS_TYPE,
        ),
        ["Buenos Aires", "Kyiv"],
        published=[NOV24, NOV24],
    ),
    "day-first-slashed-dates": Case(
        respond(200, rss("dmy", "A", "B", dates=("24/11/2025 10:00", "05/11/2025 10:00")).encode(), RSS_TYPE),
        ["A", "B"],
        published=[NOV24, datetime(2025, 11, 5, 10, tzinfo=UTC)],
    ),
    "429-with-a-rate-limit-reset": Case(
        respond(429, b"slow down", {"X-RateLimit-Reset": "7200", "Content-Type": "text/plain"}),
        [],
        "HTTP 429 Too Many Requests",
        "backoff",
    ),
    # the plain internal entity is expanded since round nine (it stayed "&company;"); the external stays text
    "doctype-entities-on-loopback": Case(doctype_entities, ["News from Acme Corp &xxe;"]),
}  # fmt: skip
TARGETS = {
    "/chosen": ("chosen", "Chosen"),
    "/backslash-target": ("bs", "Backslash target"),
    "/refreshed": ("refr", "Refreshed"),
    "/refreshed-too": ("refr2", "Refreshed too"),
}


@dataclass
class Runs:
    summaries: list[RunSummary]
    titles: list[dict[str, list[str]]]
    published: list[dict[str, list[datetime]]]
    rows: list[dict[str, int]]
    states: list[dict[str, FeedState]]
    entity_requests: int = 0  # requests for the external entities' URLs


def snapshot(warehouse: Path) -> tuple[dict[str, list[str]], dict[str, list[datetime]], dict[str, int]]:
    con = duckdb.connect(str(warehouse / "news.duckdb"), read_only=True)
    try:
        titles: dict[str, list[str]] = {}
        published: dict[str, list[datetime]] = {}
        query = "select feed, title, published_at from articles order by feed, title"
        for feed, title, at in con.execute(query).fetchall():
            titles.setdefault(feed, []).append(title)
            published.setdefault(feed, []).append(at)
        tables = ("articles", "article_revisions", "article_sightings", "statements")
        rows = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in tables}  # type: ignore[index]
        return titles, published, rows
    finally:
        con.close()


@pytest.fixture(scope="module")
def runs(fault_server_module: FaultServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    s = fault_server_module
    s.reset()
    tmp = tmp_path_factory.mktemp("round6")
    for path, (outlet, title) in TARGETS.items():
        s.add(path, respond(200, rss(outlet, title).encode(), RSS_TYPE))
    lines = []
    for i, (name, case) in enumerate(CASES.items()):
        s.add(f"/{name}", case.serve)
        url = s.url(f"/{name}", host=s.hosts[i % len(s.hosts)])
        lines.append(f'[[feeds]]\nname = "{name}"\nurl = "{url}"\nfulltext = "never"\n')
    feeds = tmp / "feeds.toml"
    feeds.write_text("\n".join(lines))
    warehouse = tmp / "warehouse"
    settings = Settings(
        warehouse=warehouse, fetch_deadline_s=20.0, fetch_timeout_s=10.0, fetch_host_interval_s=0.0
    )
    out = Runs([], [], [], [], [])
    try:
        for _ in range(2):
            out.summaries.append(pipeline.run(feeds, warehouse, settings=settings, force=True))
            titles, published, rows = snapshot(warehouse)
            out.titles.append(titles)
            out.published.append(published)
            out.rows.append(rows)
            out.states.append(read_states(warehouse))
        out.entity_requests = len(s.hits("/xxe")) + len(s.hits("/xxe-dtd"))
        yield out
    finally:
        s.reset()


@pytest.mark.parametrize("name", list(CASES))
def test_each_case_keeps_what_it_should(runs: Runs, name: str) -> None:
    case = CASES[name]
    check_case_outcome(runs, name, case)
    check_published(runs, name, case)


def test_a_re_run_adds_nothing(runs: Runs) -> None:
    assert runs.rows[1] == runs.rows[0]
    assert runs.summaries[1].new_articles == 0 and runs.summaries[1].revised == 0
    assert runs.rows[0]["articles"] == sum(len(c.titles) for c in CASES.values())


def test_entities_are_neither_expanded_nor_fetched(runs: Runs) -> None:
    assert runs.entity_requests == 0


def test_a_rate_limit_reset_is_honoured_like_a_retry_after(runs: Runs) -> None:
    state = runs.states[1]["429-with-a-rate-limit-reset"]
    assert state.last_fetch_at is not None and state.next_fetch_at is not None
    wait = state.next_fetch_at - state.last_fetch_at
    assert timedelta(minutes=119) < wait < timedelta(minutes=121), wait  # the computed backoff: 15 min


def test_redirects_browsers_follow_do_not_move_the_feed(runs: Runs) -> None:
    # a 300, a backslash Location and a Refresh are temporary: the feeds file's URL stays the feed's
    for name in ("300-multiple-choices", "location-with-a-backslash", "refresh-header-on-a-302"):
        state = runs.states[1][name]
        assert state.url.endswith(f"/{name}") and state.redirect_target is None, state
