"""Per-stage measurements, each run in a fresh child process (``python -m ingest.bench.child STAGE PARAMS``).

The child prints one ``BENCH_RESULT {json}`` line; the parent (``ingest.bench.runner``) adds the
child's wall time, CPU time and peak RSS from ``os.wait4``. Only the stage's own work is timed:
reading inputs and building them (parsing feeds for the normalise stage, say) is not. With
``"profile": PATH`` the timed part runs under pyinstrument and its text report goes to PATH.
"""

from __future__ import annotations

import gc
import json
import re
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ingest.bench.worstcase import stage_worstcase

CONTENT_TYPES = {"xml": "application/xml", "atom": "application/atom+xml", "json": "application/feed+json"}
RESULT_PREFIX = "BENCH_RESULT "
POLNEAR_TEXTS = (
    Path(__file__).resolve().parents[3].parent / "shared" / "corpora" / "polnear" / "data" / "dev" / "text"
)
REAL_FEEDS = (
    Path(__file__).resolve().parents[3].parent
    / "shared"
    / "corpora"
    / "fastfeedparser-benchmark-news"
    / "benchmark_data"
)


class Clock:
    """Accumulates the wall and CPU seconds spent inside ``with clock:`` blocks (optionally under pyinstrument).

    CPU seconds (``time.process_time``) are what the work would take on an idle machine, near enough:
    other jobs sharing the 2 cores stretch the wall time, much less the CPU time."""

    def __init__(self, profile: str | None = None) -> None:
        self.seconds = self.cpu = 0.0
        self.profiler: Any = None
        if profile:
            from pyinstrument import Profiler

            self.profiler = Profiler(interval=0.001)
        self.path = profile

    def __enter__(self) -> Clock:
        if self.profiler is not None:
            self.profiler.start(caller_frame=sys._getframe(1))
        self.started, self.cpu_started = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds += time.perf_counter() - self.started
        self.cpu += time.process_time() - self.cpu_started
        if self.profiler is not None:
            self.profiler.stop()

    def finish(self) -> None:
        """Write the profile (the timed blocks only, combined)."""
        if self.profiler is not None and self.profiler.last_session is not None:
            Path(str(self.path)).write_text(
                self.profiler.output_text(unicode=True, color=False), encoding="utf-8"
            )


def feed_files(corpus: Path) -> Iterator[tuple[Path, str]]:
    for path in sorted((corpus / "feeds").iterdir()):
        yield path, CONTENT_TYPES[path.suffix.lstrip(".")]


def stage_parse(p: dict[str, Any]) -> dict[str, Any]:
    from ingest.parse import parse_feed

    clock, size, items = Clock(p.get("profile")), 0, 0
    for path, ctype in feed_files(Path(p["corpus"])):
        body = path.read_bytes()
        size += len(body)
        with clock:
            items += len(parse_feed(body, content_type=ctype, url=f"http://127.0.0.1/{path.name}").entries)
    clock.finish()
    return {"mb": size / 1e6, "items": items, "seconds": clock.seconds, "mb_s": size / 1e6 / clock.seconds,
            "mb_s_cpu": size / 1e6 / clock.cpu}  # fmt: skip


def stage_real(p: dict[str, Any]) -> dict[str, Any]:
    """Throughput on the 25 real news feeds: ours, fastfeedparser, feedparser (default and unsanitised), interleaved."""
    import fastfeedparser
    import feedparser

    from ingest.parse import parse_feed

    bodies = [path.read_bytes() for path in sorted(Path(p.get("real", REAL_FEEDS)).glob("*.xml"))]
    mb = sum(map(len, bodies)) / 1e6
    parsers: dict[str, Callable[[bytes], Any]] = {
        "parse_feed": parse_feed,
        "fastfeedparser": fastfeedparser.parse,
        "feedparser": feedparser.parse,
        "feedparser_unsanitised": lambda b: feedparser.parse(
            b, sanitize_html=False, resolve_relative_uris=False
        ),
    }
    rounds: dict[str, list[float]] = {name: [] for name in parsers}
    cpu: dict[str, list[float]] = {name: [] for name in parsers}
    for n in range(int(p.get("rounds", 7)) + 1):
        for name, fn in parsers.items():
            if name.startswith("feedparser") and n >= int(p.get("slow_rounds", 5)) + 1:
                continue
            gc.collect()
            started, cpu_started = time.perf_counter(), time.process_time()
            for body in bodies:
                fn(body)
            if n:  # round 0 warms up caches and imports
                rounds[name].append(mb / (time.perf_counter() - started))
                cpu[name].append(mb / max(time.process_time() - cpu_started, 1e-6))
    return {"feeds": len(bodies), "mb": mb, "mb_s": rounds, "mb_s_cpu": cpu}


def stage_prepare(p: dict[str, Any]) -> dict[str, Any]:
    """Parse, normalise and deduplicate the corpus once; the articles go to ``articles.parquet`` for later stages."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from ingest.dedup import dedup_articles

    corpus = Path(p["corpus"])
    candidates = normalised(corpus)[0]
    revisions = dedup_articles(candidates, {}, set()).revisions
    rows = [{**asdict(a), "seen_at": a.first_seen_at} for a in revisions]
    pq.write_table(pa.Table.from_pylist(rows), corpus / "articles.parquet", compression="zstd")
    return {"candidates": len(candidates), "articles": len(rows)}


def normalised(corpus: Path, clock: Clock | None = None) -> tuple[list[Any], float]:
    from datetime import UTC, datetime

    from ingest.models import Feed
    from ingest.normalise import normalise_entries
    from ingest.parse import parse_feed

    info = json.loads((corpus / "corpus.json").read_text(encoding="utf-8"))
    outlets = {f["file"]: (f["name"], f["outlet"]) for f in info["files"]}
    fetched = datetime(2030, 1, 1, tzinfo=UTC)
    out: list[Any] = []
    for path, ctype in feed_files(corpus):
        url = f"http://127.0.0.1/{path.name}"
        parsed = parse_feed(path.read_bytes(), content_type=ctype, url=url)
        name, outlet = outlets[path.name]
        feed = Feed(name=name, url=url, outlet=outlet)
        if clock is None:
            out.extend(normalise_entries(parsed.entries, feed, fetched, url))
            continue
        with clock:
            out.extend(normalise_entries(parsed.entries, feed, fetched, url))
    return out, clock.seconds if clock else 0.0


def stage_normalise(p: dict[str, Any]) -> dict[str, Any]:
    """Normalise (per entry), exact dedup (identity and revisions), story assignment (MinHash index in SQLite)."""
    from ingest.dedup import dedup_articles

    clock = Clock(p.get("profile"))
    candidates, normalise_s = normalised(Path(p["corpus"]), clock)
    started = time.perf_counter()
    with clock:
        result = dedup_articles(candidates, {}, set())
    dedup_s = time.perf_counter() - started
    out: dict[str, Any] = {
        "articles": len(candidates),
        "normalise_s": normalise_s,
        "dedup_s": dedup_s,
        "new": len(result.revisions),
    }
    try:
        from ingest.storyindex import assign_stories
    except ImportError as exc:
        out["stories_error"] = str(exc)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            conn = sqlite3.connect(Path(tmp) / "catalog.sqlite", isolation_level=None)
            started = time.perf_counter()
            with clock:
                assign_stories(conn, result.revisions, {})
            out["stories_s"] = time.perf_counter() - started
            conn.close()
        out["stories"] = len({a.story_id for a in result.revisions})
    clock.finish()
    total = normalise_s + dedup_s + out.get("stories_s", 0.0)
    out.update(seconds=total, articles_s=len(candidates) / total, articles_s_cpu=len(candidates) / clock.cpu)
    return out


def load_articles(corpus: Path, limit: int | None = None) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    table = pq.read_table(corpus / "articles.parquet")
    return table.slice(0, limit).to_pylist() if limit else table.to_pylist()


def stage_extract(p: dict[str, Any]) -> dict[str, Any]:
    """Extraction on one core: per article until the time budget is spent, then batch linking on prefixes."""
    from ingest.bench.naive import QUOTE_RE
    from ingest.extract.link import link_batch
    from ingest.extract.pipeline import extract_article
    from ingest.models import ArticleText
    from ingest.native import is_native

    rows = load_articles(Path(p["corpus"]))
    docs = [ArticleText(id=r["article_id"], text=r["text"], title=r["title"], language=r["language"],
                        published=r["published_at"], outlet=r["outlet"], url=r["url"]) for r in rows]  # fmt: skip
    budget = float(p.get("budget_s", 60.0))
    clock, items, done = Clock(p.get("profile")), [], 0
    per_article: list[int] = []
    for doc in docs:
        with clock:
            found = extract_article(doc)
        items.append(found)
        per_article.append(len(found))
        done += 1
        if clock.seconds > budget:
            break
    clock.finish()
    out: dict[str, Any] = {"articles": done, "of": len(docs), "seconds": clock.seconds, "articles_s": done / clock.seconds, "articles_s_cpu": done / clock.cpu,
                           "statements": sum(per_article), "mb": sum(len(d.text) for d in docs[:done]) / 1e6}  # fmt: skip
    link: dict[str, float] = {}
    for n in (500, 1000, 2000, 4000):
        if n > done or (link and max(link.values()) > float(p.get("link_budget_s", 20.0))):
            break
        flat = [it for found in items[:n] for it in found]
        started = time.perf_counter()
        link_batch(flat, None)
        link[str(n)] = time.perf_counter() - started
    out["link_s"] = link
    out["native"] = is_native()  # the mypyc-compiled extractor (make native) or pure Python
    started = time.perf_counter()
    naive = sum(1 for d in docs for _ in QUOTE_RE.finditer(d.text))
    naive_s = time.perf_counter() - started
    out.update(naive_statements=naive, naive_s=naive_s, naive_articles_s=len(docs) / naive_s)
    out["synthetic_gold"] = gold_check(int(p.get("gold_sample", 200)))
    if POLNEAR_TEXTS.is_dir():
        out["real_text"] = real_text_rate(POLNEAR_TEXTS)
    return out


def real_text_rate(folder: Path, min_seconds: float = 5.0) -> dict[str, Any]:
    """Extraction over real news text (PolNeAR dev articles, read at run time, never copied), repeated for min_seconds."""
    from ingest.extract.pipeline import extract_article
    from ingest.models import ArticleText

    docs = [
        ArticleText(id=path.stem, text=path.read_text(encoding="utf-8"), language="en")
        for path in sorted(folder.glob("*.txt"))
    ]
    done = statements = 0
    started = time.perf_counter()
    while time.perf_counter() - started < min_seconds or not done:
        for doc in docs:
            statements += len(extract_article(doc))
        done += len(docs)
    seconds = time.perf_counter() - started
    return {"articles": len(docs), "kb_per_article": sum(len(d.text) for d in docs) / len(docs) / 1e3,
            "articles_s": done / seconds, "statements_per_article": statements / done}  # fmt: skip


def gold_check(sample: int) -> dict[str, Any]:
    """A sanity check on the generator's labels (not the accuracy target): share of labelled statements found."""
    from ingest.bench.corpus import DEFAULT_SEED, Generator
    from ingest.extract import extract_statements
    from ingest.models import ArticleText
    from ingest.text import html_to_text

    gen, found, speaker_ok, total = (
        Generator(DEFAULT_SEED, 100),
        {"direct": 0, "indirect": 0},
        0,
        {"direct": 0, "indirect": 0},
    )
    for i in range(sample):
        item = gen.item(i)
        if item.kind != "original":
            continue
        text = html_to_text("".join(f"<p>{x}</p>" for x in item.paragraphs))
        got = extract_statements(ArticleText(id=str(i), text=text, title=item.title, language="en"))
        for gold in item.statements:
            total[gold["kind"]] += 1
            hit = next((s for s in got if overlap(s.quote, gold["quote"]) >= 0.6), None)
            if hit is not None:
                found[gold["kind"]] += 1
                last = gold["speaker"].split()[-1].lower()
                speaker_ok += last in hit.speaker.lower() or gold["speaker"] == "(anonymous)"
    n = sum(found.values())
    return {"recall": {k: round(found[k] / total[k], 3) if total[k] else None for k in total},
            "speaker_of_found": round(speaker_ok / n, 3) if n else None, "labelled": sum(total.values())}  # fmt: skip


_WORDS = re.compile(r"\w+")


def overlap(a: str, b: str) -> float:
    wa, wb = set(_WORDS.findall(a.lower())), set(_WORDS.findall(b.lower()))
    return len(wa & wb) / max(1, len(wb))


def stage_parquet(p: dict[str, Any]) -> dict[str, Any]:
    import pyarrow as pa

    from ingest import store

    rows = load_articles(Path(p["corpus"]))
    for r in rows:
        r["revision"] = 1
    nbytes = pa.Table.from_pylist(rows, schema=store.SCHEMAS["article_revisions"]).nbytes
    clock = Clock(p.get("profile"))
    with tempfile.TemporaryDirectory(dir=p.get("tmp")) as tmp:
        with clock:
            written = store.write_rows(
                Path(tmp), "article_revisions/bench.parquet", "article_revisions", rows
            )
        file_mb = (Path(tmp) / "article_revisions/bench.parquet").stat().st_size / 1e6
    clock.finish()
    return {"rows": written, "mb": nbytes / 1e6, "file_mb": file_mb, "seconds": clock.seconds,
            "mb_s": nbytes / 1e6 / clock.seconds, "rows_s": written / clock.seconds, "mb_s_cpu": nbytes / 1e6 / clock.cpu}  # fmt: skip


def stage_e2e_profile(p: dict[str, Any]) -> dict[str, Any]:
    """``pipeline.run`` in this process under pyinstrument (the feeds are served by the parent)."""
    from ingest import pipeline
    from ingest.config import Settings

    warehouse = Path(p["warehouse"])
    clock = Clock(p.get("profile"))
    with clock:
        summary = pipeline.run(p["feeds"], warehouse, force=True, speakers_file=p.get("speakers"),
                               settings=Settings(warehouse=warehouse, fetch_host_interval_s=0.0))  # fmt: skip
    clock.finish()
    return {"seconds": clock.seconds, "new_articles": summary.new_articles, "statements": summary.statements}


STAGES: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "parse": stage_parse, "real": stage_real, "prepare": stage_prepare, "normalise": stage_normalise,
    "extract": stage_extract, "parquet": stage_parquet, "e2e_profile": stage_e2e_profile,
    "worstcase": stage_worstcase,
}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    result = STAGES[args[0]](json.loads(args[1]) if len(args) > 1 else {})
    print(RESULT_PREFIX + json.dumps(result, default=str), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
