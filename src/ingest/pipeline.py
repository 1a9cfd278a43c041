"""The pipeline: fetch → parse → normalise → dedup → store (Parquet) → extract → warehouse (DuckDB).

Four steps, each safe to re-run and to kill at any moment:

* ``fetch_step`` fetches due feeds, stores each body in the raw archive and drops one small JSON
  record per attempt into ``<warehouse>/inbox/``.
* ``process_step`` turns every unprocessed inbox record into lake rows (articles, sightings,
  statements, claims, fetches, feed state) and commits them in the catalog in one transaction.
* ``fulltext_step`` fetches the article pages queued by earlier batches (summary-only feeds) within
  the run's page budget and commits their text as new revisions.
* ``build_step`` rebuilds ``news.duckdb`` from the committed lake files and runs the data checks.

The CLI runs them all; the Airflow DAGs run them as separate tasks (paths and small dicts pass
between them, never data frames).
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ingest import pagequeue
from ingest.batch import Batch, RunSummary, absorb_fetch, commit_batch, offer_candidates
from ingest.catalog import Catalog, read_states
from ingest.clock import simulated_start, utc_now
from ingest.config import IngestError, Settings, check_folder, env_speakers_file, load_feeds
from ingest.extract import EXTRACTOR_VERSION, Registry, load_registry
from ingest.feedstate import describe_move, reenable, skip_reason, sync_state
from ingest.fetch import fetch_feeds
from ingest.fulltext import Budget
from ingest.inbox import put_inbox, read_inbox, remove_orphans
from ingest.models import FeedState, FetchResult
from ingest.parallel import ExtractionPool, paused_gc
from ingest.warehouse import BuildResult, build_warehouse


def default_registry() -> Registry | None:
    """The speaker registry named by INGEST_SPEAKERS, else ./speakers.toml when present."""
    path = env_speakers_file()
    return load_registry(path) if path is not None else None


# -- fetch ---------------------------------------------------------------------------------------


def fetch_step(
    feeds_file: str | Path,
    warehouse: Path,
    *,
    force: bool = False,
    only: Sequence[str] | None = None,
    settings: Settings | None = None,
) -> dict[str, Any]:
    """Fetch the due feeds (or only the named ones); returns counts by status."""
    warehouse = Path(warehouse)
    settings = settings or Settings(warehouse=warehouse)
    feeds = [f for f in load_feeds(feeds_file) if only is None or f.name in only]
    check_folder(warehouse)
    states = read_states(warehouse)  # read-only: a fetch never waits for, nor recovers, a running writer
    # each attempt goes to the inbox from its fetching thread (archiving a body overlaps the other fetches)
    results = fetch_feeds(
        feeds, states, settings, force=force, on_result=lambda r: keep_attempt(warehouse, r)
    )
    counts: dict[str, int] = {}
    errors, waiting = [], []
    for result in results:
        counts[result.status] = counts.get(result.status, 0) + 1
        if result.error and result.status != "skipped":
            errors.append(f"{result.feed}: {result.error}")
        elif result.status == "skipped" and result.error != "disabled":  # backoff, Retry-After, gone
            waiting.append(f"{result.feed}: {result.error}")
    return {"feeds": len(feeds), "statuses": counts, "errors": errors, "waiting": waiting}


def keep_attempt(warehouse: Path, result: FetchResult) -> None:
    """Archive a fetch attempt's body and record it in the inbox (a skipped feed was not attempted)."""
    if result.status != "skipped":
        put_inbox(warehouse, result)


class FetchFailed(IngestError):
    """A feed's fetch failed; its attempt is recorded in the inbox all the same."""


def due_feeds(feeds_file: str | Path, warehouse: str | Path, *, force: bool = False) -> list[str]:
    """Names of the feeds to fetch now (enabled, not gone, past their backoff), in feeds-file order."""
    now = utc_now()
    feeds = load_feeds(feeds_file)
    states = read_states(Path(warehouse))
    return [f.name for f in feeds if skip_reason(f, sync_state(states.get(f.name), f), now, force) is None]


def fetch_one(
    feeds_file: str | Path, warehouse: str | Path, feed: str, *, settings: Settings | None = None
) -> dict[str, Any]:
    """Fetch one feed into the inbox (one Airflow mapped task); raises FetchFailed when the fetch failed."""
    result = fetch_step(feeds_file, Path(warehouse), force=True, only=[feed], settings=settings)
    statuses = result["statuses"]
    if not statuses:
        raise IngestError(f"no feed named {feed!r} in {feeds_file}")
    failed = {k: v for k, v in statuses.items() if k in ("error", "too_large")}
    if failed:
        raise FetchFailed(f"{feed}: {result['errors'][0] if result.get('errors') else ', '.join(failed)}")
    return {"feed": feed, "statuses": statuses}


# -- process ---------------------------------------------------------------------------------------


EAGER_EXTRACTION_BYTES = 2_000_000  # feed bodies this large hold far more articles than a pool needs


def process_step(
    feeds_file: str | Path | None,
    warehouse: Path,
    *,
    registry: Registry | None = None,
    now: datetime | None = None,
    settings: Settings | None = None,
    page_budget: Budget | None = None,
) -> RunSummary:
    """Turn every unprocessed inbox record into committed lake rows; returns what was added. New articles
    of summary-only feeds get their page's text within the page budget (the rest is queued)."""
    warehouse = Path(warehouse)
    now = now or utc_now()
    feeds = {f.name: f for f in load_feeds(feeds_file)} if feeds_file else {}
    settings = settings or Settings(warehouse=warehouse)
    summary = RunSummary(warehouse=str(warehouse))
    registry = registry if registry is not None else default_registry()
    with paused_gc(), Catalog.open(warehouse) as cat, ExtractionPool(registry) as extractor:
        remove_orphans(warehouse)  # temp files of fetchers killed mid-write
        inbox = read_inbox(warehouse, summary.errors)
        done = cat.processed_fetch_ids(fid for _, _, fid in inbox)
        batch = Batch(states=cat.load_states(), feeds=feeds, settings=settings, page_budget=page_budget)
        batch.extractor = extractor
        if sum(r.bytes for _, r, fid in inbox if fid not in done) >= EAGER_EXTRACTION_BYTES:
            extractor.expect_many()  # the workers start with the first feed, not after the fourth
        for _, result, fetch_id in inbox:
            if fetch_id not in done:
                before = len(batch.candidates)
                absorb_fetch(batch, warehouse, feeds, result, fetch_id, now, summary)
                offer_candidates(cat, batch, batch.candidates[before:])  # extraction starts on the workers
        commit_batch(cat, batch, registry, summary)
        for path, _, _ in inbox:  # under the writer lock: the next writer reads what is left
            path.unlink(missing_ok=True)
    return summary


# -- article pages --------------------------------------------------------------------------------


def fulltext_step(
    feeds_file: str | Path | None,
    warehouse: Path,
    settings: Settings | None = None,
    *,
    budget: Budget | None = None,
    registry: Registry | None = None,
) -> dict[str, Any]:
    """Fetch the queued article pages due now, within the page budget (``settings.fulltext_budget_s``, or
    what ``budget`` has left), and commit their text as revisions; returns counts."""
    warehouse = Path(warehouse)
    settings = settings or Settings(warehouse=warehouse)
    feeds = {f.name: f for f in load_feeds(feeds_file)} if feeds_file else {}
    with Catalog.open(warehouse) as cat:
        pagequeue.ensure_schema(cat.conn)
        if not pagequeue.due_entries(cat.conn, utc_now(), limit=1):  # nothing queued: skip the page machinery
            return {
                "pages": 0,
                "failed": 0,
                "statements": 0,
                "due": 0,
                "queued": pagequeue.queue_size(cat.conn),
            }
        from ingest.pagebatch import fetch_queued

        registry = registry if registry is not None else default_registry()
        return fetch_queued(cat, feeds, settings, budget=budget, registry=registry)


# -- build ---------------------------------------------------------------------------------------


def build_step(warehouse: Path) -> BuildResult:
    """Absorb the lake files committed since the last build into the warehouse, run the data checks, publish
    news.duckdb (a full rebuild when there is no build yet or the SQL models changed)."""
    return build_warehouse(Path(warehouse))


def rebuild_step(warehouse: Path) -> BuildResult:
    """Rebuild the warehouse from every committed lake file, run the data checks, publish news.duckdb."""
    from ingest.warehouse import rebuild_warehouse

    warehouse = Path(warehouse)
    check_folder(warehouse, create=False)
    if not (warehouse / "catalog.sqlite").is_file():
        raise IngestError(
            f"{warehouse}: nothing to rebuild (no catalog.sqlite: not a warehouse, or never run)"
        )
    return rebuild_warehouse(warehouse)


def reprocess_step(
    warehouse: str | Path,
    *,
    feeds_file: str | Path | None = None,
    since: datetime | str | None = None,
    until: datetime | str | None = None,
    stages: Sequence[str] = ("parse", "pages", "extract"),
    speakers_file: str | Path | None = None,
    force: bool = False,
    build: bool = True,
) -> dict[str, Any]:
    """Re-run parsing and/or extraction from what is stored (no fetching), then rebuild the warehouse."""
    from ingest.reprocess import reprocess

    warehouse = Path(warehouse)
    registry = load_registry(speakers_file) if speakers_file else default_registry()
    out = reprocess(
        warehouse,
        feeds_file=feeds_file,
        since=parse_when(since),
        until=parse_when(until),
        stages=tuple(stages),
        registry=registry,
        force=force,
    )
    if build:
        out["build"] = build_step(warehouse).as_dict()
    return out


def reprocess_args(params: dict[str, Any]) -> dict[str, Any]:
    """Keyword arguments of reprocess_step from the reprocess DAG's params."""
    feeds = params.get("feeds_file")
    return {
        "warehouse": params["warehouse"],
        "feeds_file": feeds if feeds and Path(feeds).is_file() else None,
        "since": params.get("since"),
        "until": params.get("until"),
        "stages": params.get("stages") or ("parse", "pages", "extract"),
        "force": bool(params.get("force")),
    }


def parse_when(value: datetime | str | None) -> datetime | None:
    """A date or timestamp (ISO 8601; UTC when no zone is given)."""
    if value is None or isinstance(value, datetime):
        return value if value is None or value.tzinfo else value.replace(tzinfo=UTC)
    text = value.strip()
    if not text:
        return None
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise IngestError(f"not a date: {value!r} (use YYYY-MM-DD or an ISO 8601 timestamp)") from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


# -- reports -------------------------------------------------------------------------------------

HEALTHY_STATUSES = ("ok", "not_modified", "unchanged")
STATUS_COLUMNS = "feed state last_fetch_at result http failures next_fetch_at since moved_to error".split()


def feed_status(warehouse: Path) -> tuple[list[str], list[tuple[Any, ...]]]:
    """One row per feed, failing feeds first."""
    rows = []
    for st in read_states(warehouse).values():
        failing = st.state != "active" or (st.last_status or "") not in HEALTHY_STATUSES
        rows.append(
            (
                not failing,
                st.feed,
                st.state,
                st.last_fetch_at,
                st.last_status,
                st.last_http_status,
                st.consecutive_failures,
                st.next_fetch_at,
                st.failing_since,
                describe_move(st),
                st.last_error or st.last_note,  # a success's note: a possible gap (ingest.feedgaps)
            )
        )
    rows.sort(key=lambda r: (r[0], r[1]))
    return STATUS_COLUMNS, [r[1:] for r in rows]


def reenable_feed(warehouse: Path, name: str) -> FeedState:
    """Make a gone, dormant, disabled-by-server or backing-off feed due again (``ingest feeds enable`` or
    ``reset``; never creates a warehouse); nothing stored is deleted."""
    if not (Path(warehouse) / "catalog.sqlite").is_file():
        raise IngestError(f"no feed named {name!r} in {warehouse}: no warehouse here (no catalog.sqlite)")
    with Catalog.open(warehouse) as cat:
        states = cat.load_states()
        if name not in states:
            raise IngestError(
                f"no feed named {name!r} in {warehouse} (known: {', '.join(sorted(states)) or 'none'})"
            )
        state = reenable(states[name])
        cat.save_states([state])
    return state


def describe_run(summary: RunSummary) -> str:
    lines = [
        f"feeds: {summary.feeds} fetched ({summary.fetched} with new content, {summary.not_modified} unchanged, "
        f"{summary.failed} failed, {summary.skipped} not due)",
        f"articles: {summary.new_articles} new, {summary.revised} revised, {summary.duplicates} duplicates "
        f"(of {summary.items} feed items)",
        f"statements: {summary.statements} new ({summary.claims} claims)",
        f"warehouse: {summary.warehouse} ({', '.join(f'{k} {v}' for k, v in summary.tables.items() if k in CONTRACT_TABLES)})",
    ]
    if summary.pages or summary.pages_failed or summary.pages_queued:
        lines.insert(
            3,
            f"pages: {summary.pages} articles got their page's text, {summary.pages_failed} pages gave none, "
            f"{summary.pages_queued} left for the next run",
        )
    lines += [f"  failed: {e}" for e in summary.errors]
    lines += [f"  not fetched: {w}" for w in summary.waiting]
    lines += [f"  note: {n}" for n in summary.notes]
    return "\n".join(lines)


CONTRACT_TABLES = ("articles", "statements", "speakers", "fetches")


# -- whole run -----------------------------------------------------------------------------------


@contextmanager
def timed(steps: dict[str, float], name: str) -> Iterator[None]:
    """Record the seconds the block took as ``steps[name]`` (rounded to milliseconds)."""
    tick = time.perf_counter()
    try:
        yield
    finally:
        steps[name] = round(time.perf_counter() - tick, 3)


def run(
    feeds_file: str | Path,
    warehouse: Path,
    *,
    force: bool = False,
    settings: Settings | None = None,
    speakers_file: str | Path | None = None,
) -> RunSummary:
    """One full cycle: fetch the due feeds, process them (with article pages), fetch queued pages, rebuild
    the warehouse. Pages share one budget (``fulltext_budget_s``) across both steps."""
    started = time.perf_counter()
    steps: dict[str, float] = {}
    with timed(steps, "setup"):
        feeds_file = Path(feeds_file)
        load_feeds(feeds_file)  # fail fast on a bad feeds file, before anything is fetched
        simulated_start()  # and on a bad INGEST_NOW
        registry = load_registry(speakers_file) if speakers_file else default_registry()
        settings = settings or Settings(warehouse=Path(warehouse))
        budget = Budget(settings.fulltext_budget_s)
    with timed(steps, "fetch"):
        fetched = fetch_step(feeds_file, warehouse, force=force, settings=settings)
    with timed(steps, "process"):
        summary = process_step(
            feeds_file, warehouse, registry=registry, settings=settings, page_budget=budget
        )
    summary.skipped = fetched["statuses"].get("skipped", 0)
    summary.waiting = fetched["waiting"]
    with timed(steps, "pages"):
        pages = fulltext_step(feeds_file, warehouse, settings, budget=budget, registry=registry)
    summary.pages += pages["pages"]
    summary.pages_failed += pages["failed"]
    summary.pages_queued = pages["queued"]
    summary.statements += pages["statements"]
    with timed(steps, "build"):
        built = build_step(warehouse)
    summary.tables = built.tables
    if built.repaired:
        summary.errors.append(built.repaired)
    summary.warehouse = str(built.path)
    summary.step_seconds = steps
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


__all__ = [
    "EXTRACTOR_VERSION",
    "RunSummary",
    "build_step",
    "fetch_step",
    "fulltext_step",
    "process_step",
    "run",
]
