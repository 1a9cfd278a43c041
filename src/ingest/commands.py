"""Implementations of the CLI commands: each reads its arguments and calls one pipeline function."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TextIO

from ingest import clock, pipeline, report
from ingest.config import IngestError


def default_speakers(path: Path | None) -> Path | None:
    if path is not None:
        return path
    candidate = Path("speakers.toml")
    return candidate if candidate.is_file() else None


def cmd_run(args: argparse.Namespace) -> int:
    if args.now is not None:  # one clock for the whole run (ingest.clock), checked before anything is read
        clock.parse_now(args.now, "--now")
        os.environ[clock.NOW_ENV] = args.now
    summary = pipeline.run(
        args.feeds, args.warehouse, force=args.force, speakers_file=default_speakers(args.speakers)
    )
    if args.json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False, default=str, indent=1))
    else:
        print(pipeline.describe_run(summary))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from ingest.demo import run_demo

    print(run_demo(args.warehouse))
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from ingest.extract import extract_records, load_registry

    registry = load_registry(default_speakers(args.speakers))
    source = sys.stdin if args.input == "-" else open_input(args.input)
    records = []
    for n, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise IngestError(f"{args.input}: line {n}: not JSON ({exc.msg})") from None
        if not isinstance(record, dict) or "text" not in record or "id" not in record:
            raise IngestError(f"{args.input}: line {n}: an article needs at least 'id' and 'text'")
        records.append(record)
    out = sys.stdout
    for statement in extract_records(records, registry):
        out.write(json.dumps(statement, ensure_ascii=False, default=str) + "\n")
    return 0


def open_input(path: str) -> TextIO:
    try:
        return Path(path).open(encoding="utf-8")
    except OSError as exc:
        raise IngestError(f"{path}: cannot read ({exc.strerror})") from None


def cmd_sql(args: argparse.Namespace) -> int:
    from ingest import queries

    if args.list_saved:
        print(report.render_rows(*queries.list_saved(), args.format if args.format != "parquet" else "table"))
        return 0
    if args.query and args.saved:
        raise IngestError("give either a QUERY or --saved NAME, not both")
    done = queries.execute(
        args.warehouse,
        query=args.query,
        saved=args.saved,
        params=args.param,
        fmt=args.format,
        output=args.output,
        out=sys.stdout,
    )
    if done:
        print(done)
    return 0


def cmd_rebuild(args: argparse.Namespace) -> int:
    summary = pipeline.rebuild_step(args.warehouse)
    if args.json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False, default=str, indent=1))
    else:
        tables = ", ".join(f"{k} {v}" for k, v in summary.tables.items())
        print(f"rebuilt {summary.path} from {summary.files} lake files in {summary.seconds} s ({tables})")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    columns, rows = pipeline.feed_status(args.warehouse)
    if not rows:
        print(f"no feeds fetched yet in {args.warehouse}")
        return 0
    print(report.render_rows(columns, rows, args.format))
    return 0


def cmd_feeds_import(args: argparse.Namespace) -> int:
    from ingest.config import load_feeds
    from ingest.opml import feeds_to_toml, import_opml

    feeds, skipped = import_opml(args.opml)
    for reason in skipped:
        print(f"skipped: {reason}", file=sys.stderr)
    if args.output is None:
        print(feeds_to_toml(feeds, source=str(args.opml)))
        return 0
    out = args.output
    if out.is_dir() or not out.parent.is_dir():
        raise IngestError(
            f"{out}: cannot write ({'it is a folder' if out.is_dir() else f'no folder {out.parent}'})"
        )
    existing = load_feeds(out) if out.exists() else []
    names, urls = {f.name for f in existing}, {f.url for f in existing}
    new = [f for f in feeds if f.name not in names and f.url not in urls]
    if new:  # a re-run that finds nothing new leaves the file as it is
        append_feeds(out, feeds_to_toml(new, source=str(args.opml)))
    print(f"{out}: {len(new)} feeds added, {len(feeds) - len(new)} already present, {len(skipped)} skipped")
    return 0


def append_feeds(path: Path, toml: str) -> None:
    """Append to the feeds file through a temp file that must load as a feeds file before it replaces
    ``path``: an addition the file cannot take (say, beside an inline ``feeds = [...]``) changes nothing."""
    from ingest.config import load_feeds
    from ingest.tempfiles import temp_path_for

    tmp = temp_path_for(path)
    try:
        tmp.write_bytes((path.read_bytes() if path.exists() else b"") + ("\n" + toml).encode("utf-8"))
        try:
            load_feeds(tmp)
        except IngestError as exc:
            raise IngestError(
                f"{path}: the imported feeds cannot be added ({str(exc).replace(str(tmp) + ': ', '')}); "
                "the file is unchanged"
            ) from None
        tmp.replace(path)
    except OSError as exc:
        raise IngestError(f"{path}: cannot write ({exc.strerror})") from None
    finally:
        tmp.unlink(missing_ok=True)


def cmd_feeds_enable(args: argparse.Namespace) -> int:
    state = pipeline.reenable_feed(args.warehouse, args.name)
    print(f"{state.feed}: {state.state}, fetched on the next run")
    return 0


cmd_feeds_reset = cmd_feeds_enable  # round twenty-five: `ingest feeds reset NAME`, the same action


def cmd_reprocess(args: argparse.Namespace) -> int:
    feeds = (
        args.feeds
        if args.feeds is not None
        else (Path("feeds.toml") if Path("feeds.toml").is_file() else None)
    )
    stages = [s.strip() for s in args.stages.split(",") if s.strip()]
    out = pipeline.reprocess_step(
        args.warehouse,
        feeds_file=feeds,
        since=args.since,
        until=args.until,
        stages=stages,
        speakers_file=default_speakers(args.speakers),
        force=args.force,
    )
    print(json.dumps(out, ensure_ascii=False, default=str, indent=1))
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from ingest.bench import run_bench
    from ingest.bench.runner import ROOT

    out = args.output or ROOT / "docs" / "benchmarks.md"
    run_bench(
        args.quick,
        args.sizes,
        args.runs,
        out,
        data=args.data,
        scale=False if args.no_scale else None,
        profile=args.profile,
    )
    print(f"results written to {out}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from ingest import evaluate

    if args.dataset == "speed":
        result: dict[str, object] = dict(evaluate.measure_speed())
    elif args.dataset == "basil":  # BASIL's quotes of one named person (ingest.evalbasil); dev or test half
        from ingest.evalbasil import score_basil

        result = dict(score_basil("test" if args.split == "test" else "dev"))
    else:
        result = evaluate.run_eval(
            args.dataset,
            split=args.split,
            speech_only=args.speech_only,
            names=args.names,
            registry=None,
            predictions_out=args.predictions,
        )
    if args.json:
        print(json.dumps(result, ensure_ascii=False, default=str))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
    return 0
