"""build_table gives what pa.Table.from_pylist gives, for the lake's schemas and for odd values."""

from __future__ import annotations

import random
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone

import numpy as np
import pyarrow as pa
import pytest

from ingest import store
from ingest.arrowrows import build_table


def random_value(rng: random.Random, typ: pa.DataType) -> object:
    if rng.random() < 0.2:
        return None
    if pa.types.is_string(typ):
        return "".join(rng.choice("aé€😀 \n\x00z") for _ in range(rng.randrange(0, 12)))
    if pa.types.is_int32(typ):
        return rng.randrange(-(2**31), 2**31)
    if pa.types.is_int64(typ):
        return rng.randrange(-(2**63), 2**63)
    if pa.types.is_floating(typ):
        return rng.choice([rng.uniform(-1e6, 1e6), 0.1, float("nan"), float("inf"), -0.0, 3.4e39])
    if pa.types.is_boolean(typ):
        return rng.random() < 0.5
    if pa.types.is_timestamp(typ):
        when = datetime(1900, 1, 1) + timedelta(microseconds=rng.randrange(0, 2**55))
        zone = rng.choice(
            [None, UTC, timezone(timedelta(hours=5, minutes=30)), timezone(-timedelta(hours=8))]
        )
        return when if zone is None else when.replace(tzinfo=zone)
    raise AssertionError(typ)


def assert_same(rows: list[dict[str, object]], schema: pa.Schema) -> None:
    ours = build_table(rows, schema)
    theirs = pa.Table.from_pylist(rows, schema=schema)
    assert ours.schema.equals(theirs.schema, check_metadata=True)
    for a, b in zip(ours.columns, theirs.columns, strict=True):
        assert a.null_count == b.null_count
        assert a.type == b.type
        assert repr(a.to_pylist()) == repr(b.to_pylist())  # repr: NaN equals NaN, -0.0 differs from 0.0
        if not any(v != v for v in a.to_pylist() if isinstance(v, float)):
            assert a.equals(b)


@pytest.mark.parametrize("table", sorted(store.SCHEMAS))
def test_lake_schemas_random_rows(table: str) -> None:
    rng = random.Random(table)
    schema = store.SCHEMAS[table]
    for n in (0, 1, 7, 300):
        rows = [{f.name: random_value(rng, f.type) for f in schema if rng.random() < 0.95} for _ in range(n)]
        assert_same(rows, schema)


def test_all_null_and_no_null_columns() -> None:
    schema = store.SCHEMAS["feed_state"]
    assert_same([{"feed": "a"} for _ in range(5)], schema)
    assert_same(
        [{"feed": "a", "consecutive_failures": 0, "last_fetch_at": datetime(2024, 1, 1, tzinfo=UTC)}], schema
    )


@pytest.mark.parametrize(
    ("typ", "values"),
    [
        (pa.int32(), [1, 2**40]),  # out of range: pa.array raises
        (pa.int32(), [1, True]),  # a bool among ints
        (pa.float64(), [1, 2.5]),  # an int among floats
        (pa.string(), ["a", b"b"]),  # bytes among strings
        (pa.string(), ["a", 1]),  # refused by pa.array
        (pa.timestamp("us", tz="UTC"), ["2024-01-01"]),
        (pa.date32(), [datetime(2024, 1, 1).date()]),  # a type handled by pa.array only
        (pa.string(), ["\ud800"]),  # a lone surrogate
    ],
)
def test_unusual_values_behave_as_pa_array(typ: pa.DataType, values: list[object]) -> None:
    schema = pa.schema([("x", typ)])
    rows = [{"x": v} for v in values]
    try:
        expected = pa.Table.from_pylist(rows, schema=schema)
    except Exception as exc:  # the same refusal is expected
        with pytest.raises(type(exc)):
            build_table(rows, schema)
    else:
        assert build_table(rows, schema).equals(expected)


def test_pandas_not_imported() -> None:
    code = (
        "import sys; from ingest import store; from datetime import datetime, UTC; "
        "store.build_table([{'article_id': 'a', 'revision': 1, 'seen_at': datetime.now(UTC), "
        "'date_trusted': True}], store.SCHEMAS['article_revisions']); print('pandas' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


class _Tag(str):
    """A str subclass (pa.array takes it as its text)."""


class _EqualsEverything:
    def __eq__(self, other: object) -> bool:
        return True

    __hash__ = object.__hash__


@pytest.mark.parametrize(
    "values",
    [
        [_Tag("a"), "b", None],
        [np.array([1, 2]), "x"],  # its == None is an array: never asked
        [_EqualsEverything(), None],  # == None says yes: it is still no null
        [b"bytes", "x"],
    ],
    ids=["str-subclass", "numpy-array", "equals-everything", "bytes"],
)
def test_odd_values_in_a_string_column_as_pa_array(values: list[object]) -> None:
    schema = pa.schema([("s", pa.string())])
    rows = [{"s": v} for v in values]
    try:
        theirs = pa.Table.from_pylist(rows, schema=schema)
    except (pa.ArrowException, TypeError, ValueError) as exc:
        with pytest.raises(type(exc)):
            build_table(rows, schema)
        return
    assert build_table(rows, schema).equals(theirs)
