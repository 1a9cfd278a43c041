"""Score the statement extractor against gold files in ../shared/eval (dev set) and PolNeAR.

    run_eval("dev")                   # ../shared/eval/dev/statements.jsonl
    run_eval("polnear", split="dev")  # PolNeAR converted with ../shared/eval/polnear_to_gold.py
    run_eval("/path/to/gold.jsonl")   # any gold file in the same format

The scorer (score_statements.py) is imported by path when ../shared is present; nothing from
../shared is copied into the repository.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

from ingest.config import IngestError
from ingest.extract import Registry, extract_records

_ROOT = Path(__file__).resolve().parents[2]


def shared_dir() -> Path:
    """``../shared`` next to the repository (override with INGEST_SHARED)."""
    env = os.environ.get("INGEST_SHARED")
    return Path(env) if env else _ROOT.parent / "shared"


def _load_module(path: Path, name: str) -> ModuleType:
    if not path.is_file():
        raise IngestError(f"{path}: not found (is ../shared present?)")
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise IngestError(f"{path}: cannot import")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def scorer() -> ModuleType:
    return _load_module(shared_dir() / "eval" / "score_statements.py", "score_statements")


def polnear_gold(split: str = "dev", speech_only: bool = False) -> list[dict[str, Any]]:
    """PolNeAR ``split`` (train | dev | test) in the scorer's gold format."""
    conv = _load_module(shared_dir() / "eval" / "polnear_to_gold.py", "polnear_to_gold")
    buf = io.StringIO()
    args = [str(shared_dir() / "corpora" / "polnear" / "data"), split] + (
        ["--speech-only"] if speech_only else []
    )
    with contextlib.redirect_stdout(buf):
        rc = conv.main(args)
    if rc:
        raise IngestError(f"polnear_to_gold failed for split {split!r}")
    return [json.loads(line) for line in buf.getvalue().splitlines() if line.strip()]


def load_gold(name: str, split: str = "dev", speech_only: bool = False) -> list[dict[str, Any]]:
    if name == "dev":
        path = shared_dir() / "eval" / "dev" / "statements.jsonl"
    elif name == "polnear":
        return polnear_gold(split, speech_only)
    else:
        path = Path(name)
    if not path.is_file():
        raise IngestError(f"{path}: gold file not found")
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def predict(gold_docs: Iterable[dict[str, Any]], registry: Registry | None = None) -> list[dict[str, Any]]:
    """Run the public API over the gold articles (answers removed)."""
    articles = [{k: v for k, v in d.items() if k != "statements"} for d in gold_docs]
    return list(extract_records(articles, registry))


def person_consistency(gold_docs: list[dict[str, Any]], preds: list[dict[str, Any]]) -> str:
    """Speaker-id consistency with gold speakers joined across languages when they share an alias
    (the scorer keys speakers by their first alias, so "Dmitriy Peskarev" and "Дмитрий Пескарев"
    count as two people there)."""
    sc = scorer()
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for d in gold_docs:
        for g in d["statements"]:
            for a in g["aliases"][1:]:
                if len(sc.words(a)) >= 2:
                    parent[find(a)] = find(g["aliases"][0])
    ids: dict[str, set[str]] = {}
    owners: dict[str, set[str]] = {}
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for p in preds:
        by_doc.setdefault(str(p["article_id"]), []).append(p)
    for d in gold_docs:
        for p in by_doc.get(str(d["id"]), []):
            pw = set(sc.words(p["quote"]))
            if not pw:
                continue
            best, share = None, 0.0
            for g in d["statements"]:
                sh = len(pw & set(sc.words(g["quote"]))) / len(pw)
                if sh > share:
                    best, share = g, sh
            if best is None or share < 0.6 or not best.get("speaker_check", True):
                continue
            if sc.speaker_ok(p["speaker"], best["aliases"]):
                person = find(best["aliases"][0])
                ids.setdefault(person, set()).add(p["speaker_id"])
                owners.setdefault(p["speaker_id"], set()).add(person)
    ok = [k for k, v in ids.items() if len(v) == 1 and all(len(owners[i]) == 1 for i in v)]
    return f"{len(ok)}/{len(ids)}"


def run_eval(
    name: str = "dev",
    *,
    split: str = "dev",
    registry: Registry | None = None,
    speech_only: bool = False,
    predictions_out: str | Path | None = None,
) -> dict[str, Any]:
    """Score the extractor on ``name`` ("dev", "polnear" or a gold JSONL path); returns the scorer's dict
    plus ``person_id_consistency`` (speakers joined across languages)."""
    gold = load_gold(name, split, speech_only)
    preds = predict(gold, registry)
    if predictions_out is not None:
        with Path(predictions_out).open("w", encoding="utf-8") as f:
            for p in preds:
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
    res: dict[str, Any] = scorer().score(gold, preds)
    res["person_id_consistency"] = person_consistency(gold, preds)
    res["dataset"] = name if name != "polnear" else f"polnear-{split}{'-speech' if speech_only else ''}"
    return res


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    name = args[0] if args else "dev"
    split = args[1] if len(args) > 1 and not args[1].startswith("--") else "dev"
    res = run_eval(name, split=split, speech_only="--speech-only" in args)
    for k, v in res.items():
        print(f"{k}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
