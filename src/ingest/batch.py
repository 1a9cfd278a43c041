"""One batch: the inbox records of a processing step turned into lake rows and one catalog commit.

A batch parses each fetched body, normalises its entries, deduplicates them against the batch and
the catalog, extracts statements from every new article and revision, writes one Parquet file per
table and commits them with the catalog's index updates in one transaction. Row times come from the
fetches themselves (not from the clock), so replaying the same inputs gives the same rows.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from functools import partial
from operator import attrgetter
from pathlib import Path
from typing import Any

from ingest import archive, fulltext, store
from ingest.arrowrows import Columns, Rows
from ingest.catalog import Catalog
from ingest.config import Settings
from ingest.credentials import redact_credentials, redact_text
from ingest.dedup import dedup_articles, is_new_revision
from ingest.extract import EXTRACTOR_VERSION, Registry
from ingest.extract.link import link_batch
from ingest.feedgaps import FetchedItems, note_gaps
from ingest.feedstate import new_state, next_state
from ingest.fetcherrors import name_redirect_target
from ingest.guidindex import follow_moved_items, record_guids, record_moves
from ingest.models import Article, ArticleText, Claim, Feed, FeedState, FetchResult, Statement
from ingest.normalise import normalise_entries
from ingest.parallel import ExtractionPool, extract_documents
from ingest.parse import ParseError, parse_feed
from ingest.pollhints import read_feed_hints
from ingest.storyindex import assign_stories


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
    pages: int = 0  # articles whose text came from their page in this run
    pages_failed: int = 0  # page attempts that gave no text (recorded in article_fetches)
    pages_queued: int = 0  # pages left for a later run
    batch_id: str = ""
    warehouse: str = ""
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)  # feeds not fetched: "<feed>: not due until … / gone"
    notes: list[str] = field(default_factory=list)  # fetches that may have missed items (ingest.feedgaps)
    tables: dict[str, int] = field(default_factory=dict)
    step_seconds: dict[str, float] = field(default_factory=dict)  # fetch, process, pages, build (ingest run)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Batch:
    candidates: list[Article] = field(default_factory=list)
    fetch_rows: list[dict[str, Any]] = field(default_factory=list)
    article_fetch: dict[str, str] = field(default_factory=dict)  # article_id -> first fetch_id carrying it
    states: dict[str, FeedState] = field(default_factory=dict)
    fetch_ids: list[str] = field(default_factory=list)
    outlets: dict[str, str] = field(default_factory=dict)  # feed name -> outlet
    update_states: bool = True  # False when replaying the archive: feed state is about live fetches
    feeds: dict[str, Feed] = field(default_factory=dict)  # feed name -> Feed (its fulltext mode)
    settings: Settings | None = None  # None: no article pages (archive replay)
    page_budget: fulltext.Budget | None = None  # shared with the run's later page step
    extractor: ExtractionPool | None = None  # extracts the likely new articles while the batch is read
    fetched: dict[str, FetchedItems] = field(default_factory=dict)  # fetch_id -> its items (ingest.feedgaps)

    @property
    def batch_at(self) -> datetime | None:
        """The batch's time: its latest fetch (deterministic for the same inputs)."""
        times = [r["fetched_at"] for r in self.fetch_rows]
        return max(times) if times else None


def absorb_fetch(
    batch: Batch,
    warehouse: Path,
    feeds: dict[str, Feed],
    result: FetchResult,
    fetch_id: str,
    now: datetime,
    summary: RunSummary,
) -> None:
    """Parse and normalise one fetch attempt's body into the batch; record the attempt and the feed's state."""
    feed = feeds.get(result.feed) or Feed(name=result.feed, url=result.url, outlet=result.feed)
    batch.outlets[feed.name] = feed.outlet
    items = 0
    hints = None  # the polling hints of a body read now (ttl, skipHours, …); None keeps the state's
    if result.status == "ok":
        try:
            body = archive.get_body(warehouse / "raw", result.body_sha256 or "")
            parsed = parse_feed(
                body, content_type=result.headers.get("content-type"), url=result.final_url or result.url
            )
        except ParseError as exc:
            result.status, result.error = "error", str(exc) + name_redirect_target(result)
        except (OSError, ValueError) as exc:
            result.status, result.error = "error", f"{type(exc).__name__}: {exc}"
        else:
            articles = normalise_entries(
                parsed.entries, feed, result.fetched_at, result.final_url or result.url
            )
            items = len(parsed.entries)
            hints = read_feed_hints(body)
            batch.candidates.extend(articles)
            last_ok = (batch.states.get(feed.name) or new_state(feed)).last_success_at
            dates = tuple((a.article_id, a.published_at, a.date_trusted) for a in articles)
            batch.fetched[fetch_id] = FetchedItems(feed.name, dates, last_ok)
            for art in articles:
                batch.article_fetch.setdefault(art.article_id, fetch_id)
            if parsed.bozo:
                result.error = f"recovered from malformed feed: {parsed.bozo_reason or 'not well-formed'}"
    if batch.update_states:
        prior = batch.states.get(feed.name) or new_state(feed)
        batch.states[feed.name] = next_state(prior, feed, result, now, hints)
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


def offer_candidates(cat: Catalog, batch: Batch, articles: list[Article]) -> None:
    """Start extracting the candidates that will probably be new articles or revisions (the batch's
    dedup decides; a guess that proves wrong costs CPU in a worker, never a different result)."""
    if batch.extractor is None or not articles:
        return
    known = cat.lookup_articles(a.article_id for a in articles)
    batch.extractor.offer(
        [
            article_text(art)
            for art in articles
            if (prior := known.get(art.article_id)) is None or is_new_revision(art, prior)
        ]
    )


def fetch_row(result: FetchResult, fetch_id: str, items: int) -> dict[str, Any]:
    return {
        "fetch_id": fetch_id,
        "feed": result.feed,
        "url": redact_credentials(result.url),
        "final_url": redact_credentials(result.final_url),
        "fetched_at": result.fetched_at,
        "status": result.status,
        "http_status": result.http_status,
        "bytes": result.bytes,
        "duration_ms": result.duration_ms,
        "items": items,
        "new_articles": 0,
        "error": redact_text(result.error),
        "body_sha256": result.body_sha256,
    }


def commit_batch(cat: Catalog, batch: Batch, registry: Registry | None, summary: RunSummary) -> None:
    """Deduplicate, extract, write the lake files and commit them (the commit point of a run)."""
    batch_at = batch.batch_at
    if batch_at is None:
        return
    known = cat.lookup_articles(a.article_id for a in batch.candidates)
    moved = follow_moved_items(cat.conn, batch.candidates, set(known))  # same guid, new link: same article
    pairs = [(a, b) for a, b in zip(batch.candidates, moved, strict=True) if a.article_id != b.article_id]
    for old, new in pairs:
        batch.article_fetch.setdefault(new.article_id, batch.article_fetch[old.article_id])
    if pairs:  # a moved item names a stored article; the ids it moved from were unknown
        known.update(cat.lookup_articles(new.article_id for _, new in pairs))
    batch.candidates = moved
    ids = [a.article_id for a in batch.candidates]
    seen_at: dict[str, datetime] = {}
    for art in batch.candidates:
        seen_at[art.article_id] = min(seen_at.get(art.article_id, art.first_seen_at), art.first_seen_at)
    result = dedup_articles(batch.candidates, known, cat.lookup_sightings(ids))
    stories = assign_stories(cat.conn, result.revisions, known)  # story clusters: ingest.storyindex (issue 4)
    pages = None
    if batch.settings is not None:  # article pages for summary-only feeds (ingest.fulltext, issue 7)
        pages = fulltext.enrich(cat, result.revisions, batch.feeds, batch.settings, budget=batch.page_budget)
        result.revisions = pages.articles
    new_by_fetch: dict[str, int] = {}
    for art in result.revisions:
        if art.revision == 1:
            fid = batch.article_fetch[art.article_id]
            new_by_fetch[fid] = new_by_fetch.get(fid, 0) + 1
    for row in batch.fetch_rows:
        row["new_articles"] = new_by_fetch.get(row["fetch_id"], 0)
    renamed = {old.article_id: new.article_id for old, new in pairs}
    summary.notes += note_gaps(batch.fetched, known, renamed, batch.fetch_rows, batch.states)
    batch_id = make_batch_id(
        batch_at, batch.fetch_ids if batch.update_states else ["replay", *batch.fetch_ids]
    )
    rows = extraction_rows(result.revisions, registry, batch_id, batch_at, cat, batch.extractor)
    rows["article_revisions"] = [revision_row(a, seen_at[a.article_id]) for a in result.revisions]
    rows["article_sightings"] = [shallow_row(s) for s in result.sightings]
    rows["article_fetches"] = pages.rows if pages is not None else []
    rows["fetches"] = batch.fetch_rows if batch.update_states else []
    rows["feed_state"] = [
        state_row(s, batch.outlets) for s in sorted(batch.states.values(), key=lambda s: s.feed)
    ]
    if not batch.update_states:
        rows["feed_state"] = []
    summary.new_articles, summary.revised, summary.duplicates = (
        result.new_articles,
        result.revised,
        result.duplicates,
    )
    summary.statements, summary.claims, summary.batch_id = (
        len(rows["statements"]),
        len(rows["claims"]),
        batch_id,
    )
    if pages is not None:
        summary.pages, summary.pages_failed, summary.pages_queued = pages.adopted, pages.failed, pages.left
    files = write_lake_files(cat, batch_id, batch_at, rows)
    if pages is not None:  # page queue, validators, robots.txt cache: safe to keep if the batch fails
        fulltext.save_state(cat, pages)
    cat.commit_batch(
        batch_id,
        batch_at,
        result.revisions,
        known,
        result.sightings,
        batch.fetch_ids,
        batch.states.values() if batch.update_states else [],
        files,
        {k: v for k, v in summary.as_dict().items() if isinstance(v, int | str)},
        on_commit=partial(write_indexes, stories.write, pairs, moved),  # in the same transaction
    )


def write_indexes(
    write_stories: Callable[[sqlite3.Connection], None],
    moves: list[tuple[Article, Article]],
    candidates: list[Article],
    tx: sqlite3.Connection,
) -> None:
    """The batch's own index rows: story index, moved items' aliases, the guids of its items."""
    write_stories(tx)
    record_moves(tx, moves)
    record_guids(tx, candidates)


def make_batch_id(batch_at: datetime, parts: list[str]) -> str:
    digest = hashlib.sha1("\n".join(sorted(parts)).encode()).hexdigest()[:10]
    return f"{batch_at:%Y%m%dT%H%M%S}-{digest}"


def write_lake_files(
    cat: Catalog, batch_id: str, batch_at: datetime, rows: dict[str, Rows]
) -> dict[str, tuple[str, int]]:
    """Write one file per non-empty table, announced to the catalog first so a crash leaves no orphan."""
    paths = {table: store.table_path(table, batch_id, batch_at.date()) for table, r in rows.items() if r}
    cat.begin_batch(batch_id, paths.values())
    return {
        table: (paths[table], store.write_rows(cat.lake, paths[table], table, rows[table])) for table in paths
    }


def extraction_rows(
    revisions: list[Article],
    registry: Registry | None,
    batch_id: str,
    batch_at: datetime,
    cat: Catalog | None = None,
    extractor: ExtractionPool | None = None,
) -> dict[str, Rows]:
    """Statements, claims and the extraction log of these revisions.

    Speaker ids are linked across the batch and, given the catalog, with the people named in earlier
    batches (a bare "Budanov" today is the "Kyrylo Budanov" of last week)."""
    per_article = extract_batch(revisions, registry, cat, extractor)
    log = [
        {
            "article_id": art.article_id,
            "revision": art.revision,
            "batch_id": batch_id,
            "extractor_version": EXTRACTOR_VERSION,
            "extracted_at": batch_at,
            "n_statements": len(found),
        }
        for art, found in per_article
    ]
    statements, claims = extraction_columns(per_article, batch_id)
    return {"statements": statements, "claims": claims, "extractions": log}


def extraction_columns(
    per_article: list[tuple[Article, list[Statement]]], batch_id: str
) -> tuple[Columns, Columns]:
    """The statement and claim rows, column by column: a statement's fields, then its article's revision,
    time, outlet and feed (which win over the statement's own); a claim's fields, then its statement's
    article and revision. Column by column, no dict per row (61,000 statements per 5,000 articles)."""
    stmts = [st for _, found in per_article for st in found]
    arts = [art for art, found in per_article for _ in found]
    statements = {
        name: list(map(attrgetter(name), stmts)) for name in field_names(Statement) if name != "claims"
    }
    for name in ("revision", "published_at", "outlet", "feed"):
        statements[name] = list(map(attrgetter(name), arts))
    statements["batch_id"] = [batch_id] * len(stmts)
    owners = [(st, art) for st, art in zip(stmts, arts, strict=True) for _ in st.claims]
    found_claims = [c for st in stmts for c in st.claims]
    claims = {name: list(map(attrgetter(name), found_claims)) for name in field_names(Claim)}
    claims["article_id"] = [st.article_id for st, _ in owners]
    claims["revision"] = [art.revision for _, art in owners]
    claims["batch_id"] = [batch_id] * len(found_claims)
    return Columns(len(stmts), statements), Columns(len(found_claims), claims)


def extract_batch(
    revisions: list[Article],
    registry: Registry | None,
    cat: Catalog | None = None,
    extractor: ExtractionPool | None = None,
) -> list[tuple[Article, list[Statement]]]:
    docs = [article_text(art) for art in revisions]
    found = extractor.extract(docs) if extractor is not None else extract_documents(docs, registry)
    out = list(zip(revisions, found, strict=True))
    items = [it for _, extracted in out for it in extracted]
    known = (
        cat.lookup_persons(it.key.split("|", 1)[-1] for it in items if it.key) if cat is not None else None
    )
    link_batch(items, registry, known)
    if cat is not None:
        cat.save_persons({it.key: it.statement.speaker for it in items if it.key and not it.surname_only})
    return [(art, [it.statement for it in extracted]) for art, extracted in out]


def article_text(art: Article) -> ArticleText:
    """What extraction reads of an article."""
    return ArticleText(
        id=art.article_id,
        text=art.text,
        title=art.title,
        language=art.language,
        published=art.published_at,
        outlet=art.outlet,
        url=art.url,
    )


def revision_row(art: Article, seen_at: datetime) -> dict[str, Any]:
    row = shallow_row(art, "is_original")
    row["seen_at"] = seen_at
    return row


def shallow_row(obj: Any, skip: str = "") -> dict[str, Any]:
    """A dataclass's fields as a dict, values shared (``dataclasses.asdict`` deep-copies every value: 30× slower,
    and a sixth of a 5,000-article run went there; the values here are immutable scalars)."""
    return {name: getattr(obj, name) for name in field_names(type(obj)) if name != skip}


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


def state_row(state: FeedState, outlets: dict[str, str]) -> dict[str, Any]:
    row = {k: getattr(state, k) for k in store.SCHEMAS["feed_state"].names if hasattr(state, k)}
    row.update(
        outlet=outlets.get(state.feed),
        url=redact_credentials(state.url),
        original_url=redact_credentials(state.original_url),
        last_error=redact_text(state.last_error),
    )
    return row
