"""Rules of rules-1.134 (thirteenth session), found on PolNeAR's training articles and German WikiNews: a quote closed
by a full stop after "X said," keeps X when a new sentence with its own cue follows ("Kravets said, “…” He added,
“…”"); an adverb in -ly before a comma opens no subject ("Significantly, the judge said …"); a web address in quote
marks is part of a German frame's source ("Laut der Website „harbour-news.de“ …")."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_134: list[tuple[str, str, list[Row]]] = [
    (  # the cue after the first quote belongs to the second ("He added")
        "en",
        "Olenko said, “The ferry will run again on Monday.” He added, “Two more crossings start in spring.”",
        [
            ("Olenko", "direct", "The ferry will run again on Monday."),
            ("Olenko", "direct", "Two more crossings start in spring."),
        ],
    ),
    (  # guard: a quote closed by a comma takes the cue after it
        "en",
        "Kravets said the pier was safe. “The ferry will run again,” Olenko said.",
        [
            ("Kravets", "indirect", "the pier was safe"),
            ("Olenko", "direct", "The ferry will run again"),
        ],
    ),
    (
        "en",
        "Significantly, the magistrate said the council could not recover its costs.",
        [("the magistrate", "indirect", "the council could not recover its costs")],
    ),
    (  # guard: a name that ends in -ly stays the subject
        "en",
        "Kelly, the harbour master, said the pier was closed.",
        [("Kelly, the harbour master", "indirect", "the pier was closed")],
    ),
    (
        "de",
        "Laut der Website „hafen-nachrichten.de“ wird die Fähre im Mai wieder fahren.",
        [("Website „hafen-nachrichten.de“", "indirect", "wird die Fähre im Mai wieder fahren")],
    ),
    (  # an inverted speaker's relative clause after "whose" is no part of the attribution
        "en",
        "The ferry “will run again in May,” said Olenko, whose company has run it since 1994 on the lake.",
        [("Olenko", "indirect", "The ferry “will run again in May")],
    ),
    (  # a short form of a given name is the same person ("Bob Kravets" after "Robert Kravets")
        "en",
        "Robert Kravets, the harbour master, said the pier was closed. Bob Kravets said it would reopen in May.",
        [
            ("Robert Kravets", "indirect", "the pier was closed"),
            ("Robert Kravets", "indirect", "it would reopen in May"),
        ],
    ),
    (  # guard: an ambiguous short form stays apart
        "en",
        "Christine Kravets said the pier was closed. Chris Kravets said it would reopen in May.",
        [
            ("Christine Kravets", "indirect", "the pier was closed"),
            ("Chris Kravets", "indirect", "it would reopen in May"),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_134)
def test_rules_1_134(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
