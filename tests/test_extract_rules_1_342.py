"""rules-1.342: a short noun phrase in apposition to a place before the subject ("In Galati, one of the worst-hit
cities, Mayor Maria Popa said …") is no clause before the speaker: its plural head is not a verb."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "In Galati, one of the worst-hit cities, Mayor Maria Popa said the water had reached the second floor.",
            ("Maria Popa", "indirect", "the water had reached the second floor"),
        ),
        (
            "In Galati, among the worst-hit towns, the mayor said the water had reached the second floor.",
            ("the mayor", "indirect", "the water had reached the second floor"),
        ),
        (
            "In Galati, one of the worst-hit cities, Mayor Maria Popa told reporters the water was still rising.",
            ("Maria Popa", "indirect", "the water was still rising"),
        ),
        # a clause before the speaker stays a clause: its plural subject is followed by a verb
        (
            "On Monday, the talks collapsed, the minister said.",
            ("the minister", "indirect", "On Monday, the talks collapsed"),
        ),
        (
            "In Kyiv, the sirens sounded for an hour, the mayor said.",
            ("the mayor", "indirect", "In Kyiv, the sirens sounded for an hour"),
        ),
    ],
)
def test_place_apposition_before_the_subject(text: str, row: tuple[str, str, str]) -> None:
    assert row in run_rules(text, "en")
