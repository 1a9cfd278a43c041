"""`ingest sql`: saved queries with parameters, output formats, --output files, one-line errors; `ingest rebuild`."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from ingest.queries import parse_params
from ingest.warehouse import build_warehouse
from test_warehouse_helpers import AMMO_25, AMMO_40, NO_WITHDRAW, scenario_batches, write_batch

INGEST = [sys.executable, "-m", "ingest"]


def ingest(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*INGEST, *args], capture_output=True, text=True, timeout=300)


def one_line_error(res: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert res.returncode == 2 and "Traceback" not in res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1, res.stderr
    for needle in needles:
        assert needle in lines[0]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("queries") / "w"
    path.mkdir()
    for when, rows in scenario_batches():
        write_batch(path, when, rows)
    build_warehouse(path)
    return path


def test_saved_query_with_a_parameter_as_csv(warehouse: Path) -> None:
    res = ingest("sql", "--saved", "speaker_timeline", "--param", "speaker=Kyrylo Budanov", "--warehouse", str(warehouse),
                 "--format", "csv")  # fmt: skip
    assert res.returncode == 0, res.stderr
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert (
        rows[0]["day"] == "2026-03-02"
        and rows[0]["speaker"] == "Kyrylo Budanov"
        and rows[0]["statements"] == "3"
    )
    assert [r["day"] for r in rows] == sorted(r["day"] for r in rows) and len(rows) == 5


def test_saved_query_defaults_aliases_and_json(warehouse: Path) -> None:
    res = ingest("sql", "--saved", "claim_series", "--param", "speaker=kyrylo budanov", "--param", "subject=ammunition share",
                 "--warehouse", str(warehouse), "--format", "json")  # fmt: skip
    assert res.returncode == 0, res.stderr
    assert [(r["value"], r["quote"]) for r in json.loads(res.stdout)] == [(40.0, AMMO_40), (25.0, AMMO_25)]
    changes = ingest("sql", "--saved", "speaker_changes", "--warehouse", str(warehouse), "--format", "jsonl")
    assert changes.returncode == 0, changes.stderr
    assert len(changes.stdout.splitlines()) == 3


@pytest.mark.parametrize(
    ("topic", "expected"),
    [
        ("ammunition", {AMMO_40, AMMO_25}),
        ("PROMISED ammunition", {AMMO_40, AMMO_25}),  # every word, any order, any case
        ("kupiansk troops", {NO_WITHDRAW}),
        ("ammunition kupiansk", set()),
    ],
)
def test_what_a_speaker_said_about_a_topic(warehouse: Path, topic: str, expected: set[str]) -> None:
    res = ingest("sql", "--saved", "speaker_on_topic", "--param", "speaker=Kyrylo Budanov", "--param", f"topic={topic}",
                 "--warehouse", str(warehouse), "--format", "json")  # fmt: skip
    assert res.returncode == 0, res.stderr
    rows = json.loads(res.stdout)
    assert {r["quote"] for r in rows} >= expected and all(
        all(w in (r["quote"] + " " + (r["headline"] or "")).lower() for w in topic.lower().split())
        for r in rows
    )
    assert [r["first_seen_at"] for r in rows] == sorted(r["first_seen_at"] for r in rows)
    if not expected:
        assert rows == []


def test_parquet_output_and_ad_hoc_parameters(warehouse: Path, tmp_path: Path) -> None:
    target = tmp_path / "threads.parquet"
    res = ingest("sql", "--saved", "speaker_threads", "--param", "speaker=P-kyrylo-budanov", "--warehouse", str(warehouse),
                 "--format", "parquet", "--output", str(target))  # fmt: skip
    assert res.returncode == 0, res.stderr
    assert "wrote 4 rows" in res.stdout
    table = pq.read_table(target)
    assert table.num_rows == 4 and "first_outlet" in table.column_names
    adhoc = ingest("sql", "select count(*) as n from statements where outlet = $outlet", "--param", "outlet=Lviv Post",
                   "--warehouse", str(warehouse), "--format", "csv", "--output", str(tmp_path / "n.csv"))  # fmt: skip
    assert adhoc.returncode == 0, adhoc.stderr
    assert (tmp_path / "n.csv").read_text().splitlines() == ["n", "3"]


def test_list_saved_and_errors(warehouse: Path) -> None:
    listed = ingest("sql", "--list-saved", "--format", "csv")
    assert listed.returncode == 0
    names = {r["name"] for r in csv.DictReader(io.StringIO(listed.stdout))}
    assert {"speaker_timeline", "claim_series", "speaker_changes", "speaker_threads", "top_speakers"} <= names
    w = ["--warehouse", str(warehouse)]
    one_line_error(ingest("sql", "--saved", "nope", *w), "no saved query 'nope'")
    one_line_error(ingest("sql", "--saved", "speaker_timeline", *w), "needs --param speaker=")
    one_line_error(ingest("sql", "--saved", "failing_feeds", "--param", "x=1", *w), "has no parameter x")
    one_line_error(ingest("sql", "--saved", "failing_feeds", "--format", "parquet", *w), "needs --output")
    one_line_error(ingest("sql", "--saved", "failing_feeds", "--param", "novalue", *w), "expected KEY=VALUE")
    one_line_error(ingest("sql", *w), "give a QUERY")
    one_line_error(ingest("sql", "select 1", "--saved", "failing_feeds", *w), "not both")
    one_line_error(ingest("sql", "copy (select 1) to '/tmp/x.csv'", *w), "read-only")


def test_rebuild_command(warehouse: Path) -> None:
    res = ingest("rebuild", "--warehouse", str(warehouse), "--json")
    assert res.returncode == 0, res.stderr
    summary = json.loads(res.stdout)
    assert summary["mode"] == "full" and summary["tables"]["statement_threads"] == 7 and summary["checks"]


def test_parse_params() -> None:
    assert parse_params(["a=1", "b=x=y", "c="]) == {"a": "1", "b": "x=y", "c": ""}
