"""The naive baseline pipeline the issue compares against (about 100 lines, on purpose).

fetch every feed of a feeds file one after another (httpx) → ``feedparser.parse`` with its defaults
→ a pandas DataFrame (tags stripped by a regex) → ``drop_duplicates`` on the link and on the text →
``to_parquet`` → a regex "extraction" of “…” quotes with a capitalised name next to said/says →
``to_parquet`` → DuckDB ``CREATE TABLE AS`` from the Parquet files. No conditional GET, no
canonical URLs, no revisions, no story clustering, no speaker resolution.

    python -m ingest.bench.naive FEEDS_TOML OUT_DIR   # prints one JSON line with timings
"""

from __future__ import annotations

import html
import json
import re
import sys
import time
import tomllib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import feedparser
import httpx
import pandas as pd

TAG_RE = re.compile(r"<[^>]+>")
NAME = r"((?:[A-Z][\w'-]+ ){0,2}[A-Z][\w'-]+)"
QUOTE_RE = re.compile(
    r"“([^”]{8,}?)[,.?!]?”,? (?:" + NAME + r" (?:said|says|told)|(?:said|says) " + NAME + ")"
)


def fetch(urls: list[str]) -> list[bytes]:
    with httpx.Client(timeout=30, follow_redirects=True) as client:
        return [client.get(url).content for url in urls]


def entry_rows(feed: str, body: bytes) -> list[dict[str, Any]]:
    rows = []
    for e in feedparser.parse(body).entries:
        markup = e["content"][0]["value"] if e.get("content") else e.get("summary", "")
        published = e.get("published_parsed") or e.get("updated_parsed")
        rows.append({
            "feed": feed, "id": e.get("id") or e.get("link"), "link": e.get("link"), "title": e.get("title", ""),
            "text": " ".join(html.unescape(TAG_RE.sub(" ", markup)).split()),
            "published": datetime(*published[:6]).replace(tzinfo=UTC) if published else None,
        })  # fmt: skip
    return rows


def extract(articles: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for link, text in zip(articles["link"], articles["text"], strict=True):
        for m in QUOTE_RE.finditer(text):
            rows.append({"link": link, "quote": m[1], "speaker": m[2] or m[3]})
    return pd.DataFrame(rows, columns=["link", "quote", "speaker"])


def run(feeds_file: Path, out: Path) -> dict[str, Any]:
    out.mkdir(parents=True, exist_ok=True)
    feeds = tomllib.loads(feeds_file.read_text(encoding="utf-8"))["feeds"]
    t: dict[str, float] = {}
    started = last = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal last
        now = time.perf_counter()
        t[name] = round(now - last, 4)
        last = now

    bodies = fetch([f["url"] for f in feeds])
    lap("fetch")
    rows = [row for f, body in zip(feeds, bodies, strict=True) for row in entry_rows(f["name"], body)]
    lap("parse")
    frame = pd.DataFrame(rows)
    articles = frame.drop_duplicates(subset=["link"]).drop_duplicates(subset=["text"])
    lap("dedup")
    articles.to_parquet(out / "articles.parquet", index=False)
    lap("parquet")
    statements = extract(articles)
    lap("extract")
    statements.to_parquet(out / "statements.parquet", index=False)
    db = out / "naive.duckdb"
    db.unlink(missing_ok=True)
    with duckdb.connect(str(db)) as con:
        con.execute(f"create table articles as select * from read_parquet('{out / 'articles.parquet'}')")
        con.execute(f"create table statements as select * from read_parquet('{out / 'statements.parquet'}')")
        tables = {
            n: (con.execute(f"select count(*) from {n}").fetchone() or (0,))[0]
            for n in ("articles", "statements")
        }
    lap("warehouse")
    return {"feeds": len(feeds), "items": len(frame), "articles": tables["articles"], "statements": tables["statements"],
            "bytes": sum(map(len, bodies)), "stages": t, "seconds": round(time.perf_counter() - started, 4)}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    print(json.dumps(run(Path(args[0]), Path(args[1]))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
