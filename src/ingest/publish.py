"""Publishing the build database as ``<warehouse>/news.duckdb`` for readers.

DuckDB refuses to open a file another process holds read-write, even read-only, so readers never
open the build database. After a build the (checkpointed, closed) build database is copied into a
*generation* file (``.build/published/gen-<k>.duckdb``) that is not published, and that generation
is then hard-linked over ``news.duckdb`` in one rename. A reader that opened the old file keeps
reading it (its inode stays alive until closed); the next open sees the new one. Nobody waits on a
lock, and nobody sees a half-written file.

Generations are reused: a build changes a few percent of the database's blocks, so bringing an
older generation up to date writes only the 256 KiB blocks that differ (compared in memory, copied
in the kernel with ``os.copy_file_range``) instead of the whole file. A generation is reused only
when no reader has it open: DuckDB readers hold an ``fcntl`` lock on their file, so the publisher
takes an exclusive lock (without waiting) and keeps it while it writes; a generation still in use
is skipped, and when every generation is in use the build database is copied to a fresh file. A
reader opens the file before it takes its lock, so a generation that left ``news.duckdb`` less than
``RETIRE_GRACE_S`` ago is skipped too (its inode's ctime says when it left).

Nothing is fsynced unless ``INGEST_PUBLISH_FSYNC=1``: the file is derived from the durable build
database, and every build opens ``news.duckdb`` to compare its ``build_log`` with the build
database's, publishing again when it is missing, unreadable or behind.
"""

from __future__ import annotations

import fcntl
import mmap
import os
import time
import uuid
from pathlib import Path

import duckdb
import numpy as np

from ingest import store

PUBLISHED = "news.duckdb"
GENERATIONS = 3
RETIRE_GRACE_S = 2.0  # a generation retired this recently is not rewritten (see recently_published)
BLOCK = 1 << 18  # compare and copy in 256 KiB blocks (DuckDB's block size)
CHUNK = 1 << 26  # compare 64 MiB at a time (a multiple of BLOCK and of the page size)
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


def sync_file(src: Path, dst_fd: int) -> int:
    """Make the open file dst_fd a copy of src, writing only the blocks that differ; returns bytes written.

    Both files are compared through read-only memory maps of CHUNK bytes at a time (no copies
    through user-space buffers, and at most two windows resident), then each differing run of
    blocks is copied in the kernel.
    """
    size = src.stat().st_size
    common = min(size, os.fstat(dst_fd).st_size)
    written = 0
    with src.open("rb", buffering=0) as fin:
        src_fd = fin.fileno()
        for offset in range(0, common, CHUNK):
            n = min(CHUNK, common - offset)
            with (
                mmap.mmap(src_fd, n, prot=mmap.PROT_READ, offset=offset) as a,
                mmap.mmap(dst_fd, n, prot=mmap.PROT_READ, offset=offset) as b,
            ):
                runs = differing_runs(a, b, n, n)
            for start, end in runs:
                written += copy_range(src_fd, dst_fd, offset + start, end - start)
        if size > common:
            written += copy_range(src_fd, dst_fd, common, size - common)
    os.ftruncate(dst_fd, size)
    return written


def copy_range(src_fd: int, dst_fd: int, offset: int, length: int) -> int:
    """Copy bytes [offset, offset + length) of src_fd to the same place in dst_fd, in the kernel."""
    done = 0
    while done < length:
        step = os.copy_file_range(src_fd, dst_fd, length - done, offset + done, offset + done)
        if step == 0:
            raise OSError("short copy into a generation")
        done += step
    return done


def differing_runs(
    a: bytes | bytearray | mmap.mmap, b: bytes | bytearray | mmap.mmap, n: int, m: int
) -> list[tuple[int, int]]:
    """Byte ranges [start, end) of a[:n] whose BLOCK-sized blocks differ from b[:m] (consecutive ones merged)."""
    whole = min(n, m) // BLOCK * BLOCK
    differ = np.zeros(0, dtype=bool)
    if whole:
        left = np.frombuffer(a, dtype=np.uint64, count=whole // 8).reshape(-1, BLOCK // 8)
        right = np.frombuffer(b, dtype=np.uint64, count=whole // 8).reshape(-1, BLOCK // 8)
        differ = (left != right).any(axis=1)
    runs: list[tuple[int, int]] = []
    for block in np.flatnonzero(differ).tolist():
        start = block * BLOCK
        if runs and runs[-1][1] == start:
            runs[-1] = (runs[-1][0], start + BLOCK)
        else:
            runs.append((start, start + BLOCK))
    if n > whole:  # a tail shorter than a block, or past the end of b: copied
        if runs and runs[-1][1] == whole:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((whole, n))
    return runs


def publish_database(build_db: Path, warehouse: Path, *, durable: bool | None = None) -> float:
    """Atomically point ``<warehouse>/news.duckdb`` at an up-to-date copy of the build database; returns seconds."""
    started = time.perf_counter()
    if durable is None:
        durable = os.environ.get("INGEST_PUBLISH_FSYNC", "") not in ("", "0")
    folder = warehouse / ".build" / "published"
    folder.mkdir(parents=True, exist_ok=True)
    final = warehouse / PUBLISHED
    current = final.stat().st_ino if final.exists() else None
    for k in range(GENERATIONS):
        gen = folder / f"gen-{k}.duckdb"
        if gen.exists() and gen.stat().st_ino == current:
            continue
        if gen.exists():
            if recently_published(gen) or not update_generation(build_db, gen, durable):
                continue  # a reader still has it open
        else:
            tmp = folder / f".gen-{k}.{uuid.uuid4().hex}.tmp"
            copy_file(build_db, tmp, durable=durable)
            tmp.replace(gen)
        link_over(gen, final)
        return round(time.perf_counter() - started, 3)
    tmp = warehouse / f".news.{uuid.uuid4().hex}.duckdb.tmp"  # every generation in use: a one-off copy
    try:
        copy_file(build_db, tmp, durable=durable)
        tmp.replace(final)
        store.fsync_dir(warehouse)
    finally:
        tmp.unlink(missing_ok=True)
    return round(time.perf_counter() - started, 3)


def recently_published(gen: Path, grace_s: float | None = None) -> bool:
    """Whether ``gen`` was published (or written) less than ``grace_s`` ago. Replacing news.duckdb
    drops the old generation's link count, which sets its inode's ctime: the moment it retired. A
    reader that opened news.duckdb just before may not hold its lock yet; the grace period keeps the
    publisher from rewriting the file under it."""
    grace = RETIRE_GRACE_S if grace_s is None else grace_s
    try:
        return time.time() - gen.stat().st_ctime < grace
    except FileNotFoundError:
        return False


def update_generation(build_db: Path, gen: Path, durable: bool) -> bool:
    """Bring an unpublished generation up to date in place, unless a reader holds it (then False)."""
    if open_in_this_process(gen):
        return False  # fcntl locks do not conflict within one process: look for our own readers
    fd = os.open(gen, os.O_RDWR)
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        sync_file(build_db, fd)
        if durable:
            os.fsync(fd)
        fcntl.lockf(fd, fcntl.LOCK_UN)
        return True
    finally:
        os.close(fd)


def open_in_this_process(path: Path) -> bool:
    target = path.stat()
    fds = Path("/proc/self/fd")
    for fd in fds.iterdir() if fds.is_dir() else []:
        try:
            st = os.stat(fd)
        except OSError:
            continue
        if (st.st_ino, st.st_dev) == (target.st_ino, target.st_dev):
            return True
    return False


def link_over(gen: Path, final: Path) -> None:
    """news.duckdb becomes another name of the generation file, in one rename."""
    tmp = final.with_name(f".news.{uuid.uuid4().hex}.duckdb.tmp")
    try:
        os.link(gen, tmp)
        tmp.replace(final)
        store.fsync_dir(final.parent)
    finally:
        tmp.unlink(missing_ok=True)


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
    """Temp files left by a publisher that was killed (only the single writer calls this)."""
    n = 0
    for tmp in [
        *warehouse.glob(".news.*.duckdb.tmp"),
        *(warehouse / ".build" / "published").glob(".gen-*.tmp"),
    ]:
        tmp.unlink(missing_ok=True)
        n += 1
    return n
