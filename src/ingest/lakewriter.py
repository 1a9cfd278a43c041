"""Writing rows straight into the lake and committing them in the catalog, as one batch.

For tests, benchmarks and backfills that do not come from feeds: the rows go through the same
lake layout and catalog manifest (``lake_files`` with its ``seq``) as a pipeline batch, so a build
cannot tell them apart.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TypeAlias

import pyarrow as pa

from ingest import store
from ingest.catalog import Catalog
from ingest.clock import utc_now
from ingest.lakeschema import lake_schemas

Rows: TypeAlias = Sequence[Mapping[str, Any]] | pa.Table


def commit_rows(
    warehouse: Path, tables: Mapping[str, Rows], *, batch_id: str | None = None, now: datetime | None = None
) -> dict[str, tuple[str, int]]:
    """Write each table's rows as one Parquet file and commit them as one catalog batch; returns {table: (path, rows)}."""
    now = now or utc_now()
    batch_id = (
        batch_id or f"{now:%Y%m%dT%H%M%S%f}-{hashlib.sha1(repr(sorted(tables)).encode()).hexdigest()[:6]}"
    )
    data = {table: as_table(table, rows) for table, rows in tables.items()}
    data = {table: t for table, t in data.items() if t.num_rows}
    paths = {table: store.table_path(table, batch_id, now.date()) for table in data}
    with Catalog.open(warehouse) as cat:
        cat.begin_batch(batch_id, paths.values())
        files = {}
        for table, t in data.items():
            store.write_atomic(t, cat.lake / paths[table])
            files[table] = (paths[table], t.num_rows)
        cat.commit_batch(batch_id, now, [], {}, [], [], [], files, {"source": "lakewriter"})
    return files


def as_table(table: str, rows: Rows) -> pa.Table:
    schema = lake_schemas()[table]
    if isinstance(rows, pa.Table):
        return rows.select(schema.names).cast(schema)
    return pa.Table.from_pylist([dict(r) for r in rows], schema=schema)
