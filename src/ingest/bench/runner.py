"""The parent side of the benchmark: child processes, their peak RSS, medians and spreads, the end-to-end runs.

Every measurement runs in a fresh child; ``os.wait4`` gives that child's own peak RSS and CPU time
(``RUSAGE_CHILDREN`` would mix all children). The feed server of the end-to-end runs lives in this
process, so its CPU competes with the child's on the 2 cores, as a real server's would not.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.bench.corpus import feeds_toml, write_corpus
from ingest.bench.stages import RESULT_PREFIX
from ingest.serve import serve_directory

ROOT = Path(__file__).resolve().parents[3]


@dataclass(slots=True)
class Child:
    returncode: int
    stdout: str
    stderr: str
    wall_s: float
    cpu_s: float
    rss_mb: float


def run_child(
    argv: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None, timeout: float = 7200
) -> Child:
    """Run argv to completion; its own wall time, CPU time (user + system) and peak RSS."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, env={**os.environ, **(env or {})}, cwd=cwd)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Child(proc.returncode, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                     wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)  # fmt: skip


def run_stage(stage: str, params: dict[str, Any], timeout: float = 7200) -> dict[str, Any]:
    """One stage measurement in a fresh child: its result plus wall_s, cpu_s and rss_mb (or an error)."""
    child = run_child(
        [sys.executable, "-m", "ingest.bench.child", stage, json.dumps(params)], timeout=timeout
    )
    lines = [x for x in child.stdout.splitlines() if x.startswith(RESULT_PREFIX)]
    if child.returncode != 0 or not lines:
        return {"error": one_line(child.stderr) or f"exit status {child.returncode}"}
    result = dict(json.loads(lines[-1][len(RESULT_PREFIX) :]))
    result.update(wall_s=child.wall_s, cpu_s=child.cpu_s, rss_mb=child.rss_mb)
    return result


def one_line(text: str) -> str:
    lines = [x.strip() for x in text.strip().splitlines() if x.strip()]
    return lines[-1][:300] if lines else ""


def stats(values: list[float]) -> dict[str, float] | None:
    """Median and spread (min, max) of the runs."""
    values = [float(v) for v in values if v is not None]
    if not values:
        return None
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "n": len(values)}


def summarise(runs: list[dict[str, Any]], keys: tuple[str, ...]) -> dict[str, Any]:
    ok = [r for r in runs if "error" not in r]
    out: dict[str, Any] = {
        k: stats([r[k] for r in ok if k in r]) for k in (*keys, "wall_s", "cpu_s", "rss_mb")
    }
    out["runs"] = len(ok)
    if len(ok) < len(runs):
        out["errors"] = sorted({r["error"] for r in runs if "error" in r})
    out["last"] = ok[-1] if ok else None
    return out


def load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


# -- end to end ----------------------------------------------------------------------------------


def end_to_end(
    data: Path, articles: int, feeds: int, runs: int, profile_dir: Path | None = None
) -> dict[str, Any]:
    """`ingest run` and the naive pipeline on the same locally served feeds (RSS and Atom: feedparser reads no JSON Feed)."""
    corpus = data / f"e2e-{articles}-{feeds}"
    info = write_corpus(corpus, articles, feeds=feeds, formats="xml")
    speakers = ROOT / "speakers.toml"
    ours: list[dict[str, Any]] = []
    naive: list[dict[str, Any]] = []
    with serve_directory(corpus / "feeds") as base_url:
        feeds_file = corpus / "feeds-served.toml"
        feeds_file.write_text(feeds_toml(corpus, base_url), encoding="utf-8")
        for n in range(runs):
            for which in ("ours", "naive") if n % 2 == 0 else ("naive", "ours"):
                work = corpus / f"run-{which}"
                shutil.rmtree(work, ignore_errors=True)
                if which == "ours":
                    argv = [
                        sys.executable,
                        "-m",
                        "ingest",
                        "run",
                        "--feeds",
                        str(feeds_file),
                        "--warehouse",
                        str(work),
                        "--force",
                        "--json",
                    ]
                    if speakers.is_file():
                        argv += ["--speakers", str(speakers)]
                    ours.append(
                        e2e_result(run_child(argv, env={"INGEST_FETCH_HOST_INTERVAL": "0"}), articles)
                    )
                else:
                    argv = [sys.executable, "-m", "ingest.bench.naive", str(feeds_file), str(work)]
                    naive.append(e2e_result(run_child(argv), articles))
        if profile_dir is not None:
            work = corpus / "run-profile"
            shutil.rmtree(work, ignore_errors=True)
            params = {"feeds": str(feeds_file), "warehouse": str(work), "profile": str(profile_dir / "e2e.txt"),
                      "speakers": str(speakers) if speakers.is_file() else None}  # fmt: skip
            run_stage("e2e_profile", params)
    keys = ("articles_s", "run_s", "articles_s_in_run", *(f"{k}_s" for k in STEPS))
    return {"articles": articles, "feeds": feeds, "mb": info["bytes"] / 1e6, "kinds": info["kinds"],
            "ours": summarise(ours, keys), "naive": summarise(naive, keys)}  # fmt: skip


STEPS = ("setup", "fetch", "process", "pages", "build")  # RunSummary.step_seconds of `ingest run`


def e2e_result(child: Child, articles: int) -> dict[str, Any]:
    if child.returncode != 0:
        return {"error": one_line(child.stderr) or f"exit status {child.returncode}"}
    summary = json.loads(child.stdout[child.stdout.index("{") :])
    run_s = float(summary.get("seconds") or 0.0)
    steps = {
        f"{k}_s": v for k, v in (summary.get("step_seconds") or {}).items()
    }  # ours: fetch, process, build…
    return {"wall_s": child.wall_s, "cpu_s": child.cpu_s, "rss_mb": child.rss_mb, "run_s": run_s,
            "articles_s": articles / child.wall_s, "articles_s_in_run": articles / run_s if run_s else None,
            **steps, "summary": {k: v for k, v in summary.items() if not isinstance(v, dict | list)}}  # fmt: skip


# -- the owners' benchmarks (bench/*.py) -------------------------------------------------------------


def owner_script(name: str) -> Path | None:
    path = ROOT / "bench" / name
    return path if path.is_file() else None


def warehouse_bench(data: Path, articles: int) -> dict[str, Any]:
    script = owner_script("bench_warehouse.py")
    if script is None:
        return {"error": "bench/bench_warehouse.py not found"}
    # not the script's default folder: its owner may be running it meanwhile
    folder = data / "suite-warehouse"
    lake, theirs = folder / f"lake-{articles}", ROOT / "bench-data" / "warehouse" / f"lake-{articles}"
    if not (lake / "generated.json").is_file() and (theirs / "generated.json").is_file():
        shutil.rmtree(lake, ignore_errors=True)  # same seed, same lake: copy it rather than generate it again
        shutil.copytree(theirs, lake, ignore=shutil.ignore_patterns(".build", "news.duckdb"))
    argv = [sys.executable, str(script), "--articles", str(articles), "--no-report", "--data", str(folder)]
    child = run_child(argv)
    if child.returncode != 0:
        return {"error": one_line(child.stderr) or f"exit status {child.returncode}"}
    result = dict(json.loads(child.stdout[child.stdout.index("{") :]))
    result.update(wall_s=child.wall_s, script_rss_mb=child.rss_mb)
    return result


CLUSTER_RE = re.compile(r"clustered ([\d,]+) articles in ([\d.]+) s")
HISTORY_RE = re.compile(r"history: ([\d,]+) articles indexed in ([\d.]+) s, catalog (\d+) MB")
ADDED_RE = re.compile(
    r"added ([\d,]+) to ([\d,]+): lookup\+assign ([\d.]+) s, write ([\d.]+) s, total ([\d.]+) s"
)


def cluster_bench(articles: int) -> dict[str, Any]:
    script = owner_script("bench_dedup.py")
    if script is None:
        return {"error": "bench/bench_dedup.py not found"}
    child = run_child([sys.executable, str(script), "cluster", "-n", str(articles)])
    m = CLUSTER_RE.search(child.stdout)
    if child.returncode != 0 or not m:
        return {"error": one_line(child.stderr) or "no result line"}
    return {"articles": articles, "seconds": float(m[2]), "rss_mb": child.rss_mb, "wall_s": child.wall_s}


def index_bench(articles: int, rounds: int = 3) -> dict[str, Any]:
    script = owner_script("bench_dedup.py")
    if script is None:
        return {"error": "bench/bench_dedup.py not found"}
    child = run_child([sys.executable, str(script), "index", "-n", str(articles), "--rounds", str(rounds)])
    history = HISTORY_RE.search(child.stdout)
    added = [float(m[5]) for m in ADDED_RE.finditer(child.stdout)]
    if child.returncode != 0 or not history or not added:
        return {"error": one_line(child.stderr) or "no result lines"}
    return {"articles": articles, "history_s": float(history[2]), "catalog_mb": int(history[3]),
            "add_1000_s": stats(added), "rss_mb": child.rss_mb, "wall_s": child.wall_s}  # fmt: skip
