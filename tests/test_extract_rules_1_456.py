"""rules-1.456 (English follow-up on GB, FX and FU): an agency relay after an inverted attribution ("…, a
senior official said, TASS reported on Friday."); with the cases the rules must leave alone."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the relay after ", X said" is the medium: X is the speaker
            "The plant will stay closed until spring, a senior official of the company said, Interfax reported on "
            "Friday.",
            [("a senior official of the company", "indirect", "The plant will stay closed until spring")],
        ),
        (
            "The plant will stay closed until spring, Governor John Smith said, state media reported.",
            [("John Smith", "indirect", "The plant will stay closed until spring")],
        ),
        (  # no speech verb before the relay: the outlet is the source, left alone
            "The plant will stay closed until spring, Interfax reported.",
            [("Interfax", "indirect", "The plant will stay closed until spring")],
        ),
    ],
)
def test_relay_en(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run_rules(text, "en") == expected
