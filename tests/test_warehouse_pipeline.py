"""End to end through the real pipeline: three weekly snapshots of four fictional feeds served on 127.0.0.1
(tests/fixtures/warehouse/week*/), fetched, parsed, deduplicated, extracted, built incrementally."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ingest import pipeline
from ingest.config import Settings
from ingest.serve import serve_directory
from ingest.warehouse import query_warehouse
from test_warehouse_helpers import mart_snapshot

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "warehouse"
FEEDS = {
    "kyiv-wire": "Kyiv Wire",
    "lviv-post": "Lviv Post",
    "dnipro-herald": "Dnipro Herald",
    "eurodesk": "Eurodesk Daily",
}


def rows(warehouse: Path, sql: str) -> list[dict[str, object]]:
    columns, data = query_warehouse(warehouse, sql)
    return [dict(zip(columns, r, strict=True)) for r in data]


@pytest.fixture(scope="module")
def weekly(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("weekly")
    served, warehouse = root / "served", root / "warehouse"
    served.mkdir()
    warehouse.mkdir()
    with serve_directory(served) as base_url:
        feeds = root / "feeds.toml"
        feeds.write_text(
            "".join(
                f'[[feeds]]\nname = "{name}"\nurl = "{base_url}{name}.xml"\noutlet = "{outlet}"\nlanguage = "en"\n\n'
                for name, outlet in FEEDS.items()
            ),
            encoding="utf-8",
        )
        settings = Settings(warehouse=warehouse, fetch_host_interval_s=0.0, fetch_deadline_s=10.0)
        for week in ("week1", "week2", "week3"):
            for path in (FIXTURES / week).glob("*.xml"):
                shutil.copyfile(path, served / path.name)
            summary = pipeline.run(feeds, warehouse, force=True, settings=settings)
            assert summary.failed == 0, summary.errors
    return warehouse


def test_the_weeks_give_threads_first_outlets_and_independent_counts(weekly: Path) -> None:
    log = rows(weekly, "select mode from build_log order by step")
    assert [r["mode"] for r in log] == ["initial", "incremental", "incremental"]
    speaker = rows(weekly, "select speaker_id from speakers where name like '%Budanov%'")
    assert len(speaker) == 1, rows(weekly, "select * from speakers")
    budanov = speaker[0]["speaker_id"]
    threads = rows(
        weekly,
        f"select * from statement_threads where speaker_id = '{budanov}' and quote like '%ammunition we%' "
        "order by first_seen_at",
    )
    assert [t["quote"] for t in threads] == [
        "We have received only 40% of the ammunition we were promised",
        "We have received only 25% of the ammunition we were promised",
    ]  # Dnipro Herald's "40 percent … that we were promised" joined the first thread
    forty, twenty_five = threads
    assert forty["first_outlet"] == "Kyiv Wire" and forty["outlets"] == [
        "Dnipro Herald",
        "Kyiv Wire",
        "Lviv Post",
    ]
    assert (forty["n_articles"], forty["n_outlets"], forty["n_independent"]) == (
        3,
        3,
        2,
    )  # Lviv Post syndicates
    assert (twenty_five["n_articles"], twenty_five["n_outlets"], twenty_five["n_independent"]) == (3, 3, 2)
    copies = rows(weekly, "select outlet, is_original from articles where outlet = 'Lviv Post'")
    assert {r["is_original"] for r in copies} == {False}


def test_the_weeks_give_a_claim_series_and_a_speaker_change(weekly: Path) -> None:
    series = rows(
        weekly,
        "select s.name, c.subject, c.value from claim_series c join speakers s using (speaker_id) order by c.published_at",
    )
    assert [(r["subject"], r["value"]) for r in series if "Budanov" in str(r["name"])] == [
        ("ammunition share", 40.0),
        ("ammunition share", 25.0),
    ]
    changes = rows(
        weekly,
        "select s.name, c.* from speaker_changes c join speakers s using (speaker_id) order by c.later_published_at",
    )
    found = {(str(r["name"]), r["subject"], r["earlier_value"], r["later_value"]) for r in changes}
    assert ("Kyrylo Budanov", "ammunition share", 40.0, 25.0) in found
    assert any("Zelensky" in n and s == "drones" and (a, b) == (1.6e6, 2e6) for n, s, a, b in found)


def test_the_incremental_warehouse_equals_a_rebuild(weekly: Path) -> None:
    before = mart_snapshot(weekly / "news.duckdb")
    rebuilt = pipeline.rebuild_step(weekly)
    assert rebuilt.mode == "full" and set(rebuilt.checks.values()) == {0}
    assert mart_snapshot(weekly / "news.duckdb") == before
