"""One writer of a warehouse's catalog and lake at a time, across processes.

Every catalog opened for writing (`ingest.catalog.Catalog`) holds an exclusive ``flock`` on
``<warehouse>/.writer.lock`` until it is closed. A second ``ingest run`` (a cron job that overlaps
the last one, a manual run beside the Airflow DAG) waits there instead of reading the inbox the
first is processing (both committed the same fetches, so the lake held every row twice) or running
the catalog's recovery, which deletes the files of the batch the first one is writing. The lock
dies with its process, also under ``kill -9``, so a killed run never blocks the next.

The lock is re-entrant inside one process (a step that opens the catalog twice, nested), since
``flock`` locks taken through two descriptors of one file conflict even in one process.

The holder writes its pid, host, start time and command line into the lock file, so that a waiting run can
say whom it waits for (one line on stderr when the wait begins). A writer that hangs or was stopped
(``SIGSTOP``) cannot be told from a slow one, so the wait is bounded: after ``INGEST_WRITER_WAIT`` seconds
(default 3600; 0: do not wait) the run stops with one line naming the holder; what it fetched stays in the
inbox for the next run.
"""

from __future__ import annotations

import fcntl
import itertools
import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from ingest.config import IngestError, env_writer_wait

LOCK_NAME = ".writer.lock"
_POLL_S = (
    0.02,
    0.05,
    0.1,
    0.2,
    0.5,
    1.0,
)  # growing pauses between tries while another process holds the lock

_GUARD = threading.Lock()
_HELD: dict[str, tuple[int, int]] = {}  # lock path -> (descriptor, depth)


def lock_path(warehouse: Path) -> Path:
    return Path(warehouse) / LOCK_NAME


def acquire_writer(warehouse: Path, wait_s: float | None = None) -> str:
    """Take the warehouse's writer lock, waiting up to ``wait_s`` seconds (default: ``INGEST_WRITER_WAIT``) for
    another process that holds it; returns its key. Waited out: an IngestError naming the holder."""
    path = lock_path(warehouse)
    key = os.path.abspath(path)
    with _GUARD:
        if key in _HELD:
            fd, depth = _HELD[key]
            _HELD[key] = (fd, depth + 1)
            return key
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        raise IngestError(f"{path}: cannot open the warehouse's writer lock ({exc.strerror})") from None
    try:
        wait_for_lock(fd, path, env_writer_wait() if wait_s is None else wait_s)
        write_holder(fd)
    except BaseException:
        os.close(fd)
        raise
    with _GUARD:
        _HELD[key] = (fd, 1)
    return key


def wait_for_lock(fd: int, path: Path, wait_s: float) -> None:
    deadline = time.monotonic() + wait_s
    for attempt in itertools.count():
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        left = deadline - time.monotonic()
        if left <= 0:
            raise IngestError(
                f"{path.parent}: another writer holds the warehouse ({describe_holder(fd)}); gave up after "
                f"{wait_s:g} s (INGEST_WRITER_WAIT); what was fetched waits in the inbox for the next run"
            )
        if attempt == 0:
            print(
                f"waiting for the writer of {path.parent} ({describe_holder(fd)})",
                file=sys.stderr,
                flush=True,
            )
        time.sleep(min(_POLL_S[min(attempt, len(_POLL_S) - 1)], left))


def write_holder(fd: int) -> None:
    """Who holds the lock, for a waiting run's message (best effort: the lock itself is the flock)."""
    started = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    command = " ".join(os.path.basename(a) if i == 0 else a for i, a in enumerate(sys.argv[:3]))
    text = f"pid {os.getpid()} on {socket.gethostname()} since {started}: {command}"[:300] + "\n"
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, text.encode("utf-8", "replace"), 0)
    except OSError:
        pass


def describe_holder(fd: int) -> str:
    try:
        text = os.pread(fd, 400, 0).decode("utf-8", "replace").strip()
    except OSError:
        text = ""
    if not text:
        return "holder unknown"
    state = process_state(text)
    return text + (f"; that process is {state}" if state else "")


def process_state(holder: str) -> str:
    """'stopped' or 'gone' when the holder named by ``holder`` runs on this host and /proc says so."""
    parts = holder.split()
    if len(parts) < 4 or parts[0] != "pid" or parts[3] != socket.gethostname() or not parts[1].isdigit():
        return ""
    try:
        stat = Path(f"/proc/{parts[1]}/stat").read_text()
    except FileNotFoundError:
        return "gone"
    except OSError:
        return ""
    return "stopped (SIGSTOP)" if stat[stat.rfind(")") + 2 :][:1] in ("T", "t") else ""


def release_writer(key: str) -> None:
    with _GUARD:
        fd, depth = _HELD[key]
        if depth > 1:
            _HELD[key] = (fd, depth - 1)
            return
        del _HELD[key]
    fcntl.flock(fd, fcntl.LOCK_UN)
    os.close(fd)


@contextmanager
def writer_lock(warehouse: Path) -> Iterator[None]:
    """Hold the warehouse's writer lock for the block (re-entrant in one process)."""
    key = acquire_writer(warehouse)
    try:
        yield
    finally:
        release_writer(key)
