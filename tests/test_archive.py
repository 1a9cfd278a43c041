"""archive: content-addressed, compressed, atomic, idempotent."""

from __future__ import annotations

import gzip
import hashlib
import os
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ingest import archive
from ingest.archive import (
    MAX_SIGHTINGS,
    ArchiveError,
    archive_result,
    body_path,
    get_body,
    get_meta,
    has_body,
    iter_bodies,
    put_body,
)
from ingest.models import FetchResult

BODY = b"<rss>" + b"x" * 5000 + b"</rss>"
SHA = hashlib.sha256(BODY).hexdigest()


def files_under(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_put_get_roundtrip_and_layout(tmp_path: Path) -> None:
    meta = {"feed": "bbc", "url": "https://e/rss", "fetched_at": "2025-01-01T00:00:00+00:00"}
    assert put_body(tmp_path, BODY, meta) == SHA
    path = tmp_path / SHA[:2] / SHA[2:4] / f"{SHA}.gz"
    assert path == body_path(tmp_path, SHA) and path.is_file()
    assert gzip.decompress(path.read_bytes()) == BODY and path.stat().st_size < len(BODY) / 10
    assert has_body(tmp_path, SHA) and get_body(tmp_path, SHA) == BODY
    data = get_meta(tmp_path, SHA)
    assert data["sha256"] == SHA and data["bytes"] == len(BODY) and data["sightings"] == [meta]
    assert list(iter_bodies(tmp_path)) == [SHA]
    assert not [p for p in tmp_path.rglob("*.tmp")]  # no temp file left behind


def test_same_body_twice_is_idempotent(tmp_path: Path) -> None:
    meta = {"feed": "bbc", "fetched_at": "t1"}
    put_body(tmp_path, BODY, meta)
    before = files_under(tmp_path)
    mtime = body_path(tmp_path, SHA).stat().st_mtime_ns
    put_body(tmp_path, BODY, dict(meta))  # identical sighting: nothing changes at all
    assert files_under(tmp_path) == before
    put_body(tmp_path, BODY, {"feed": "dw", "fetched_at": "t2"})  # new sighting: only the sidecar
    assert body_path(tmp_path, SHA).stat().st_mtime_ns == mtime
    assert [s["feed"] for s in get_meta(tmp_path, SHA)["sightings"]] == ["bbc", "dw"]


def test_sightings_are_capped_keeping_first_and_latest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert MAX_SIGHTINGS >= 100
    monkeypatch.setattr(archive, "MAX_SIGHTINGS", 10)
    for i in range(30):
        put_body(tmp_path, BODY, {"n": i})
    got = [s["n"] for s in get_meta(tmp_path, SHA)["sightings"]]
    assert got == [0, *range(21, 30)]


def test_meta_values_become_json(tmp_path: Path) -> None:
    when = datetime(2025, 1, 2, 3, 4, tzinfo=UTC)
    put_body(tmp_path, b"b", {"fetched_at": when, "path": tmp_path})
    [s] = get_meta(tmp_path, hashlib.sha256(b"b").hexdigest())["sightings"]
    assert s == {"fetched_at": str(when), "path": str(tmp_path)}


def test_archive_result(tmp_path: Path) -> None:
    now = datetime(2025, 1, 1, tzinfo=UTC)
    ok = FetchResult(
        "bbc", "https://e/rss", now, "ok", 200, "https://e/rss2", BODY, {"content-type": "text/xml"}
    )
    assert archive_result(tmp_path, ok) == SHA
    [s] = get_meta(tmp_path, SHA)["sightings"]
    assert s == {
        "feed": "bbc",
        "url": "https://e/rss",
        "final_url": "https://e/rss2",
        "fetched_at": "2025-01-01T00:00:00+00:00",
        "http_status": 200,
        "headers": {"content-type": "text/xml"},
    }
    assert archive_result(tmp_path, FetchResult("bbc", "u", now, "not_modified")) is None


def test_empty_body_and_many_bodies(tmp_path: Path) -> None:
    bodies = [b"", *(f"body {i}".encode() for i in range(50))]
    shas = [put_body(tmp_path, b, {"i": i}) for i, b in enumerate(bodies)]
    assert sorted(shas) == list(iter_bodies(tmp_path))
    assert all(get_body(tmp_path, s) == b for s, b in zip(shas, bodies, strict=True))


def test_concurrent_writers_lose_no_sighting(tmp_path: Path) -> None:
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda i: put_body(tmp_path, BODY, {"i": i}), range(64)))
    assert sorted(s["i"] for s in get_meta(tmp_path, SHA)["sightings"]) == list(range(64))
    assert get_body(tmp_path, SHA) == BODY


def test_errors(tmp_path: Path) -> None:
    assert not has_body(tmp_path, SHA)
    with pytest.raises(ArchiveError, match="not in the archive"):
        get_body(tmp_path, SHA)
    with pytest.raises(ArchiveError, match="not a sha256"):
        get_body(tmp_path, "../../etc/passwd")
    assert not has_body(tmp_path, "../x")
    put_body(tmp_path, BODY, {})
    path = body_path(tmp_path, SHA)
    path.write_bytes(gzip.compress(b"tampered"))
    with pytest.raises(ArchiveError, match="does not match"):
        get_body(tmp_path, SHA)
    path.write_bytes(b"not gzip")
    with pytest.raises(ArchiveError, match="unreadable"):
        get_body(tmp_path, SHA)
    assert get_meta(tmp_path, "0" * 64) == {"sha256": "0" * 64, "sightings": []}


def test_interrupted_write_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        put_body(tmp_path, BODY, {})
    monkeypatch.undo()
    assert not has_body(tmp_path, SHA)
    assert not [p for p in tmp_path.rglob("*") if p.is_file() and p.name != ".lock"]
    put_body(tmp_path, BODY, {})  # and a retry works
    assert get_body(tmp_path, SHA) == BODY
