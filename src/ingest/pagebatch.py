"""Page text that arrives after an article was stored, committed as a new revision of it.

* ``fetch_queued`` (``pipeline.fulltext_step``): the pages left in the queue by earlier batches, due
  now, fetched within the run's budget. An adopted page becomes revision n+1 (``text_source='page'``,
  story kept, statements re-extracted); every attempt is an ``article_fetches`` row; the queue
  changes commit in the same transaction.
* ``reextract_pages`` (``ingest reprocess --stages pages``): no network. Each article's latest
  archived page is extracted again; a text that differs from the stored one (a better extractor, a
  page that is now recognised as an article) becomes a revision. Idempotent.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from ingest import archive, fulltext, pagequeue
from ingest.batch import extraction_rows, make_batch_id, revision_row, write_lake_files
from ingest.catalog import Catalog
from ingest.clock import utc_now
from ingest.config import Settings
from ingest.dedup import KnownArticle
from ingest.extract import Registry
from ingest.lakepath import connect_lake
from ingest.models import Article, Feed
from ingest.pageextract import extract_page

LATEST_PAGES_SQL = """
with pages as (
    select * from read_parquet($fetch_files, union_by_name = true)
    where body_sha256 is not null and status in ('ok', 'not_modified', 'short', 'paywall', 'consent',
                                                 'error_page', 'empty', 'not_html')
      and ($since is null or fetched_at >= $since) and ($until is null or fetched_at < $until)
    qualify row_number() over (partition by article_id order by fetched_at desc, fetch_id desc) = 1
),
revisions as (
    select * from read_parquet($revision_files, union_by_name = true)
    where article_id in (select article_id from pages)
    qualify row_number() over (partition by article_id order by revision desc, seen_at) = 1
)
select p.body_sha256, p.final_url, p.fetched_at, r.* exclude (seen_at)
from pages as p join revisions as r using (article_id)
order by article_id
"""


def fetch_queued(
    cat: Catalog,
    feeds: Mapping[str, Feed],
    settings: Settings,
    *,
    budget: fulltext.Budget | None = None,
    registry: Registry | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Fetch the queued pages due now and commit the adopted ones as revisions."""
    now = now or utc_now()
    fulltext.ensure_schema(cat)
    due = pagequeue.due_entries(cat.conn, now)
    known = cat.lookup_articles(e.article_id for e in due)
    live, stale = [], set()
    for entry in due:
        art, prior = entry.article, known.get(entry.article_id)
        current = prior is not None and prior.revision == art.revision
        if current and fulltext.needs_page(art, feeds.get(art.feed), settings.fulltext_min_chars):
            live.append(entry)
        else:
            stale.add(entry.article_id)  # gone, revised since, or its feed no longer wants pages
    run = fulltext.enrich_queued(cat, live, settings, budget=budget, now=now)
    run.changes.drop |= stale
    out = commit_pages(cat, run, known, registry, now, "pages")
    out.update(due=len(due), queued=pagequeue.queue_size(cat.conn))
    return out


def commit_pages(
    cat: Catalog,
    run: fulltext.PageRun,
    known: dict[str, KnownArticle],
    registry: Registry | None,
    now: datetime,
    label: str,
) -> dict[str, Any]:
    """Commit the adopted pages as revisions n+1, with the run's article_fetches rows and queue changes."""
    revisions = [
        replace(
            art,
            revision=prior.revision + 1,
            first_seen_at=prior.first_seen_at,
            story_id=prior.story_id,
            is_original=prior.is_original,
        )
        for art in run.page_articles
        if (prior := known.get(art.article_id)) is not None
    ]
    out: dict[str, Any] = {"pages": len(revisions), "failed": run.failed, "statements": 0, "batch_id": None}
    if not revisions and not run.rows:
        fulltext.save_state(cat, run)
        return out
    keys = [label, *(f"{a.article_id}:{a.revision}" for a in revisions), *(r["fetch_id"] for r in run.rows)]
    batch_id = make_batch_id(now, keys)
    rows = extraction_rows(revisions, registry, batch_id, now, cat)  # speaker ids linked with earlier batches
    rows["article_revisions"] = [revision_row(a, now) for a in revisions]
    rows["article_fetches"] = run.rows
    files = write_lake_files(cat, batch_id, now, rows)
    summary = {"pages": len(revisions), "page_attempts": len(run.rows), "statements": len(rows["statements"])}
    cat.commit_batch(batch_id, now, revisions, known, [], [], [], files, summary, on_commit=run.write)
    out.update(statements=len(rows["statements"]), batch_id=batch_id)
    return out


def reextract_pages(
    cat: Catalog,
    since: datetime | None = None,
    until: datetime | None = None,
    registry: Registry | None = None,
) -> dict[str, Any]:
    """Extract every article's latest archived page again; commit the texts that changed."""
    raw = cat.path.parent / "raw"
    now = utc_now()
    adopted: list[Article] = []
    seen = 0
    for sha, final_url, fetched_at, art in latest_pages(cat, since, until):
        seen += 1
        try:
            body = archive.get_body(raw, sha)
        except archive.ArchiveError:
            continue
        page = extract_page(body, archived_headers(raw, sha), final_url or art.url, asked_url=art.url)
        if art.text_source == "page":
            base = replace(art, text="", text_source="feed")  # any article text replaces a page text
            new = fulltext.adopt_page(base, page, fetched_at)
            if new is not None and new.text != art.text:
                adopted.append(replace(new, published_at=art.published_at, date_trusted=art.date_trusted))
        elif (new := fulltext.adopt_page(art, page, fetched_at)) is not None:
            adopted.append(new)
    known = cat.lookup_articles(a.article_id for a in adopted)
    out = commit_pages(cat, fulltext.PageRun(adopted), known, registry, now, "reprocess-pages")
    out["archived_pages"] = seen
    return out


def latest_pages(
    cat: Catalog, since: datetime | None, until: datetime | None
) -> list[tuple[str, str | None, datetime, Article]]:
    """(body sha256, final URL, fetched_at, latest revision) of every article with an archived page."""
    files = cat.readable_files(("article_fetches", "article_revisions"))
    con = connect_lake(cat.lake)
    try:
        cursor = con.execute(
            LATEST_PAGES_SQL,
            {
                "fetch_files": files["article_fetches"],
                "revision_files": files["article_revisions"],
                "since": since,
                "until": until,
            },
        )
        columns = [d[0] for d in cursor.description or []]
        names = set(Article.__dataclass_fields__)
        out = []
        for row in cursor.fetchall():
            values = dict(zip(columns[3:], row[3:], strict=True))
            art = Article(**{k: v for k, v in values.items() if k in names})
            out.append((row[0], row[1], row[2], art))
        return out
    finally:
        con.close()


def archived_headers(raw: Any, sha256: str) -> dict[str, str]:
    """The response headers of the latest sighting of an archived page (its Content-Type for decoding)."""
    sightings = [s for s in archive.get_meta(raw, sha256).get("sightings", []) if isinstance(s, dict)]
    if not sightings:
        return {}
    latest = max(sightings, key=lambda s: str(s.get("fetched_at", "")))
    return {str(k).lower(): str(v) for k, v in (latest.get("headers") or {}).items()}
