"""Saved queries (``sql/queries/*.sql``) and query output: table, CSV, JSON, JSONL or Parquet.

A saved query is one read-only statement with ``$name`` parameters, declared in its header::

    -- speaker_timeline: what one speaker said per day
    -- param speaker: the speaker's name, an alias or the speaker_id
    -- param days: how many days back (default: 30)

Parameter values arrive as text (``--param speaker="Kyrylo Budanov"``); the SQL casts them
(``$days::int``). Values are always passed as parameters, never formatted into the SQL.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

import duckdb
import pyarrow.parquet as pq

from ingest.config import IngestError
from ingest.report import write_rows
from ingest.sqlfiles import SavedQuery, load_queries
from ingest.tempfiles import temp_path_for
from ingest.warehouse import first_line, read_published

FORMATS = ("table", "csv", "json", "jsonl", "parquet")
BATCH_ROWS = 10_000  # rows fetched and written at a time: memory stays flat for any result size


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
    """Run the query and write its result as one Parquet file, batch by batch (atomically); returns
    the row count."""

    def write(con: duckdb.DuckDBPyConnection, out: Path) -> int:
        reader = con.sql(sql, params=params).to_arrow_reader(BATCH_ROWS)
        n = 0
        with pq.ParquetWriter(out, reader.schema, compression="zstd") as writer:
            for batch in reader:
                writer.write_batch(batch)
                n += batch.num_rows
        return n

    return write_output(output, lambda out: read_published(warehouse, sql, lambda con: write(con, out)))


def stream_rows(warehouse: Path, sql: str, params: dict[str, Any], fmt: str, out: TextIO) -> int:
    """Run the query and write its rows to ``out`` as they come, BATCH_ROWS at a time."""

    def write(con: duckdb.DuckDBPyConnection) -> int:
        cur = con.execute(sql, params)
        columns = [d[0] for d in cur.description or []]
        return write_rows(columns, iter(lambda: cur.fetchmany(BATCH_ROWS), []), fmt, out)

    return read_published(warehouse, sql, write)


def write_output(output: Path, write: Callable[[Path], int]) -> int:
    """``write`` into a temp file beside ``output``, then rename it over ``output``: a query that fails or
    is interrupted leaves ``output`` as it was, and no partial file behind."""
    if output.is_dir():
        raise IngestError(f"{output}: cannot write (it is a folder)")
    if not output.parent.is_dir():
        raise IngestError(f"{output}: cannot write (no folder {output.parent})")
    tmp = temp_path_for(output)
    try:
        n = write(tmp)
        tmp.replace(output)
    except OSError as exc:
        raise IngestError(
            f"{output}: cannot write ({(exc.strerror or first_line(exc)).replace(str(tmp), str(output))})"
        ) from None
    finally:
        tmp.unlink(missing_ok=True)
    return n


def execute(
    warehouse: Path,
    *,
    query: str | None = None,
    saved: str | None = None,
    params: Sequence[str] | None = None,
    fmt: str = "table",
    output: Path | None = None,
    out: TextIO | None = None,
) -> str | None:
    """What `ingest sql` does: run an ad-hoc or saved query, streaming its rows to ``output`` (a file)
    or ``out`` (`ingest sql` passes standard output); returns the line to print after writing a file,
    or, given neither, the rows' text."""
    given = parse_params(params)
    if saved:
        found = find_query(saved)
        sql, args = found.sql, bind_params(found, given)
    elif query:
        sql, args = query, given
    else:
        raise IngestError("give a QUERY, --saved NAME or --list-saved")
    check_text("the query", sql)
    for key, value in args.items():
        check_text(f"--param {key}", value)
    if fmt == "parquet":
        if output is None:
            raise IngestError("--format parquet needs --output FILE")
        n = write_parquet(warehouse, sql, args, output)
    elif output is None:
        if out is not None:
            stream_rows(warehouse, sql, args, fmt, out)
            return None
        buf = io.StringIO()  # a caller in Python: the text, as `ingest sql` prints it
        stream_rows(warehouse, sql, args, fmt, buf)
        return buf.getvalue().removesuffix("\n")
    else:

        def write_text(path: Path) -> int:
            with path.open("w", encoding="utf-8", newline="") as fh:
                return stream_rows(warehouse, sql, args, fmt, fh)

        n = write_output(output, write_text)
    return f"wrote {n} row{'s' if n != 1 else ''} to {output}"


def check_text(what: str, text: str) -> None:
    """Refuse text that holds bytes that were not UTF-8 (Python keeps them as lone surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = text[exc.start : exc.end].encode("utf-8", "surrogateescape")
        raise IngestError(
            f"{what} is not UTF-8 text (bytes {bad!r} at character {exc.start}); "
            "set a UTF-8 locale or convert the text"
        ) from None
