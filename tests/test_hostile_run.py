"""Issue 3's scenario through the whole pipeline: healthy and misbehaving feeds on 127.0.0.1, two runs.

The first run must finish within about twice the fetch deadline, keep every healthy feed's items,
store nothing from a local file or an expanded entity, and leave the right feed state for each
misbehaving feed; the second run sends conditional requests and leaves gone/waiting feeds alone.
"""

# ruff: noqa: F811 - the fault_server fixture is imported, then named as an argument
from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import duckdb
import pytest

from conftest import peak_rss_kib, reset_peak_rss
from faultserver import (  # noqa: F401 - fault_server fixtures are imported for pytest
    FaultServer,
    conditional,
    drip,
    fault_server,
    fault_server_module,
    hang,
    make_gzip_bomb,
    redirect,
    reset,
    respond,
    stream_body,
)
from ingest import pipeline
from ingest.catalog import read_states
from ingest.config import Settings

DEADLINE = 4.0
SECRET = "TOP-SECRET-7c1e9d"


def rss(outlet: str, n: int, extra: str = "", encoding: str = "utf-8", title: str = "Item") -> bytes:
    items = "".join(
        f"<item><title>{title} {i} from {outlet}</title><link>https://{outlet}.example/a/{i}</link>"
        f"<guid>{outlet}-{i}</guid><pubDate>Tue, 24 Nov 2026 0{i % 10}:00:00 +0000</pubDate>"
        f"<description>{outlet} story {i}: “We are ready,” said Minister Olena Shevchuk.</description></item>"
        for i in range(n)
    )
    doc = f'<?xml version="1.0"?>{extra}<rss version="2.0"><channel><title>{outlet}</title>{items}</channel></rss>'
    return doc.encode(encoding)


def billion_laughs() -> bytes:
    ents = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};">' for i in range(1, 12)
    )
    body = rss("laughs", 1).decode().replace("<title>laughs</title>", "<title>&a11;</title>")
    return body.replace('<?xml version="1.0"?>', f'<?xml version="1.0"?><!DOCTYPE rss [{ents}]>').encode()


def quadratic() -> bytes:
    big = "x" * 50_000
    body = rss("quad", 1).decode().replace("<description>", "<description>" + "&big;" * 3000)
    return body.replace(
        '<?xml version="1.0"?>', f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "{big}">]>'
    ).encode()


def xxe(secret_file: Path) -> bytes:
    body = rss("xxe", 1).decode().replace("<title>xxe</title>", "<title>&leak;</title>")
    dtd = f'<!DOCTYPE rss [<!ENTITY leak SYSTEM "file://{secret_file}">]>'
    return body.replace('<?xml version="1.0"?>', f'<?xml version="1.0"?>{dtd}').encode()


@pytest.fixture
def scenario(fault_server: FaultServer, tmp_path: Path) -> dict[str, str]:
    s = fault_server
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    later = format_datetime(datetime.now(UTC) + timedelta(hours=3), usegmt=True)
    cyrillic = rss("cyr", 2, title="Новини").decode("utf-8").encode("windows-1251")
    routes = {
        "healthy-etag": conditional(rss("etag", 3), etag='"v1"'),
        "healthy-lm": conditional(rss("lastmod", 2), last_modified="Tue, 24 Nov 2026 10:00:00 GMT"),
        "healthy-1251": respond(200, cyrillic, {"Content-Type": "application/rss+xml; charset=windows-1251"}),
        "healthy-moved": redirect(301, s.url("/healthy-target")),
        "drip": drip(rss("drip", 1), interval=1.0),
        "hang": hang(60),
        "reset": reset(),
        "server-error": respond(500, b"oops"),
        "not-found": respond(404, b"nope"),
        "gone": respond(410, b"gone"),
        "too-many": respond(429, b"slow down", {"Retry-After": "3600"}),
        "unavailable": respond(503, b"later", {"Retry-After": later}),
        "loop": redirect(302, s.url("/loop")),
        "huge": stream_body(30 * 1024 * 1024),
        "bomb": respond(200, make_gzip_bomb(200 * 1024 * 1024), {"Content-Encoding": "gzip"}),
        "laughs": respond(200, billion_laughs(), {"Content-Type": "application/xml"}),
        "quadratic": respond(200, quadratic(), {"Content-Type": "application/xml"}),
        "xxe": respond(200, xxe(secret), {"Content-Type": "application/xml"}),
        "html": respond(
            200, b"<!doctype html><html><body><p>Hello</p></body></html>", {"Content-Type": "text/html"}
        ),
        "empty": respond(200, b"", {"Content-Type": "application/rss+xml"}),
        "truncated": respond(200, rss("trunc", 3)[:-40], {"Content-Type": "application/rss+xml"}),
        "jsonfeed": respond(
            200,
            (
                b'{"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": ['
                b'{"id": "j1", "url": "https://json.example/1", "title": "One", "content_text": "Text one."}]}'
            ),
            {"Content-Type": "application/feed+json"},
        ),
    }
    s.add("/healthy-target", conditional(rss("moved", 2), etag='"m1"'))
    urls = {}
    for i, (name, behaviour) in enumerate(routes.items()):
        s.add(f"/{name}", behaviour)
        urls[name] = s.url(f"/{name}", host=f"127.0.0.{1 + i % 9}")
    return urls


def write_feeds(path: Path, urls: dict[str, str]) -> Path:
    path.write_text("".join(f'[[feeds]]\nname = "{n}"\nurl = "{u}"\n\n' for n, u in urls.items()))
    return path


@pytest.mark.slow
def test_misbehaving_feeds_scenario(
    scenario: dict[str, str], fault_server: FaultServer, tmp_path: Path
) -> None:
    feeds, warehouse = write_feeds(tmp_path / "feeds.toml", scenario), tmp_path / "warehouse"
    settings = Settings(
        warehouse=warehouse,
        fetch_deadline_s=DEADLINE,
        fetch_timeout_s=DEADLINE,
        max_body_bytes=4 * 1024 * 1024,
        fetch_host_interval_s=0.0,
    )
    reset_peak_rss()  # the peak of this run, not of the tests before it in this process
    started = time.perf_counter()
    first = pipeline.run(feeds, warehouse, settings=settings)
    took = time.perf_counter() - started
    print(f"first run: {took:.1f} s; {first.fetched} ok, {first.failed} failed")
    assert took < 2 * DEADLINE + 25  # fetches run concurrently: no feed waits for another's timeout
    assert peak_rss_kib() < 1024 * 1024  # well under 1 GB

    con = duckdb.connect(str(warehouse / "news.duckdb"), read_only=True)
    per_feed = dict(con.execute("select feed, count(*) from article_sightings group by feed").fetchall())
    assert (
        per_feed.get("healthy-etag") == 3
        and per_feed.get("healthy-lm") == 2
        and per_feed.get("healthy-moved") == 2
    )
    assert per_feed.get("healthy-1251") == 2 and per_feed.get("jsonfeed") == 1
    titles = [r[0] for r in con.execute("select title from articles where feed = 'healthy-1251'").fetchall()]
    assert all(t.startswith("Новини") for t in titles), titles
    everything = " ".join(
        str(v) for row in con.execute("select title, text from articles").fetchall() for v in row
    )
    assert SECRET not in everything
    assert "x" * 1000 not in everything and "lollollol" not in everything  # no entity was expanded
    assert per_feed.get("truncated", 0) >= 1  # recovered from broken XML
    con.close()

    states = read_states(warehouse)
    expect = {
        "healthy-etag": "active",
        "healthy-lm": "active",
        "healthy-1251": "active",
        "healthy-moved": "active",
        "drip": "backoff",
        "hang": "backoff",
        "reset": "backoff",
        "server-error": "backoff",
        "not-found": "backoff",
        "gone": "gone",
        "too-many": "backoff",
        "unavailable": "backoff",
        "loop": "backoff",
        "huge": "backoff",
        "bomb": "backoff",
        "html": "backoff",
        "empty": "backoff",
    }
    assert {k: states[k].state for k in expect} == expect
    now = datetime.now(UTC)
    assert states["too-many"].next_fetch_at is not None and states[
        "too-many"
    ].next_fetch_at > now + timedelta(minutes=55)
    assert states["unavailable"].next_fetch_at is not None and states[
        "unavailable"
    ].next_fetch_at > now + timedelta(hours=2)
    assert "deadline" in (states["drip"].last_error or "")

    hits_before = {p: len(fault_server.hits(f"/{p}")) for p in scenario}
    second = pipeline.run(feeds, warehouse, settings=settings)
    assert second.new_articles == 0
    hits_after = {p: len(fault_server.hits(f"/{p}")) for p in scenario}
    for name in ("gone", "too-many", "unavailable", "not-found", "drip"):
        assert hits_after[name] == hits_before[name], f"{name} was fetched again"
    etag_hits = fault_server.hits("/healthy-etag")
    assert etag_hits[-1].headers.get("if-none-match") == '"v1"'
    lm_hits = fault_server.hits("/healthy-lm")
    assert lm_hits[-1].headers.get("if-modified-since") == "Tue, 24 Nov 2026 10:00:00 GMT"
    con = duckdb.connect(str(warehouse / "news.duckdb"), read_only=True)
    last = dict(
        con.execute(
            "select feed, status from fetches qualify row_number() over (partition by feed order by fetched_at desc) = 1"
        ).fetchall()
    )
    con.close()
    assert last["healthy-etag"] == "not_modified" and last["healthy-lm"] == "not_modified"
    assert last["healthy-1251"] == "unchanged"  # same body again: not parsed twice
