"""Rules of rules-1.126, found with blind batch BR: a German article, a role noun and a surname alone ("Der
Bürgermeister Albrecht sagte, …", "Der SPD-Politiker Albrecht betonte, …") name the person, as "President Trump" does."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_126: list[tuple[str, str, list[Row]]] = [
    (
        "de",
        "Der Bürgermeister Kretschel sagte, die Brücke werde im Frühjahr abgerissen.",
        [("Kretschel", "indirect", "die Brücke werde im Frühjahr abgerissen")],
    ),
    (  # a hyphenated role
        "de",
        "Der CDU-Politiker Kretschel betonte, die Stadt habe keine Wahl.",
        [("Kretschel", "indirect", "die Stadt habe keine Wahl")],
    ),
    (
        "de",
        "Der Trainer Wendling sagte, die Mannschaft sei bereit.",
        [("Wendling", "indirect", "die Mannschaft sei bereit")],
    ),
    (  # guard: a role alone stays the role
        "de",
        "Der Bürgermeister sagte, die Brücke werde abgerissen.",
        [("Der Bürgermeister", "indirect", "die Brücke werde abgerissen")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_126)
def test_rules_1_126(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
