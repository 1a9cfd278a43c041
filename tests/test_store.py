from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from ingest import store


def test_write_rows_is_atomic_and_typed(tmp_path: Path) -> None:
    rel = store.table_path("article_sightings", "b1", date(2026, 11, 24))
    assert rel == "article_sightings/ingest_date=2026-11-24/b1.parquet"
    n = store.write_rows(
        tmp_path,
        rel,
        "article_sightings",
        [{"article_id": "a", "feed": "f", "url": "u", "seen_at": datetime(2026, 11, 24, tzinfo=UTC)}],
    )
    assert n == 1
    table = pq.read_table(tmp_path / rel)
    assert table.schema == store.SCHEMAS["article_sightings"]
    assert not list(tmp_path.rglob("*.tmp"))


def test_zero_rows_write_no_file(tmp_path: Path) -> None:
    assert store.write_rows(tmp_path, "statements/x.parquet", "statements", []) == 0
    assert not (tmp_path / "statements").exists()


def test_rows_not_matching_the_schema_are_refused(tmp_path: Path) -> None:
    with pytest.raises((TypeError, ValueError, Exception)):
        store.write_rows(tmp_path, "claims/x.parquet", "claims", [{"claim_id": "c", "value": "not a number"}])
    assert not list(tmp_path.rglob("*.parquet")) and not list(tmp_path.rglob("*.tmp"))


def test_empty_schema_files(tmp_path: Path) -> None:
    files = store.ensure_empty_files(tmp_path)
    assert set(files) == set(store.SCHEMAS)
    for table, rel in files.items():
        assert pq.read_table(tmp_path / rel).schema == store.SCHEMAS[table]


def test_empty_files_remove_the_temp_file_of_a_killed_build(tmp_path: Path) -> None:
    """A build killed while writing its empty schema files left `.…parquet.<host>-<pid>.<hex>.tmp`; the next
    build removes it (found by the kill -9 test in CI)."""
    import subprocess
    import uuid

    from ingest.lakeschema import empty_files
    from ingest.tempfiles import HOST

    gone = subprocess.Popen(["true"])
    gone.wait()  # a process that has ended: its temp files are orphans
    folder = tmp_path / "empty"
    folder.mkdir()
    orphan = folder / f".extractions-0123456789.parquet.{HOST}-{gone.pid}.{uuid.uuid4().hex}.tmp"
    orphan.write_bytes(b"PAR1")
    files = empty_files(folder)
    assert not orphan.exists()
    assert files and all(p.exists() for p in files.values())
    assert not list(folder.glob(".*.tmp"))
