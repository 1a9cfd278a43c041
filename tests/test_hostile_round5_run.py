"""Round five of misbehaving servers and feed bodies, through the whole pipeline on 127.0.0.1.

Two runs over one feeds file (the second a plain re-run that must add nothing), then each case is
checked on its own: the titles stored, the feed's state and its one-line error. The servers here
get a redirect's headers wrong in ways browsers shrug off (a UTF-8 Location beside a Latin-1
header, a Location sent twice, a cookie check that redirects to the page itself) and serve pages
that are no feed but say where the feed went (a meta refresh).
"""

# ruff: noqa: F811 - the fault_server_module fixture is imported, then named as an argument
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from faultserver import (
    Behaviour,
    FaultHandler,
    FaultServer,
    fault_server_module,  # noqa: F401 - pytest fixture
    respond,
    sequence,
)
from hostile_checks import check_case_outcome
from ingest import pipeline
from ingest.batch import RunSummary
from ingest.catalog import read_states
from ingest.config import Settings
from ingest.models import FeedState

pytestmark = pytest.mark.slow

RSS_TYPE = {"Content-Type": "application/rss+xml"}
MINISTER = "“We are ready,” said Minister Olena Shevchuk."


def rss(outlet: str, *titles: str) -> bytes:
    items = "".join(
        f"<item><title>{t}</title><link>https://{outlet}.example/a/{i}</link><guid>{outlet}-{i}</guid>"
        f"<pubDate>Tue, 24 Nov 2026 10:00:00 +0000</pubDate><description>{outlet} {i}: {MINISTER}</description></item>"
        for i, t in enumerate(titles)
    )
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{outlet}</title>{items}</channel></rss>'.encode()


def redirect_raw(status: str, headers: list[tuple[bytes, bytes]]) -> Behaviour:
    """A redirect whose header bytes are written as given (non-ASCII, repeated names)."""

    def run(h: FaultHandler) -> None:
        head = b"".join(name + b": " + value + b"\r\n" for name, value in headers)
        h.wfile.write(f"HTTP/1.1 {status}\r\n".encode() + head + b"Content-Length: 0\r\n\r\n")
        h.wfile.flush()
        h.close_connection = True

    return run


def cookie_check(outlet: str, accept: bool = True) -> Behaviour:
    """A cookie wall: no cookie -> 302 to this very URL with Set-Cookie; with it, the feed."""

    def run(h: FaultHandler) -> None:
        if accept and "visited=1" in (h.headers.get("Cookie") or ""):
            h.send(200, rss(outlet, "Behind the cookie check"), RSS_TYPE)
        else:
            h.send(302, b"", {"Location": h.path, "Set-Cookie": "visited=1; Path=/"})

    return run


def signed_enclosures(h: FaultHandler) -> None:
    """An undated podcast feed whose enclosure URLs carry a new signature on every request."""
    n = len(h.server.owner.hits("/podcast-undated-signed-enclosures"))
    items = "".join(
        f"<item><title>Episode {i}</title><guid isPermaLink='false'>ep-{i}</guid>"
        f"<description>Episode {i}: {MINISTER}</description><enclosure type='audio/mpeg' length='1'"
        f" url='https://cdn.example/ep{i}.mp3?token=t{n}&amp;expires={1_800_000_000 + n}'/></item>"
        for i in range(2)
    )
    h.send(200, f'<rss version="2.0"><channel><title>p</title>{items}</channel></rss>'.encode(), RSS_TYPE)


def session_in_links(h: FaultHandler) -> None:
    """A servlet feed without guids: every link carries the session of this request (no cookies)."""
    session = f"{len(h.server.owner.hits('/java-session-in-links')):04X}A1B2C3D4.node1"
    items = "".join(
        f"<item><title>Decree {i}</title><link>https://gov.example/news/{i}.jsp;jsessionid={session}</link>"
        f"<pubDate>Tue, 24 Nov 2026 0{i}:00:00 +0200</pubDate><description>{MINISTER}</description></item>"
        for i in range(3)
    )
    h.send(200, f'<rss version="2.0"><channel><title>g</title>{items}</channel></rss>'.encode(), RSS_TYPE)


def cache_buster_without_guids(h: FaultHandler) -> None:
    """A feed without guids whose links carry a new cache-buster on every request."""
    n = len(h.server.owner.hits("/cache-buster-without-guids"))
    items = "".join(
        f"<item><title>Notice {i}</title><link>https://cb.example/notice/{i}?ts={1_700_000_000 + n}</link>"
        f"<pubDate>Tue, 24 Nov 2026 0{i}:30:00 +0000</pubDate><description>{MINISTER}</description></item>"
        for i in range(2)
    )
    h.send(200, f'<rss version="2.0"><channel><title>cb</title>{items}</channel></rss>'.encode(), RSS_TYPE)


def refuses_validators(status: int, header: str) -> Behaviour:
    """200 with validators; a request that sends them back gets ``status`` (a misconfigured server)."""

    def run(h: FaultHandler) -> None:
        if h.headers.get(header):
            h.send(status, b"bad request", {"Content-Type": "text/plain"})
        else:
            body = rss(f"v{status}", "Served without validators")
            h.send(
                200, body, {"ETag": 'W/"v1"', "Last-Modified": "Tue, 24 Nov 2026 10:00:00 GMT", **RSS_TYPE}
            )

    return run


META_REFRESH = (
    b"<!DOCTYPE html><html><head><title>We have moved</title>"
    b'<meta http-equiv="refresh" content="0; url=/news/rss.xml"></head><body>Moved</body></html>'
)
UKR_PATH = "/новини/feed"
UKR_ROUTE = "/%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8/feed"


@dataclass
class Case:
    serve: Behaviour
    titles: list[str]
    error: str | None = None  # after run 2; "…" stands for anything
    state: str = "active"


CASES: dict[str, Case] = {
    "location-utf8-beside-latin1-header": Case(
        redirect_raw(
            "301 Moved Permanently",
            [(b"Server", b"Caf\xe9-Server/1.0"), (b"Location", UKR_PATH.encode())],
        ),
        ["Ukrainian path"],
    ),
    "location-sent-twice": Case(
        redirect_raw("302 Found", [(b"Location", b"/twice-target"), (b"Location", b"/twice-target")]),
        ["Twice target"],
    ),
    "location-two-different": Case(
        redirect_raw("302 Found", [(b"Location", b"/twice-target"), (b"Location", b"/elsewhere")]),
        [],
        "redirect with 2 different Location headers: '/twice-target', '/elsewhere'",
        "backoff",
    ),
    "moved-by-meta-refresh": Case(  # run 1 the feed, run 2 a page that sends browsers elsewhere
        sequence(
            respond(200, rss("meta", "Before the move"), RSS_TYPE),
            respond(200, META_REFRESH, {"Content-Type": "text/html"}),
        ),
        ["Before the move"],
        "not a feed: looks like an HTML page titled 'We have moved'; it redirects to http://…/news/rss.xml",
        "backoff",
    ),
    "podcast-undated-signed-enclosures": Case(signed_enclosures, ["Episode 0", "Episode 1"]),
    "java-session-in-links": Case(session_in_links, ["Decree 0", "Decree 1", "Decree 2"]),
    "cache-buster-without-guids": Case(cache_buster_without_guids, ["Notice 0", "Notice 1"]),
    "validators-answered-412": Case(refuses_validators(412, "If-None-Match"), ["Served without validators"]),
    "validators-answered-400": Case(
        refuses_validators(400, "If-Modified-Since"), ["Served without validators"]
    ),
    "cookie-check-to-itself": Case(cookie_check("cookie"), ["Behind the cookie check"]),
    "cookie-check-that-never-passes": Case(
        cookie_check("never", accept=False), [], "redirect loop at http://…", "backoff"
    ),
}


@dataclass
class Runs:
    summaries: list[RunSummary]
    titles: list[dict[str, list[str]]]
    rows: list[dict[str, int]]
    states: list[dict[str, FeedState]]
    warehouse: Path
    hits: list[dict[str, int]]  # requests per feed path after each run


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


@pytest.fixture(scope="module")
def runs(fault_server_module: FaultServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    s = fault_server_module
    s.reset()
    tmp = tmp_path_factory.mktemp("round5")
    s.add(UKR_ROUTE, respond(200, rss("ukr", "Ukrainian path"), RSS_TYPE))
    s.add("/twice-target", respond(200, rss("twice", "Twice target"), RSS_TYPE))
    s.add("/elsewhere", respond(200, rss("else", "Elsewhere"), RSS_TYPE))
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
    out = Runs([], [], [], [], warehouse, [])
    try:
        for _ in range(2):
            out.summaries.append(pipeline.run(feeds, warehouse, settings=settings, force=True))
            titles, rows = snapshot(warehouse)
            out.titles.append(titles)
            out.rows.append(rows)
            out.states.append(read_states(warehouse))
            out.hits.append({n: len(s.hits(f"/{n}")) for n in CASES})
        yield out
    finally:
        s.reset()


@pytest.mark.parametrize("name", list(CASES))
def test_each_case_keeps_what_it_should(runs: Runs, name: str) -> None:
    check_case_outcome(runs, name, CASES[name])


def test_a_re_run_adds_nothing(runs: Runs) -> None:
    # only the podcast's two re-signed enclosure URLs and the two cache-busted links are new sightings
    assert runs.rows[1] == {**runs.rows[0], "article_sightings": runs.rows[0]["article_sightings"] + 4}
    assert runs.summaries[1].new_articles == 0 and runs.summaries[1].revised == 0


def test_the_cookie_check_is_passed_with_the_cookie_and_bounded(runs: Runs) -> None:
    # the 302 to itself is followed once more, now with the cookie; never round and round
    assert runs.hits[0]["cookie-check-to-itself"] == 2 and runs.hits[0]["cookie-check-that-never-passes"] == 2
    never = runs.states[0]["cookie-check-that-never-passes"]
    assert never.last_error and never.last_error.endswith("/cookie-check-that-never-passes")


@pytest.mark.parametrize("name", ["validators-answered-412", "validators-answered-400"])
def test_validators_a_server_refuses_are_dropped_for_one_more_request(runs: Runs, name: str) -> None:
    assert runs.hits[0][name] == 1 and runs.hits[1][name] == 3  # run 2: refused, then asked plainly
    assert [s[name].last_status for s in runs.states] == ["ok", "unchanged"]
