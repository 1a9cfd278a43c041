from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.sqlfiles import (
    LAYERS,
    SqlModel,
    load_macros,
    load_models,
    load_queries,
    order_models,
    parse_model,
    validate_model,
)

MODELS = load_models()
QUERIES = list(load_queries().values())


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
    code = re.sub(r"'(?:[^']|'')*'", "''", body)  # string literals out (regular expressions have braces)
    assert not re.search(r"\{\w*\}", code) and "%s" not in code, (
        "values come in as parameters, never formatted in"
    )


@pytest.mark.parametrize("model", [m for m in MODELS if m.persistent], ids=lambda m: m.name)
def test_every_published_relation_describes_its_columns(model: SqlModel) -> None:
    assert model.columns, "needs a '-- columns:' block"
    names = [c for c, _ in model.columns]
    assert len(names) == len(set(names))
    assert all(description for _, description in model.columns)
    assert set(model.unique_key) <= set(names)


@pytest.mark.parametrize(
    "model", [m for m in MODELS if m.materialized == "incremental"], ids=lambda m: m.name
)
def test_incremental_models_recompute_a_scope_they_read(model: SqlModel) -> None:
    columns, relation = model.scope
    assert columns and relation in model.refs
    assert relation.startswith(("chg_", "stg_")), "scopes are the change sets of this build step"


def test_build_order_respects_layers_and_references() -> None:
    position = {m.name: i for i, m in enumerate(MODELS)}
    layer_of = [LAYERS.index(m.layer) for m in MODELS]
    assert layer_of == sorted(layer_of)
    for m in MODELS:
        for ref in m.refs:
            assert position[ref] < position[m.name]
    contract = {"articles", "statements", "speakers", "fetches", "claims", "feed_health", "article_revisions",
                "article_sightings", "statement_history", "statement_occurrences", "statement_threads",
                "speaker_timeline", "claim_series", "speaker_changes"}  # fmt: skip
    assert contract <= set(position)


def test_old_and_new_rows_count_as_references(tmp_path: Path) -> None:
    model = parse_model("chg_x", "marts", tmp_path / "chg_x.sql", "select a from old_things union select a from new_things",
                        {"things", "chg_x", "other_things"})  # fmt: skip
    assert model.refs == ("things",)


def test_order_models_rejects_cycles(tmp_path: Path) -> None:
    a = SqlModel("a", "marts", tmp_path / "a.sql", "select * from b", refs=("b",))
    b = SqlModel("b", "marts", tmp_path / "b.sql", "select * from a", refs=("a",))
    with pytest.raises(ValueError, match="circular"):
        order_models([a, b])


@pytest.mark.parametrize(
    ("header", "error"),
    [
        ("-- materialized: magic", "unknown materialized"),
        ("-- materialized: append", "unique_key"),
        ("-- unique_key: a", "scope"),
        ("-- unique_key: a\n-- scope: a in nowhere", "scope"),
    ],
)
def test_bad_headers_are_rejected(tmp_path: Path, header: str, error: str) -> None:
    text = f"-- x: a model\n-- grain: one row per a\n{header}\nselect a from chg_y"
    model = parse_model("x", "marts", tmp_path / "x.sql", text, {"x", "chg_y"})
    with pytest.raises(ValueError, match=error):
        validate_model(model, {"x", "chg_y"})


def test_headers_columns_and_scope_are_parsed(tmp_path: Path) -> None:
    text = (
        "-- x: a model\n-- grain: one row per (a, b)\n-- unique_key: a, b\n-- scope: a, b in chg_y\n"
        "-- capture: a\n-- columns:\n--   a: the a\n--   b: the b: with a colon\nselect a, b from chg_y where c = $p"
    )
    model = parse_model("x", "marts", tmp_path / "x.sql", text, {"x", "chg_y"})
    validate_model(model, {"x", "chg_y"})
    assert model.materialized == "incremental" and model.unique_key == ("a", "b") and model.capture == ("a",)
    assert model.scope == (("a", "b"), "chg_y")
    assert model.columns == (("a", "the a"), ("b", "the b: with a colon"))
    assert model.params == ("p",) and model.description == "a model"


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_saved_queries_are_described_reads_with_declared_parameters(query) -> None:  # type: ignore[no-untyped-def]
    first = query.path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith(f"-- {query.name}:") and query.description
    body = "\n".join(line for line in query.sql.splitlines() if not line.startswith("--"))
    assert body.lstrip().startswith(("select", "with")) and ";" not in body
    assert set(query.param_help) == set(query.params), "every $parameter has a '-- param name: …' line"


@pytest.mark.parametrize("macro", load_macros(), ids=lambda m: m.name)
def test_macros_are_described_temp_macros_named_like_their_file(macro) -> None:  # type: ignore[no-untyped-def]
    first = macro.path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith(f"-- {macro.name}:") and macro.headers.get("grain")
    assert f"create or replace temp macro {macro.name}(" in macro.sql


def test_thread_keys_join_reworded_quotes_and_split_changed_figures() -> None:
    import duckdb

    from ingest.quotekeys import sql_params

    con = duckdb.connect()
    for macro in load_macros():
        con.execute(macro.sql)
    quotes = [
        "We have received only 40% of the ammunition we were promised",
        "We received only 40 percent of the ammunition that we were promised",
        "We have received only 25% of the ammunition we were promised",
        "Мы получили лишь 40% обещанных боеприпасов",
    ]
    params = sql_params()
    keys = [
        con.execute(
            "select thread_key('P-1', quote_words($q, $s), $k)",
            {"q": q, "s": params["stop_words"], "k": params["key_words"]},
        ).fetchone()[0]
        for q in quotes
    ]
    assert keys[0] == keys[1] and keys[2] != keys[0] and keys[3] not in keys[:3]
    words = con.execute(
        "select quote_words($q, $s)", {"q": "We won't pay 11,000 or 1,5 %", "s": params["stop_words"]}
    )
    assert words.fetchone()[0] == ["not", "pay", "11000", "1·5", "pct"]


# quote_words as first written: every apostrophe made ' before "n't", then split on what is not a letter or digit
QUOTE_WORDS_DEFINITION = r"""
create or replace temp macro quote_words_definition(quote, stop_words) as list_filter(
    string_split(
        regexp_replace(
            regexp_replace(
                regexp_replace(
                    regexp_replace(
                        regexp_replace(
                            regexp_replace(lower(coalesce(quote, '')), '[’‘`´]', '''', 'g'),
                            'n''t\b', ' not', 'g'
                        ),
                        '(\d)[,.\x{a0}](\d{3})\b', '\1\2', 'g'
                    ),
                    '(\d)[,.](\d)', '\1·\2', 'g'
                ),
                '%|\bper ?cent\b|\bprozent\b|відсот\p{L}*|процент\p{L}*', ' pct ', 'g'
            ),
            '[^\p{L}\p{N}·]+', ' ', 'g'
        ),
        ' '
    ),
    lambda w: w <> '' and not list_contains(stop_words, w)
)
"""


QUOTE_PIECES = ["n't", "n’t", "n`t", "n´t", "n‘t", "'", "’", "1", "40", "000", ",", ".", "\xa0", " ", "%",
                "per cent", "percent", "Prozent", "відсотків", "процентов", "We", "won", "don", "the", "Мы", "·",
                "-", "t", "n", "É"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(QUOTE_PIECES), max_size=14).map("".join))
def test_quote_words_is_its_definition(quote: str) -> None:
    import duckdb

    from ingest.quotekeys import sql_params

    con = duckdb.connect()
    for macro in load_macros():
        con.execute(macro.sql)
    con.execute(QUOTE_WORDS_DEFINITION)
    stop = sql_params()["stop_words"]
    got, want = con.execute(
        "select quote_words($q, $s), quote_words_definition($q, $s)", {"q": quote, "s": stop}
    ).fetchone()
    assert got == want
