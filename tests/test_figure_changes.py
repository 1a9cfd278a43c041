"""Speaker changes over syndicated copies (round eighteen): a figure only syndicated copies of a story carry (a
copy's edit, a revision of a copy) is no change of the speaker's; independent reports still are. Table-driven over
small lakes written batch by batch, each built incrementally and then rebuilt."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from ingest.warehouse import build_warehouse, query_warehouse, rebuild_warehouse
from test_warehouse_helpers import BUDANOV, DAY0, article, mart_snapshot, said, write_batch

QUOTE = "We have received only {}% of the ammunition we were promised"

# (article, outlet, story, hours after DAY0, figure, batch): Budanov's ammunition figure in each article
Row = tuple[str, str, str, int, float, int]
CASES: list[tuple[str, list[Row], list[tuple[float, float, str]]]] = [
    ("a copy of the story changes the figure", [("w1", "Eastwire", "S", 0, 40, 0), ("h1", "Harbor Times", "S", 1, 45, 0)], []),
    ("a copy's variant, then the same figure again in another story",
     [("w1", "Eastwire", "S", 0, 40, 0), ("h1", "Harbor Times", "S", 1, 45, 0), ("w2", "Eastwire", "R", 168, 40, 1)], []),
    ("a copy's variant, then a new figure in another story",
     [("w1", "Eastwire", "S", 0, 40, 0), ("h1", "Harbor Times", "S", 1, 45, 0), ("w2", "Eastwire", "R", 168, 25, 1)],
     [(40, 25, "Eastwire")]),
    ("the copy is stored first, the original (published earlier) a run later",
     [("h1", "Harbor Times", "S", 1, 45, 0), ("w1", "Eastwire", "S", 0, 40, 1)], []),
    ("an independent report changes the figure (guard)", [("w1", "Eastwire", "S", 0, 40, 0), ("v1", "Valley Courier", "R", 30, 25, 0)],
     [(40, 25, "Valley Courier")]),
    ("a copy whose original was never stored is its story's original (guard)",
     [("h1", "Harbor Times", "S", 1, 45, 0), ("w2", "Eastwire", "R", 168, 40, 1)], [(45, 40, "Eastwire")]),
]  # fmt: skip


def write_rows(warehouse: Path, rows: list[Row]) -> None:
    for batch in sorted({r[5] for r in rows}):
        lake: dict[str, list[dict[str, object]]] = {
            k: [] for k in ("article_revisions", "statements", "claims", "article_sightings")
        }
        for aid, outlet, story, hours, figure, _ in (r for r in rows if r[5] == batch):
            quote = QUOTE.format(int(figure))
            text = (
                f"{outlet} report. “{quote},” Kyrylo Budanov told reporters. "
                + "Officials gave no further details. " * 4
            )
            art = article(aid, outlet, DAY0 + timedelta(hours=hours), text, f"Ammunition {aid}") | {
                "story_id": story
            }
            statement, claims = said(art, BUDANOV, quote, [(figure, "%", "", f"{int(figure)}%")])
            lake["article_revisions"].append(art)
            lake["article_sightings"].append(
                {"article_id": aid, "feed": art["feed"], "url": art["url"], "seen_at": art["seen_at"]}
            )
            lake["statements"].append(statement)
            lake["claims"] += claims
        write_batch(warehouse, DAY0 + timedelta(days=30, hours=batch), lake)
        assert set(build_warehouse(warehouse).checks.values()) == {0}


@pytest.mark.parametrize(("label", "rows", "expected"), CASES, ids=[c[0] for c in CASES])
def test_speaker_changes_over_copies(
    tmp_path: Path, label: str, rows: list[Row], expected: list[tuple[float, float, str]]
) -> None:
    write_rows(tmp_path, rows)
    sql = "select earlier_value, later_value, later_outlet from speaker_changes where change_kind = 'figure' order by later_published_at"
    assert [tuple(r) for r in query_warehouse(tmp_path, sql)[1]] == expected, label
    incremental = mart_snapshot(tmp_path / "news.duckdb")
    rebuild_warehouse(tmp_path)
    assert mart_snapshot(tmp_path / "news.duckdb") == incremental
