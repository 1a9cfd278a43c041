"""Publishing the build database as ``<warehouse>/news.duckdb`` for readers.

DuckDB refuses to open a file another process holds read-write, even read-only, so readers never
open the build database. After a build the (checkpointed, closed) build database is copied to a
temp file next to ``news.duckdb`` and renamed over it. A reader that opened the old file keeps
reading it (its inode stays alive until closed); the next open sees the new file. Nobody waits on
a lock, and nobody sees a half-written file.

The copy is made in the kernel (``os.copy_file_range``: no user-space buffers; on filesystems with
reflinks such as XFS or Btrfs it shares the blocks instead of copying them).
"""

from __future__ import annotations

import json
import os
import time
import uuid
from pathlib import Path

from ingest import store

PUBLISHED = "news.duckdb"
MARKER = "published.json"
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


def publish_database(
    build_db: Path, warehouse: Path, state: dict[str, object], *, durable: bool = True
) -> float:
    """Atomically replace ``<warehouse>/news.duckdb`` with a copy of the build database; returns seconds."""
    started = time.perf_counter()
    final = warehouse / PUBLISHED
    tmp = warehouse / f".news.{uuid.uuid4().hex}.duckdb.tmp"
    try:
        copy_file(build_db, tmp, durable=durable)
        tmp.replace(final)
        store.fsync_dir(warehouse)
    finally:
        tmp.unlink(missing_ok=True)
    write_marker(warehouse / ".build" / MARKER, state)
    return round(time.perf_counter() - started, 3)


def published_state(build_dir: Path) -> dict[str, object]:
    """What was last published (watermark seq and models hash); empty when unknown."""
    try:
        return dict(json.loads((build_dir / MARKER).read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return {}


def needs_publish(warehouse: Path, state: dict[str, object]) -> bool:
    if not (warehouse / PUBLISHED).is_file():
        return True
    return published_state(warehouse / ".build") != state


def write_marker(path: Path, state: dict[str, object]) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    tmp.write_text(json.dumps(state, sort_keys=True), encoding="utf-8")
    tmp.replace(path)


def remove_stale_temp_files(warehouse: Path) -> int:
    """Temp copies left by a publisher that was killed (only the single writer calls this)."""
    n = 0
    for tmp in warehouse.glob(".news.*.duckdb.tmp"):
        tmp.unlink(missing_ok=True)
        n += 1
    for tmp in (warehouse / ".build").glob(".*.tmp"):
        tmp.unlink(missing_ok=True)
        n += 1
    return n
