"""docs/data-dictionary.md is generated from the SQL headers, and the headers match the built tables."""

from __future__ import annotations

from pathlib import Path

import duckdb

from ingest.dictionary import DOC_PATH, main, render_dictionary
from ingest.sqlfiles import load_models
from ingest.warehouse import build_warehouse
from test_warehouse_helpers import scenario_batches, write_batch


def test_the_data_dictionary_is_up_to_date() -> None:
    assert DOC_PATH.read_text(encoding="utf-8") == render_dictionary(), "run: python -m ingest.dictionary"
    assert main(["--check"]) == 0


def test_every_published_table_and_column_is_described(warehouse: Path) -> None:
    write_batch(warehouse, *scenario_batches()[0])
    build_warehouse(warehouse)
    con = duckdb.connect(str(warehouse / "news.duckdb"), read_only=True)
    try:
        published = {r[0] for r in con.execute("select table_name from information_schema.tables").fetchall()}
        documented = {m.name: m for m in load_models() if m.persistent}
        assert published == {*documented, "build_log"}
        for name, model in documented.items():
            actual = [r[0] for r in con.execute(f"describe {name}").fetchall()]
            assert actual == [c for c, _ in model.columns], name
    finally:
        con.close()
