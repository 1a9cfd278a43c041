"""Round eighteen through the whole pipeline: a wire story and its syndicated copies over several runs and days,
served on 127.0.0.1, and the analyst's questions asked through `ingest sql` and the saved queries: what did the
person say about the topic, when did a claim first appear and where, how many outlets carried it, did the
number change (and when). Copies come under other URL spellings, headlines, credits and clocks; one copy is
revised, one retracted, one moves to another feed of its outlet; the person repeats the figure a week later
and changes it later still. A re-run adds nothing, a rebuild and another feed order give the same answers.
Every outlet, feed and text here is fictional."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from faultserver import FaultServer, respond
from hostile_checks import table_rows
from ingest import pipeline
from ingest.config import Settings
from ingest.queries import execute
from ingest.warehouse import query_warehouse
from test_warehouse_helpers import mart_snapshot

DAY1 = "Mon, 02 Mar 2026 {} +0000"
LEAD = "Ukraine has received only a fraction of the artillery shells its partners pledged for this year, the head of military intelligence said on Monday."
Q40 = "“We have received only 40% of the ammunition we were promised,” Kyrylo Budanov told reporters in Kyiv."
SLOW = "Budanov said deliveries of shells had slowed since January and that several brigades near Pokrovsk were rationing rounds again."
CONTRACT = "He did not say which partners were late, but added that a new contract for domestic production would be signed within weeks."
MINISTRY = "The ministry of defence declined to comment on the figures on Monday evening."
WIRE = [f"KYIV, March 2 (Eastwire) - {LEAD}", Q40, SLOW, CONTRACT, MINISTRY]
OUTLETS = {
    "eastwire": "Eastwire", "harbor-news": "Harbor Times", "harbor-world": "Harbor Times", "harbor-mobile": "Harbor Times",
    "valley": "Valley Courier", "ledger": "Northern Ledger", "plains": "Plains Gazette", "river": "River Post",
}  # fmt: skip


def item(title: str, link: str, guid: str, date: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<item><title>{title}</title><link>{link}</link><guid isPermaLink="false">{guid}</guid>'
        f"<pubDate>{date}</pubDate><description><![CDATA[{body}]]></description></item>"
    )


def rss(title: str, *items: str) -> bytes:
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel>"
        f"<title>{title}</title><link>https://feeds.example/</link><language>en</language>{''.join(items)}</channel></rss>"
    ).encode()


def feeds_of_run(run: int) -> dict[str, bytes]:
    """What each feed serves in run 1 (day one, the wire's feed still empty), 2 (the wire's item; a copy revised,
    one retracted, one moved), 3 (a week later: a repeat; two weeks later: a new figure); run 4 serves run 3 again."""
    out = {name: rss(OUTLETS[name]) for name in OUTLETS}
    wire = [item("Budanov: only 40% of promised ammunition has arrived", "https://eastwire.example/world/ammo-40?utm_source=rss&utm_medium=feed", "ew-1001", DAY1.format("08:00:00"), WIRE)]  # fmt: skip
    if run >= 3:
        wire.append(item("Budanov repeats: only 40% of ammunition delivered", "https://eastwire.example/world/ammo-repeat", "ew-1050", "Mon, 09 Mar 2026 12:00:00 +0000", [
            "KYIV, March 9 (Eastwire) - Ukraine's military intelligence chief renewed his complaint about late deliveries at a briefing on Monday.",
            "“We have received only 40% of the ammunition we were promised,” Kyrylo Budanov said, a week after first giving the figure.",
            "Officials in two partner capitals said new shipments were on the way and would arrive before the end of the month."]))  # fmt: skip
        wire.append(item("Budanov: deliveries now at a quarter of pledges", "https://eastwire.example/world/ammo-25", "ew-1090", "Mon, 16 Mar 2026 10:00:00 +0000", [
            "KYIV, March 16 (Eastwire) - Deliveries of artillery shells have fallen further behind, Ukraine's military intelligence chief said on Monday.",
            "“We have received only 25% of the ammunition we were promised,” Kyrylo Budanov told a news conference.",
            "Two brigades in the east had stopped counter-battery fire for lack of rounds, he said."]))  # fmt: skip
    if run >= 2:
        out["eastwire"] = rss("Eastwire", *wire)
    # Harbor Times: a new headline and a byline credit, tracking parameters; the same item in its mobile feed (m.
    # host, AMP path); in run 2 its copy changes the figure and moves to the world feed under a new section path
    harbor = ["By Eastwire staff", *WIRE]
    if run >= 2:
        harbor = [p.replace("40%", "45%") for p in harbor]
    section = "news" if run == 1 else "world"
    copy = item("Ammunition shortfall: Kyiv says partners lag", f"https://www.harbortimes.example/{section}/2026/03/02/ammo-shortfall/?utm_source=rss&fbclid=x1", "ht-77", DAY1.format("09:15:00"), harbor)  # fmt: skip
    out["harbor-news" if run == 1 else "harbor-world"] = rss("Harbor Times", copy)
    mobile = item("Ammunition shortfall", "https://m.harbortimes.example/news/2026/03/02/ammo-shortfall/amp", "ht-77", DAY1.format("09:15:00"), harbor[:3])  # fmt: skip
    out["harbor-mobile"] = rss("Harbor Times mobile", mobile)
    # Valley Courier: http, index.html, another dateline, another spelling, a paragraph cut, a typo fixed in run 2
    valley = [f"KIEV (Eastwire) - {LEAD}", Q40.replace("Kyrylo", "Kirill"), SLOW if run >= 2 else SLOW.replace("brigades", "brigdaes"), MINISTRY]  # fmt: skip
    out["valley"] = rss("Valley Courier", item("Intelligence chief: shells running short", "http://valleycourier.example/world/ammo/index.html", "vc-5", DAY1.format("11:30:00"), valley))  # fmt: skip
    # Northern Ledger: the credit without its dateline, "the DIU chief"; Plains Gazette: the same, its clock five
    # hours early (local time labelled GMT), seen a run before the wire
    credited = [f"(Eastwire) - {LEAD}", Q40.replace("Kyrylo Budanov", "the DIU chief"), SLOW, CONTRACT]
    out["ledger"] = rss("Northern Ledger", item("Only 40% of ammunition arrived, DIU chief says", "https://ledger.example/a/88213?ref=rss", "nl-88213", DAY1.format("13:00:00"), credited))  # fmt: skip
    out["plains"] = rss("Plains Gazette", item("Shells running short, Budanov says", "https://plainsgazette.example/2026/03/02/shells", "pg-3", "Mon, 02 Mar 2026 03:10:00 GMT", [*credited[:1], Q40, SLOW]))  # fmt: skip
    # River Post: a copy, retracted in run 2 (its text replaced by a notice)
    river = [f"KYIV (Eastwire) - {LEAD}", Q40, SLOW]
    if run >= 2:
        river = ["This article has been retracted because it did not meet our editorial standards."]
    out["river"] = rss("River Post", item("Retracted: Budanov on shells" if run >= 2 else "Budanov on shells", "https://riverpost.example/a/991", "rp-991", DAY1.format("12:00:00"), river))  # fmt: skip
    return out


def build(
    root: Path, order: list[str], runs: tuple[int, ...] = (1, 2, 3, 3)
) -> tuple[Path, list[dict[str, int]], list[int]]:
    """Runs over the feeds in ``order`` serving each run's feeds: the table sizes and the new articles and
    revisions of each run."""
    warehouse = root / "warehouse"
    warehouse.mkdir(parents=True)
    with FaultServer() as server:
        feeds = root / "feeds.toml"
        feeds.write_text(
            "".join(
                f'[[feeds]]\nname = "{n}"\nurl = "{server.url("/" + n)}"\noutlet = "{OUTLETS[n]}"\nfulltext = "never"\n\n'
                for n in order
            )
        )
        settings = Settings(
            warehouse=warehouse, fetch_deadline_s=20.0, fetch_timeout_s=10.0, fetch_host_interval_s=0.0
        )
        rows, added = [], []
        for run in runs:
            for name, body in feeds_of_run(run).items():
                server.add("/" + name, respond(200, body, {"Content-Type": "application/rss+xml"}))
            summary = pipeline.run(feeds, warehouse, settings=settings, force=True)
            assert summary.errors == [], summary.errors
            rows.append(table_rows(warehouse))
            added.append(summary.new_articles + summary.revised)
    return warehouse, rows, added


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[dict[str, int]], list[int]]]:
    yield build(tmp_path_factory.mktemp("r18"), list(OUTLETS))


def saved(warehouse: Path, name: str, **params: str) -> list[dict[str, Any]]:
    """A saved query as `ingest sql --saved NAME --param … --format json` gives it."""
    text = execute(warehouse, saved=name, params=[f"{k}={v}" for k, v in params.items()], fmt="json")
    return list(json.loads(text))


def sql(warehouse: Path, query: str) -> list[tuple[Any, ...]]:
    return query_warehouse(warehouse, query)[1]


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def test_each_copy_is_one_article_whatever_its_url_feed_or_section(runs: Any) -> None:
    """www/m. hosts, AMP, tracking parameters, http and index.html fold; the Harbor Times item that moved to its
    world feed under a new section path stays its article (new: it was a second article, statements and all)."""
    warehouse = runs[0]
    per_outlet = dict(sql(warehouse, "select outlet, count(*) from articles group by 1"))
    assert per_outlet == {"Eastwire": 3, "Harbor Times": 1, "Valley Courier": 1, "Northern Ledger": 1,
                          "Plains Gazette": 1, "River Post": 1}  # fmt: skip
    feeds = sql(warehouse, "select list(s.feed order by s.feed) from article_sightings as s join articles using (article_id) where outlet = 'Harbor Times'")  # fmt: skip
    assert feeds == [(["harbor-mobile", "harbor-news", "harbor-world"],)]
    assert sql(warehouse, "select revision from articles where outlet = 'Valley Courier'") == [
        (2,)
    ]  # the typo fixed


def test_the_wire_is_the_original_and_where_the_claim_first_appeared(runs: Any) -> None:
    """The wire's item came a run after its copies, one of them stamped five hours before it and crediting it
    (new: that copy was the story's original and the claim's first outlet, at 03:10)."""
    warehouse = runs[0]
    originals = sql(
        warehouse, "select outlet from articles where is_original and published_at < '2026-03-03' order by 1"
    )
    assert originals == [("Eastwire",)]
    stories = sql(
        warehouse, "select count(distinct story_id) from articles where published_at < '2026-03-03'"
    )
    assert stories == [(1,)]
    topic = saved(warehouse, "speaker_on_topic", speaker="Kirill Budanov", topic="ammunition 40")
    forty = [t for t in topic if t["quote"] == "We have received only 40% of the ammunition we were promised"]
    assert [(t["first_outlet"], at(t["first_seen_at"])) for t in forty] == [
        ("Eastwire", datetime(2026, 3, 2, 8, tzinfo=UTC))
    ]


def test_how_many_outlets_carried_the_claim(runs: Any) -> None:
    """Credited copies join the wire's threads (new: '(Eastwire) - Ukraine has …' was a thread of its own); the
    retracted copy no longer counts (new: a notice replacing the text was taken for a summary); the repeat a
    week later is a second independent report of the same thread."""
    warehouse = runs[0]
    threads = {t["quote"]: t for t in saved(warehouse, "speaker_threads", speaker="Kirill Budanov")}
    assert not [q for q in threads if "Eastwire" in q]
    forty = threads["We have received only 40% of the ammunition we were promised"]
    assert (forty["n_outlets"], forty["n_independent"], forty["n_articles"]) == (4, 2, 5)
    lead = threads[
        "Ukraine has received only a fraction of the artillery shells its partners pledged for this year"
    ]
    assert (
        lead["n_outlets"] == 5
    )  # Eastwire, Harbor Times, Valley Courier, and the credited Northern Ledger and Plains Gazette
    assert not sql(warehouse, "select * from statements where outlet = 'River Post'")
    assert sql(warehouse, "select title from articles where outlet = 'River Post'") == [
        ("Retracted: Budanov on shells",)
    ]


def test_did_the_number_change(runs: Any) -> None:
    """A copy that changed 40% to 45% is no change of the speaker's (new: '40 -> 45' the same day, then '45 -> 25');
    the figure he gave two weeks later is."""
    warehouse = runs[0]
    changes = saved(warehouse, "speaker_changes", speaker="Kirill Budanov")
    assert [(c["earlier_value"], c["later_value"], c["earlier_outlet"], c["later_outlet"], at(c["later_published_at"]))
            for c in changes] == [(40.0, 25.0, "Eastwire", "Eastwire", datetime(2026, 3, 16, 10, tzinfo=UTC))]  # fmt: skip
    series = saved(warehouse, "claim_series", speaker="Kyrylo Budanov", subject="ammunition share")
    assert [(s["value"], s["first_outlet"], s["reported_at"] is not None) for s in series] == [
        (40.0, "Eastwire", True), (45.0, "Harbor Times", False), (25.0, "Eastwire", True)]  # fmt: skip


def test_one_speaker_for_every_spelling(runs: Any) -> None:
    """Kyrylo / Kirill / the DIU chief are one speaker (checked and already fine)."""
    warehouse = runs[0]
    speakers = sql(warehouse, "select distinct speaker_id from statements where quote like '%ammunition%'")
    assert len(speakers) == 1


def test_a_rerun_adds_nothing_and_a_rebuild_changes_nothing(runs: Any) -> None:
    warehouse, rows, added = runs
    assert rows[3] == rows[2] and added[3] == 0  # run 4 serves run 3's feeds again
    before = mart_snapshot(warehouse / "news.duckdb")
    rebuilt = pipeline.rebuild_step(warehouse)
    assert rebuilt.mode == "full" and set(rebuilt.checks.values()) == {0}
    assert mart_snapshot(warehouse / "news.duckdb") == before


def test_another_feed_order_gives_the_same_answers(runs: Any, tmp_path: Path) -> None:
    reordered, _, _ = build(tmp_path, list(reversed(OUTLETS)))
    for name, params in [("speaker_threads", {"speaker": "Kyrylo Budanov"}), ("speaker_changes", {"speaker": "Kyrylo Budanov"}),
                         ("claim_series", {"speaker": "Kyrylo Budanov"})]:  # fmt: skip
        assert saved(reordered, name, **params) == saved(runs[0], name, **params), name


def test_a_first_run_on_day_two_gives_the_same_answers(runs: Any, tmp_path: Path) -> None:
    """Started a day later, the Harbor Times item is first seen in its world feed and, under its old link, in its
    mobile feed in one run (new: two articles, its statements twice; the same item over two runs was one)."""
    later, _, _ = build(tmp_path, list(OUTLETS), runs=(2, 3))
    per_outlet = dict(sql(later, "select outlet, count(*) from articles group by 1"))
    assert per_outlet["Harbor Times"] == 1
    for name in ("speaker_threads", "speaker_changes", "claim_series", "speaker_timeline"):
        assert saved(later, name, speaker="Kyrylo Budanov") == saved(
            runs[0], name, speaker="Kyrylo Budanov"
        ), name
