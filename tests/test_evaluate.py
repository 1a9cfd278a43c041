"""`python -m ingest.evaluate`: bad arguments are one-line errors with exit status 2, not tracebacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.evaluate import main


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["--help"], 0, "usage: python -m ingest.evaluate"),
        (["--nosuch"], 2, "usage: python -m ingest.evaluate"),
        (["snapshot"], 2, "usage: python -m ingest.evaluate snapshot"),
        (["missing-gold.jsonl"], 2, "missing-gold.jsonl: gold file not found"),
    ],
)
def test_bad_arguments(
    args: list[str],
    status: int,
    message: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(args) == status
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_speed_measures_cold_and_steady_passes() -> None:
    """`ingest eval speed`: both rates are positive, and the steady pass warms up on other articles."""
    shared = Path(__file__).resolve().parents[1].parent / "shared"
    if not (shared / "corpora" / "polnear" / "data").is_dir():
        pytest.skip("../shared/corpora/polnear is absent")
    from ingest.evaluate import measure_speed

    res = measure_speed(articles=12, repeats=1)
    assert res["articles"] == 12
    assert res["articles_per_second"] > 0
    assert res["articles_per_second_steady"] > 0
    assert res["warm_up_articles"] > 0
    assert res["mean_chars"] > 1000


@pytest.mark.parametrize(
    ("span", "alias"),
    [
        ("Der Flughafenmanager Vedat Muftuoglu", "Vedat Muftuoglu"),
        ("Der Vorsitzende des Bauverbands, Michael Knipper", "Michael Knipper"),  # a name in apposition
        ("Der Vorsitzende des Bauverbands, Michael Knipper", "Knipper"),
        ("Polizeiangaben", "Polizei"),
    ],
)
def test_wikinews_speaker_spans_give_their_names_as_aliases(span: str, alias: str) -> None:
    from ingest.evaluate import _de_aliases

    assert alias in _de_aliases(span)
