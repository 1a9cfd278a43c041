"""Round twenty-four through the whole pipeline: time passing. One simulated clock (``INGEST_NOW``) moves over
two weeks of scheduled, unforced runs (every six hours on the first two days, then daily) against a loopback
server whose feeds change as the days pass; after each run the test reads what the warehouse holds (articles,
publication times, first-appearance flags, statements, feed states and errors, `ingest status`), then a last
run on the same day over unchanged feeds must add nothing, and `ingest rebuild` must give the marts the daily
incremental builds gave. Every outlet, feed and text here is fictional."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from faultserver import Behaviour, FaultServer, respond
from hostile_checks import table_rows
from ingest import pipeline
from ingest.catalog import read_states
from ingest.config import Settings
from ingest.warehouse import query_warehouse

pytestmark = pytest.mark.slow

START = datetime(2026, 3, 2, 6, tzinfo=UTC)  # a Monday
HOURS = [0, 6, 12, 18, 24, 30, 36, 48, 72, 96, 120, 168, 312]  # the schedule: hours after START
RUNS = [START + timedelta(hours=h) for h in HOURS] + [START + timedelta(hours=HOURS[-1], minutes=30)]
LAST = len(RUNS) - 1  # the re-run over unchanged feeds
RSS_TYPE = {"Content-Type": "application/rss+xml"}
HARBOUR = [
    "Minister Olena Varga said on Monday that the harbour bridge would reopen in spring after repairs to its cables.",
    "“We have finished 40% of the work on the cables,” Varga told reporters at the site on Monday morning.",
    "Engineers from two firms have been working on the bridge since a storm damaged it in the autumn of last year.",
]
FERRY = [
    "The ferry strike on the northern route ended on Wednesday after crews accepted a new pay offer from the operator.",
    "“The boats will sail on Thursday at the usual times,” union secretary Pavlo Dubrovsky told the Coast Courier.",
    "Passengers with tickets for cancelled sailings can claim a refund at any port office until the end of the month.",
]


def rfc822(when: datetime) -> str:
    return when.strftime("%a, %d %b %Y %H:%M:%S +0000")


def item(
    title: str, link: str, when: datetime | str | None, paragraphs: list[str], guid: str | None = None
) -> str:
    date = rfc822(when) if isinstance(when, datetime) else when
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    parts = [f"<title>{title}</title><link>{link}</link>", f'<guid isPermaLink="false">{guid or link}</guid>']
    parts += [f"<pubDate>{date}</pubDate>"] if date else []
    return f"<item>{''.join(parts)}<description><![CDATA[{body}]]></description></item>"


def rss(*items: str, channel: str = "") -> bytes:
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Coast</title>"
        f"<link>https://coast.example/</link><language>en</language>{channel}{''.join(items)}</channel></rss>"
    ).encode()


def ok(body: bytes) -> Behaviour:
    return respond(200, body, RSS_TYPE)


def story(n: int, day: datetime | str, host: str) -> str:
    """The ``n``th story of a feed, published at ``day``: its own title and text (nothing in it changes with the day)."""
    para = [f"The {host} council of Port Mirna approved plan number {n} for the northern quay at its session this week.",
            f"“Plan {n} will be finished within a year,” deputy mayor Irina Kovac of {host} told the council members.",
            f"Work on plan {n} starts once the {host} harbour authority has signed the contracts for the northern quay."]  # fmt: skip
    return item(f"Quay plan {n} approved", f"https://{host}.example/news/plan-{n}", day, para)


def answers(run: int, url: Any) -> dict[str, Behaviour]:
    """What each feed answers at run ``run``."""
    bridge = item(
        "Bridge to reopen in spring",
        "https://capped.example/news/bridge",
        START - timedelta(hours=1),
        HARBOUR,
    )
    published = int(HOURS[run] * 30 / 24)  # the window feed's stories so far (30 a day)
    out: dict[str, Behaviour] = {
        # down from the second run to the ninth (day 5): the backoff grows to its 24-hour cap
        "capped": ok(rss(bridge)) if run == 0 or run >= 10 else respond(500, b"oops"),
        # down on days 2 to 4, then back with the stories of those days (a catch-up)
        "outage": (
            respond(503, b"busy")
            if 4 <= run <= 8
            else ok(
                rss(
                    *(
                        story(n, START + timedelta(days=n, hours=3), "outage")
                        for n in range(4 if run > 8 else 1)
                    )
                )
            )
        ),
        # history before the first run, a story dated a month ahead, an impossible 29 February
        "history": ok(
            rss(
                story(1, datetime(2025, 11, 3, 9, tzinfo=UTC), "history"),
                story(2, START + timedelta(days=30), "history"),
                item(
                    "Ferry strike ends",
                    "https://history.example/news/ferry",
                    "Sun, 29 Feb 2026 10:00:00 +0000",
                    FERRY,
                ),
            )
        ),
        # an item that leaves the feed on day 2 and comes back six days later; another re-dated by a day on day 5
        "comeback": ok(
            rss(
                *([story(1, START - timedelta(hours=2), "comeback")] if run < 4 or run >= 11 else []),
                story(2, START - timedelta(hours=3) + timedelta(days=1 if run >= 9 else 0), "comeback"),
            )
        ),
        # republished on its anniversary: the same guid, link and text, dated a year later
        "anniversary": ok(
            rss(
                story(
                    1,
                    datetime(2025, 3, 2, 9, tzinfo=UTC) + timedelta(days=365 if run >= 11 else 0),
                    "anniversary",
                )
            )
        ),
        # a 503 on day 3 whose Retry-After is an HTTP date two days ahead
        "retry": (
            respond(
                503,
                b"busy",
                {"Retry-After": (RUNS[7] + timedelta(days=2)).strftime("%a, %d %b %Y %H:%M:%S GMT")},
            )
            if run == 7
            else ok(rss(story(1, START - timedelta(hours=5), "retry")))
        ),
        # 30 stories a day, the feed showing its latest 10
        "window": ok(
            rss(
                *(
                    story(n, START + timedelta(minutes=48 * n), "window")
                    for n in range(max(0, published - 9), published + 1)
                )
            )
        ),
        # the wire's story on day 3, a copy by another outlet on day 4 (its own date), the speaker again a week later
        "wire": ok(
            rss(
                *(
                    [
                        item(
                            "Bridge to reopen in spring",
                            "https://wire.example/news/bridge",
                            START + timedelta(days=2, hours=-1),
                            HARBOUR,
                        )
                    ]
                    if run >= 7
                    else []
                ),
                *(
                    [
                        item(
                            "Bridge works go on",
                            "https://wire.example/news/bridge-2",
                            START + timedelta(days=9, hours=-1),
                            [HARBOUR[1], FERRY[2]],
                        )
                    ]
                    if run >= 12
                    else []
                ),
            )
        ),
        "copy": ok(
            rss(
                *(
                    [
                        item(
                            "Harbour bridge will reopen",
                            "https://copy.example/world/bridge",
                            START + timedelta(days=3, hours=-1),
                            HARBOUR,
                        )
                    ]
                    if run >= 8
                    else []
                )
            )
        ),
        # times without a zone across a night the clocks go forward
        "naive": ok(rss(story(1, "2026-03-01T01:30:00", "naive"), story(2, "2026-03-01T03:30:00", "naive"))),
    }
    return out


@dataclass
class History:
    rows: list[dict[str, int]] = field(default_factory=list)
    articles: list[dict[str, list[tuple[Any, ...]]]] = field(
        default_factory=list
    )  # feed -> (title, published, first_seen, revision, is_original)
    states: list[dict[str, tuple[Any, ...]]] = field(
        default_factory=list
    )  # feed -> (state, failures, error, last_fetch_at, next_fetch_at)
    status: list[dict[str, tuple[Any, ...]]] = field(default_factory=list)
    errors: list[list[str]] = field(default_factory=list)
    waiting: list[list[str]] = field(default_factory=list)
    notes: list[list[str]] = field(default_factory=list)
    added: list[int] = field(default_factory=list)
    marts: dict[str, list[str]] = field(default_factory=dict)
    thread_rows: list[tuple[Any, ...]] = field(default_factory=list)
    fetch_notes: list[str] = field(default_factory=list)
    rebuilt: dict[str, list[str]] = field(default_factory=dict)


MARTS = ("articles", "statements", "statement_threads", "speaker_timeline", "claim_series")


def read_marts(warehouse: Path) -> dict[str, list[str]]:
    """Each mart's rows as text, sorted: the comparison needs no order and no hashable values."""
    return {
        m: sorted(repr(row) for row in query_warehouse(warehouse, f"select * from {m}")[1]) for m in MARTS
    }


def read_run(warehouse: Path, out: History) -> None:
    found: dict[str, list[Any]] = {}
    query = (
        "select feed, title, published_at, first_seen_at, revision, is_original from articles order by all"
    )
    for feed, *rest in query_warehouse(warehouse, query)[1]:
        found.setdefault(feed, []).append(tuple(rest))
    out.articles.append(found)
    out.rows.append(table_rows(warehouse))
    out.states.append({k: (s.state, s.consecutive_failures, s.last_error, s.last_fetch_at, s.next_fetch_at) for k, s in read_states(warehouse).items()})  # fmt: skip
    _, rows = pipeline.feed_status(warehouse)
    out.status.append({r[0]: r for r in rows})


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Iterator[History]:
    root = tmp_path_factory.mktemp("r24")
    warehouse = root / "warehouse"
    out = History()
    before = os.environ.get("INGEST_NOW")
    try:
        with FaultServer() as server:
            names = list(answers(0, server.url))
            feeds = root / "feeds.toml"
            feeds.write_text("".join(f'[[feeds]]\nname = "{n}"\nurl = "{server.url("/" + n)}"\noutlet = "{n}"\nfulltext = "never"\n\n' for n in names))  # fmt: skip
            settings = Settings(warehouse=warehouse, fetch_deadline_s=20.0, fetch_timeout_s=10.0, fetch_host_interval_s=0.0)  # fmt: skip
            for run, now in enumerate(RUNS):
                os.environ["INGEST_NOW"] = now.isoformat()
                for name, behaviour in answers(min(run, LAST - 1), server.url).items():
                    server.add("/" + name, behaviour)
                summary = pipeline.run(feeds, warehouse, settings=settings)
                out.errors.append(summary.errors)
                out.waiting.append(summary.waiting)
                out.notes.append(summary.notes)
                out.added.append(summary.new_articles + summary.revised)
                read_run(warehouse, out)
            out.marts = read_marts(warehouse)
            out.thread_rows = query_warehouse(warehouse, "select * from statement_threads")[1]
            out.fetch_notes = [r[0] for r in query_warehouse(warehouse, "select error from fetches where feed = 'window' and error is not null order by fetched_at")[1]]  # fmt: skip
            pipeline.rebuild_step(warehouse)
            out.rebuilt = read_marts(warehouse)
    finally:
        if before is None:
            os.environ.pop("INGEST_NOW", None)
        else:
            os.environ["INGEST_NOW"] = before
    yield out


def utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


def titles_published(history: History, run: int, feed: str) -> list[tuple[str, datetime]]:
    return [(title, utc(published)) for title, published, *_ in history.articles[run][feed]]


# -- new kinds (failed before this round) -------------------------------------------------------------------------


def test_a_feed_backed_off_to_its_24_hour_cap_is_fetched_by_the_next_daily_run(history: History) -> None:
    """Before: the capped delay ran from the end of the day-4 fetch, so the day-5 run, starting a moment earlier,
    skipped it (`not due until 2026-03-06T06:00:00.1…`): on a daily schedule the feed was asked every other day."""
    assert [history.states[run]["capped"][1] for run in range(1, 10)] == [1, 2, 3, 4, 5, 6, 7, 8, 9]
    assert utc(history.states[8]["capped"][4]) - utc(history.states[8]["capped"][3]) == timedelta(hours=24)
    assert not any(w.startswith("capped:") for w in history.waiting[9])
    assert history.states[10]["capped"][:3] == ("active", 0, None)


def test_a_feed_that_publishes_more_than_it_shows_between_two_runs_says_so(history: History) -> None:
    """30 stories a day in a feed of 10: every daily run sees 10 new ones and the other 20 are never seen. Before:
    nothing said so. Now the fetch, the feed's state (`ingest status`) and the run's summary note a possible gap;
    runs six hours apart (the window overlapping what was seen) and the re-run over the same feed note nothing."""
    assert [len(history.articles[run]["window"]) for run in (0, 6, 7, 12)] == [1, 46, 56, 106]
    noted = [run for run in range(len(RUNS)) if any(n.startswith("window:") for n in history.notes[run])]
    assert noted == [7, 8, 9, 10, 11, 12]
    note = history.status[7]["window"][-1]
    assert note == (
        "possible gap: all 10 items are new and the oldest was published at 2026-03-03 22:48 UTC, after the last "
        "read at 2026-03-03 18:00 UTC; items published in between may have left the feed unseen"
    )
    assert history.notes[7] == [f"window: {note}"] and history.states[7]["window"][:3] == ("active", 0, None)
    assert history.status[LAST]["window"][-1] is None
    assert not any(n for run in range(len(RUNS)) for n in history.notes[run] if not n.startswith("window:"))
    assert history.fetch_notes == [
        note for run in range(7, 13) for note in [history.status[run]["window"][-1]]
    ]


# -- already fine (guards) -----------------------------------------------------------------------------------------


def test_a_three_day_outage_backs_off_shows_its_error_and_catches_up_by_the_items_own_dates(
    history: History,
) -> None:
    assert [history.states[run]["outage"][:2] for run in range(3, 11)] == [
        ("active", 0), ("backoff", 1), ("backoff", 2), ("backoff", 3), ("backoff", 4), ("backoff", 5),
        ("active", 0), ("active", 0),
    ]  # fmt: skip
    assert history.status[8]["outage"][-1] == "HTTP 503 Service Unavailable"
    assert (
        history.status[9]["outage"][-1] is None
        and "outage: HTTP 503 Service Unavailable" in history.errors[8]
    )
    assert titles_published(history, 9, "outage") == [
        (f"Quay plan {n} approved", START + timedelta(days=n, hours=3)) for n in range(4)
    ]
    assert [utc(a[2]).date() for a in history.articles[9]["outage"]] == [START.date()] + [RUNS[9].date()] * 3


def test_a_retry_after_two_days_ahead_waits_the_24_hour_cap_and_clears(history: History) -> None:
    state, failures, error, fetched, due = history.states[7]["retry"]
    assert (state, failures, error) == ("backoff", 1, "HTTP 503 Service Unavailable")
    assert utc(due) - utc(fetched) <= timedelta(hours=24) and utc(due) > RUNS[7] + timedelta(hours=23)
    assert history.states[9]["retry"][:3] == ("active", 0, None)


def test_items_over_weeks_are_one_article_each_with_their_first_dates(history: History) -> None:
    """History before the first run keeps its date; a date a month ahead or an impossible 29 February is the
    first-seen time; an item gone for six days and back, one re-dated by a day and one republished on its
    anniversary stay one article, revision 1, with their first dates; times without a zone are UTC."""
    first = START
    assert titles_published(history, LAST, "history") == [
        ("Ferry strike ends", titles_published(history, 0, "history")[0][1]),
        ("Quay plan 1 approved", datetime(2025, 11, 3, 9, tzinfo=UTC)),
        ("Quay plan 2 approved", titles_published(history, 0, "history")[2][1]),
    ]
    assert titles_published(history, 0, "history")[0][1].date() == first.date()
    assert titles_published(history, LAST, "comeback") == [
        ("Quay plan 1 approved", START - timedelta(hours=2)), ("Quay plan 2 approved", START - timedelta(hours=3))
    ]  # fmt: skip
    assert titles_published(history, LAST, "anniversary") == [
        ("Quay plan 1 approved", datetime(2025, 3, 2, 9, tzinfo=UTC))
    ]
    assert titles_published(history, LAST, "naive") == [
        ("Quay plan 1 approved", datetime(2026, 3, 1, 1, 30, tzinfo=UTC)), ("Quay plan 2 approved", datetime(2026, 3, 1, 3, 30, tzinfo=UTC))
    ]  # fmt: skip
    for feed in ("history", "comeback", "anniversary", "naive"):
        assert {a[3] for a in history.articles[LAST][feed]} == {1}, feed


def test_a_copy_a_day_later_is_a_copy_and_a_repeat_a_week_later_joins_the_thread(history: History) -> None:
    [copy] = history.articles[LAST]["copy"]
    assert copy[4] is False
    threads = [row for row in history.thread_rows if "40% of the work on the cables" in row[3]]
    assert len(threads) == 1 and threads[0][8] == "capped" and threads[0][14] == ["capped", "copy", "wire"]


def test_daily_incremental_builds_equal_a_full_rebuild_and_a_rerun_adds_nothing(history: History) -> None:
    assert history.marts == history.rebuilt
    assert history.rows[LAST] == history.rows[LAST - 1] and history.added[LAST] == 0
    assert history.articles[LAST] == history.articles[LAST - 1]
