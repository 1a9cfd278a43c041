"""The `ingest` command line. Thin: argument parsing, then one call into ingest.pipeline or a stage.

Every user error ends with one line on stderr and a non-zero exit status, never a traceback
(set INGEST_DEBUG=1 to see one).
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from ingest.config import DEFAULT_FEEDS_FILE, DEFAULT_WAREHOUSE, IngestError

EXIT_USER_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ingest", description="Feeds → articles → who said what → DuckDB.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, help_: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_, description=help_)

    def warehouse_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--warehouse",
            type=Path,
            default=Path(os.environ.get("INGEST_WAREHOUSE", DEFAULT_WAREHOUSE)),
            help="data folder holding news.duckdb, the lake and the catalog (default: %(default)s)",
        )

    p = add("run", "Fetch the due feeds, process them and rebuild the warehouse (one full cycle).")
    p.add_argument(
        "--feeds", type=Path, default=Path(DEFAULT_FEEDS_FILE), help="feeds file (TOML; default: %(default)s)"
    )
    warehouse_arg(p)
    p.add_argument("--force", action="store_true", help="fetch every feed now, even those not yet due")
    p.add_argument(
        "--speakers", type=Path, default=None, help="speaker registry (default: speakers.toml if present)"
    )
    p.add_argument("--json", action="store_true", help="print the run summary as JSON")
    p.add_argument(
        "--now",
        metavar="TIME",
        default=None,
        help="run as if it were this time (ISO 8601 with a zone, e.g. 2026-03-01T06:00:00Z; also INGEST_NOW)",
    )

    p = add("demo", "Serve the bundled example feeds on 127.0.0.1 and run the whole pipeline on them.")
    warehouse_arg(p)

    p = add(
        "extract",
        "Extract statements from JSONL articles (id, title, text, published, outlet, url); JSONL out.",
    )
    p.add_argument("--input", default="-", help="JSONL file, or - for standard input (default)")
    p.add_argument(
        "--speakers", type=Path, default=None, help="speaker registry (default: speakers.toml if present)"
    )

    p = add("sql", "Run a read-only SQL query (or a saved query from sql/queries/) against the warehouse.")
    p.add_argument(
        "query", nargs="?", help="SQL (SELECT, EXPLAIN or PRAGMA); $name placeholders take --param values"
    )
    warehouse_arg(p)
    p.add_argument(
        "--format",
        choices=["table", "csv", "json", "jsonl", "parquet"],
        default="table",
        help="output format (parquet needs --output)",
    )
    p.add_argument("--saved", metavar="NAME", help="run the saved query sql/queries/NAME.sql")
    p.add_argument("--param", action="append", metavar="KEY=VALUE", help="a query parameter (repeatable)")
    p.add_argument(
        "--output", type=Path, metavar="FILE", help="write the result to FILE instead of standard output"
    )
    p.add_argument("--list-saved", action="store_true", help="list the saved queries and their parameters")

    p = add(
        "rebuild", "Rebuild the warehouse from every lake file (readers keep the old one until it is done)."
    )
    warehouse_arg(p)
    p.add_argument("--json", action="store_true", help="print the build summary as JSON")

    p = add(
        "eval",
        "Score the statement extractor on a gold set (../shared/eval dev set, PolNeAR, or a gold JSONL).",
    )
    p.add_argument(
        "dataset", nargs="?", default="dev", help="dev (default), polnear, basil, speed, or a gold JSONL path"
    )
    p.add_argument(
        "--split",
        default="dev",
        choices=["train", "dev", "test"],
        help="PolNeAR split or BASIL half (default: dev)",
    )
    p.add_argument("--speech-only", action="store_true", help="PolNeAR: only attributions with a speech cue")
    p.add_argument(
        "--names", action="store_true", help="PolNeAR: accept the bare name of each source mention"
    )
    p.add_argument("--predictions", type=Path, default=None, help="also write the predictions (JSONL) here")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")

    p = add("reprocess", "Parse the raw archive and/or extract statements again (no fetching), then rebuild.")
    warehouse_arg(p)
    p.add_argument(
        "--feeds",
        type=Path,
        default=None,
        help="feeds file, for outlets and languages (default: feeds.toml if present)",
    )
    p.add_argument(
        "--since",
        default=None,
        help="only what was fetched (parse) or published (extract) on or after this date",
    )
    p.add_argument("--until", default=None, help="only before this date")
    p.add_argument(
        "--stages",
        default="parse,pages,extract",
        help="comma-separated: parse, pages, extract (default: all three)",
    )
    p.add_argument(
        "--force", action="store_true", help="extract again even where the extractor version is current"
    )
    p.add_argument(
        "--speakers", type=Path, default=None, help="speaker registry (default: speakers.toml if present)"
    )

    p = add(
        "bench",
        "Benchmark every stage on a synthetic corpus, with baselines; results go to docs/benchmarks.md.",
    )
    p.add_argument("--quick", action="store_true", help="10,000 articles, 3 runs, nothing at 1M articles")
    p.add_argument(
        "--sizes", type=int, nargs="+", metavar="N", help="corpus sizes in articles (default: 10000 100000)"
    )
    p.add_argument(
        "--runs", type=int, default=None, metavar="N", help="runs per measurement (default: 5, quick: 3)"
    )
    p.add_argument(
        "--output", type=Path, default=None, metavar="FILE", help="report file (default: docs/benchmarks.md)"
    )
    p.add_argument(
        "--data", type=Path, default=None, metavar="DIR", help="corpora and scratch (default: bench-data/)"
    )
    p.add_argument(
        "--no-scale", action="store_true", help="skip the 1M-article warehouse and story benchmarks"
    )
    p.add_argument(
        "--profile", action="store_true", help="also profile each stage and one end-to-end run (pyinstrument)"
    )

    p = add("feeds", "Manage subscriptions: import OPML, re-enable a feed that was gone.")
    feeds_sub = p.add_subparsers(dest="feeds_command", required=True, metavar="ACTION")
    q = feeds_sub.add_parser(
        "import",
        help="Read an OPML file (leniently) and write its feeds as TOML.",
        description="Read an OPML file (leniently) and write its feeds as TOML.",
    )
    q.add_argument("opml", type=Path, help="OPML file")
    q.add_argument(
        "--output",
        type=Path,
        default=None,
        help="feeds file to append the new feeds to (default: print TOML on stdout)",
    )
    for action in ("enable", "reset"):
        text = "Re-enable a feed (after 410 Gone, dormant or a long backoff): fetch it on the next run."
        q = feeds_sub.add_parser(action, help=text, description=text)
        q.add_argument("name", help="feed name")
        warehouse_arg(q)

    p = add("status", "Show each feed's state: failing feeds first.")
    warehouse_arg(p)
    p.add_argument("--format", choices=["table", "csv", "json", "jsonl"], default="table")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):  # a terminal that cannot show a character gets \u… for it
            stream.reconfigure(errors="backslashreplace")
    try:
        return int(dispatch(args) or 0)
    except IngestError as exc:
        print(f"ingest {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print(f"ingest {args.command}: interrupted", file=sys.stderr)
        if args.command == "sql":  # a query thread DuckDB is still stopping can abort the interpreter's
            sys.stderr.flush()  # shutdown (SIGABRT, about one run in three): its temp files are gone, so leave
            os._exit(130)  # at once (ingest.warehouse.read_interruptibly)
        return 130
    except BrokenPipeError:  # the reader went away (`| head`): stop, and say nothing more on stdout
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        if os.environ.get("INGEST_DEBUG"):
            raise
        print(
            f"ingest {args.command}: internal error: {type(exc).__name__}: {' '.join(str(exc).split())} "
            "(set INGEST_DEBUG=1 for a traceback)",
            file=sys.stderr,
        )
        return 1


def dispatch(args: argparse.Namespace) -> int:
    from ingest import commands

    name = args.command + (f"_{args.feeds_command}" if args.command == "feeds" else "")
    handler = getattr(commands, f"cmd_{name.replace('-', '_')}")
    return int(handler(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
