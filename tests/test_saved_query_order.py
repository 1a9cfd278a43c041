"""The saved queries give their rows in one order, whatever order the lake holds them in (round eighteen): two
statements of one speaker published at the same time (one article, or a wire story and its copy stamped alike)
tie on every column a saved query sorted by, and which came first, and which a `limit` kept, varied with the
feed order of the runs."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from ingest.queries import execute
from test_warehouse_helpers import BUDANOV, DAY0, article, said, write_batch

QUOTES = [
    ("We have received only 40% of the ammunition we were promised", 40.0, "40%"),
    ("Only 30% of the drones we ordered have arrived this month", 30.0, "30%"),
    ("Six brigades are rationing shells again this week", 6.0, ""),
    ("We expect 20% of the missing shells before the end of March", 20.0, "20%"),
]
SAVED = [  # (saved query, parameters): each must give the same rows in the same order from either lake
    ("speaker_threads", ["speaker=Kyrylo Budanov", "limit=2"]),
    ("speaker_on_topic", ["speaker=Kyrylo Budanov", "topic=we"]),
    ("claim_series", ["speaker=Kyrylo Budanov"]),
    ("speaker_changes", ["speaker=Kyrylo Budanov"]),
    ("speaker_timeline", ["speaker=Kyrylo Budanov"]),
]


def write_lake(warehouse: Path, turn: int) -> None:
    """The lake's rows reversed (``turn`` -1), as they are (0) or rotated by ``turn``."""
    lake: dict[str, list[dict[str, object]]] = {
        k: [] for k in ("article_revisions", "statements", "claims", "article_sightings")
    }
    for i, outlet in enumerate(("Eastwire", "Harbor Times")):
        quotes = [(q.replace(c, f"{v + 5:g}%"), v + 5, f"{v + 5:g}%") if i and c in ("40%", "30%") else (q, v, c) for q, v, c in QUOTES]  # fmt: skip
        text = (
            " ".join(f"“{q},” Kyrylo Budanov told reporters." for q, _, _ in quotes)
            + " No further details." * 5
        )
        art = article(f"a{i}", outlet, DAY0 + timedelta(days=7 * i), text, f"Budanov {i}")
        lake["article_revisions"].append(art)
        lake["article_sightings"].append(
            {
                "article_id": art["article_id"],
                "feed": art["feed"],
                "url": art["url"],
                "seen_at": art["seen_at"],
            }
        )
        for quote, value, claim in quotes:
            statement, claims = said(art, BUDANOV, quote, [(value, "%", "", claim)] if claim else [])
            lake["statements"].append(statement)
            lake["claims"] += claims
    lake = {k: v[::-1] if turn < 0 else v[turn:] + v[:turn] for k, v in lake.items()}
    write_batch(warehouse, DAY0 + timedelta(days=30), lake)


@pytest.fixture(scope="module")
def lakes(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    from ingest.warehouse import build_warehouse

    out = []
    for turn in (0, -1, 3, 5):
        warehouse = tmp_path_factory.mktemp("order")
        write_lake(warehouse, turn)
        build_warehouse(warehouse)
        out.append(warehouse)
    return out


@pytest.mark.parametrize(("name", "params"), SAVED, ids=[s[0] for s in SAVED])
def test_a_saved_query_gives_one_order(lakes: list[Path], name: str, params: list[str]) -> None:
    first, *others = (execute(w, saved=name, params=params, fmt="csv") for w in lakes)
    assert first.count("\n") >= 2, first
    assert others == [first] * len(others)
