"""Rules of rules-1.17, found with holdout batch V (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_17: list[tuple[str, str, list[Row]]] = [
    (  # a long participle aside with a finite verb inside the speaker phrase (en)
        "en",
        "A senior diplomat, speaking on condition of anonymity because she was not allowed to brief the press, "
        "said the talks would resume in March.",
        [("A senior diplomat", "indirect", "the talks would resume in March")],
    ),
    (  # an election campaign is a body (en)
        "en",
        "Her campaign said in a statement on Friday that it would challenge the result in court.",
        [("Her campaign", "indirect", "it would challenge the result in court")],
    ),
    (  # '…, according to the survey, published …': the survey, not the place it was published in (en)
        "en",
        "One in five pharmacies has cut its opening hours, according to the survey, released on Monday by the "
        "Pharmacy Guild.",
        [("the survey", "indirect", "One in five pharmacies has cut its opening hours")],
    ),
    (  # a known first name and a surname with a German-looking ending ('-rat') is a person (en)
        "en",
        "“The numbers are clear,” said Laura Ferrat, an economist at the University of Turin.",
        [("Laura Ferrat", "direct", "The numbers are clear")],
    ),
    (  # … and her bare surname later is hers, not a body's (en)
        "en",
        "Laura Ferrat, an economist, studied the figures. Ferrat said prices would fall in spring.",
        [("Laura Ferrat", "indirect", "prices would fall in spring")],
    ),
    (  # nominalised participles name people (de)
        "de",
        "Ein Befragter aus Lingen, der anonym bleiben wollte, sagte, die Miete sei zu hoch.",
        [("Ein Befragter", "indirect", "die Miete sei zu hoch")],
    ),
    (
        "de",
        "„Wir warten seit Jahren“, sagte eine Angehörige aus Meppen.",
        [("eine Angehörige", "direct", "Wir warten seit Jahren")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_17)
def test_rules_1_17(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
