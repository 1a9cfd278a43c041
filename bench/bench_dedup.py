"""Story clustering: quality on labelled corpora, and cost at 1M articles (issue 4, docs/dedup.md).

    .venv/bin/python bench/bench_dedup.py quality            # precision / recall on ../shared corpora
    .venv/bin/python bench/bench_dedup.py cluster -n 1000000 # cluster 1M synthetic articles in memory
    .venv/bin/python bench/bench_dedup.py index -n 1000000   # add 1,000 articles to a 1M story index

quality: the same-event corpora (ECB+, NewsWCL50, BASIL) are different articles about one event
written by different outlets — they must NOT be merged (hard negatives). Positives are simulated
syndication copies of their texts (byline, trimmed paragraph, reworded headline, "Reporting by …",
a few replaced words, all of them at once), each clustered together with every original, all dated
the same day. Corpus text is read at run time from ../shared and never written anywhere.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from itertools import combinations
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from ingest import storyindex
from ingest.clusters import DEFAULT_PARAMS, ClusterParams, StoryDoc, cluster_docs
from ingest.models import Article
from ingest.text import clean_title, html_to_text
from ingest.urls import url_key

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
DAY = 740_000
T = TypeVar("T")
_TOKEN_SPACE_RE = re.compile(r" ([,.;:!?%)\]'’”]|n't|'s)|([(\[$“]) ")
EDITS = ("byline", "trim", "headline", "credit", "words", "all", "lead")
FILLER = ("also", "reportedly", "then", "officials", "now", "later", "local", "however", "still", "further")
NAMES = ("Anna Kovalenko", "Peter Novak", "Maria Schmidt", "James Carter", "Olena Bondar", "Tom Becker")
AGENCIES = ("Reuters", "AP", "AFP", "dpa", "Ukrinform")


@dataclass(frozen=True, slots=True)
class Doc:
    doc_id: str
    group: str  # the event (hard negatives share it)
    title: str
    paragraphs: tuple[str, ...]


# -- corpora -------------------------------------------------------------------------------------


def detokenise(text: str) -> str:
    return _TOKEN_SPACE_RE.sub(lambda m: m[1] or m[2], text.replace(" \\n", "").replace("\\n", "")).strip()


def load_corpora(root: Path) -> list[Doc]:
    docs: list[Doc] = []
    for line in (
        (root / "ecbplus-same-event-docs" / "ecbplus_docs.jsonl").read_text(encoding="utf-8").splitlines()
    ):
        d = json.loads(line)
        sentences = re.split(r"(?<=[.!?]) (?=[A-Z“\"])", detokenise(d["text"]))
        paras = tuple(" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3))
        docs.append(Doc(f"ecb:{d['doc_id']}", f"ecb:{d['subtopic']}", detokenise(d["title"] or ""), paras))
    for line in (
        (root / "newswcl50-same-event-docs" / "newswcl50_docs.jsonl").read_text(encoding="utf-8").splitlines()
    ):
        d = json.loads(line)
        lines = [detokenise(x) for x in d["text_tokenized"].split("\n") if x.strip()]
        docs.append(Doc(f"wcl:{d['doc_id']}", f"wcl:{d['event_id']}", lines[0], tuple(lines[1:])))
    for path in sorted((root / "basil-same-event-triplets" / "articles").glob("*/*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        paras = tuple(" ".join(p) for p in d["body-paragraphs"] if p)
        docs.append(Doc(f"basil:{path.stem}", f"basil:{d['triplet-uuid']}", d["title"], paras))
    return [d for d in docs if d.paragraphs]


# -- simulated syndication -----------------------------------------------------------------------


def edit_doc(doc: Doc, edit: str, rnd: random.Random) -> Doc:
    title, paras = doc.title, list(doc.paragraphs)
    if edit in ("byline", "all"):
        paras.insert(0, f"By {rnd.choice(NAMES)}, {rnd.choice(AGENCIES)}")
    if edit in ("trim", "all") and len(paras) > 1:
        paras.pop()
    if edit in ("headline", "all"):
        title = reword_headline(title, rnd)
    if edit in ("credit", "all"):
        paras.append(f"Reporting by {rnd.choice(NAMES)}; Editing by {rnd.choice(NAMES)}")
    if edit in ("words", "all"):
        paras = replace_words(paras, 4, rnd)
    if edit == "lead":  # another outlet's feed carries only the first paragraph
        paras = paras[:1]
    return Doc(f"{doc.doc_id}~{edit}", doc.group, title, tuple(paras))


def reword_headline(title: str, rnd: random.Random) -> str:
    words = title.split()
    if len(words) < 4:
        return title + " - report"
    choice = rnd.randrange(3)
    if choice == 0:  # drop a word and add one
        del words[rnd.randrange(1, len(words))]
        words.insert(rnd.randrange(1, len(words)), rnd.choice(FILLER))
    elif choice == 1:  # move the tail to the front
        words = [*words[-2:], "-", *words[:-2]]
    else:
        words = ["UPDATE 1-", *words[:-1], rnd.choice(FILLER)]
    return " ".join(words)


def replace_words(paras: list[str], n: int, rnd: random.Random) -> list[str]:
    out = [p.split(" ") for p in paras]
    spots = [(i, k) for i, p in enumerate(out) for k in range(len(p))]
    for i, k in rnd.sample(spots, min(n, len(spots))):
        out[i][k] = rnd.choice(FILLER)
    return [" ".join(p) for p in out]


def feed_view(doc: Doc, words: int) -> Doc:
    """The item as a summary feed shows it: the title and about the first `words` words."""
    kept, total = [], 0
    for p in doc.paragraphs:
        if total >= words:
            break
        kept.append(p)
        total += len(p.split())
    return replace(doc, paragraphs=tuple(kept))


def to_story_doc(doc: Doc, day: int = DAY) -> StoryDoc:
    return StoryDoc(doc.doc_id, doc.title, "\n".join(doc.paragraphs), day, doc.doc_id, outlet=doc.doc_id)


# -- evaluation ----------------------------------------------------------------------------------


def word_ngrams(doc: Doc, n: int = 8) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", " ".join((doc.title, *doc.paragraphs)).casefold())
    return set(zip(*(words[k:] for k in range(n)), strict=False))


def label_corpus_pairs(originals: list[Doc]) -> dict[tuple[str, str], str]:
    """Same-event corpus pairs labelled by the share of the shorter one's word 8-grams found in the
    other: >= 0.5 'copy' (one wire story run twice), < 0.2 'independent' (a hard negative), else
    'rewrite' (a wire story rewritten between versions: reported, not scored). Independent write-ups
    share eight words in a row only inside quotes."""
    grams = {d.doc_id: word_ngrams(d) for d in originals}
    by_group: defaultdict[str, list[str]] = defaultdict(list)
    for d in originals:
        by_group[d.group].append(d.doc_id)
    labels = {}
    for ids in by_group.values():
        for a, b in combinations(sorted(ids), 2):
            share = len(grams[a] & grams[b]) / (min(len(grams[a]), len(grams[b])) or 1)
            labels[a, b] = "copy" if share >= 0.5 else "independent" if share < 0.2 else "rewrite"
    return labels


def find_families(ids: list[str], links: list[tuple[str, str]]) -> dict[str, str]:
    parent = {k: k for k in ids}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        ra, rb = root(a), root(b)
        parent[max(ra, rb)] = min(ra, rb)
    return {k: root(k) for k in parent}


def evaluate(
    originals: list[Doc], params: ClusterParams, seed: int = 7, summary_words: int = 0
) -> dict[str, object]:
    """Pairwise precision and recall of story clustering over originals plus simulated copies."""
    rnd = random.Random(seed)
    pool = originals + [edit_doc(d, e, rnd) for d in originals for e in EDITS]
    if summary_words:
        pool = [feed_view(d, summary_words) for d in pool]
    labels = label_corpus_pairs(originals)
    family = find_families([d.doc_id for d in originals], [p for p, v in labels.items() if v == "copy"])
    rewrites = {frozenset((family[a], family[b])) for (a, b), v in labels.items() if v == "rewrite"}
    started = time.perf_counter()
    stories = cluster_docs([to_story_doc(d) for d in pool], params)
    seconds = time.perf_counter() - started
    story = dict(zip((d.doc_id for d in pool), stories, strict=True))
    members: defaultdict[str, list[str]] = defaultdict(list)
    for d in pool:
        members[story[d.doc_id]].append(family[d.doc_id.split("~")[0]])
    tp = fp = 0
    for fams in members.values():
        for a, b in combinations(fams, 2):
            if a == b:
                tp += 1
            elif frozenset((a, b)) not in rewrites:
                fp += 1
    per_family = Counter(family[d.doc_id.split("~")[0]] for d in pool)
    truth = sum(n * (n - 1) // 2 for n in per_family.values())
    scored = defaultdict(list)
    for (a, b), v in labels.items():
        scored[v].append(story[a] == story[b])
    return {
        "documents": len(pool),
        "pairwise_precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
        "pairwise_recall": round(tp / truth, 4) if truth else 1.0,
        "recall_by_edit": {
            e: round(sum(story[f"{d.doc_id}~{e}"] == story[d.doc_id] for d in originals) / len(originals), 4)
            for e in EDITS
        },
        "same_event_pairs_merged": {v: f"{sum(x)}/{len(x)}" for v, x in sorted(scored.items())},
        "independent_merged_examples": [
            p for p, v in labels.items() if v == "independent" and story[p[0]] == story[p[1]]
        ][:6],
        "different_event_originals_merged": sum(
            1
            for fams in members.values()
            for a, b in combinations(set(fams), 2)
            if a.split("_")[0] != b.split("_")[0]
        ),
        "seconds": round(seconds, 3),
    }


def load_feed_items(root: Path) -> list[StoryDoc]:
    """Real feed items (title + description), one per article URL: rumca-rss-link-db-2022, Feb-Mar 2022."""
    items: dict[str, StoryDoc] = {}
    for path in sorted((root / "rumca-rss-link-db-2022").glob("2022-*/*/*_entries.json")):
        for e in json.loads(path.read_text(encoding="utf-8")):
            if not e.get("link") or not e.get("date_published"):
                continue
            key = url_key(e["link"])
            when = datetime.fromisoformat(e["date_published"])
            doc = StoryDoc(
                key,
                clean_title(e.get("title") or ""),
                html_to_text(e.get("description") or ""),
                when.toordinal(),
                when.isoformat(),
                outlet=e.get("source") or "",
            )
            if key not in items or doc.rank < items[key].rank:
                items[key] = doc
    return list(items.values())


def check_feed_items(root: Path, params: ClusterParams, show: int) -> dict[str, object]:
    """No labels here: how many distinct real feed items are merged, and a sample to read by hand."""
    docs = load_feed_items(root)
    stories = cluster_docs(docs, params)
    members: defaultdict[str, list[StoryDoc]] = defaultdict(list)
    for doc, s in zip(docs, stories, strict=True):
        members[s].append(doc)
    merged = [m for m in members.values() if len(m) > 1]
    for m in merged[:show]:
        print("  --", " || ".join(f"[{d.outlet.split('/')[2]}] {d.title} :: {d.text[:90]}" for d in m))
    return {
        "items": len(docs),
        "stories": len(members),
        "merged_groups": len(merged),
        "merged_items": sum(len(m) for m in merged),
    }


def run_quality(args: argparse.Namespace) -> None:
    root = Path(args.corpora)
    if not root.is_dir():
        sys.exit(f"{root}: corpora not found")
    originals = load_corpora(root)
    params = replace(
        DEFAULT_PARAMS,
        **{k: v for k, v in vars(args).items() if k in ClusterParams.__slots__ and v is not None},
    )
    print(f"{len(originals)} originals; {params}")
    for label, words in (("full text", 0), ("feed summaries (~60 words)", 60)):
        print(label, json.dumps(evaluate(originals, params, summary_words=words), indent=1))
    print("real feed items", json.dumps(check_feed_items(root, params, args.show), indent=1))


# -- scale -----------------------------------------------------------------------------------------


def synthetic_docs(n: int, seed: int, start_day: int = DAY, copies_every: int = 10) -> list[StoryDoc]:
    """n synthetic articles of ~80 words from a 30k-word vocabulary over a year; every tenth a copy."""
    rng = np.random.default_rng(seed)
    vocab = [f"w{i}" for i in range(30_000)]
    words = rng.zipf(1.3, size=(n, 90)) % len(vocab)
    days = start_day + rng.integers(0, 365, size=n)
    docs = []
    for i in range(n):
        k = i - 1 if i % copies_every == 1 else i  # the next article is a copy of this one, a word changed
        row = words[k].copy()
        if k != i:
            row[40] = (row[40] + 1) % len(vocab)
        text = " ".join(vocab[w] for w in row[10:])
        docs.append(
            StoryDoc(
                f"s{seed}-{i:08d}",
                " ".join(vocab[w] for w in row[:10]),
                text,
                int(days[k]),
                f"{days[k]}-{i:08d}",
            )
        )
    return docs


def timed(fn: Callable[..., T], *args: Any) -> tuple[T, float, float]:
    """(result, wall seconds, CPU seconds of this process): CPU time is what to compare on a busy machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn(*args)
    return result, time.perf_counter() - wall, time.process_time() - cpu


def run_cluster(args: argparse.Namespace) -> None:
    docs = synthetic_docs(args.n, seed=1)
    stories, wall, cpu = timed(cluster_docs, docs)
    print(
        f"clustered {len(docs):,} articles in {wall:.1f} s wall, {cpu:.1f} s CPU "
        f"({cpu / len(docs) * 1e6:.0f} µs CPU per article); {len(set(stories)):,} stories"
    )


def as_article(doc: StoryDoc) -> Article:
    when = datetime.fromordinal(doc.day).replace(tzinfo=UTC) + timedelta(hours=8)
    return Article(
        article_id=doc.article_id,
        feed="bench",
        outlet="Bench",
        url="",
        canonical_url="",
        guid=None,
        title=doc.title,
        text=doc.text,
        published_at=when,
        first_seen_at=when,
        language="en",
        content_hash=doc.article_id,
    )


def copy_of(doc: StoryDoc, article_id: str) -> StoryDoc:
    """Another outlet's copy: a word of the text changed, published a few hours later (same day)."""
    words = doc.text.split()
    words[5] = "changed"
    return replace(doc, article_id=article_id, text=" ".join(words), rank=doc.rank + "~copy")


def run_index(args: argparse.Namespace) -> None:
    chunk = 100_000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "catalog.sqlite"
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("pragma journal_mode=wal")
        started = time.perf_counter()
        first_chunk: list[StoryDoc] = []
        for lo in range(0, args.n, chunk):
            docs = synthetic_docs(min(chunk, args.n - lo), seed=100 + lo // chunk)
            first_chunk = first_chunk or docs
            conn.execute("begin")
            storyindex.bulk_load(conn, docs)
            conn.execute("commit")
        rows = conn.execute("select count(*) from story_bands").fetchone()[0]
        print(
            f"history: {args.n:,} articles indexed in {time.perf_counter() - started:.0f} s, "
            f"catalog {path.stat().st_size / 1e6:.0f} MB ({rows:,} band rows)"
        )
        conn.close()
        conn = sqlite3.connect(path, isolation_level=None)  # as the pipeline opens it
        conn.execute("pragma journal_mode=wal")
        conn.execute("pragma synchronous=full")
        stories_of = dict(conn.execute("select article_id, story_id from story_signatures where ref <= 1000"))
        for round_ in range(args.rounds):
            fresh = synthetic_docs(args.batch - args.batch // 10, seed=9_000 + round_)
            copies = [
                copy_of(d, f"copy-{round_}-{k}")
                for k, d in enumerate(first_chunk[round_ * 100 : (round_ + 1) * 100])
            ]
            batch = [as_article(d) for d in fresh + copies]
            pending, wall, cpu = timed(storyindex.assign_stories, conn, batch, {})
            started = time.perf_counter()
            conn.execute("begin immediate")
            pending.write(conn)
            conn.execute("commit")
            write = time.perf_counter() - started
            found = sum(
                a.story_id == stories_of.get(d.article_id)
                for a, d in zip(batch[len(fresh) :], first_chunk[round_ * 100 :], strict=False)
            )
            print(
                f"added {len(batch):,} to {args.n + round_ * args.batch:,}: lookup+assign {wall:.2f} s, "
                f"write {write:.2f} s, total {wall + write:.2f} s (lookup+assign {cpu:.2f} s CPU); "
                f"{found}/{len(copies)} copies of history articles joined their story"
            )
        conn.close()


def run_hotpath(args: argparse.Namespace) -> None:
    """normalise + dedup + story assignment per article, on real feed bodies (../shared corpora)."""
    from ingest.dedup import dedup_articles
    from ingest.models import Feed
    from ingest.normalise import normalise_entries
    from ingest.parse import parse_feed

    folder = Path(args.corpora) / "fastfeedparser-benchmark-news" / "benchmark_data"
    parsed = [parse_feed(path.read_bytes()) for path in sorted(folder.glob("*"))]
    now = datetime(2026, 2, 18, tzinfo=UTC)
    articles: list[Article] = []
    wall, cpu = time.perf_counter(), time.process_time()
    for copy in range(args.copies):  # the same bodies under other feed names: new ids, same texts
        for k, feed in enumerate(parsed):
            outlet = Feed(
                name=f"f{k}-{copy}", url=f"https://f{k}-{copy}.example/rss", outlet=f"Outlet {k}-{copy}"
            )
            for e in feed.entries:
                e.url = e.url and f"{e.url}{'&' if '?' in e.url else '?'}copy={copy}"
            articles += normalise_entries(feed.entries, outlet, now)
    t_norm = (time.process_time() - cpu, time.perf_counter() - wall)
    result, _, c_dedup = timed(dedup_articles, articles, {}, set())
    with tempfile.TemporaryDirectory() as tmp:
        conn = sqlite3.connect(Path(tmp) / "catalog.sqlite", isolation_level=None)
        pending, _, c_story = timed(storyindex.assign_stories, conn, result.revisions, {})
        started = time.perf_counter()
        conn.execute("begin immediate")
        pending.write(conn)
        conn.execute("commit")
        w_write = time.perf_counter() - started
        conn.close()
    n = len(articles)
    print(
        f"{n:,} articles: normalise {t_norm[0] / n * 1e6:.0f} µs CPU per article, dedup {c_dedup / n * 1e6:.0f}, "
        f"stories {c_story / n * 1e6:.0f} (+ index write {w_write / n * 1e6:.0f} µs wall); "
        f"{len({a.story_id for a in result.revisions}):,} stories for {len(result.revisions):,} articles"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="cmd", required=True)
    q = sub.add_parser("quality")
    q.add_argument("--corpora", default=str(CORPORA))
    q.add_argument("--show", type=int, default=0, help="print this many merged real feed items")
    for name in ClusterParams.__slots__:
        q.add_argument(
            f"--{name.replace('_', '-')}",
            dest=name,
            type=float if "threshold" in name or name == "containment" else int,
        )
    c = sub.add_parser("cluster")
    c.add_argument("-n", type=int, default=1_000_000)
    i = sub.add_parser("index")
    i.add_argument("-n", type=int, default=1_000_000)
    i.add_argument("--batch", type=int, default=1_000)
    i.add_argument("--rounds", type=int, default=3)
    h = sub.add_parser("hotpath")
    h.add_argument("--corpora", default=str(CORPORA))
    h.add_argument("--copies", type=int, default=5)
    args = parser.parse_args()
    {"quality": run_quality, "cluster": run_cluster, "index": run_index, "hotpath": run_hotpath}[args.cmd](
        args
    )


if __name__ == "__main__":
    main()
