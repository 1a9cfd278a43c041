"""Round four of misbehaving servers and feed bodies, through the whole pipeline on 127.0.0.1.

Four runs over one feeds file: (1) every feed serves its first version; (2) the second version
(a fault, an edit, another encoding); (3) a plain re-run (feeds failing in run 2 wait for their
backoff); (4) a forced re-run, where the faulty feeds are whole again. Each case is then checked on
its own, through the warehouse, the feed states, the run summaries and ``ingest status``.
A login given in the feeds file must reach the server and appear nowhere else.
"""

# ruff: noqa: F811 - the fault_server_module fixture is imported, then named as an argument
from __future__ import annotations

import gzip
import json
import logging
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import duckdb
import feedparser
import pytest

from faultserver import (
    Behaviour,
    FaultHandler,
    FaultServer,
    fault_server,  # noqa: F401 - pytest fixture
    fault_server_module,  # noqa: F401 - pytest fixture
    raw_response,
    redirect,
    respond,
    sequence,
)
from ingest import pipeline
from ingest.batch import RunSummary
from ingest.catalog import read_states
from ingest.config import Settings
from ingest.models import Feed, FeedState
from ingest.normalise import normalise_entries
from ingest.parse import ParseError, parse_feed

pytestmark = pytest.mark.slow

RSS_TYPE = {"Content-Type": "application/rss+xml"}
MINISTER = "“We are ready,” said Minister Olena Shevchuk."
USER, SECRET = "reader", "pw-R4-7c1e9f"  # the login of the private feeds; must appear nowhere


def rss(outlet: str, *titles: str, decl: str = '<?xml version="1.0" encoding="utf-8"?>', **kw: str) -> str:
    """RSS 2.0; ``kw``: ``dates`` (|-separated pubDates, "-" for none), ``links`` (|-separated),
    ``guids`` (|-separated), ``desc``."""
    dates = kw.get("dates", "").split("|")
    links = kw.get("links", "").split("|")
    guids = kw.get("guids", "").split("|")

    def pick(values: list[str], i: int, default: str) -> str:
        return values[i] if i < len(values) and values[i] else default

    items = []
    for i, title in enumerate(titles):
        date = pick(dates, i, "Tue, 24 Nov 2026 10:00:00 +0000")
        items.append(
            f"<item><title>{title}</title><link>{pick(links, i, f'https://{outlet}.example/a/{i}')}</link>"
            f"<guid>{pick(guids, i, f'{outlet}-{i}')}</guid>"
            + ("" if date == "-" else f"<pubDate>{date}</pubDate>")
            + f"<description>{kw.get('desc') or f'{outlet} story {i}: {MINISTER}'}</description></item>"
        )
    return f'{decl}<rss version="2.0"><channel><title>{outlet}</title>{"".join(items)}</channel></rss>'


def gz_cut(body: bytes, keep: int = -8) -> bytes:
    return gzip.compress(body)[:keep]


def close_after(headers: list[tuple[str, str]], body: bytes) -> Behaviour:
    return raw_response("HTTP/1.1 200 OK", [("Content-Type", "application/rss+xml"), *headers], body)


def every_request_new_validators(body: bytes) -> Behaviour:
    """The same body, with an ETag and Last-Modified that change on every request."""
    calls = [0]

    def run(h: FaultHandler) -> None:
        calls[0] += 1
        when = datetime(2026, 11, 24, tzinfo=UTC) + timedelta(minutes=calls[0])
        headers = {"ETag": f'"v{calls[0]}"', "Last-Modified": format_datetime(when, usegmt=True)}
        h.send(200, body, {**headers, **RSS_TYPE})

    return run


def not_modified_with_body(h: FaultHandler) -> None:
    """A 304 that carries a body and new validators (the body must be ignored, the connection too)."""
    if h.headers.get("If-None-Match"):
        junk = b"<rss><channel><item><title>Junk after 304</title></item></channel></rss>"
        h.wfile.write(
            b'HTTP/1.1 304 Not Modified\r\nETag: "n2"\r\nContent-Length: %d\r\n\r\n' % len(junk) + junk
        )
        h.wfile.flush()
        h.close_connection = True
        return
    h.send(200, rss("nm", "Not modified one").encode(), {"ETag": '"n1"', **RSS_TYPE})


# --- the cases ------------------------------------------------------------------------------------
@dataclass
class Case:
    """``serve`` gives the route's behaviour (every request, in order); ``titles`` the stored titles
    expected after each of the four runs (one list: the same after every run); ``error`` the
    feed's error after run 2 (exact, or its start when it ends with "…"); ``state`` after run 2."""

    serve: Callable[[FaultServer, FaultServer], Behaviour]
    titles: list[list[str]] | list[str]
    error: str | None = None
    state: str = "active"
    extra: dict[str, Any] = field(default_factory=dict)


def v1(outlet: str) -> bytes:
    return rss(outlet, "Cut one").encode()


def v2(outlet: str) -> bytes:
    return rss(outlet, "Cut one", "Cut two").encode()


CUT_TITLES = [["Cut one"], ["Cut one"], ["Cut one"], ["Cut one", "Cut two"]]  # run 4 (forced) completes it
CUT_ERROR = "compressed body cut short: gzip stream incomplete after …"
LOGIN_WALL = (
    b"<!DOCTYPE html><html lang=en><head><title>Just a moment...</title></head><body>"
    b"<div id=challenge-running>Checking if the site connection is secure</div></body></html>"
)
ALT_A = rss(
    "alt",
    "Minister speaks",
    "Budget passed",
    links="https://alt.example/a/0|https://alt.example/a/1",
    guids="g-0|g-1",
)
ALT_B = rss(
    "alt",
    "Minister speaks (updated)",
    "Budget passed",
    links="https://alt.example/a/0?utm_source=rss&utm_medium=feed|https://alt.example/a/1?fbclid=x",
    guids="tag:alt,2026:0|tag:alt,2026:1",
)
WIDE_TITLES = ["Привіт, світ", "Нова редакція"]
SLUG_DATE = "Tue, 24 Nov 2026 09:15:00 GMT"
SLUGS = [  # one item, its guid kept: the link's slug edited with the title, then a cache-buster, then back
    ("Minister warns of delays", "https://slug.example/2026/11/minister-warns-of-delays-4711"),
    ("Minister warns of long delays", "https://slug.example/2026/11/minister-warns-of-long-delays-4711"),
    (
        "Minister warns of long delays",
        "https://slug.example/2026/11/minister-warns-of-long-delays-4711?ts=17",
    ),
    ("Minister warns of delays", "https://slug.example/2026/11/minister-warns-of-delays-4711"),
]
BRIEFING = [  # one guid reused for each day's briefing (new link, new date): separate articles
    ("Briefing 23 November", "https://brief.example/2026/11/23/briefing", "Mon, 23 Nov 2026 06:00:00 GMT"),
    ("Briefing 24 November", "https://brief.example/2026/11/24/briefing", "Tue, 24 Nov 2026 06:00:00 GMT"),
]

CASES: dict[str, Case] = {
    "gzip-cut-before-trailer": Case(
        lambda s, o: sequence(
            respond(200, gzip.compress(v1("c1")), {"Content-Encoding": "gzip", **RSS_TYPE}),
            respond(
                200, gz_cut(v2("c1")), {"Content-Encoding": "gzip", **RSS_TYPE}
            ),  # length matches the cut
            respond(200, gzip.compress(v2("c1")), {"Content-Encoding": "gzip", **RSS_TYPE}),
        ),
        CUT_TITLES,
        CUT_ERROR,
        "backoff",
    ),
    "gzip-cut-mid-stream-connection-close": Case(
        lambda s, o: sequence(
            respond(200, gzip.compress(v1("c2")), {"Content-Encoding": "gzip", **RSS_TYPE}),
            close_after([("Content-Encoding", "gzip"), ("Connection", "close")], gz_cut(v2("c2"), 60)),
            respond(200, gzip.compress(v2("c2")), {"Content-Encoding": "gzip", **RSS_TYPE}),
        ),
        CUT_TITLES,
        CUT_ERROR,
        "backoff",
    ),
    "deflate-cut": Case(
        lambda s, o: sequence(
            respond(200, zlib.compress(v1("c3")), {"Content-Encoding": "deflate", **RSS_TYPE}),
            respond(200, zlib.compress(v2("c3"))[:-3], {"Content-Encoding": "deflate", **RSS_TYPE}),
            respond(200, zlib.compress(v2("c3")), {"Content-Encoding": "deflate", **RSS_TYPE}),
        ),
        CUT_TITLES,
        "compressed body cut short: deflate stream incomplete after …",
        "backoff",
    ),
    "gzip-content-length-too-long": Case(
        lambda s, o: sequence(
            respond(200, gzip.compress(v1("c4")), {"Content-Encoding": "gzip", **RSS_TYPE}),
            close_after(
                [("Content-Encoding", "gzip"), ("Content-Length", str(len(gzip.compress(v2("c4"))) + 50))],
                gzip.compress(v2("c4")),
            ),
            respond(200, gzip.compress(v2("c4")), {"Content-Encoding": "gzip", **RSS_TYPE}),
        ),
        CUT_TITLES,
        "connection closed by server: peer closed connection without sending complete message body …",
        "backoff",
    ),
    "new-validators-every-request": Case(
        lambda s, o: every_request_new_validators(rss("val", "Same one", "Same two").encode()),
        ["Same one", "Same two"],
    ),
    "not-modified-with-a-body": Case(lambda s, o: not_modified_with_body, ["Not modified one"]),
    "alternating-versions": Case(
        lambda s, o: sequence(*(respond(200, v.encode(), RSS_TYPE) for v in (ALT_A, ALT_B, ALT_A, ALT_B))),
        [["Budget passed", "Minister speaks"]] + [["Budget passed", "Minister speaks (updated)"]] * 3,
    ),
    "same-guid-feed-a": Case(
        lambda s, o: respond(200, rss("twin", "Twin story", guids="shared-guid").encode(), RSS_TYPE),
        ["Twin story"],
    ),
    "same-guid-feed-b": Case(  # the same article: stored under the feed that saw it first
        lambda s, o: respond(200, rss("twin", "Twin story", guids="shared-guid").encode(), RSS_TYPE),
        [],
    ),
    "dates-all-future": Case(
        lambda s, o: respond(
            200,
            rss(
                "fut", "Future one", "Future two", dates="Fri, 24 Nov 2034 10:00:00 GMT|2031-01-01T00:00:00Z"
            ).encode(),
            RSS_TYPE,
        ),
        ["Future one", "Future two"],
    ),
    "dates-1970-and-missing": Case(
        lambda s, o: respond(
            200,
            rss("old", "Epoch", "Undated", "Zero", dates="Thu, 01 Jan 1970 00:00:00 GMT|-|0").encode(),
            RSS_TYPE,
        ),
        ["Epoch", "Undated", "Zero"],
    ),
    "login-wall-as-html": Case(
        lambda s, o: sequence(
            respond(200, rss("wall", "Before the wall").encode(), RSS_TYPE),
            respond(200, LOGIN_WALL, {"Content-Type": "text/html; charset=utf-8"}),
            respond(200, rss("wall", "Before the wall").encode(), RSS_TYPE),
        ),
        ["Before the wall"],
        "not a feed: looks like an HTML page titled 'Just a moment...'",
        "backoff",
    ),
    "login-wall-as-rss": Case(
        lambda s, o: sequence(
            respond(200, rss("wall2", "Before the wall").encode(), RSS_TYPE),
            respond(200, LOGIN_WALL, RSS_TYPE),
            respond(200, rss("wall2", "Before the wall").encode(), RSS_TYPE),
        ),
        ["Before the wall"],
        "not a feed: looks like an HTML page titled 'Just a moment...'",
        "backoff",
    ),
    "encoding-changes-between-runs": Case(
        lambda s, o: sequence(
            respond(200, rss("enc", *WIDE_TITLES).encode(), RSS_TYPE),
            respond(
                200,
                rss("enc", *WIDE_TITLES, decl='<?xml version="1.0" encoding="windows-1251"?>').encode(
                    "cp1251"
                ),
                RSS_TYPE,
            ),
            respond(200, rss("enc", *WIDE_TITLES, decl="").encode("utf-16"), RSS_TYPE),
        ),
        WIDE_TITLES,
    ),
    "bom-against-declaration": Case(
        lambda s, o: respond(
            200,
            b"\xef\xbb\xbf"
            + rss("bomd", "Ünïcödé title", decl='<?xml version="1.0" encoding="iso-8859-1"?>').encode(),
            {"Content-Type": "application/rss+xml; charset=windows-1252"},
        ),
        ["Ünïcödé title"],
    ),
    "charset-that-lies": Case(
        lambda s, o: respond(
            200,
            rss("lie", "Zürich “quoted”").encode(),
            {"Content-Type": "application/rss+xml; charset=us-ascii"},
        ),
        ["Zürich “quoted”"],
    ),
    "ok-with-retry-after": Case(
        lambda s, o: respond(200, rss("ra", "Served anyway").encode(), {"Retry-After": "86400", **RSS_TYPE}),
        ["Served anyway"],
    ),
    "moved-to-another-host-then-gone": Case(
        lambda s, o: sequence(
            respond(200, rss("mv", "Before the move").encode(), RSS_TYPE), redirect(301, o.url("/gone-now"))
        ),
        ["Before the move"],
        "HTTP 410 Gone (reached by a redirect to http://…",  # round twelve: the 410 is the target's
        "gone",
    ),
}


ATOM_BASE = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example/section/">
<title>A</title><id>urn:a</id><updated>2026-11-24T10:00:00Z</updated>
<entry xml:base="/2026/"><title>Relative one</title><id>urn:a:1</id><updated>2026-11-24T10:00:00Z</updated>
<link href="story-1.html"/><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
<p>&#8220;We are ready,&#8221; said <b>Minister</b> Olena Shevchuk.</p></div></content></entry>
<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Title <i>in</i> xhtml</div></title>
<id>urn:a:2</id><updated>2026-11-24T10:00:00Z</updated><link rel="alternate" href="two.html"/>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Only xhtml content here.</div></content></entry>
</feed>"""
CDATA_SPLIT = (
    b'<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
    b"<channel><title>c</title><item><title>Split CDATA</title><link>https://cdata.example/1</link>"
    b"<description>short</description><content:encoded><![CDATA[<p>Code a[b[0]]]]><![CDATA[> ends here."
    b" &amp; more.</p>]]></content:encoded></item></channel></rss>"
)
CASES["atom-xml-base-xhtml-only"] = Case(
    lambda s, o: respond(200, ATOM_BASE, {"Content-Type": "application/atom+xml"}),
    ["Relative one", "Title in xhtml"],
)
PARTIAL = rss("part", "Part one", "Part two", "Part three").encode()
CASES["partial-content-206"] = Case(
    lambda s, o: sequence(
        respond(200, rss("part", "Part one").encode(), RSS_TYPE),
        respond(
            206,
            PARTIAL[: len(PARTIAL) * 2 // 3],
            {"Content-Range": f"bytes 0-{len(PARTIAL) * 2 // 3 - 1}/{len(PARTIAL)}", **RSS_TYPE},
        ),
        respond(200, PARTIAL, RSS_TYPE),
    ),
    [["Part one"], ["Part one"], ["Part one"], ["Part one", "Part three", "Part two"]],
    "HTTP 206 Partial Content: only a part of the body was sent (Content-Range 'bytes 0-…",
    "backoff",
)
CASES["slug-edited-guid-kept"] = Case(
    lambda s, o: sequence(
        *(
            respond(
                200, rss("slug", title, links=link, guids="slug-4711", dates=SLUG_DATE).encode(), RSS_TYPE
            )
            for title, link in SLUGS
        )
    ),
    [["Minister warns of delays"]] + [["Minister warns of long delays"]] * 3,
)
CASES["guid-reused-daily"] = Case(
    lambda s, o: sequence(
        *(
            respond(
                200, rss("brief", title, links=link, guids="daily-briefing", dates=date).encode(), RSS_TYPE
            )
            for title, link, date in BRIEFING
        )
    ),
    [["Briefing 23 November"]] + [["Briefing 23 November", "Briefing 24 November"]] * 3,
)
DEEP = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>deep</title><item><title>Deep</title><x>'
    + b"<a>" * 300_000
    + b"</x></item></channel></rss>"
)
CASES["nested-300000-deep"] = Case(
    lambda s, o: sequence(
        respond(200, rss("deep", "Before the depth").encode(), RSS_TYPE), respond(200, DEEP, RSS_TYPE)
    ),
    ["Before the depth"],
    "not a feed: elements nested more than 256 deep (300013 tags)",
    "backoff",
)
CASES["json-feed-in-latin1"] = Case(
    lambda s, o: respond(
        200,
        json.dumps(
            {
                "version": "https://jsonfeed.org/version/1.1",
                "title": "L",
                "items": [{"id": "1", "title": "Café Zürich", "url": "https://latin.example/1"}],
            },
            ensure_ascii=False,
        ).encode("latin-1"),
        {"Content-Type": "application/feed+json; charset=iso-8859-1"},
    ),
    ["Café Zürich"],
)
CASES["content-encoded-cdata-split"] = Case(lambda s, o: respond(200, CDATA_SPLIT, RSS_TYPE), ["Split CDATA"])


def retry_date() -> str:
    return format_datetime(datetime.now(UTC) + timedelta(hours=2), usegmt=True)


CASES["retry-503-http-date"] = Case(
    lambda s, o: sequence(
        respond(200, rss("r503", "Before the outage").encode(), RSS_TYPE),
        respond(503, b"", {"Retry-After": retry_date()}),
        respond(200, rss("r503", "Before the outage").encode(), RSS_TYPE),
    ),
    ["Before the outage"],
    "HTTP 503 Service Unavailable",
    "backoff",
)
CASES["retry-429-http-date"] = Case(
    lambda s, o: sequence(
        respond(200, rss("r429", "Before the limit").encode(), RSS_TYPE),
        respond(429, b"", {"Retry-After": retry_date()}),
        respond(200, rss("r429", "Before the limit").encode(), RSS_TYPE),
    ),
    ["Before the limit"],
    "HTTP 429 Too Many Requests",
    "backoff",
)
PRIVATE = {  # served only with the right login; relative links and a relative permanent move
    "private-feed": rss("priv", "Private one", links="/a/priv-0"),
}


def private(body: bytes) -> Behaviour:
    def run(h: FaultHandler) -> None:
        import base64

        expected = "Basic " + base64.b64encode(f"{USER}:{SECRET}".encode()).decode()
        if h.headers.get("Authorization") != expected:
            h.send(401, b"login required", {"WWW-Authenticate": 'Basic realm="feeds"'})
        else:
            h.send(200, body, RSS_TYPE)

    return run


@dataclass
class Runs:
    urls: dict[str, str]
    summaries: list[RunSummary]
    titles: list[dict[str, list[str]]]
    rows: list[dict[str, int]]
    states: list[dict[str, FeedState]]
    status: dict[str, tuple[Any, ...]]
    hits: list[dict[str, int]]
    warehouse: Path
    logs: str
    auth: list[tuple[str, str | None]]  # (path, Authorization) of every request


def snapshot(warehouse: Path) -> tuple[dict[str, list[str]], dict[str, int]]:
    con = duckdb.connect(str(warehouse / "news.duckdb"), read_only=True)
    try:
        titles: dict[str, list[str]] = {}
        for feed, title in con.execute("select feed, title from articles order by feed, title").fetchall():
            titles.setdefault(feed, []).append(title)
        tables = ("articles", "article_revisions", "article_sightings", "statements")
        rows = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in tables}  # type: ignore[index]
        return titles, rows
    finally:
        con.close()


def add_routes(s: FaultServer, other: FaultServer) -> dict[str, str]:
    other.add("/gone-now", respond(410, b"gone"))
    s.add("/private-feed", sequence(redirect(301, "/private-moved")))
    s.add("/private-moved", private(PRIVATE["private-feed"].encode()))
    s.add("/private-loop", redirect(302, "/private-loop-2"))
    s.add("/private-loop-2", redirect(302, "/private-loop"))
    s.add("/a/priv-0", private(b"<html><body><p>The page.</p></body></html>"))
    urls = {}
    for i, (name, case) in enumerate(CASES.items()):
        s.add(f"/{name}", case.serve(s, other))
        urls[name] = s.url(f"/{name}", host=s.hosts[i % len(s.hosts)])
    for name in ("private-feed", "private-loop"):
        urls[name] = s.url(f"/{name}").replace("http://", f"http://{USER}:{SECRET}@")
    return urls


@pytest.fixture(scope="module")
def runs(fault_server_module: FaultServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    s = fault_server_module
    s.reset()
    tmp = tmp_path_factory.mktemp("round4")
    handler = CollectingHandler()
    logging.getLogger().addHandler(handler)
    old_level = logging.getLogger().level
    logging.getLogger().setLevel(logging.DEBUG)
    try:
        with FaultServer(("127.0.0.1",)) as other:
            urls = add_routes(s, other)
            feeds = tmp / "feeds.toml"
            feeds.write_text(
                "".join(
                    f'[[feeds]]\nname = "{n}"\nurl = "{u}"\n'
                    + ('outlet = "Twin"\n' if n.startswith("same-guid") else "")
                    + ('fulltext = "never"\n' if not n.startswith("private") else "")
                    + "\n"
                    for n, u in urls.items()
                )
            )
            warehouse = tmp / "warehouse"
            settings = Settings(
                warehouse=warehouse, fetch_deadline_s=20.0, fetch_timeout_s=10.0, fetch_host_interval_s=0.0
            )
            out = Runs(urls, [], [], [], [], {}, [], warehouse, "", [])
            for i in range(4):
                out.summaries.append(pipeline.run(feeds, warehouse, settings=settings, force=i == 3))
                titles, rows = snapshot(warehouse)
                out.titles.append(titles)
                out.rows.append(rows)
                out.states.append(read_states(warehouse))
                out.hits.append({n: len(s.hits(f"/{n}")) for n in urls})
                if i == 1:
                    _, table = pipeline.feed_status(warehouse)
                    out.status = {row[0]: row for row in table}
            out.auth = [(r.path, r.headers.get("authorization")) for r in s.requests]
            out.logs = "\n".join(handler.lines)
            yield out
    finally:
        logging.getLogger().removeHandler(handler)
        logging.getLogger().setLevel(old_level)
        s.reset()


class CollectingHandler(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


def expected_titles(case: Case, run: int) -> list[str]:
    titles = case.titles
    if titles and isinstance(titles[0], list):
        return sorted(titles[run])  # type: ignore[arg-type]
    return sorted(titles)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", list(CASES))
def test_each_case_keeps_what_it_should_after_every_run(runs: Runs, name: str) -> None:
    case = CASES[name]
    assert [runs.titles[i].get(name, []) for i in range(4)] == [expected_titles(case, i) for i in range(4)]
    state = runs.states[1][name]
    assert state.state == case.state, state
    error = state.last_error
    if case.error is None:
        assert error is None and not [e for s in runs.summaries for e in s.errors if e.startswith(f"{name}:")]
        return
    assert error is not None and "\n" not in error and len(error) < 300
    if case.error.endswith("…"):
        assert error.startswith(case.error.removesuffix("…").rstrip()), error
    else:
        assert error == case.error
    assert f"{name}: {error}" in runs.summaries[1].errors
    assert runs.status[name][1] == case.state and runs.status[name][-1] == error


def test_runs_add_nothing_when_nothing_changed(runs: Runs) -> None:
    assert [e.split(":", 1)[0] for e in runs.summaries[0].errors] == ["private-loop"]
    # run 2 revises only the edited titles; later runs add only the sighting of the slug's new link
    assert runs.rows[2] == {
        **runs.rows[1],
        "article_sightings": runs.rows[1]["article_sightings"] + 1,
    }  # ?ts=17
    cut = sum(1 for n in CASES if CASES[n].titles == CUT_TITLES) + 2  # and the two parts of the 206
    assert runs.rows[3]["articles"] == runs.rows[2]["articles"] + cut
    # the alternating feed's and the slug's edited titles; nothing when they flip back
    assert runs.summaries[1].revised == 2 and runs.summaries[2].revised == runs.summaries[3].revised == 0


def test_cut_transfers_are_fetched_again_and_completed(runs: Runs) -> None:
    for name, case in CASES.items():
        if case.titles is CUT_TITLES or name == "partial-content-206":
            assert runs.hits[2][name] == runs.hits[1][name], name  # run 3 respects the backoff
            assert runs.states[3][name].state == "active" and runs.states[3][name].last_error is None


def test_a_feed_moved_to_a_host_that_answers_410_is_marked_gone(runs: Runs) -> None:
    name = "moved-to-another-host-then-gone"
    state = runs.states[1][name]
    assert state.state == "gone" and state.next_fetch_at is None and state.last_http_status == 410
    assert runs.hits[2][name] == runs.hits[1][name] == 2  # not asked again without --force
    assert state.url == runs.urls[name]  # a move that ended in 410 is never adopted


@pytest.mark.parametrize("name", ["retry-503-http-date", "retry-429-http-date"])
def test_retry_after_as_an_http_date_is_respected_and_said(runs: Runs, name: str) -> None:
    state = runs.states[1][name]
    assert state.last_status == "retry_later" and state.next_fetch_at is not None
    assert timedelta(hours=1.9) < state.next_fetch_at - datetime.now(UTC) < timedelta(hours=2.1)
    assert runs.hits[2][name] == runs.hits[1][name]
    assert runs.states[2][name].next_fetch_at == state.next_fetch_at  # run 3 did not move it
    assert runs.status[name][6] == state.next_fetch_at  # `ingest status` shows when it is due
    code = name.split("-")[1]
    said = f"{name}: not due until {state.next_fetch_at.isoformat()} (Retry-After of HTTP {code})"
    assert said in runs.summaries[2].waiting  # and the next run says why it did not ask
    assert f"  not fetched: {said}" in pipeline.describe_run(runs.summaries[2]).splitlines()


def test_validators_that_change_every_time_cause_no_churn(runs: Runs) -> None:
    states = [r["new-validators-every-request"] for r in runs.states]
    assert [s.last_status for s in states] == ["ok", "unchanged", "unchanged", "unchanged"]


def test_a_304_with_a_body_keeps_the_stored_feed_and_the_connection_works(runs: Runs) -> None:
    states = [r["not-modified-with-a-body"] for r in runs.states]
    assert [s.last_status for s in states[1:]] == ["not_modified"] * 3
    assert "Junk after 304" not in json.dumps(runs.titles)


def test_same_guid_in_two_feeds_of_one_outlet_is_one_article_seen_twice(runs: Runs) -> None:
    con = duckdb.connect(str(runs.warehouse / "news.duckdb"), read_only=True)
    try:
        (n,) = con.execute(
            "select count(distinct article_id) from articles where title = 'Twin story'"
        ).fetchone()  # type: ignore[misc]
        feeds = con.execute(
            "select distinct s.feed from article_sightings s join articles a using (article_id)"
            " where a.title = 'Twin story' order by 1"
        ).fetchall()
    finally:
        con.close()
    assert n == 1 and [f for (f,) in feeds] == ["same-guid-feed-a", "same-guid-feed-b"]


def test_odd_dates_are_never_stored_in_the_future(runs: Runs) -> None:
    con = duckdb.connect(str(runs.warehouse / "news.duckdb"), read_only=True)
    try:
        rows = con.execute(
            "select title, published_at, first_seen_at from articles"
            " where feed in ('dates-all-future', 'dates-1970-and-missing') order by title"
        ).fetchall()
    finally:
        con.close()
    for title, published, first_seen in rows:
        assert published is not None and published <= first_seen + timedelta(days=1), title
        assert published.year >= 1990 or title == "Epoch", (title, published)


def test_a_login_reaches_the_server_and_nothing_else(runs: Runs) -> None:
    assert runs.titles[0].get("private-feed") == ["Private one"]
    sent = {path for path, auth in runs.auth if auth}
    assert {"/private-feed", "/private-moved", "/private-loop"} <= sent
    assert "/a/priv-0" not in sent and not any(p.startswith("/gone") for p in sent)
    state = runs.states[3]["private-feed"]
    assert state.url.endswith("/private-moved") and state.state == "active"  # moved after three 301s
    assert any(e.startswith("private-loop: redirect loop at http://127") for e in runs.summaries[0].errors)
    for path in runs.warehouse.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if path.suffix == ".gz":
                data = gzip.decompress(data)
            assert SECRET.encode() not in data, path
    assert SECRET not in runs.logs and USER + ":" not in runs.logs
    assert "127.0.0.1" in runs.logs  # the log did record the fetches
    assert SECRET not in json.dumps([s.as_dict() for s in runs.summaries])
    assert SECRET not in json.dumps(runs.status, default=str)


def stall_mid_body(h: FaultHandler) -> None:
    """Headers and the start of the body, then nothing, with the connection kept open."""
    h.wfile.write(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 90000\r\n\r\n<rss>"
    )
    h.wfile.flush()
    h.stopping.wait(60)


def stall_mid_gzip(h: FaultHandler) -> None:
    body = gzip.compress(rss("sg", "Never complete", desc="x" * 50_000).encode())
    h.wfile.write(
        b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(body) + body[:40]
    )
    h.wfile.flush()
    h.stopping.wait(60)


def whitespace_forever(h: FaultHandler) -> None:
    """A chunked body of spaces that never ends."""
    h.wfile.write(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    block = b" " * 65536
    while not h.stopping.is_set():
        h.wfile.write(b"%x\r\n" % len(block) + block + b"\r\n")


def whitespace_trickle(h: FaultHandler) -> None:
    """A chunked body of one space every 0.3 s, forever: every read succeeds, only the total deadline ends it."""
    h.wfile.write(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    h.wfile.flush()
    while not h.stopping.wait(0.3):
        h.wfile.write(b"1\r\n \r\n")
        h.wfile.flush()


STALLS = {
    "stall-mid-body": (stall_mid_body, "timed out after 2.5 s (deadline)"),
    "stall-mid-gzip": (stall_mid_gzip, "timed out after 2.5 s (deadline)"),
    "whitespace-trickle": (whitespace_trickle, "timed out after 2.5 s (deadline)"),
    "whitespace-forever": (whitespace_forever, f"body larger than {1 << 20} bytes (cut off)"),
}


def test_stalled_and_endless_bodies_are_cut_by_the_total_deadline_or_the_cap(
    fault_server: FaultServer, tmp_path: Path
) -> None:
    s = fault_server
    urls = {}
    for i, (name, (behaviour, _)) in enumerate(STALLS.items()):  # one host each: no slow-host shortening
        s.add(f"/{name}", behaviour)
        urls[name] = s.url(f"/{name}", host=s.hosts[i + 1])
    urls["healthy"] = s.add("/healthy", respond(200, rss("ok", "Still read").encode(), RSS_TYPE))
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(
        "".join(f'[[feeds]]\nname = "{n}"\nurl = "{u}"\nfulltext = "never"\n\n' for n, u in urls.items())
    )
    settings = Settings(
        warehouse=tmp_path / "w",
        fetch_timeout_s=30.0,  # longer than the deadline: only the total deadline can end a stall
        fetch_deadline_s=2.5,
        max_body_bytes=1 << 20,
        fetch_host_interval_s=0.0,
    )
    started = time.monotonic()
    summary = pipeline.run(feeds, tmp_path / "w", settings=settings)
    assert time.monotonic() - started < 15
    errors = dict(e.split(": ", 1) for e in summary.errors)
    assert errors == {name: message for name, (_, message) in STALLS.items()}
    assert snapshot(tmp_path / "w")[0] == {"healthy": ["Still read"]}


CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
SNAPSHOT_FOLDERS = (
    "feedparser-tests",
    "feed-rs-fixtures",
    "rss-parser-fixtures",
    "node-feedparser-fixtures",
    "fastfeedparser-benchmark-news",
)
SKIP_SUFFIXES = {".md", ".tsv", ".txt", ".py", ".js"}


def snapshot_files(folder: str) -> list[Path]:
    root = CORPORA / folder
    if not root.is_dir():
        pytest.skip(f"{root} not present (../shared corpora)")
    return [
        p
        for p in sorted(root.rglob("*"))
        if p.is_file()
        and p.suffix.lower() not in SKIP_SUFFIXES
        and "LICENSE" not in p.name
        and not p.name.endswith((".serde.json", ".expected.json"))
        and "/output/" not in p.as_posix()
    ]


@pytest.mark.shared
@pytest.mark.parametrize("folder", SNAPSHOT_FOLDERS)
def test_no_snapshot_crashes_or_loses_items_feedparser_finds(folder: str) -> None:
    """Every file through ingest.parse and normalise: no exception but ParseError, never fewer items
    than feedparser itself finds in the same bytes, and no title, http(s) link or date of an item lost
    (except an item's <title> that is only markup, and feedparser's known slips: docs/parsing.md)."""
    feed = Feed(name="f", url="http://example.org/feed", outlet="O")
    lost = []
    for path in snapshot_files(folder):
        body = path.read_bytes()
        if body[:2] == b"\x1f\x8b":
            body = gzip.decompress(body)
        reference = feedparser.parse(body, sanitize_html=False, resolve_relative_uris=False).entries
        try:
            parsed = parse_feed(body, url="http://example.org/feed")
        except ParseError as exc:
            assert not reference, (path, str(exc))
            continue
        normalise_entries(parsed.entries, feed, datetime.now(UTC), "http://example.org/feed")
        assert len(parsed.entries) >= len(reference), path
        for ours, theirs in zip(parsed.entries, reference, strict=False):
            title = str(theirs.get("title") or "").strip()
            if title and not ours.title.strip() and not title.startswith("<"):
                lost.append((path.name, "title", title))
            link = str(theirs.get("link") or "")
            if link.startswith("http") and not ours.url:
                lost.append((path.name, "link", link))
            if (theirs.get("published_parsed") or theirs.get("updated_parsed")) and not (
                ours.published or ours.updated
            ):
                lost.append((path.name, "date", str(theirs.get("published") or theirs.get("updated"))))
    assert lost == (
        [("item_category_image.xml", "title", "Savage Love")] if folder == "feedparser-tests" else []
    )


def test_relative_links_and_split_cdata_are_read_whole(runs: Runs) -> None:
    con = duckdb.connect(str(runs.warehouse / "news.duckdb"), read_only=True)
    try:
        rows = dict(
            con.execute(
                "select title, url || ' | ' || text from articles"
                " where feed in ('atom-xml-base-xhtml-only', 'content-encoded-cdata-split')"
            ).fetchall()
        )
    finally:
        con.close()
    assert rows == {
        "Relative one": "https://atom.example/2026/story-1.html | “We are ready,” said Minister Olena Shevchuk.",
        "Title in xhtml": "https://atom.example/section/two.html | Only xhtml content here.",
        "Split CDATA": "https://cdata.example/1 | Code a[b[0]]> ends here. & more.",
    }


def test_an_item_whose_link_moved_under_its_guid_is_one_article(runs: Runs) -> None:
    con = duckdb.connect(str(runs.warehouse / "news.duckdb"), read_only=True)
    try:
        (article,) = con.execute(
            "select article_id, revision, url from articles where feed = 'slug-edited-guid-kept'"
        ).fetchall()
        sightings = con.execute(
            "select url from article_sightings where article_id = ? order by url", [article[0]]
        ).fetchall()
        (statements,) = con.execute(
            "select count(*) from statements where article_id = ?", [article[0]]
        ).fetchone()  # type: ignore[misc]
    finally:
        con.close()
    assert article[1:] == (2, SLUGS[1][1])  # the edit is revision 2, with its new link
    assert [u for (u,) in sightings] == sorted(
        {link.split("?")[0] + ("?ts=17" if "?" in link else "") for _, link in SLUGS}
    )
    assert statements == 1
