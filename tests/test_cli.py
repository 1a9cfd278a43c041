"""The `ingest` command as users run it: a real subprocess, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

INGEST = [sys.executable, "-m", "ingest"]
COMMANDS = [
    "run",
    "demo",
    "extract",
    "sql",
    "status",
    "feeds",
    "feeds import",
    "feeds enable",
    "reprocess",
    "eval",
]


def ingest(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*INGEST, *args], input=stdin, capture_output=True, text=True, timeout=300, cwd=cwd)


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_on_every_command(command: str) -> None:
    res = ingest(*command.split(), "--help")
    assert res.returncode == 0 and "usage: ingest" in res.stdout


def assert_one_line_error(res: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert res.returncode != 0
    assert "Traceback" not in res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1, res.stderr
    for needle in needles:
        assert needle in lines[0]


def test_malformed_feeds_file_exits_nonzero_with_one_line(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.toml"
    feeds.write_text("[[feeds]]\nname = 'a'\nurl = 'gopher://x'\n")
    assert_one_line_error(
        ingest("run", "--feeds", str(feeds), "--warehouse", str(tmp_path / "w")),
        str(feeds),
        "unsupported URL scheme",
    )
    assert_one_line_error(
        ingest("run", "--feeds", str(tmp_path / "none.toml"), "--warehouse", str(tmp_path / "w")), "not found"
    )


def test_sql_is_read_only_and_reports_missing_warehouse(tmp_path: Path, example_feeds_file: Path) -> None:
    assert_one_line_error(
        ingest("sql", "select 1", "--warehouse", str(tmp_path / "none")), "no warehouse yet"
    )
    wh = tmp_path / "w"
    res = ingest("run", "--feeds", str(example_feeds_file), "--warehouse", str(wh))
    assert res.returncode == 0, res.stderr
    assert "statements:" in res.stdout
    before = ingest("sql", "select count(*) as n from articles", "--warehouse", str(wh), "--format", "json")
    n = json.loads(before.stdout)[0]["n"]
    for query in [
        "delete from articles",
        "drop table articles",
        "create table t as select 1",
        "copy articles to '/tmp/x.csv'",
        "attach '/tmp/other.duckdb'",
    ]:
        assert_one_line_error(ingest("sql", query, "--warehouse", str(wh)), "read-only")
    assert_one_line_error(ingest("sql", "select * from nowhere", "--warehouse", str(wh)), "query failed")
    after = ingest("sql", "select count(*) as n from articles", "--warehouse", str(wh), "--format", "csv")
    assert after.stdout.splitlines() == ["n", str(n)]
    status = ingest("status", "--warehouse", str(wh))
    assert status.returncode == 0
    assert status.stdout.splitlines()[2].startswith("missing")


def test_extract_reads_jsonl_and_writes_statements() -> None:
    article = {
        "id": "a1",
        "title": "t",
        "text": "“We will hold the line,” General Oleh Marchuk said on Monday.",
        "published": "2026-11-24T10:00:00Z",
        "outlet": "Wire",
        "url": "https://wire.example/a",
    }
    res = ingest("extract", "--input", "-", stdin=json.dumps(article) + "\n")
    assert res.returncode == 0, res.stderr
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert rows and {"article_id", "speaker", "speaker_id", "quote", "kind"} <= set(rows[0])
    assert rows[0]["quote"] == "We will hold the line" and rows[0]["kind"] == "direct"
    assert "Marchuk" in rows[0]["speaker"]


def test_extract_rejects_bad_input() -> None:
    assert_one_line_error(ingest("extract", "--input", "-", stdin="{not json\n"), "line 1", "not JSON")
    assert_one_line_error(ingest("extract", "--input", "/nonexistent.jsonl"), "cannot read")


OPML = """<?xml version="1.0"?>
<opml version="2.0"><body>
  <outline text="Wire" title="Kyiv Wire - Top" xmlUrl="https://kyivwire.example/rss?a=1&amp;b=2" language="en"/>
  <outline type="rss" text="Broken" xmlUrl="ftp://broken.example/feed"/>
</body></opml>
"""


def test_feeds_import_appends_to_a_feeds_file(tmp_path: Path) -> None:
    opml = tmp_path / "subs.opml"
    opml.write_text(OPML)
    printed = ingest("feeds", "import", str(opml))
    assert printed.returncode == 0 and 'url = "https://kyivwire.example/rss?a=1&b=2"' in printed.stdout
    assert "skipped" in printed.stderr
    target = tmp_path / "feeds.toml"
    target.write_text('[[feeds]]\nname = "old"\nurl = "https://old.example/rss"\n')
    first = ingest("feeds", "import", str(opml), "--output", str(target))
    assert first.returncode == 0 and "1 feeds added" in first.stdout
    again = ingest("feeds", "import", str(opml), "--output", str(target))
    assert "0 feeds added, 1 already present" in again.stdout
    from ingest.config import load_feeds

    assert [f.outlet for f in load_feeds(target)] == ["old", "Kyiv Wire"]


def test_feeds_enable_unknown_feed_is_a_one_line_error(tmp_path: Path) -> None:
    assert_one_line_error(
        ingest("feeds", "enable", "nope", "--warehouse", str(tmp_path)), "no feed named 'nope'"
    )
