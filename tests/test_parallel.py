from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import duckdb
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


def flatten(found: Sequence[Sequence[Any]]) -> list[dict[str, object]]:
    return [asdict(it.statement) | {"key": it.key} for per_doc in found for it in per_doc]


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


def test_extraction_pool_gives_the_sequential_result(monkeypatch: pytest.MonkeyPatch) -> None:
    batch = docs(parallel.PARALLEL_MIN_ARTICLES + 150)
    monkeypatch.setenv("INGEST_EXTRACT_WORKERS", "1")
    asked = batch[::-1][:-40] + docs(3)[:1]  # another order, some never offered, a repeat
    sequential = parallel.extract_documents(asked, None)
    with parallel.ExtractionPool(None, workers=2) as pool:
        pool.offer(batch[: parallel.PARALLEL_MIN_ARTICLES - 1])
        assert pool.pool is None  # not worth a pool yet
        pool.offer(batch[parallel.PARALLEL_MIN_ARTICLES - 1 : -20])
        assert pool.pool is not None and pool.futures
        pool.offer([batch[0], batch[1]])  # offered twice: extracted once
        found = pool.extract(asked)
    assert pool.pool is None
    assert flatten(found) == flatten(sequential)


def test_an_expected_large_batch_starts_the_pool_with_the_first_chunk() -> None:
    batch = docs(parallel.STREAM_CHUNK + 10)
    with parallel.ExtractionPool(None, workers=2) as pool:
        pool.expect_many()
        pool.offer(batch[: parallel.STREAM_CHUNK - 1])
        assert pool.pool is None
        pool.offer(batch[parallel.STREAM_CHUNK - 1 :])
        assert pool.pool is not None and len(pool.futures) == parallel.STREAM_CHUNK  # the rest still waits
        found = pool.extract(batch)
    assert flatten(found) == flatten(parallel.extract_documents(batch, None))


def test_extraction_pool_small_batches_stay_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "ProcessPoolExecutor", None)  # would fail if a pool were started
    with parallel.ExtractionPool(None, workers=2) as pool:
        pool.offer(docs(30))
        found = pool.extract(docs(30)[5:])
    assert flatten(found) == flatten(parallel.extract_documents(docs(30)[5:], None))


def test_run_with_extraction_started_early_gives_the_same_statements(
    example_feeds_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ingest import pipeline
    from ingest.config import Settings

    def statements(workers: str) -> list[tuple[object, ...]]:
        monkeypatch.setenv("INGEST_EXTRACT_WORKERS", workers)
        warehouse = tmp_path / f"w{workers}"
        settings = Settings(warehouse=warehouse, fetch_host_interval_s=0.0, fetch_deadline_s=10.0)
        pipeline.run(example_feeds_file, warehouse, settings=settings)
        con = duckdb.connect(str(warehouse / "news.duckdb"), read_only=True)
        try:
            return con.execute(
                "select article_id, speaker, speaker_id, quote, kind from statements order by all"
            ).fetchall()
        finally:
            con.close()

    monkeypatch.setattr(parallel, "PARALLEL_MIN_ARTICLES", 2)  # the example feeds are small
    monkeypatch.setattr(parallel, "STREAM_CHUNK", 2)
    started: list[int] = []
    original = parallel.ExtractionPool.submit_chunk

    def submit_chunk(self: parallel.ExtractionPool, chunk: list[ArticleText]) -> None:
        started.append(len(chunk))
        original(self, chunk)

    monkeypatch.setattr(parallel.ExtractionPool, "submit_chunk", submit_chunk)
    sequential = statements("1")
    assert not started
    assert statements("2") == sequential and started and len(sequential) >= 10


def test_paused_gc_restores_the_collector_and_nests() -> None:
    import gc

    assert gc.isenabled()
    with parallel.paused_gc():
        assert not gc.isenabled()
        with parallel.paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner pause leaves the outer one in force
    assert gc.isenabled()
    with pytest.raises(RuntimeError), parallel.paused_gc():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_extraction_with_the_collector_paused_frees_its_own_cycles() -> None:
    import gc

    batch = docs(120)
    parallel.extract_documents(batch[:5], None)  # warm caches: they are not garbage
    gc.collect()
    with parallel.paused_gc():
        found = parallel.extract_documents(batch, None)
        left = gc.collect()  # what extraction left unreachable: freed by extract_some already
    assert sum(map(len, found)) >= 2 * len(batch)
    assert left < len(batch)  # without extract_some's young collection: dozens per article


def test_pool_workers_run_without_the_cyclic_collector() -> None:
    import gc

    batch = docs(parallel.PARALLEL_MIN_ARTICLES)
    with parallel.ExtractionPool(None, workers=2) as pool:
        pool.offer(batch)
        assert pool.pool is not None
        assert pool.pool.submit(gc.isenabled).result() is False
        assert len(pool.extract(batch)) == len(batch)
    assert gc.isenabled()


def test_statements_pickle_as_their_values() -> None:
    import pickle

    from ingest.models import Claim, Statement

    claim = Claim("c1", "s1", 40.0, "%", "up to", "up to 40%")
    st = Statement("s1", "a1", "Kyrylo Budanov", "p:budanov", "up to 40% …", "indirect", cue="said",
                   start=3, end=17, confidence=0.8, extractor_version="rules", language="en", revision=2,
                   claims=[claim])  # fmt: skip
    back = pickle.loads(pickle.dumps([st, st], protocol=pickle.HIGHEST_PROTOCOL))
    assert back[0] == st and back[0].claims == [claim] and back[0] is back[1]


@pytest.mark.parametrize(("threshold", "eager"), [(1, True), (10**12, False)])
def test_a_large_inbox_starts_extraction_with_the_first_feed(
    example_feeds_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, threshold: int, eager: bool
) -> None:
    from ingest import pipeline
    from ingest.config import Settings

    calls: list[bool] = []
    monkeypatch.setattr(pipeline, "EAGER_EXTRACTION_BYTES", threshold)
    monkeypatch.setattr(parallel.ExtractionPool, "expect_many", lambda self: calls.append(True))
    settings = Settings(warehouse=tmp_path / "w", fetch_host_interval_s=0.0, fetch_deadline_s=10.0)
    pipeline.fetch_step(example_feeds_file, tmp_path / "w", settings=settings)
    pipeline.process_step(example_feeds_file, tmp_path / "w", settings=settings)
    assert bool(calls) is eager
