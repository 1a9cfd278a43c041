"""The inbox: one small JSON record per fetch attempt, waiting to be processed.

A fetch writes its body into the raw archive and its record here (atomically); processing reads
every record, commits what it found, then deletes the records. Records of attempts already
committed (the catalog knows their fetch ids) are skipped, so a crash between commit and delete
doubles nothing.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, fields
from datetime import datetime
from pathlib import Path
from typing import Any

from ingest import archive
from ingest.models import FetchResult
from ingest.tempfiles import remove_orphan_temp_files, write_atomic

INBOX = "inbox"


def put_inbox(warehouse: Path, result: FetchResult) -> Path:
    """Archive the body (content-addressed) and write the attempt's record into the inbox."""
    record = {k: v for k, v in asdict(result).items() if k != "body"}
    sha256 = archive.archive_result(warehouse / "raw", result)
    if sha256:
        record["body_sha256"] = sha256
    for key, value in record.items():
        if isinstance(value, datetime):
            record[key] = value.isoformat()
    fetch_id = make_fetch_id(result)
    record["fetch_id"] = fetch_id
    path = warehouse / INBOX / f"{result.fetched_at:%Y%m%dT%H%M%S%f}-{fetch_id}.json"
    write_json_atomic(path, record)
    return path


def make_fetch_id(result: FetchResult) -> str:
    basis = f"{result.feed}\n{result.url}\n{result.fetched_at.isoformat()}"
    return hashlib.sha1(basis.encode()).hexdigest()[:20]


def write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8"))


def remove_orphans(warehouse: Path) -> int:
    """Delete the temp files of inbox and archive writers that were killed (see ingest.tempfiles)."""
    return remove_orphan_temp_files(warehouse / INBOX) + archive.remove_orphans(warehouse / "raw")


DAMAGED = "damaged"


def read_inbox(warehouse: Path, damaged: list[str] | None = None) -> list[tuple[Path, FetchResult, str]]:
    """The fetch records waiting to be processed. A record that cannot be read (cut short, overwritten, not
    a record) is moved to ``inbox/damaged/`` and named in ``damaged``: it never stops the others."""
    folder = warehouse / INBOX
    out = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            fetch_id = data.pop("fetch_id")
            out.append((path, decode_result(data), str(fetch_id)))
        except FileNotFoundError:
            continue
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            (folder / DAMAGED).mkdir(exist_ok=True)
            path.replace(folder / DAMAGED / path.name)
            reason = " ".join(str(exc).split())[:120] or type(exc).__name__
            if damaged is not None:
                damaged.append(f"inbox record {path.name} unreadable ({reason}): moved to {INBOX}/{DAMAGED}/")
    return out


def decode_result(data: dict[str, Any]) -> FetchResult:
    known = {f.name for f in fields(FetchResult)}
    for key in ("fetched_at", "retry_after"):
        if data.get(key):
            data[key] = datetime.fromisoformat(data[key])
    return FetchResult(**{k: v for k, v in data.items() if k in known})
