"""rules-1.429 (blind batch FU): "X cited Y as saying (that) …" gives Y's words to Y when Y is named, a role or a
body, and to X when Y is unnamed or a group and X names a person; "said no <noun> <noun> had …" is a reported
clause when an auxiliary follows the two nouns."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The ombudsman, Iryna Sokolenko, cited one of the freed men as saying he had been beaten.",
            [("Iryna Sokolenko", "indirect", "he had been beaten")],
        ),
        (
            "The minister, Anna Berg, cited farmers as saying that the harvest would be late.",
            [("Anna Berg", "indirect", "the harvest would be late")],
        ),
        (
            "The RIA news agency cited Kremlin spokesman Dmitry Peskov as saying no talks were planned.",
            [("Dmitry Peskov", "indirect", "no talks were planned")],
        ),
        (
            "Interfax cited the Defence Ministry as saying the drills had ended.",
            [("Defence Ministry", "indirect", "the drills had ended")],
        ),
        # left alone: an unnamed source cited by a body stays the source; no "as saying" after "cited"
        (
            "Interfax cited a source as saying the talks had stalled.",
            [("a source", "indirect", "the talks had stalled")],
        ),
        ("Officials cited rising costs as the reason for the delay.", []),
    ],
)
def test_cited_as_saying(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert run_rules(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Bondar said no passenger train had been hit this month.",
            [("Bondar", "indirect", "no passenger train had been hit this month")],
        ),
        (
            "The mayor said no cargo ship was damaged.",
            [("The mayor", "indirect", "no cargo ship was damaged")],
        ),
        (
            "The mayor said no such decision had been made.",
            [("The mayor", "indirect", "no such decision had been made")],
        ),
        # left alone: "no" as an object, or no auxiliary after the two words
        ("He said no such thing.", []),
        ("He said no to the plan.", []),
        ("He said no comment.", []),
    ],
)
def test_no_noun_noun_auxiliary(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert run_rules(sentence, "en") == expected
