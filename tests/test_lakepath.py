"""The lake on another filesystem: INGEST_LAKE as a folder, a file:// URI, or an fsspec URI (memory://
stands in for an object store: no rename, no fsync, read by DuckDB through register_filesystem)."""

from __future__ import annotations

import uuid
from pathlib import Path

import duckdb
import pytest

from ingest import pipeline
from ingest.config import IngestError, Settings
from ingest.lakepath import LAKE_ENV, is_remote, resolve_lake


def fast_settings(warehouse: Path) -> Settings:
    return Settings(warehouse=warehouse, fetch_host_interval_s=0.0, fetch_deadline_s=10.0)


def counts(warehouse: Path) -> dict[str, int]:
    con = duckdb.connect(str(warehouse / "news.duckdb"), read_only=True)
    try:
        return {
            t: con.execute(f"select count(*) from {t}").fetchone()[0]  # type: ignore[index]
            for t in ("articles", "statements", "article_sightings", "fetches", "claims")
        }
    finally:
        con.close()


@pytest.mark.parametrize(
    ("location", "expected", "remote"),
    [
        (None, "W/lake", False),
        ("", "W/lake", False),
        ("/data/lake", "/data/lake", False),
        ("file:///data/news%20lake", "/data/news lake", False),
        ("file://localhost/data/lake", "/data/lake", False),
        ("memory://lake-a", "memory://lake-a", True),
    ],
)
def test_resolve_lake(
    location: str | None, expected: str, remote: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(LAKE_ENV, raising=False)
    lake = resolve_lake(Path("W"), location)
    assert str(lake).rstrip("/") == expected and is_remote(lake) == remote


def test_the_environment_names_the_lake(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(LAKE_ENV, "file:///srv/lake")
    assert resolve_lake(Path("W")) == Path("/srv/lake")


@pytest.mark.parametrize(
    ("location", "message"),
    [
        ("file://otherhost/data/lake", "must name a local path"),
        ("nosuchfs://bucket/lake", "nosuchfs"),
    ],
)
def test_a_bad_lake_location_is_one_clear_error(location: str, message: str) -> None:
    with pytest.raises(IngestError) as err:
        resolve_lake(Path("W"), location)
    assert message in str(err.value) and LAKE_ENV in str(err.value) and "\n" not in str(err.value)


def run_twice(feeds: Path, warehouse: Path) -> tuple[dict[str, int], dict[str, int]]:
    pipeline.run(feeds, warehouse, settings=fast_settings(warehouse))
    first = counts(warehouse)
    pipeline.run(feeds, warehouse, settings=fast_settings(warehouse), force=True)
    return first, counts(warehouse)


def test_a_file_uri_lake_outside_the_warehouse(
    example_feeds_file: Path, warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lake = tmp_path / "elsewhere" / "lake"
    monkeypatch.setenv(LAKE_ENV, lake.as_uri())
    first, second = run_twice(example_feeds_file, warehouse)
    assert first["articles"] > 0 and first["statements"] > 0
    assert second["articles"] == first["articles"] and second["statements"] == first["statements"]
    assert list(lake.glob("statements/ingest_date=*/*.parquet")), "statement files are in the URI's folder"
    assert not (warehouse / "lake").exists(), "nothing written to the default lake"


def test_an_fsspec_lake_without_rename_or_fsync(
    example_feeds_file: Path, warehouse: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from upath import UPath

    root = f"memory://lake-{uuid.uuid4().hex}"
    monkeypatch.setenv(LAKE_ENV, root)
    try:
        first, second = run_twice(example_feeds_file, warehouse)
        assert first["articles"] > 0 and first["statements"] > 0 and first["claims"] > 0
        assert second == {**first, "fetches": second["fetches"]}, "a second run adds nothing but fetch rows"
        files = sorted(str(p) for p in UPath(root).rglob("*.parquet"))
        assert any("/statements/" in f for f in files) and not (warehouse / "lake").exists()
        assert not [f for f in files if f.rsplit("/", 1)[-1].startswith(".")], "no temp files on the store"
        # the stages that read the lake back (reprocess: parse from the archive, extract again)
        out = pipeline.reprocess_step(
            warehouse, feeds_file=example_feeds_file, stages=["parse", "extract"], force=True
        )
        assert out["extract"]["articles"] == first["articles"]
        assert counts(warehouse) == {**first, "fetches": second["fetches"]}
    finally:
        UPath(root).fs.rm(root, recursive=True)
