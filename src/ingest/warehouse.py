"""The DuckDB warehouse: built from the SQL models over the committed lake files, published atomically.

A build writes a new database file next to ``news.duckdb``, checkpoints it, runs the data checks,
and renames it over ``news.duckdb``. Readers that opened the old file keep reading it; new readers
see the new one; nobody ever sees a half-built state or waits on a lock.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from ingest import store
from ingest.config import IngestError
from ingest.sqlfiles import SqlModel, load_models

READ_ONLY_TYPES = {"SELECT", "EXPLAIN", "PRAGMA"}
CHECK_SAMPLE_ROWS = 5


class CheckFailed(IngestError):
    pass


@dataclass(slots=True)
class BuildResult:
    path: Path
    tables: dict[str, int] = field(default_factory=dict)
    checks: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"path": str(self.path), "tables": self.tables, "checks": self.checks, "seconds": self.seconds}


def build_warehouse(warehouse: Path, lake_files: dict[str, list[str]], models: Sequence[SqlModel] | None = None) -> BuildResult:
    """Build ``<warehouse>/news.duckdb`` from scratch out of the given lake files (lake-relative paths)."""
    started = time.perf_counter()
    lake = warehouse / "lake"
    empty = store.ensure_empty_files(lake)
    params: dict[str, Any] = {
        f"{table}_files": [str(lake / p) for p in [empty[table], *lake_files.get(table, [])]] for table in store.SCHEMAS
    }
    params["feed_state_files"] = [str(lake / p) for p in [empty["feed_state"], *lake_files.get("feed_state", [])[-1:]]]
    final = warehouse / "news.duckdb"
    tmp = warehouse / f".news.{uuid.uuid4().hex}.duckdb.tmp"
    result = BuildResult(path=final)
    try:
        con = duckdb.connect(str(tmp))
        try:
            con.execute("set preserve_insertion_order=false")
            run_models(con, models or load_models(), params, result)
            con.execute("checkpoint")
        finally:
            con.close()
        os.replace(tmp, final)
        store.fsync_dir(warehouse)
    finally:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}.wal").unlink(missing_ok=True)
    result.seconds = round(time.perf_counter() - started, 3)
    return result


def run_models(con: duckdb.DuckDBPyConnection, models: Sequence[SqlModel], params: dict[str, Any], result: BuildResult) -> None:
    failures = []
    for model in models:
        args = {p: params[p] for p in model.params}
        if model.layer == "checks":
            rows = con.execute(model.sql, args).fetchall()
            result.checks[model.name] = len(rows)
            if rows:
                sample = "; ".join(str(r) for r in rows[:CHECK_SAMPLE_ROWS])
                failures.append(f"check {model.name} failed: {len(rows)} offending rows, e.g. {sample}")
            continue
        kind = "temp table" if model.layer == "staging" else "table"
        con.execute(f"create or replace {kind} {model.name} as {model.sql}", args)
        if model.layer != "staging":
            result.tables[model.name] = con.execute(f"select count(*) from {model.name}").fetchone()[0]  # type: ignore[index]
    if failures:
        raise CheckFailed(" | ".join(failures))


def query_warehouse(warehouse: Path, sql: str, params: dict[str, Any] | None = None) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run one read-only query against the published warehouse; writes are refused before they run."""
    path = warehouse / "news.duckdb"
    if not path.is_file():
        raise IngestError(f"{path}: no warehouse yet (run `ingest run` or `ingest demo` first)")
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise IngestError(f"invalid SQL: {first_line(exc)}") from None
    if not statements:
        raise IngestError("empty query")
    for st in statements:
        kind = st.type.name
        if kind not in READ_ONLY_TYPES:
            raise IngestError(f"refused: {kind} statement; `ingest sql` is read-only (SELECT, EXPLAIN, PRAGMA only)")
    con = duckdb.connect(str(path), read_only=True, config={"enable_external_access": False})
    try:
        cur = con.execute(sql, params or {})
        columns = [d[0] for d in cur.description or []]
        return columns, cur.fetchall()
    except duckdb.Error as exc:
        raise IngestError(f"query failed: {first_line(exc)}") from None
    finally:
        con.close()


def first_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())
