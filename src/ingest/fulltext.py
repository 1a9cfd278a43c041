"""Full article text for feeds that carry only a summary: fetch the article's page within a budget.

``enrich(cat, revisions, feeds, settings, budget=...)`` picks the revisions that need their page
(``needs_page``: the feed's ``fulltext`` mode; in ``auto`` a text shorter than
``Settings.fulltext_min_chars`` or ending in "…"/"Read more"), fetches those pages concurrently
(``ingest.pagefetch``: the fetch rules of feeds, robots.txt, one run budget), archives each HTML
body, extracts it (``ingest.pageextract``) and returns a ``PageRun``: the revisions with page text
where it was adopted (``text_source='page'``, canonical URL from the page via
``urls.prefer_canonical``, article_id unchanged), one ``article_fetches`` row per attempt, and the
queue changes (pages left for a later run). Adopting needs an ``article`` page whose text is long
enough that the feed's summary can never count as a revision of it (``dedup``'s share).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ingest import pagequeue, robots
from ingest.catalog import Catalog
from ingest.clock import utc_now
from ingest.config import Settings
from ingest.dedup import MIN_REVISION_LENGTH_SHARE
from ingest.langid import detect_language
from ingest.models import Article, Feed, FetchResult
from ingest.normalise import hash_content
from ingest.pagefetch import Budget, PageOutcome, fetch_pages
from ingest.pagequeue import QueueChanges, QueueEntry, Validator
from ingest.urls import prefer_canonical

if TYPE_CHECKING:
    from ingest.pageextract import PageText

__all__ = ["Budget", "PageRun", "adopt_page", "enrich", "enrich_queued", "needs_page", "save_state"]

TRUNCATED_RE = re.compile(
    r"(?:…|\.\.\.|\b(?:read more|continue reading|weiterlesen|mehr lesen|читати далі|детальніше|"
    r"читать далее|подробнее))\W{0,3}$",
    re.IGNORECASE,
)
RESERVED_HOST_RE = re.compile(
    r"(?:^|\.)(?:example|test|invalid|localhost)$|(?:^|\.)example\.(?:com|net|org)$"
)
TAIL_CHARS = 40
EARLIEST_DATE = datetime(1990, 1, 1, tzinfo=UTC)
FUTURE_TOLERANCE = timedelta(days=1)
STATUS_BY_KIND = {"paywall": "paywall", "consent": "consent", "error": "error_page", "empty": "empty"}


def needs_page(article: Article, feed: Feed | None, threshold: int) -> bool:
    """Whether to fetch the article's page: never / always per feed; in auto mode when the feed's text is
    short or looks cut off. Pages on reserved names (``.example``, ``.test``, ``example.com``…) never are,
    nor (round fourteen) a page an item links to one part of (a live blog's update: its page's text is all
    the updates, not this one's)."""
    mode = feed.fulltext if feed is not None else "auto"
    if mode == "never" or not is_fetchable(article.url) or "#" in article.url:
        return False  # round fourteen: a link to one update of a page (a live blog's "#post-101") is no page
    if mode == "always" or len(article.text) < threshold:
        return True
    return TRUNCATED_RE.search(article.text, max(0, len(article.text) - TAIL_CHARS)) is not None


def is_fetchable(url: str) -> bool:
    if not url.startswith(("http://", "https://")):
        return False
    host = (urlsplit(url).hostname or "").rstrip(".").lower()
    return bool(host) and RESERVED_HOST_RE.search(host) is None


def adopt_page(article: Article, page: PageText, fetched_at: datetime) -> Article | None:
    """The revision with the page's text, or None when the page is no article or not clearly longer
    than the feed's text (else the feed's summary would later count as a new revision of it)."""
    if page.kind != "article" or not page.text:
        return None
    if len(article.text) >= MIN_REVISION_LENGTH_SHARE * len(page.text):
        return None
    title = article.title or page.title
    published, trusted = article.published_at, article.date_trusted
    when = page.published
    if not trusted and when is not None and EARLIEST_DATE <= when <= fetched_at + FUTURE_TOLERANCE:
        published, trusted = when, True
    return replace(
        article,
        text=page.text,
        text_source="page",
        title=title,
        canonical_url=prefer_canonical(article.url or article.canonical_url, page.canonical),
        language=choose_language(article.language, page),
        content_hash=hash_content(title, page.text),
        published_at=published,
        date_trusted=trusted,
    )


def choose_language(feed_language: str | None, page: PageText) -> str | None:
    """The feed's language, unless the page's own (``<html lang>``) differs and its text confirms it."""
    if not feed_language:
        return page.language
    if page.language and page.language != feed_language and detect_language(page.text) == page.language:
        return page.language
    return feed_language


@dataclass(slots=True)
class PageRun:
    """What a page run produced, to commit with its batch."""

    articles: list[Article]  # the input revisions, with page text where it was adopted
    rows: list[dict[str, Any]] = field(default_factory=list)  # article_fetches rows
    changes: QueueChanges = field(default_factory=QueueChanges)
    robots: list[robots.RobotsEntry] = field(default_factory=list)
    adopted: int = 0
    failed: int = 0
    left: int = 0  # pages kept in the queue for a later run

    def write(self, conn: Any) -> None:
        """Queue, validators and robots.txt cache (inside the caller's transaction)."""
        pagequeue.write_changes(conn, self.changes)
        robots.write_entries(conn, self.robots)

    @property
    def page_articles(self) -> list[Article]:
        return [a for a in self.articles if a.text_source == "page"]


def enrich(
    cat: Catalog,
    revisions: list[Article],
    feeds: Mapping[str, Feed],
    settings: Settings,
    *,
    budget: Budget | None = None,
    now: datetime | None = None,
) -> PageRun:
    """Page text for the revisions that need it, within the budget (new articles of a batch)."""
    wanted = [a for a in revisions if needs_page(a, feeds.get(a.feed), settings.fulltext_min_chars)]
    if not wanted:
        return PageRun(list(revisions))
    ensure_schema(cat)
    queued = pagequeue.load_queue(cat.conn, (a.article_id for a in wanted))
    return run_pages(cat, revisions, wanted, queued, settings, budget, now)


def enrich_queued(
    cat: Catalog, entries: list[QueueEntry], settings: Settings, *, budget: Budget | None = None,
    now: datetime | None = None,
) -> PageRun:  # fmt: skip
    """Page text for queued articles (their queued snapshots)."""
    articles = [e.article for e in entries]
    return run_pages(cat, articles, articles, {e.article_id: e for e in entries}, settings, budget, now)


def save_state(cat: Catalog, run: PageRun) -> None:
    """Write a run's queue, validator and robots.txt changes in their own transaction."""
    if run.changes.keep or run.changes.drop or run.changes.validators or run.robots:
        with cat.transaction() as tx:
            run.write(tx)


def ensure_schema(cat: Catalog) -> None:
    pagequeue.ensure_schema(cat.conn)
    robots.ensure_schema(cat.conn)


def run_pages(
    cat: Catalog,
    revisions: list[Article],
    wanted: list[Article],
    queued: dict[str, QueueEntry],
    settings: Settings,
    budget: Budget | None,
    now: datetime | None,
) -> PageRun:
    now = now or utc_now()
    budget = (budget or Budget(settings.fulltext_budget_s)).start()
    validators = pagequeue.load_validators(cat.conn, (a.url for a in wanted))
    origins = {robots.origin_of(a.url) for a in wanted}
    known_robots = robots.load_entries(cat.conn, origins, now)
    outcomes, fresh_robots = fetch_pages(
        wanted, settings, budget, validators, known_robots, cat.path.parent / "raw", now
    )
    run = PageRun(list(revisions), robots=fresh_robots)
    adopted: dict[str, Article] = {}
    for out in outcomes:
        art = out.article
        status, error, page_art = settle_outcome(out)
        if page_art is not None:
            adopted[art.article_id] = page_art
        if status != "pending":
            run.rows.append(fetch_row(out, status, error, page_art is not None, now))
        if out.page is not None and out.result is not None:
            prior = validators.get(art.url)
            run.changes.validators[art.url] = validator_for(art.url, out.result, out.body_sha256, prior)
        entry = queued.get(art.article_id) or QueueEntry(art, queued_at=now)
        retry_after = out.result.retry_after if out.result is not None else None
        after = pagequeue.retry_policy(entry, status, out.http_status, now, retry_after, error)
        if after is None:
            run.changes.drop.add(art.article_id)
        else:
            run.changes.keep[art.article_id] = replace(
                after, article=art, last_error=error or after.last_error
            )
        if page_art is None and status not in ("pending", "deferred"):
            run.failed += 1
    run.articles = [adopted.get(a.article_id, a) for a in revisions]
    run.adopted, run.left = len(adopted), len(run.changes.keep)
    return run


def settle_outcome(out: PageOutcome) -> tuple[str, str | None, Article | None]:
    """Status, error and the adopted revision (or None) of one page outcome."""
    if out.page is None or out.result is None:
        return out.status, out.error, None
    adopted = adopt_page(out.article, out.page, out.result.fetched_at)
    if adopted is not None:
        return out.status, None, adopted
    if out.page.kind == "article":
        return "short", f"page text ({len(out.page.text)} chars) not clearly longer than the feed's", None
    return STATUS_BY_KIND.get(out.page.kind, out.page.kind), out.page.reason, None


def fetch_row(
    out: PageOutcome, status: str, error: str | None, adopted: bool, now: datetime
) -> dict[str, Any]:
    """One article_fetches row."""
    art, result, page = out.article, out.result, out.page
    fetched_at = result.fetched_at if result is not None else now
    key = f"{art.article_id}\n{art.url}\n{fetched_at.isoformat()}\n{status}"
    return {
        "fetch_id": hashlib.sha1(key.encode()).hexdigest()[:20],
        "article_id": art.article_id,
        "feed": art.feed,
        "url": art.url,
        "final_url": result.final_url if result is not None else None,
        "fetched_at": fetched_at,
        "status": status,
        "http_status": out.http_status,
        "bytes": result.bytes if result is not None else 0,
        "duration_ms": result.duration_ms if result is not None else 0,
        "error": error,
        "body_sha256": out.body_sha256,
        "kind": page.kind if page is not None else None,
        "text_chars": len(page.text) if page is not None else None,
        "feed_chars": len(art.text),
        "adopted": adopted,
    }


def validator_for(url: str, result: FetchResult, sha256: str | None, prior: Validator | None) -> Validator:
    """Validators after a 200 (the response's) or a 304 (the prior ones, refreshed)."""
    if result.status == "not_modified" and prior is not None:
        return replace(
            prior,
            fetched_at=result.fetched_at,
            etag=result.etag or prior.etag,
            last_modified=result.last_modified or prior.last_modified,
        )
    return Validator(
        url=url,
        fetched_at=result.fetched_at,
        etag=result.etag,
        last_modified=result.last_modified,
        body_sha256=sha256,
        http_status=result.http_status,
        content_type=result.headers.get("content-type"),
    )
