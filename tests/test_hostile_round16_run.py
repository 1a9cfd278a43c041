"""Round sixteen: bad input and interrupted or concurrent work, through the whole pipeline on loopback.

Each case runs the pipeline over two feeds served by the fault server (twice where the case allows:
the second run must add nothing), then checks the titles, URLs and texts stored, the feeds' states,
the one-line error and that what was stored before is still there: a fetch record in the inbox cut
short, two ``ingest run`` on one warehouse at once (real processes), bad ``INGEST_*`` values in the
environment, a damaged catalog, a warehouse path that is a file, and lake files truncated, replaced
by garbage or deleted under a rebuild.
"""

# ruff: noqa: F811 - the fault_server fixtures are imported, then named as arguments
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

import ingest
from faultserver import (
    FaultServer,
    delay,
    fault_server,  # noqa: F401 - pytest fixture
    fault_server_module,  # noqa: F401 - pytest fixture
    respond,
)
from hostile_checks import (
    FeedCase as Case,
)
from hostile_checks import (
    Runs,
    check_case_outcome,
    check_rerun_adds_nothing,
    check_urls_and_texts,
    feeds_file,
    run_twice,
    table_rows,
)
from ingest import pipeline
from ingest.catalog import read_states
from ingest.config import IngestError, Settings

pytestmark = pytest.mark.slow

DATE = "Mon, 24 Nov 2025 10:00:00 +0000"


def rss(outlet: str, slug: str, *said: tuple[str, str]) -> bytes:
    items = "".join(
        f"<item><title>{title}</title><link>https://{slug}.example/{i}</link><guid>{slug}-{i}</guid>"
        f"<pubDate>{DATE}</pubDate><description>{text}</description></item>"
        for i, (title, text) in enumerate(said, start=1)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{outlet}</title>'
        f"<link>https://{slug}.example/</link>{items}</channel></rss>"
    ).encode()


HARBOUR = rss(
    "Harbour Gazette",
    "harbour",
    ("Pier reopens on Monday", "“The pier reopens on Monday,” said harbour master Ilona Kravets."),
    ("Ferry timetable changes", "“Two more crossings start in spring,” said ferry manager Taras Olenko."),
)
VALLEY = rss(
    "Valley Courier",
    "valley",
    ("Bridge repairs end early", "“The bridge is open again,” said mayor Petro Hnatiuk."),
)
CASES = {
    "harbour": Case(
        respond(200, HARBOUR, {"Content-Type": "application/rss+xml"}),
        ["Ferry timetable changes", "Pier reopens on Monday"],
        urls=["https://harbour.example/2", "https://harbour.example/1"],
        texts=[
            "“Two more crossings start in spring,” said ferry manager Taras Olenko.",
            "“The pier reopens on Monday,” said harbour master Ilona Kravets.",
        ],
    ),
    "valley": Case(
        respond(200, VALLEY, {"Content-Type": "application/rss+xml"}),
        ["Bridge repairs end early"],
        urls=["https://valley.example/1"],
        texts=["“The bridge is open again,” said mayor Petro Hnatiuk."],
    ),
}
ARTICLES = 3


def serve(server: FaultServer, tmp_path: Path, wait: float = 0.0) -> Path:
    urls = {
        name: server.add(f"/{name}.xml", delay(wait, case.serve) if wait else case.serve)
        for name, case in CASES.items()
    }
    return feeds_file(tmp_path / "feeds.toml", urls)


def check_every_case(runs: Runs) -> None:
    for name, case in CASES.items():
        check_case_outcome(runs, name, case)
        check_urls_and_texts(runs, name, case)
    check_rerun_adds_nothing(runs, ARTICLES)


def one_line(exc: BaseException) -> str:
    text = str(exc)
    assert "\n" not in text and len(text) < 400, text
    return text


def lake_rows(warehouse: Path, table: str) -> int:
    files = sorted((warehouse / "lake" / table).glob("*/*.parquet"))
    return duckdb.sql(f"select count(*) from read_parquet({[str(f) for f in files]})").fetchall()[0][0]


def settings(warehouse: Path) -> Settings:
    return Settings(
        warehouse=warehouse, fetch_deadline_s=20.0, fetch_timeout_s=10.0, fetch_host_interval_s=0.0
    )


@pytest.fixture
def stored(fault_server: FaultServer, tmp_path: Path) -> Iterator[tuple[Path, Path, Runs]]:
    """Both feeds stored by two runs: the feeds file, the warehouse and what the runs gave."""
    feeds = serve(fault_server, tmp_path)
    warehouse = tmp_path / "warehouse"
    runs = run_twice(feeds, warehouse)
    check_every_case(runs)
    yield feeds, warehouse, runs


def test_a_fetch_record_cut_short_in_the_inbox_stops_no_feed(
    fault_server: FaultServer, tmp_path: Path
) -> None:
    """A record of the inbox that cannot be read (cut short by a full disk, overwritten, copied in half):
    before, every run stopped at it with `internal error: JSONDecodeError`, and no feed was stored again."""
    feeds = serve(fault_server, tmp_path)
    warehouse = tmp_path / "warehouse"
    (warehouse / "inbox").mkdir(parents=True)
    (warehouse / "inbox" / "20251124T100000000000-0123abcd.json").write_text('{"feed": "harbour", "url": "ht')
    runs = run_twice(feeds, warehouse)
    check_every_case(runs)
    damaged = [e for e in runs.summaries[0].errors if e.startswith("inbox record")]
    assert damaged == [
        "inbox record 20251124T100000000000-0123abcd.json unreadable (Unterminated string starting at:"
        " line 1 column 28 (char 27)): moved to inbox/damaged/"
    ]
    assert not [e for e in runs.summaries[1].errors if e.startswith("inbox record")]
    assert [p.name for p in (warehouse / "inbox" / "damaged").iterdir()] == [
        "20251124T100000000000-0123abcd.json"
    ]


def ingest_run(feeds: Path, warehouse: Path, **environment: str) -> subprocess.Popen[str]:
    src = str(Path(ingest.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    env.update(INGEST_FETCH_HOST_INTERVAL="0", INGEST_FULLTEXT_BUDGET="0", **environment)
    command = [
        sys.executable,
        "-m",
        "ingest",
        "run",
        "--feeds",
        str(feeds),
        "--warehouse",
        str(warehouse),
        "--force",
    ]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_runs_at_once_store_everything_once(fault_server: FaultServer, tmp_path: Path) -> None:
    """Two `ingest run` on one warehouse at once (a cron job overlapping the last, a manual run beside the DAG):
    before, both processed the same fetch records, so the lake held every article, extraction and statement
    twice and both summaries claimed the new articles; the second writer's catalog recovery could also delete
    the lake files of the batch the first was writing."""
    feeds = serve(fault_server, tmp_path, wait=1.0)  # both runs are fetching at the same moment
    warehouse = tmp_path / "warehouse"
    first, second = ingest_run(feeds, warehouse), ingest_run(feeds, warehouse)
    outputs = [p.communicate(timeout=240) for p in (first, second)]
    assert [p.returncode for p in (first, second)] == [0, 0], outputs
    new = sorted(int(out.split("articles: ")[1].split(" new")[0]) for out, _ in outputs)
    assert new == [0, ARTICLES], outputs
    for table in ("article_revisions", "extractions", "article_sightings"):
        assert lake_rows(warehouse, table) == ARTICLES, table
    statements = table_rows(warehouse)["statements"]
    assert lake_rows(warehouse, "statements") == statements == ARTICLES
    runs = run_twice(feeds, warehouse)  # the next runs add nothing
    check_every_case(runs)
    assert lake_rows(warehouse, "article_revisions") == ARTICLES


HOLDER = """
import sys, time
from pathlib import Path
from ingest.catalog import Catalog
with Catalog.open(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(120)
"""


def test_a_stuck_writer_stops_the_next_run_in_one_line_and_loses_nothing(
    fault_server: FaultServer, tmp_path: Path
) -> None:
    """A writer that hangs or was stopped (SIGSTOP) while holding the warehouse: before, the next run waited for
    it without limit and said nothing. Now it says whom it waits for, gives up after INGEST_WRITER_WAIT with one
    line, and what it fetched is stored by the next run once the holder is gone (not forced: nothing refetched)."""
    feeds = serve(fault_server, tmp_path)
    warehouse = tmp_path / "warehouse"
    warehouse.mkdir()
    src = str(Path(ingest.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(warehouse)], env=env, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    os.kill(holder.pid, signal.SIGSTOP)
    try:
        run = ingest_run(feeds, warehouse, INGEST_WRITER_WAIT="1")
        out, err = run.communicate(timeout=120)
    finally:
        holder.kill()
        holder.wait(timeout=60)
        holder.stdout.close()
    lines = err.strip().splitlines()
    assert run.returncode != 0 and len(lines) == 2, (out, err)
    assert lines[0].startswith(f"waiting for the writer of {warehouse} (pid {holder.pid} on ")
    assert lines[1].startswith(
        f"ingest run: error: {warehouse}: another writer holds the warehouse (pid {holder.pid} "
    )
    assert "that process is stopped (SIGSTOP)" in lines[1] and "INGEST_WRITER_WAIT" in lines[1]
    asked = len(fault_server.requests)
    assert asked == len(CASES)  # the failed run fetched each feed once
    waiting = sorted(p.name for p in (warehouse / "inbox").glob("*.json"))
    assert len(waiting) == asked
    summary = pipeline.run(feeds, warehouse, settings=settings(warehouse))
    assert summary.new_articles == ARTICLES, summary
    with sqlite3.connect(warehouse / "catalog.sqlite") as catalog:  # the failed run's fetches were processed
        processed = {row[0] for row in catalog.execute("select fetch_id from processed_fetches")}
    assert all(any(fetch_id in name for fetch_id in processed) for name in waiting), (waiting, processed)
    runs = run_twice(feeds, warehouse)
    check_every_case(runs)
    assert lake_rows(warehouse, "article_revisions") == ARTICLES


BAD_ENVIRONMENT = [
    # (variable, value, the one-line error); before: a negative or zero timeout or deadline failed every feed
    # and put it in backoff (its state damaged, not fetched again for a quarter of an hour), `inf` failed with
    # `OverflowError: timestamp out of range`, 0 workers were taken, text and sizes gave an internal error
    (
        "INGEST_FETCH_TIMEOUT",
        "-1",
        "environment variable INGEST_FETCH_TIMEOUT='-1': must be a number above 0",
    ),
    (
        "INGEST_FETCH_DEADLINE",
        "0",
        "environment variable INGEST_FETCH_DEADLINE='0': must be a number above 0",
    ),
    ("INGEST_FETCH_TIMEOUT", "ten", "environment variable INGEST_FETCH_TIMEOUT='ten': not a number"),
    (
        "INGEST_FETCH_TIMEOUT",
        "nan",
        "environment variable INGEST_FETCH_TIMEOUT='nan': must be a number above 0",
    ),
    (
        "INGEST_FETCH_HOST_INTERVAL",
        "inf",
        "environment variable INGEST_FETCH_HOST_INTERVAL='inf': must be a number 0 or more",
    ),
    (
        "INGEST_FETCH_WORKERS",
        "0",
        "environment variable INGEST_FETCH_WORKERS='0': must be a whole number above 0",
    ),
    ("INGEST_FETCH_PER_HOST", "2.5", "environment variable INGEST_FETCH_PER_HOST='2.5': not a whole number"),
    (
        "INGEST_BUILD_MEMORY",
        "lots",
        "environment variable INGEST_BUILD_MEMORY='lots': must be a size such as 1.5GB or 512MiB",
    ),
]


@pytest.mark.parametrize(("variable", "value", "error"), BAD_ENVIRONMENT)
def test_a_bad_environment_value_stops_the_run_before_any_fetch(
    stored: tuple[Path, Path, Runs],
    fault_server: FaultServer,
    monkeypatch: pytest.MonkeyPatch,
    variable: str,
    value: str,
    error: str,
) -> None:
    feeds, warehouse, runs = stored
    asked = len(fault_server.requests)
    monkeypatch.setenv(variable, value)
    with pytest.raises(IngestError) as caught:
        pipeline.run(feeds, warehouse, force=True)
    assert one_line(caught.value) == error
    assert len(fault_server.requests) == asked  # nothing fetched
    assert read_states(warehouse) == runs.states[1]  # no feed put in backoff
    assert table_rows(warehouse) == runs.rows[1]


def test_a_damaged_catalog_is_one_line_and_keeps_the_published_warehouse(
    stored: tuple[Path, Path, Runs],
) -> None:
    """Before: `internal error: DatabaseError: file is not a database`, naming no file."""
    feeds, warehouse, runs = stored
    for leftover in warehouse.glob("catalog.sqlite-*"):
        leftover.unlink()
    (warehouse / "catalog.sqlite").write_bytes(b"not a catalog " * 400)
    expected = f"{warehouse}/catalog.sqlite: the catalog is damaged (file is not a database); restore it from a backup"
    with pytest.raises(IngestError) as caught:
        pipeline.run(feeds, warehouse, settings=settings(warehouse), force=True)
    assert one_line(caught.value) == expected
    with pytest.raises(IngestError) as caught:
        pipeline.feed_status(warehouse)
    assert one_line(caught.value) == expected
    assert table_rows(warehouse) == runs.rows[1]  # news.duckdb opens and still holds every article


def test_a_warehouse_path_that_is_a_file_is_one_line(fault_server: FaultServer, tmp_path: Path) -> None:
    """Before: `internal error: FileExistsError` (run), `NotADirectoryError` (rebuild), and `ingest status`
    said no feed had been fetched yet."""
    feeds = serve(fault_server, tmp_path)
    warehouse = tmp_path / "warehouse"
    warehouse.write_text("a file where the warehouse should be")
    expected = f"{warehouse}: the warehouse is not a folder (a file is in its place)"
    calls: list[Any] = [
        lambda: pipeline.run(feeds, warehouse, settings=settings(warehouse), force=True),
        lambda: pipeline.rebuild_step(warehouse),
        lambda: pipeline.feed_status(warehouse),
    ]
    for call in calls:
        with pytest.raises(IngestError) as caught:
            call()
        assert one_line(caught.value) == expected
    assert not fault_server.requests
    missing = tmp_path / "no-such-warehouse"
    with pytest.raises(IngestError) as caught:
        pipeline.rebuild_step(missing)  # before: built an empty warehouse at the mistyped path
    assert (
        one_line(caught.value)
        == f"{missing}: nothing to rebuild (no catalog.sqlite: not a warehouse, or never run)"
    )
    assert not missing.exists()


@pytest.mark.parametrize("damage", ["truncate", "garbage", "delete"])
def test_an_unreadable_lake_file_fails_the_rebuild_in_one_line_and_keeps_the_published_warehouse(
    stored: tuple[Path, Path, Runs], damage: str
) -> None:
    """Before: `internal error: InvalidInputException: … LINE 8: from read_parquet($statements_files …` with
    the SQL around it."""
    _, warehouse, runs = stored
    lake_file = sorted((warehouse / "lake" / "statements").glob("*/*.parquet"))[0]
    if damage == "truncate":
        with lake_file.open("r+b") as fh:
            fh.truncate(lake_file.stat().st_size // 2)
    elif damage == "garbage":
        lake_file.write_bytes(b"garbage")
    else:
        lake_file.unlink()
    with pytest.raises(IngestError) as caught:
        pipeline.rebuild_step(warehouse)
    error = one_line(caught.value)
    assert error.startswith(f"lake file {lake_file} cannot be read (")
    assert error.endswith(
        "); this step was rolled back and nothing published: restore the file from a backup"
    )
    assert table_rows(warehouse) == runs.rows[1]


def test_a_damaged_build_database_is_rebuilt_from_the_lake_by_the_next_run(
    stored: tuple[Path, Path, Runs], fault_server: FaultServer
) -> None:
    """The private build database overwritten (a bad disk block, a copy gone wrong): before, every later run
    failed at its build with `internal error: IOException: … not a valid DuckDB database file!` after
    committing its batch, so news.duckdb was never brought up to date again."""
    feeds, warehouse, runs = stored
    db = warehouse / ".build" / "news.duckdb"
    db.write_bytes(b"not a database " * 400)
    again = run_twice(feeds, warehouse)
    for name, case in CASES.items():
        check_case_outcome(again, name, case)
        check_urls_and_texts(again, name, case)
    assert again.rows == runs.rows
    assert [e for e in again.summaries[0].errors if e.startswith(str(db))] == [
        f'{db}: damaged (IO Error: The file "…" exists, but it is not a valid DuckDB database file!);'
        " rebuilt from the lake"
    ]
    assert not again.summaries[1].errors


def test_a_feeds_file_saved_with_a_byte_order_mark_is_read(fault_server: FaultServer, tmp_path: Path) -> None:
    """Notepad and Windows PowerShell 5 (`Out-File -Encoding utf8`) start UTF-8 files with a BOM: before, the
    run stopped with `invalid TOML: Invalid statement (at line 1, column 1)` and nothing was fetched."""
    feeds = serve(fault_server, tmp_path)
    feeds.write_bytes(b"\xef\xbb\xbf" + feeds.read_text().replace("\n", "\r\n").encode())
    runs = run_twice(feeds, tmp_path / "warehouse")
    check_every_case(runs)
