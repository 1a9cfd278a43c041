"""The marts on a few weeks of feed snapshots: threads, first outlets, independent counts, claim series,
speaker changes, the timeline; incremental builds give exactly what a full rebuild gives."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from ingest.warehouse import build_warehouse, query_warehouse, rebuild_warehouse
from test_warehouse_helpers import (
    AMMO_25,
    AMMO_40,
    BUDANOV,
    DRONES_2,
    NO_WITHDRAW,
    WITHDRAW,
    ZELENSKY,
    load_bench,
    mart_snapshot,
    scenario_batches,
    write_batch,
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The scenario written batch by batch, with an incremental build after each batch."""
    warehouse = tmp_path_factory.mktemp("marts") / "warehouse"
    warehouse.mkdir()
    for when, rows in scenario_batches():
        write_batch(warehouse, when, rows)
        result = build_warehouse(warehouse)
        assert set(result.checks.values()) == {0}
    return warehouse


def rows(warehouse: Path, sql: str) -> list[dict[str, object]]:
    columns, data = query_warehouse(warehouse, sql)
    return [dict(zip(columns, r, strict=True)) for r in data]


def test_one_thread_per_statement_with_first_outlet_and_independent_counts(built: Path) -> None:
    threads = {
        r["quote"]: r for r in rows(built, f"select * from statement_threads where speaker_id = '{BUDANOV}'")
    }
    assert set(threads) == {
        AMMO_40,
        AMMO_25,
        NO_WITHDRAW,
        WITHDRAW,
    }  # the reworded 40% quote joined AMMO_40's thread
    forty = threads[AMMO_40]
    assert forty["first_outlet"] == "Kyiv Wire" and forty["first_article_id"] == "kw-1"
    assert (forty["n_statements"], forty["n_articles"], forty["n_outlets"], forty["n_independent"]) == (
        4,
        4,
        4,
        3,
    )
    assert forty["outlets"] == ["Dnipro Herald", "Eurodesk Daily", "Kyiv Wire", "Lviv Post"]
    assert forty["first_seen_at"].isoformat() == "2026-03-02T07:00:00+00:00"
    assert forty["last_seen_at"].isoformat() == "2026-03-03T07:00:00+00:00"
    twenty_five = threads[AMMO_25]
    assert twenty_five["first_outlet"] == "Kyiv Wire"
    assert (twenty_five["n_articles"], twenty_five["n_outlets"], twenty_five["n_independent"]) == (3, 3, 2)
    occurrences = rows(
        built,
        f"select article_id, is_original, story_id from statement_occurrences where thread_id = '{forty['thread_id']}'",
    )
    by_article = {r["article_id"]: r for r in occurrences}
    assert by_article["lp-1"]["story_id"] == "kw-1" and by_article["lp-1"]["is_original"] is False
    assert by_article["kw-1"]["is_original"] is True and by_article["dh-1"]["story_id"] == "dh-1"


def test_claim_series_has_both_figures_and_speaker_changes_the_change(built: Path) -> None:
    series = rows(
        built,
        f"select subject, value, unit, n_outlets from claim_series where speaker_id = '{BUDANOV}' order by published_at",
    )
    assert [(r["subject"], r["value"], r["n_outlets"]) for r in series] == [
        ("ammunition share", 40.0, 4),
        ("ammunition share", 25.0, 3),
    ]
    changes = rows(built, "select * from speaker_changes order by speaker_id, change_kind, subject")
    kinds = {(r["speaker_id"], r["change_kind"], r["subject"]): r for r in changes}
    ammo = kinds[(BUDANOV, "figure", "ammunition share")]
    assert (ammo["earlier_value"], ammo["later_value"], ammo["change"]) == (40.0, 25.0, -15.0)
    assert ammo["earlier_quote"] == AMMO_40 and ammo["later_quote"] == AMMO_25
    assert ammo["earlier_outlet"] == ammo["later_outlet"] == "Kyiv Wire" and ammo["days_between"] == 9
    drones = kinds[(ZELENSKY, "figure", "drones")]
    assert (drones["earlier_value"], drones["later_value"]) == (1.6e6, 2e6) and drones[
        "later_quote"
    ] == DRONES_2
    flip = kinds[(BUDANOV, "contradiction", "withdraw troops kupiansk winter")]
    assert flip["earlier_quote"] == NO_WITHDRAW and flip["later_quote"] == WITHDRAW
    assert len(changes) == 3


def test_speaker_timeline_and_speakers(built: Path) -> None:
    days = rows(built, f"select * from speaker_timeline where speaker_id = '{BUDANOV}' order by day")
    first = days[0]
    assert str(first["day"]) == "2026-03-02"
    assert (
        first["statements"],
        first["threads"],
        first["new_threads"],
        first["outlets"],
        first["independent"],
    ) == (3, 1, 1, 3, 2)
    assert str(days[1]["day"]) == "2026-03-03" and days[1]["new_threads"] == 0 and days[1]["threads"] == 1
    speakers = {r["speaker_id"]: r for r in rows(built, "select * from speakers")}
    assert speakers[BUDANOV]["name"] == "Kyrylo Budanov" and speakers[BUDANOV]["n_threads"] == 4
    assert speakers[ZELENSKY]["n_statements"] == 5  # AIR in kw-1, lp-1 and the revised dh-1; two drone counts


def test_revision_replaces_the_statements_of_the_article(built: Path) -> None:
    got = rows(built, "select revision, title from articles where article_id = 'dh-1'")
    assert got == [{"revision": 2, "title": "Ammunition: only 40 percent (updated)"}]
    assert len(rows(built, "select * from statements where article_id = 'dh-1'")) == 2
    assert len(rows(built, "select * from statement_history where article_id = 'dh-1'")) == 3
    assert len(rows(built, "select * from article_revisions where article_id = 'dh-1'")) == 2


def test_incremental_builds_equal_a_full_rebuild(built: Path) -> None:
    incremental = mart_snapshot(built / "news.duckdb")
    rebuilt = rebuild_warehouse(built)
    assert rebuilt.mode == "full"
    assert mart_snapshot(built / "news.duckdb") == incremental


@pytest.mark.slow
def test_incremental_equals_full_on_a_synthetic_lake_with_copies_and_revisions(tmp_path: Path) -> None:
    """Random batches (10% syndicated copies, 3% revisions of older articles): build after every batch,
    then rebuild in several steps; every mart must be identical."""
    bench = load_bench()
    from ingest.lakewriter import commit_rows

    warehouse = tmp_path / "w"
    warehouse.mkdir()
    gen = bench.LakeGenerator(seed=3)
    for i in range(12):
        commit_rows(warehouse, gen.batch(250), batch_id=f"b-{i:03d}", now=bench.START)
        if i >= 5:
            build_warehouse(warehouse)
    incremental = mart_snapshot(warehouse / "news.duckdb")
    assert len(incremental["statement_threads"]) > 1000
    result = rebuild_warehouse(warehouse, step_rows=3000)  # several rebuild steps
    assert result.steps > 2
    full = mart_snapshot(warehouse / "news.duckdb")
    for name in full:
        assert full[name] == incremental[name], name
    con = duckdb.connect(str(warehouse / "news.duckdb"), read_only=True)
    copies = con.execute("select count(*) from articles where not is_original").fetchone()
    con.close()
    assert copies and copies[0] > 100


def test_the_newest_extraction_of_a_revision_is_served(tmp_path: Path) -> None:
    """A re-extraction (a later batch with its own batch_id and an extraction log row) replaces the statements
    and claims of the revision; one that finds nothing removes them; statement_history keeps every extraction."""
    from datetime import timedelta

    from test_warehouse_helpers import DAY0, report, said, write_batch

    warehouse = tmp_path / "w"
    warehouse.mkdir()
    art = report("kw-9", "Kyiv Wire", DAY0, [(BUDANOV, AMMO_40), (ZELENSKY, DRONES_2)], "Two quotes")
    other = report("kw-8", "Kyiv Wire", DAY0, [(ZELENSKY, DRONES_2)], "One quote")

    def extraction(batch: str, pairs: list[tuple[dict, str, str, list]]) -> dict[str, list[dict]]:
        rows: dict[str, list[dict]] = {"statements": [], "claims": [], "extractions": []}
        for a, speaker, quote, claims in pairs:
            st, cl = said(a, speaker, quote, claims)
            rows["statements"].append(dict(st, batch_id=batch))
            rows["claims"] += [dict(c, batch_id=batch) for c in cl]
        for a in {p[0]["article_id"]: p[0] for p in pairs}.values():
            rows["extractions"].append({"article_id": a["article_id"], "revision": 1, "batch_id": batch,
                                        "extractor_version": batch, "extracted_at": DAY0, "n_statements": 1})  # fmt: skip
        return rows

    first = extraction(
        "20260302T080000-aaaa",
        [(art, BUDANOV, AMMO_40, [(40.0, "%", "", "40%")]), (other, ZELENSKY, DRONES_2, [])],
    )
    write_batch(warehouse, DAY0 + timedelta(hours=1), {"article_revisions": [art, other], **first})
    build_warehouse(warehouse)
    assert {
        r["quote"] for r in rows(warehouse, "select quote from statements where article_id = 'kw-9'")
    } == {AMMO_40}
    again = extraction(
        "20260309T080000-bbbb", [(art, ZELENSKY, DRONES_2, [(2e6, "drones", "", "2 million drones")])]
    )
    again["extractions"].append({"article_id": "kw-8", "revision": 1, "batch_id": "20260309T080000-bbbb",
                                 "extractor_version": "v2", "extracted_at": DAY0, "n_statements": 0})  # fmt: skip
    write_batch(warehouse, DAY0 + timedelta(days=7), again)
    result = build_warehouse(warehouse)
    assert set(result.checks.values()) == {0}
    assert [
        r["quote"] for r in rows(warehouse, "select quote from statements where article_id = 'kw-9'")
    ] == [DRONES_2]
    assert rows(warehouse, "select * from statements where article_id = 'kw-8'") == []
    assert [r["value"] for r in rows(warehouse, "select value from claims")] == [2e6]
    assert len(rows(warehouse, "select * from statement_history")) == 3
    assert rows(warehouse, f"select n_statements from speakers where speaker_id = '{BUDANOV}'") == []
    incremental = mart_snapshot(warehouse / "news.duckdb")
    rebuild_warehouse(warehouse)
    assert mart_snapshot(warehouse / "news.duckdb") == incremental
