"""Atomic writes (temp file, fsync, rename) with temp files named after their writer, and the removal of
those a killed writer left.

A temp file is ``.<final name>.<host>-<pid>.<random>.tmp``. A writer killed between creating it and
renaming it into place leaves it behind; :func:`remove_orphan_temp_files` deletes the temp files of
writers on this host that are no longer running, and any temp file older than ``max_age_s`` (a
writer on another host sharing the folder, or a name without an owner). A live writer's file is
never touched, so fetchers may keep writing while a run sweeps.
"""

from __future__ import annotations

import os
import re
import socket
import time
import uuid
from pathlib import Path

HOST = re.sub(r"[^A-Za-z0-9_]", "_", socket.gethostname())[:40] or "host"
TEMP_GLOB = ".*.tmp"
_OWNER_RE = re.compile(r"\.(?P<host>[A-Za-z0-9_]+)-(?P<pid>\d+)\.[0-9a-f]{32}\.tmp$")
MAX_AGE_S = 3600.0


def temp_path_for(path: Path, folder: Path | None = None) -> Path:
    """A fresh temp file name for ``path``, beside it or in ``folder`` (same file system)."""
    return (folder or path.parent) / f".{path.name}.{HOST}-{os.getpid()}.{uuid.uuid4().hex}.tmp"


def is_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def is_orphan(path: Path, now: float, max_age_s: float = MAX_AGE_S) -> bool:
    """Whether ``path`` is a temp file no running writer will rename."""
    m = _OWNER_RE.search(path.name)
    if m is not None and m["host"] == HOST and int(m["pid"]) != os.getpid():
        return not is_running(int(m["pid"]))
    try:
        return now - path.stat().st_mtime > max_age_s
    except FileNotFoundError:  # renamed into place meanwhile
        return False


def remove_orphan_temp_files(folder: Path, max_age_s: float = MAX_AGE_S) -> int:
    """Delete the orphaned temp files directly in ``folder``; returns how many."""
    if not folder.is_dir():
        return 0
    now, n = time.time(), 0
    for tmp in folder.glob(TEMP_GLOB):
        if is_orphan(tmp, now, max_age_s):
            tmp.unlink(missing_ok=True)
            n += 1
    return n


def write_atomic(path: Path, data: bytes, staging: Path | None = None) -> None:
    """Write to a temporary file beside ``path`` (or in ``staging``), fsync, then ``os.replace`` it
    into place."""
    if staging is not None:
        staging.mkdir(parents=True, exist_ok=True)
    tmp = temp_path_for(path, staging)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(path)  # os.replace: atomic on POSIX
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
