"""Rules of rules-1.129, found on PolNeAR's training articles (not the test split): a second clause joined by a bare
"and" with a name as its subject ends the first statement ("… asked for a photo and Clinton said, “…”"); a
capitalised cue word ending a name is no cue ("… at the Cook Political Report."); a bare English name is never
read as an inflected form of another surname ("Francis" is not "Massimo Franco")."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_129: list[tuple[str, str, list[Row]]] = [
    (  # the first statement ends before "and <Name>"; the name speaks the second
        "en",
        "The harbour master said that the pier was closed and Kravets said it would reopen in May.",
        [
            ("The harbour master", "indirect", "the pier was closed"),
            ("Kravets", "indirect", "it would reopen in May"),
        ],
    ),
    (  # before a direct quote, with an adverb between the name and the cue
        "en",
        "A reporter asked for a comment and Olenko firmly said, “We will not sell the ferry.”",
        [
            ("A reporter", "indirect", "a comment"),
            ("Olenko", "direct", "We will not sell the ferry."),
        ],
    ),
    (  # guard: a pair of names is one subject ("Smith and Jones told him")
        "en",
        "Mayor Lindqvist said Hnatiuk and Kravets told him the deal was off.",
        [("Lindqvist", "indirect", "Hnatiuk and Kravets told him the deal was off")],
    ),
    (  # guard: coordinated adjectives and names of bodies ("the Parks and Recreation Department said")
        "en",
        "A spokesperson for the Parks and Recreation Department said the pool would stay shut.",
        [("A spokesperson for the Parks and Recreation Department", "indirect", "the pool would stay shut")],
    ),
    (  # the last word of a name is no cue: the inverted speaker before its apposition
        "en",
        '"It would be a setback" if the bill failed, said Ilona Kravets, an analyst at the Harbour Policy Report.',
        [("Ilona Kravets", "indirect", '"It would be a setback" if the bill failed')],
    ),
    (  # guard: a title-case headline's cue after a comma stays a cue
        "en",
        "Ferry Fares Will Rise in Spring, Taras Olenko Says.\n\nThe operator confirmed the change on Monday.",
        [("Taras Olenko", "indirect", "Ferry Fares Will Rise in Spring")],
    ),
    (  # an English bare name is not an inflected surname of another person
        "en",
        "Massimo Lenti, a columnist, wrote on Friday that the visit was a success. "
        "“We must build bridges,” Lentini said in a speech.",
        [
            ("Massimo Lenti", "indirect", "the visit was a success"),
            ("Lentini", "direct", "We must build bridges"),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_129)
def test_rules_1_129(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
