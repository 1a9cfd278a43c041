"""Raw archive: every fetched body stored once, content-addressed and gzip-compressed.

Layout under ``root``::

    ab/cd/<sha256>.gz      the body, gzip (mtime 0, so the same body gives the same file)
    ab/cd/<sha256>.json    sidecar: {"sha256", "bytes", "first_stored_at", "sightings": [...]}

``ab``/``cd`` are the first two byte pairs of the hex digest. Each *sighting* is the ``meta`` dict
given to :func:`put_body` (for a fetch: feed, url, final_url, fetched_at, http_status, headers; see
:func:`meta_for_result`), so ``ingest reprocess`` can find, for every stored body, which feed it
came from, when, and its Content-Type. Identical sightings are stored once; at most
:data:`MAX_SIGHTINGS` are kept (the first one and the latest ones).

Every file is written to a temporary name in ``root/.incoming/`` (the same file system) and moved
into place with ``os.replace``, so readers never see a partial file; a writer killed in between
leaves its temp file there, where :func:`remove_orphans` finds it without walking the archive. The sidecar update (read, add, replace) holds
an exclusive ``flock`` on ``root/.lock`` so that concurrent writers, threads or processes, do not
lose sightings. Writing a body that is already stored writes nothing but its sighting.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ingest.clock import utc_now
from ingest.config import IngestError
from ingest.models import FetchResult
from ingest.tempfiles import remove_orphan_temp_files, write_atomic
from ingest.urls import redact_credentials

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]

SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
MAX_SIGHTINGS = 500
STAGING = ".incoming"  # temp files of writes in progress
_THREAD_LOCK = threading.Lock()


class ArchiveError(IngestError, OSError):
    """A missing or corrupt archive file (an OSError too, so I/O error handlers catch it)."""


def body_path(root: Path, sha256: str) -> Path:
    """Where a body with this digest lives (the digest is validated: no path tricks)."""
    if not SHA256_RE.match(sha256):
        raise ArchiveError(f"not a sha256 hex digest: {sha256!r}")
    return Path(root) / sha256[:2] / sha256[2:4] / f"{sha256}.gz"


def meta_path(root: Path, sha256: str) -> Path:
    return body_path(root, sha256).with_suffix(".json")


def has_body(root: Path, sha256: str) -> bool:
    try:
        return body_path(root, sha256).is_file()
    except ArchiveError:
        return False


def put_body(root: Path, body: bytes, meta: dict[str, Any]) -> str:
    """Store ``body`` once and record ``meta`` as one sighting of it; returns its sha256 hex."""
    sha256 = hashlib.sha256(body).hexdigest()
    path = body_path(root, sha256)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.is_file():
        write_atomic(path, gzip.compress(body, compresslevel=6, mtime=0), root / STAGING)
    add_sighting(root, sha256, len(body), meta)
    return sha256


def get_body(root: Path, sha256: str) -> bytes:
    """The stored body, checked against its digest."""
    path = body_path(root, sha256)
    try:
        data = gzip.decompress(path.read_bytes())
    except FileNotFoundError:
        raise ArchiveError(f"{sha256}: not in the archive at {root}") from None
    except (OSError, EOFError, ValueError) as exc:
        raise ArchiveError(f"{path}: unreadable archive file ({exc})") from None
    if hashlib.sha256(data).hexdigest() != sha256:
        raise ArchiveError(f"{path}: content does not match its sha256 (corrupt archive file)")
    return data


def get_meta(root: Path, sha256: str) -> dict[str, Any]:
    """The sidecar of a stored body (empty sightings when it has none)."""
    path = meta_path(root, sha256)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"sha256": sha256, "sightings": []}
    except (OSError, ValueError) as exc:
        raise ArchiveError(f"{path}: unreadable sidecar ({exc})") from None
    return data if isinstance(data, dict) else {"sha256": sha256, "sightings": []}


def iter_bodies(root: Path) -> Iterator[str]:
    """Every stored digest, in sorted order."""
    root = Path(root)
    if not root.is_dir():
        return
    for path in sorted(root.glob("??/??/*.gz")):
        if SHA256_RE.match(path.stem):
            yield path.stem


def meta_for_result(result: FetchResult) -> dict[str, Any]:
    """The sighting recorded for a fetched body."""
    return {
        "feed": result.feed,
        "url": redact_credentials(result.url),
        "final_url": redact_credentials(result.final_url),
        "fetched_at": result.fetched_at.isoformat(),
        "http_status": result.http_status,
        "headers": dict(result.headers),
    }


def archive_result(root: Path, result: FetchResult) -> str | None:
    """Store the body of an ``ok`` result; returns its sha256 (None when there is no body)."""
    if not result.has_body or result.body is None:
        return None
    return put_body(root, result.body, meta_for_result(result))


def add_sighting(root: Path, sha256: str, size: int, meta: dict[str, Any]) -> None:
    sighting = json.loads(json.dumps(meta, default=str, sort_keys=True))  # normalise to JSON types
    path = meta_path(root, sha256)
    with locked(Path(root)):
        data = get_meta(root, sha256)
        sightings = data.get("sightings")
        if not isinstance(sightings, list):
            sightings = []
        if sighting in sightings:
            return
        sightings.append(sighting)
        if len(sightings) > MAX_SIGHTINGS:
            sightings = [sightings[0], *sightings[-(MAX_SIGHTINGS - 1) :]]
        data.update(
            sha256=sha256,
            bytes=size,
            first_stored_at=data.get("first_stored_at") or utc_now().isoformat(),
            sightings=sightings,
        )
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)
        write_atomic(path, text.encode("utf-8"), root / STAGING)


def remove_orphans(root: Path) -> int:
    """Delete the temp files of writers that were killed (see ingest.tempfiles)."""
    return remove_orphan_temp_files(root / STAGING)


@contextmanager
def locked(root: Path) -> Iterator[None]:
    """Exclusive lock over sidecar updates: a thread lock plus ``flock`` on ``root/.lock``."""
    root.mkdir(parents=True, exist_ok=True)
    with _THREAD_LOCK, (root / ".lock").open("a") as fh:
        if fcntl is not None:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
