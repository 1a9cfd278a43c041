"""The Parquet lake: one schema per table, immutable files written atomically (temp file + rename).

Layout: ``<lake>/<table>/ingest_date=YYYY-MM-DD/<batch_id>.parquet``. Which files are committed
is recorded by the catalog, not inferred from the folder: a file that is not in the catalog is an
orphan of an interrupted run and is removed on the next start.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ingest.arrowrows import Columns, build_table
from ingest.lakepath import LakePath, is_remote
from ingest.tempfiles import temp_path_for

TS = pa.timestamp("us", tz="UTC")

SCHEMAS: dict[str, pa.Schema] = {
    "article_revisions": pa.schema(
        [
            ("article_id", pa.string()),
            ("revision", pa.int32()),
            ("feed", pa.string()),
            ("outlet", pa.string()),
            ("url", pa.string()),
            ("canonical_url", pa.string()),
            ("guid", pa.string()),
            ("title", pa.string()),
            ("text", pa.string()),
            ("published_at", TS),
            ("first_seen_at", TS),
            ("seen_at", TS),
            ("language", pa.string()),
            ("content_hash", pa.string()),
            ("date_trusted", pa.bool_()),
            ("story_id", pa.string()),
            ("text_source", pa.string()),
        ]
    ),
    "article_sightings": pa.schema(
        [("article_id", pa.string()), ("feed", pa.string()), ("url", pa.string()), ("seen_at", TS)]
    ),
    "statements": pa.schema(
        [
            ("statement_id", pa.string()),
            ("article_id", pa.string()),
            ("revision", pa.int32()),
            ("speaker", pa.string()),
            ("speaker_id", pa.string()),
            ("speaker_type", pa.string()),
            ("quote", pa.string()),
            ("kind", pa.string()),
            ("cue", pa.string()),
            ("start", pa.int32()),
            ("end", pa.int32()),
            ("confidence", pa.float32()),
            ("extractor_version", pa.string()),
            ("language", pa.string()),
            ("published_at", TS),
            ("outlet", pa.string()),
            ("feed", pa.string()),
            ("batch_id", pa.string()),
        ]
    ),
    "extractions": pa.schema(
        [
            ("article_id", pa.string()),
            ("revision", pa.int32()),
            ("batch_id", pa.string()),
            ("extractor_version", pa.string()),
            ("extracted_at", TS),
            ("n_statements", pa.int32()),
        ]
    ),
    "claims": pa.schema(
        [
            ("claim_id", pa.string()),
            ("statement_id", pa.string()),
            ("article_id", pa.string()),
            ("revision", pa.int32()),
            ("value", pa.float64()),
            ("unit", pa.string()),
            ("qualifier", pa.string()),
            ("text", pa.string()),
            ("batch_id", pa.string()),
        ]
    ),
    "fetches": pa.schema(
        [
            ("fetch_id", pa.string()),
            ("feed", pa.string()),
            ("url", pa.string()),
            ("final_url", pa.string()),
            ("fetched_at", TS),
            ("status", pa.string()),
            ("http_status", pa.int32()),
            ("bytes", pa.int64()),
            ("duration_ms", pa.int64()),
            ("items", pa.int32()),
            ("new_articles", pa.int32()),
            ("error", pa.string()),
            ("body_sha256", pa.string()),
        ]
    ),
    "article_fetches": pa.schema(
        [
            ("fetch_id", pa.string()),
            ("article_id", pa.string()),
            ("feed", pa.string()),
            ("url", pa.string()),
            ("final_url", pa.string()),
            ("fetched_at", TS),
            ("status", pa.string()),
            ("http_status", pa.int32()),
            ("bytes", pa.int64()),
            ("duration_ms", pa.int64()),
            ("error", pa.string()),
            ("body_sha256", pa.string()),
            ("kind", pa.string()),
            ("text_chars", pa.int32()),
            ("feed_chars", pa.int32()),
            ("adopted", pa.bool_()),
        ]
    ),
    "feed_state": pa.schema(
        [
            ("feed", pa.string()),
            ("url", pa.string()),
            ("original_url", pa.string()),
            ("outlet", pa.string()),
            ("state", pa.string()),
            ("consecutive_failures", pa.int32()),
            ("last_status", pa.string()),
            ("last_http_status", pa.int32()),
            ("last_error", pa.string()),
            ("last_fetch_at", TS),
            ("last_success_at", TS),
            ("next_fetch_at", TS),
        ]
    ),
}


def table_path(table: str, batch_id: str, day: date) -> str:
    """The lake-relative path of one batch's file of one table."""
    return f"{table}/ingest_date={day.isoformat()}/{batch_id}.parquet"


def write_rows(lake: LakePath, rel_path: str, table: str, rows: Iterable[Mapping[str, Any]] | Columns) -> int:
    """Write rows (or columns) as one Parquet file atomically; returns the row count (no file for zero rows)."""
    data = build_table(
        rows if isinstance(rows, Columns) else list(rows), SCHEMAS[table]
    )  # as pa.Table.from_pylist, without importing pandas
    if data.num_rows == 0:
        return 0
    write_atomic(data, lake / rel_path)
    return data.num_rows


def write_atomic(data: pa.Table, path: LakePath) -> None:
    """Temp file, fsync, rename, fsync of the folder; on an object store (no rename) one PUT, which
    readers see whole or not at all."""
    if is_remote(path):
        with path.open("wb") as fh:
            pq.write_table(data, fh, compression="zstd", row_group_size=64_000)
        return
    assert isinstance(path, Path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path_for(path)  # named after its writer: a killed writer's file is known as an orphan
    try:
        pq.write_table(data, tmp, compression="zstd", row_group_size=64_000)
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def ensure_empty_files(lake: LakePath) -> dict[str, str]:
    """A zero-row file per table (``_empty/<table>.parquet``), so queries over no files still have a schema."""
    out = {}
    for table, schema in SCHEMAS.items():
        rel = f"_empty/{table}.parquet"
        if not (lake / rel).exists():
            write_atomic(build_table([], schema), lake / rel)  # schema.empty_table() imports pandas
        out[table] = rel
    return out


def remove_files(lake: LakePath, rel_paths: Iterable[str]) -> None:
    for rel in rel_paths:
        (lake / rel).unlink(missing_ok=True)


def remove_temp_files(lake: LakePath) -> int:
    """Delete temp files left by a killed writer (an object store has none)."""
    n = 0
    if not is_remote(lake) and lake.is_dir():
        for tmp in lake.rglob(".*.tmp"):
            tmp.unlink(missing_ok=True)
            n += 1
    return n
