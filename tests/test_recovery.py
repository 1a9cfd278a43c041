"""kill -9 at any moment: the warehouse still opens, and the next run completes the work exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from ingest import pipeline
from ingest.config import Settings

REGISTRY = Path(__file__).resolve().parents[1] / "speakers.toml"  # the same registry in every run
TABLES = ("articles", "article_revisions", "article_sightings", "statements", "claims", "speakers")


def snapshot(warehouse: Path) -> dict[str, object]:
    con = duckdb.connect(str(warehouse / "news.duckdb"), read_only=True)
    try:
        out: dict[str, object] = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in TABLES}  # type: ignore[index]
        out["statement_ids"] = sorted(
            r[0] for r in con.execute("select statement_id from statements").fetchall()
        )
        out["article_ids"] = sorted(r[0] for r in con.execute("select article_id from articles").fetchall())
        return out
    finally:
        con.close()


LOGS: dict[int, Path] = {}  # pid → that run's stderr


def run_cli(feeds: Path, warehouse: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "INGEST_FETCH_HOST_INTERVAL": "0"}
    log = warehouse.parent / f"{warehouse.name}.stderr"
    with log.open("ab") as err:  # the child keeps its own descriptor
        proc = subprocess.Popen(
            [sys.executable, "-m", "ingest", "run", "--feeds", str(feeds), "--warehouse", str(warehouse), "--force",
             "--speakers", str(REGISTRY)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )  # fmt: skip
    LOGS[proc.pid] = log
    return proc


def finish(proc: subprocess.Popen[bytes]) -> None:
    code = proc.wait(timeout=120)
    tail = LOGS[proc.pid].read_text(errors="replace")[-2000:]
    assert code == 0, f"the run after the kill failed ({code}): {tail}"


@pytest.mark.slow
def test_kill_9_at_any_moment_loses_nothing_and_doubles_nothing(
    example_feeds_file: Path, tmp_path: Path
) -> None:
    clean = tmp_path / "clean"
    pipeline.run(
        example_feeds_file,
        clean,
        settings=Settings(warehouse=clean, fetch_host_interval_s=0.0),
        speakers_file=REGISTRY,
    )
    expected = snapshot(clean)
    # time one run to spread the kills over it
    started = time.perf_counter()
    probe = run_cli(example_feeds_file, tmp_path / "probe")
    finish(probe)
    duration = time.perf_counter() - started
    for i, fraction in enumerate((0.35, 0.6, 0.8, 0.95)):
        warehouse = tmp_path / f"killed-{i}"
        proc = run_cli(example_feeds_file, warehouse)
        time.sleep(duration * fraction)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        if (warehouse / "news.duckdb").exists():  # whatever was published must open
            duckdb.connect(str(warehouse / "news.duckdb"), read_only=True).close()
        rerun = run_cli(example_feeds_file, warehouse)
        finish(rerun)
        assert snapshot(warehouse) == expected, f"after a kill at {fraction:.0%} of a run"
        assert not list(warehouse.rglob("*.tmp")), "temp files left behind"
