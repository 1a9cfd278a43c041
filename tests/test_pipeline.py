"""End to end: feeds served on 127.0.0.1 → lake → news.duckdb, through the real fetch path."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from ingest import pipeline
from ingest.config import Settings
from ingest.warehouse import query_warehouse

CONTRACT = {
    "articles": [
        "article_id",
        "feed",
        "outlet",
        "url",
        "canonical_url",
        "title",
        "text",
        "published_at",
        "first_seen_at",
        "language",
        "story_id",
    ],
    "statements": [
        "statement_id",
        "article_id",
        "speaker",
        "speaker_id",
        "quote",
        "kind",
        "published_at",
        "outlet",
    ],
    "speakers": ["speaker_id", "name", "aliases"],
    "fetches": ["feed", "url", "fetched_at", "status", "http_status", "items", "new_articles", "error"],
}


def fast_settings(warehouse: Path) -> Settings:
    return Settings(warehouse=warehouse, fetch_host_interval_s=0.0, fetch_deadline_s=10.0)


def counts(warehouse: Path) -> dict[str, int]:
    con = duckdb.connect(str(warehouse / "news.duckdb"), read_only=True)
    try:
        return {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in CONTRACT}  # type: ignore[index]
    finally:
        con.close()


def test_run_fills_the_contract_tables(example_feeds_file: Path, warehouse: Path) -> None:
    summary = pipeline.run(example_feeds_file, warehouse, settings=fast_settings(warehouse))
    assert summary.fetched == 4 and summary.failed == 1
    assert list(summary.step_seconds) == ["setup", "fetch", "process", "pages", "build"]
    assert (
        0 < sum(summary.step_seconds.values()) <= summary.seconds + 0.01 and summary.step_seconds["build"] > 0
    )
    con = duckdb.connect(str(warehouse / "news.duckdb"), read_only=True)
    for table, columns in CONTRACT.items():
        have = [r[0] for r in con.execute(f"describe {table}").fetchall()]
        assert set(columns) <= set(have), (table, set(columns) - set(have))
    types = dict(con.execute("select column_name, column_type from (describe articles)").fetchall())
    assert types["published_at"] == "TIMESTAMP WITH TIME ZONE"
    n_articles, n_outlets = con.execute("select count(*), count(distinct outlet) from articles").fetchone()  # type: ignore[misc]
    assert n_articles >= 9 and n_outlets == 4
    assert con.execute(
        "select count(*) from articles where url like '%utm_%' or canonical_url like '%utm_%'"
    ).fetchone() == (0,)
    kinds = dict(con.execute("select kind, count(*) from statements group by kind").fetchall())
    assert kinds.get("direct", 0) >= 8 and kinds.get("indirect", 0) >= 3
    speakers = {r[0] for r in con.execute("select speaker from statements").fetchall()}
    assert any("Panasenko" in s for s in speakers)
    missing = con.execute("select status, http_status, error from fetches where feed = 'missing'").fetchall()
    assert missing == [("error", 404, missing[0][2])] and "404" in missing[0][2]
    con.close()


def test_second_run_adds_no_rows_and_skips_failing_feed(example_feeds_file: Path, warehouse: Path) -> None:
    pipeline.run(example_feeds_file, warehouse, settings=fast_settings(warehouse))
    before = counts(warehouse)
    second = pipeline.run(example_feeds_file, warehouse, settings=fast_settings(warehouse))
    after = counts(warehouse)
    assert {k: after[k] for k in ("articles", "statements", "speakers")} == {
        k: before[k] for k in ("articles", "statements", "speakers")
    }
    assert second.new_articles == 0 and second.statements == 0
    assert second.skipped == 1  # the 404 feed backs off: not due yet
    _, rows = query_warehouse(
        warehouse, "select status from fetches where fetched_at = (select max(fetched_at) from fetches)"
    )
    assert {r[0] for r in rows} <= {"not_modified", "unchanged"}


def test_status_lists_failing_feed_first(example_feeds_file: Path, warehouse: Path) -> None:
    pipeline.run(example_feeds_file, warehouse, settings=fast_settings(warehouse))
    columns, rows = pipeline.feed_status(warehouse)
    first = dict(zip(columns, rows[0], strict=True))
    assert first["feed"] == "missing" and first["state"] == "backoff" and "404" in first["error"]
    assert len(rows) == 5


def test_a_bad_feed_does_not_stop_the_others(tmp_path: Path, examples_url: str, warehouse: Path) -> None:
    (tmp_path / "page.html").write_text("<html><body><p>Not a feed</p></body></html>")
    from conftest import write_feeds_file

    feeds = write_feeds_file(
        tmp_path / "feeds.toml",
        [
            {"name": "html", "url": str(tmp_path / "page.html")},
            {"name": "refused", "url": "http://127.0.0.1:9/feed.xml"},
            {"name": "good", "url": examples_url + "kyiv-wire.xml"},
        ],
    )
    summary = pipeline.run(feeds, warehouse, settings=fast_settings(warehouse))
    assert summary.fetched == 1 and summary.failed == 2 and summary.new_articles == 3
    _, rows = query_warehouse(warehouse, "select feed, status, error from fetches order by feed")
    errors = {feed: (status, error) for feed, status, error in rows}
    assert errors["html"][0] == "error" and "not a feed" in errors["html"][1].lower()
    assert errors["refused"][0] == "error" and errors["refused"][1]
    assert errors["good"] == ("ok", None)


def test_bad_feeds_file_fails_before_anything_changes(tmp_path: Path, warehouse: Path) -> None:
    bad = tmp_path / "feeds.toml"
    bad.write_text("[[feeds]]\nname = 'x'\n")
    with pytest.raises(Exception, match="missing 'url'"):
        pipeline.run(bad, warehouse)
    assert not (warehouse / "news.duckdb").exists()


def one_item_feed(path: Path, guid: str, text: str) -> None:
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        f"<item><title>{guid}</title><link>https://wire.example/{guid}</link><guid>{guid}</guid>"
        f"<pubDate>Tue, 24 Nov 2026 09:00:00 +0000</pubDate><description>{text}</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )


def test_a_bare_surname_in_a_later_run_keeps_the_person_id(tmp_path: Path, warehouse: Path) -> None:
    from conftest import write_feeds_file
    from ingest.serve import serve_directory

    site = tmp_path / "site"
    site.mkdir()
    one_item_feed(
        site / "feed.xml",
        "first",
        "“Deliveries will double,” Defence Minister Ihor Panasenko said on Monday.",
    )
    with serve_directory(site) as base:
        feeds = write_feeds_file(tmp_path / "feeds.toml", [{"name": "wire", "url": base + "feed.xml"}])
        pipeline.run(feeds, warehouse, settings=fast_settings(warehouse))
        one_item_feed(
            site / "feed.xml", "second", "“The first batteries are here,” Panasenko told reporters on Friday."
        )
        pipeline.run(feeds, warehouse, settings=fast_settings(warehouse))
    _, rows = query_warehouse(
        warehouse, "select speaker, speaker_id from statements order by published_at, article_id"
    )
    assert len(rows) == 2
    assert rows[0][1] == rows[1][1], rows
    assert {r[0] for r in rows} == {"Ihor Panasenko"}


def test_credentials_in_a_feed_url_stay_out_of_the_warehouse(
    tmp_path: Path, examples_url: str, warehouse: Path
) -> None:
    from conftest import write_feeds_file

    with_login = examples_url.replace("http://", "http://reader:s3cret-token@") + "kyiv-wire.xml"
    feeds = write_feeds_file(tmp_path / "feeds.toml", [{"name": "private", "url": with_login}])
    summary = pipeline.run(feeds, warehouse, settings=fast_settings(warehouse))
    assert summary.fetched == 1 and summary.new_articles == 3  # the feed was fetched with its login
    _, fetches = query_warehouse(warehouse, "select url, final_url from fetches")
    _, states = query_warehouse(warehouse, "select url, original_url from feed_health")
    stored = [u for row in fetches + states for u in row]
    assert stored and all("s3cret" not in u and "reader" not in u for u in stored)
    assert all(u.startswith("http://***@127.0.0.1:") for row in states for u in row)
    # the fetch's URL shows that a login was used; the final URL is what answered (the login went as a header)
    assert [(u.split("@")[0], f.split(":")[1]) for u, f in fetches] == [("http://***", "//127.0.0.1")]
