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
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

from ingest.extract import Registry
from ingest.extract.pipeline import Extracted, extract_article
from ingest.models import ArticleText

PARALLEL_MIN_ARTICLES = 400  # below this, starting processes costs more than it saves
CHUNKS_PER_WORKER = 4
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
        return [extract_article(doc, registry) for doc in docs]
    global _registry
    _registry = registry
    size = -(-len(docs) // (workers * CHUNKS_PER_WORKER))
    chunks = [list(docs[i : i + size]) for i in range(0, len(docs), size)]
    gc.freeze()  # the workers' collector leaves the inherited heap alone (no copy-on-write, no traversal)
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
            results = list(pool.map(extract_chunk, chunks))
    finally:
        gc.unfreeze()
        _registry = None
    return [found for chunk in results for found in chunk]


def extract_chunk(docs: list[ArticleText]) -> list[list[Extracted]]:
    return [extract_article(doc, _registry) for doc in docs]
