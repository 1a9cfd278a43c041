"""Rows of Python values to an Arrow table without importing pandas.

``pa.array`` on a Python list (or a NumPy array) first asks whether it is a pandas object, and that
question imports pandas: 1.5–2 s of CPU once per process, a tenth of a 5,000-article ``ingest run``.
Here the columns of the lake's types (strings, 32/64-bit integers, floats, booleans, UTC
timestamps) are assembled from NumPy buffers with ``pa.Array.from_buffers``, which asks nothing.
The result equals ``pa.Table.from_pylist(rows, schema=schema)``; a column holding anything else
(a value of another Python type, a type not handled here, an integer out of range) is converted
by ``pa.array`` as before, so unusual input is accepted or refused exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from itertools import repeat
from operator import is_
from typing import Any, cast

import numpy as np
import pyarrow as pa

_EPOCH_UTC = datetime(1970, 1, 1, tzinfo=UTC)
_EPOCH_NAIVE = datetime(1970, 1, 1)
_NONE = type(None)
_OFFSET_LIMIT = 2**31 - 1  # beyond this pa.array gives a chunked array: leave it to pa.array


class _Unhandled(Exception):
    """A column this module does not convert itself (pa.array does)."""


class Columns:
    """Rows given column by column (name -> one value per row): rows made from objects need no dict per row
    only to be taken apart again. A name without a column is a column of nulls, as a key missing from a row."""

    __slots__ = ("n", "values")

    def __init__(self, n: int, values: dict[str, list[Any]]) -> None:
        if any(len(v) != n for v in values.values()):
            raise ValueError(
                f"columns of unequal length: {sorted({len(v) for v in values.values()})}, not {n}"
            )
        self.n, self.values = n, values

    def __len__(self) -> int:
        return self.n

    def column(self, name: str) -> list[Any]:
        values = self.values.get(name)
        return [None] * self.n if values is None else values


Rows = Sequence[Mapping[str, Any]] | Columns  # what build_table takes


def build_table(rows: Rows, schema: pa.Schema) -> pa.Table:
    """``pa.Table.from_pylist(rows, schema=schema)``, without the pandas import."""
    if isinstance(rows, Columns):
        columns = [build_column(rows.column(f.name), f.type) for f in schema]
    elif all(type(row) is dict for row in rows):  # dict.get mapped in C: a third of the time here
        dicts = cast(list[dict[str, Any]], rows)
        columns = [build_column(list(map(dict.get, dicts, repeat(f.name))), f.type) for f in schema]
    else:
        columns = [build_column([row.get(f.name) for row in rows], f.type) for f in schema]
    return pa.Table.from_arrays(columns, schema=schema)


def build_column(values: list[Any], typ: pa.DataType) -> pa.Array:
    """One column: ``pa.array(values, type=typ)``."""
    builder = _BUILDERS.get(str(typ))
    if builder is None:
        return pa.array(values, type=typ)
    try:
        return builder(values, typ)
    except _Unhandled:
        return pa.array(values, type=typ)


def build_validity(values: list[Any]) -> tuple[pa.Buffer | None, int, Any]:
    """The validity bitmap (None when nothing is null), the null count and the mask of present values
    (None when nothing is null)."""
    nulls = sum(map(is_, values, repeat(None)))  # a C loop, by identity; most columns have no nulls
    if nulls == 0:
        return None, 0, None
    valid = np.fromiter((v is not None for v in values), dtype=np.bool_, count=len(values))
    return pa.py_buffer(np.packbits(valid, bitorder="little")), nulls, valid


def build_strings(values: list[Any], typ: pa.DataType) -> pa.Array:
    validity, nulls, valid = build_validity(values)
    present = [v for v in values if v is not None] if nulls else values
    try:  # join refuses anything but str (and its subclasses, which pa.array takes as str too)
        joined = "".join(present)
    except TypeError:
        raise _Unhandled from None
    if joined.isascii():  # one character, one byte
        data = joined.encode("ascii")
        sizes = np.fromiter(map(len, present), dtype=np.int64, count=len(present))
    else:
        try:
            encoded = [v.encode("utf-8") for v in present]
        except UnicodeEncodeError:  # a lone surrogate: pa.array refuses it in its own words
            raise _Unhandled from None
        data = b"".join(encoded)
        sizes = np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded))
    offsets = np.zeros(len(values) + 1, dtype=np.int64)
    if nulls:
        lengths = np.zeros(len(values), dtype=np.int64)
        lengths[valid] = sizes
        np.cumsum(lengths, out=offsets[1:])
    else:
        np.cumsum(sizes, out=offsets[1:])
    if offsets[-1] > _OFFSET_LIMIT:
        raise _Unhandled
    buffers = [validity, pa.py_buffer(offsets.astype(np.int32)), pa.py_buffer(data)]
    return pa.Array.from_buffers(typ, len(values), buffers, null_count=nulls)


def build_numbers(
    values: list[Any], typ: pa.DataType, kind: type, dtype: Any, nullable: list[Any] | None = None
) -> pa.Array:
    """Numbers of one Python type; ``nullable`` (default: the values) says which are null."""
    if not set(map(type, values)) <= {kind, _NONE}:
        raise _Unhandled
    try:
        with np.errstate(over="ignore"):  # a float beyond float32 becomes inf, as in pa.array
            present = values if None not in values else [0 if v is None else v for v in values]
            data = np.array(present, dtype=dtype)
    except OverflowError:
        raise _Unhandled from None
    validity, nulls, _ = build_validity(values if nullable is None else nullable)
    return pa.Array.from_buffers(typ, len(values), [validity, pa.py_buffer(data)], null_count=nulls)


def build_booleans(values: list[Any], typ: pa.DataType) -> pa.Array:
    if not set(map(type, values)) <= {bool, _NONE}:
        raise _Unhandled
    bits = np.packbits(np.array([v is True for v in values], dtype=np.bool_), bitorder="little")
    validity, nulls, _ = build_validity(values)
    return pa.Array.from_buffers(typ, len(values), [validity, pa.py_buffer(bits)], null_count=nulls)


def build_timestamps(values: list[Any], typ: pa.DataType) -> pa.Array:
    """Microseconds since the epoch: an aware datetime in UTC, a naive one as if it were UTC (as pa.array)."""
    micros: list[int | None] = []
    seen: dict[
        int, int
    ] = {}  # id -> micros: a column often repeats one object (an article's time per statement)
    for v in values:
        if v is None:
            micros.append(None)
        elif (known := seen.get(id(v))) is not None:
            micros.append(known)
        elif type(v) is not datetime:
            raise _Unhandled
        else:
            delta = v - (_EPOCH_NAIVE if v.tzinfo is None else _EPOCH_UTC)
            seen[id(v)] = m = (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds
            micros.append(m)
    return build_numbers(micros, typ, int, np.int64)


_BUILDERS: dict[str, Callable[[list[Any], pa.DataType], pa.Array]] = {
    "string": build_strings,
    "int32": lambda values, typ: build_numbers(values, typ, int, np.int32),
    "int64": lambda values, typ: build_numbers(values, typ, int, np.int64),
    "float": lambda values, typ: build_numbers(values, typ, float, np.float32),
    "double": lambda values, typ: build_numbers(values, typ, float, np.float64),
    "bool": build_booleans,
    "timestamp[us, tz=UTC]": build_timestamps,
}
