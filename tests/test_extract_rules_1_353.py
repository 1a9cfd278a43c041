"""rules-1.353: a participle occasion after a final cue ("…, X said after visiting the field.") is an adjunct, like
"after talks with …"; and a sentence-initial clause before an apposition ("Prices will rise, the minister said after
meeting bankers.") is no person named by its first word."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Gas output will be back to normal by April, Energy Minister Ivan Doroshenko said after visiting the field.",
            ("Ivan Doroshenko", "indirect", "Gas output will be back to normal by April"),
        ),
        (
            "Gas output will be back by April, Energy Minister Ivan Doroshenko said on Friday after visiting the "
            "damaged field in the Kharkiv region.",
            ("Ivan Doroshenko", "indirect", "Gas output will be back by April"),
        ),
        (
            "Prices will rise, the minister said after meeting bankers.",
            ("the minister", "indirect", "Prices will rise"),
        ),
        (
            "Production will be back by April, the minister said after talks with his Polish counterpart.",
            ("the minister", "indirect", "Production will be back by April"),
        ),
        # (as before) a named subject with a relative clause, and a that-clause after the occasion
        (
            "Smith, who is the chair of the panel, said after the hearing that the bill would pass.",
            ("Smith", "indirect", "the bill would pass"),
        ),
    ],
)
def test_occasion_and_lead_clause(text: str, row: tuple[str, str, str]) -> None:
    assert run_rules(text, "en") == [row]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Министр отверг обвинения и заявил, что удар был нанесён по военному объекту.", "Министр"),
        ("Губернатор помог эвакуировать людей и заявил, что угрозы нет.", "Губернатор"),
        ("Министр в четверг посетил завод и заявил, что угрозы нет.", "Министр"),  # (as before)
    ],
)
def test_russian_past_without_l_ends_the_subject(text: str, speaker: str) -> None:
    rows = run_rules(text, "ru")
    assert [r[0] for r in rows] == [speaker], rows
