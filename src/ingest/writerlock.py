"""One writer of a warehouse's catalog and lake at a time, across processes.

Every catalog opened for writing (`ingest.catalog.Catalog`) holds an exclusive ``flock`` on
``<warehouse>/.writer.lock`` until it is closed. A second ``ingest run`` (a cron job that overlaps
the last one, a manual run beside the Airflow DAG) waits there instead of reading the inbox the
first is processing (both committed the same fetches, so the lake held every row twice) or running
the catalog's recovery, which deletes the files of the batch the first one is writing. The lock
dies with its process, also under ``kill -9``, so a killed run never blocks the next.

The lock is re-entrant inside one process (a step that opens the catalog twice, nested), since
``flock`` locks taken through two descriptors of one file conflict even in one process.
"""

from __future__ import annotations

import fcntl
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ingest.config import IngestError

LOCK_NAME = ".writer.lock"

_GUARD = threading.Lock()
_HELD: dict[str, tuple[int, int]] = {}  # lock path -> (descriptor, depth)


def lock_path(warehouse: Path) -> Path:
    return Path(warehouse) / LOCK_NAME


def acquire_writer(warehouse: Path) -> str:
    """Take the warehouse's writer lock (waiting for another process that holds it); returns its key."""
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
        fcntl.flock(fd, fcntl.LOCK_EX)
    except BaseException:
        os.close(fd)
        raise
    with _GUARD:
        _HELD[key] = (fd, 1)
    return key


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
