"""Round three of misbehaving servers and feed bodies, through the whole pipeline on 127.0.0.1.

Four runs over one feeds file: (1) every feed serves something readable; (2) the "broken" feeds now
misbehave, the "quirky" ones serve the same odd bytes again; (3) a plain re-run, which must leave
feeds waiting for Retry-After, gone or backing off alone; (4) a forced re-run. Each case is then
checked on its own: quirky feeds are read in run 1 and never stored twice; broken feeds keep what
run 1 stored, fail with a one-line error in the feed state, the run summary and ``ingest status``,
and add nothing when fetched again.
"""

# ruff: noqa: F811 - the fault_server_module fixture is imported, then named as an argument
from __future__ import annotations

import gzip
import json
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import duckdb
import pytest

from faultserver import (
    Behaviour,
    FaultHandler,
    FaultServer,
    fault_server_module,  # noqa: F401 - pytest fixture
    raw_response,
    redirect,
    respond,
    sequence,
    stream_body,
)
from ingest import pipeline
from ingest.batch import RunSummary
from ingest.catalog import read_states
from ingest.config import Settings
from ingest.models import FeedState

pytestmark = pytest.mark.slow  # four pipeline runs over 30 feeds: about 10 s for the module

CAP = 4 * 1024 * 1024
RSS_TYPE = {"Content-Type": "application/rss+xml"}
MINISTER = "“We are ready,” said Minister Olena Shevchuk."


def rss(outlet: str, *titles: str, decl: str = '<?xml version="1.0" encoding="utf-8"?>', **kw: str) -> str:
    """An RSS 2.0 document; ``kw``: ``desc`` (every item's description), ``dates`` (|-separated pubDates)."""
    dates = kw.get("dates", "").split("|")
    items = "".join(
        f"<item><title>{t}</title><link>https://{outlet}.example/a/{i}</link><guid>{outlet}-{i}</guid>"
        f"<pubDate>{dates[i] if i < len(dates) and dates[i] else 'Tue, 24 Nov 2026 10:00:00 +0000'}</pubDate>"
        f"<description>{kw.get('desc') or f'{outlet} story {i}: {MINISTER}'}</description></item>"
        for i, t in enumerate(titles)
    )
    return f'{decl}<rss version="2.0"><channel><title>{outlet}</title>{items}</channel></rss>'


def json_feed(items: Any, title: Any = "J") -> bytes:
    return json.dumps(
        {"version": "https://jsonfeed.org/version/1.1", "title": title, "items": items}
    ).encode()


def flapping(body: bytes) -> Behaviour:
    """Two backends behind one name, taking turns: each has its own ETag and Last-Modified and
    answers 304 only to its own validators."""
    backends = [('"a-1"', "Mon, 23 Nov 2026 10:00:00 GMT"), ('"b-7"', "Tue, 24 Nov 2026 11:30:00 GMT")]
    turns = (0, 1, 1, 0)  # 200 (new), 200 (other ETag, same body), 304, 200 (other ETag again)
    calls = [0]

    def run(h: FaultHandler) -> None:
        etag, modified = backends[turns[calls[0] % len(turns)]]
        calls[0] += 1
        if h.headers.get("If-None-Match") == etag:
            h.send(304, b"", {"ETag": etag})
        else:
            h.send(200, body, {"ETag": etag, "Last-Modified": modified, **RSS_TYPE})

    return run


def chunked_cut(h: FaultHandler) -> None:
    body = rss("chunk", "Chunk one", "Chunk two").encode()
    h.wfile.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n%x\r\n" % len(body) + body[:70])
    h.wfile.flush()
    h.close_connection = True


@dataclass
class Quirky:
    """Served from the first run on; the feed must be read (``titles``, sorted) and stay healthy."""

    behaviour: Callable[[FaultServer, FaultServer], Behaviour]
    titles: list[str]


@dataclass
class Broken:
    """A good feed in run 1 (``first``: titles), then ``behaviour`` from run 2 on."""

    behaviour: Callable[[FaultServer, FaultServer], Behaviour]
    error: str  # the feed's error, exactly, or its start when it ends with "…"
    state: str = "backoff"
    first: list[str] = field(default_factory=lambda: ["Before the fault"])


FAR = "Mon, 01 Jan 0001 00:00:00 +0100|Fri, 31 Dec 9999 23:59:59 -1200|9999-12-31T23:59:59-12:00"
FAR += "|Sat, 01 Jan 2101 00:00:00 GMT|Tue, 24 Nov 2026 10:00:00 -0930"
MANY = 10_000
WIDE = ("Café “Zürich”", "Привіт, світ")

QUIRKY: dict[str, Quirky] = {
    "utf16le-no-bom-no-decl": Quirky(
        lambda s, o: respond(200, rss("le", *WIDE, decl="").encode("utf-16-le"), RSS_TYPE), list(WIDE)
    ),
    "utf16be-no-bom-no-decl": Quirky(
        lambda s, o: respond(200, rss("be", *WIDE, decl="").encode("utf-16-be"), RSS_TYPE), list(WIDE)
    ),
    "utf16-bom-beats-header": Quirky(
        lambda s, o: respond(
            200,
            rss("bom16", "Ελληνικά νέα", decl='<?xml version="1.0" encoding="utf-16"?>').encode("utf-16"),
            {"Content-Type": "application/rss+xml; charset=utf-8"},
        ),
        ["Ελληνικά νέα"],
    ),
    "bom-space-before-decl": Quirky(
        lambda s, o: respond(200, b"\xef\xbb\xbf \r\n\t" + rss("bomws", "Déjà vu").encode(), RSS_TYPE),
        ["Déjà vu"],
    ),
    "header-charset-beats-decl": Quirky(
        lambda s, o: respond(
            200,
            rss("hdr", "Новини дня", decl='<?xml version="1.0" encoding="koi8-r"?>').encode("cp1251"),
            {"Content-Type": "text/xml; charset=windows-1251"},
        ),
        ["Новини дня"],
    ),
    "gzip-labelled-deflate": Quirky(
        lambda s, o: respond(
            200, gzip.compress(rss("gzdef", "Swapped one").encode()), {"Content-Encoding": "deflate"}
        ),
        ["Swapped one"],
    ),
    "zlib-labelled-gzip": Quirky(
        lambda s, o: respond(
            200, zlib.compress(rss("zlgz", "Swapped two").encode()), {"Content-Encoding": "gzip"}
        ),
        ["Swapped two"],
    ),
    "redirects-to-another-port": Quirky(
        lambda s, o: redirect(302, "hop-b"),  # then /hop-b 301 -> /hop-c 307 -> another port 308 -> 200
        ["Moved elsewhere"],
    ),
    "duplicate-guids": Quirky(
        lambda s, o: respond(
            200,
            (
                b'<?xml version="1.0"?><rss version="2.0"><channel><title>d</title>'
                b"<item><title>First telling</title><guid>same</guid><description>Short.</description></item>"
                b"<item><title>Second telling</title><guid>same</guid><description>A longer text.</description></item>"
                b"</channel></rss>"
            ),
            RSS_TYPE,
        ),
        ["Second telling"],  # the most complete copy, whatever the order (docs/dedup.md)
    ),
    "far-dates": Quirky(
        lambda s, o: respond(200, rss("far", *(f"Far {i}" for i in range(5)), dates=FAR).encode(), RSS_TYPE),
        [f"Far {i}" for i in range(5)],
    ),
    "json-wrong-types": Quirky(
        lambda s, o: respond(
            200,
            json_feed(
                [
                    {
                        "id": 1,
                        "title": 7,
                        "url": 5,
                        "content_text": "Numbers for strings.",
                        "date_published": 1,
                    },
                    "not an item",
                    None,
                    {"id": "ok", "title": "Typed right", "url": "https://json.example/ok", "tags": "x"},
                ],
                title=12,
            ),
            {"Content-Type": "application/feed+json"},
        ),
        ["", "Typed right"],
    ),
    "json-huge-id": Quirky(
        lambda s, o: respond(
            200,
            json_feed([{"title": "Long id", "url": "https://json.example/long"}]).replace(
                b'"title"', b'"id": 1' + b"0" * 5000 + b', "title"'
            ),
            {"Content-Type": "application/feed+json"},
        ),
        ["Long id"],
    ),
    "two-mb-description": Quirky(
        lambda s, o: respond(200, rss("big", "Long read", desc="word " * 400_000).encode(), RSS_TYPE),
        ["Long read"],
    ),
    "ten-thousand-entries": Quirky(
        lambda s, o: respond(
            200, rss("many", *(f"N{i:05d}" for i in range(MANY)), desc="x").encode(), RSS_TYPE
        ),
        [f"N{i:05d}" for i in range(MANY)],
    ),
    "etag-flapping": Quirky(
        lambda s, o: flapping(rss("flap", "Flap one", "Flap two").encode()), ["Flap one", "Flap two"]
    ),
}


def in_three_hours() -> str:
    """A Retry-After HTTP date, taken when the routes are set up (not at import: the suite is long)."""
    return format_datetime(datetime.now(UTC) + timedelta(hours=3), usegmt=True)


BROKEN: dict[str, Broken] = {
    "redirect-loop-after-3-hops": Broken(
        lambda s, o: redirect(301, "loop-b"), "redirect loop at {url}/loop-b"
    ),  # /loop-b 302 -> loop-c 307 -> /loop-d 308 -> loop-b
    "redirect-to-file": Broken(
        lambda s, o: redirect(302, "file:///etc/passwd"),
        "redirect to a non-HTTP URL refused: file:///etc/passwd",
    ),
    "redirect-to-ftp": Broken(
        lambda s, o: redirect(301, "ftp://127.0.0.1/feed.xml"),
        "redirect to a non-HTTP URL refused: ftp://127.0.0.1/feed.xml",
    ),
    "redirect-to-javascript": Broken(
        lambda s, o: redirect(307, "javascript:alert(1)"),
        "redirect to a non-HTTP URL refused: javascript:alert(1)",
    ),
    "html-error-page-200": Broken(
        lambda s, o: respond(
            200,
            b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>",
            RSS_TYPE,
        ),
        "not a feed: looks like an HTML page titled '502 Bad Gateway'",
    ),
    "binary-body": Broken(
        lambda s, o: respond(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 8, RSS_TYPE),
        "not a feed: binary data (starts with '%PDF-1.4')",
    ),
    "retry-429-seconds": Broken(
        lambda s, o: respond(429, b"", {"Retry-After": "7200"}), "HTTP 429 Too Many Requests", "backoff"
    ),
    "retry-429-date": Broken(
        lambda s, o: respond(429, b"", {"Retry-After": in_three_hours()}), "HTTP 429 Too Many Requests"
    ),
    "retry-503-seconds": Broken(
        lambda s, o: respond(503, b"", {"Retry-After": "7200"}), "HTTP 503 Service Unavailable"
    ),
    "retry-503-date": Broken(
        lambda s, o: respond(503, b"", {"Retry-After": in_three_hours()}), "HTTP 503 Service Unavailable"
    ),
    "gone-410": Broken(lambda s, o: respond(410, b"gone"), "HTTP 410 Gone", "gone"),
    "content-length-too-long": Broken(
        lambda s, o: raw_response("HTTP/1.1 200 OK", [("Content-Length", "9000")], rss("cl", "Cut").encode()),
        "connection closed by server: peer closed connection without sending complete message body …",
    ),
    "chunked-cut-mid-chunk": Broken(
        lambda s, o: chunked_cut, "connection closed by server: peer closed connection …"
    ),
    "body-over-the-cap": Broken(
        lambda s, o: stream_body(8 * CAP, content_length=False), f"body larger than {CAP} bytes (cut off)"
    ),
    "json-items-not-a-list": Broken(
        lambda s, o: respond(200, json_feed({"0": {"id": "x"}}), {"Content-Type": "application/feed+json"}),
        "not a feed: JSON Feed without an 'items' array",
    ),
}
RETRY_AFTER = {
    "retry-429-seconds": 7200,
    "retry-503-seconds": 7200,
    "retry-429-date": 3 * 3600,
    "retry-503-date": 3 * 3600,
}


@dataclass
class Runs:
    urls: dict[str, str]
    summaries: list[RunSummary]
    titles: list[dict[str, list[str]]]  # per run: feed -> sorted titles of its stored articles
    rows: list[dict[str, int]]  # per run: table -> row count
    states: list[dict[str, FeedState]]
    status: dict[str, tuple[Any, ...]]  # `ingest status` rows after run 2, by feed
    hits: list[dict[str, int]]  # per run: feed -> requests its URL got so far
    seconds: list[float]
    finished: datetime
    warehouse: Path


def snapshot(warehouse: Path) -> tuple[dict[str, list[str]], dict[str, int]]:
    con = duckdb.connect(str(warehouse / "news.duckdb"), read_only=True)
    try:
        titles: dict[str, list[str]] = {}
        for feed, title in con.execute("select feed, title from articles order by feed, title").fetchall():
            titles.setdefault(feed, []).append(title)
        tables = ("articles", "article_sightings", "statements", "fetches")
        rows = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in tables}  # type: ignore[index]
        return titles, rows
    finally:
        con.close()


def add_routes(s: FaultServer, other: FaultServer) -> dict[str, str]:
    s.add("/hop-b", redirect(301, "/hop-c"))
    s.add("/hop-c", redirect(307, other.url("/hop-d")))
    other.add("/hop-d", redirect(308, "final"))
    other.add("/final", respond(200, rss("moved", "Moved elsewhere").encode(), RSS_TYPE))
    s.add("/loop-b", redirect(302, "loop-c"))
    s.add("/loop-c", redirect(307, "/loop-d"))
    s.add("/loop-d", redirect(308, "loop-b"))
    urls = {}
    for name, quirky in QUIRKY.items():
        s.add(f"/{name}", quirky.behaviour(s, other))
    for name, broken in BROKEN.items():
        good = rss(name, *broken.first).encode()
        if name.startswith("json"):
            good = json_feed([{"id": "1", "title": broken.first[0], "url": "https://json.example/before"}])
        s.add(f"/{name}", sequence(respond(200, good, RSS_TYPE), broken.behaviour(s, other)))
    for i, name in enumerate([*QUIRKY, *BROKEN]):  # spread over the loopback hosts, as real feeds are
        urls[name] = s.url(f"/{name}", host=s.hosts[i % len(s.hosts)])
    return urls


@pytest.fixture(scope="module")
def runs(fault_server_module: FaultServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    s = fault_server_module
    s.reset()
    tmp = tmp_path_factory.mktemp("round3")
    with FaultServer(("127.0.0.1",)) as other:
        urls = add_routes(s, other)
        feeds = tmp / "feeds.toml"
        feeds.write_text("".join(f'[[feeds]]\nname = "{n}"\nurl = "{u}"\n\n' for n, u in urls.items()))
        warehouse = tmp / "warehouse"
        settings = Settings(
            warehouse=warehouse,
            fetch_deadline_s=20.0,  # nothing here hangs: a loaded machine must not cut a fetch short
            fetch_timeout_s=10.0,
            max_body_bytes=CAP,
            fetch_host_interval_s=0.0,
        )
        out = Runs(urls, [], [], [], [], {}, [], [], datetime.now(UTC), warehouse)
        for i in range(4):
            started = time.monotonic()
            out.summaries.append(pipeline.run(feeds, warehouse, settings=settings, force=i == 3))
            out.seconds.append(time.monotonic() - started)
            titles, rows = snapshot(warehouse)
            out.titles.append(titles)
            out.rows.append(rows)
            out.states.append(read_states(warehouse))
            out.hits.append({n: len(s.hits(f"/{n}")) for n in urls})
            if i == 1:
                _, table = pipeline.feed_status(warehouse)
                out.status = {row[0]: row for row in table}
        out.finished = datetime.now(UTC)
        yield out
    s.reset()


@pytest.mark.parametrize("name", list(QUIRKY))
def test_quirky_feeds_are_read_once_and_stay_healthy(runs: Runs, name: str) -> None:
    expected = sorted(QUIRKY[name].titles)
    assert runs.titles[0].get(name) == expected
    assert [t.get(name) for t in runs.titles[1:]] == [expected] * 3  # never stored twice, never lost
    for states in runs.states:
        assert states[name].state == "active", states[name].last_error
        assert states[name].last_status in ("ok", "unchanged", "not_modified")
    assert not [e for s in runs.summaries for e in s.errors if e.startswith(f"{name}:")]


@pytest.mark.parametrize("name", list(BROKEN))
def test_broken_feeds_fail_in_one_line_and_keep_what_was_stored(runs: Runs, name: str) -> None:
    case = BROKEN[name]
    assert runs.titles[0].get(name) == case.first and runs.states[0][name].state == "active"
    assert [t.get(name) for t in runs.titles[1:]] == [case.first] * 3  # nothing lost, nothing added
    state = runs.states[1][name]
    expected = case.error.format(url=runs.urls[name].rsplit("/", 1)[0])
    error = state.last_error or ""
    if expected.endswith("…"):
        assert error.startswith(expected.removesuffix("…").rstrip()), error
    else:
        assert error == expected
    assert "\n" not in error and len(error) < 400
    assert state.state == case.state
    assert f"{name}: {error}" in runs.summaries[1].errors  # the run summary
    assert runs.status[name][-1] == error and runs.status[name][1] == case.state  # `ingest status`


@pytest.mark.parametrize("name", list(RETRY_AFTER))
def test_retry_after_in_both_forms_is_respected_by_the_next_run(runs: Runs, name: str) -> None:
    state = runs.states[1][name]
    assert state.last_status == "retry_later" and state.next_fetch_at is not None
    expected = runs.finished + timedelta(seconds=RETRY_AFTER[name])
    assert abs(state.next_fetch_at - expected) < timedelta(minutes=5), (state.next_fetch_at, expected)
    assert runs.hits[2][name] == runs.hits[1][name]  # run 3 did not ask again
    assert runs.hits[3][name] == runs.hits[2][name] + 1  # a forced run does


def test_a_gone_feed_is_not_fetched_again(runs: Runs) -> None:
    assert runs.hits[2]["gone-410"] == runs.hits[1]["gone-410"] == 2


def test_runs_are_idempotent_and_quick(runs: Runs) -> None:
    assert runs.summaries[0].failed == 0, runs.summaries[0].errors
    assert {e.split(":", 1)[0] for e in runs.summaries[1].errors} == set(BROKEN)
    assert [{k: v for k, v in r.items() if k != "fetches"} for r in runs.rows[1:]] == [
        {k: v for k, v in runs.rows[0].items() if k != "fetches"}
    ] * 3
    assert all(s.new_articles == 0 and s.revised == 0 for s in runs.summaries[1:])
    assert runs.summaries[0].duplicates >= 1  # the second telling under the same guid
    print("run seconds:", [round(s, 1) for s in runs.seconds])
    assert max(runs.seconds) < 60  # ~5 s for run 1 (the 10,000 entries) on an idle machine


def test_stored_values_of_odd_items(runs: Runs) -> None:
    con = duckdb.connect(str(runs.warehouse / "news.duckdb"), read_only=True)
    try:
        dates = dict(
            con.execute(
                "select title, published_at = first_seen_at from articles where feed = 'far-dates'"
            ).fetchall()
        )
        text = con.execute("select text from articles where feed = 'two-mb-description'").fetchone()
        dup = con.execute("select text from articles where feed = 'duplicate-guids'").fetchone()
    finally:
        con.close()
    # year 1, year 9999 (where UTC is past the year's end), 2101: not plausible, so first seen
    assert dates == {"Far 0": True, "Far 1": True, "Far 2": True, "Far 3": True, "Far 4": False}
    assert text is not None and len(text[0]) == len("word " * 400_000) - 1
    assert dup == ("A longer text.",)  # the longer of two items under one guid
    moved = runs.states[3]["redirects-to-another-port"]  # a 302 came first: the feed URL did not move
    assert moved.url == runs.urls["redirects-to-another-port"] and moved.redirect_target is None
