"""Rendering rows for the terminal: aligned tables, CSV, JSON."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TextIO

MAX_CELL = 80


TABLE_WIDTH_ROWS = 1000  # a streamed table takes its column widths from this many first rows


def render_rows(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str = "table") -> str:
    buf = io.StringIO()
    write_rows(columns, [rows], fmt, buf)
    text = buf.getvalue()
    return text[:-1] if text.endswith("\n") else text


def write_rows(
    columns: Sequence[str], batches: Iterable[Sequence[Sequence[Any]]], fmt: str, out: TextIO
) -> int:
    """Write the rows, batch by batch, as ``fmt`` (every line ends in a newline); returns the row count.

    Nothing but the current batch is held, so a result of any size streams in constant memory."""
    if fmt == "csv":
        return write_csv(columns, batches, out)
    if fmt in ("json", "jsonl"):
        return write_json(columns, batches, out, lines=fmt == "jsonl")
    return write_table(columns, batches, out)


def write_csv(columns: Sequence[str], batches: Iterable[Sequence[Sequence[Any]]], out: TextIO) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    n = 0
    for batch in batches:
        writer.writerows([[plain(v) for v in row] for row in batch])
        n += len(batch)
    return n


def write_json(
    columns: Sequence[str], batches: Iterable[Sequence[Sequence[Any]]], out: TextIO, *, lines: bool
) -> int:
    """JSON Lines, or one JSON array laid out as ``json.dumps(rows, indent=1)`` lays it out."""
    n = 0
    for batch in batches:
        records = [dict(zip(columns, row, strict=True)) for row in batch]
        if lines:
            texts = [json.dumps(r, default=plain, ensure_ascii=False) + "\n" for r in records]
        else:  # one level deeper than json.dumps(record, indent=1); a JSON string holds no raw newline
            texts = [
                ("[\n " if n + i == 0 else ",\n ")
                + json.dumps(r, default=plain, ensure_ascii=False, indent=1).replace("\n", "\n ")
                for i, r in enumerate(records)
            ]
        out.write("".join(texts))
        n += len(records)
    if not lines:
        out.write("[]\n" if n == 0 else "\n]\n")
    return n


def write_table(columns: Sequence[str], batches: Iterable[Sequence[Sequence[Any]]], out: TextIO) -> int:
    """Aligned columns; their widths come from the first TABLE_WIDTH_ROWS rows (a longer cell later on
    pushes its line's later cells to the right)."""
    pending = iter(batches)
    head: list[Sequence[Any]] = []
    for batch in pending:
        head.extend(batch)
        if len(head) >= TABLE_WIDTH_ROWS:
            break
    cells = [[cell_text(v) for v in row] for row in head]
    widths = [len(c) for c in columns]
    for row in cells:
        for i, v in enumerate(row):
            widths[i] = max(widths[i], len(v))
    line = "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))
    out.write(line.rstrip() + "\n" + "  ".join("-" * w for w in widths) + "\n")

    def write_cells(rows: Iterable[list[str]]) -> None:
        out.writelines(
            "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() + "\n" for row in rows
        )

    write_cells(cells)
    n = len(cells)
    for batch in pending:
        write_cells([cell_text(v) for v in row] for row in batch)
        n += len(batch)
    out.write(f"({n} row{'s' if n != 1 else ''})\n")
    return n


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S%z")
    text = " ".join(str(value).split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value
