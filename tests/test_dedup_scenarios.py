"""Issue 4, done when: two snapshots of several outlets' feeds, run through the real pipeline.

Snapshot 1 then snapshot 2 are served from the same URLs on 127.0.0.1 (files swapped in a temp
folder between runs); a third run serves changed bytes that carry nothing new. See
tests/fixtures/dedup/README.md for what each fictional feed exercises.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from conftest import write_feeds_file
from ingest import pipeline
from ingest.config import Settings
from ingest.serve import serve_directory

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "dedup"
FEEDS = [
    ("kyiv-wire", "kyiv-wire.xml", "Kyiv Wire"),
    ("kyiv-wire-top", "kyiv-wire-top.xml", "Kyiv Wire"),
    ("dnipro-herald", "dnipro-herald.xml", "Dnipro Herald"),
    ("eurodesk", "eurodesk.atom", "Eurodesk Daily"),
    ("lviv-post", "lviv-post.xml", "Lviv Post"),
]
# canonical URL of each real article -> the story it belongs to
ARTICLES = {
    "https://www.kyivwire.example/2026/11/24/power-cuts-shorten": "power cuts",
    "https://dniproherald.example/news/kyiv-power-cuts-8812": "power cuts",
    "https://www.kyivwire.example/2026/11/24/central-bank-key-rate": "rate",
    "https://www.kyivwire.example/2026/11/24/erdogan-truce-year-end": "erdogan truce",
    "https://dniproherald.example/news/macron-truce-8813": "macron truce",
    "https://www.kyivwire.example/2026/11/24/grain-corridor-reopens": "grain",
    "https://www.eurodesk.example/2026/11/24/grain-corridor": "grain",
    "https://www.kyivwire.example/2026/11/25/zelensky-scholz-berlin": "zelensky scholz",
    "https://dniproherald.example/news/zelensky-scholz-8901": "zelensky scholz",
    "https://dniproherald.example/city/new-bridge-8814": "bridge",
    "https://eurodesk.example/2026/11/24/sanctions-package": "sanctions",
    "https://eurodesk.example/2026/11/25/grid-repairs": "grid repairs",
    "https://lvivpost.example/lviv-opera-house-reopens-after-renovation/": "opera",
    "https://lvivpost.example/lviv-tram-fares-to-rise-in-january/": "tram",
    "https://lvivpost.example/lviv-airport-to-host-new-cargo-terminal/": "airport",
    "https://lvivpost.example/lviv-marathon-draws-record-field/": "marathon",
}
BUILD_DATE_RE = re.compile(r"(<lastBuildDate>)[^<]*(</lastBuildDate>)")
FEED_UPDATED_RE = re.compile(r"(<updated>)[^<]*(</updated>)")
TABLES = ("articles", "article_revisions", "article_sightings", "statements")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    folder = tmp_path / "site"
    folder.mkdir()
    with serve_directory(folder) as base_url:
        yield folder, base_url


def show(folder: Path, snapshot: str) -> None:
    for _, file, _ in FEEDS:
        shutil.copyfile(FIXTURES / snapshot / file, folder / file)


def touch_build_date(path: Path) -> None:
    """New bytes, same items: the feed is fetched and processed again, and must add nothing."""
    text = path.read_text(encoding="utf-8")
    text = BUILD_DATE_RE.sub(r"\g<1>Thu, 26 Nov 2026 06:00:00 +0000\g<2>", text, count=1)
    path.write_text(FEED_UPDATED_RE.sub(r"\g<1>2026-11-26T06:00:00Z\g<2>", text, count=1), encoding="utf-8")


def run(feeds_file: Path, warehouse: Path) -> pipeline.RunSummary:
    return pipeline.run(
        feeds_file, warehouse, settings=Settings(warehouse=warehouse, fetch_host_interval_s=0.0)
    )


def query(warehouse: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(warehouse / "news.duckdb"), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def counts(warehouse: Path) -> dict[str, int]:
    return {t: query(warehouse, f"select count(*) from {t}")[0][0] for t in TABLES}


def index_rows(warehouse: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(warehouse / "catalog.sqlite")
    try:
        return conn.execute("select count(*) from story_signatures").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.slow
def test_two_snapshots_give_one_row_per_article_and_one_story_per_story(
    tmp_path: Path, served: tuple[Path, str]
) -> None:
    folder, base_url = served
    feeds_file = write_feeds_file(
        tmp_path / "feeds.toml", [{"name": n, "url": base_url + f, "outlet": o} for n, f, o in FEEDS]
    )
    warehouse = tmp_path / "warehouse"

    show(folder, "snapshot1")
    first = run(feeds_file, warehouse)
    assert first.failed == 0 and first.new_articles == 12
    show(folder, "snapshot2")
    second = run(feeds_file, warehouse)
    assert second.new_articles == 4 and second.revised == 1

    rows = query(
        warehouse, "select canonical_url, article_id, story_id, title, revision, is_original from articles"
    )
    by_url = {r[0]: r for r in rows}
    assert sorted(by_url) == sorted(ARTICLES)  # exactly one row per real article
    assert len(rows) == len(ARTICLES)
    stories: dict[str, set[str]] = {}
    for url, story in ARTICLES.items():
        stories.setdefault(story, set()).add(by_url[url][2])
    assert all(len(ids) == 1 for ids in stories.values()), stories  # one story id per real story
    assert len({r[2] for r in rows}) == len(stories)  # and different stories never share one
    originals = {
        story: sorted(by_url[u][0] for u, s in ARTICLES.items() if s == story and by_url[u][5])
        for story in stories
    }
    assert originals["power cuts"] == ["https://www.kyivwire.example/2026/11/24/power-cuts-shorten"]
    assert all(len(v) == 1 for v in originals.values())  # is_original: one per story

    rate = by_url["https://www.kyivwire.example/2026/11/24/central-bank-key-rate"]
    assert (
        rate[3] == "Central bank holds key rate at 13.5%" and rate[4] == 2
    )  # the corrected title is the latest
    revisions = query(
        warehouse, f"select revision, title from article_revisions where article_id = '{rate[1]}' order by 1"
    )
    assert revisions == [
        (1, "Central bank raises key rate to 14.5%"),
        (2, "Central bank holds key rate at 13.5%"),
    ]
    assert query(warehouse, "select count(*) from article_revisions")[0][0] == len(ARTICLES) + 1
    # statements come from the latest revision; those of the first stay queryable with their number
    latest = query(warehouse, f"select distinct revision from statements where article_id = '{rate[1]}'")
    history = query(
        warehouse,
        f"select distinct revision from statement_history where article_id = '{rate[1]}' order by 1",
    )
    assert latest == [(2,)] and history == [(1,), (2,)]

    # the wire's power-cuts article: seen in three feeds under three URLs, one row, full text kept
    power = by_url["https://www.kyivwire.example/2026/11/24/power-cuts-shorten"]
    sightings = query(
        warehouse, f"select feed, url from article_sightings where article_id = '{power[1]}' order by 1"
    )
    assert [s[0] for s in sightings] == ["dnipro-herald", "kyiv-wire", "kyiv-wire-top"]
    assert power[3] == "Kyiv power cuts to shorten next week, minister says" and power[4] == 1
    text = query(warehouse, f"select text from articles where article_id = '{power[1]}'")[0][0]
    assert text.count("\n") == 3 and "“We expect outages" in text
    lviv = query(warehouse, "select text from articles where outlet = 'Lviv Post'")
    assert all("Click here" not in t and "appeared first" not in t for (t,) in lviv)

    before, index_before = counts(warehouse), index_rows(warehouse)
    story_ids = sorted(r[1:3] for r in rows)
    for _, file, _ in FEEDS[
        1:
    ]:  # the summary feed alone, the copies, the boilerplate: new bytes, nothing new
        touch_build_date(folder / file)
    third = run(feeds_file, warehouse)
    assert third.fetched == 4 and third.new_articles == 0 and third.revised == 0 and third.statements == 0
    assert counts(warehouse) == before and index_rows(warehouse) == index_before == len(ARTICLES)
    assert (
        sorted(r[1:3] for r in query(warehouse, "select canonical_url, article_id, story_id from articles"))
        == story_ids
    )


@pytest.mark.slow
def test_story_ids_do_not_depend_on_when_or_how_often_the_feeds_are_read(
    tmp_path: Path, served: tuple[Path, str]
) -> None:
    """Snapshot 2 read at once gives the same articles and stories as snapshot 1 then 2."""
    folder, base_url = served
    feeds_file = write_feeds_file(
        tmp_path / "feeds.toml", [{"name": n, "url": base_url + f, "outlet": o} for n, f, o in FEEDS]
    )
    one, two = tmp_path / "w1", tmp_path / "w2"
    show(folder, "snapshot1")
    run(feeds_file, one)
    show(folder, "snapshot2")
    run(feeds_file, one)
    run(feeds_file, two)
    sql = "select canonical_url, article_id, story_id from articles order by 1"
    rows_one, rows_two = query(one, sql), query(two, sql)
    assert len(rows_one) == len(rows_two) == len(ARTICLES)
    assert rows_one == rows_two
