"""The real thing: `airflow standalone` (api-server, scheduler, dag-processor, triggerer) driven over REST.

Slow (about a minute on an idle machine); it stops every process it started.
"""

from __future__ import annotations

import importlib.util
import socket
import time
from pathlib import Path

import duckdb
import pytest

if importlib.util.find_spec("airflow") is None:
    pytest.skip("apache-airflow is not installed (uv sync --all-extras)", allow_module_level=True)

from ingest import localairflow as la

pytestmark = [pytest.mark.slow, pytest.mark.airflow]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def airflow_pids(home: Path) -> list[int]:
    """Processes whose environment names this AIRFLOW_HOME (what a leak would look like)."""
    needle = f"AIRFLOW_HOME={home}".encode()
    found = []
    for pid in la.list_pids():
        try:
            if needle in Path(f"/proc/{pid}/environ").read_bytes().split(b"\0"):
                found.append(pid)
        except OSError:
            continue
    return found


def test_standalone_runs_ingest_then_asset_triggered_build(
    example_feeds_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the 404 feed fails its mapped task; retries (30 s, 60 s, … apart) would only make the test wait
    monkeypatch.setenv("INGEST_TASK_RETRIES", "0")
    # no scheduled run on unpause: it would fetch every feed first, leaving the triggered run nothing due
    monkeypatch.setenv("INGEST_SCHEDULE_MINUTES", "0")
    home, warehouse = tmp_path / "airflow", tmp_path / "warehouse"
    ports = {"port": free_port(), "log_ports": (free_port(), free_port())}
    with la.standalone(home, feeds=example_feeds_file, warehouse=warehouse, **ports) as base:  # type: ignore[arg-type]
        la.wait_dag(base, "warehouse_build", timeout=180)
        la.wait_dag(base, "news_ingest", timeout=180)
        run_id = la.trigger(base, "news_ingest")
        ingest_run = la.wait_run(base, "news_ingest", run_id, timeout=420)
        assert ingest_run["state"] == "success", ingest_run
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:  # the build triggered by our run's asset event
            runs = la.api(base, "GET", "/api/v2/dags/warehouse_build/dagRuns?order_by=-run_after&limit=10")[
                "dag_runs"
            ]
            ours = [
                r
                for r in runs
                if r["run_type"] == "asset_triggered" and r["run_after"] >= ingest_run["start_date"]
            ]
            if ours and all(r["state"] in la.TERMINAL_STATES for r in runs):
                break
            time.sleep(2)
        assert ours and ours[0]["state"] == "success", runs
    assert airflow_pids(home) == [], "processes left running"
    con = duckdb.connect(str(warehouse / "news.duckdb"), read_only=True)
    try:
        assert con.execute("select count(distinct outlet) from articles").fetchone() == (4,)
        assert con.execute("select count(*) from statements").fetchone()[0] > 0  # type: ignore[index]
        assert con.execute("select status from fetches where feed = 'missing'").fetchall()[0] == ("error",)
    finally:
        con.close()
