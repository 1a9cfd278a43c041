"""Build mechanics: watermark, no-op builds, failing checks, SQL changes, the catalog read-only, kill -9."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import duckdb
import pytest

from ingest import pipeline, publish
from ingest.build import plan_steps, read_lake_files
from ingest.catalog import Catalog
from ingest.config import IngestError
from ingest.lakeschema import empty_files
from ingest.lakewriter import commit_rows
from ingest.sqlfiles import load_models
from ingest.warehouse import CheckFailed, build_warehouse, query_warehouse
from test_warehouse_helpers import (
    DAY0,
    load_bench,
    mart_snapshot,
    report,
    said,
    scenario_batches,
    write_batch,
)


def build_log(warehouse: Path) -> list[tuple[object, ...]]:
    return query_warehouse(
        warehouse, "select step, mode, from_seq, to_seq, files from build_log order by step"
    )[1]


def test_builds_absorb_only_new_files_and_skip_when_nothing_is_new(warehouse: Path) -> None:
    batches = scenario_batches()
    write_batch(warehouse, *batches[0])
    first = build_warehouse(warehouse)
    assert first.mode == "initial" and first.steps == 1 and first.files == 6
    published = (warehouse / "news.duckdb").stat().st_ino
    again = build_warehouse(warehouse)
    assert again.mode == "noop" and again.steps == 0 and again.files == 0
    assert (warehouse / "news.duckdb").stat().st_ino == published, "nothing new: not republished"
    write_batch(warehouse, *batches[1])
    second = build_warehouse(warehouse)
    assert second.mode == "incremental" and second.files == 6 and second.lake_seq == 12
    assert build_log(warehouse) == [(1, "initial", 0, 6, 6), (2, "incremental", 6, 12, 6)]
    assert (warehouse / "news.duckdb").stat().st_ino != published
    assert json.loads(json.dumps(second.as_dict()))["tables"]["statements"] == 6


def test_an_empty_warehouse_builds_every_table(warehouse: Path) -> None:
    result = pipeline.build_step(warehouse)
    assert result.mode == "initial" and result.tables["articles"] == 0
    assert {"statement_threads", "speaker_changes", "claim_series", "feed_health"} <= set(result.tables)
    assert query_warehouse(warehouse, "select count(*) from speaker_timeline")[1] == [(0,)]


def test_a_failing_check_names_itself_rolls_back_and_publishes_nothing(warehouse: Path) -> None:
    when, rows = scenario_batches()[0]
    write_batch(warehouse, when, rows)
    build_warehouse(warehouse)
    before = mart_snapshot(warehouse / "news.duckdb")
    future = report("bad-1", "Kyiv Wire", DAY0 + timedelta(days=3), [], "From the future")
    future["first_seen_at"] = DAY0  # published three days after it was first seen
    orphan, _ = said(report("ghost", "Kyiv Wire", DAY0, [("P-kyrylo-budanov", "Nobody wrote this article at all")], "x"),
                     "P-kyrylo-budanov", "Nobody wrote this article at all")  # fmt: skip
    write_batch(warehouse, when + timedelta(days=1), {"article_revisions": [future], "statements": [orphan]})
    with pytest.raises(CheckFailed) as failed:
        pipeline.build_step(warehouse)
    message = str(failed.value)
    assert isinstance(failed.value, IngestError) and "\n" not in message
    assert "check check_no_future_dates failed: 1 offending rows" in message and "bad-1" in message
    assert "check_statements_have_revisions" in message and orphan["statement_id"] in message
    assert mart_snapshot(warehouse / "news.duckdb") == before
    assert [r[0] for r in build_log(warehouse)] == [1]
    with pytest.raises(CheckFailed):  # the data is still bad: the next build fails the same way
        build_warehouse(warehouse)


def test_a_change_to_the_sql_models_triggers_a_full_rebuild(warehouse: Path) -> None:
    write_batch(warehouse, *scenario_batches()[0])
    build_warehouse(warehouse)
    models = [replace(m, sql=m.sql + "\n-- changed") if m.name == "speakers" else m for m in load_models()]
    result = build_warehouse(warehouse, models=models)
    assert result.mode == "full" and result.files == 6
    assert [r[1] for r in build_log(warehouse)] == ["full"]
    assert build_warehouse(warehouse, models=models).mode == "noop"


def test_the_build_reads_the_catalog_without_recovering_it(warehouse: Path) -> None:
    """A batch being written by the process step (files announced, not committed) must survive a build."""
    write_batch(warehouse, *scenario_batches()[0])
    with Catalog.open(warehouse) as cat:
        cat.begin_batch("in-flight", ["statements/ingest_date=2026-03-02/in-flight.parquet"])
    pending = warehouse / "lake" / "statements" / "ingest_date=2026-03-02" / "in-flight.parquet"
    pending.write_bytes(b"half written")
    (warehouse / ".news.stale.duckdb.tmp").write_bytes(b"left by a killed publisher")
    build_warehouse(warehouse)
    assert pending.read_bytes() == b"half written"
    assert not (warehouse / ".news.stale.duckdb.tmp").exists()
    assert len(read_lake_files(warehouse, 0)) == 6


def test_steps_are_whole_batches_of_about_step_rows() -> None:
    from ingest.build import LakeFile

    files = [LakeFile(i + 1, t, f"{t}/{b}", b, 100) for i, (b, t) in enumerate(
        [(b, t) for b in ("b1", "b2", "b3") for t in ("article_revisions", "statements")])]  # fmt: skip
    steps = plan_steps(files, step_rows=150)
    assert [[f.batch_id for f in s] for s in steps] == [["b1", "b1"], ["b2", "b2"], ["b3", "b3"]]
    assert len(plan_steps(files, step_rows=10_000)) == 1


def test_the_build_memory_limit_defaults_to_a_capped_share_of_ram_and_is_configurable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ingest.build import connect_build
    from ingest.config import BUILD_MEMORY_CAP, default_build_memory

    monkeypatch.delenv("INGEST_BUILD_MEMORY", raising=False)
    assert 256 <= int(default_build_memory().removesuffix("MiB")) <= BUILD_MEMORY_CAP
    monkeypatch.setenv("INGEST_BUILD_MEMORY", "300MB")
    con = connect_build(tmp_path / "b.duckdb")
    try:
        limit = con.execute("select current_setting('memory_limit')").fetchone()
        assert limit is not None and limit[0] == "286.1 MiB"  # 300 MB in DuckDB's binary units
    finally:
        con.close()


BUILD_CHILD = """
import sys
from pathlib import Path
from ingest.warehouse import build_warehouse
build_warehouse(Path(sys.argv[1]), full=sys.argv[2] == "full", step_rows=1500)
"""


@pytest.mark.slow
def test_kill_9_at_any_moment_of_a_build_leaves_a_database_that_opens_and_a_next_build_that_finishes(
    tmp_path: Path,
) -> None:
    bench = load_bench()
    base = tmp_path / "base"
    base.mkdir()
    gen = bench.LakeGenerator(seed=5)
    for i in range(8):
        commit_rows(base, gen.batch(200), batch_id=f"b-{i:03d}", now=bench.START)
    empty_files(base / ".build" / "empty")  # written once here, not by every child
    reference = tmp_path / "reference"
    shutil.copytree(base, reference)
    build_warehouse(reference)
    expected = mart_snapshot(reference / "news.duckdb")
    started = time.perf_counter()
    probe = subprocess.run(
        [sys.executable, "-c", BUILD_CHILD, str(shutil.copytree(base, tmp_path / "probe")), "incremental"],
        check=True,
    )
    duration = time.perf_counter() - started
    assert probe.returncode == 0
    kills = [("incremental", 0.3), ("incremental", 0.6), ("incremental", 0.9), ("full", 0.5), ("full", 0.9)]
    for i, (mode, fraction) in enumerate(kills):
        warehouse = shutil.copytree(base, tmp_path / f"killed-{i}")
        if mode == "full":  # a rebuild over an existing build
            build_warehouse(warehouse)
        proc = subprocess.Popen(
            [sys.executable, "-c", BUILD_CHILD, str(warehouse), mode], stderr=subprocess.DEVNULL
        )
        time.sleep(duration * fraction)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        if (warehouse / "news.duckdb").exists():
            duckdb.connect(str(warehouse / "news.duckdb"), read_only=True).close()
        build_warehouse(warehouse, full=mode == "full")
        assert mart_snapshot(warehouse / "news.duckdb") == expected, f"{mode} build killed at {fraction:.0%}"
        log = query_warehouse(
            warehouse, "select max(to_seq), count(distinct to_seq) = count(*) from build_log"
        )[1]
        assert log == [(48, True)], "every lake file absorbed exactly once"
        assert not list(warehouse.glob(".news.*.tmp"))


def test_progress_bar_only_on_a_terminal() -> None:
    import io

    from ingest.progress import ProgressBar, render_bar, terminal_progress

    assert terminal_progress("x", io.StringIO()) is None
    assert render_bar("building", 5, 10, "statements", 1.25).startswith(
        "building [##############--------------]  50%"
    )

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Tty()
    bar = terminal_progress("building", stream)
    assert isinstance(bar, ProgressBar)
    bar(1, 4, "articles")
    bar(4, 4, "checks")
    bar.close()
    assert "\r" in stream.getvalue() and "100%" in stream.getvalue() and stream.getvalue().endswith("\n")


def test_publish_copies_atomically_and_republishes_a_broken_file(warehouse: Path, tmp_path: Path) -> None:
    from ingest.publish import copy_file, needs_publish

    src = tmp_path / "src.bin"
    src.write_bytes(os.urandom(3 << 20))
    assert copy_file(src, tmp_path / "dst.bin", durable=True) == 3 << 20
    assert (tmp_path / "dst.bin").read_bytes() == src.read_bytes()
    write_batch(warehouse, *scenario_batches()[0])
    build_warehouse(warehouse)
    models_hash = query_warehouse(warehouse, "select models_hash from build_log")[1][0][0]
    state: dict[str, object] = {"lake_seq": 6, "models_hash": models_hash, "steps": 1}
    assert not needs_publish(warehouse, state) and needs_publish(warehouse, {**state, "lake_seq": 7})
    (warehouse / "news.duckdb").write_bytes(b"torn by a power cut")
    assert needs_publish(warehouse, state)
    again = build_warehouse(warehouse)
    assert again.steps == 0 and again.publish_seconds > 0, (
        "nothing new, but the broken file is published again"
    )
    assert not needs_publish(warehouse, state)
    assert build_warehouse(warehouse).mode == "noop"
    assert not [p.name for p in warehouse.iterdir() if p.name.endswith(".tmp")]


def test_sync_file_writes_only_what_differs(tmp_path: Path) -> None:
    from ingest.publish import BLOCK, sync_file

    base = bytearray(os.urandom(BLOCK * 70 + 1234))
    for size in (len(base), BLOCK * 3, BLOCK * 140 + 7):
        src, dst = tmp_path / "src", tmp_path / "dst"
        changed = bytearray(base)
        changed[BLOCK * 5 + 10] ^= 0xFF
        changed[BLOCK * 50 : BLOCK * 50 + 3] = b"abc"
        data = (
            bytes(changed[:size])
            if size <= len(changed)
            else bytes(changed) + os.urandom(size - len(changed))
        )
        src.write_bytes(data)
        dst.write_bytes(bytes(base))
        fd = os.open(dst, os.O_RDWR)
        try:
            written = sync_file(src, fd)
        finally:
            os.close(fd)
        assert dst.read_bytes() == data
        if size == len(base):
            assert written == 2 * BLOCK + 1234  # two changed blocks and the short tail


def test_a_generation_a_reader_holds_is_not_reused(warehouse: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Builds keep readers on their file: the publisher skips generations that readers hold open."""
    monkeypatch.setattr(publish, "RETIRE_GRACE_S", 0.0)  # builds a second apart: reuse what no reader holds
    batches = scenario_batches()
    write_batch(warehouse, *batches[0])
    build_warehouse(warehouse)
    held = (warehouse / "news.duckdb").stat().st_ino
    reader = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], read_only=True); "
         "print(c.execute('select count(*) from statements').fetchone()[0], flush=True); time.sleep(60)",
         str(warehouse / "news.duckdb")], stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        first = reader.stdout.readline() if reader.stdout else ""
        inodes = {held}
        for when, rows in batches[1:5]:
            write_batch(warehouse, when, rows)
            build_warehouse(warehouse)
            inodes.add((warehouse / "news.duckdb").stat().st_ino)
        generations = {p.stat().st_ino for p in (warehouse / ".build" / "published").glob("gen-*.duckdb")}
        assert held in generations and len(generations) == 3 and inodes <= generations
        gen_of_reader = next(
            p for p in (warehouse / ".build" / "published").glob("gen-*") if p.stat().st_ino == held
        )
        con = duckdb.connect(str(gen_of_reader), read_only=True)
        assert str(con.execute("select count(*) from statements").fetchone()[0]) == first.strip(), "untouched"
        con.close()
    finally:
        reader.kill()
        reader.wait()
        if reader.stdout:
            reader.stdout.close()


def test_a_generation_retired_moments_ago_is_not_rewritten(
    warehouse: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reader opens news.duckdb before it takes its lock: the generation that just left news.duckdb
    is not rewritten within the grace period (the next build uses another generation or a fresh copy),
    and is reused once the period has passed."""
    monkeypatch.setattr(publish, "RETIRE_GRACE_S", 0.0)
    batches = scenario_batches()
    for when, rows in batches[:3]:  # gen-0, gen-1, then gen-0 brought up to date again
        write_batch(warehouse, when, rows)
        build_warehouse(warehouse)
    folder = warehouse / ".build" / "published"
    gens = sorted(folder.glob("gen-*.duckdb"))
    assert len(gens) == 2
    monkeypatch.setattr(publish, "RETIRE_GRACE_S", 3600.0)
    before = {g.name: (g.stat().st_ino, g.stat().st_mtime_ns) for g in gens}
    for when, rows in batches[3:5]:  # a new gen-2, then a one-off copy: nothing retired is rewritten
        write_batch(warehouse, when, rows)
        build_warehouse(warehouse)
    after = {g.name: (g.stat().st_ino, g.stat().st_mtime_ns) for g in folder.glob("gen-*.duckdb")}
    assert {k: after[k] for k in before} == before, "generations retired within the hour: none rewritten"
    assert (warehouse / "news.duckdb").stat().st_ino not in {ino for ino, _ in after.values()}
    assert publish.recently_published(gens[0], grace_s=3600.0)
    assert not publish.recently_published(gens[0], grace_s=0.0)
    assert not publish.recently_published(folder / "gen-9.duckdb")
    monkeypatch.setattr(publish, "RETIRE_GRACE_S", 0.0)
    write_batch(warehouse, *batches[5])
    build_warehouse(warehouse)
    assert (warehouse / "news.duckdb").stat().st_ino in {g.stat().st_ino for g in folder.glob("gen-*.duckdb")}
    assert query_warehouse(warehouse, "select count(*) from build_log")[1][0][0] >= 1


def test_a_query_that_meets_a_file_being_replaced_runs_again_on_the_new_one(tmp_path: Path) -> None:
    """A dashboard query that opens news.duckdb while a build replaces it gets an I/O error from the
    old file; it is run again on a fresh connection and sees the new file whole. A file that stays
    broken is a clear one-line error."""
    good = tmp_path / "good.duckdb"
    con = duckdb.connect(str(good))
    con.execute("create table t as select range as x, repeat('ab', 100) as s from range(200000)")
    con.execute("checkpoint")
    con.close()
    data = good.read_bytes()
    published = tmp_path / "news.duckdb"
    published.write_bytes(data[: len(data) // 2])  # a file cut short: reading it fails
    with pytest.raises(IngestError, match=r"^query failed: IO Error: Could not read enough bytes"):
        query_warehouse(tmp_path, "select count(*) from t")

    def publish_later() -> None:
        time.sleep(0.02)
        tmp = tmp_path / "news.tmp"
        shutil.copyfile(good, tmp)
        tmp.replace(published)

    thread = threading.Thread(target=publish_later)
    thread.start()
    try:
        assert query_warehouse(tmp_path, "select count(*) from t") == (["count_star()"], [(200000,)])
    finally:
        thread.join()


LAKE_DAMAGE = [
    # (the build that meets the file, what happened to it, the reason named after "cannot be read (")
    ("rebuild", "truncated", "Invalid Input Error: No magic bytes found at end of file '…')"),
    ("rebuild", "garbage", "Invalid Input Error: File '…' too small to be a Parquet file)"),
    ("rebuild", "deleted", 'IO Error: No files found that match the pattern "…")'),
    ("incremental", "truncated", "Invalid Input Error: No magic bytes found at end of file '…')"),
    ("incremental", "deleted", 'IO Error: No files found that match the pattern "…")'),
]


@pytest.mark.parametrize(("build", "damage", "reason"), LAKE_DAMAGE)
def test_an_unreadable_lake_file_is_one_line_naming_it_and_publishes_nothing(
    warehouse: Path, build: str, damage: str, reason: str
) -> None:
    batches = scenario_batches()
    write_batch(warehouse, *batches[0])
    build_warehouse(warehouse)
    before = query_warehouse(warehouse, "select count(*) from articles")[1]
    if build == "incremental":
        write_batch(warehouse, *batches[1])
    newest = max(read_lake_files(warehouse, 0), key=lambda f: f.seq)
    path = warehouse / "lake" / newest.path
    if damage == "truncated":
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    elif damage == "garbage":
        path.write_bytes(b"garbage")
    else:
        path.unlink()
    with pytest.raises(IngestError) as caught:
        build_warehouse(warehouse, full=build == "rebuild")
    assert str(caught.value) == (
        f"lake file {path} cannot be read ({reason}; this step was rolled back and nothing published: restore the"
        " file from a backup"
    )
    assert query_warehouse(warehouse, "select count(*) from articles")[1] == before


BUILD_DB_DAMAGE = [
    # (what happened to the private build database, damaged: set aside and rebuilt; else a guard)
    ("garbage", True),  # overwritten: "not a valid DuckDB database file"
    ("truncated", True),  # cut in half: "Could not read enough bytes from file"
    ("bad blocks", True),  # a run of bytes overwritten mid-file: "Corrupt database file: computed checksum …"
    ("garbage log", False),  # a WAL that is no log: DuckDB ignores it
]


@pytest.mark.parametrize(("damage", "repaired"), BUILD_DB_DAMAGE)
def test_a_damaged_build_database_is_set_aside_and_rebuilt_from_the_lake(
    warehouse: Path, damage: str, repaired: bool
) -> None:
    """Before: every later build failed with `internal error: IOException: …` (or `Error: Corrupt database
    file`), and news.duckdb was never brought up to date again."""
    batches = scenario_batches()
    write_batch(warehouse, *batches[0])
    build_warehouse(warehouse)
    write_batch(warehouse, *batches[1])
    db = warehouse / ".build" / "news.duckdb"
    data = db.read_bytes()
    if damage == "garbage":
        db.write_bytes(b"x" * 5000)
    elif damage == "truncated":
        db.write_bytes(data[: len(data) // 2])
    elif damage == "bad blocks":
        db.write_bytes(data[:300_000] + os.urandom(200_000) + data[500_000:])
    else:
        Path(f"{db}.wal").write_bytes(b"x" * 500)
    result = build_warehouse(warehouse)
    assert (getattr(result, "repaired", None) is not None) == repaired
    if repaired:
        assert result.repaired.startswith(f"{db}: damaged (") and result.repaired.endswith(
            "); rebuilt from the lake"
        )
        assert result.mode == "full" and (warehouse / ".build" / "news.duckdb.damaged").exists()
    expected = tmp_clean_build(warehouse)
    assert mart_snapshot(warehouse / "news.duckdb") == expected
    assert build_warehouse(warehouse).mode == "noop"


def tmp_clean_build(warehouse: Path) -> dict[str, list[tuple[object, ...]]]:
    """The marts of a clean build of the same lake, in a copy of the warehouse."""
    clean = warehouse.parent / "clean"
    shutil.copytree(warehouse, clean, ignore=shutil.ignore_patterns(".build", "news.duckdb"))
    build_warehouse(clean)
    return mart_snapshot(clean / "news.duckdb")
