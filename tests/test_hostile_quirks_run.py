"""The whole pipeline against servers that get HTTP and feeds subtly wrong (the cases of
test_fetch_quirks / test_parse_quirks together, plus many slow feeds on one host): the run ends
within about two fetch deadlines, every feed that can be read is read, and each bad one is recorded
with a clear one-line error."""

# ruff: noqa: F811 - the fault_server fixture is imported, then named as an argument
from __future__ import annotations

import gzip
import time
from pathlib import Path

import duckdb
import pytest

from faultserver import (  # noqa: F401 - fault_server fixtures are imported for pytest
    FaultHandler,
    FaultServer,
    fault_server,
    fault_server_module,
    hang,
    redirect,
    respond,
)
from ingest import pipeline
from ingest.catalog import read_states
from ingest.config import Settings

DEADLINE = 3.0
SECRET = "LOCAL-SECRET-41b7"


def rss(outlet: str, *titles: str, decl: str = '<?xml version="1.0" encoding="utf-8"?>') -> str:
    items = "".join(
        f"<item><title>{t}</title><link>https://{outlet}.example/{i}</link><guid>{outlet}-{i}</guid>"
        f"<description>{outlet} story {i}: “We are ready,” said Minister Olena Shevchuk.</description></item>"
        for i, t in enumerate(titles)
    )
    return f'{decl}<rss version="2.0"><channel><title>{outlet}</title>{items}</channel></rss>'


def short_length_then_keep_alive(h: FaultHandler) -> None:
    body = rss("short", "Short one").encode()
    h.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % (len(body) - 30) + body)
    h.wfile.flush()


@pytest.fixture
def urls(fault_server: FaultServer, tmp_path: Path) -> dict[str, str]:
    s = fault_server
    secret = tmp_path / "secret.xml"
    secret.write_text(rss("secret", SECRET))
    html = (
        b'<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="/real.xml">'
        b"</head><body>Subscribe!</body></html>"
    )
    routes = {
        "gzip-label-plain": respond(
            200, rss("gzplain", "Plain despite gzip").encode(), {"Content-Encoding": "gzip"}
        ),
        "gzip-twice": respond(
            200, gzip.compress(gzip.compress(rss("gz2", "Twice").encode())), {"Content-Encoding": "gzip"}
        ),
        "utf8-as-1251": respond(
            200,
            rss("mislabel", "Café “Zürich”").encode(),
            {"Content-Type": "application/rss+xml; charset=windows-1251"},
        ),
        "emoji-refs": respond(200, rss("emoji", "Smile &#55357;&#56832;", "Plain").encode()),
        "stray-byte": respond(200, rss("stray", "Première", "ItRAWs here").encode().replace(b"RAW", b"\x92")),
        "to-local-file": redirect(302, f"file://{secret}"),
        "html-page": respond(200, html, {"Content-Type": "text/html"}),
        "unasked-304": respond(304),
        "short-length": short_length_then_keep_alive,
        "after-short": respond(200, rss("after", "After the short one").encode()),
    }
    out = {}
    for name, behaviour in routes.items():
        s.add(f"/{name}", behaviour)
        host = "127.0.0.2" if name in ("short-length", "after-short") else "127.0.0.3"
        out[name] = s.url(f"/{name}", host=host)
    s.add("/hang", hang(60))
    for i in range(6):
        out[f"hang-{i}"] = s.url(f"/hang?i={i}", host="127.0.0.4")
    return out


@pytest.mark.slow
def test_quirky_servers_and_feeds_through_the_pipeline(urls: dict[str, str], tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.toml"
    feeds.write_text("".join(f'[[feeds]]\nname = "{n}"\nurl = "{u}"\n\n' for n, u in urls.items()))
    warehouse = tmp_path / "warehouse"
    settings = Settings(
        warehouse=warehouse, fetch_deadline_s=DEADLINE, fetch_timeout_s=DEADLINE, fetch_per_host=1
    )
    started = time.monotonic()
    summary = pipeline.run(feeds, warehouse, settings=settings)
    took = time.monotonic() - started
    con = duckdb.connect(str(warehouse / "news.duckdb"), read_only=True)
    titles = dict(
        con.execute(
            "select feed, string_agg(title, ' | ' order by title) from articles group by feed"
        ).fetchall()
    )
    everything = " ".join(
        str(v) for row in con.execute("select title, text from articles").fetchall() for v in row
    )
    con.close()
    assert titles == {
        "gzip-label-plain": "Plain despite gzip",
        "gzip-twice": "Twice",
        "utf8-as-1251": "Café “Zürich”",
        "emoji-refs": "Plain | Smile \U0001f600",
        "stray-byte": "It’s here | Première",
        "short-length": "Short one",
        "after-short": "After the short one",
    }
    assert SECRET not in everything
    states = read_states(warehouse)
    errors = {name: states[name].last_error or "" for name in ("to-local-file", "html-page", "unasked-304")}
    assert errors["to-local-file"].startswith("redirect to a non-HTTP URL refused: file://")
    assert errors["html-page"].endswith(
        f"it links to the feed {urls['html-page'].rsplit('/', 1)[0]}/real.xml"
    )
    assert errors["unasked-304"] == "HTTP 304 Not Modified to a request without validators"
    assert all(states[name].state == "backoff" for name in errors)
    hanging = [states[f"hang-{i}"] for i in range(6)]
    assert all(st.state == "backoff" for st in hanging)
    refused = [
        st
        for st in hanging
        if (st.last_error or "").startswith("not fetched before the run's deadline: host 127.0.0.4")
    ]
    assert 1 <= len(refused) <= 5  # per_host=1: one hang takes the deadline, the rest are refused
    assert took < 2 * DEADLINE + 25, took
    assert summary.failed >= 9
