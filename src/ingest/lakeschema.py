"""The lake tables and columns the warehouse SQL reads, and the empty files that give them a schema.

``store.SCHEMAS`` is the writer's truth. The warehouse also relies on the extraction log
(``extractions``: which extraction of a revision is the newest) and on the ``batch_id`` of
statement and claim rows; lakes written before those existed lack them, so they are added here
when missing. ``read_parquet(..., union_by_name = true)`` over a list that starts with the empty
file of the full schema then always has every column (NULL in older files).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pyarrow as pa

from ingest import store
from ingest.arrowrows import build_table
from ingest.tempfiles import remove_orphan_temp_files

EXTRA_TABLES: dict[str, pa.Schema] = {
    "extractions": pa.schema(
        [
            ("article_id", pa.string()),
            ("revision", pa.int32()),
            ("batch_id", pa.string()),
            ("extractor_version", pa.string()),
            ("extracted_at", store.TS),
            ("n_statements", pa.int32()),
        ]
    ),
}
EXTRA_COLUMNS: dict[str, list[pa.Field]] = {
    "statements": [pa.field("batch_id", pa.string())],
    "claims": [pa.field("batch_id", pa.string())],
}


def lake_schemas() -> dict[str, pa.Schema]:
    """Every lake table the warehouse reads, with every column it reads."""
    out = {**EXTRA_TABLES, **store.SCHEMAS}
    for table, extra in EXTRA_COLUMNS.items():
        schema = out[table]
        for f in extra:
            if schema.get_field_index(f.name) < 0:
                schema = schema.append(f)
        out[table] = schema
    return out


def empty_files(folder: Path) -> dict[str, Path]:
    """A zero-row Parquet file per table with its full schema (named by schema, written once)."""
    out = {}
    remove_orphan_temp_files(folder)  # a build killed while writing one of them
    for table, schema in lake_schemas().items():
        fingerprint = ";".join(f"{f.name}:{f.type}" for f in schema)
        digest = hashlib.sha1(fingerprint.encode()).hexdigest()[:10]
        path = folder / f"{table}-{digest}.parquet"
        if not path.exists():
            store.write_atomic(build_table([], schema), path)  # schema.empty_table() imports pandas
        out[table] = path
    return out
