"""Incremental builds of the private build database from the lake files the catalog lists.

The build database (``<warehouse>/.build/news.duckdb``) is only ever opened by the single writer
(``warehouse.build_warehouse`` holds a lock). Its ``build_log`` table records, per build step, the
highest lake-file ``seq`` absorbed. A step takes the next lake files (whole batches, up to about
``STEP_ROWS`` rows) and, in one DuckDB transaction:

1. loads them as the staging temp tables (``stg_*``, values passed as parameters);
2. runs every model in build order by its materialization (``sqlfiles``):
   ``temp`` a temp table; ``view`` a view; ``table`` replaced whole; ``append`` inserts the rows whose
   unique key is new; ``incremental`` recomputes the keys its ``scope`` relation names: the rows it
   replaces are kept as the temp table ``old_<name>``, the rows it writes as ``new_<name>``, and the
   ``chg_*`` scope relations downstream are built from those;
3. checks unique and not-null keys of the rows written, and runs ``sql/checks`` (which look at the
   ``new_*`` rows; the rows before passed them in an earlier step);
4. appends a ``build_log`` row (the watermark) and commits.

A failed check rolls the step back: the database stays at the last good step. Killed at any
moment, the database reopens at the last committed step and the next build redoes the rest once.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from ingest import quotekeys
from ingest.clock import utc_now
from ingest.config import IngestError, Settings
from ingest.lakepath import LakePath, duckdb_path, register_lake, resolve_lake
from ingest.lakeschema import empty_files, lake_schemas
from ingest.sqlfiles import SqlModel, load_macros

RUNNER_VERSION = "1"
STEP_ROWS = 2_000_000  # lake rows per build step (bounds the memory of a rebuild)
CHECK_SAMPLE_ROWS = 5
DYNAMIC_IN_VALUES = 200  # DuckDB's default 50: an incremental step reads 10-100 lake batches of the histories
CHECKPOINT_THRESHOLD = "1GB"  # the WAL size that makes a commit checkpoint, except the last step's (always)
MIN_COPY_CHARS = 200  # identical texts at least this long are syndicated copies of one story
CREDIT_CHARS = 300  # a wire credit naming another outlet of the story within this many characters of a copy's start or end
BUILD_LOG_DDL = """
create table if not exists build_log (
    step integer, mode varchar, models_hash varchar, from_seq bigint, to_seq bigint, files integer,
    lake_rows bigint, started_at timestamptz, finished_at timestamptz, seconds double)
"""

Progress = Callable[[str], None]


class CheckFailed(IngestError):
    """A data check found offending rows; the message names the checks and shows a sample."""


@dataclass(frozen=True, slots=True)
class LakeFile:
    seq: int
    table: str
    path: str  # lake-relative
    batch_id: str
    rows: int


@dataclass(slots=True)
class StepResult:
    to_seq: int
    files: int
    rows: int
    checks: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per model, "checks", "commit"
    seconds: float = 0.0


def models_hash(models: Sequence[SqlModel]) -> str:
    """Identifies what a build computes: the runner, the SQL and the parameters that shape results."""
    digest = hashlib.sha1(
        f"{RUNNER_VERSION}|{MIN_COPY_CHARS}|{CREDIT_CHARS}|{sorted(quotekeys.sql_params().items())}".encode()
    )
    for m in models:
        digest.update(f"\0{m.layer}/{m.name}\0{m.sql}".encode())
    for macro in load_macros():
        digest.update(f"\0macros/{macro.name}\0{macro.sql}".encode())
    return digest.hexdigest()[:16]


def read_lake_files(warehouse: Path, after_seq: int) -> list[LakeFile]:
    """Committed lake files with a seq above ``after_seq``, read without write access to the catalog."""
    path = warehouse / "catalog.sqlite"
    if not path.is_file():
        return []
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=60)
    try:
        rows = conn.execute(
            "select seq, tbl, path, batch_id, rows from lake_files where seq > ? order by seq", (after_seq,)
        ).fetchall()
    finally:
        conn.close()
    tables = lake_schemas()
    return [LakeFile(int(s), t, p, b, int(r)) for s, t, p, b, r in rows if t in tables]


def plan_steps(files: Sequence[LakeFile], step_rows: int = STEP_ROWS) -> list[list[LakeFile]]:
    """Group files into steps of whole batches (a batch's files are committed together) of about step_rows rows."""
    steps: list[list[LakeFile]] = []
    current: list[LakeFile] = []
    rows = 0
    for f in files:
        if current and f.batch_id != current[-1].batch_id and rows >= step_rows:
            steps.append(current)
            current, rows = [], 0
        current.append(f)
        rows += f.rows
    if current:
        steps.append(current)
    return steps


def watermark(con: duckdb.DuckDBPyConnection) -> tuple[int, str | None, int]:
    """(last absorbed seq, models hash of the last step, steps so far) of a build database."""
    con.execute(BUILD_LOG_DDL)
    row = con.execute("select max(to_seq), arg_max(models_hash, step), count(*) from build_log").fetchone()
    assert row is not None
    return int(row[0] or 0), row[1], int(row[2])


def step_params(lake: LakePath, empty: dict[str, Path], files: Sequence[LakeFile]) -> dict[str, Any]:
    """``$<table>_files`` (the empty file first) and ``$<table>_seqs``: per file, the seq of its batch's first file."""
    batch_seq: dict[str, int] = {}
    for f in files:
        batch_seq.setdefault(f.batch_id, f.seq)
    params: dict[str, Any] = {}
    for table in lake_schemas():
        mine = [f for f in files if f.table == table]
        params[f"{table}_files"] = [str(empty[table]), *(duckdb_path(lake, f.path) for f in mine)]
        params[f"{table}_seqs"] = [0, *(batch_seq[f.batch_id] for f in mine)]
    params.update(quotekeys.sql_params(), min_copy_chars=MIN_COPY_CHARS, credit_chars=CREDIT_CHARS)
    return params


def run_step(
    con: duckdb.DuckDBPyConnection,
    models: Sequence[SqlModel],
    params: dict[str, Any],
    log: dict[str, Any],
    progress: Progress | None = None,
) -> StepResult:
    """Absorb one step's files and update every model, in one transaction with its build_log row."""
    started = time.perf_counter()
    result = StepResult(to_seq=log["to_seq"], files=log["files"], rows=log["lake_rows"])
    con.execute("begin transaction")
    try:
        existing = {
            r[0] for r in con.execute("select table_name from duckdb_tables() where not temporary").fetchall()
        }
        for model in models:
            if progress:
                progress(model.name)
            if model.materialized != "check":
                tick = time.perf_counter()
                run_model(con, model, params, model.name in existing)
                result.timings[model.name] = round(time.perf_counter() - tick, 3)
        tick = time.perf_counter()
        failures = check_keys(con, models, result) + run_checks(con, models, params, result)
        result.timings["checks"] = round(time.perf_counter() - tick, 3)
        if failures:
            raise CheckFailed(" | ".join(failures))
        tick = time.perf_counter()
        log.update(finished_at=utc_now(), seconds=round(tick - started, 3))
        columns = ", ".join(log)
        con.execute(f"insert into build_log ({columns}) values ({', '.join('$' + k for k in log)})", log)
        con.execute("commit")
        result.timings["commit"] = round(time.perf_counter() - tick, 3)
        result.seconds = round(time.perf_counter() - started, 3)
    except BaseException:
        con.execute("rollback")
        raise
    return result


def run_model(con: duckdb.DuckDBPyConnection, model: SqlModel, params: dict[str, Any], exists: bool) -> None:
    try:
        args = {p: params[p] for p in model.params}
    except KeyError as exc:
        raise IngestError(f"sql/{model.layer}/{model.name}.sql: unknown parameter ${exc.args[0]}") from None
    try:
        execute_model(con, model, args, exists)
    except (duckdb.InvalidInputException, duckdb.IOException) as exc:
        named = LAKE_FILE_RE.search(str(exc))
        if not named:
            raise
        reason = " ".join(str(exc).split("\nLINE ")[0].replace(named.group(1), "…").split())
        raise IngestError(
            f"lake file {named.group(1)} cannot be read ({reason}); this step was rolled back and nothing"
            " published: restore the file from a backup"
        ) from None


LAKE_FILE_RE = re.compile(r"['\"]([^'\"]+\.parquet)['\"]")


def execute_model(
    con: duckdb.DuckDBPyConnection, model: SqlModel, args: dict[str, Any], exists: bool
) -> None:
    name, kind = model.name, model.materialized
    if kind == "temp":
        con.execute(f"create or replace temp table {name} as {model.sql}", args)
    elif kind == "view":
        con.execute(f"create or replace view {name} as {model.sql}")
    elif kind == "table":
        con.execute(f"create or replace table {name} as {model.sql}", args)
    elif kind == "append":
        key = ", ".join(model.unique_key)
        source = f"select * from ({model.sql}) anti join {name} using ({key})" if exists else model.sql
        con.execute(f"create or replace temp table new_{name} as {source}", args)
        publish_new_rows(con, name, exists, model.cluster_by)
    elif kind == "incremental":
        con.execute(f"create or replace temp table new_{name} as {model.sql}", args)
        replace_scope(con, model, exists)


def publish_new_rows(
    con: duckdb.DuckDBPyConnection, name: str, exists: bool, cluster_by: Sequence[str] = ()
) -> None:
    """Store the step's new rows (sorted by cluster_by, so row-group min/max values let filters skip them)."""
    order = f" order by {', '.join(cluster_by)}" if cluster_by else ""
    if exists:
        con.execute(f"insert into {name} by name select * from new_{name}{order}")
    else:
        con.execute(f"create table {name} as select * from new_{name}{order}")


def scope_predicate(model: SqlModel, alias: str) -> str:
    """SQL true for the rows of `alias` that the model's scope covers."""
    columns, relation = model.scope
    keys = ", ".join(f"{alias}.{c}" for c in columns)
    return f"({keys}) in (select {', '.join(columns)} from {relation})"


def replace_scope(con: duckdb.DuckDBPyConnection, model: SqlModel, exists: bool) -> None:
    """Swap the rows of the scope's keys for the new ones, keeping the replaced rows as old_<name>."""
    name = model.name
    capture = ", ".join(f'"{c}"' for c in model.capture) or "*"
    outside = con.execute(
        f"select count(*) from new_{name} as n where not {scope_predicate(model, 'n')}"
    ).fetchone()
    if outside and outside[0]:
        scope = model.headers.get("scope", "")
        raise IngestError(
            f"sql/{model.layer}/{name}.sql returned {outside[0]} rows outside its scope ({scope})"
        )
    if not exists:
        con.execute(f"create or replace temp table old_{name} as select {capture} from new_{name} limit 0")
        publish_new_rows(con, name, exists)
        return
    in_scope = scope_predicate(model, name)
    con.execute(
        f"create or replace temp table _replaced as select rowid as _rowid from {name} where {in_scope}"
    )
    con.execute(
        f"create or replace temp table old_{name} as select {capture} from {name} "
        "where rowid in (select _rowid from _replaced)"
    )
    con.execute(f"delete from {name} where rowid in (select _rowid from _replaced)")
    publish_new_rows(con, name, exists)


def check_keys(con: duckdb.DuckDBPyConnection, models: Sequence[SqlModel], result: StepResult) -> list[str]:
    """Unique, not-null keys: checked for the rows this step wrote (earlier rows were checked before)."""
    failures = []
    for model in models:
        if model.materialized not in ("append", "incremental"):
            continue
        keys = ", ".join(model.unique_key)
        nulls = " or ".join(f"{k} is null" for k in model.unique_key)
        source = f"{model.name} where ({keys}) in (select {keys} from new_{model.name})"
        if model.materialized == "append" or set(model.scope[0]) <= set(model.unique_key):
            source = f"new_{model.name}"  # rows of these keys outside new_ were removed (or never existed)
        sql = (
            f"select {keys}, count(*) as n from {source} group by all having count(*) > 1 "
            f"union all select {keys}, 1 as n from new_{model.name} where {nulls}"
        )
        failures += record_check(con, f"{model.name}.unique_key", sql, {}, result)
    return failures


def run_checks(
    con: duckdb.DuckDBPyConnection, models: Sequence[SqlModel], params: dict[str, Any], result: StepResult
) -> list[str]:
    failures = []
    for model in models:
        if model.materialized == "check":
            failures += record_check(con, model.name, model.sql, {p: params[p] for p in model.params}, result)
    return failures


def record_check(
    con: duckdb.DuckDBPyConnection, name: str, sql: str, args: dict[str, Any], result: StepResult
) -> list[str]:
    cur = con.execute(sql, args)
    columns = [d[0] for d in cur.description or []]
    rows = cur.fetchall()
    result.checks[name] = len(rows)
    if not rows:
        return []
    sample = "; ".join(
        ", ".join(f"{c}={v}" for c, v in zip(columns, r, strict=True)) for r in rows[:CHECK_SAMPLE_ROWS]
    )
    return [f"check {name} failed: {len(rows)} offending rows, e.g. {sample}"]


def build_database(
    db_path: Path,
    warehouse: Path,
    models: Sequence[SqlModel],
    *,
    mode: str,
    progress: Callable[[int, int, str], None] | None = None,
    step_rows: int | None = None,
) -> list[StepResult]:
    """Bring the database at db_path up to the catalog's last lake file; returns the steps run."""
    current_hash = models_hash(models)
    con = connect_build(db_path)
    try:
        for macro in load_macros():
            con.execute(macro.sql)
        seq, _, n_steps = watermark(con)
        files = read_lake_files(warehouse, seq)
        steps = plan_steps(files, step_rows or STEP_ROWS) or ([[]] if n_steps == 0 else [])
        empty = empty_files(db_path.parent / "empty")
        lake = resolve_lake(warehouse)
        register_lake(con, lake)
        results = []
        for i, step in enumerate(steps):
            to_seq = step[-1].seq if step else seq
            log = {
                "step": n_steps + i + 1, "mode": mode, "models_hash": current_hash, "from_seq": seq, "to_seq": to_seq,
                "files": len(step), "lake_rows": sum(f.rows for f in step), "started_at": utc_now(),
            }  # fmt: skip
            params = step_params(lake, empty, step)
            if i == len(steps) - 1:
                # the last commit checkpoints: its changes are written to the file once, not to the WAL first
                con.execute("set checkpoint_threshold = '0b'")
            results.append(
                run_step(con, models, params, log, step_progress(progress, i, len(steps), len(models)))
            )
            seq = to_seq
        con.execute(f"set checkpoint_threshold = '{CHECKPOINT_THRESHOLD}'")
        if results:
            con.execute("checkpoint")  # nothing left to do unless the last commit could not checkpoint
        return results
    finally:
        con.close()


def step_progress(
    progress: Callable[[int, int, str], None] | None, step: int, steps: int, models: int
) -> Progress | None:
    """A per-model callback that reports overall progress over every step's models."""
    if progress is None:
        return None
    done = iter(range(step * models + 1, (step + 1) * models + 1))
    label = f"step {step + 1}/{steps} " if steps > 1 else ""
    return lambda name: progress(next(done, step * models + models), steps * models, label + name)


def connect_build(db_path: Path) -> duckdb.DuckDBPyConnection:
    """The writer's connection: bounded memory (``Settings.build_memory``), spilling next to the database."""
    config: dict[str, str | bool | int | float | list[str]] = {
        "memory_limit": Settings().build_memory,
        "temp_directory": str(db_path.parent / "tmp"),
        "preserve_insertion_order": False,
        # a join against a few lake batches becomes an IN filter that skips the other row groups
        "dynamic_or_filter_threshold": DYNAMIC_IN_VALUES,
        "checkpoint_threshold": CHECKPOINT_THRESHOLD,  # one checkpoint per build (its last commit), not one per commit
    }
    return duckdb.connect(str(db_path), config=config)


def database_state(db_path: Path) -> tuple[int, str | None, int]:
    """(watermark seq, models hash, steps) of a build database; (0, None, 0) when there is none."""
    if not db_path.exists():
        return 0, None, 0
    con = connect_build(db_path)
    try:
        return watermark(con)
    finally:
        con.close()
