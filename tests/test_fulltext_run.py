"""Issue 7's scenario end to end: summary-only feeds served on 127.0.0.1, `pipeline.run` fetches the
article pages within its budget, and the warehouse holds the pages' texts and statements.

Pages (tests/fixtures/pages): articles with boilerplate on three hosts (one a windows-1251 page that
is slow the first time), a paywall stub, a consent wall, a soft 404, a 404, a 500, a path robots.txt
disallows, an item whose feed already carries the full text, and a feed with ``fulltext = "never"``.
"""

# ruff: noqa: F811 - the fault_server fixture is imported, then named as an argument
from __future__ import annotations

import time
from pathlib import Path
from xml.sax.saxutils import escape

import duckdb
import pytest

from faultserver import (  # noqa: F401 - fault_server fixtures are imported for pytest
    Behaviour,
    FaultServer,
    conditional,
    delay,
    fault_server,
    fault_server_module,
    respond,
    sequence,
)
from ingest import pipeline
from ingest.config import Settings
from ingest.extract import extract_records

PAGES = Path(__file__).parent / "fixtures" / "pages"
BUDGET = 4.0
HOST1, HOST2, HOST3 = "127.0.0.1", "127.0.0.2", "127.0.0.3"
ROBOTS = b"User-agent: *\nDisallow: /private/\n\nUser-agent: some-other-bot\nDisallow: /\n"
LONG_TEXT = " ".join(
    f"Paragraph {i}: the city council said that the new tram depot would open in spring." for i in range(12)
)
# label, path on its host, host, page behaviour, the feed's summary
# fmt: off
ITEMS = [
    ("en", "/news/grain-corridor-reopen", HOST1, "article-en", "The port authority expects ships to sail again."),
    ("no-canonical", "/news/rescuers-free-families", HOST1, "no-canonical", "Rescuers worked through the night."),
    ("paywall", "/politics/2026/11/24/budget-talks-promises", HOST1, "paywall", "Governors met the minister."),
    ("consent", "/news/consent-wall-story", HOST1, "consent", "A story behind a consent wall."),
    ("soft-404", "/news/old-story", HOST1, "error", "A story whose page is gone."),
    ("404", "/news/missing-story", HOST1, "404", "A story whose page answers 404."),
    ("500", "/news/broken-story", HOST1, "500", "A story whose server fails."),
    ("robots", "/private/secret-story", HOST1, "article-en", "A story robots.txt keeps us away from."),
    ("de", "/region/2026-11-24/bruecke-donau-verzoegerung-4711", HOST2, "article-de", "Die Brücke kommt später."),
    ("slow-uk", "/novyny/2026/11/24/remont-mostu", HOST3, "slow-uk", "Міст відремонтують до кінця грудня."),
    ("full-text", "/news/full-text-story", HOST1, "article-en", LONG_TEXT),
]
# fmt: on
GOLDEN = {
    "en": "article-en",
    "no-canonical": "no-canonical",
    "de": "article-de",
    "slow-uk": "article-uk-cp1251",
}
PATHS = {label: path for label, path, _, _, _ in ITEMS}


def html(name: str, content_type: str = "text/html; charset=utf-8") -> Behaviour:
    return respond(200, (PAGES / f"{name}.html").read_bytes(), {"Content-Type": content_type})


BEHAVIOURS = {
    "article-en": lambda: html("article-en"),
    "no-canonical": lambda: html("no-canonical"),
    "paywall": lambda: html("paywall"),
    "consent": lambda: html("consent"),
    "error": lambda: html("error"),
    "article-de": lambda: html("article-de"),
    "404": lambda: respond(404, b"<html><body>Not found</body></html>", {"Content-Type": "text/html"}),
    "500": lambda: respond(500, b"oops", {"Content-Type": "text/html"}),
    "slow-uk": lambda: sequence(delay(60, html("article-uk-cp1251", "text/html")), html("article-uk-cp1251", "text/html")),
}  # fmt: skip


def rss(server: FaultServer, items: list[tuple[str, str, str, str, str]]) -> bytes:
    body = "".join(
        f"<item><title>Story {i}</title><link>{escape(server.url(path, host=host))}?utm_source=rss</link>"
        f"<pubDate>Tue, 24 Nov 2026 0{i % 10}:00:00 +0000</pubDate>"
        f"<description>{escape(summary)}</description></item>"
        for i, (_, path, host, _, summary) in enumerate(items)
    )
    channel = f"<channel><title>Summaries</title><language>en</language>{body}</channel>"
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0">{channel}</rss>'.encode()


@pytest.fixture
def scenario(fault_server: FaultServer, tmp_path: Path) -> Path:
    s = fault_server
    s.add("/robots.txt", respond(200, ROBOTS, {"Content-Type": "text/plain"}))  # on every host
    for _, path, _, name, _ in ITEMS:
        s.add(path, BEHAVIOURS[name]())
    s.add("/summaries.xml", conditional(rss(s, ITEMS), etag='"s1"'))
    never = [("never", "/news/never-fetched", HOST1, "article-en", "A short summary, fulltext = never.")]
    s.add("/never.xml", conditional(rss(s, never), etag='"n1"'))
    s.add("/news/never-fetched", html("article-en"))
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(
        f'[[feeds]]\nname = "summaries"\nurl = "{s.url("/summaries.xml")}"\noutlet = "Summary Wire"\n\n'
        f'[[feeds]]\nname = "never"\nurl = "{s.url("/never.xml")}"\noutlet = "Never"\nfulltext = "never"\n'
    )
    return feeds


def query(warehouse: Path, sql: str, params: list[object] | None = None) -> list[tuple]:
    con = duckdb.connect(str(warehouse / "news.duckdb"), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def path_of(url: str) -> str:
    return "/" + url.split("/", 3)[3].split("?")[0]


def statements_of(text: str, title: str, language: str | None) -> list[tuple[str, str, str]]:
    found = extract_records([{"id": "x", "text": text, "title": title, "language": language}])
    return sorted((s["speaker"], s["quote"], s["kind"]) for s in found)


@pytest.mark.slow
def test_summary_feeds_get_their_pages_text(
    scenario: Path, fault_server: FaultServer, tmp_path: Path
) -> None:
    warehouse = tmp_path / "warehouse"
    settings = Settings(warehouse=warehouse, fetch_host_interval_s=0.0, fetch_deadline_s=10.0,
                        fetch_timeout_s=10.0, fulltext_budget_s=BUDGET)  # fmt: skip
    started = time.perf_counter()
    first = pipeline.run(scenario, warehouse, settings=settings)
    elapsed = time.perf_counter() - started
    print(f"\nfirst run: {elapsed:.2f} s with a page budget of {BUDGET:.0f} s ({first.pages} pages adopted)")
    assert elapsed < BUDGET + 30, "the slow page must not hold the run beyond its budget"
    assert first.new_articles == len(ITEMS) + 1

    rows = query(
        warehouse, "select url, article_id, text_source, canonical_url, text, title, language from articles"
    )
    articles = {path_of(r[0]): r[1:] for r in rows}
    by = {label: articles[path] for label, path in PATHS.items()}
    assert {label for label, a in by.items() if a[1] == "page"} == {"en", "no-canonical", "de"}
    assert articles["/news/never-fetched"][1] == "feed"

    # canonical URL from the page (article_id unchanged); without a canonical link the feed's URL stays
    assert by["en"][2] == fault_server.url("/news/2026/11/24/grain-corridor-reopen")
    assert by["no-canonical"][2] == fault_server.url("/news/rescuers-free-families")

    # statements: those of the page's text alone, which are those of the article body alone
    for label in ("en", "no-canonical", "de"):
        article_id, _, _, text, title, language = by[label]
        body = (PAGES / f"{GOLDEN[label]}.txt").read_text(encoding="utf-8").strip()
        assert text == body
        stored = sorted(query(warehouse, "select speaker, quote, kind from statements where article_id = ?",
                              [article_id]))  # fmt: skip
        assert stored and stored == statements_of(text, title, language) == statements_of(
            body, title, language
        )

    # no statement from boilerplate, walls or error pages; their articles keep the feed's text
    quotes = " ".join(r[0] for r in query(warehouse, "select quote from statements")).lower()
    for phrase in ("subscri", "cookie", "survive another winter", "lifeline", "best news", "couldn't find"):
        assert phrase not in quotes
    summaries = {label: summary for label, _, _, _, summary in ITEMS}
    for label in ("paywall", "consent", "soft-404", "404", "500", "robots", "slow-uk", "full-text"):
        assert by[label][1] == "feed" and by[label][3] == summaries[label], label

    # every attempt recorded; robots.txt asked once; disallowed and full-text pages never requested
    rows = query(warehouse, "select url, status, http_status, adopted from article_fetches")
    fetches = {path_of(r[0]): r[1:] for r in rows}
    expected = {"en": ("ok", 200, True), "no-canonical": ("ok", 200, True), "de": ("ok", 200, True),
                "paywall": ("paywall", 200, False), "consent": ("consent", 200, False),
                "soft-404": ("error_page", 200, False), "404": ("error", 404, False), "500": ("error", 500, False),
                "robots": ("disallowed", None, False), "slow-uk": ("deferred", None, False)}  # fmt: skip
    assert {label: fetches[PATHS[label]] for label in expected} == expected
    assert len(fetches) == len(expected)
    for path in (PATHS["robots"], PATHS["full-text"], "/news/never-fetched"):
        assert not fault_server.hits(path)
    assert len([r for r in fault_server.hits("/robots.txt") if r.host == HOST1]) == 1
    assert first.pages == 3 and first.pages_queued == 2  # the slow page and the 500

    # next run: the slow page answers at once and becomes revision 2 with its text; robots.txt is cached
    second = pipeline.run(scenario, warehouse, settings=settings)
    rows = query(warehouse, "select url, text_source, revision, text, article_id, title from articles")
    uk = {path_of(r[0]): r[1:] for r in rows}[PATHS["slow-uk"]]
    body = (PAGES / "article-uk-cp1251.txt").read_text(encoding="utf-8").strip()
    assert uk[:3] == ("page", 2, body) and second.pages == 1
    stored = sorted(
        query(warehouse, "select speaker, quote, kind from statements where article_id = ?", [uk[3]])
    )
    assert stored and stored == statements_of(body, uk[4], "uk")
    assert len([r for r in fault_server.hits("/robots.txt") if r.host == HOST1]) == 1
    statuses = query(
        warehouse, "select status from article_fetches where url like '%remont-mostu%' order by 1"
    )
    assert sorted(s for (s,) in statuses) == ["deferred", "ok"]

    # offline: the archived pages give the same texts (nothing new), and the feed replay skips the pages
    out = pipeline.reprocess_step(warehouse, feeds_file=scenario, stages=["parse", "pages"], build=False)
    assert out["pages"]["pages"] == 0 and out["pages"]["archived_pages"] == 7
    assert out["parse"]["failed"] == 0 and out["parse"]["new_articles"] == 0
