"""Quality gate: score the public API with ../shared/eval/score_statements.py and compare every figure
with the floors in tests/eval_baseline.json (floors only go up; raise them when the extractor improves).

Skips cleanly when ../shared (the scorer and the gold files) is absent."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
BASELINE = Path(__file__).with_name("eval_baseline.json")
FICTION = Path(__file__).with_name("data") / "extract_fiction.jsonl"

pytestmark = pytest.mark.shared


def _need_shared() -> None:
    if not (SHARED / "eval" / "score_statements.py").is_file():
        pytest.skip("../shared/eval is absent")


def _ratio(s: str) -> float:
    a, b = s.split("/")
    return int(a) / int(b) if int(b) else 1.0


def figures(res: dict[str, Any]) -> dict[str, float]:
    """The gated numbers of one scorer result."""
    out = {
        "detection_f1": res["detection_p_r_f1"][2],
        "end_to_end_f1": res["end_to_end_p_r_f1"][2],
        "end_to_end_precision": res["end_to_end_p_r_f1"][0],
        "end_to_end_recall": res["end_to_end_p_r_f1"][1],
        "kind_accuracy": res["kind_accuracy"],
        "speaker_accuracy": res["speaker_accuracy"],
        "person_id_consistency": _ratio(res["person_id_consistency"]),
    }
    for lang, prf in res["by_language_end_to_end_p_r_f1"].items():
        out[f"end_to_end_f1_{lang}"] = prf[2]
    return out


def _check(name: str, res: dict[str, Any]) -> None:
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))[name]
    got = figures(res)
    low = {k: (got.get(k, 0.0), v) for k, v in floors.items() if got.get(k, 0.0) + 1e-9 < v}
    assert not low, f"{name}: below the baseline floors (got, floor): {low}"


@pytest.fixture(autouse=True)
def _shared_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(os.environ, "INGEST_SHARED", str(SHARED))


def test_dev_set_meets_baseline() -> None:
    _need_shared()
    if not (SHARED / "eval" / "dev" / "statements.jsonl").is_file():
        pytest.skip("../shared/eval/dev is absent")
    from ingest.evaluate import run_eval

    _check("dev", run_eval("dev"))


def test_fictional_set_meets_baseline() -> None:
    _need_shared()
    from ingest.evaluate import run_eval

    _check("fiction", run_eval(str(FICTION)))


HOLDOUT = sorted(Path(__file__).with_name("data").glob("extract_holdout_*.jsonl"))


@pytest.mark.parametrize("path", HOLDOUT, ids=[p.stem.removeprefix("extract_") for p in HOLDOUT])
def test_holdout_batch_meets_baseline(path: Path) -> None:
    """Fictional batches written blind (gold before the first run); see docs/extraction.md."""
    _need_shared()
    from ingest.evaluate import run_eval

    res = run_eval(str(path))
    if res["gold_statements"] == 0:  # text without statements (weather, results, tables, captions)
        assert res["predicted"] == 0, f"{path.name}: statements invented in text that has none"
        return
    _check(path.stem.removeprefix("extract_").replace("_", "-"), res)


def _has_gold(path: Path) -> bool:
    with path.open(encoding="utf-8") as f:
        return any(
            not g.get("optional") for line in f if line.strip() for g in json.loads(line)["statements"]
        )


def test_every_holdout_batch_has_floors() -> None:
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))
    missing = [
        p.name
        for p in HOLDOUT
        if _has_gold(p) and p.stem.removeprefix("extract_").replace("_", "-") not in floors
    ]
    assert not missing, f"add floors to tests/eval_baseline.json for {missing}"


@pytest.mark.slow
def test_polnear_dev_meets_baseline() -> None:
    _need_shared()
    if not (SHARED / "corpora" / "polnear" / "data" / "dev").is_dir():
        pytest.skip("../shared/corpora/polnear is absent")
    from ingest.evaluate import run_eval

    _check("polnear-dev", run_eval("polnear", split="dev"))
    _check("polnear-dev-names", run_eval("polnear", split="dev", names=True))


@pytest.mark.slow
def test_wikinews_de_meets_baseline() -> None:
    _need_shared()
    if not (SHARED / "corpora" / "quotes-german-wikinews-uhh" / "data" / "dev").is_dir():
        pytest.skip("../shared/corpora/quotes-german-wikinews-uhh is absent")
    from ingest.evaluate import run_eval

    _check("wikinews-de", run_eval("wikinews-de"))


@pytest.mark.slow
def test_basil_dev_meets_baseline() -> None:
    """Real US news (BASIL's dev half): the share of annotated quotes of a named person found, and found
    with that person as the speaker (ingest.evalbasil)."""
    if not (SHARED / "corpora" / "basil-same-event-triplets" / "articles").is_dir():
        pytest.skip("../shared/corpora/basil-same-event-triplets is absent")
    from ingest.evalbasil import score_basil

    res = score_basil("dev")
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))["basil-dev"]
    low = {k: (res[k], v) for k, v in floors.items() if res[k] + 1e-9 < v}
    assert res["quotes"] >= 90, res
    assert not low, f"basil-dev: below the baseline floors (got, floor): {low}"
