"""Temp files left by killed writers are removed; a live writer's temp file never is."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest import pipeline, tempfiles
from ingest.config import Settings


@pytest.fixture(scope="module")
def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


@pytest.fixture(scope="module")
def live_pid() -> Iterator[int]:
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield proc.pid
    proc.kill()
    proc.wait()


def temp_named(folder: Path, owner: str, age_s: float = 0.0) -> Path:
    path = folder / f".record.json.{owner}.{'a' * 32}.tmp"
    path.write_text("{")
    if age_s:
        old = time.time() - age_s
        os.utime(path, (old, old))
    return path


@pytest.mark.parametrize(
    ("owner", "age_s", "orphan"),
    [
        ("{host}-{dead}", 0.0, True),  # this host, writer gone
        ("{host}-{live}", 0.0, False),  # this host, writer still running
        ("{host}-{live}", 7200.0, False),  # a slow live writer is never interrupted
        ("{host}-{me}", 0.0, False),  # this process
        ("otherhost-{dead}", 0.0, False),  # another host: only by age
        ("otherhost-{dead}", 7200.0, True),
    ],
)
def test_is_orphan(
    tmp_path: Path, dead_pid: int, live_pid: int, owner: str, age_s: float, orphan: bool
) -> None:
    name = owner.format(host=tempfiles.HOST, dead=dead_pid, live=live_pid, me=os.getpid())
    path = temp_named(tmp_path, name, age_s)
    assert tempfiles.is_orphan(path, time.time()) is orphan


@pytest.mark.parametrize(("age_s", "orphan"), [(0.0, False), (7200.0, True)])
def test_unowned_temp_files_go_by_age(tmp_path: Path, age_s: float, orphan: bool) -> None:
    path = tmp_path / ".record.json.x1y2z3.tmp"  # a name from an older version
    path.write_text("{")
    old = time.time() - age_s
    os.utime(path, (old, old))
    assert tempfiles.is_orphan(path, time.time()) is orphan


def test_temp_path_names_its_writer(tmp_path: Path) -> None:
    path = tempfiles.temp_path_for(tmp_path / "a.json")
    assert path.parent == tmp_path and path.name.startswith(".a.json.") and path.name.endswith(".tmp")
    assert f"{tempfiles.HOST}-{os.getpid()}." in path.name
    assert not tempfiles.is_orphan(path, time.time())  # not even created yet: nothing to remove


def test_remove_keeps_live_and_final_files(tmp_path: Path, dead_pid: int, live_pid: int) -> None:
    gone = temp_named(tmp_path, f"{tempfiles.HOST}-{dead_pid}")
    live = tmp_path / f".other.json.{tempfiles.HOST}-{live_pid}.{'b' * 32}.tmp"
    live.write_text("{")
    final = tmp_path / "record.json"
    final.write_text("{}")
    assert tempfiles.remove_orphan_temp_files(tmp_path) == 1
    assert not gone.exists() and live.exists() and final.exists()
    assert tempfiles.remove_orphan_temp_files(tmp_path / "missing") == 0


def test_run_removes_what_killed_fetchers_left(
    example_feeds_file: Path, tmp_path: Path, dead_pid: int
) -> None:
    warehouse = tmp_path / "wh"
    folders = [warehouse / "inbox", warehouse / "raw" / ".incoming"]
    for folder in folders:
        folder.mkdir(parents=True)
        temp_named(folder, f"{tempfiles.HOST}-{dead_pid}")
    summary = pipeline.run(
        example_feeds_file, warehouse, settings=Settings(warehouse=warehouse, fetch_host_interval_s=0.0)
    )
    assert summary.new_articles > 0
    assert not list(warehouse.rglob("*.tmp"))
    assert (warehouse / "raw" / ".incoming").is_dir()  # the archive's writes went through it
