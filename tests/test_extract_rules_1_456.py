"""rules-1.456 (English follow-up on GB, FX and FU): an agency relay after an inverted attribution ("…, a
senior official said, TASS reported on Friday."); with the cases the rules must leave alone."""

from __future__ import annotations

import pytest

from extract_rule_helpers import linked_records, run_rules


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "It" after a body opening the sentence before with a negated verb: that body
            "The drone hit a depot, the Acme Rail Company said. Mayor John Smith said the fire was out. "
            "The Northern Defence Ministry did not mention the depot in its report. It said its forces had hit "
            "two bridges.",
            [
                ("Acme Rail Company", "indirect", "The drone hit a depot"),
                ("John Smith", "indirect", "the fire was out"),
                ("Northern Defence Ministry", "indirect", "its forces had hit two bridges"),
            ],
        ),
        (  # a verb in "-ed" as before (rules-1.313)
            "The drone hit a depot, the Acme Rail Company said. Mayor John Smith said the fire was out. "
            "The Northern Defence Ministry rejected the report. It said its forces had hit two bridges.",
            [
                ("Acme Rail Company", "indirect", "The drone hit a depot"),
                ("John Smith", "indirect", "the fire was out"),
                ("Northern Defence Ministry", "indirect", "its forces had hit two bridges"),
            ],
        ),
        (  # a subject that is no body ("The fire") is no antecedent: the body quoted before, left alone
            "The drone hit a depot, the Acme Rail Company said. The fire did not spread to the station. "
            "It said its crews had cleared the line.",
            [
                ("Acme Rail Company", "indirect", "The drone hit a depot"),
                ("Acme Rail Company", "indirect", "its crews had cleared the line"),
            ],
        ),
    ],
)
def test_it_after_negated_body_subject(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run_rules(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "same"),
    [
        (  # an indefinite official of a body, named next with ", the <head noun>'s …": one person
            "Exports will grow next year, a senior official of the state mining corporation said, Interfax reported."
            "\nInterfax quoted Ivan Petrov, the corporation's deputy director, as saying contracts had been signed.",
            True,
        ),
        (  # an apposition naming another body: left alone
            "Exports will grow next year, a senior official of the state mining corporation said, Interfax reported."
            "\nInterfax quoted Ivan Petrov, the agency's deputy director, as saying contracts had been signed.",
            False,
        ),
    ],
)
def test_official_named_next(text: str, same: bool) -> None:
    recs = linked_records(text, "en")
    ids = {str(r["speaker_id"]) for r in recs}
    assert len(recs) == 2
    assert (len(ids) == 1) is same
