"""Round twenty-three through the whole pipeline: feeds that change between runs. A loopback server answers each
feed from a scripted sequence of states, one per run (six runs, forced, then a seventh over the last states
again, which must add nothing), and after each run the test reads what the warehouse holds: articles, revisions,
statements, first-appearance flags, publication times, feed states and their errors (`ingest status`). Every
outlet, feed and text here is fictional."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from faultserver import Behaviour, FaultServer, redirect, reset, respond
from hostile_checks import table_rows
from ingest import pipeline
from ingest.catalog import read_states
from ingest.config import Settings
from ingest.warehouse import query_warehouse

pytestmark = pytest.mark.slow

RUNS = 6
LEAD = "Minister Olena Varga said on Tuesday that the harbour bridge would reopen in spring after repairs to its cables and deck."
QUOTE = (
    "“We have finished 40% of the work on the cables,” Varga told reporters at the site on Tuesday morning."
)
TAIL = "Engineers from two firms have been working on the bridge since a storm damaged it in the autumn of last year."
BRIDGE = [LEAD, QUOTE, TAIL]
FERRY = [
    "The ferry strike on the northern route ended on Wednesday after crews accepted a new pay offer from the operator.",
    "“The boats will sail on Thursday at the usual times,” union secretary Pavlo Dubrovsky told the Coast Courier.",
    "Passengers with tickets for cancelled sailings can claim a refund at any port office until the end of the month.",
]
MARKET = [
    "The covered market on Quay Street will close for three weeks in April while its roof is replaced, the council said.",
    "“Traders will move to the square for the duration and pay no rent,” councillor Ivana Petrak said on Thursday.",
    "The market was built in 1911 and last renovated in the 1980s, when its iron frame was painted green.",
]
DAY = "Tue, 03 Mar 2026 {} +0000"
RSS_TYPE = {"Content-Type": "application/rss+xml"}


def item(
    title: str, link: str, guid: str | None, date: str | None, paragraphs: list[str], extra: str = ""
) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs) + extra
    parts = [f"<title>{title}</title><link>{link}</link>"]
    parts += [f'<guid isPermaLink="false">{guid}</guid>'] if guid else []
    parts += [f"<pubDate>{date}</pubDate>"] if date else []
    return f"<item>{''.join(parts)}<description><![CDATA[{body}]]></description></item>"


def rss(*items: str) -> bytes:
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Coast</title>"
        f"<link>https://coast.example/</link><language>en</language>{''.join(items)}</channel></rss>"
    ).encode()


def atom(*entries: tuple[str, str, str, str, list[str]]) -> bytes:
    out = []
    for title, link, guid, date, paragraphs in entries:
        html = "".join(f"<p>{p}</p>" for p in paragraphs).replace("&", "&amp;").replace("<", "&lt;")
        out.append(
            f"<entry><title>{title}</title><link href='{link}'/><id>{guid}</id><published>{date}</published>"
            f"<updated>{date}</updated><content type='html'>{html}</content></entry>"
        )
    return (
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Coast</title>"
        f"<id>urn:coast</id><updated>2026-03-03T10:00:00Z</updated>{''.join(out)}</feed>"
    ).encode()


def ok(body: bytes, **headers: str) -> Behaviour:
    return respond(200, body, {**RSS_TYPE, **{k.replace("_", "-"): v for k, v in headers.items()}})


def bridge(host: str, *, guid: str | None = "b-1", date: str | None = DAY.format("10:00:00"), path: str = "news/bridge",
           paragraphs: list[str] = BRIDGE, title: str = "Bridge to reopen in spring", extra: str = "") -> str:  # fmt: skip
    return item(title, f"https://{host}.example/{path}", guid, date, paragraphs, extra)


FORTY_FIVE = [LEAD, QUOTE.replace("40%", "45%"), TAIL]
PARKED = respond(200, b"<html><head><title>This domain is for sale</title></head><body>Buy it</body></html>",
                 {"Content-Type": "text/html"})  # fmt: skip


def feed_states(url: Any) -> dict[str, list[Behaviour]]:
    """What each feed answers in runs 1 to 6 (a list shorter than six repeats its last state)."""
    three = [("market", MARKET, "m-1"), ("ferry", FERRY, "f-1"), ("bridge", BRIDGE, "b-1")]
    migrated = [
        item(t.title(), f"https://cms.example/{t}", g, DAY.format("09:00:00"), p) for t, p, g in three
    ]
    moved_again = [item(t.title(), f"https://cms.example/2026/03/{t}-story", f"urn:cms:{g}", DAY.format("09:00:00"), p) for t, p, g in three]  # fmt: skip
    return {
        # new kinds (failed before this round)
        "republished": [
            ok(rss(bridge("republished"))),
            ok(rss()),
            ok(rss(bridge("republished", guid="b-77", path="news/bridge-2", date=DAY.format("12:00:00")))),
        ],
        "migrated": [ok(rss(*migrated)), ok(rss(*migrated)), ok(rss(*moved_again))],
        "wire": [
            ok(rss(bridge("wire", date=DAY.format("08:00:00")))),
            ok(
                rss(
                    bridge(
                        "wire",
                        date=DAY.format("16:00:00"),
                        paragraphs=[*FORTY_FIVE, "Update: the figure was corrected on Tuesday afternoon."],
                    )
                )
            ),
        ],
        "copy": [
            ok(
                rss(
                    bridge(
                        "copy",
                        guid="c-1",
                        date=DAY.format("11:00:00"),
                        title="Bridge will reopen, minister says",
                    )
                )
            )
        ],
        "future": [
            ok(rss(bridge("future", date="Tue, 03 Mar 2099 10:00:00 +0000"))),
            ok(rss(bridge("future"))),
        ],
        "undated": [ok(rss(bridge("undated", date=None))), ok(rss(bridge("undated")))],
        # already fine (guards)
        "edited": [
            ok(rss(bridge("edited", title="Brigde to reopen"))),
            ok(rss(bridge("edited"))),
            ok(rss(bridge("edited", paragraphs=FORTY_FIVE))),
        ],
        "cosmetic": [
            ok(rss(bridge("cosmetic"))),
            ok(
                rss(
                    bridge(
                        "cosmetic",
                        paragraphs=[p.replace(" the ", "  the ") for p in BRIDGE],
                        extra="<img src='https://cosmetic.example/i.jpg'/>",
                    )
                )
            ),
            ok(rss(bridge("cosmetic", title="Bridge to reopen in spring "))),
        ],
        "guid-churn": [ok(rss(bridge("guid-churn", guid=f"tmp-{n}"))) for n in range(3)],
        "link-churn": [ok(rss(bridge("link-churn", path=f"news/bridge?sid={n}x"))) for n in range(3)],
        "emptied": [ok(rss(bridge("emptied"))), ok(rss()), ok(rss())],
        "down": [
            ok(rss(bridge("down"))),
            respond(500, b"oops"),
            respond(502, b"bad"),
            reset(),
            ok(rss(bridge("down"))),
        ],
        "parked": [ok(rss(bridge("parked"))), PARKED, ok(rss(bridge("parked")))],
        "to-atom": [
            ok(rss(bridge("to-atom"))),
            respond(
                200,
                atom(
                    (
                        "Bridge to reopen in spring",
                        "https://to-atom.example/news/bridge",
                        "b-1",
                        "2026-03-03T10:00:00Z",
                        BRIDGE,
                    )
                ),
                {"Content-Type": "application/atom+xml"},
            ),
        ],
        "validators": [
            ok(rss(bridge("validators")), ETag='"a"'),
            respond(304, b"", {"ETag": '"a"'}),
            ok(rss(bridge("validators")), ETag='"b"'),
            ok(rss(bridge("validators")), ETag='"a"'),
        ],
        "reused-guid": [
            ok(rss(bridge("reused-guid"))),
            ok(
                rss(
                    item(
                        "Ferry strike ends",
                        "https://reused-guid.example/news/ferry",
                        "b-1",
                        "Wed, 04 Mar 2026 10:00:00 +0000",
                        FERRY,
                    )
                )
            ),
        ],
        "moved-back": [redirect(301, url("/moved-back-new"))] * 3 + [ok(rss(bridge("moved-back")))],
        "moving": [
            ok(rss(bridge("moving"))),
            redirect(301, url("/moving-new")),
            redirect(301, url("/moving-new")),
            ok(rss(bridge("moving"))),
        ],
    }


def target_states() -> dict[str, list[Behaviour]]:
    """What the paths that feeds are redirected to answer in runs 1 to 6: the moved-back feed's new address
    serves it for three runs (the move is adopted), then answers 410 while the feed's own URL serves it again."""
    return {
        "moving-new": [ok(rss(bridge("moving")))],
        "moved-back-new": [ok(rss(bridge("moved-back")))] * 3 + [respond(410, b"gone")],
    }


@dataclass
class History:
    """What the warehouse held after each run."""

    rows: list[dict[str, int]] = field(default_factory=list)
    articles: list[dict[str, list[tuple[Any, ...]]]] = field(
        default_factory=list
    )  # feed -> (title, url, revision, published_at, is_original)
    statements: list[dict[str, list[str]]] = field(default_factory=list)
    states: list[dict[str, tuple[Any, ...]]] = field(
        default_factory=list
    )  # feed -> (state, failures, error, url)
    status: list[dict[str, tuple[Any, ...]]] = field(default_factory=list)
    errors: list[list[str]] = field(default_factory=list)
    added: list[int] = field(default_factory=list)
    sightings: dict[str, list[str]] = field(default_factory=dict)


def read_run(warehouse: Path, out: History) -> None:
    def by_feed(query: str) -> dict[str, list[Any]]:
        found: dict[str, list[Any]] = {}
        for feed, *rest in query_warehouse(warehouse, query)[1]:
            found.setdefault(feed, []).append(tuple(rest) if len(rest) > 1 else rest[0])
        return found

    out.rows.append(table_rows(warehouse))
    out.articles.append(
        by_feed("select feed, title, url, revision, published_at, is_original from articles order by all")
    )
    out.statements.append(by_feed("select a.feed, s.quote from statements as s join articles as a using (article_id) order by all"))  # fmt: skip
    out.states.append({k: (s.state, s.consecutive_failures, s.last_error, s.url) for k, s in read_states(warehouse).items()})  # fmt: skip
    _, rows = pipeline.feed_status(warehouse)
    out.status.append({r[0]: r for r in rows})
    out.sightings = by_feed("select a.feed, s.url from article_sightings as s join articles as a using (article_id) order by all")  # fmt: skip


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Iterator[History]:
    root = tmp_path_factory.mktemp("r23")
    warehouse = root / "warehouse"
    out = History()
    with FaultServer() as server:
        states = feed_states(lambda path: server.url(path))
        feeds = root / "feeds.toml"
        feeds.write_text("".join(f'[[feeds]]\nname = "{n}"\nurl = "{server.url("/" + n)}"\nfulltext = "never"\n\n' for n in states))  # fmt: skip
        settings = Settings(warehouse=warehouse, fetch_deadline_s=20.0, fetch_timeout_s=10.0, fetch_host_interval_s=0.0)  # fmt: skip
        for run in range(RUNS + 1):
            for name, answers in {**states, **target_states()}.items():
                server.add("/" + name, answers[min(run, RUNS - 1, len(answers) - 1)])
            summary = pipeline.run(feeds, warehouse, settings=settings, force=True)
            out.errors.append(summary.errors)
            out.added.append(summary.new_articles + summary.revised)
            read_run(warehouse, out)
    yield out


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, 3, hour, minute, tzinfo=UTC)


def utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


# -- new kinds -----------------------------------------------------------------------------------------------------


def test_an_item_pulled_and_republished_under_a_new_guid_and_link_stays_one_article(history: History) -> None:
    """Before: a second article with its statements a second time (nothing the guid rules can follow). Now the
    same article, the new link a sighting."""
    assert [len(history.articles[run]["republished"]) for run in range(RUNS)] == [1] * RUNS
    assert history.sightings["republished"] == ["https://republished.example/news/bridge", "https://republished.example/news/bridge-2"]  # fmt: skip
    assert len(history.statements[RUNS - 1]["republished"]) == 2


def test_a_cms_migration_that_renames_every_guid_and_link_doubles_nothing(history: History) -> None:
    """Before: run 3 stored the three items again (six articles, every statement twice)."""
    assert [len(history.articles[run]["migrated"]) for run in range(RUNS)] == [3] * RUNS
    assert len(history.statements[RUNS - 1]["migrated"]) == len(history.statements[0]["migrated"])


def test_an_edit_that_bumps_pubdate_keeps_the_first_publication_and_the_original(history: History) -> None:
    """Before: the wire's correction (its pubDate moved to 16:00) made the wire's article later than the copy it
    was copied into, which became the story's original; the 45% statement was first said at 16:00. Now the edit
    is revision 2, still published at 08:00 and the original."""
    for run in range(1, RUNS):
        [(_, _, revision, published, original)] = history.articles[run]["wire"]
        assert (revision, utc(published), original) == (2, at(8), True)
        [(_, _, _, _, copy_original)] = history.articles[run]["copy"]
        assert copy_original is False
    assert "We have finished 45% of the work on the cables" in history.statements[RUNS - 1]["wire"]


@pytest.mark.parametrize("feed", ["future", "undated"])
def test_an_item_first_dated_in_the_future_or_not_at_all_takes_its_date_when_it_comes(history: History, feed: str) -> None:  # fmt: skip
    """Before: the first-seen time (today) stayed its publication time for ever, though the feed gave its real
    date from run 2 on. Now run 2 stores a revision of the date alone; the statements are not doubled."""
    [(_, _, revision, published, _)] = history.articles[0][feed]
    assert (revision, utc(published) > at(23)) == (1, True)
    for run in range(1, RUNS):
        [(_, _, revision, published, _)] = history.articles[run][feed]
        assert (revision, utc(published)) == (2, at(10))
        assert len(history.statements[run][feed]) == 2


# -- already fine (guards) -----------------------------------------------------------------------------------------


def test_edits_are_revisions_and_statements_follow_the_latest_text(history: History) -> None:
    """A title fixed (run 2) and a figure changed (run 3): revisions 2 and 3; the statements are the latest
    revision's, the 40% one replaced by the 45% one, never both."""
    assert [history.articles[run]["edited"][0][2] for run in range(RUNS)] == [1, 2, 3, 3, 3, 3]
    assert history.articles[RUNS - 1]["edited"][0][0] == "Bridge to reopen in spring"
    quotes = history.statements[RUNS - 1]["edited"]
    assert len(quotes) == 2 and not any("40%" in q for q in quotes)


def test_whitespace_an_image_and_churning_guids_or_links_add_nothing(history: History) -> None:
    for feed in ("cosmetic", "guid-churn", "link-churn"):
        assert [[a[2] for a in history.articles[run][feed]] for run in range(RUNS)] == [[1]] * RUNS, feed
        assert len(history.statements[RUNS - 1][feed]) == 2


def test_feed_level_changes_lose_and_double_nothing(history: History) -> None:
    """An empty feed after a full one deletes nothing; RSS turned Atom with the same item, a 304 then a 200 of
    the same bytes, validators flipping back, a 301 for two runs then the old URL again: one article, one
    revision, no error, the feed URL unmoved."""
    for feed in ("emptied", "to-atom", "validators", "moving", "down", "parked"):
        assert [[a[2] for a in history.articles[run][feed]] for run in range(RUNS)] == [[1]] * RUNS, feed
    assert history.states[RUNS - 1]["moving"][3].endswith("/moving")
    assert len(history.articles[RUNS - 1]["reused-guid"]) == 2  # a guid reused for another article: two


def test_a_feed_down_for_three_runs_has_its_error_then_clears_it(history: History) -> None:
    assert [history.states[run]["down"][:2] for run in range(RUNS)] == [
        ("active", 0), ("backoff", 1), ("backoff", 2), ("backoff", 3), ("active", 0), ("active", 0)
    ]  # fmt: skip
    assert history.states[1]["down"][2] == "HTTP 500 Internal Server Error"
    assert history.states[3]["down"][2].startswith("connection reset")
    assert (
        history.status[4]["down"][-1] is None
        and history.status[3]["down"][-1] == history.states[3]["down"][2]
    )
    assert (
        history.states[1]["parked"][2]
        == "not a feed: looks like an HTML page titled 'This domain is for sale'"
    )
    assert history.states[2]["parked"][:3] == ("active", 0, None)
    assert [[e.split(":")[0] for e in errors if e.startswith(("down:", "parked:"))] for errors in history.errors] == [
        [], ["down", "parked"], ["down"], ["down"], [], [], []
    ]  # fmt: skip


def test_a_feed_whose_adopted_move_dies_goes_back_to_its_own_url(history: History) -> None:
    """Moved (301) for three runs, the move adopted; then the new address answers 410 while the feed's own URL
    serves it again. Before: `gone` for ever (backoff for ever after a 404), every forced run failing too.
    Now the feeds file's URL is asked in the same fetch and the move undone."""
    assert history.states[2]["moved-back"][3].endswith("/moved-back-new")
    assert [history.states[run]["moved-back"][:3] for run in range(3, RUNS)] == [("active", 0, None)] * 3
    assert history.states[RUNS - 1]["moved-back"][3].endswith("/moved-back")
    assert [len(history.articles[run]["moved-back"]) for run in range(RUNS)] == [1] * RUNS
    assert [[e for e in errors if not e.startswith(("down:", "parked:"))] for errors in history.errors] == [
        []
    ] * (RUNS + 1)


def test_a_run_over_unchanged_states_adds_nothing(history: History) -> None:
    assert history.rows[RUNS] == history.rows[RUNS - 1]
    assert history.added[RUNS] == 0
    assert history.articles[RUNS] == history.articles[RUNS - 1]
