"""rules-1.372 (blind batch EY): English reports on US and UK national politics.

- The Welsh particle "ap" inside a name ("Dafydd ap Iorwerth") keeps the name whole, as "van" and "bin" do.
- "Sir Alistair" (a knight's title and first name, the British style) names the one person of the article named in
  full with that first name; a second holder of the first name leaves it alone.
- "under questioning", "under oath", "under pressure (from …)" between a cue and its "that" are adjuncts.
- A determiner's noun phrase and a finite verb after the listener of "told" ("told reporters the seat was …") open
  the reported clause, so a later "that" inside it ("the one that decides …") is not its "that"; a relative word in
  the phrase ("the firm that won was") does not."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # "ap" in a Welsh name
        (
            "Plaid Cymru's leader, Dafydd ap Iorwerth, said his party had not joined the government.",
            ("Dafydd ap Iorwerth", "indirect", "his party had not joined the government"),
        ),
        (
            'Dafydd ap Iorwerth said the deal was fair. "We have signed a deal for children," he said.',
            ("Dafydd ap Iorwerth", "direct", "We have signed a deal for children"),
        ),
        # a knight by title and first name
        (
            'Permanent Secretary Sir Alistair Voyle said 112 hotels were in use. "We planned on one set of '
            'numbers," Sir Alistair said.',
            ("Alistair Voyle", "direct", "We planned on one set of numbers"),
        ),
        (
            'Dame Helen Corby said the plan was sound. "It will work," Dame Helen said.',
            ("Helen Corby", "direct", "It will work"),
        ),
        # left alone: two holders of the first name
        (
            'Sir Alistair Voyle said the hotels were full. Alistair Brown said they were not. "We planned," Sir '
            "Alistair said.",
            ("Alistair", "direct", "We planned"),
        ),
        # "under questioning" between the cue and "that"
        (
            "Tallis conceded under questioning that several companies had been allowed to pay later.",
            ("Tallis", "indirect", "several companies had been allowed to pay later"),
        ),
        (
            "Tallis said under pressure from MPs that the fines would be collected.",
            ("Tallis", "indirect", "the fines would be collected"),
        ),
        (
            "The witness admitted under oath that the records had been destroyed.",
            ("The witness", "indirect", "the records had been destroyed"),
        ),
        # a clause without "that" after the listener of "told", with a "that" inside it
        (
            'Senator Jack Thornbury told reporters the seat was "the one that decides the majority."',
            ("Jack Thornbury", "indirect", 'the seat was "the one that decides the majority."'),
        ),
        (
            "Thornbury told reporters the plan was the one that everybody wanted.",
            ("Thornbury", "indirect", "the plan was the one that everybody wanted"),
        ),
        # left alone: "told … that" with the listener only
        (
            "Thornbury told reporters that the plan would fail.",
            ("Thornbury", "indirect", "the plan would fail"),
        ),
        (
            "Thornbury told the committee on Friday that the plan would fail.",
            ("Thornbury", "indirect", "the plan would fail"),
        ),
    ],
)
def test_rules_1_372(text: str, row: tuple[str, str, str]) -> None:
    assert row in run_rules(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        # a relative word in the phrase after the listener: no clause opens there
        "Thornbury told the committee the firm that won was not told that it had.",
    ],
)
def test_rules_1_372_relative_phrase_left_alone(text: str) -> None:
    assert all(not q.startswith("the firm that won") for _, _, q in run_rules(text, "en"))
