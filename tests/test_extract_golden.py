"""Golden output: the extractor's statements for every fictional gold file of the repository
(tests/data/extract_*.jsonl) must stay byte for byte what tests/data/extract_golden_digests.jsonl
records (one SHA-256 per article of the JSON lines of its statements, keys sorted).

A speed change must leave this test green. A rule change that is meant to change the output bumps
EXTRACTOR_VERSION and rewrites the digests:

    python tests/test_extract_golden.py --update

For the corpora that may not be copied into the repository (the dev set, PolNeAR, WikiNews) take a
snapshot before and after the change and compare the files byte for byte:

    python -m ingest.evaluate snapshot /tmp/before.jsonl   # … change …
    python -m ingest.evaluate snapshot /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from ingest.extract import extract_records

DATA = Path(__file__).with_name("data")
DIGESTS = DATA / "extract_golden_digests.jsonl"


def gold_files() -> list[Path]:
    return sorted(p for p in DATA.glob("extract_*.jsonl") if p != DIGESTS)


def current_digests() -> tuple[dict[tuple[str, str], dict[str, Any]], dict[tuple[str, str], list[str]]]:
    """(file, article id) → {"statements": n, "sha256": …}, and the JSON lines behind each digest."""
    digests: dict[tuple[str, str], dict[str, Any]] = {}
    lines: dict[tuple[str, str], list[str]] = {}
    for path in gold_files():
        with path.open(encoding="utf-8") as f:
            docs = [json.loads(line) for line in f if line.strip()]
        articles = [{k: v for k, v in d.items() if k != "statements"} for d in docs]
        rows: dict[str, list[str]] = defaultdict(list)
        for row in extract_records(articles):  # one batch per file, as the evaluation runs it
            rows[str(row["article_id"])].append(json.dumps(row, ensure_ascii=False, sort_keys=True))
        for d in docs:
            key = (path.name, str(d["id"]))
            body = "\n".join(rows.get(str(d["id"]), [])).encode("utf-8")
            digests[key] = {
                "statements": len(rows.get(str(d["id"]), [])),
                "sha256": hashlib.sha256(body).hexdigest(),
            }
            lines[key] = rows.get(str(d["id"]), [])
    return digests, lines


def stored_digests() -> dict[tuple[str, str], dict[str, Any]]:
    out = {}
    with DIGESTS.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                out[(r["file"], r["id"])] = {"statements": r["statements"], "sha256": r["sha256"]}
    return out


def write_digests() -> int:
    digests, _ = current_digests()
    with DIGESTS.open("w", encoding="utf-8") as f:
        for (name, doc_id), d in sorted(digests.items()):
            f.write(json.dumps({"file": name, "id": doc_id, **d}, ensure_ascii=False) + "\n")
    return len(digests)


def test_output_matches_the_golden_digests() -> None:
    want = stored_digests()
    got, lines = current_digests()
    assert set(got) == set(want), f"articles added or removed: rerun with --update ({set(got) ^ set(want)})"
    changed = sorted(k for k in got if got[k] != want[k])
    if changed:
        sample = "\n".join(
            f"{k}: {len(lines[k])} statements\n  " + "\n  ".join(lines[k][:3]) for k in changed[:3]
        )
        raise AssertionError(
            f"{len(changed)} articles give other statements than the golden digests: {changed[:10]}\n{sample}\n"
            "A speed change must not change the output; for a rule change bump EXTRACTOR_VERSION and run "
            "python tests/test_extract_golden.py --update"
        )


if __name__ == "__main__":
    if "--update" in sys.argv[1:]:
        print(f"{write_digests()} article digests written to {DIGESTS}")
    else:
        print(__doc__)
