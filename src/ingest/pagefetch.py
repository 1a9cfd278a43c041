"""Fetch article pages concurrently within one time budget, with the fetch rules of feeds and robots.txt.

``fetch_pages`` runs ``Settings.fulltext_workers`` threads over the pages (interleaved by host), with
one shared client and one host limiter (``fetch_per_host`` in flight, ``fetch_host_interval_s``
between starts), conditional GETs from the stored validators, and ``PAGE_ACCEPT``. The ``Budget``
bounds the whole run: no request starts with less than ``MIN_START_S`` left, the limiter refuses a
slot that would open after the budget ends, and every fetch's deadline is cut to what is left, so
the run ends about when the budget does. Each HTML body goes into the raw archive (sighting marked
``kind: page`` with the article id) and through ``pageextract.extract_page``; a 304 re-uses the
archived body. An empty page that sends a browser on at once (a meta refresh, ``location = …``)
is followed, up to ``MAX_PAGE_REFRESHES`` times (round thirteen). Outcome statuses: ``ok`` / ``not_modified`` (a page to look at), ``pending`` (not
started: budget), ``deferred`` (cut by the budget), ``disallowed``, ``robots_unavailable``, or the
fetch's failure status (``error``, ``gone``, ``too_large``, ``retry_later``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import httpx

from ingest import archive, robots
from ingest.config import Settings
from ingest.feedstate import host_key
from ingest.fetch import PAGE_ACCEPT, FetchPolicy, HostLimiter, fetch_url, make_client
from ingest.models import Article, FetchResult
from ingest.pagequeue import Validator

if TYPE_CHECKING:
    from ingest.pageextract import PageText

MAX_PAGE_REFRESHES = 2  # meta refreshes or script redirects followed from an empty page
MIN_START_S = 0.25  # no request starts with less of the budget left
BUDGET_MESSAGE = "run budget spent"


class Budget:
    """One run's time for pages (monotonic clock), started at first use and shared by its steps."""

    def __init__(self, seconds: float) -> None:
        self.seconds = max(0.0, seconds)
        self.ends: float | None = None

    def start(self) -> Budget:
        if self.ends is None:
            self.ends = time.monotonic() + self.seconds
        return self

    def remaining(self) -> float:
        return self.seconds if self.ends is None else self.ends - time.monotonic()

    def spent(self) -> bool:
        return self.remaining() < MIN_START_S


class BudgetSpentError(Exception):
    pass


class BudgetLimiter(HostLimiter):
    """A HostLimiter that refuses (BudgetSpentError) a slot the budget would end before."""

    def __init__(self, per_host: int, interval_s: float, budget: Budget) -> None:
        super().__init__(per_host, interval_s)
        self.budget = budget

    @contextmanager
    def slot(self, host: str, start_by: float | None = None) -> Iterator[None]:  # the budget is the window
        with self._lock:
            sem = self._slots.setdefault(host, threading.BoundedSemaphore(self.per_host))
        if not sem.acquire(timeout=max(0.0, self.budget.remaining() - MIN_START_S)):
            raise BudgetSpentError(BUDGET_MESSAGE)
        try:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next_start.get(host, now))
                if self.budget.ends is not None and start > self.budget.ends - MIN_START_S:
                    raise BudgetSpentError(BUDGET_MESSAGE)
                self._next_start[host] = start + self.interval_s
            time.sleep(max(0.0, start - now))
            yield
        finally:
            sem.release()


class BudgetedSettings:
    """Settings whose fetch deadline is cut to the budget left when a fetch starts (read by fetch_url
    once the first hop has its host slot)."""

    def __init__(self, settings: Settings, budget: Budget) -> None:
        self._settings, self._budget = settings, budget

    def __getattr__(self, name: str) -> Any:
        return getattr(self._settings, name)

    @property
    def fetch_deadline_s(self) -> float:
        return max(0.05, min(self._settings.fetch_deadline_s, self._budget.remaining()))


@dataclass(slots=True)
class PageOutcome:
    article: Article
    status: str
    result: FetchResult | None = None
    page: PageText | None = None
    body_sha256: str | None = None
    error: str | None = None

    @property
    def http_status(self) -> int | None:
        return self.result.http_status if self.result is not None else None


@dataclass(slots=True)
class PageContext:
    settings: Settings  # a BudgetedSettings in disguise
    budget: Budget
    client: httpx.Client
    limiter: BudgetLimiter
    max_redirects: int
    validators: dict[str, Validator]
    rules: robots.RobotsRules | None
    raw: Path


def fetch_pages(
    articles: list[Article],
    settings: Settings,
    budget: Budget,
    validators: dict[str, Validator],
    known_robots: dict[str, robots.RobotsEntry],
    raw: Path,
    now: datetime,
) -> tuple[list[PageOutcome], list[robots.RobotsEntry]]:
    """One outcome per article (in order), and the robots.txt entries fetched on the way."""
    if not articles:
        return [], []
    budget.start()
    policy = FetchPolicy.from_settings(settings)
    limiter = BudgetLimiter(policy.per_host, policy.host_interval_s, budget)
    budgeted = cast(Settings, BudgetedSettings(settings, budget))
    workers = max(1, min(settings.fulltext_workers, len(articles)))
    with make_client(settings, FetchPolicy(workers=workers)) as client:
        ctx = PageContext(budgeted, budget, client, limiter, policy.max_redirects, validators, None, raw)
        ctx.rules = robots.RobotsRules(
            settings.user_agent, lambda url: fetch_robots(url, ctx), known_robots, now
        )
        order = interleave_hosts(articles)
        with ThreadPoolExecutor(workers) as pool:
            done = dict(zip(order, pool.map(lambda i: fetch_page(articles[i], ctx), order), strict=True))
    return [done[i] for i in range(len(articles))], ctx.rules.to_save()


def interleave_hosts(articles: list[Article]) -> list[int]:
    """Article indexes round-robin across hosts, so one slow host does not hold every worker."""
    by_host: dict[str, list[int]] = {}
    for i, art in enumerate(articles):
        by_host.setdefault(host_key(art.url), []).append(i)
    queues = list(by_host.values())
    out: list[int] = []
    for depth in range(max(len(q) for q in queues)):
        out.extend(q[depth] for q in queues if depth < len(q))
    return out


def fetch_robots(url: str, ctx: PageContext) -> FetchResult | None:
    """robots.txt through the page rules; None when the budget stopped it (nothing learnt)."""
    if ctx.budget.spent():
        return None
    result = fetch_url(url, ctx.settings, client=ctx.client, accept=robots.ROBOTS_ACCEPT, limiter=ctx.limiter,
                       max_redirects=ctx.max_redirects)  # fmt: skip
    return None if stopped_by_budget(result, ctx.budget) else result


def stopped_by_budget(result: FetchResult, budget: Budget) -> bool:
    error = result.error or ""
    return BUDGET_MESSAGE in error or (result.status == "error" and "(deadline)" in error and budget.spent())


def fetch_page(article: Article, ctx: PageContext) -> PageOutcome:
    """Robots, fetch, archive and extract one article's page; never raises."""
    try:
        return fetch_page_unsafe(article, ctx)
    except Exception as exc:  # one page must never stop the others
        return PageOutcome(article, "error", error=f"{type(exc).__name__}: {exc}")


def fetch_page_unsafe(article: Article, ctx: PageContext) -> PageOutcome:
    if ctx.budget.spent() or ctx.rules is None:
        return PageOutcome(article, "pending")
    verdict, entry = ctx.rules.verdict(article.url)
    if verdict == "budget":
        return PageOutcome(article, "pending")
    if verdict == "disallowed":
        return PageOutcome(
            article, "disallowed", error=f"disallowed by {robots.origin_of(article.url)}/robots.txt"
        )
    if verdict == "unavailable":
        detail = (entry.error if entry else None) or f"HTTP {entry.http_status if entry else '?'}"
        return PageOutcome(article, "robots_unavailable", error=f"robots.txt unavailable: {detail}")
    prior = ctx.validators.get(article.url)
    result = fetch_url(
        article.url, ctx.settings, etag=prior.etag if prior else None,
        last_modified=prior.last_modified if prior else None, client=ctx.client, feed=article.feed,
        accept=PAGE_ACCEPT, limiter=ctx.limiter, max_redirects=ctx.max_redirects,
    )  # fmt: skip
    if BUDGET_MESSAGE in (result.error or ""):
        return PageOutcome(article, "pending")
    if stopped_by_budget(result, ctx.budget):
        return PageOutcome(article, "deferred", result, error=f"{result.error}: run budget spent, next run")
    if result.status == "not_modified":
        return reuse_archived(article, result, prior, ctx.raw)
    if result.status != "ok" or result.body is None:
        return PageOutcome(article, result.status, result, error=result.error or result.status)
    page, sha = archive_and_extract(article, result, ctx)
    seen = {article.url, result.final_url or article.url}
    while (
        page.kind == "empty"
        and page.redirect
        and page.redirect not in seen
        and len(seen) <= MAX_PAGE_REFRESHES
    ):
        followed = follow_refresh(article, page.redirect, ctx)
        if followed is None:
            break
        seen.add(page.redirect)
        result, page, sha = followed
    return PageOutcome(article, "ok", result, page, sha)


def archive_and_extract(article: Article, result: FetchResult, ctx: PageContext) -> tuple[PageText, str]:
    """Archive a fetched page and extract it (the body is dropped from the result afterwards)."""
    meta = {**archive.meta_for_result(result), "kind": "page", "article_id": article.article_id}
    sha = archive.put_body(ctx.raw, result.body or b"", meta)
    page = extract(
        result.body or b"", result.headers, result.final_url or article.url, result.http_status, article.url
    )
    result.body = None  # the archive has it; do not hold every page in memory
    return page, sha


def follow_refresh(
    article: Article, target: str, ctx: PageContext
) -> tuple[FetchResult, PageText, str] | None:
    """An empty page's meta refresh or script redirect, fetched as a browser would go on to it (round
    thirteen: an interstitial or a redirect page in front of the article); None when robots.txt, the
    budget or the fetch stops it (the first page's outcome stands)."""
    if ctx.budget.spent() or ctx.rules is None or ctx.rules.verdict(target)[0] != "allowed":
        return None
    result = fetch_url(
        target, ctx.settings, client=ctx.client, feed=article.feed, accept=PAGE_ACCEPT, limiter=ctx.limiter,
        max_redirects=ctx.max_redirects,
    )  # fmt: skip
    if result.status != "ok" or result.body is None:
        return None
    result.etag = result.last_modified = None  # the target's validators are no validators of the item's URL
    page, sha = archive_and_extract(article, result, ctx)
    return result, page, sha


def reuse_archived(article: Article, result: FetchResult, prior: Validator | None, raw: Path) -> PageOutcome:
    """A 304: the page we have archived is still current."""
    sha = prior.body_sha256 if prior else None
    try:
        body = archive.get_body(raw, sha or "")
    except archive.ArchiveError as exc:
        return PageOutcome(article, "error", result, error=f"304 but the archived page is unusable: {exc}")
    headers = {"content-type": prior.content_type} if prior and prior.content_type else {}
    page = extract(body, headers, result.final_url or article.url, asked_url=article.url)
    return PageOutcome(article, "not_modified", result, page, sha)


def extract(
    body: bytes,
    headers: dict[str, str],
    url: str,
    http_status: int | None = None,
    asked_url: str | None = None,
) -> PageText:
    """pageextract.extract_page, imported on first use (trafilatura takes about a second to import: runs
    without summary-only feeds never pay it)."""
    from ingest.pageextract import extract_page

    return extract_page(body, headers, url, http_status, asked_url)
