"""rules-1.398 (blind batch FI): an inverted English speaker's apposition with a relative clause of its own right
after it ("…, said X, a deputy minister who leads …") or with a second apposition to the sentence end ("…, said X,
a member of the council of Y, the town nearest the field."); a gerund after "denied"/"admitted" is the cue's
object, not an inverted speaker ("…, denied forcing residents out.")."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules
from ingest.extract.tails import object_tail, speaker_apposition


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "Exports will resume in March, said Petra Lindqvist, a deputy trade minister who chairs the "
            "government's committee on sanctions and export controls.",
            "Petra Lindqvist",
            "Exports will resume in March",
        ),
        (
            "The dam was not damaged, said Omar Haddad, an engineer whose team inspected the spillway on Sunday.",
            "Omar Haddad",
            "The dam was not damaged",
        ),
        (
            "The curfew will be lifted next week, said Amina Yusuf, a member of the regional council of Kano, "
            "the largest state in the north.",
            "Amina Yusuf",
            "The curfew will be lifted next week",
        ),
        (
            "Three ships were turned back, said Tomasz Nowak, the head of the port authority in Gdynia, the "
            "country's second-largest container port.",
            "Tomasz Nowak",
            "Three ships were turned back",
        ),
    ],
)
def test_apposition_relative_or_second_apposition(text: str, speaker: str, quote: str) -> None:
    rows = run_rules(text, "en")
    assert (speaker, "indirect", quote) in rows, rows


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        (" who leads the working group on nuclear power.", True),
        (", a member of the council of Ubari, the town nearest the field.", True),
        (", the mayor, a day after the clashes.", False),  # a time frame, not a second apposition
        (", the mayor, the council said.", False),  # a second attribution
        (", a member of the council, who was not there.", True),  # the speaker's own relative clause
        (" on Monday after a meeting with the prime minister in the capital.", False),
        (", a member of the council of Ubari, which has been shut.", False),  # left alone: a "which" clause
    ],
)
def test_speaker_apposition_shapes(rest: str, expected: bool) -> None:
    assert speaker_apposition(rest) is expected


@pytest.mark.parametrize(
    ("rest", "cue", "raw", "expected"),
    [
        (" out.", "denied", "forcing residents", True),
        (".", "admitted", "taking the money", True),
        (".", "said", "leading economist John Smith", False),  # an adjective before a role after "said"
        (".", "added", "acting mayor Anna Berg", False),
        (".", "denied", "Anna Berg", False),
        (".", "denied", "king", False),  # no gerund: too short
    ],
)
def test_gerund_object_is_no_speaker(rest: str, cue: str, raw: str, expected: bool) -> None:
    assert object_tail(rest, cue, raw) is expected


def test_gerund_after_denied_gives_no_statement() -> None:
    text = "The Northern Front, which now controls 14 of the province's 17 districts, denied forcing villagers out."
    assert run_rules(text, "en") == []


def test_subject_before_denied_still_speaks() -> None:
    text = "The army denied that it had shelled the village, a spokesman said."
    rows = run_rules(text, "en")
    assert rows and all(r[0] != "shelled" for r in rows), rows
