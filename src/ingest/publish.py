"""Publishing the build database as ``<warehouse>/news.duckdb`` for readers.

DuckDB refuses to open a file another process holds read-write, even read-only, so readers never
open the build database. After a build the (checkpointed, closed) build database is copied to a
temp file next to ``news.duckdb`` and renamed over it. A reader that opened the old file keeps
reading it (its inode stays alive until closed); the next open sees the new file. Nobody waits on
a lock, and nobody sees a half-written file.

The copy is made in the kernel (``os.copy_file_range``: no user-space buffers; on filesystems with
reflinks such as XFS or Btrfs it shares the blocks instead of copying them). A build publishes when
news.duckdb is missing, unreadable or holds another watermark than the build database.
"""

from __future__ import annotations

import os
import time
import uuid
from pathlib import Path

import duckdb

from ingest import store

PUBLISHED = "news.duckdb"
_COPY_CHUNK = 1 << 30


def copy_file(src: Path, dst: Path, *, durable: bool = True) -> int:
    """Copy src to dst in the kernel; fsync dst when durable. Returns the bytes copied."""
    size = src.stat().st_size
    with src.open("rb") as fin, dst.open("wb") as fout:
        done = 0
        try:
            while done < size:
                n = os.copy_file_range(fin.fileno(), fout.fileno(), min(_COPY_CHUNK, size - done))
                if n == 0:
                    break
                done += n
        except OSError:  # e.g. across filesystems on old kernels: plain copy of what is left
            fin.seek(done)
            fout.seek(done)
            while chunk := fin.read(1 << 24):
                fout.write(chunk)
                done += len(chunk)
        if durable:
            fout.flush()
            os.fsync(fout.fileno())
    return done


def publish_database(build_db: Path, warehouse: Path, *, durable: bool | None = None) -> float:
    """Atomically replace ``<warehouse>/news.duckdb`` with a copy of the build database; returns seconds.

    The copy is fsynced only when asked (``INGEST_PUBLISH_FSYNC=1``): the file is derived from the
    durable build database, a rename over an existing file is ordered after its data on ext4's
    defaults, and a build that finds the published file unreadable or behind publishes it again.
    """
    started = time.perf_counter()
    if durable is None:
        durable = os.environ.get("INGEST_PUBLISH_FSYNC", "") not in ("", "0")
    final = warehouse / PUBLISHED
    tmp = warehouse / f".news.{uuid.uuid4().hex}.duckdb.tmp"
    try:
        copy_file(build_db, tmp, durable=durable)
        tmp.replace(final)
        store.fsync_dir(warehouse)
    finally:
        tmp.unlink(missing_ok=True)
    return round(time.perf_counter() - started, 3)


def published_state(path: Path) -> dict[str, object]:
    """The watermark of a warehouse database (its build_log); empty when missing or unreadable."""
    if not path.is_file():
        return {}
    try:
        con = duckdb.connect(str(path), read_only=True, config={"enable_external_access": False})
    except duckdb.Error:
        return {}
    try:
        row = con.execute(
            "select max(to_seq), arg_max(models_hash, step), count(*) from build_log"
        ).fetchone()
    except duckdb.Error:
        return {}
    finally:
        con.close()
    return {"lake_seq": int(row[0] or 0), "models_hash": row[1], "steps": int(row[2])} if row else {}


def needs_publish(warehouse: Path, state: dict[str, object]) -> bool:
    """True unless news.duckdb opens and holds exactly the build database's state."""
    return published_state(warehouse / PUBLISHED) != state


def remove_stale_temp_files(warehouse: Path) -> int:
    """Temp copies left by a publisher that was killed (only the single writer calls this)."""
    n = 0
    for tmp in warehouse.glob(".news.*.duckdb.tmp"):
        tmp.unlink(missing_ok=True)
        n += 1
    return n
