"""Warehouse benchmark: a synthetic 1,000,000-article lake, full rebuild vs incremental build, publish cost.

    .venv/bin/python bench/bench_warehouse.py                      # 1M articles, +1%, results into docs/warehouse.md
    .venv/bin/python bench/bench_warehouse.py --articles 50000 --no-report

The lake is written through the catalog like pipeline batches (``ingest.lakewriter``): batches of
``--batch`` articles in time order over a year, 300 feeds, ~10% syndicated copies (identical text in
another outlet), ~3% new revisions of older articles (97% of them among the last 5,000, 3% anywhere), ~3 statements per article by 20,000
Zipf-distributed speakers, prose-like text (~1,500 characters of Zipf-distributed words), numbers in a third of the quotes, 1.2 sightings per article, one fetch
and one feed-state row per feed per batch. Each build runs in a child process so its peak RSS is
its own. ``run_benchmark`` returns the figures (a later benchmarks suite calls it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

ROOT = Path(__file__).resolve().parents[1]
FEEDS = 300
SPEAKERS = 20_000
START = datetime(2025, 1, 1, tzinfo=UTC)
SPAN = timedelta(days=365)
WORDS = [
    "ammunition",
    "drones",
    "shells",
    "artillery",
    "troops",
    "front",
    "line",
    "sanctions",
    "grain",
    "exports",
    "energy",
    "grid",
    "talks",
    "ceasefire",
    "brigade",
    "missiles",
    "air",
    "defence",
    "systems",
    "reserves",
    "budget",
    "aid",
    "package",
    "reconstruction",
    "mobilisation",
    "border",
    "refugees",
    "prices",
    "inflation",
    "elections",
    "corridor",
    "port",
    "convoy",
    "casualties",
    "satellites",
    "bridges",
    "fuel",
]
VERBS = [
    "received",
    "delivered",
    "lost",
    "needed",
    "promised",
    "destroyed",
    "ordered",
    "produced",
    "secured",
    "requested",
]
RECENT_ARTICLES = 5_000  # revisions mostly hit the last ~5 batches
VOCABULARY = 30_000  # synthetic words, used with Zipf frequencies: text compresses about like prose
REPORT_BEGIN, REPORT_END = "<!-- bench:begin -->", "<!-- bench:end -->"


def sha(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


class LakeGenerator:
    """Deterministic synthetic batches; remembers what it made so revisions and copies can refer back."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = np.random.default_rng(seed)
        self.n = 0
        self.ids: list[str] = []
        self.feed_of: list[int] = []
        self.batches = 0
        zipf = 1.0 / np.arange(1, SPEAKERS + 1) ** 1.1
        self.speaker_cdf = np.cumsum(zipf / zipf.sum())
        self.speaker_cdf[-1] = 1.0
        letters = np.array(list("etaoinshrdlucmfwypvbgkqjxz"))
        letter_p = np.linspace(2.0, 0.1, len(letters))
        vocab_rng = np.random.default_rng(1)  # the same vocabulary for every generator
        sizes = vocab_rng.integers(2, 11, size=VOCABULARY)
        self.vocab = np.array(
            ["".join(vocab_rng.choice(letters, size=k, p=letter_p / letter_p.sum())) for k in sizes]
        )
        word_zipf = 1.0 / np.arange(1, VOCABULARY + 1)
        self.word_cdf = np.cumsum(word_zipf / word_zipf.sum())
        self.word_cdf[-1] = 1.0

    def sentences(self, n: int) -> list[str]:
        """n sentences of 6-24 words drawn from the Zipf vocabulary (about 1,500 characters for 14 sentences)."""
        lengths = self.rng.integers(6, 25, size=n)
        words = self.vocab[np.searchsorted(self.word_cdf, self.rng.random(int(lengths.sum())))]
        out, at = [], 0
        for k in lengths:
            out.append(" ".join(words[at : at + k]).capitalize() + ".")
            at += k
        return out

    def quote(self, speaker: int) -> tuple[str, float | None, str]:
        r = self.rng
        noun, verb = WORDS[r.integers(len(WORDS))], VERBS[r.integers(len(VERBS))]
        other = WORDS[r.integers(len(WORDS))]
        if r.random() < 0.35:
            value = float(r.integers(2, 99))
            return (
                f"We have {verb} only {int(value)}% of the {noun} we need for the {other}",
                value,
                f"{int(value)}%",
            )
        return (
            f"The {noun} near the {other} will be {verb} {r.integers(1, 10_000)} times if we wait, speaker {speaker}",
            None,
            "",
        )

    def batch(self, size: int) -> dict[str, pa.Table]:
        r = self.rng
        now = START + SPAN * min(1.0, self.batches / 1000)
        self.batches += 1
        arts: dict[str, list[Any]] = {k: [] for k in ("article_id", "revision", "feed", "outlet", "url", "canonical_url", "title", "text", "published_at", "first_seen_at", "seen_at", "language", "content_hash", "date_trusted", "story_id", "text_source")}  # fmt: skip
        sts: dict[str, list[Any]] = {k: [] for k in ("statement_id", "article_id", "revision", "speaker", "speaker_id", "speaker_type", "quote", "kind", "cue", "start", "end", "confidence", "extractor_version", "language", "published_at", "outlet", "feed")}  # fmt: skip
        cls: dict[str, list[Any]] = {
            k: []
            for k in (
                "claim_id",
                "statement_id",
                "article_id",
                "revision",
                "value",
                "unit",
                "qualifier",
                "text",
            )
        }
        sights: dict[str, list[Any]] = {"article_id": [], "feed": [], "url": [], "seen_at": []}
        previous: tuple[str, str, list[tuple[int, str, float | None, str]]] | None = None
        for _ in range(size):
            feed = int(r.integers(FEEDS))
            revision, copy = 1, previous is not None and r.random() < 0.10
            if self.n > 1000 and r.random() < 0.03:  # a new revision of an older article
                # feeds carry an article for days, so most revisions are of recent ones; a few are late corrections
                recent = r.random() < 0.97
                old = (
                    int(r.integers(max(0, self.n - RECENT_ARTICLES), self.n))
                    if recent
                    else int(r.integers(self.n))
                )
                article_id, feed, revision = (
                    self.ids[old],
                    self.feed_of[old],
                    1 + self.batches,
                )  # grows with time
            else:
                article_id = sha(f"a{self.n}")[:20]
                self.ids.append(article_id)
                self.feed_of.append(feed)
                self.n += 1
            published = now + timedelta(seconds=int(r.integers(0, 1800)))
            if copy and previous is not None and revision == 1:
                title, text, said = previous
            else:
                said = [
                    (s, *self.quote(s))
                    for s in np.searchsorted(self.speaker_cdf, r.random(int(r.poisson(3))))
                ]
                parts = self.sentences(int(r.integers(10, 26)))
                for i, (s, q, _, _) in enumerate(said):
                    parts.insert(min(len(parts), 2 + 3 * i), f"“{q},” Speaker {s} said.")
                title, text = f"Report {self.n} on {WORDS[r.integers(len(WORDS))]}", " ".join(parts)
            previous = (title, text, said)
            url = f"https://outlet{feed}.example/{article_id}"
            for k, v in (("article_id", article_id), ("revision", revision), ("feed", f"feed{feed}"), ("outlet", f"Outlet {feed}"), ("url", url), ("canonical_url", url), ("title", title), ("text", text), ("published_at", published), ("first_seen_at", published + timedelta(minutes=7)), ("seen_at", now + timedelta(hours=1)), ("language", "en"), ("content_hash", sha(title + "\n" + text)), ("date_trusted", True), ("story_id", article_id), ("text_source", "feed")):  # fmt: skip
                arts[k].append(v)
            if revision == 1:
                for k, v in (
                    ("article_id", article_id),
                    ("feed", f"feed{feed}"),
                    ("url", url),
                    ("seen_at", published),
                ):
                    sights[k].append(v)
            for s, q, value, claim_text in said:
                start = text.find(q)
                sid = sha(f"{article_id}|{start}|{q}")[:16]
                for k, v in (("statement_id", sid), ("article_id", article_id), ("revision", revision), ("speaker", f"Speaker {s}"), ("speaker_id", f"P-{s}"), ("speaker_type", "person"), ("quote", q), ("kind", "direct"), ("cue", "said"), ("start", start), ("end", start + len(q)), ("confidence", 0.9), ("extractor_version", "bench"), ("language", "en"), ("published_at", published), ("outlet", f"Outlet {feed}"), ("feed", f"feed{feed}")):  # fmt: skip
                    sts[k].append(v)
                if value is not None:
                    for k, v in (("claim_id", sha(f"{sid}|{claim_text}")[:16]), ("statement_id", sid), ("article_id", article_id), ("revision", revision), ("value", value), ("unit", "%"), ("qualifier", ""), ("text", claim_text)):  # fmt: skip
                        cls[k].append(v)
        extra = r.choice(len(sights["article_id"]), size=len(sights["article_id"]) // 5)
        for i in extra:
            for k in sights:
                sights[k].append(sights[k][i] if k != "url" else sights[k][i] + "?amp=1")
        fetched = [now] * FEEDS
        fetches = {"fetch_id": [sha(f"{self.batches}|{f}")[:20] for f in range(FEEDS)], "feed": [f"feed{f}" for f in range(FEEDS)],
                   "url": [f"https://outlet{f}.example/rss" for f in range(FEEDS)], "fetched_at": fetched, "status": ["ok"] * FEEDS,
                   "http_status": [200] * FEEDS, "items": [size // FEEDS] * FEEDS, "new_articles": [size // FEEDS] * FEEDS}  # fmt: skip
        states = {"feed": [f"feed{f}" for f in range(FEEDS)], "url": [f"https://outlet{f}.example/rss" for f in range(FEEDS)],
                  "outlet": [f"Outlet {f}" for f in range(FEEDS)], "state": ["active"] * FEEDS, "consecutive_failures": [0] * FEEDS,
                  "last_status": ["ok"] * FEEDS, "last_fetch_at": fetched, "last_success_at": fetched,
                  "next_fetch_at": [now + timedelta(minutes=30)] * FEEDS}  # fmt: skip
        return {"article_revisions": table("article_revisions", arts), "statements": table("statements", sts),
                "claims": table("claims", cls), "article_sightings": table("article_sightings", sights),
                "fetches": table("fetches", fetches), "feed_state": table("feed_state", states)}  # fmt: skip


def table(name: str, columns: dict[str, list[Any]]) -> pa.Table:
    from ingest import store

    schema = store.SCHEMAS[name]
    n = len(next(iter(columns.values())))
    arrays = [
        pa.array(columns[f.name], type=f.type) if f.name in columns else pa.nulls(n, f.type) for f in schema
    ]
    return pa.Table.from_arrays(arrays, schema=schema)


def write_lake(warehouse: Path, gen: LakeGenerator, articles: int, batch: int, label: str) -> float:
    from ingest.lakewriter import commit_rows

    started = time.perf_counter()
    for i in range(0, articles, batch):
        tables = gen.batch(min(batch, articles - i))
        commit_rows(
            warehouse,
            tables,
            batch_id=f"{label}-{gen.batches:06d}",
            now=START + SPAN * min(1.0, gen.batches / 1000),
        )
        if sys.stderr.isatty():
            print(f"\r{label}: {i + batch:,}/{articles:,} articles", end="", file=sys.stderr)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    return round(time.perf_counter() - started, 1)


def run_child(warehouse: Path, action: str) -> dict[str, Any]:
    """One build in a child process: its BuildResult and peak RSS."""
    res = subprocess.run(
        [sys.executable, __file__, "--child", action, "--data", str(warehouse)],
        capture_output=True,
        text=True,
        check=False,
    )
    if res.returncode != 0:
        raise RuntimeError(f"{action} failed: {res.stderr[-2000:]}")
    return dict(json.loads(res.stdout.strip().splitlines()[-1]))


def child(action: str, warehouse: Path) -> None:
    from ingest.warehouse import build_warehouse, rebuild_warehouse

    result = rebuild_warehouse(warehouse) if action == "rebuild" else build_warehouse(warehouse)
    out = result.as_dict()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    out["peak_rss_mb"] = round(usage.ru_maxrss / 1024)
    out["cpu_seconds"] = round(usage.ru_utime + usage.ru_stime, 1)
    out["published_mb"] = round((warehouse / "news.duckdb").stat().st_size / 1e6)
    print(json.dumps(out, default=str))


def run_benchmark(
    data: Path, articles: int = 1_000_000, batch: int = 1000, increment: float = 0.01, fresh: bool = False
) -> dict[str, Any]:
    """Generate (or reuse) the lake, time a full rebuild, add `increment` more articles, time the incremental build."""
    warehouse = data / f"lake-{articles}"
    stamp = warehouse / "generated.json"
    if fresh or not stamp.is_file():
        shutil.rmtree(warehouse, ignore_errors=True)
        warehouse.mkdir(parents=True)
        gen = LakeGenerator()
        seconds = write_lake(warehouse, gen, articles, batch, "base")
        stamp.write_text(json.dumps({"articles": articles, "batches": gen.batches, "seconds": seconds}))
    base = json.loads(stamp.read_text())
    work = data / f"work-{articles}"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(warehouse, work, ignore=shutil.ignore_patterns(".build", "news.duckdb", "generated.json"))
    out: dict[str, Any] = {
        "articles": articles,
        "batch": batch,
        "lake_batches": base["batches"],
        "generate_seconds": base["seconds"],
    }
    out["lake_mb"] = round(sum(p.stat().st_size for p in (work / "lake").rglob("*.parquet")) / 1e6)
    out["full"] = run_child(work, "rebuild")
    out["noop"] = run_child(work, "build")
    gen = LakeGenerator(seed=11)
    gen.n, gen.batches = articles, base["batches"]
    gen.ids = [sha(f"a{i}")[:20] for i in range(articles)]
    gen.feed_of = [i % FEEDS for i in range(articles)]
    added = int(articles * increment)
    out["increment_articles"] = added
    write_lake(work, gen, added, batch, "increment")
    out["first_incremental"] = run_child(work, "build")  # publishes a second generation: a full copy
    gen.n += added
    gen.ids += [sha(f"a{i}")[:20] for i in range(articles, articles + added)]
    gen.feed_of += [i % FEEDS for i in range(articles, articles + added)]
    write_lake(work, gen, added, batch, "increment")
    out["incremental"] = run_child(work, "build")  # steady state: an older generation is brought up to date
    out["ratio"] = round(out["incremental"]["seconds"] / out["full"]["seconds"], 4)
    out["cpu_ratio"] = round(out["incremental"]["cpu_seconds"] / out["full"]["cpu_seconds"], 4)
    out["db_mb"] = round((work / ".build" / "news.duckdb").stat().st_size / 1e6)
    out["when"] = datetime.now(UTC).isoformat(timespec="seconds")
    return out


def render_report(r: dict[str, Any]) -> str:
    rows = [("full rebuild", r["full"]), ("no new files", r["noop"]), ("+1%, first after the rebuild", r["first_incremental"]),
            ("+1%, steady state", r["incremental"])]  # fmt: skip
    return "\n".join([
        REPORT_BEGIN,
        f"Measured {r['when']} on this machine (2 cores, shared): {r['articles']:,} articles in {r['lake_batches']:,} lake "
        f"batches ({r['lake_mb']:,} MB of Parquet), then twice +{r['increment_articles']:,} articles "
        f"({r['increment_articles'] / r['articles']:.0%}). Each build runs in its own process.",
        "",
        "| build | seconds | of which build | of which publish | CPU seconds | steps | lake rows | peak RSS | published file |",
        "|---|---|---|---|---|---|---|---|---|",
        *(f"| {name} | {x['seconds']} | {x['build_seconds']} | {x['publish_seconds']} | {x['cpu_seconds']} | {x['steps']} | "
          f"{x['lake_rows']:,} | {x['peak_rss_mb']:,} MB | {x['published_mb']:,} MB |" for name, x in rows),
        "",
        f"Incremental (steady state) / full rebuild: **{r['ratio']:.1%}** of the time, {r['cpu_ratio']:.1%} of the CPU "
        "(target ≤ 5%).",
        REPORT_END,
    ])  # fmt: skip


def write_report(path: Path, r: dict[str, Any]) -> None:
    text = (
        path.read_text(encoding="utf-8")
        if path.is_file()
        else f"# Warehouse\n\n{REPORT_BEGIN}\n{REPORT_END}\n"
    )
    block = render_report(r)
    pattern = re.compile(re.escape(REPORT_BEGIN) + ".*?" + re.escape(REPORT_END), re.S)
    text = pattern.sub(lambda _: block, text) if pattern.search(text) else text + "\n" + block + "\n"
    path.write_text(text, encoding="utf-8")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--articles", type=int, default=1_000_000)
    p.add_argument("--batch", type=int, default=1000, help="articles per lake batch")
    p.add_argument("--increment", type=float, default=0.01)
    p.add_argument("--data", type=Path, default=ROOT / "bench-data" / "warehouse")
    p.add_argument("--fresh", action="store_true", help="regenerate the lake even if it exists")
    p.add_argument("--report", type=Path, default=ROOT / "docs" / "warehouse.md")
    p.add_argument("--no-report", action="store_true")
    p.add_argument("--child", choices=["build", "rebuild"], help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        child(args.child, args.data)
        return
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    result = run_benchmark(args.data, args.articles, args.batch, args.increment, args.fresh)
    print(json.dumps(result, indent=1, default=str))
    if not args.no_report:
        write_report(args.report, result)


if __name__ == "__main__":
    main()
