"""Round twenty: the analyst-facing surface (`ingest sql`, `feeds`, `reprocess`) under bad and big input.

Real `ingest` processes against a real warehouse built by `ingest demo` (loopback only) and real
DuckDB and Parquet files; see docs/fetching.md, "Round twenty".
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

INGEST = [sys.executable, "-m", "ingest"]
BIG_ROWS = 1_000_000
# Peak memory of a 1M-row result above that of `select 1`: the rows held at once must stay a batch.
STREAM_HEADROOM_KB = 100_000


def ingest(
    *args: str | bytes, env: dict[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*INGEST, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        errors="replace",
    )


def assert_one_line_error(res: subprocess.CompletedProcess[str], *needles: str) -> str:
    assert res.returncode == 2, (res.returncode, res.stderr)
    assert "Traceback" not in res.stderr and "internal error" not in res.stderr, res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1, res.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


@pytest.fixture(scope="module")
def demo_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    wh = tmp_path_factory.mktemp("r20") / "w"
    res = ingest("demo", "--warehouse", str(wh))
    assert res.returncode == 0, res.stderr
    return wh


def peak_kb(*args: str) -> int:
    """The peak resident memory (KB) of one `ingest` process run with ``args``, output discarded."""
    probe = (
        "import resource, subprocess, sys; "
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    res = subprocess.run(
        [sys.executable, "-c", probe, *INGEST, *args], capture_output=True, text=True, timeout=600
    )
    assert res.returncode == 0, res.stderr
    return int(res.stdout.strip())


BIG_QUERY = f"select range as n, 'row ' || range::varchar || ' of a big result' as s from range({BIG_ROWS})"


@pytest.mark.parametrize(
    "fmt, to_file",
    [
        ("table", False),
        ("csv", False),
        ("json", False),
        ("jsonl", False),
        ("csv", True),
        ("parquet", True),
    ],
)
def test_a_big_result_streams_in_flat_memory(
    demo_warehouse: Path, tmp_path: Path, fmt: str, to_file: bool
) -> None:
    """A million rows: before, every format held the whole result (1 GB for json); now a batch at a time."""
    wh = ["--warehouse", str(demo_warehouse)]
    baseline = peak_kb("sql", "select 1", *wh)
    out = tmp_path / f"big.{fmt}"
    extra = ["--output", str(out)] if to_file else []
    used = peak_kb("sql", BIG_QUERY, "--format", fmt, *extra, *wh) - baseline
    assert used < STREAM_HEADROOM_KB, f"{fmt}: {used} KB above select 1"
    if fmt == "parquet":
        assert pq.read_metadata(out).num_rows == BIG_ROWS
    elif to_file:
        with out.open(encoding="utf-8") as fh:
            assert sum(1 for _ in fh) == BIG_ROWS + 1


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "jsonl"])
def test_streamed_output_reads_as_before(demo_warehouse: Path, fmt: str) -> None:
    """Guard: the streamed formats are the ones render_rows made (widths, JSON layout, row count)."""
    from ingest.report import render_rows

    query = "select range as n, repeat('é', (range % 7)::int) as s, [1, 2] as l, null as z from range(2500)"
    res = ingest("sql", query, "--format", fmt, "--warehouse", str(demo_warehouse))
    assert res.returncode == 0, res.stderr
    rows = [(n, "é" * (n % 7), [1, 2], None) for n in range(2500)]
    assert res.stdout == render_rows(["n", "s", "l", "z"], rows, fmt) + "\n"
    if fmt == "json":
        assert len(json.loads(res.stdout)) == 2500


SLOW_QUERY = "select sum(hash(range::varchar || 'x')) from range(2000000000)"
SLOW_ROWS = "select range::varchar || ' slow' as s from range(2000000000)"


@pytest.mark.parametrize(
    "query, fmt, to_file",
    [
        (SLOW_QUERY, "table", False),  # interrupted while DuckDB computes
        (SLOW_ROWS, "csv", True),  # interrupted while rows stream into a file
        (SLOW_ROWS, "parquet", True),
    ],
)
def test_ctrl_c_during_a_query_is_an_interruption(
    demo_warehouse: Path, tmp_path: Path, query: str, fmt: str, to_file: bool
) -> None:
    """Before: `internal error: RuntimeError: Query interrupted`, exit 1. Now `interrupted`, exit 130,
    and a file given to --output is left as it was, with no temp file beside it."""
    out = tmp_path / "result.out"
    out.write_text("the previous result\n", encoding="utf-8")
    extra = ["--output", str(out)] if to_file else []
    proc = subprocess.Popen(
        [*INGEST, "sql", query, "--format", fmt, *extra, "--warehouse", str(demo_warehouse)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ},
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    time.sleep(3)
    assert proc.poll() is None, "the query ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert err.strip() == "ingest sql: interrupted"
    assert out.read_text(encoding="utf-8") == "the previous result\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["result.out"]


@pytest.mark.parametrize(
    "args, needle",
    [
        ([b"sql", b"select 'caf\xe9' as x"], "the query is not UTF-8 text"),  # a Latin-1 terminal
        ([b"sql", b"select $a as x", b"--param", b"a=Gen\xe8ve"], "--param a is not UTF-8 text"),
        ([b"sql", b"select 1 as x", b"--saved", b"speaker_timeline"], "either a QUERY or --saved"),  # guard
        ([b"sql", b"select $a::int", b"--param", b"a=ten"], "Could not convert string 'ten'"),  # guard
        ([b"sql", b"select 1; drop table articles"], "read-only"),  # guard
        ([b"sql", b"select * from read_csv('/etc/passwd')"], "file system operations are disabled"),  # guard
    ],
)
def test_bad_query_text_is_a_one_line_error(demo_warehouse: Path, args: list[bytes], needle: str) -> None:
    """Before, bytes that were not UTF-8 in the query or a parameter gave `internal error: TypeError:
    extract_statements(): incompatible function arguments` (exit 1)."""
    res = subprocess.run(
        [*(a.encode() for a in INGEST), *args, b"--warehouse", str(demo_warehouse).encode()],
        capture_output=True,
        timeout=120,
    )
    res_text = subprocess.CompletedProcess(
        res.args, res.returncode, res.stdout.decode("utf-8", "replace"), res.stderr.decode("utf-8", "replace")
    )
    assert_one_line_error(res_text, needle)


def test_a_terminal_that_cannot_show_a_character_gets_an_escape(demo_warehouse: Path) -> None:
    """Before, an ASCII-only stdout (PYTHONIOENCODING=ascii, or LANG=C without Python's UTF-8 mode) gave
    `internal error: UnicodeEncodeError` and no rows; now the character is written as \\u…"""
    res = ingest(
        "sql",
        "select 'Київ' as city",
        "--format",
        "csv",
        "--warehouse",
        str(demo_warehouse),
        env={"PYTHONIOENCODING": "ascii"},
    )
    assert res.returncode == 0, res.stderr
    assert res.stdout.splitlines() == ["city", "\\u041a\\u0438\\u0457\\u0432"]


@pytest.mark.parametrize(
    "fmt, where, needle",
    [
        ("parquet", "missing-parent", "no folder"),  # before: named the temp file '.x.out.<host>-….tmp'
        ("parquet", "folder", "it is a folder"),
        ("csv", "missing-parent", "no folder"),
        ("json", "folder", "it is a folder"),
    ],
)
def test_an_output_that_cannot_be_written_names_it(
    demo_warehouse: Path, tmp_path: Path, fmt: str, where: str, needle: str
) -> None:
    target = tmp_path / "gone" / "x.out" if where == "missing-parent" else tmp_path
    before = sorted(tmp_path.iterdir())
    res = ingest(
        "sql", "select 1 as a", "--format", fmt, "--output", str(target), "--warehouse", str(demo_warehouse)
    )
    line = assert_one_line_error(res, str(target), needle)
    assert ".tmp" not in line
    assert sorted(tmp_path.iterdir()) == before


def test_a_failing_query_leaves_the_output_file_as_it_was(demo_warehouse: Path, tmp_path: Path) -> None:
    """Guard: the query fails after 50,000 rows were written to the temp file."""
    out = tmp_path / "r.csv"
    out.write_text("kept\n", encoding="utf-8")
    query = "select case when range < 50000 then range else error('boom') end as n from range(100000)"
    res = ingest("sql", query, "--format", "csv", "--output", str(out), "--warehouse", str(demo_warehouse))
    assert_one_line_error(res, "boom")
    assert out.read_text(encoding="utf-8") == "kept\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.csv"]


@pytest.mark.parametrize(
    "args, needle",
    [
        (["--since", "2026-01-01", "--until", "2025-01-01"], "is not before --until"),
        (["--since", "2025-06-01", "--until", "2025-06-01"], "is not before --until"),
        (["--stages", ","], "no stage given"),
        (["--since", "2025-13-40"], "not a date"),  # guard
        (["--stages", "parse,bogus"], "unknown stage"),  # guard
    ],
)
def test_reprocess_refuses_an_empty_selection(
    demo_warehouse: Path, tmp_path: Path, args: list[str], needle: str
) -> None:
    """Before, since ≥ until and no stage reprocessed nothing, rebuilt, and exited 0."""
    res = ingest("reprocess", *args, "--warehouse", str(demo_warehouse))
    assert_one_line_error(res, needle)


def test_feeds_enable_on_no_warehouse_creates_nothing(tmp_path: Path) -> None:
    """Before: `no feed named 'x' …` after creating the folder, a catalog and a writer lock there."""
    wh = tmp_path / "mistyped" / "warehouse"
    assert_one_line_error(
        ingest("feeds", "enable", "x", "--warehouse", str(wh)), "no feed named 'x'", "no warehouse here"
    )
    assert not (tmp_path / "mistyped").exists()


OPML = (
    '<opml version="2.0"><body>'
    '<outline text="Harbour Gazette" xmlUrl="http://harbour-gazette.example/feed"/>'
    '<outline text="Harbour Gazette again" xmlUrl="http://harbour-gazette.example/feed"/>'
    '<outline text="Old FTP" xmlUrl="ftp://files.example/feed"/>'
    "</body></opml>"
)


@pytest.mark.parametrize(
    "existing, ok",
    [
        ('feeds = [{name = "valley-post", url = "http://valley-post.example/rss"}]\n', False),
        ('[[feeds]]\nname = "valley-post"\nurl = "http://valley-post.example/rss"\n', True),  # guard
    ],
)
def test_feeds_import_never_leaves_a_broken_or_changed_file(tmp_path: Path, existing: str, ok: bool) -> None:
    """Before: an inline `feeds = [...]` file got `[[feeds]]` appended and was left invalid (every later
    run refused it), and each re-import appended another `# Imported from` header."""
    opml = tmp_path / "subs.opml"
    opml.write_text(OPML, encoding="utf-8")
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(existing, encoding="utf-8")
    res = ingest("feeds", "import", str(opml), "--output", str(feeds))
    if not ok:
        assert res.returncode == 2, res.stderr
        assert "the file is unchanged" in res.stderr and "Traceback" not in res.stderr
        assert feeds.read_text(encoding="utf-8") == existing
    else:
        assert res.returncode == 0, res.stderr
        assert "1 feeds added" in res.stdout
        after_first = feeds.read_bytes()
        again = ingest("feeds", "import", str(opml), "--output", str(feeds))
        assert again.returncode == 0 and "0 feeds added, 1 already present" in again.stdout
        assert feeds.read_bytes() == after_first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["feeds.toml", "subs.opml"]


def test_feeds_import_into_a_missing_folder_is_a_one_line_error(tmp_path: Path) -> None:
    """Before: `internal error: FileNotFoundError: [Errno 2] …` (exit 1)."""
    opml = tmp_path / "subs.opml"
    opml.write_text(OPML, encoding="utf-8")
    target = tmp_path / "nowhere" / "feeds.toml"
    res = ingest("feeds", "import", str(opml), "--output", str(target))
    assert res.returncode == 2
    assert (
        res.stderr.strip().splitlines()[-1]
        == f"ingest feeds: error: {target}: cannot write (no folder {target.parent})"
    )
