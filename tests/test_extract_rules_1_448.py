"""rules-1.448 (blind batch GB): a time adverb between "and"/"but" and a second cue of the same subject ("…, but
later said …"), and two nouns joined by "or"/"and" after "said no" before an auxiliary ("said no aircraft or
personnel had been lost"); with the cases the rules must leave alone."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a time adverb after ", but" before the second cue
            "Mayor Jane Doe reported two injured, but later said five people had been taken to hospital.",
            [("Jane Doe", "indirect", "five people had been taken to hospital")],
        ),
        (
            "Doe denied it, but then said five people had been taken to hospital.",
            [("Doe", "indirect", "five people had been taken to hospital")],
        ),
        (
            "Doe denied it, and later added that five people had been taken to hospital.",
            [("Doe", "indirect", "five people had been taken to hospital")],
        ),
        (  # "but also" as before (rules-1.36)
            "Doe denied it, but also said five people had been taken to hospital.",
            [("Doe", "indirect", "five people had been taken to hospital")],
        ),
        (  # two nouns after "no", then an auxiliary: a reported clause
            "The spokesman John Smith said no aircraft or personnel had been lost at the base.",
            [("John Smith", "indirect", "no aircraft or personnel had been lost at the base")],
        ),
        (  # no auxiliary after the second noun: an object, left alone
            "John Smith said no aircraft or crew in the area.",
            [],
        ),
    ],
)
def test_rules_1_448(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run_rules(text, "en") == expected
