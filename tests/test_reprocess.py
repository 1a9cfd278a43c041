"""Reprocessing from the raw archive and re-extraction: idempotent, and equal to the original run."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from ingest import pipeline
from ingest.catalog import Catalog
from ingest.config import IngestError, Settings

CONTENT = {
    "article_revisions": ["article_id", "revision"],
    "article_sightings": ["article_id", "feed", "url"],
    "statements": ["statement_id", "revision"],
    "claims": ["claim_id", "revision"],
}


def lake_rows(warehouse: Path, table: str) -> list[dict[str, object]]:
    with Catalog.open(warehouse) as cat:
        paths = [cat.lake / p for _, p in cat.lake_files(table)]
    rows = [r for p in paths for r in pq.read_table(p).to_pylist()]
    for r in rows:
        r.pop("batch_id", None)
    return sorted(rows, key=lambda r: tuple(str(r[k]) for k in CONTENT[table]))


def count(warehouse: Path, table: str) -> int:
    con = duckdb.connect(str(warehouse / "news.duckdb"), read_only=True)
    try:
        return con.execute(f"select count(*) from {table}").fetchone()[0]  # type: ignore[index]
    finally:
        con.close()


@pytest.fixture
def ran(example_feeds_file: Path, warehouse: Path) -> Path:
    pipeline.run(
        example_feeds_file, warehouse, settings=Settings(warehouse=warehouse, fetch_host_interval_s=0.0)
    )
    return warehouse


def test_reprocess_twice_adds_nothing(ran: Path, example_feeds_file: Path) -> None:
    before = {t: lake_rows(ran, t) for t in CONTENT}
    for _ in range(2):
        out = pipeline.reprocess_step(ran, feeds_file=example_feeds_file)
        assert out["parse"]["new_articles"] == 0 and out["parse"]["statements"] == 0
        assert out["extract"]["articles"] == 0
    assert {t: lake_rows(ran, t) for t in CONTENT} == before


def test_replaying_the_archive_into_an_empty_warehouse_gives_the_same_rows(
    ran: Path, example_feeds_file: Path, tmp_path: Path
) -> None:
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    shutil.copytree(ran / "raw", fresh / "raw")
    out = pipeline.reprocess_step(fresh, feeds_file=example_feeds_file, stages=["parse"])
    assert out["parse"]["new_articles"] == count(ran, "articles")
    for table in CONTENT:
        assert lake_rows(fresh, table) == lake_rows(ran, table), table
    for table in ("articles", "statements", "speakers", "claims"):
        assert count(fresh, table) == count(ran, table)


def test_since_limits_the_replay(ran: Path, example_feeds_file: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    shutil.copytree(ran / "raw", fresh / "raw")
    out = pipeline.reprocess_step(
        fresh, feeds_file=example_feeds_file, stages=["parse"], since="2999-01-01", build=False
    )
    assert out["parse"]["feeds"] == 0 and out["parse"]["new_articles"] == 0


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"stages": ["parse", "translate"]}, "unknown stage 'translate'"),
        ({"since": "last tuesday"}, "not a date"),
    ],
)
def test_bad_arguments_are_one_line_errors(ran: Path, kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(IngestError, match=message):
        pipeline.reprocess_step(ran, **kwargs)  # type: ignore[arg-type]


def test_reprocess_without_a_catalog_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="nothing to reprocess"):
        pipeline.reprocess_step(tmp_path)
