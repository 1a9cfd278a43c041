"""ingest.robots: what a robots.txt response means, rules per User-Agent, one fetch per origin, the cache."""

from __future__ import annotations

import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest

from ingest.models import FetchResult
from ingest.robots import (
    ROBOTS_TTL,
    RobotsEntry,
    RobotsRules,
    ensure_schema,
    entry_from_result,
    load_entries,
    origin_of,
    write_entries,
)

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
UA = "news-statement-tracker/0.1 (+https://example.org/news-statement-tracker)"
RULES = b"""# fictional rules
User-agent: news-statement-tracker
Disallow: /drafts/
Allow: /drafts/public/
Disallow: /*.pdf$

User-agent: *
Disallow: /private/
Disallow: /search
Disallow: /*?print=
"""


def result(status: str, http: int | None, body: bytes | None = None, error: str | None = None) -> FetchResult:
    return FetchResult("", "http://a.test/robots.txt", NOW, status, http_status=http, body=body, error=error)


@pytest.mark.parametrize(
    ("fetched", "status"),
    [
        (result("ok", 200, RULES), "ok"),
        (result("error", 404, error="HTTP 404 Not Found"), "allow_all"),
        (result("error", 403, error="HTTP 403 Forbidden"), "allow_all"),
        (result("gone", 410), "allow_all"),
        (result("error", 500, error="HTTP 500 Internal Server Error"), "unavailable"),
        (result("retry_later", 503), "unavailable"),
        (result("retry_later", 429), "unavailable"),
        (result("error", None, error="timed out after 3.0 s (deadline)"), "unavailable"),
        (result("error", None, error="connection failed: refused"), "unavailable"),
        (result("too_large", 200), "unavailable"),
    ],
    ids=["200", "404", "403", "410", "500", "503", "429", "timeout", "refused", "too-large"],
)
def test_what_a_response_means(fetched: FetchResult, status: str) -> None:
    entry = entry_from_result("http://a.test", fetched, NOW)
    assert entry.status == status and entry.expires_at == NOW + ROBOTS_TTL


@pytest.mark.parametrize(
    ("path", "verdict"),
    [
        ("/news/2026/story", "allowed"),
        ("/drafts/story", "disallowed"),  # our own group
        ("/drafts/public/story", "allowed"),
        ("/private/story", "allowed"),  # the * group does not apply: ours does
        ("/search?q=x", "allowed"),
        ("/files/report.pdf", "disallowed"),  # wildcard and end anchor
        ("/files/report.pdf?x=1", "allowed"),
        ("/drafts/public%2Fstory", "allowed"),  # percent-escapes compared decoded
    ],
)
def test_rules_for_our_user_agent(path: str, verdict: str) -> None:
    rules = RobotsRules(UA, lambda url: result("ok", 200, RULES), {}, NOW)
    assert rules.verdict(f"http://a.test{path}")[0] == verdict


@pytest.mark.parametrize(
    ("path", "verdict"),
    [
        ("/news/story", "allowed"),
        ("/private/story", "disallowed"),
        ("/search?q=x", "disallowed"),
        ("/news/story?print=1", "disallowed"),
        ("/drafts/story", "allowed"),
    ],
)
def test_rules_for_any_other_agent(path: str, verdict: str) -> None:
    rules = RobotsRules("other-bot/2.0", lambda url: result("ok", 200, RULES), {}, NOW)
    assert rules.verdict(f"http://a.test{path}")[0] == verdict


def test_one_fetch_per_origin_across_threads() -> None:
    calls: list[str] = []
    lock = threading.Lock()

    def fetch(url: str) -> FetchResult:
        with lock:
            calls.append(url)
        return result("ok", 200, RULES)

    rules = RobotsRules(UA, fetch, {}, NOW)
    urls = [f"http://{host}/news/{i}" for i in range(20) for host in ("a.test", "b.test:8080")]
    with ThreadPoolExecutor(8) as pool:
        verdicts = list(pool.map(lambda u: rules.verdict(u)[0], urls))
    assert set(verdicts) == {"allowed"}
    assert sorted(calls) == ["http://a.test/robots.txt", "http://b.test:8080/robots.txt"]
    assert sorted(e.origin for e in rules.to_save()) == ["http://a.test", "http://b.test:8080"]


def test_unavailable_and_budget_answers() -> None:
    rules = RobotsRules(UA, lambda url: result("error", 502, error="HTTP 502 Bad Gateway"), {}, NOW)
    verdict, entry = rules.verdict("http://a.test/news/1")
    assert verdict == "unavailable" and entry is not None and entry.http_status == 502
    assert rules.to_save() == []  # never cached beyond the run
    calls: list[str] = []
    no_time = RobotsRules(UA, lambda url: calls.append(url), {}, NOW)  # type: ignore[arg-type, func-returns-value]
    assert no_time.verdict("http://a.test/news/1") == ("budget", None)
    assert no_time.verdict("http://a.test/news/2") == ("budget", None) and len(calls) == 2  # asked again


def test_known_entries_are_used_until_they_expire() -> None:
    fresh = RobotsEntry(
        "http://a.test", "ok", RULES.decode(), NOW - timedelta(hours=1), NOW + timedelta(hours=23)
    )
    old = RobotsEntry("http://b.test", "allow_all", "", NOW - timedelta(days=2), NOW - timedelta(days=1))
    calls: list[str] = []

    def fetch(url: str) -> FetchResult:
        calls.append(url)
        return result("ok", 200, b"User-agent: *\nDisallow: /\n")

    rules = RobotsRules(UA, fetch, {"http://a.test": fresh, "http://b.test": old}, NOW)
    assert rules.verdict("http://a.test/drafts/x")[0] == "disallowed"
    assert rules.verdict("http://b.test/news/x")[0] == "disallowed"
    assert calls == ["http://b.test/robots.txt"]


def test_catalog_cache_round_trip() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    ensure_schema(conn)
    entries = [
        RobotsEntry("http://a.test", "ok", RULES.decode(), NOW, NOW + ROBOTS_TTL, 200),
        RobotsEntry("http://b.test", "allow_all", "", NOW, NOW + ROBOTS_TTL, 404),
        RobotsEntry("http://c.test", "ok", "", NOW - ROBOTS_TTL * 2, NOW - ROBOTS_TTL, 200),
    ]
    write_entries(conn, entries)
    loaded = load_entries(conn, ["http://a.test", "http://b.test", "http://c.test", "http://d.test"], NOW)
    assert loaded == {e.origin: e for e in entries[:2]}


@pytest.mark.parametrize(
    ("url", "origin"),
    [
        ("https://News.Example.org/a/b?c", "https://news.example.org"),
        ("http://127.0.0.1:8080/x", "http://127.0.0.1:8080"),
    ],
)
def test_origin_of(url: str, origin: str) -> None:
    assert origin_of(url) == origin
