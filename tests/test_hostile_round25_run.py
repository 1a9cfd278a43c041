"""Round twenty-five through the whole pipeline: polling politeness and a feed's life over weeks. The simulated
clock (``INGEST_NOW``) moves over twenty-three days of unforced runs (every six hours on the first day, then daily,
then every few days) against a loopback server whose feeds ask for polling intervals (ttl, sy:updatePeriod,
Cache-Control, Expires, skipHours, skipDays), die (404, a refused port, a parked domain's page, 410), move (301
for weeks, 302 for weeks) and answer conditional requests (kept, ignored, 304 for ever over a changed feed). After
each run the test counts each feed's requests and reads its state, `ingest status` and the run's waits; a re-run
half an hour after the last adds nothing, and a forced run asks every feed. Every outlet, feed and text here is
fictional."""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from faultserver import Behaviour, FaultHandler, FaultServer, redirect, respond
from hostile_checks import table_rows
from ingest import cli, pipeline
from ingest.catalog import read_states
from ingest.config import Settings
from ingest.warehouse import query_warehouse

pytestmark = pytest.mark.slow

START = datetime(2026, 3, 2, 6, tzinfo=UTC)  # a Monday
HOURS = [0, 6, 12, 18, 24, 48, 72, 96, 120, 144, 192, 240, 288, 336, 360, 384, 408, 432, 528, 552]
RUNS = [START + timedelta(hours=h) for h in HOURS]
RERUN, FORCED = len(RUNS), len(RUNS) + 1  # half an hour after the last run, then a forced run
RESET_BEFORE = 16  # `ingest feeds reset parked` before this run (day 17)
DEAD_BACK = 18  # the 404 feed answers again from this run (day 22)
STUCK_CHANGES = 5  # the feed stuck at 304 gets a new story from this run (day 2)
RSS_TYPE = {"Content-Type": "application/rss+xml"}
PARKED = b"<html><head><title>lighthouse-gazette.example is for sale</title></head><body>Buy this domain</body></html>"
SY = 'xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"'
ALL_HOURS = "".join(f"<hour>{h}</hour>" for h in range(24))
ALL_DAYS = "".join(f"<day>{d}</day>" for d in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))  # fmt: skip


def story(n: int, host: str) -> str:
    when = (START - timedelta(hours=n)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    text = (
        f"<p>The {host} council of Port Mirna approved plan number {n} for the lighthouse quay this week.</p>"
        f"<p>“Plan {n} will be finished within a year,” deputy mayor Irina Kovac of {host} told the council.</p>"
    )
    link = f"https://{host}.example/news/plan-{n}"
    return (
        f"<item><title>Lighthouse plan {n} approved</title><link>{link}</link><guid>{link}</guid>"
        f"<pubDate>{when}</pubDate><description><![CDATA[{text}]]></description></item>"
    )


def rss(host: str, head: str = "", stories: int = 1) -> bytes:
    return (
        f"<?xml version='1.0' encoding='UTF-8'?><rss version='2.0' {SY}><channel><title>{host}</title>"
        f"<link>https://{host}.example/</link>{head}{''.join(story(n, host) for n in range(1, stories + 1))}"
        "</channel></rss>"
    ).encode()


def ok(host: str, head: str = "", headers: dict[str, str] | None = None, stories: int = 1) -> Behaviour:
    return respond(200, rss(host, head, stories), {**RSS_TYPE, **(headers or {})})


def stuck_304(body: bytes) -> Behaviour:
    """A cache that answers 304 to every conditional request, whatever the feed became."""

    def run(h: FaultHandler) -> None:
        if h.headers.get("If-None-Match"):
            h.send(304, b"", {"ETag": '"v1"'})
        else:
            h.send(200, body, {**RSS_TYPE, "ETag": '"v1"'})

    return run


def kept_etag(body: bytes) -> Behaviour:
    def run(h: FaultHandler) -> None:
        if h.headers.get("If-None-Match") == '"e7"':
            h.send(304, b"", {"ETag": '"e7"'})
        else:
            h.send(200, body, {**RSS_TYPE, "ETag": '"e7"'})

    return run


def http_date(when: datetime) -> str:
    return when.strftime("%a, %d %b %Y %H:%M:%S GMT")


def answers(run: int) -> dict[str, Behaviour]:
    """What each feed answers at run ``run`` (the server's own Date is the wall clock, so Expires is too)."""
    wall = datetime.now(UTC)
    return {
        "ttl": ok("ttl", "<ttl>720</ttl>"),
        "ttlyear": ok("ttlyear", "<ttl>525600</ttl>"),
        "sy": ok("sy", "<sy:updatePeriod>daily</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency>"),
        "maxage": ok("maxage", headers={"Cache-Control": "public, max-age=43200"}),
        "expires": ok("expires", headers={"Expires": http_date(wall + timedelta(hours=12))}),
        "absurd": ok("absurd", headers={"Cache-Control": "max-age=0", "Expires": http_date(wall - timedelta(days=3))}),
        "skiphours": ok("skiphours", "<skipHours>" + "".join(f"<hour>{h}</hour>" for h in range(6)) + "</skipHours>"),
        "skipdays": ok("skipdays", "<skipDays><day>Monday</day></skipDays>"),
        "skipall": ok("skipall", f"<skipHours>{ALL_HOURS}</skipHours><skipDays>{ALL_DAYS}</skipDays>"),
        "dead": ok("dead", stories=2) if run == 0 or run >= DEAD_BACK else respond(404, b"not found"),
        "parked": ok("parked") if run == 0 else respond(200, PARKED, {"Content-Type": "text/html"}),
        "gone": ok("gone") if run == 0 else respond(410, b"gone"),
        "moved": redirect(301, "/moved-new"),
        "moved-new": ok("moved"),
        "temp": redirect(302, "/temp-new"),
        "temp-new": ok("temp"),
        "etag": kept_etag(rss("etag")),
        "stuck": stuck_304(rss("stuck", stories=1 if run < STUCK_CHANGES else 2)),
        "ignores": ok("ignores", headers={"ETag": f'"r{run}"'}),
    }  # fmt: skip


FEEDS = [n for n in answers(0) if not n.endswith("-new")] + ["refused"]


@dataclass
class History:
    hits: list[dict[str, int]] = field(default_factory=list)  # requests per path in each run
    conditional: list[dict[str, bool]] = field(
        default_factory=list
    )  # did the run's request carry If-None-Match
    states: list[dict[str, Any]] = field(default_factory=list)
    status: list[dict[str, dict[str, Any]]] = field(default_factory=list)
    waiting: list[dict[str, str]] = field(default_factory=list)
    titles: list[dict[str, list[str]]] = field(default_factory=list)
    rows: list[dict[str, int]] = field(default_factory=list)
    added: list[int] = field(default_factory=list)
    reset_output: str = ""
    feeds_file: tuple[bytes, bytes] = (b"", b"")


def read_run(
    warehouse: Path, out: History, counted: Callable[[], tuple[dict[str, int], dict[str, bool]]]
) -> None:
    hits, conditional = counted()
    out.hits.append(hits)
    out.conditional.append(conditional)
    out.states.append(read_states(warehouse))
    columns, rows = pipeline.feed_status(warehouse)
    out.status.append({r[0]: dict(zip(columns, r, strict=True)) for r in rows})
    out.rows.append(table_rows(warehouse))
    titles: dict[str, list[str]] = {}
    for feed, title in query_warehouse(warehouse, "select feed, title from articles order by all")[1]:
        titles.setdefault(feed, []).append(title)
    out.titles.append(titles)


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Iterator[History]:
    root = tmp_path_factory.mktemp("r25")
    warehouse = root / "warehouse"
    out = History()
    before = os.environ.get("INGEST_NOW")
    try:
        with FaultServer() as server:
            urls = {n: server.url("/" + n) for n in FEEDS} | {"refused": "http://127.0.0.1:9/refused"}
            feeds = root / "feeds.toml"
            feeds.write_text("".join(f'[[feeds]]\nname = "{n}"\nurl = "{u}"\noutlet = "{n}"\nfulltext = "never"\n\n' for n, u in urls.items()))  # fmt: skip
            original = feeds.read_bytes()
            settings = Settings(warehouse=warehouse, fetch_deadline_s=10.0, fetch_timeout_s=5.0, fetch_host_interval_s=0.0)  # fmt: skip
            seen: dict[str, int] = {}

            def counted() -> tuple[dict[str, int], dict[str, bool]]:
                hits, conditional = {}, {}
                for path in list(answers(0)):
                    records = server.hits("/" + path)
                    hits[path] = len(records) - seen.get(path, 0)
                    if hits[path]:
                        conditional[path] = "if-none-match" in records[-1].headers
                    seen[path] = len(records)
                return hits, conditional

            for run in range(FORCED + 1):
                now = RUNS[min(run, len(RUNS) - 1)] + timedelta(
                    minutes=30 * (run >= RERUN) + 30 * (run == FORCED)
                )
                os.environ["INGEST_NOW"] = now.isoformat()
                for name, behaviour in answers(min(run, len(RUNS) - 1)).items():
                    server.add("/" + name, behaviour)
                if run == RESET_BEFORE:
                    assert cli.main(["feeds", "reset", "parked", "--warehouse", str(warehouse)]) == 0
                    out.reset_output = read_states(warehouse)["parked"].state
                summary = pipeline.run(feeds, warehouse, settings=settings, force=run == FORCED)
                out.waiting.append(dict(w.split(": ", 1) for w in summary.waiting))
                out.added.append(summary.new_articles + summary.revised)
                read_run(warehouse, out, counted)
            out.feeds_file = (original, feeds.read_bytes())
    finally:
        if before is None:
            os.environ.pop("INGEST_NOW", None)
        else:
            os.environ["INGEST_NOW"] = before
    yield out


def fetched_runs(history: History, path: str, upto: int = RERUN) -> list[int]:
    return [run for run in range(upto) if history.hits[run][path]]


# -- new kinds (failed before this round) -------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["ttl", "sy", "maxage", "expires"])
def test_a_feed_asking_for_twelve_hours_is_not_asked_every_six(history: History, name: str) -> None:
    """Before: every feed was asked at every run whatever it asked for (a ttl of 720 min, an update period of
    twice a day, max-age=43200, an Expires twelve hours ahead): four requests on the first day instead of two."""
    assert fetched_runs(history, name)[:3] == [0, 2, 4]
    assert all(history.hits[run][name] for run in range(4, RERUN))  # daily runs: asked each day
    assert re.match(r"not due until 2026-03-02T(17:59|18:00)", history.waiting[1][name])
    assert history.status[1][name]["state"] == "active" and history.status[1][name]["error"] is None


def test_an_absurd_ttl_is_capped_at_a_day_and_the_feed_is_still_asked(history: History) -> None:
    """Before: asked every six hours (no hint read). Now: a ttl of a year waits a day, then the feed is asked at
    every daily run (a hint never stops polling)."""
    assert fetched_runs(history, "ttlyear") == [0, *range(4, RERUN)]
    assert "capped at 24 h" in history.waiting[1]["ttlyear"]


def test_skip_hours_and_skip_days_are_kept_in_gmt(history: History) -> None:
    """Before: asked at midnight GMT though its skipHours name 0 to 5, and on Monday though its skipDays name it.
    A daily run at a skipped hour still asks it (never more than a day without a request)."""
    assert 3 not in fetched_runs(history, "skiphours") and history.hits[4]["skiphours"] == 1
    assert "skipHours (00:00 GMT)" in history.waiting[3]["skiphours"]
    assert fetched_runs(history, "skipdays")[:2] == [0, 3]
    assert "skipDays (Monday)" in history.waiting[1]["skipdays"]


def test_a_feed_dead_for_two_weeks_is_dormant_asked_weekly_and_comes_back(history: History) -> None:
    """Before: a 404 for three weeks was `backoff` and asked every day for ever. Now: `dormant` after 14 days
    (day 15), not asked on days 16 to 18, asked a week later (day 22), where it answers and is `active` again."""
    dormant = history.status[14]["dead"]
    assert dormant["state"] == "dormant" and dormant["error"] == "HTTP 404 Not Found"
    assert dormant["since"] == history.states[1]["dead"].last_fetch_at  # failing since its first 404
    assert [history.hits[run]["dead"] for run in range(13, 19)] == [1, 1, 0, 0, 0, 1]
    assert "dormant: failing since 2026-03-02T12:00" in history.waiting[15]["dead"]
    assert "HTTP 404 Not Found" in history.waiting[15]["dead"]
    back = history.states[DEAD_BACK]["dead"]
    assert (back.state, back.consecutive_failures, back.failing_since, back.last_error) == (
        "active",
        0,
        None,
        None,
    )
    assert history.titles[DEAD_BACK]["dead"] == ["Lighthouse plan 1 approved", "Lighthouse plan 2 approved"]


def test_a_refused_feed_is_dormant_and_asked_once_a_week(history: History) -> None:
    states = [history.states[run]["refused"] for run in range(RERUN)]
    assert [s.state for s in states[13:20]] == ["backoff", *["dormant"] * 6]
    asked = [run for run in range(1, RERUN) if states[run].last_fetch_at != states[run - 1].last_fetch_at]
    assert asked[-2:] == [14, 18]  # day 15, then day 22


def test_a_parked_domain_is_dormant_and_reset_by_hand(history: History) -> None:
    """The parked page (200 HTML) is a failure like any other: dormant on day 15, not asked on day 16; `ingest
    feeds reset parked` makes it due at once (`active`, no failures) and keeps every article stored."""
    assert history.status[14]["parked"]["state"] == "dormant"
    assert "looks like an HTML page titled 'lighthouse-gazette.example is for sale'" in history.status[14]["parked"]["error"]  # fmt: skip
    assert history.hits[15]["parked"] == 0 and history.hits[RESET_BEFORE]["parked"] == 1
    assert history.reset_output == "active"
    after = history.states[RESET_BEFORE]["parked"]
    assert (after.state, after.consecutive_failures) == ("backoff", 1)  # failing again, counted afresh
    assert after.failing_since == after.last_fetch_at
    assert history.titles[RERUN]["parked"] == ["Lighthouse plan 1 approved"]  # nothing stored is deleted


def test_status_says_where_a_feed_moved_for_good(history: History) -> None:
    """Before: `ingest status` showed a moved feed as healthy with no word of its new address (the feeds file
    kept the old one for ever). Now it names it; the feeds file is never rewritten; a 302 for weeks moves nothing."""
    moved = history.status[RERUN]["moved"]["moved_to"]
    assert moved is not None and moved.startswith(history.states[RERUN]["moved"].url)
    assert history.states[RERUN]["moved"].url.endswith("/moved-new")
    assert "not yet adopted" in history.status[1]["moved"]["moved_to"]
    assert fetched_runs(history, "moved") == [0, 1, 2]  # adopted after three, then asked at its new address
    assert history.status[RERUN]["temp"]["moved_to"] is None
    assert history.states[RERUN]["temp"].url.endswith("/temp")
    assert history.feeds_file[0] == history.feeds_file[1]


def test_a_server_answering_304_for_ever_is_asked_for_its_body_now_and_then(history: History) -> None:
    """Before: a cache that answered 304 to every conditional request hid the story added on day 2 for ever.
    Now a feed whose last body is three days old is asked once without validators: the story is stored on day 3."""
    assert "Lighthouse plan 2 approved" not in history.titles[STUCK_CHANGES]["stuck"]
    assert history.titles[6]["stuck"] == ["Lighthouse plan 1 approved", "Lighthouse plan 2 approved"]
    assert history.conditional[6]["stuck"] is False and history.conditional[5]["stuck"] is True


def test_validators_are_kept_over_weeks_with_a_body_asked_every_few_days(history: History) -> None:
    unconditional = [
        run for run in range(RERUN) if history.hits[run]["etag"] and not history.conditional[run]["etag"]
    ]
    assert unconditional[0] == 0 and len(unconditional) >= 4
    for a, b in itertools.pairwise(unconditional):  # the first run three days or more after the last body
        assert HOURS[b] - HOURS[a] >= 72 > HOURS[b - 1] - HOURS[a]
    assert fetched_runs(history, "etag") == list(range(RERUN))
    assert history.titles[RERUN]["etag"] == ["Lighthouse plan 1 approved"]


# -- checked and already fine (guards) ------------------------------------------------------------------------------


def test_absurd_hints_ask_for_nothing(history: History) -> None:
    """max-age=0 with an Expires in the past, and skipHours/skipDays naming every hour and day: asked every run."""
    assert fetched_runs(history, "absurd") == list(range(RERUN))
    assert fetched_runs(history, "skipall") == list(range(RERUN))


def test_a_410_is_gone_for_good_and_status_says_since_when(history: History) -> None:
    assert fetched_runs(history, "gone") == [0, 1]
    assert history.status[RERUN]["gone"]["state"] == "gone"
    assert history.status[RERUN]["gone"]["since"] == history.states[1]["gone"].last_fetch_at
    assert history.titles[RERUN]["gone"] == ["Lighthouse plan 1 approved"]


def test_a_server_ignoring_validators_stores_nothing_twice(history: History) -> None:
    assert fetched_runs(history, "ignores") == list(range(RERUN))
    assert history.titles[RERUN]["ignores"] == ["Lighthouse plan 1 approved"]


def test_a_rerun_adds_nothing_and_a_forced_run_asks_every_feed(history: History) -> None:
    assert history.added[RERUN] == 0
    assert {k: v for k, v in history.rows[RERUN].items() if k != "fetches"} == {
        k: v for k, v in history.rows[RERUN - 1].items() if k != "fetches"
    }
    forced = history.hits[FORCED]
    asked = {n for n in FEEDS if n != "refused"}
    assert {n for n in asked if forced[n] or forced.get(n + "-new")} == asked
    assert history.waiting[FORCED] == {}
