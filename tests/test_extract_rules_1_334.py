"""rules-1.334: a German „ closed by a straight " („…"), the mixed form of feeds whose software straightened
the closing marks, is a quotation; a straight " inside a „…“ that a curly mark closes later stays inside. A cue
verb with "with" after "and" ("arrested and charged with murder") opens no second statement."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules
from ingest.extract.quotes import find_quotes, quote_text


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ('Er sagte: „Wir verlängern die Hilfen". Dann ging er.', ["Wir verlängern die Hilfen"]),
        ('„Das ist falsch", sagte sie.', ["Das ist falsch"]),
        # a curly closer later in the paragraph: the straight marks are nested, as before
        ('„Wir haben "Nein" gesagt“, erklärte sie.', ['Wir haben "Nein" gesagt']),
        # another „ opens before the curly closer: the straight mark closed the first
        ('Die Zeitung „Bild" berichtete es. „Das ist falsch“, sagte er.', ["Bild", "Das ist falsch"]),
        # the closer must be in the same paragraph
        ('Er sagte: „Wir verlängern\nDie Hilfen" enden.', []),
        (
            "Er sagte: „Wir verlängern die Hilfen“. Dann ging er.",
            ["Wir verlängern die Hilfen"],
        ),  # (as before)
    ],
)
def test_straight_mark_closes_german_opener(text: str, quotes: list[str]) -> None:
    assert [quote_text(text, q) for q in find_quotes(text)] == quotes


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            'Der Minister sagte am Montag: „Wir werden die Hilfen verlängern". Die Opposition kritisierte das.',
            ("Der Minister", "direct", "Wir werden die Hilfen verlängern"),
        ),
        (
            '„Wir werden die Hilfen verlängern", sagte der Minister am Montag in Berlin.',
            ("der Minister", "direct", "Wir werden die Hilfen verlängern"),
        ),
    ],
)
def test_mixed_marks_give_direct_statements(text: str, row: tuple[str, str, str]) -> None:
    assert row in run_rules(text, "de")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Police said the man was arrested and charged with murder.",
            [("Police", "indirect", "the man was arrested and charged with murder")],
        ),
        (
            "The mayor said the bridge was safe and added that it would reopen on Monday.",
            [
                ("The mayor", "indirect", "the bridge was safe"),
                ("The mayor", "indirect", "it would reopen on Monday"),
            ],
        ),  # (as before)
    ],
)
def test_cue_with_with_is_no_second_statement(text: str, rows: list[tuple[str, str, str]]) -> None:
    assert run_rules(text, "en") == rows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Next to her, Taras, 16, cuts bread for the volunteers. "We come here every day," he said.',
            "Taras",
        ),
        ('Outside the station, Olha, 72, waits for the bus. "The trains are late again," she said.', "Olha"),
        ('In the kitchen, Maria, 34, stirs a pot of soup. "It is the only warm room," she said.', "Maria"),
    ],
)
def test_aged_first_name_after_an_adverbial_opener(text: str, speaker: str) -> None:
    rows = run_rules(text, "en")
    assert rows and rows[-1][0] == speaker, rows


def test_aged_first_name_in_apposition_stays_the_phrase() -> None:
    rows = run_rules('His sister, Ruth, 72, waited outside. "He was never late," she said.', "en")
    assert rows and rows[-1][0] != "Ruth", rows  # (as before: the apposition is the whole phrase)
