"""Helpers for the warehouse tests: lake rows written directly, a few-weeks scenario, mart snapshots.

(No tests here; the module is shared by test_warehouse*.py, test_marts.py and test_concurrent_reads.py.)
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb

from ingest.lakewriter import commit_rows
from ingest.sqlfiles import load_models

ROOT = Path(__file__).resolve().parents[1]
DAY0 = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)
BUDANOV, ZELENSKY = "P-kyrylo-budanov", "P-volodymyr-zelensky"
NAMES = {BUDANOV: "Kyrylo Budanov", ZELENSKY: "Volodymyr Zelensky"}


def sha(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def slug(outlet: str) -> str:
    return outlet.lower().replace(" ", "-")


def article(
    aid: str, outlet: str, when: datetime, text: str, title: str, revision: int = 1
) -> dict[str, Any]:
    url = f"https://{slug(outlet)}.example/news/{aid}"
    return {
        "article_id": aid, "revision": revision, "feed": slug(outlet), "outlet": outlet, "url": url,
        "canonical_url": url, "guid": None, "title": title, "text": text, "published_at": when,
        "first_seen_at": when + timedelta(minutes=10), "seen_at": when + timedelta(minutes=10, days=revision - 1),
        "language": "en", "content_hash": sha(title, text), "date_trusted": True, "story_id": aid, "text_source": "feed",
    }  # fmt: skip


def said(
    art: dict[str, Any], speaker_id: str, quote: str, claims: list[tuple[float, str, str, str]] = ()
) -> tuple[dict, list[dict]]:  # type: ignore[assignment]
    """A statement of `art` (the quote must be in its text) and its claims (value, unit, qualifier, text)."""
    start = art["text"].find(quote)
    assert start >= 0, (quote, art["text"])
    sid = sha(art["article_id"], start, quote)[:16]
    st = {
        "statement_id": sid, "article_id": art["article_id"], "revision": art["revision"], "speaker": NAMES.get(speaker_id, speaker_id),
        "speaker_id": speaker_id, "speaker_type": "person", "quote": quote, "kind": "direct", "cue": "said", "start": start,
        "end": start + len(quote), "confidence": 0.9, "extractor_version": "test", "language": "en",
        "published_at": art["published_at"], "outlet": art["outlet"], "feed": art["feed"],
    }  # fmt: skip
    rows = [
        {"claim_id": sha(sid, text)[:16], "statement_id": sid, "article_id": art["article_id"], "revision": art["revision"],
         "value": value, "unit": unit, "qualifier": qualifier, "text": text}
        for value, unit, qualifier, text in claims
    ]  # fmt: skip
    return st, rows


def report(
    aid: str, outlet: str, when: datetime, quotes: list[tuple[str, str]], title: str, revision: int = 1
) -> dict[str, Any]:
    """An article whose text carries the given (speaker_id, quote) pairs, with enough prose to be a real report."""
    parts = [f"{outlet} report from Kyiv."]
    for speaker_id, quote in quotes:
        parts.append(f"“{quote},” {NAMES[speaker_id]} told reporters.")
    parts.append("Officials gave no further details about the situation at the front on the day. " * 3)
    return article(aid, outlet, when, " ".join(parts), title, revision)


AMMO_40 = "We have received only 40% of the ammunition we were promised"
AMMO_40_REWORDED = "We received only 40 percent of the ammunition that we were promised"
AMMO_25 = "We have received only 25% of the ammunition we were promised"
DRONES_16 = "Ukraine produced 1.6 million drones this year and will produce more"
DRONES_2 = "Ukraine produced 2 million drones this year and will produce more"
NO_WITHDRAW = "We will not withdraw our troops from Kupiansk this winter"
WITHDRAW = "We will withdraw our troops from Kupiansk this winter"
AIR = "Air defence remains the first priority for every city"


def scenario_batches() -> list[tuple[datetime, dict[str, list[dict[str, Any]]]]]:
    """Three weeks of feed snapshots: Budanov repeats an ammunition figure, then changes it (syndicated copies
    included), contradicts himself on Kupiansk; Zelensky changes a drone count; one article is revised."""
    days = [DAY0 + timedelta(days=d) for d in (0, 1, 2, 9, 10, 16, 19)]
    batches = []

    def batch(when: datetime, arts: list[tuple[dict[str, Any], list[tuple[str, str, list[Any]]]]]) -> None:
        rows: dict[str, list[dict[str, Any]]] = {
            "article_revisions": [],
            "statements": [],
            "claims": [],
            "article_sightings": [],
        }
        for art, quotes in arts:
            rows["article_revisions"].append(art)
            rows["article_sightings"].append(
                {
                    "article_id": art["article_id"],
                    "feed": art["feed"],
                    "url": art["url"],
                    "seen_at": art["first_seen_at"],
                }
            )
            for speaker_id, quote, claims in quotes:
                st, cl = said(art, speaker_id, quote, claims)
                rows["statements"].append(st)
                rows["claims"] += cl
        rows["fetches"] = [{"fetch_id": sha(when, a["feed"])[:20], "feed": a["feed"], "url": f"https://{a['feed']}.example/rss",
                            "fetched_at": when + timedelta(minutes=10), "status": "ok", "http_status": 200, "items": 1,
                            "new_articles": 1} for a, _ in arts]  # fmt: skip
        rows["feed_state"] = [{"feed": a["feed"], "url": f"https://{a['feed']}.example/rss", "outlet": a["outlet"], "state": "active",
                               "consecutive_failures": 0, "last_status": "ok", "last_fetch_at": when, "last_success_at": when,
                               "next_fetch_at": when + timedelta(minutes=30)} for a, _ in arts]  # fmt: skip
        batches.append((when + timedelta(hours=6), rows))

    ammo40 = [(BUDANOV, AMMO_40, [(40.0, "%", "", "40%")])]
    a1 = report(
        "kw-1", "Kyiv Wire", days[0], [(BUDANOV, AMMO_40), (ZELENSKY, AIR)], "Budanov: shells are short"
    )
    a2 = dict(
        a1,
        article_id="lp-1",
        outlet="Lviv Post",
        feed="lviv-post",
        url="https://lviv-post.example/news/lp-1",
        canonical_url="https://lviv-post.example/news/lp-1",
        story_id="lp-1",
        published_at=days[0] + timedelta(hours=1),
        first_seen_at=days[0] + timedelta(hours=1, minutes=5),
        seen_at=days[0] + timedelta(hours=1, minutes=5),
    )  # syndicated copy
    a3 = report(
        "dh-1",
        "Dnipro Herald",
        days[0] + timedelta(hours=3),
        [(BUDANOV, AMMO_40_REWORDED)],
        "Ammunition: only 40 percent",
    )
    batch(days[0], [(a1, [*[(s, q, c) for s, q, c in ammo40], (ZELENSKY, AIR, [])]), (a2, [*ammo40, (ZELENSKY, AIR, [])]),
                    (a3, [(BUDANOV, AMMO_40_REWORDED, [(40.0, "%", "", "40 percent")])])])  # fmt: skip
    a4 = report("ed-1", "Eurodesk Daily", days[1], [(BUDANOV, AMMO_40)], "Kyiv says deliveries lag")
    batch(days[1], [(a4, ammo40)])
    a5 = report("kw-2", "Kyiv Wire", days[2], [(ZELENSKY, DRONES_16)], "A year of drones")
    batch(days[2], [(a5, [(ZELENSKY, DRONES_16, [(1.6e6, "drones", "", "1.6 million drones")])])])
    ammo25 = [(BUDANOV, AMMO_25, [(25.0, "%", "", "25%")])]
    a6 = report("kw-3", "Kyiv Wire", days[3], [(BUDANOV, AMMO_25)], "Budanov: deliveries fell further")
    a7 = dict(a6, article_id="lp-2", outlet="Lviv Post", feed="lviv-post", url="https://lviv-post.example/news/lp-2",
              canonical_url="https://lviv-post.example/news/lp-2", story_id="lp-2", published_at=days[3] + timedelta(hours=2),
              first_seen_at=days[3] + timedelta(hours=2, minutes=5), seen_at=days[3] + timedelta(hours=2, minutes=5))  # fmt: skip
    a8 = report(
        "dn-1", "Donau Nachrichten", days[3] + timedelta(hours=4), [(BUDANOV, AMMO_25)], "Munition knapp"
    )
    batch(days[3], [(a6, ammo25), (a7, ammo25), (a8, ammo25)])
    a3b = report(
        "dh-1",
        "Dnipro Herald",
        days[0] + timedelta(hours=3),
        [(BUDANOV, AMMO_40_REWORDED), (ZELENSKY, AIR)],
        "Ammunition: only 40 percent (updated)",
        revision=2,
    )  # a correction adds a quote
    a9 = report("kw-4", "Kyiv Wire", days[4], [(BUDANOV, NO_WITHDRAW)], "No retreat from Kupiansk")
    batch(
        days[4],
        [
            (a3b, [(BUDANOV, AMMO_40_REWORDED, [(40.0, "%", "", "40 percent")]), (ZELENSKY, AIR, [])]),
            (a9, [(BUDANOV, NO_WITHDRAW, [])]),
        ],
    )
    a10 = report("ed-2", "Eurodesk Daily", days[5], [(BUDANOV, WITHDRAW)], "Kupiansk: troops to pull back")
    batch(days[5], [(a10, [(BUDANOV, WITHDRAW, [])])])
    a11 = report("dn-2", "Donau Nachrichten", days[6], [(ZELENSKY, DRONES_2)], "Zwei Millionen Drohnen")
    batch(days[6], [(a11, [(ZELENSKY, DRONES_2, [(2e6, "drones", "", "2 million drones")])])])
    return batches


def write_batch(warehouse: Path, when: datetime, rows: dict[str, list[dict[str, Any]]]) -> None:
    commit_rows(warehouse, rows, batch_id=f"{when:%Y%m%dT%H%M%S}-{sha(when)[:6]}", now=when)


def mart_snapshot(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every published mart's rows, sorted (columns that record the build step excluded)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for m in load_models():
            if m.layer == "marts" and m.persistent:
                columns = [r[0] for r in con.execute(f"describe {m.name}").fetchall() if r[0] != "lake_seq"]
                quoted = ", ".join('"' + c + '"' for c in columns)
                rows = con.execute(f"select {quoted} from {m.name}").fetchall()
                out[m.name] = sorted(rows, key=repr)
        return out
    finally:
        con.close()


def load_bench() -> Any:
    """bench/bench_warehouse.py as a module (its synthetic lake generator)."""
    if "bench_warehouse" in sys.modules:
        return sys.modules["bench_warehouse"]
    spec = importlib.util.spec_from_file_location("bench_warehouse", ROOT / "bench" / "bench_warehouse.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_warehouse"] = module
    spec.loader.exec_module(module)
    return module
