"""The pipeline: fetch → parse → normalise → dedup → store (Parquet) → extract → warehouse (DuckDB).

Three steps, each safe to re-run and to kill at any moment:

* ``fetch_step`` fetches due feeds, stores each body in the raw archive and drops one small JSON
  record per attempt into ``<warehouse>/inbox/``.
* ``process_step`` turns every unprocessed inbox record into lake rows (articles, sightings,
  statements, claims, fetches, feed state) and commits them in the catalog in one transaction.
* ``build_step`` rebuilds ``news.duckdb`` from the committed lake files and runs the data checks.

The CLI runs all three; the Airflow DAGs run them as separate tasks (paths and small dicts pass
between them, never data frames).
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ingest import archive, store
from ingest.catalog import Catalog, read_states
from ingest.config import IngestError, Settings, load_feeds
from ingest.dedup import dedup_articles
from ingest.extract import EXTRACTOR_VERSION, Registry, extract_statements, load_registry
from ingest.feedstate import new_state, next_state, reenable
from ingest.fetch import fetch_feeds
from ingest.models import Article, ArticleText, Feed, FeedState, FetchResult, Statement
from ingest.normalise import normalise_entries
from ingest.parse import ParseError, parse_feed
from ingest.warehouse import BuildResult, build_warehouse

INBOX = "inbox"


@dataclass(slots=True)
class RunSummary:
    feeds: int = 0
    fetched: int = 0
    not_modified: int = 0
    skipped: int = 0
    failed: int = 0
    items: int = 0
    new_articles: int = 0
    revised: int = 0
    duplicates: int = 0
    statements: int = 0
    claims: int = 0
    batch_id: str = ""
    warehouse: str = ""
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)
    tables: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def utc_now() -> datetime:
    return datetime.now(UTC)


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
    settings = settings or Settings(warehouse=warehouse)
    feeds = [f for f in load_feeds(feeds_file) if only is None or f.name in only]
    with Catalog.open(warehouse) as cat:
        states = cat.load_states()
    results = fetch_feeds(feeds, states, settings, force=force)
    counts: dict[str, int] = {}
    for result in results:
        counts[result.status] = counts.get(result.status, 0) + 1
        if result.status != "skipped":
            put_inbox(warehouse, result)
    return {"feeds": len(feeds), "statuses": counts}


def put_inbox(warehouse: Path, result: FetchResult) -> Path:
    """Archive the body (content-addressed) and write the attempt's record into the inbox."""
    record = {k: v for k, v in asdict(result).items() if k != "body"}
    sha256 = archive.archive_result(warehouse / "raw", result)
    if sha256:
        record["body_sha256"] = sha256
    for key, value in record.items():
        if isinstance(value, datetime):
            record[key] = value.isoformat()
    fetch_id = make_fetch_id(result)
    record["fetch_id"] = fetch_id
    path = warehouse / INBOX / f"{result.fetched_at:%Y%m%dT%H%M%S%f}-{fetch_id}.json"
    write_json_atomic(path, record)
    return path


def make_fetch_id(result: FetchResult) -> str:
    basis = f"{result.feed}\n{result.url}\n{result.fetched_at.isoformat()}"
    return hashlib.sha1(basis.encode()).hexdigest()[:20]


def write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, sort_keys=True)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def read_inbox(warehouse: Path) -> list[tuple[Path, FetchResult, str]]:
    folder = warehouse / INBOX
    out = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        data = json.loads(path.read_text(encoding="utf-8"))
        fetch_id = data.pop("fetch_id")
        out.append((path, decode_result(data), fetch_id))
    return out


def decode_result(data: dict[str, Any]) -> FetchResult:
    known = {f.name for f in fields(FetchResult)}
    for key in ("fetched_at", "retry_after"):
        if data.get(key):
            data[key] = datetime.fromisoformat(data[key])
    return FetchResult(**{k: v for k, v in data.items() if k in known})


# -- process -------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Batch:
    candidates: list[Article] = field(default_factory=list)
    fetch_rows: list[dict[str, Any]] = field(default_factory=list)
    article_fetch: dict[str, str] = field(default_factory=dict)  # article_id -> first fetch_id carrying it
    states: dict[str, FeedState] = field(default_factory=dict)
    fetch_ids: list[str] = field(default_factory=list)
    inbox_paths: list[Path] = field(default_factory=list)
    outlets: dict[str, str] = field(default_factory=dict)  # feed name -> outlet


def process_step(
    feeds_file: str | Path | None,
    warehouse: Path,
    *,
    registry: Registry | None = None,
    now: datetime | None = None,
) -> RunSummary:
    """Turn every unprocessed inbox record into committed lake rows; returns what was added."""
    now = now or utc_now()
    feeds = {f.name: f for f in load_feeds(feeds_file)} if feeds_file else {}
    summary = RunSummary(warehouse=str(warehouse))
    with Catalog.open(warehouse) as cat:
        inbox = read_inbox(warehouse)
        done = cat.processed_fetch_ids(fid for _, _, fid in inbox)
        batch = _Batch(states=cat.load_states())
        for path, result, fetch_id in inbox:
            batch.inbox_paths.append(path)
            if fetch_id not in done:
                absorb_fetch(batch, warehouse, feeds, result, fetch_id, now, summary)
        if batch.fetch_ids:
            commit_batch(cat, warehouse, batch, registry, now, summary)
    for path in batch.inbox_paths:
        path.unlink(missing_ok=True)
    return summary


def absorb_fetch(
    batch: _Batch,
    warehouse: Path,
    feeds: dict[str, Feed],
    result: FetchResult,
    fetch_id: str,
    now: datetime,
    summary: RunSummary,
) -> None:
    feed = feeds.get(result.feed) or Feed(name=result.feed, url=result.url, outlet=result.feed)
    batch.outlets[feed.name] = feed.outlet
    items = 0
    if result.status == "ok":
        try:
            body = archive.get_body(warehouse / "raw", result.body_sha256 or "")
            parsed = parse_feed(body, content_type=result.headers.get("content-type"), url=result.final_url or result.url)
        except (ParseError, OSError, ValueError) as exc:
            result.status, result.error = "error", f"{type(exc).__name__}: {exc}" if not isinstance(exc, ParseError) else str(exc)
        else:
            articles = normalise_entries(parsed.entries, feed, result.fetched_at, result.final_url or result.url)
            items = len(parsed.entries)
            batch.candidates.extend(articles)
            for art in articles:
                batch.article_fetch.setdefault(art.article_id, fetch_id)
            if parsed.bozo:
                result.error = f"recovered from malformed feed: {parsed.bozo_reason or 'not well-formed'}"
    prior = batch.states.get(feed.name) or new_state(feed)
    batch.states[feed.name] = next_state(prior, feed, result, now)
    batch.fetch_ids.append(fetch_id)
    summary.feeds += 1
    summary.items += items
    if result.status == "ok":
        summary.fetched += 1
    elif result.status in ("not_modified", "unchanged"):
        summary.not_modified += 1
    else:
        summary.failed += 1
        summary.errors.append(f"{result.feed}: {result.error or result.status}")
    batch.fetch_rows.append(fetch_row(result, fetch_id, items))


def fetch_row(result: FetchResult, fetch_id: str, items: int) -> dict[str, Any]:
    return {
        "fetch_id": fetch_id,
        "feed": result.feed,
        "url": result.url,
        "final_url": result.final_url,
        "fetched_at": result.fetched_at,
        "status": result.status,
        "http_status": result.http_status,
        "bytes": result.bytes,
        "duration_ms": result.duration_ms,
        "items": items,
        "new_articles": 0,
        "error": result.error,
        "body_sha256": result.body_sha256,
    }


def commit_batch(
    cat: Catalog, warehouse: Path, batch: _Batch, registry: Registry | None, now: datetime, summary: RunSummary
) -> None:
    ids = [a.article_id for a in batch.candidates]
    known = cat.lookup_articles(ids)
    result = dedup_articles(batch.candidates, known, cat.lookup_sightings(ids))
    for art in result.revisions:
        prior = known.get(art.article_id)
        art.story_id = prior.story_id if prior and prior.story_id else art.article_id
    new_by_fetch: dict[str, int] = {}
    for art in result.revisions:
        if art.revision == 1:
            fid = batch.article_fetch[art.article_id]
            new_by_fetch[fid] = new_by_fetch.get(fid, 0) + 1
    for row in batch.fetch_rows:
        row["new_articles"] = new_by_fetch.get(row["fetch_id"], 0)
    statements = extract_batch(result.revisions, registry)
    batch_id = f"{now:%Y%m%dT%H%M%S}-{hashlib.sha1(''.join(sorted(batch.fetch_ids)).encode()).hexdigest()[:10]}"
    rows = {
        "article_revisions": [revision_row(a, now) for a in result.revisions],
        "article_sightings": [asdict(s) for s in result.sightings],
        "statements": [statement_row(s, a) for a, ss in statements for s in ss],
        "claims": [claim_row(c, s) for _, ss in statements for s in ss for c in s.claims],
        "fetches": batch.fetch_rows,
        "feed_state": [state_row(s, batch.outlets) for s in sorted(batch.states.values(), key=lambda s: s.feed)],
    }
    paths = {table: store.table_path(table, batch_id, now.date()) for table, r in rows.items() if r}
    cat.begin_batch(batch_id, paths.values())
    files = {table: (paths[table], store.write_rows(cat.lake, paths[table], table, rows[table])) for table in paths}
    summary.new_articles, summary.revised, summary.duplicates = result.new_articles, result.revised, result.duplicates
    summary.statements, summary.claims, summary.batch_id = len(rows["statements"]), len(rows["claims"]), batch_id
    cat.commit_batch(
        batch_id, now, result.revisions, known, result.sightings, batch.fetch_ids, batch.states.values(), files,
        {k: v for k, v in summary.as_dict().items() if isinstance(v, int | str)},
    )


def extract_batch(revisions: list[Article], registry: Registry | None) -> list[tuple[Article, list[Statement]]]:
    out = []
    for art in revisions:
        doc = ArticleText(
            id=art.article_id, text=art.text, title=art.title, language=art.language, published=art.published_at,
            outlet=art.outlet, url=art.url,
        )
        out.append((art, extract_statements(doc, registry)))
    return out


def revision_row(art: Article, now: datetime) -> dict[str, Any]:
    row = asdict(art)
    row.pop("is_original", None)
    row["seen_at"] = now
    return row


def statement_row(s: Statement, art: Article) -> dict[str, Any]:
    row = asdict(s)
    row.pop("claims")
    row.update(revision=art.revision, published_at=art.published_at, outlet=art.outlet, feed=art.feed)
    return row


def claim_row(c: Any, s: Statement) -> dict[str, Any]:
    row = asdict(c)
    row.update(article_id=s.article_id, revision=s.revision)
    return row


def state_row(state: FeedState, outlets: dict[str, str]) -> dict[str, Any]:
    row = {k: getattr(state, k) for k in store.SCHEMAS["feed_state"].names if hasattr(state, k)}
    row["outlet"] = outlets.get(state.feed)
    return row


# -- build ---------------------------------------------------------------------------------------


def build_step(warehouse: Path) -> BuildResult:
    """Rebuild news.duckdb from every committed lake file and run the data checks."""
    with Catalog.open(warehouse) as cat:
        files = {table: [p for _, p in cat.lake_files(table)] for table in store.SCHEMAS}
    return build_warehouse(warehouse, files)


# -- reports -------------------------------------------------------------------------------------

HEALTHY_STATUSES = ("ok", "not_modified", "unchanged")
STATUS_COLUMNS = ["feed", "state", "last_fetch_at", "result", "http", "failures", "next_fetch_at", "error"]


def feed_status(warehouse: Path) -> tuple[list[str], list[tuple[Any, ...]]]:
    """One row per feed, failing feeds first."""
    rows = []
    for st in read_states(warehouse).values():
        failing = st.state != "active" or (st.last_status or "") not in HEALTHY_STATUSES
        rows.append((not failing, st.feed, st.state, st.last_fetch_at, st.last_status, st.last_http_status,
                     st.consecutive_failures, st.next_fetch_at, st.last_error))
    rows.sort(key=lambda r: (r[0], r[1]))
    return STATUS_COLUMNS, [r[1:] for r in rows]


def reenable_feed(warehouse: Path, name: str) -> FeedState:
    """Make a gone, disabled-by-server or backing-off feed due again."""
    with Catalog.open(warehouse) as cat:
        states = cat.load_states()
        if name not in states:
            raise IngestError(f"no feed named {name!r} in {warehouse} (known: {', '.join(sorted(states)) or 'none'})")
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
    lines += [f"  failed: {e}" for e in summary.errors]
    return "\n".join(lines)


CONTRACT_TABLES = ("articles", "statements", "speakers", "fetches")


# -- whole run -----------------------------------------------------------------------------------


def run(
    feeds_file: str | Path,
    warehouse: Path,
    *,
    force: bool = False,
    settings: Settings | None = None,
    speakers_file: str | Path | None = None,
) -> RunSummary:
    """One full cycle: fetch the due feeds, process them, rebuild the warehouse."""
    started = time.perf_counter()
    feeds_file = Path(feeds_file)
    load_feeds(feeds_file)  # fail fast on a bad feeds file, before anything is fetched
    registry = load_registry(speakers_file) if speakers_file else None
    fetched = fetch_step(feeds_file, warehouse, force=force, settings=settings)
    summary = process_step(feeds_file, warehouse, registry=registry)
    summary.skipped = fetched["statuses"].get("skipped", 0)
    built = build_step(warehouse)
    summary.tables = built.tables
    summary.warehouse = str(built.path)
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


__all__ = ["EXTRACTOR_VERSION", "RunSummary", "build_step", "fetch_step", "process_step", "run"]
