from __future__ import annotations

import re

import pytest

from ingest.sqlfiles import LAYERS, SqlModel, load_models, order_models

MODELS = load_models()


@pytest.mark.parametrize("model", MODELS, ids=lambda m: f"{m.layer}/{m.name}")
def test_every_model_has_a_header_with_its_name_and_grain(model: SqlModel) -> None:
    first = model.path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith(f"-- {model.name}:"), "first line: -- <name>: <description>"
    assert model.grain, "needs a '-- grain:' header line"


@pytest.mark.parametrize("model", [m for m in MODELS if m.layer != "checks"], ids=lambda m: m.name)
def test_models_are_lowercase_selects_without_string_formatting(model: SqlModel) -> None:
    body = "\n".join(line for line in model.sql.splitlines() if not line.startswith("--"))
    assert body.lstrip().startswith(("select", "with")), "one relation per file: a single select"
    assert ";" not in body
    assert not re.search(r"\b(SELECT|FROM|WHERE|JOIN|GROUP BY)\b", body), "keywords in lowercase"
    assert "{" not in body and "%s" not in body, "values come in as $parameters, never formatted into the SQL"


def test_build_order_respects_layers_and_references() -> None:
    position = {m.name: i for i, m in enumerate(MODELS)}
    layer_of = [LAYERS.index(m.layer) for m in MODELS]
    assert layer_of == sorted(layer_of)
    for m in MODELS:
        for ref in m.refs:
            assert position[ref] < position[m.name]
    assert {"articles", "statements", "speakers", "fetches", "feed_health"} <= set(position)


def test_order_models_rejects_cycles(tmp_path) -> None:  # type: ignore[no-untyped-def]
    a = SqlModel("a", "marts", tmp_path / "a.sql", "select * from b", refs=("b",))
    b = SqlModel("b", "marts", tmp_path / "b.sql", "select * from a", refs=("a",))
    with pytest.raises(ValueError, match="circular"):
        order_models([a, b])
