from __future__ import annotations

from dataclasses import asdict

import pytest

from ingest import parallel
from ingest.models import ArticleText

NAMES = ["Olena Kravets", "Taras Melnyk", "Iryna Bondar", "Petro Lysenko", "Anna Weber", "Jonas Keller"]


def docs(n: int) -> list[ArticleText]:
    out = []
    for i in range(n):
        name = NAMES[i % len(NAMES)]
        text = (
            f"Minister {name} said on Monday that {i} new shelters would open by spring.\n"
            f"“We are ready for the winter,” {name.split()[1]} told reporters.\n"
            "The ministry said in a statement that repairs were under way."
        )
        out.append(ArticleText(id=f"a{i}", text=text, language="en"))
    return out


def flatten(found: list[list[object]]) -> list[dict[str, object]]:
    return [asdict(it.statement) | {"key": it.key} for per_doc in found for it in per_doc]  # type: ignore[attr-defined]


def test_parallel_extraction_gives_the_sequential_result(monkeypatch: pytest.MonkeyPatch) -> None:
    batch = docs(parallel.PARALLEL_MIN_ARTICLES + 37)
    monkeypatch.setenv("INGEST_EXTRACT_WORKERS", "1")
    sequential = parallel.extract_documents(batch, None)
    monkeypatch.setenv("INGEST_EXTRACT_WORKERS", "2")
    in_parallel = parallel.extract_documents(batch, None)
    assert len(sequential) == len(batch) and sum(map(len, sequential)) >= 2 * len(batch)
    assert flatten(in_parallel) == flatten(sequential)


def test_small_batches_stay_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INGEST_EXTRACT_WORKERS", "2")
    monkeypatch.setattr(parallel, "ProcessPoolExecutor", None)  # would fail if a pool were started
    assert len(parallel.extract_documents(docs(10), None)) == 10
