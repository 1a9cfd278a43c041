"""rules-1.438 (blind batch FX): "X quoted Y as saying (that) …" gives the words to Y, also past a long
apposition; one lowercase plural noun between a listener cue and "that" is the listener ("warned shipowners
that …"); "…, according to X, up/down from …" attributes the clause before the source; a trailing ", a figure
(that) <another source> later put at …" is no part of the speaker's words."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "TASS quoted Anna Berg as saying that the plant would close.",
            [("Anna Berg", "indirect", "the plant would close")],
        ),
        (
            "RIA quoted the deputy minister as saying that exports had fallen.",
            [("the deputy minister", "indirect", "exports had fallen")],
        ),
        (
            "The agency quoted Pavel Orlov, the company's deputy director for international sales, as saying that"
            " contracts had been signed.",
            [("Pavel Orlov", "indirect", "contracts had been signed")],
        ),
        # left alone: the passive form keeps its subject; an unnamed source stays the source
        (
            "The minister was quoted as saying the plant would close.",
            [("The minister", "indirect", "the plant would close")],
        ),
        (
            "Interfax quoted a source as saying the talks had stalled.",
            [("a source", "indirect", "the talks had stalled")],
        ),
    ],
)
def test_quoted_object_as_saying(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert run_rules(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The navy warned shipowners that vessels would be treated as military.",
            [("The navy", "indirect", "vessels would be treated as military")],
        ),
        (
            "The bank assured lenders that the loans would be repaid.",
            [("The bank", "indirect", "the loans would be repaid")],
        ),
        # left alone: a listener the list already knew; no listener cue
        (
            "The ministry warned investors that prices would fall.",
            [("The ministry", "indirect", "prices would fall")],
        ),
        ("The company sold shares that it had bought in May.", []),
    ],
)
def test_plural_listener(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert run_rules(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "At least 1,800 civilians are held in detention, according to Moroz, up from about 1,600 a year earlier.",
            [("Moroz", "indirect", "At least 1,800 civilians are held in detention")],
        ),
        (
            "Exports rose 5 percent, according to the ministry, down from 7 percent a year earlier.",
            [("the ministry", "indirect", "Exports rose 5 percent")],
        ),
        # left alone: "up to" is no comparison with an earlier figure
        ("Prices rose, according to the ministry, up to the end of the month.", []),
    ],
)
def test_according_mid_before_comparison(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert run_rules(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Berg said flows had averaged 47 million cubic metres, a figure the operators' data later put at 48.5"
            " million.",
            [("Berg", "indirect", "flows had averaged 47 million cubic metres")],
        ),
        (
            "Berg said 12 people had died, a number that police later revised to 14.",
            [("Berg", "indirect", "12 people had died")],
        ),
        # left alone: an apposition that revises nothing
        (
            "Berg said flows had averaged 47 million cubic metres, a record for the month.",
            [("Berg", "indirect", "flows had averaged 47 million cubic metres, a record for the month")],
        ),
        (
            "Berg said 12 people had died, a toll that was higher than in any year since 2010.",
            [("Berg", "indirect", "12 people had died, a toll that was higher than in any year since 2010")],
        ),
    ],
)
def test_figure_revised_by_another(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert run_rules(sentence, "en") == expected
