"""The DuckDB warehouse: incremental builds in a private database, published atomically for readers.

``build_warehouse`` (``ingest run``, the DAG's build task) absorbs only the lake files committed
since the last build into ``<warehouse>/.build/news.duckdb`` and recomputes the affected keys of
the marts (``ingest.build``); ``rebuild_warehouse`` (``ingest rebuild``) builds a fresh database
from every lake file and swaps it in. Either way the result is then published as
``<warehouse>/news.duckdb`` by copy and rename (``ingest.publish``): readers never see a
half-built state and never wait on a lock. A change to the SQL models triggers a full rebuild.

One writer at a time: builds take an exclusive lock on ``<warehouse>/.build/lock`` (and wait for it).
"""

from __future__ import annotations

import fcntl
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, cast

import duckdb

from ingest import publish, store
from ingest.build import CheckFailed, StepResult, build_database, database_state, models_hash
from ingest.config import IngestError, check_folder
from ingest.progress import terminal_progress
from ingest.sqlfiles import SqlModel, load_models

READ_ONLY_TYPES = {"SELECT", "EXPLAIN", "PRAGMA"}
READ_RETRIES = 2  # a query that meets a news.duckdb being replaced is run again on the new file
BUILD_DIR = ".build"
BUILD_DB = "news.duckdb"
REBUILD_DB = "rebuild.duckdb"

__all__ = ["BuildResult", "CheckFailed", "build_warehouse", "query_warehouse", "rebuild_warehouse"]
T = TypeVar("T")


@dataclass(slots=True)
class BuildResult:
    path: Path
    mode: str = "incremental"  # initial | incremental | full | noop
    tables: dict[str, int] = field(default_factory=dict)
    checks: dict[str, int] = field(default_factory=dict)
    steps: int = 0
    files: int = 0
    lake_rows: int = 0
    lake_seq: int = 0
    build_seconds: float = 0.0
    publish_seconds: float = 0.0
    seconds: float = 0.0
    repaired: str | None = None  # a damaged build database set aside and rebuilt

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path), "mode": self.mode, "tables": self.tables, "checks": self.checks,
            "steps": self.steps, "files": self.files, "lake_rows": self.lake_rows, "lake_seq": self.lake_seq,
            "build_seconds": self.build_seconds, "publish_seconds": self.publish_seconds, "seconds": self.seconds,
            "repaired": self.repaired,
        }  # fmt: skip


@contextmanager
def build_lock(build_dir: Path) -> Iterator[None]:
    check_folder(build_dir.parent)
    build_dir.mkdir(parents=True, exist_ok=True)
    with (build_dir / "lock").open("a") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def build_warehouse(
    warehouse: Path,
    *,
    full: bool = False,
    models: Sequence[SqlModel] | None = None,
    durable: bool | None = None,
    step_rows: int | None = None,
) -> BuildResult:
    """Bring news.duckdb up to the catalog's committed lake files (incrementally unless full or the SQL changed)."""
    started = time.perf_counter()
    models = tuple(models or load_models())
    build_dir = warehouse / BUILD_DIR
    result = BuildResult(path=warehouse / publish.PUBLISHED)
    with build_lock(build_dir):
        publish.remove_stale_temp_files(warehouse)
        db = build_dir / BUILD_DB
        bar = terminal_progress("building warehouse")
        try:
            try:
                steps = build_steps(result, build_dir, warehouse, models, bar, full=full, step_rows=step_rows)
            except duckdb.Error as exc:
                if not DAMAGED_DATABASE_RE.search(str(exc)):
                    raise
                # the build database is derived from the lake: set the damaged file aside and build it again
                set_aside_damaged(build_dir)
                steps = build_steps(result, build_dir, warehouse, models, bar, full=True, step_rows=step_rows)
                reason = str(exc).replace(str(db.resolve()), "…").replace(str(db), "…")
                result.repaired = f"{db}: damaged ({' '.join(reason.split())[:200]}); rebuilt from the lake"
        finally:
            if bar is not None:
                bar.close()
        result.build_seconds = round(time.perf_counter() - started, 3)
        summarise_steps(result, steps)
        seq, current_hash, n_steps = database_state(db)
        state: dict[str, object] = {"lake_seq": seq, "models_hash": current_hash, "steps": n_steps}
        result.lake_seq = seq
        if not steps and not publish.needs_publish(warehouse, state):
            result.mode = "noop"
        else:
            result.publish_seconds = publish.publish_database(db, warehouse, durable=durable)
        result.tables = count_tables(db, models)
    result.seconds = round(time.perf_counter() - started, 3)
    return result


def rebuild_warehouse(warehouse: Path, **kwargs: Any) -> BuildResult:
    """Rebuild everything from the lake (``ingest rebuild``); readers keep the old file until it is done."""
    return build_warehouse(warehouse, full=True, **kwargs)


def build_steps(
    result: BuildResult,
    build_dir: Path,
    warehouse: Path,
    models: Sequence[SqlModel],
    bar: Any,
    *,
    full: bool,
    step_rows: int | None,
) -> list[StepResult]:
    """Absorb what is new into the build database: incrementally, or a full rebuild (``full``, changed SQL)."""
    db = build_dir / BUILD_DB
    _, built_hash, built_steps = database_state(db)
    if full or (built_steps and built_hash != models_hash(models)):
        result.mode = "full"
        return rebuild_database(build_dir, warehouse, models, bar, step_rows)
    result.mode = "incremental" if built_steps else "initial"
    return build_database(db, warehouse, models, mode=result.mode, progress=bar, step_rows=step_rows)


# what DuckDB says of a database file that is not (or no longer) one: cut short, overwritten, a bad block
DAMAGED_DATABASE_RE = re.compile(
    r"not a valid DuckDB database file|Could not read enough bytes from file|Corrupt database file"
    r"|does not match stored checksum|Failure while replaying WAL"
)


def set_aside_damaged(build_dir: Path) -> None:
    """Move the build databases (and their logs) to ``*.damaged``, keeping the latest damaged copy only."""
    for name in (BUILD_DB, REBUILD_DB):
        for path in (build_dir / name, build_dir / f"{name}.wal"):
            if path.exists():
                path.replace(path.with_name(f"{path.name}.damaged"))


def rebuild_database(
    build_dir: Path, warehouse: Path, models: Sequence[SqlModel], progress: Any, step_rows: int | None = None
) -> list[StepResult]:
    """Build a fresh database beside the current one, then swap it in (a killed rebuild resumes)."""
    fresh = build_dir / REBUILD_DB
    _, fresh_hash, fresh_steps = database_state(fresh)
    if fresh_steps == 0 or fresh_hash != models_hash(models):
        remove_database(fresh)
    steps = build_database(fresh, warehouse, models, mode="full", progress=progress, step_rows=step_rows)
    db = build_dir / BUILD_DB
    Path(f"{db}.wal").unlink(missing_ok=True)  # the old database's log must not replay onto the new file
    fresh.replace(db)
    store.fsync_dir(build_dir)
    return steps


def remove_database(path: Path) -> None:
    path.unlink(missing_ok=True)
    Path(f"{path}.wal").unlink(missing_ok=True)


def summarise_steps(result: BuildResult, steps: Sequence[StepResult]) -> None:
    result.steps = len(steps)
    result.files = sum(s.files for s in steps)
    result.lake_rows = sum(s.rows for s in steps)
    for step in steps:
        for name, n in step.checks.items():
            result.checks[name] = result.checks.get(name, 0) + n


def count_tables(db: Path, models: Sequence[SqlModel]) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for m in models:
            if m.layer == "marts" and m.persistent:
                row = con.execute(f"select count(*) from {m.name}").fetchone()
                out[m.name] = int(row[0]) if row else 0
        return out
    finally:
        con.close()


def query_warehouse(
    warehouse: Path, sql: str, params: dict[str, Any] | None = None
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run one read-only query against the published warehouse; writes are refused before they run."""

    def fetch(con: duckdb.DuckDBPyConnection) -> tuple[list[str], list[tuple[Any, ...]]]:
        cur = con.execute(sql, params or {})
        return [d[0] for d in cur.description or []], cur.fetchall()

    return read_published(warehouse, sql, fetch)


def read_published(warehouse: Path, sql: str, read: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
    """``read`` on a read-only connection to news.duckdb (``sql`` is checked to be a read first).

    An I/O error is tried again on a fresh connection (up to READ_RETRIES times): a build may publish a
    new news.duckdb while this one is being opened, and the next open sees the new file whole."""
    for attempt in range(READ_RETRIES + 1):
        con: duckdb.DuckDBPyConnection | None = None
        try:
            con = connect_published(warehouse, sql)
            return read_interruptibly(con, read)
        except duckdb.IOException as exc:
            if attempt == READ_RETRIES:
                raise IngestError(f"query failed: {first_line(exc)}") from None
        except duckdb.InterruptException:
            raise KeyboardInterrupt from None
        except RuntimeError as exc:  # what DuckDB raises when Ctrl-C stops a query it is running
            if "interrupted" in str(exc).lower():
                raise KeyboardInterrupt from None
            raise
        except duckdb.Error as exc:
            raise IngestError(f"query failed: {first_line(exc)}") from None
        finally:
            if con is not None:
                with suppress(duckdb.Error):
                    con.close()
        time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def read_interruptibly(con: duckdb.DuckDBPyConnection, read: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
    """``read(con)`` in a worker thread while this (main) thread waits: Ctrl-C reaches the main thread
    at once, which interrupts DuckDB (DuckDB alone notices a pending SIGINT only now and then)."""
    done: dict[str, Any] = {}
    cur = con.cursor()  # DuckDB interrupts a cursor from another thread; a busy connection refuses

    def work() -> None:
        try:
            done["value"] = read(cur)
        except BaseException as exc:  # handed to the waiting thread
            done["error"] = exc

    worker = threading.Thread(target=work, name="ingest-query", daemon=True)
    worker.start()
    try:
        while worker.is_alive():
            worker.join(0.1)
    except KeyboardInterrupt:
        cur.interrupt()
        worker.join(10)
        raise
    finally:
        with suppress(duckdb.Error):  # a cursor DuckDB is still stopping refuses; the process ends
            cur.close()
    if "error" in done:
        raise done["error"]
    return cast(T, done["value"])


def connect_published(warehouse: Path, sql: str) -> duckdb.DuckDBPyConnection:
    """A read-only connection to news.duckdb, after refusing any statement that is not a read."""
    path = warehouse / publish.PUBLISHED
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
            raise IngestError(
                f"refused: {kind} statement; `ingest sql` is read-only (SELECT, EXPLAIN, PRAGMA only)"
            )
    return duckdb.connect(str(path), read_only=True, config={"enable_external_access": False})


def first_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())
