"""Score the statement extractor against gold files in ../shared/eval (dev set) and PolNeAR.

    run_eval("dev")                   # ../shared/eval/dev/statements.jsonl
    run_eval("polnear", split="dev")  # PolNeAR converted with ../shared/eval/polnear_to_gold.py
    run_eval("polnear", split="dev", names=True)  # … plus the bare name of each mention as an alias
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
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

from ingest.config import IngestError
from ingest.extract import Registry, extract_records
from ingest.models import ArticleText

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


_HONORIFIC_RE = re.compile(
    r"^(?:(?:the|former|then-)\s+)?(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Prof|President|Senator|Secretary|Gov)\.?\s+",
    re.I,
)


def name_aliases(speaker: str) -> list[str]:
    """The bare name inside an annotated speaker mention: "Mr. Obama" → "Obama",
    "Rep. G.K. Butterfield (D-N.C.), head of the caucus" → "G.K. Butterfield"; and the name after a
    title of capitalised words: "Senate Majority Leader Mitch McConnell" → "Mitch McConnell"."""
    head = re.sub(r"\([^)]*\)", " ", speaker.split(",")[0])
    head = _HONORIFIC_RE.sub("", head.strip()).strip()
    out = [head] if head and head != speaker and head[:1].isupper() else []
    toks = head.split()
    if len(toks) > 2 and all(t[:1].isupper() for t in toks[-2:]):  # "Senate Majority Leader Mitch McConnell"
        out.append(" ".join(toks[-2:]))
    return out


def polnear_gold(split: str = "dev", speech_only: bool = False, names: bool = False) -> list[dict[str, Any]]:
    """PolNeAR ``split`` (train | dev | test) in the scorer's gold format. With ``names`` the bare
    name inside each annotated mention is added as an alias (PolNeAR annotates "Mr. Obama"; a system
    that writes "Barack Obama" is otherwise counted wrong)."""
    conv = _load_module(shared_dir() / "eval" / "polnear_to_gold.py", "polnear_to_gold")
    buf = io.StringIO()
    args = [str(shared_dir() / "corpora" / "polnear" / "data"), split] + (
        ["--speech-only"] if speech_only else []
    )
    with contextlib.redirect_stdout(buf):
        rc = conv.main(args)
    if rc:
        raise IngestError(f"polnear_to_gold failed for split {split!r}")
    docs = [json.loads(line) for line in buf.getvalue().splitlines() if line.strip()]
    if names:
        for d in docs:
            for g in d["statements"]:
                g["aliases"] = g["aliases"] + [
                    a for a in name_aliases(g["aliases"][0]) if a not in g["aliases"]
                ]
    return docs


_DE_PRONOUNS = frozenset({"er", "sie", "es", "wir", "ich", "man", "ihm", "ihr", "ihn", "der", "die", "das"})


def _de_aliases(span: str) -> list[str]:
    """The annotated speaker span plus its name part ("Der Flughafenmanager Vedat Muftuoglu" →
    "Vedat Muftuoglu", "Muftuoglu"; also a name in apposition, "Der Vorsitzende des Verbands, Michael
    Knipper" → "Michael Knipper", "Knipper"), so that a resolved name counts as right."""
    if not span:
        return ["(unknown)"]
    out = [span]
    head = span.split(",")[0].split(" von ")[0].strip()
    toks = head.split()
    if toks and toks[-1][:1].isupper():
        out.append(toks[-1])
        if len(toks) >= 2 and toks[-2][:1].isupper() and toks[-2].lower() not in _DE_PRONOUNS:
            out.append(" ".join(toks[-2:]))
        if (m := _DE_SOURCE_COMPOUND_RE.fullmatch(toks[-1])) is not None:
            out.append(m.group(1))  # "Polizeiangaben" → "Polizei": the source inside the compound
    tail = span.rsplit(",", 1)[-1].split() if "," in span else []
    if 2 <= len(tail) <= 3 and all(t[:1].isupper() for t in tail):
        out += [" ".join(tail), tail[-1]]  # "Die Abgeordnete …, Claudia Mo": the name in apposition
    return out


_DE_SOURCE_COMPOUND_RE = re.compile(r"([A-ZÄÖÜ]\w{2,}?)s?(?:angaben|informationen|berichten)")


def wikinews_de_gold() -> list[dict[str, Any]]:
    """The German WikiNews quotation corpus (dev split) in the scorer's gold format: Direct → direct,
    Indirect → indirect; nested quotes are dropped; free indirect and "reported" mentions
    (no speech verb) are optional; a pronoun or empty speaker is not checked; the name at the end of
    the speaker span is added as an alias (the span itself is often "Der Sprecher X")."""
    root = shared_dir() / "corpora" / "quotes-german-wikinews-uhh" / "data" / "dev"
    if not root.is_dir():
        raise IngestError(f"{root}: not found (is ../shared present?)")
    docs = []
    for path in sorted(root.glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        statements = []
        for a in d.get("annotations", []):
            if a.get("isNested") or not a.get("quote", {}).get("text"):
                continue
            typ = a.get("type", "")
            quote = a["quote"]["text"].strip()
            speaker = (a.get("speaker") or {}).get("text", "").strip()
            words = quote.strip('„“"»« ').split()
            check = bool(speaker) and speaker.lower() not in _DE_PRONOUNS
            statements.append(
                {
                    "speaker": speaker or "(unknown)",
                    "aliases": _de_aliases(speaker),
                    "kind": "direct" if typ == "Direct" else "indirect",
                    "quote": quote,
                    "optional": typ not in ("Direct", "Indirect") or len(words) < 3,
                    "speaker_check": check,
                }
            )
        docs.append(
            {"id": f"wikinews-de-{path.stem}", "language": "de", "title": "", "text": d["originalText"],
             "published": None, "outlet": "wikinews", "url": "", "statements": statements}
        )  # fmt: skip
    return docs


def load_gold(
    name: str, split: str = "dev", speech_only: bool = False, names: bool = False
) -> list[dict[str, Any]]:
    if name == "wikinews-de":
        return wikinews_de_gold()
    if name == "dev":
        path = shared_dir() / "eval" / "dev" / "statements.jsonl"
    elif name == "polnear":
        return polnear_gold(split, speech_only, names)
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
                if len(sc.words(a)) >= 2 and all(w[:1].isupper() for w in a.split()):
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
    names: bool = False,
    predictions_out: str | Path | None = None,
) -> dict[str, Any]:
    """Score the extractor on ``name`` ("dev", "polnear" or a gold JSONL path); returns the scorer's dict
    plus ``person_id_consistency`` (speakers joined across languages)."""
    gold = load_gold(name, split, speech_only, names)
    preds = predict(gold, registry)
    if predictions_out is not None:
        with Path(predictions_out).open("w", encoding="utf-8") as f:
            for p in preds:
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
    res: dict[str, Any] = scorer().score(gold, preds)
    res["person_id_consistency"] = person_consistency(gold, preds)
    res["dataset"] = (
        name
        if name != "polnear"
        else f"polnear-{split}{'-speech' if speech_only else ''}{'-names' if names else ''}"
    )
    return res


def measure_speed(chars: int = 3000, articles: int = 475, repeats: int = 5) -> dict[str, float]:
    """Articles per second of CPU time on one core, for PolNeAR article prefixes of about ``chars``
    characters (cut at a paragraph end). Best of ``repeats`` passes. Cold: every memo cache of the
    extractor is cleared before each pass, as if each pass were a new process. Steady: the caches are
    cleared and then warmed on the train split's other (shorter) articles, never the measured ones, as
    an extraction worker's are after its first articles. The loaded heap is frozen for the garbage
    collector, as the pipeline's extraction workers have it."""
    import gc
    import time

    from ingest.extract import article_from_record, extract_statements
    from ingest.extract.pipeline import clear_caches
    from ingest.native import is_native

    docs = polnear_gold("train")
    arts: list[ArticleText] = []
    others: list[ArticleText] = []  # the steady measurement's warm-up: other articles of the split
    for d in docs:
        t = d["text"]
        if len(t) < chars // 3:
            continue
        cut = t[:chars]
        cut = cut[: cut.rfind("\n")] if "\n" in cut else cut
        doc = article_from_record({"id": d["id"], "text": cut, "language": "en"})
        (arts if len(t) >= chars and len(arts) < articles else others).append(doc)
    for a in arts[:20]:
        extract_statements(a)
    best = float("inf")
    n = 0
    gc.collect()
    gc.freeze()  # as in the extraction workers (parallel.py): the collector leaves the loaded heap alone
    steady = float("inf")
    try:
        for _ in range(repeats):
            clear_caches()
            t0 = time.process_time()
            n = sum(len(extract_statements(a)) for a in arts)
            best = min(best, time.process_time() - t0)
            clear_caches()
            for a in others:
                extract_statements(a)
            t0 = time.process_time()
            for a in arts:
                extract_statements(a)
            steady = min(steady, time.process_time() - t0)
    finally:
        gc.unfreeze()
    return {
        "articles": len(arts),
        "mean_chars": round(sum(len(a.text) for a in arts) / max(1, len(arts))),
        "statements_per_article": round(n / max(1, len(arts)), 2),
        "articles_per_second": round(len(arts) / best),
        "articles_per_second_steady": round(len(arts) / steady),
        "warm_up_articles": len(others),
        # CPU seconds of a fixed pure-Python loop right after: this VM's speed drifts (about 0.25 s unloaded)
        "calibration_loop_s": round(calibration_loop(), 3),
        "native": int(is_native()),  # 1: the mypyc-compiled extractor (make native), 0: pure Python
    }


def calibration_loop(n: int = 5_000_000) -> float:
    """CPU seconds of ``x += i`` for n iterations (best of 3): a yardstick for the machine's speed."""
    import time

    best = float("inf")
    for _ in range(3):
        x, t0 = 0, time.process_time()
        for i in range(n):
            x += i
        best = min(best, time.process_time() - t0)
    return best


def snapshot_sets() -> dict[str, list[dict[str, Any]]]:
    """The article sets of a snapshot: every gold file of the repository (tests/data/extract_*.jsonl),
    and, when ../shared is present, the dev set, the PolNeAR dev articles, the PolNeAR prefixes of the
    speed test and the German WikiNews articles."""
    sets: dict[str, list[dict[str, Any]]] = {}
    for path in sorted((_ROOT / "tests" / "data").glob("extract_*.jsonl")):
        docs = load_gold(str(path))
        if docs and "text" in docs[0]:
            sets[path.name] = docs
    optional = {
        "dev": lambda: load_gold("dev"),
        "polnear-dev": lambda: polnear_gold("dev"),
        "polnear-train-prefixes": lambda: [
            dict(d, text=d["text"][:3000], language="en") for d in polnear_gold("train")[:600]
        ],
        "wikinews-de": wikinews_de_gold,
    }
    for name, load in optional.items():
        try:
            sets[name] = load()
        except IngestError:
            continue  # ../shared (or that corpus) is absent
    return sets


def snapshot(out: str | Path) -> int:
    """Write the extractor's output for every snapshot set (see snapshot_sets) to ``out``: one JSON line
    per statement, ``[set, statement]``, keys sorted. Snapshots taken before and after a change that
    must not change the output are compared byte for byte (``cmp``). Returns the number of lines."""
    n = 0
    with Path(out).open("w", encoding="utf-8") as f:
        for name, docs in snapshot_sets().items():
            for row in predict(docs):
                f.write(json.dumps([name, row], ensure_ascii=False, sort_keys=True) + "\n")
                n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    name = args[0] if args else "dev"
    if name == "speed":
        for k, v in measure_speed().items():
            print(f"{k}: {v}")
        return 0
    if name == "snapshot":
        if len(args) < 2:
            print("usage: python -m ingest.evaluate snapshot OUT.jsonl", file=sys.stderr)
            return 2
        print(f"{snapshot(args[1])} statements written to {args[1]}")
        return 0
    if name.startswith("-"):
        print(
            "usage: python -m ingest.evaluate [dev|polnear [SPLIT]|GOLD.jsonl] [--names] [--speech-only]"
            " | speed | snapshot OUT.jsonl (or: ingest eval --help)",
            file=sys.stderr,
        )
        return 0 if name in ("-h", "--help") else 2
    split = args[1] if len(args) > 1 and not args[1].startswith("--") else "dev"
    try:
        res = run_eval(name, split=split, speech_only="--speech-only" in args, names="--names" in args)
    except IngestError as exc:
        print(f"python -m ingest.evaluate: {exc}", file=sys.stderr)
        return 2
    for k, v in res.items():
        print(f"{k}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
