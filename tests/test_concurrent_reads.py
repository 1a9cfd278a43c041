"""A dashboard querying (and exporting from) news.duckdb in a loop from another process during 50 builds: never an error (no lock
conflict), never a half-built state (a missing table, counts that go backwards, marts that disagree)."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ingest.lakewriter import commit_rows
from ingest.warehouse import build_warehouse
from test_warehouse_helpers import load_bench

READER = r"""
import json, sys, time
from pathlib import Path
from ingest.queries import write_parquet
from ingest.warehouse import query_warehouse

warehouse, stop, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
SQL = '''
select
    (select max(to_seq) from build_log) as seq,
    (select count(*) from articles) as articles,
    (select count(*) from statements) as statements,
    (select count(*) from statement_occurrences) as occurrences,
    (select sum(n_statements) from statement_threads) as threaded,
    (select count(*) from speakers) as speakers,
    (select sum(statements) from speaker_timeline) as timeline,
    (select count(*) from claim_series) as series
'''
seen, errors, exported = [], [], 0
while not stop.exists():
    try:
        columns, rows = query_warehouse(warehouse, SQL)
        seen.append(dict(zip(columns, rows[0])))
        if len(seen) % 5 == 0:  # a dashboard's export, too
            exported += write_parquet(warehouse, "select statement_id from statements", {}, out.with_suffix(".parquet")) > 0
    except Exception as exc:
        errors.append(f"{type(exc).__name__}: {exc}")
    time.sleep(0.01)
out.write_text(json.dumps({"seen": seen, "errors": errors, "exported": exported}, default=str))
"""

BUILDS = 50


@pytest.mark.slow
def test_a_reader_in_another_process_never_fails_nor_sees_a_half_built_state(tmp_path: Path) -> None:
    bench = load_bench()
    warehouse = tmp_path / "w"
    warehouse.mkdir()
    gen = bench.LakeGenerator(seed=9)
    commit_rows(warehouse, gen.batch(200), batch_id="b-000", now=bench.START)
    build_warehouse(warehouse)
    stop, out = tmp_path / "stop", tmp_path / "reader.json"
    reader = subprocess.Popen([sys.executable, "-c", READER, str(warehouse), str(stop), str(out)])
    try:
        time.sleep(1.0)
        for i in range(1, BUILDS + 1):
            commit_rows(warehouse, gen.batch(20), batch_id=f"b-{i:03d}", now=bench.START)
            result = build_warehouse(warehouse)
            assert result.mode == "incremental" and result.files
    finally:
        time.sleep(0.5)
        stop.touch()
        reader.wait(timeout=60)
    report = json.loads(out.read_text())
    assert report["errors"] == []
    assert report["exported"] > 5
    seen = report["seen"]
    assert len(seen) > BUILDS, "the reader should have queried throughout"
    versions = sorted({s["seq"] for s in seen})
    assert len(versions) > 10, f"the reader saw only {len(versions)} published versions"
    for before, after in itertools.pairwise(seen):
        for key in before:
            assert after[key] >= before[key], f"{key} went backwards: {before} → {after}"
    for s in seen:
        assert s["statements"] == s["occurrences"] == s["threaded"] == s["timeline"], f"half-built state: {s}"
    assert seen[-1]["seq"] == (BUILDS + 1) * 6
