"""Which copy of a story is its original, and when a statement first appeared, when a copy's clock is wrong
(round eighteen): a copy that credits another outlet of its story ("(Eastwire)", "By Eastwire staff") is never
the original, and no copy says anything before its story's original. Table-driven over small lakes written
batch by batch, each built incrementally and then rebuilt."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from ingest.warehouse import build_warehouse, query_warehouse, rebuild_warehouse
from test_warehouse_helpers import BUDANOV, DAY0, article, mart_snapshot, said, write_batch

QUOTE = "We have received only 40% of the ammunition we were promised"
BODY = "“" + QUOTE + ",” Kyrylo Budanov told reporters. " + "Officials gave no further details. " * 4

# (article, outlet, minutes after DAY0, text before the body, text after it, batch)
Row = tuple[str, str, int, str, str, int]
# rows, then (the story's original, the thread's first outlet, its first time in minutes after DAY0)
CASES: list[tuple[str, list[Row], tuple[str, str, int]]] = [
    ("a copy crediting the wire, stamped five hours early by a wrong clock",
     [("w", "Eastwire", 300, "KYIV (Eastwire) - ", "", 0), ("p", "Plains Gazette", 0, "(Eastwire) - ", "", 0)], ("w", "Eastwire", 300)),
    ("the same, the copy stored a run before the wire",
     [("p", "Plains Gazette", 0, "(Eastwire) - ", "", 0), ("w", "Eastwire", 300, "KYIV (Eastwire) - ", "", 1)], ("w", "Eastwire", 300)),
    ("a byline credit", [("w", "Eastwire", 300, "", "", 0), ("h", "Harbor Times", 0, "By Eastwire staff\n", "", 0)], ("w", "Eastwire", 300)),
    ("a credit at the end", [("w", "Eastwire", 300, "", "", 0), ("h", "Harbor Times", 0, "", " Eastwire contributed to this report.", 0)],
     ("w", "Eastwire", 300)),
    ("the copy credits a wire that is not stored: the earliest is the original (guard)",
     [("p", "Plains Gazette", 0, "(Eastwire) - ", "", 0), ("h", "Harbor Times", 60, "By Eastwire staff\n", "", 0)], ("p", "Plains Gazette", 0)),
    ("no credit: the earliest is the original (guard)", [("w", "Eastwire", 300, "", "", 0), ("h", "Harbor Times", 0, "", "", 0)],
     ("h", "Harbor Times", 0)),
    ("a copy published after the wire (guard)", [("w", "Eastwire", 0, "", "", 0), ("p", "Plains Gazette", 60, "(Eastwire) - ", "", 0)],
     ("w", "Eastwire", 0)),
]  # fmt: skip


def write_rows(warehouse: Path, rows: list[Row]) -> None:
    for batch in sorted({r[5] for r in rows}):
        lake: dict[str, list[dict[str, object]]] = {
            k: [] for k in ("article_revisions", "statements", "article_sightings")
        }
        for aid, outlet, minutes, before, after, _ in (r for r in rows if r[5] == batch):
            art = article(
                aid, outlet, DAY0 + timedelta(minutes=minutes), before + BODY + after, f"Ammunition {aid}"
            )
            art["story_id"] = "S"
            lake["article_revisions"].append(art)
            lake["article_sightings"].append(
                {"article_id": aid, "feed": art["feed"], "url": art["url"], "seen_at": art["seen_at"]}
            )
            lake["statements"].append(said(art, BUDANOV, QUOTE)[0])
        write_batch(warehouse, DAY0 + timedelta(days=30, hours=batch), lake)
        assert set(build_warehouse(warehouse).checks.values()) == {0}


@pytest.mark.parametrize(("label", "rows", "expected"), CASES, ids=[c[0] for c in CASES])
def test_the_original_and_the_first_appearance(
    tmp_path: Path, label: str, rows: list[Row], expected: tuple[str, str, int]
) -> None:
    write_rows(tmp_path, rows)
    original = query_warehouse(tmp_path, "select article_id from articles where is_original")[1]
    thread = query_warehouse(
        tmp_path, "select first_outlet, first_seen_at, first_reported_outlet from statement_threads"
    )[1]
    first_at = DAY0 + timedelta(minutes=expected[2])
    assert (original, thread) == ([(expected[0],)], [(expected[1], first_at, expected[1])]), label
    incremental = mart_snapshot(tmp_path / "news.duckdb")
    rebuild_warehouse(tmp_path)
    assert mart_snapshot(tmp_path / "news.duckdb") == incremental
