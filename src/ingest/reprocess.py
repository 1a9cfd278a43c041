"""Reprocessing from what is already stored: no network.

* ``parse`` replays the raw archive: every body fetched in the date range is parsed and normalised
  again and deduplicated against the catalog, so articles a bug once dropped come back and changed
  texts become revisions; nothing already stored is added twice.
* ``pages`` extracts every article's latest archived page again (``ingest.pagebatch``): a text that
  changed (a better page extractor) becomes a revision, statements included.
* ``extract`` runs the current extractor over the latest revision of every article in the range
  whose latest extraction was made by another extractor version (or every one with ``force``), and
  records the extraction; the warehouse then serves the newest extraction of each revision.

All are idempotent: a second run with the same code adds nothing.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from ingest import archive, store
from ingest.batch import (
    Batch,
    RunSummary,
    absorb_fetch,
    commit_batch,
    extraction_rows,
    make_batch_id,
    write_lake_files,
)
from ingest.catalog import Catalog
from ingest.clock import utc_now
from ingest.config import IngestError, load_feeds
from ingest.extract import EXTRACTOR_VERSION, Registry
from ingest.inbox import make_fetch_id
from ingest.lakepath import connect_lake
from ingest.models import Article, FetchResult
from ingest.parallel import paused_gc

STAGES = ("parse", "pages", "extract")
EXTRACT_CHUNK = 5_000


def reprocess(
    warehouse: Path,
    *,
    feeds_file: str | Path | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    stages: tuple[str, ...] = STAGES,
    registry: Registry | None = None,
    force: bool = False,
) -> dict[str, Any]:
    unknown = sorted(set(stages) - set(STAGES))
    if unknown:
        raise IngestError(f"unknown stage {unknown[0]!r} (stages: {', '.join(STAGES)})")
    if not stages:
        raise IngestError(f"no stage given (--stages takes a comma-separated list of {', '.join(STAGES)})")
    if since is not None and until is not None and since >= until:
        raise IngestError(
            f"--since {since.isoformat()} is not before --until {until.isoformat()}: nothing would be reprocessed"
        )
    if not (warehouse / "catalog.sqlite").is_file() and not (warehouse / "raw").is_dir():
        raise IngestError(f"{warehouse}: nothing to reprocess (no catalog and no raw archive)")
    out: dict[str, Any] = {"extractor_version": EXTRACTOR_VERSION}
    if "parse" in stages:
        out["parse"] = replay_archive(warehouse, feeds_file, since, until, registry).as_dict()
    if "pages" in stages:
        from ingest.pagebatch import reextract_pages

        with Catalog.open(warehouse) as cat:
            out["pages"] = reextract_pages(cat, since, until, registry)
    if "extract" in stages:
        out["extract"] = reextract(warehouse, since, until, registry, force)
    return out


def replay_archive(
    warehouse: Path,
    feeds_file: str | Path | None,
    since: datetime | None,
    until: datetime | None,
    registry: Registry | None,
) -> RunSummary:
    """Parse every archived body first fetched in [since, until) again, as one batch."""
    feeds = {f.name: f for f in load_feeds(feeds_file)} if feeds_file else {}
    summary = RunSummary(warehouse=str(warehouse))
    batch = Batch(update_states=False)
    now = utc_now()
    with paused_gc():
        for result in archived_results(warehouse / "raw", since, until):
            absorb_fetch(batch, warehouse, feeds, result, make_fetch_id(result), now, summary)
        with Catalog.open(warehouse) as cat:
            commit_batch(cat, batch, registry, summary)
    return summary


def archived_results(root: Path, since: datetime | None, until: datetime | None) -> list[FetchResult]:
    """One ok FetchResult per archived feed body: its first sighting within the range, oldest first
    (article pages, sightings of ``kind: page``, are the ``pages`` stage's)."""
    out = []
    for sha in archive.iter_bodies(root):
        sightings = []
        for seen in archive.get_meta(root, sha).get("sightings", []):
            if seen.get("kind") == "page":
                continue
            when = datetime.fromisoformat(seen["fetched_at"])
            if (since is None or when >= since) and (until is None or when < until):
                sightings.append((when, seen))
        if not sightings:
            continue
        when, seen = min(sightings, key=lambda s: (s[0], s[1].get("feed", "")))
        out.append(
            FetchResult(
                feed=seen.get("feed", ""),
                url=seen.get("url", ""),
                fetched_at=when,
                status="ok",
                http_status=seen.get("http_status"),
                final_url=seen.get("final_url"),
                headers=dict(seen.get("headers") or {}),
                body_sha256=sha,
            )
        )
    out.sort(key=lambda r: (r.fetched_at, r.feed, r.body_sha256 or ""))
    return out


def reextract(
    warehouse: Path, since: datetime | None, until: datetime | None, registry: Registry | None, force: bool
) -> dict[str, Any]:
    """Extract statements again from the latest revisions whose extraction is out of date."""
    with paused_gc(), Catalog.open(warehouse) as cat:
        revisions = stale_revisions(cat, since, until, force)
        statements = 0
        for i in range(0, len(revisions), EXTRACT_CHUNK):
            chunk = revisions[i : i + EXTRACT_CHUNK]
            now = utc_now()
            batch_id = make_batch_id(
                now, [EXTRACTOR_VERSION, *(f"{a.article_id}:{a.revision}" for a in chunk)]
            )
            rows = extraction_rows(chunk, registry, batch_id, now, cat)
            files = write_lake_files(cat, batch_id, now, rows)
            cat.commit_batch(batch_id, now, [], {}, [], [], [], files, {"reextracted": len(chunk)})
            statements += len(rows["statements"])
    return {"articles": len(revisions), "statements": statements}


def stale_revisions(
    cat: Catalog, since: datetime | None, until: datetime | None, force: bool
) -> list[Article]:
    """Latest revisions in the range whose newest extraction used another extractor version."""
    files = cat.readable_files(store.SCHEMAS)
    con = connect_lake(cat.lake)
    try:
        rows = con.execute(
            """
            with revisions as (
                select * from read_parquet($revision_files, union_by_name = true)
                qualify row_number() over (partition by article_id order by revision desc, seen_at) = 1
            ),
            extractions as (
                select article_id, revision, arg_max(extractor_version, batch_id) as extractor_version
                from read_parquet($extraction_files, union_by_name = true)
                group by all
            )
            select r.* exclude (seen_at)
            from revisions as r
            left join extractions as e using (article_id, revision)
            where ($since is null or r.published_at >= $since)
              and ($until is null or r.published_at < $until)
              and ($force or e.extractor_version is distinct from $version)
            order by r.article_id
            """,
            {
                "revision_files": files["article_revisions"],
                "extraction_files": files["extractions"],
                "since": since,
                "until": until,
                "force": force,
                "version": EXTRACTOR_VERSION,
            },
        )
        columns = [d[0] for d in rows.description or []]
        fields_ = set(Article.__dataclass_fields__)
        return [
            Article(**{k: v for k, v in zip(columns, row, strict=True) if k in fields_})
            for row in rows.fetchall()
        ]
    finally:
        con.close()
