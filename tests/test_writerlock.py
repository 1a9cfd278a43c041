"""One writer of a warehouse's catalog and lake at a time (ingest.writerlock), with real processes; and a
catalog SQLite cannot use is one line naming the file."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import ingest
from ingest.catalog import Catalog, read_states
from ingest.config import IngestError
from ingest.writerlock import writer_lock

# A writer in another process: opens the catalog, announces a batch and writes its lake file, says so, then
# takes a while before it commits; it exits 3 when its file was deleted under it.
WRITER = """
import sys, time
from datetime import UTC, datetime
from pathlib import Path
from ingest.catalog import Catalog
warehouse = Path(sys.argv[1])
with Catalog.open(warehouse) as cat:
    cat.begin_batch("b1", ["articles/b1.txt"])
    (cat.lake / "articles").mkdir(parents=True, exist_ok=True)
    (cat.lake / "articles" / "b1.txt").write_text("rows")
    print("written", flush=True)
    time.sleep(float(sys.argv[2]))
    if not (cat.lake / "articles" / "b1.txt").exists():
        sys.exit(3)
    cat.commit_batch("b1", datetime.now(UTC), [], {}, [], [], [], {"articles": ("articles/b1.txt", 1)}, {})
"""


def start_writer(warehouse: Path, seconds: float) -> subprocess.Popen[str]:
    src = str(Path(ingest.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(warehouse), str(seconds)],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "written"
    return proc


def test_a_second_writer_waits_and_never_recovers_a_live_writers_batch(tmp_path: Path) -> None:
    """Before: the second open ran the catalog's recovery at once and deleted the first writer's lake file,
    which then committed a batch whose file was gone (every later build failed on it)."""
    writer = start_writer(tmp_path, 1.5)
    started = time.monotonic()
    with Catalog.open(tmp_path) as cat:
        waited = time.monotonic() - started
        committed = [r[0] for r in cat.conn.execute("select path from lake_files")]
    assert writer.wait(timeout=60) == 0, "the first writer's file was deleted under it"
    writer.stdout.close()  # type: ignore[union-attr]
    assert waited > 1.0 and committed == ["articles/b1.txt"]
    assert (tmp_path / "lake" / "articles" / "b1.txt").exists()


def test_a_killed_writer_releases_the_lock_and_its_batch_is_recovered(tmp_path: Path) -> None:
    writer = start_writer(tmp_path, 60)
    writer.kill()  # kill -9 while the batch is written but not committed
    writer.wait(timeout=60)
    writer.stdout.close()  # type: ignore[union-attr]
    with Catalog.open(tmp_path) as cat:
        assert not list(cat.conn.execute("select path from lake_files"))
    assert not (tmp_path / "lake" / "articles" / "b1.txt").exists()


def test_the_lock_is_re_entrant_in_one_process_and_reads_need_none(tmp_path: Path) -> None:
    with writer_lock(tmp_path), Catalog.open(tmp_path) as outer, Catalog.open(tmp_path) as inner:
        assert outer.load_states() == inner.load_states() == {}
        assert read_states(tmp_path) == {}


def test_a_waiting_run_says_whom_it_waits_for(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    writer = start_writer(tmp_path, 1.0)
    with Catalog.open(tmp_path):
        pass
    assert writer.wait(timeout=60) == 0
    writer.stdout.close()  # type: ignore[union-attr]
    notice = capsys.readouterr().err.strip()
    assert notice.startswith(f"waiting for the writer of {tmp_path} (pid {writer.pid} on ")
    assert notice.count("\n") == 0


@pytest.mark.parametrize("stop", [False, True])
def test_a_writer_holding_the_lock_too_long_is_one_line_and_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stop: bool
) -> None:
    """Before: a hung or stopped (SIGSTOP) writer made every later run wait without limit, saying nothing."""
    writer = start_writer(tmp_path, 2.0)
    if stop:
        os.kill(writer.pid, signal.SIGSTOP)
    monkeypatch.setenv("INGEST_WRITER_WAIT", "0.3")
    try:
        started = time.monotonic()
        with pytest.raises(IngestError) as caught:
            Catalog.open(tmp_path)
        assert time.monotonic() - started < 5
    finally:
        os.kill(writer.pid, signal.SIGCONT)
    message = str(caught.value)
    assert message.startswith(f"{tmp_path}: another writer holds the warehouse (pid {writer.pid} on ")
    assert message.endswith(
        "gave up after 0.3 s (INGEST_WRITER_WAIT); what was fetched waits in the inbox for the next run"
    )
    assert ("that process is stopped (SIGSTOP)" in message) is stop and "\n" not in message
    assert writer.wait(timeout=60) == 0, "the waiting run touched the writer's batch"
    writer.stdout.close()  # type: ignore[union-attr]
    monkeypatch.setenv("INGEST_WRITER_WAIT", "0")
    with Catalog.open(tmp_path) as cat:  # free again: no wait needed
        assert [r[0] for r in cat.conn.execute("select path from lake_files")] == ["articles/b1.txt"]


DAMAGED_CATALOGS = [
    # (what is in place of catalog.sqlite, the one-line error after the path)
    (b"not a catalog " * 400, "the catalog is damaged (file is not a database); restore it from a backup"),
    (
        b"SQLite format 3\x00" + b"\xff" * 200,
        "the catalog is damaged (file is not a database); restore it from a backup",
    ),
]


@pytest.mark.parametrize(("content", "error"), DAMAGED_CATALOGS)
def test_a_damaged_catalog_is_one_line_naming_it(tmp_path: Path, content: bytes, error: str) -> None:
    (tmp_path / "catalog.sqlite").write_bytes(content)
    for call in (lambda: Catalog.open(tmp_path), lambda: read_states(tmp_path)):
        with pytest.raises(IngestError) as caught:
            call()
        assert str(caught.value) == f"{tmp_path}/catalog.sqlite: {error}"
    with writer_lock(tmp_path):  # the failed open released the lock
        pass


def test_a_catalog_locked_by_another_process_too_long_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Catalog.open(tmp_path):
        pass
    holder = sqlite3.connect(tmp_path / "catalog.sqlite", isolation_level=None)
    holder.execute("begin exclusive")
    real_connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: real_connect(*a, **{**k, "timeout": 0.2}))
    try:
        with pytest.raises(IngestError) as caught:
            Catalog.open(tmp_path)
        assert str(caught.value) == (
            f"{tmp_path}/catalog.sqlite: the catalog stayed locked by another process (database is locked)"
        )
    finally:
        holder.execute("rollback")
        holder.close()


def test_a_warehouse_path_that_is_a_file_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "warehouse"
    path.write_text("")
    for call in (lambda: Catalog.open(path), lambda: read_states(path)):
        with pytest.raises(IngestError) as caught:
            call()
        assert str(caught.value) == f"{path}: the warehouse is not a folder (a file is in its place)"


def test_a_catalog_created_by_a_run_killed_before_its_tables_reads_as_new(tmp_path: Path) -> None:
    """SQLite makes the file on connect; a run killed before the schema leaves it empty (test_recovery.py's kill
    at a third of a run met this once fetches read the states without opening the catalog for writing)."""
    (tmp_path / "catalog.sqlite").write_bytes(b"")
    assert read_states(tmp_path) == {}
    with Catalog.open(tmp_path) as cat:
        assert cat.load_states() == {}
