"""rules-1.425 (blind batch FR): a body's capitalised title with "of" after a country's possessive is the body
("Japan's Joint Chiefs of Staff", not a person "Joint Chiefs"); a delegation or legation "in" a
city is the mission, not the city ("the EU's delegation in Tbilisi"); an envoy and an ambassador are one role
class ("the U.S. envoy said …" then "Ambassador X said": one person)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import ids_of, linked_records, run_rules

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


_TALKS = (
    "VIENNA, Nov 28 (Holdout) - Talks ended on Friday without agreement, and {} said Russia had refused to "
    'discuss verification.\n"We came ready," {} Anna Berg said after the final session.'
)


@pytest.mark.parametrize(
    ("lead", "title", "one"),
    [
        ("the U.S. envoy", "Ambassador", True),
        ("the U.S. ambassador", "Ambassador", True),  # as before
        ("the U.S. envoy", "envoy", True),  # as before
        # left alone: another role's lead is not the named ambassador
        ("the U.S. spokesman", "Ambassador", False),
    ],
)
def test_envoy_is_ambassador(lead: str, title: str, one: bool) -> None:
    recs = linked_records(_TALKS.format(lead, title), "en")
    ids = ids_of(recs, "verification") | ids_of(recs, "We came ready")
    assert (len(ids) == 1) is one
