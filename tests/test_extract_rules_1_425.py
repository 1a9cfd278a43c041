"""rules-1.425 (blind batch FR): a body's capitalised title with "of" after a country's possessive is the body
("Japan's Joint Chiefs of Staff", not a person "Joint Chiefs"); a delegation or legation "in" a
city is the mission, not the city ("the EU's delegation in Tbilisi")."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules

_LEAD = "Seoul.\nNorth Korea fired shells, {} said."


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("South Korea's Joint Chiefs of Staff", "South Korea's Joint Chiefs of Staff"),
        ("Japan's Joint Chiefs of Staff", "Japan's Joint Chiefs of Staff"),
        ("the EU's delegation in Tbilisi", "EU's delegation in Tbilisi"),
        # left alone: a person after a possessive, with or without "of"; bodies named as before; a delegate
        ("Britain's John Smith of Oxford University", "John Smith"),
        ("Russia's Sergei Lavrov", "Sergei Lavrov"),
        ("South Korea's Ministry of Defence", "South Korea's Ministry of Defence"),
        ("the Joint Chiefs of Staff", "Joint Chiefs of Staff"),
        ("Kazakhstan's mission in Geneva", "Kazakhstan's mission"),
        ("a delegate in Tbilisi", "a delegate in Tbilisi"),
    ],
)
def test_possessed_titles_and_missions(subject: str, speaker: str) -> None:
    assert run_rules(_LEAD.format(subject), "en") == [(speaker, "indirect", "North Korea fired shells")]
