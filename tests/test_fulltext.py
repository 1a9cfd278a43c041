"""ingest.fulltext: which articles need their page, adopting a page, the queue policy, and page runs
against the fault-injecting server (budget, failures, robots.txt, conditional GET)."""

# ruff: noqa: F811 - the fault_server fixture is imported, then named as an argument
from __future__ import annotations

import hashlib
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from faultserver import (  # noqa: F401 - fault_server fixtures are imported for pytest
    FaultServer,
    conditional,
    delay,
    fault_server,
    fault_server_module,
    raw_response,
    reset,
    respond,
    sequence,
)
from ingest import pagequeue
from ingest.catalog import Catalog
from ingest.config import Settings
from ingest.fulltext import PageRun, adopt_page, enrich, enrich_queued, needs_page, save_state
from ingest.models import Article, Feed
from ingest.normalise import hash_content
from ingest.pageextract import PageText
from ingest.pagequeue import QueueEntry, retry_policy

PAGES = Path(__file__).parent / "fixtures" / "pages"
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
ARTICLE_EN = (PAGES / "article-en.html").read_bytes()
BODY_EN = (PAGES / "article-en.txt").read_text(encoding="utf-8").strip()
HTML = {"Content-Type": "text/html; charset=utf-8"}
FULL = " ".join(["The minister said that talks would resume on Monday in Geneva."] * 12)


def article(url: str, text: str = "Ships may sail again next week.", **kw: object) -> Article:
    title = str(kw.pop("title", "Grain corridor to reopen"))
    fields = {
        "article_id": hashlib.sha1(url.encode()).hexdigest()[:20], "feed": "wire", "outlet": "Wire", "url": url,
        "canonical_url": url, "guid": None, "title": title, "text": text, "published_at": NOW,
        "first_seen_at": NOW, "language": "en", "content_hash": hash_content(title, text), **kw,
    }  # fmt: skip
    return Article(**fields)  # type: ignore[arg-type]


def settings(tmp_path: Path, budget: float = 5.0, **kw: float) -> Settings:
    return Settings(warehouse=tmp_path, fetch_host_interval_s=0.0, fetch_deadline_s=5.0, fetch_timeout_s=5.0,
                    fulltext_budget_s=budget, **kw)  # type: ignore[arg-type]  # fmt: skip


@pytest.fixture
def cat(tmp_path: Path) -> Catalog:
    with Catalog.open(tmp_path / "warehouse") as catalog:
        yield catalog  # type: ignore[misc]


# --- deciding ------------------------------------------------------------------------------------
FEED = {
    mode: Feed("wire", "https://wire.org/rss", "Wire", fulltext=mode) for mode in ("auto", "always", "never")
}


@pytest.mark.parametrize(
    ("url", "text", "mode", "wanted"),
    [
        ("https://wire.org/news/a-story", "Short summary.", "auto", True),
        ("https://wire.org/news/a-story", FULL, "auto", False),
        ("https://wire.org/news/a-story", FULL + " And then the minister said…", "auto", True),
        ("https://wire.org/news/a-story", FULL + " Read more", "auto", True),
        ("https://wire.org/news/a-story", FULL, "always", True),
        ("https://wire.org/news/a-story", "Short summary.", "never", False),
        ("https://wire.org/news/a-story", "Short summary.", None, True),  # a feed not in the feeds file
        ("https://kyivwire.example/news/a-story", "Short.", "always", False),  # reserved names: never fetched
        ("https://news.example.com/a-story", "Short.", "auto", False),
        ("http://host.test/a-story", "Short.", "auto", False),
        ("urn:uuid:1234", "Short.", "always", False),
        ("http://127.0.0.1:8080/news/a-story", "Short.", "auto", True),
        # round fourteen: one update of a live blog (normalise keeps its anchor): the page is every update
        ("https://wire.org/live/storm#post-101", "Short update.", "auto", False),
        ("https://wire.org/live/storm#post-101", "Short update.", "always", False),
    ],
)
def test_needs_page(url: str, text: str, mode: str | None, wanted: bool) -> None:
    assert needs_page(article(url, text), FEED[mode] if mode else None, 600) is wanted


def page(text: str, kind: str = "article", **kw: object) -> PageText:
    return PageText(text=text, kind=kind, **kw)  # type: ignore[arg-type]


def test_adopt_page_takes_text_canonical_and_keeps_identity() -> None:
    art = article("https://wire.org/news/grain-corridor?ref=rss")
    got = adopt_page(art, page(BODY_EN, canonical="https://wire.org/news/2026/11/24/grain-corridor"), NOW)
    assert got is not None
    assert (got.article_id, got.revision, got.title, got.text, got.text_source) == (
        art.article_id, 1, art.title, BODY_EN, "page",
    )  # fmt: skip
    assert got.canonical_url == "https://wire.org/news/2026/11/24/grain-corridor"
    assert got.content_hash == hash_content(art.title, BODY_EN) != art.content_hash


@pytest.mark.parametrize(
    ("art_kw", "page_kw", "expect"),
    [
        ({}, {"text": "", "kind": "paywall"}, None),
        ({}, {"text": BODY_EN, "kind": "consent"}, None),
        ({"text": BODY_EN[:-100]}, {"text": BODY_EN}, None),  # not clearly longer than the feed's text
        ({"title": ""}, {"text": BODY_EN, "title": "From the page"}, {"title": "From the page"}),
        ({"language": None}, {"text": BODY_EN, "language": "en"}, {"language": "en"}),
        ({}, {"text": BODY_EN, "canonical": "https://elsewhere.org/news/grain"}, {"canonical_url": "https://wire.org/news/grain"}),
        ({"date_trusted": False}, {"text": BODY_EN, "published": NOW - timedelta(days=1)},
         {"published_at": NOW - timedelta(days=1), "date_trusted": True}),
        ({}, {"text": BODY_EN, "published": NOW - timedelta(days=1)}, {"published_at": NOW}),  # feed date trusted
    ],
)  # fmt: skip
def test_adopt_page_cases(art_kw: dict, page_kw: dict, expect: dict | None) -> None:
    art = article("https://wire.org/news/grain", **art_kw)
    got = adopt_page(art, page(**page_kw), NOW)
    if expect is None:
        assert got is None
    else:
        assert got is not None and {k: getattr(got, k) for k in expect} == expect


# --- the queue -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("status", "http", "attempts", "expect"),
    [
        ("ok", 200, 0, None),
        ("paywall", 200, 0, None),
        ("disallowed", None, 0, None),
        ("error", 404, 0, None),
        ("gone", 410, 0, None),
        ("too_large", 200, 0, None),
        ("pending", None, 2, (2, None)),  # never started: nothing changes
        ("deferred", None, 0, (1, None)),  # the next run
        ("error", 500, 0, (1, NOW + timedelta(minutes=15))),
        ("error", None, 2, (3, NOW + timedelta(hours=1))),  # timeout / connection error
        ("robots_unavailable", 503, 1, (2, NOW + timedelta(minutes=30))),
        ("retry_later", 429, 0, (1, NOW + timedelta(hours=2))),  # Retry-After
        ("error", 500, pagequeue.MAX_ATTEMPTS - 1, None),  # out of attempts
    ],
)
def test_retry_policy(status: str, http: int | None, attempts: int, expect: tuple | None) -> None:
    entry = QueueEntry(article("https://wire.org/a"), NOW, attempts=attempts)
    retry_after = NOW + timedelta(hours=2) if status == "retry_later" else None
    after = retry_policy(entry, status, http, NOW, retry_after)
    assert (after if after is None else (after.attempts, after.next_try_at)) == expect


@pytest.mark.parametrize(
    ("http", "error", "queued"),
    [
        (200, "no data after 10.0 s (read timeout)", True),  # round thirteen: headers, then nothing
        (
            200,
            "connection closed by server: peer closed connection without sending complete message body",
            True,
        ),
        (200, "compressed body cut short: …", True),
        (206, "HTTP 206 Partial Content: only a part of the body was sent", True),
        (200, "empty body", False),  # the page is empty: asked again it is empty again
        (404, "HTTP 404 Not Found", False),
    ],
)
def test_a_body_that_failed_after_its_head_is_tried_again(http: int, error: str, queued: bool) -> None:
    """Round thirteen: a timeout or a cut after a 200's head (http_status 200) was dropped from the queue."""
    entry = QueueEntry(article("https://wire.org/a"), NOW)
    after = retry_policy(entry, "error", http, NOW, None, error)
    assert (after is not None) is queued
    if after is not None:
        assert (after.attempts, after.next_try_at) == (1, NOW + timedelta(minutes=15))


def test_queue_round_trip(cat: Catalog) -> None:
    pagequeue.ensure_schema(cat.conn)
    art = article("https://wire.org/a", date_trusted=False, story_id="s1")
    changes = pagequeue.QueueChanges(keep={art.article_id: QueueEntry(art, NOW, 1, NOW + timedelta(hours=1))})
    with cat.transaction() as tx:
        changes.write(tx)
    assert pagequeue.due_entries(cat.conn, NOW) == []
    (entry,) = pagequeue.due_entries(cat.conn, NOW + timedelta(hours=2))
    assert entry.article == art and entry.attempts == 1
    with cat.transaction() as tx:
        pagequeue.QueueChanges(drop={art.article_id}).write(tx)
    assert pagequeue.queue_size(cat.conn) == 0


# --- page runs against the fault server ------------------------------------------------------------
def run_pages(cat: Catalog, arts: list[Article], tmp_path: Path, budget: float = 5.0) -> PageRun:
    run = enrich(cat, arts, {}, settings(tmp_path, budget))
    save_state(cat, run)
    return run


def statuses(run: PageRun) -> dict[str, str]:
    return {r["url"].rsplit("/", 1)[-1]: r["status"] for r in run.rows}


def test_slow_page_is_queued_then_fetched_next_run(
    cat: Catalog, fault_server: FaultServer, tmp_path: Path
) -> None:
    fault_server.add(
        "/news/slow", sequence(delay(30, respond(200, ARTICLE_EN, HTML)), respond(200, ARTICLE_EN, HTML))
    )
    fault_server.add("/news/fast", respond(200, ARTICLE_EN, HTML))
    slow, fast = article(fault_server.url("/news/slow")), article(fault_server.url("/news/fast"))
    started = time.perf_counter()
    first = run_pages(cat, [slow, fast], tmp_path, budget=1.5)
    assert time.perf_counter() - started < 1.5 + 3.0, "the budget bounds the run (generous: loaded CI)"
    assert statuses(first) == {"slow": "deferred", "fast": "ok"}
    assert [a.text_source for a in first.articles] == ["feed", "page"] and first.articles[1].text == BODY_EN
    (entry,) = pagequeue.due_entries(cat.conn, datetime.now(UTC))
    assert entry.article_id == slow.article_id and entry.attempts == 1 and entry.next_try_at is None

    second = enrich_queued(cat, [entry], settings(tmp_path, 5.0))
    save_state(cat, second)
    assert (
        statuses(second) == {"slow": "ok"} and second.adopted == 1 and second.page_articles[0].text == BODY_EN
    )
    assert pagequeue.queue_size(cat.conn) == 0


@pytest.mark.parametrize(
    ("behaviour", "status", "http", "queued"),
    [
        (respond(500, b"oops"), "error", 500, True),
        (respond(404, b"nope"), "error", 404, False),
        (respond(410, b"gone"), "gone", 410, False),
        (respond(503, b"busy", {"Retry-After": "120"}), "retry_later", 503, True),
        (reset(), "error", None, True),
        (respond(200, b"", HTML), "error", 200, False),  # empty body
        (respond(200, (PAGES / "paywall.html").read_bytes(), HTML), "paywall", 200, False),
        (respond(200, (PAGES / "empty.html").read_bytes(), HTML), "empty", 200, False),
        # round thirteen: a PDF or an image where the page was (its bytes were adopted as the text)
        (
            respond(
                200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + FULL.encode(), {"Content-Type": "application/pdf"}
            ),
            "not_html",
            200,
            False,
        ),
        (respond(200, b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256)) * 8, HTML), "not_html", 200, False),
        # round thirteen: the connection closed mid-body after a 200 (was dropped from the queue)
        (
            raw_response(
                "HTTP/1.1 200 OK", [("Content-Type", "text/html"), ("Content-Length", "99999")], b"<html>"
            ),
            "error",
            200,
            True,
        ),
    ],
    ids=[
        "500",
        "404",
        "410",
        "503",
        "reset",
        "empty-body",
        "paywall",
        "js-shell",
        "pdf",
        "jpeg-as-html",
        "cut-mid-body",
    ],
)
def test_failures_are_recorded_and_feed_text_kept(
    cat: Catalog, fault_server: FaultServer, tmp_path: Path, behaviour: object, status: str, http: int | None,
    queued: bool,
) -> None:  # fmt: skip
    fault_server.add("/news/story", behaviour)  # type: ignore[arg-type]
    art = article(fault_server.url("/news/story"))
    run = run_pages(cat, [art], tmp_path)
    (row,) = run.rows
    assert (row["status"], row["http_status"], row["adopted"]) == (status, http, False)
    assert row["error"] and row["feed_chars"] == len(art.text)
    assert run.articles == [art] and run.failed == 1
    assert (pagequeue.queue_size(cat.conn) == 1) is queued


REFRESH = (
    "<html><head><meta http-equiv='refresh' content='0; url={}'><title>Redirecting</title></head></html>"
)
SCRIPT = "<html><head><script>window.location.href = '{}';</script></head><body></body></html>"


@pytest.mark.parametrize(
    ("routes", "status", "adopted", "final", "fetched"),
    [
        ({"/news/story": REFRESH.format("/news/story-full"), "/news/story-full": ARTICLE_EN}, "ok", True,
         "/news/story-full", ["/news/story", "/news/story-full"]),
        ({"/news/story": SCRIPT.format("/news/hop"), "/news/hop": REFRESH.format("/news/story-full"),
          "/news/story-full": ARTICLE_EN}, "ok", True, "/news/story-full",
         ["/news/story", "/news/hop", "/news/story-full"]),
        ({"/news/story": REFRESH.format("/news/hop"), "/news/hop": SCRIPT.format("/news/story")}, "empty", False,
         "/news/hop", ["/news/story", "/news/hop"]),  # a loop: each page once
        ({"/news/story": REFRESH.format("/private/story"), "/private/story": ARTICLE_EN}, "empty", False,
         "/news/story", ["/news/story"]),  # robots.txt disallows the target
        ({"/news/story": REFRESH.format("/news/missing")}, "empty", False, "/news/story",
         ["/news/story", "/news/missing"]),  # the target fails: the first page's outcome
        ({"/news/story": REFRESH.format("/")}, "empty", False, "/news/story", ["/news/story"]),  # the home page
        ({"/news/story": ("Redirecting…", "0; url=/news/story-full"), "/news/story-full": ARTICLE_EN}, "ok", True,
         "/news/story-full", ["/news/story", "/news/story-full"]),  # the Refresh header of a 200 with a body
    ],
    ids=["meta-refresh", "script-then-refresh", "loop", "disallowed", "target-404", "home-page", "refresh-header"],
)  # fmt: skip
def test_an_empty_page_that_redirects_is_followed(
    cat: Catalog, fault_server: FaultServer, tmp_path: Path, routes: dict[str, str | bytes | tuple[str, str]], status: str,
    adopted: bool, final: str, fetched: list[str],
) -> None:  # fmt: skip
    """Round thirteen: an interstitial with a meta refresh or a script redirect in front of the article
    (was ``empty``: the article never read, the feed's teaser kept)."""
    fault_server.add(
        "/robots.txt", respond(200, b"User-agent: *\nDisallow: /private/\n", {"Content-Type": "text/plain"})
    )
    for path, body in routes.items():
        if isinstance(body, tuple):  # (text, Refresh header)
            fault_server.add(path, respond(200, body[0].encode(), {**HTML, "Refresh": body[1]}))
        else:
            fault_server.add(path, respond(200, body.encode() if isinstance(body, str) else body, HTML))
    art = article(fault_server.url("/news/story"))
    run = run_pages(cat, [art], tmp_path)
    (row,) = run.rows
    assert (row["status"], row["adopted"], row["final_url"]) == (status, adopted, fault_server.url(final))
    assert [r.path for r in fault_server.requests if r.path != "/robots.txt"] == fetched
    (stored,) = run.articles
    assert (stored.text == BODY_EN, stored.article_id, stored.url) == (adopted, art.article_id, art.url)
    assert pagequeue.queue_size(cat.conn) == 0


def test_robots_txt_is_obeyed(cat: Catalog, fault_server: FaultServer, tmp_path: Path) -> None:
    fault_server.add(
        "/robots.txt", respond(200, b"User-agent: *\nDisallow: /private/\n", {"Content-Type": "text/plain"})
    )
    fault_server.add("/private/story", respond(200, ARTICLE_EN, HTML))
    fault_server.add("/news/story", respond(200, ARTICLE_EN, HTML))
    arts = [article(fault_server.url(p)) for p in ("/private/story", "/news/story")]
    arts += [article(fault_server.url(f"/news/other-{i}")) for i in range(4)]  # 404s, same origin
    run = run_pages(cat, arts, tmp_path)
    assert statuses(run)["story"] == "ok" and run.rows[0]["status"] == "disallowed"
    assert "robots.txt" in run.rows[0]["error"] and not fault_server.hits("/private/story")
    assert len(fault_server.hits("/robots.txt")) == 1  # once per origin, threads or not
    again = run_pages(cat, [replace(arts[1], revision=2)], tmp_path)  # cached in the catalog
    assert statuses(again) == {"story": "ok"} and len(fault_server.hits("/robots.txt")) == 1


@pytest.mark.parametrize(
    ("robots", "verdict"), [(respond(500, b"down"), "robots_unavailable"), (respond(404, b""), "ok")]
)
def test_robots_txt_failures(
    cat: Catalog, fault_server: FaultServer, tmp_path: Path, robots: object, verdict: str
) -> None:
    fault_server.add("/robots.txt", robots)  # type: ignore[arg-type]
    fault_server.add("/news/story", respond(200, ARTICLE_EN, HTML))
    run = run_pages(cat, [article(fault_server.url("/news/story"))], tmp_path)
    assert statuses(run) == {"story": verdict}
    assert bool(fault_server.hits("/news/story")) is (verdict == "ok")
    assert (pagequeue.queue_size(cat.conn) == 1) is (verdict != "ok")  # tried again later


def test_conditional_get_on_refetch(cat: Catalog, fault_server: FaultServer, tmp_path: Path) -> None:
    fault_server.add(
        "/news/story", conditional(ARTICLE_EN, etag='"p1"', last_modified="Tue, 24 Nov 2026 10:00:00 GMT")
    )
    art = article(fault_server.url("/news/story"))
    first = run_pages(cat, [art], tmp_path)
    assert statuses(first) == {"story": "ok"}
    again = run_pages(cat, [replace(art, revision=2, text="Ships may sail again on Monday.")], tmp_path)
    assert fault_server.hits("/news/story")[-1].headers.get("if-none-match") == '"p1"'
    assert statuses(again) == {"story": "not_modified"}
    (revision,) = again.articles
    assert (revision.text_source, revision.text, revision.revision) == (
        "page",
        BODY_EN,
        2,
    )  # from the archive


def test_budget_bounds_many_slow_pages_on_one_host(
    cat: Catalog, fault_server: FaultServer, tmp_path: Path
) -> None:
    for i in range(12):
        fault_server.add(f"/news/p{i}", delay(1.0, respond(200, ARTICLE_EN, HTML)))
    arts = [article(fault_server.url(f"/news/p{i}")) for i in range(12)]
    started = time.perf_counter()
    run = run_pages(cat, arts, tmp_path, budget=2.5)
    elapsed = time.perf_counter() - started
    print(f"\n12 one-second pages on one host, budget 2.5 s: {elapsed:.2f} s, {run.adopted} adopted")
    assert elapsed < 2.5 + 3.0 and fault_server.peak_in_flight() <= 2  # fetch_per_host
    assert 2 <= run.adopted < 12 and run.adopted + run.left == 12
    waiting = pagequeue.due_entries(cat.conn, datetime.now(UTC))
    assert len(waiting) == run.left and all(e.next_try_at is None for e in waiting)


def test_nothing_to_fetch_is_free(cat: Catalog, tmp_path: Path) -> None:
    arts = [article(f"https://wire.org/news/{i}", FULL) for i in range(1000)]
    started = time.perf_counter()
    run = enrich(cat, arts, {}, settings(tmp_path))
    assert run.articles == arts and not run.rows and time.perf_counter() - started < 0.5
