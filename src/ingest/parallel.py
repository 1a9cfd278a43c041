"""Statement extraction over many articles on every core.

Extraction is pure CPU work per article, so a large batch is split into chunks extracted by a pool
of forked worker processes (they inherit the loaded extractor and the registry; nothing is
imported again). Small batches, and machines with one core, extract in the calling process. The
result is the same either way: the chunks come back in order and are linked afterwards.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager

from ingest.extract import Registry
from ingest.extract.pipeline import Extracted, extract_article
from ingest.models import ArticleText

PARALLEL_MIN_ARTICLES = 400  # below this, starting processes costs more than it saves
CHUNKS_PER_WORKER = 4
STREAM_CHUNK = 100  # documents per task of an ExtractionPool (small: the cores stay busy to the end)
_registry: Registry | None = None  # set before forking; the workers inherit it


def extract_workers() -> int:
    """Worker processes for extraction: INGEST_EXTRACT_WORKERS, else the cores available (at most 4)."""
    configured = os.environ.get("INGEST_EXTRACT_WORKERS")
    if configured:
        return max(1, int(configured))
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 4))


def extract_documents(docs: Sequence[ArticleText], registry: Registry | None) -> list[list[Extracted]]:
    """`extract_article` of every document, in order; in parallel when the batch is large enough."""
    workers = min(extract_workers(), max(1, len(docs) // (PARALLEL_MIN_ARTICLES // 2)))
    if (
        workers <= 1
        or len(docs) < PARALLEL_MIN_ARTICLES
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        return [
            found
            for i in range(0, len(docs), STREAM_CHUNK)
            for found in extract_some(docs[i : i + STREAM_CHUNK], registry)
        ]
    global _registry
    _registry = registry
    size = -(-len(docs) // (workers * CHUNKS_PER_WORKER))
    chunks = [list(docs[i : i + size]) for i in range(0, len(docs), size)]
    gc.freeze()  # the workers' collector leaves the inherited heap alone (no copy-on-write, no traversal)
    try:
        with ProcessPoolExecutor(
            workers, multiprocessing.get_context("fork"), initializer=gc.disable
        ) as pool:
            results = list(pool.map(extract_chunk, chunks))
    finally:
        gc.unfreeze()
        _registry = None
    return [found for chunk in results for found in chunk]


def extract_chunk(docs: list[ArticleText]) -> list[list[Extracted]]:
    return extract_some(docs, _registry)


def extract_some(docs: Sequence[ArticleText], registry: Registry | None) -> list[list[Extracted]]:
    """`extract_article` of a few documents; with the collector paused, the reference cycles they left
    (about 85 objects per article) are freed by one pass over the young objects only."""
    found = [extract_article(doc, registry) for doc in docs]
    if not gc.isenabled():
        gc.collect(0)
    return found


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic collector off for a batch: its passes over a heap of articles, rows and unpickled results
    cost 10-15 % of a batch's CPU, and a batch leaves few cycles (extraction frees its own: `extract_some`).
    The workers run with it off from the start (the pools' initializer)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def doc_key(doc: ArticleText) -> tuple[object, ...]:
    """Everything extraction reads of a document (equal keys: equal results)."""
    return (doc.id, doc.text, doc.title, doc.language, doc.published, doc.outlet, doc.url)


class ExtractionPool:
    """Extraction that starts while a batch is still being read.

    The batch offers the documents it will probably extract (`offer`) as each feed is normalised;
    once enough are offered to be worth a pool, chunks go to forked workers, so extraction runs on
    every core while the calling process parses, deduplicates and assigns stories. `extract` then
    returns what the workers found for each document asked for and extracts the rest (documents
    that were never offered, or changed since) there and then; documents offered but never asked
    for cost CPU only. The result is `extract_documents`' result: the same function of the same
    documents, in the order asked.
    """

    def __init__(self, registry: Registry | None, workers: int | None = None) -> None:
        self.registry = registry
        self.workers = extract_workers() if workers is None else workers
        self.pool: ProcessPoolExecutor | None = None
        self.waiting: list[ArticleText] = []  # offered, not yet submitted
        self.futures: dict[tuple[object, ...], tuple[Future[list[list[Extracted]]], int]] = {}
        self.offered: set[tuple[object, ...]] = set()
        self.start_at = PARALLEL_MIN_ARTICLES  # documents offered before a pool is worth starting

    def expect_many(self) -> None:
        """The batch will be large (the caller knows its size): start the workers with the first chunk."""
        self.start_at = STREAM_CHUNK

    def __enter__(self) -> ExtractionPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
        global _registry
        _registry = None

    def offer(self, docs: Sequence[ArticleText]) -> None:
        """Documents likely to be extracted soon: extract them in the background when worth it."""
        if self.workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
            return
        for doc in docs:
            key = doc_key(doc)
            if key not in self.offered:
                self.offered.add(key)
                self.waiting.append(doc)
        if self.pool is None and len(self.waiting) < self.start_at:
            return
        while len(self.waiting) >= STREAM_CHUNK:
            self.submit_chunk(self.waiting[:STREAM_CHUNK])
            del self.waiting[:STREAM_CHUNK]

    def submit_chunk(self, docs: list[ArticleText]) -> None:
        if self.pool is None:
            global _registry
            _registry = self.registry
            gc.freeze()  # the workers' collector leaves the inherited heap alone
            try:
                self.pool = ProcessPoolExecutor(
                    self.workers, multiprocessing.get_context("fork"), initializer=gc.disable
                )
                future = self.pool.submit(extract_chunk, docs)  # forks every worker now
            finally:
                gc.unfreeze()
        else:
            future = self.pool.submit(extract_chunk, docs)
        for i, doc in enumerate(docs):
            self.futures[doc_key(doc)] = (future, i)

    def extract(self, docs: Sequence[ArticleText]) -> list[list[Extracted]]:
        """`extract_article` of every document, in order (what the workers already found is reused)."""
        keys = [doc_key(doc) for doc in docs]
        missing = [doc for doc, key in zip(docs, keys, strict=True) if key not in self.futures]
        if self.pool is not None:
            for i in range(0, len(missing), STREAM_CHUNK):
                self.submit_chunk(missing[i : i + STREAM_CHUNK])
        else:
            for doc, found in zip(missing, extract_documents(missing, self.registry), strict=True):
                self.futures[doc_key(doc)] = (completed(found), 0)
        out = []
        for key in keys:
            future, i = self.futures[key]
            out.append(future.result()[i])
        self.waiting.clear()
        self.futures.clear()
        return out


def completed(found: list[Extracted]) -> Future[list[list[Extracted]]]:
    future: Future[list[list[Extracted]]] = Future()
    future.set_result([found])
    return future
