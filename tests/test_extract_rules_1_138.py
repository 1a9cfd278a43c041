"""The rule merged with rules-1.138: "He added" right after a statement whose speaker is a bare surname (no entity,
no gender) goes on from that speaker, not back to a man named in full before it."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_138: list[tuple[str, str, list[Row]]] = [
    (
        "en",
        "Taras Olenko was fined on Monday. Kravets said, “The fine is far too high.” He added, “We will appeal.”",
        [("Kravets", "direct", "The fine is far too high."), ("Kravets", "direct", "We will appeal.")],
    ),
    (  # guard: "he said" is not a going-on cue: the man named in full stays the antecedent
        "en",
        "Taras Olenko was fined on Monday. Kravets said, “The fine is far too high.” He said, “We will appeal.”",
        [("Kravets", "direct", "The fine is far too high."), ("Taras Olenko", "direct", "We will appeal.")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_138)
def test_rules_1_138(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
