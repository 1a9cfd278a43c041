"""Saved queries (``sql/queries/*.sql``) and query output: table, CSV, JSON, JSONL or Parquet.

A saved query is one read-only statement with ``$name`` parameters, declared in its header::

    -- speaker_timeline: what one speaker said per day
    -- param speaker: the speaker's name, an alias or the speaker_id
    -- param days: how many days back (default: 30)

Parameter values arrive as text (``--param speaker="Kyrylo Budanov"``); the SQL casts them
(``$days::int``). Values are always passed as parameters, never formatted into the SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from ingest.config import IngestError
from ingest.report import render_rows
from ingest.sqlfiles import SavedQuery, load_queries
from ingest.tempfiles import temp_path_for
from ingest.warehouse import query_warehouse, read_published

FORMATS = ("table", "csv", "json", "jsonl", "parquet")


def parse_params(pairs: Sequence[str] | None) -> dict[str, str]:
    """``KEY=VALUE`` strings → dict (the value may contain '=')."""
    out: dict[str, str] = {}
    for pair in pairs or ():
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not key.isidentifier():
            raise IngestError(f"--param {pair!r}: expected KEY=VALUE")
        out[key] = value
    return out


def find_query(name: str) -> SavedQuery:
    queries = load_queries()
    if name not in queries:
        known = ", ".join(sorted(queries)) or "none"
        raise IngestError(f"no saved query {name!r} (saved queries: {known}; see --list-saved)")
    return queries[name]


def bind_params(query: SavedQuery, given: dict[str, str]) -> dict[str, str]:
    unknown = sorted(set(given) - set(query.params))
    if unknown:
        raise IngestError(
            f"saved query {query.name} has no parameter {', '.join(unknown)} (it takes: {', '.join(query.params) or 'none'})"
        )
    values = {**query.defaults, **given}
    missing = [p for p in query.params if p not in values]
    if missing:
        raise IngestError(
            f"saved query {query.name} needs --param {' --param '.join(f'{p}=…' for p in missing)}"
        )
    return {p: values[p] for p in query.params}


def list_saved() -> tuple[list[str], list[tuple[Any, ...]]]:
    rows = []
    for q in load_queries().values():
        params = ", ".join(f"{p}={q.defaults[p]}" if p in q.defaults else p for p in q.params)
        rows.append((q.name, params, q.description))
    return ["name", "params", "description"], rows


def write_parquet(warehouse: Path, sql: str, params: dict[str, Any], output: Path) -> int:
    """Run the query and write its result as one Parquet file (atomically); returns the row count."""
    data = read_published(warehouse, sql, lambda con: con.sql(sql, params=params).to_arrow_table())
    tmp = temp_path_for(output)
    try:
        pq.write_table(data, tmp, compression="zstd")
        tmp.replace(output)
    except OSError as exc:
        raise IngestError(f"{output}: cannot write ({exc.strerror})") from None
    finally:
        tmp.unlink(missing_ok=True)
    return int(data.num_rows)


def execute(
    warehouse: Path,
    *,
    query: str | None = None,
    saved: str | None = None,
    params: Sequence[str] | None = None,
    fmt: str = "table",
    output: Path | None = None,
) -> str:
    """What `ingest sql` does: run an ad-hoc or saved query; returns the text to print (if any)."""
    given = parse_params(params)
    if saved:
        found = find_query(saved)
        sql, args = found.sql, bind_params(found, given)
    elif query:
        sql, args = query, given
    else:
        raise IngestError("give a QUERY, --saved NAME or --list-saved")
    if fmt == "parquet":
        if output is None:
            raise IngestError("--format parquet needs --output FILE")
        n = write_parquet(warehouse, sql, args, output)
        return f"wrote {n} row{'s' if n != 1 else ''} to {output}"
    columns, rows = query_warehouse(warehouse, sql, args)
    text = render_rows(columns, rows, fmt)
    if output is None:
        return text
    try:
        output.write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        raise IngestError(f"{output}: cannot write ({exc.strerror})") from None
    return f"wrote {len(rows)} row{'s' if len(rows) != 1 else ''} to {output}"
