"""Round seven of misbehaving servers and feed bodies, through the whole pipeline on 127.0.0.1.

Two runs over one feeds file (the second a plain re-run that must add no article, revision or
statement), then each case is checked on its own: the titles and URLs stored, the feed's state and
its one-line error, and for the date cases the publication times stored. The servers here
redirect to a ``feed:`` URL, stamp every item with the time of the request, make guids anew on
every request, or put a per-request token into both the guid and the link; the bodies carry emoji
written as CESU-8 (each UTF-16 surrogate as its own three bytes, as Java's modified UTF-8 and
MySQL's three-byte ``utf8`` write them), windows-1252 smart quotes under a UTF-8 label,
windows-1251 under a server's default ``charset=ISO-8859-1``, hundreds of items of raw HTML with
unclosed ``<br>``, links with ``&`` escaped twice or without a scheme (``www.host/…``), and dates
in zone abbreviations of Indonesia, Brazil, Türkiye, South Africa or Pakistan, with Indonesian or
Turkish month names, or an ISO time with both an offset and a zone name. Cases that were already
fine stay as guards (x-gzip, a soft 404, a feed printed twice …).
"""

# ruff: noqa: F811 - the fault_server_module fixture is imported, then named as an argument
from __future__ import annotations

import gzip
import itertools
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
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
from hostile_checks import FeedCase as Case
from hostile_checks import check_case_outcome, check_published, check_rerun_adds_nothing
from ingest import pipeline
from ingest.batch import RunSummary
from ingest.catalog import read_states
from ingest.config import Settings
from ingest.models import FeedState

pytestmark = pytest.mark.slow

RSS_TYPE = {"Content-Type": "application/rss+xml"}
UTF8_RSS_TYPE = {"Content-Type": "application/rss+xml; charset=utf-8"}
MINISTER = "“We are ready,” said Minister Olena Shevchuk."
NOV24 = datetime(2025, 11, 24, 10, tzinfo=UTC)  # 10:00 UTC
NOV24_RFC = "Mon, 24 Nov 2025 10:00:00 +0000"


def item(outlet: str, i: int, title: str, *, link: str = "", guid: str = "", date: str = NOV24_RFC) -> str:
    link = link or f"https://{outlet}.example/a/{i}"
    guid = guid or f"{outlet}-{i}"
    return (
        f"<item><title>{title}</title><link>{link}</link><guid>{guid}</guid><pubDate>{date}</pubDate>"
        f"<description>{outlet} {i}: {MINISTER}</description></item>"
    )


def rss(outlet: str, *items: str) -> str:
    body = "".join(items)
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{outlet}</title>{body}</channel></rss>'


def simple(outlet: str, *titles: str, dates: tuple[str, ...] = ()) -> str:
    return rss(
        outlet, *(item(outlet, i, t, date=dates[i] if dates else NOV24_RFC) for i, t in enumerate(titles))
    )


def cesu8(text: str) -> bytes:
    """UTF-8 with every character outside the BMP written as two three-byte surrogates (CESU-8)."""
    wide = text.encode("utf-16-le")
    units = [int.from_bytes(wide[k : k + 2], "little") for k in range(0, len(wide), 2)]
    return "".join(map(chr, units)).encode("utf-8", "surrogatepass")


def per_request(make: Callable[[int], bytes], headers: dict[str, str]) -> Behaviour:
    """The n-th request (from 1) gets ``make(n)``: a body that differs on every fetch."""
    counter = itertools.count(1)
    lock = threading.Lock()

    def run(h: FaultHandler) -> None:
        with lock:
            n = next(counter)
        h.send(200, make(n), headers)

    return run


def token_in_guid_and_link(n: int) -> bytes:
    """WordPress-style guid = link, both with a token the server makes new on every request."""
    items = (
        item(
            "tok",
            i,
            t,
            link=f"https://tok.example/a/{i}?nocache={n}{i}7",
            guid=f"https://tok.example/a/{i}?nocache={n}{i}7",
        )
        for i, t in enumerate(("Token one", "Token two"))
    )
    return rss("tok", *items).encode()


RAW_BR_TITLES = [f"Raw HTML {i:03d}" for i in range(300)]


def raw_br_items() -> bytes:
    """300 items whose descriptions are raw HTML with 80 unclosed <br> each: 24,000 open tags."""
    lines = "<br>".join(f"line {k}" for k in range(81))
    items = (
        f"<item><title>{t}</title><link>https://rawbr.example/a/{i}</link><guid>rawbr-{i}</guid>"
        f"<pubDate>{NOV24_RFC}</pubDate><description>{MINISTER} {lines}<img src='/x.jpg'></description></item>"
        for i, t in enumerate(RAW_BR_TITLES)
    )
    return rss("rawbr", *items).encode()


def guids_anew(n: int) -> bytes:
    """Links that stay, guids (a random-looking uuid) new on every request."""
    return rss(
        "uuid",
        *(
            item("uuid", i, t, guid=f"urn:uuid:{n:08d}-{i}")
            for i, t in enumerate(("Fixed link", "Fixed too"))
        ),
    ).encode()


def stamped_now(n: int) -> bytes:
    """Every item dated the moment of the request (a CMS that writes its build time as pubDate)."""
    date = datetime.now(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
    return rss("now", item("now", 0, "Stamped", date=date), item("now", 1, "Stamped too", date=date)).encode()


def feed_scheme_redirect(h: FaultHandler) -> None:
    port = h.server.server_address[1]
    h.send(301, b"", {"Location": f"feed://127.0.0.1:{port}/feed-scheme-target"})


def feed_https_scheme_redirect(h: FaultHandler) -> None:
    port = h.server.server_address[1]
    h.send(302, b"", {"Location": f"feed:http://127.0.0.1:{port}/feed-colon-target"})


CASES: dict[str, Case] = {
    "cesu8-emoji": Case(
        respond(200, cesu8(simple("cesu", "Party 😀 time – ok", "Flags 🇺🇦 up")), UTF8_RSS_TYPE),
        ["Flags 🇺🇦 up", "Party 😀 time – ok"],
    ),
    "cesu8-emoji-undeclared": Case(
        respond(200, cesu8(simple("cesu2", "Only 😀 here")).replace(b' encoding="utf-8"', b""), {"Content-Type": "text/xml"}),
        ["Only 😀 here"],
    ),
    "windows-1252-under-utf8-label": Case(
        respond(200, simple("w1252", "“Smart” quotes – 5 €").encode("cp1252"), UTF8_RSS_TYPE),
        ["“Smart” quotes – 5 €"],
    ),
    "latin1-server-default-over-windows-1251": Case(
        respond(
            200,
            simple("cyr", "Привет – мир", "Новости дня").replace('encoding="utf-8"', 'encoding="windows-1251"').encode("cp1251"),
            {"Content-Type": "application/rss+xml; charset=ISO-8859-1"},
        ),
        ["Новости дня", "Привет – мир"],
    ),
    "latin1-server-default-over-undeclared-windows-1251": Case(
        respond(
            200,
            simple("cyr2", "Президент заявил сегодня", "Министр обороны").replace(' encoding="utf-8"', "").encode("cp1251"),
            {"Content-Type": "text/xml; charset=iso-8859-1"},
        ),
        ["Министр обороны", "Президент заявил сегодня"],
    ),
    "zone-abbreviations": Case(
        respond(
            200,
            simple(
                "zones", "Jakarta", "Brasilia", "Istanbul", "Johannesburg", "Karachi",
                dates=(
                    "Mon, 24 Nov 2025 17:00:00 WIB", "Mon, 24 Nov 2025 07:00:00 BRT",
                    "Mon, 24 Nov 2025 13:00:00 TRT", "Mon, 24 Nov 2025 12:00:00 SAST", "24 Nov 2025 15:00 PKT",
                ),
            ).encode(),
            RSS_TYPE,
        ),
        ["Brasilia", "Istanbul", "Jakarta", "Johannesburg", "Karachi"],
        published=[NOV24] * 5,
    ),
    "indonesian-and-turkish-month-names": Case(
        respond(
            200,
            simple("idtr", "Jakarta hari ini", "İstanbul bugün", dates=("Senin, 24 November 2025 17:00 WIB", "24 Kasım 2025 13:00 TRT")).encode(),
            RSS_TYPE,
        ),
        ["Jakarta hari ini", "İstanbul bugün"],
        published=[NOV24, NOV24],
    ),
    "iso-offset-and-zone-name": Case(
        respond(
            200,
            simple("isoz", "Offset and name", "Offset and EET", dates=("2025-11-24T11:00:00+01:00 CET", "2025-11-24 12:00:00 +0200 (EET)")).encode(),
            RSS_TYPE,
        ),
        ["Offset and EET", "Offset and name"],
        published=[NOV24, NOV24],
    ),
    "scheme-less-www-links": Case(
        respond(
            200,
            rss("www", item("www", 0, "No scheme", link="www.www.example/a/0"), item("www", 1, "Numbered www", link="www2.www.example/news/1?id=5")).encode(),
            RSS_TYPE,
        ),
        ["No scheme", "Numbered www"],
        urls=["http://www.www.example/a/0", "http://www2.www.example/news/1?id=5"],
    ),
    "ampersands-escaped-twice": Case(
        respond(
            200,
            rss(
                "amp",
                item("amp", 0, "Double", link="https://amp.example/view?id=1&amp;amp;cat=2"),
                item("amp", 1, "WordPress", link="<![CDATA[https://amp.example/view?id=2&#038;cat=2]]>"),
            ).encode(),
            RSS_TYPE,
        ),
        ["Double", "WordPress"],
        urls=["https://amp.example/view?cat=2&id=1", "https://amp.example/view?cat=2&id=2"],
    ),
    "redirect-to-feed-scheme": Case(feed_scheme_redirect, ["Feed scheme"]),
    "redirect-to-feed-colon-http": Case(feed_https_scheme_redirect, ["Feed colon"]),
    "token-in-guid-and-link": Case(
        per_request(token_in_guid_and_link, RSS_TYPE), ["Token one", "Token two"]
    ),
    "guids-new-on-every-fetch": Case(per_request(guids_anew, RSS_TYPE), ["Fixed link", "Fixed too"]),
    "pubdate-is-the-request-time": Case(per_request(stamped_now, RSS_TYPE), ["Stamped", "Stamped too"]),
    "raw-br-in-hundreds-of-items": Case(respond(200, raw_br_items(), RSS_TYPE), RAW_BR_TITLES),
    "x-gzip-encoding": Case(
        respond(200, gzip.compress(simple("xgz", "Old gzip name").encode()), {"Content-Encoding": "x-gzip", **RSS_TYPE}),
        ["Old gzip name"],
    ),
    "one-guid-for-every-item": Case(
        respond(
            200,
            rss("oneguid", *(item("oneguid", i, f"Shared guid {i}", guid="https://oneguid.example/") for i in range(3))).encode(),
            RSS_TYPE,
        ),
        ["Shared guid 0", "Shared guid 1", "Shared guid 2"],
    ),
    "soft-404-feed-after-a-good-one": Case(
        sequence(
            respond(200, simple("soft", "Kept").encode(), RSS_TYPE),
            respond(200, rss("Page not found").encode(), RSS_TYPE),
        ),
        ["Kept"],
    ),
    "feed-printed-twice": Case(
        respond(200, (simple("twice", "Once", "Twice") * 2).encode(), RSS_TYPE), ["Once", "Twice"]
    ),
    "utf16-label-over-utf8-body": Case(
        respond(200, simple("u16", "Label – lies").encode(), {"Content-Type": "application/rss+xml; charset=utf-16"}),
        ["Label – lies"],
    ),
}  # fmt: skip
TARGETS = {
    "/feed-scheme-target": ("fs", "Feed scheme"),
    "/feed-colon-target": ("fc", "Feed colon"),
}


@dataclass
class Runs:
    summaries: list[RunSummary]
    titles: list[dict[str, list[str]]]
    published: list[dict[str, list[datetime]]]
    urls: list[dict[str, list[str]]]
    rows: list[dict[str, int]]
    states: list[dict[str, FeedState]]


def snapshot(
    warehouse: Path,
) -> tuple[dict[str, list[str]], dict[str, list[datetime]], dict[str, list[str]], dict[str, int]]:
    con = duckdb.connect(str(warehouse / "news.duckdb"), read_only=True)
    try:
        titles: dict[str, list[str]] = {}
        published: dict[str, list[datetime]] = {}
        urls: dict[str, list[str]] = {}
        query = "select feed, title, published_at, url from articles order by feed, title"
        for feed, title, at, url in con.execute(query).fetchall():
            titles.setdefault(feed, []).append(title)
            published.setdefault(feed, []).append(at)
            urls.setdefault(feed, []).append(url)
        tables = ("articles", "article_revisions", "article_sightings", "statements")
        rows = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in tables}  # type: ignore[index]
        return titles, published, urls, rows
    finally:
        con.close()


@pytest.fixture(scope="module")
def runs(fault_server_module: FaultServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    s = fault_server_module
    s.reset()
    tmp = tmp_path_factory.mktemp("round7")
    for path, (outlet, title) in TARGETS.items():
        s.add(path, respond(200, simple(outlet, title).encode(), RSS_TYPE))
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
    out = Runs([], [], [], [], [], [])
    try:
        for _ in range(2):
            out.summaries.append(pipeline.run(feeds, warehouse, settings=settings, force=True))
            titles, published, urls, rows = snapshot(warehouse)
            out.titles.append(titles)
            out.published.append(published)
            out.urls.append(urls)
            out.rows.append(rows)
            out.states.append(read_states(warehouse))
        yield out
    finally:
        s.reset()


@pytest.mark.parametrize("name", list(CASES))
def test_each_case_keeps_what_it_should(runs: Runs, name: str) -> None:
    case = CASES[name]
    check_case_outcome(runs, name, case)
    check_published(runs, name, case)
    if case.urls is not None:
        assert runs.urls[1][name] == case.urls


def test_a_re_run_adds_nothing(runs: Runs) -> None:
    check_rerun_adds_nothing(runs, sum(len(c.titles) for c in CASES.values()))


def test_redirects_to_a_feed_url_do_not_move_the_feed_until_adopted(runs: Runs) -> None:
    # a 301 to feed://… is a permanent move like any other: counted, adopted after three successes
    state = runs.states[1]["redirect-to-feed-scheme"]
    assert state.redirect_target is not None and state.redirect_target.startswith("http://127.0.0.1:")
    assert runs.states[1]["redirect-to-feed-colon-http"].redirect_target is None
