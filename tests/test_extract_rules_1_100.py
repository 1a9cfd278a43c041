"""Rules of rules-1.100, found with holdout batch BG (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_100: list[tuple[str, str, list[Row]]] = [
    (  # de: "sagte NAME der <Adjektiv> Zeitung": the newspaper is the listener, not part of the name
        "de",
        "Die Pläne seien vom Tisch, sagte Hartmann der Süddeutschen Zeitung.",
        [("Hartmann", "indirect", "Die Pläne seien vom Tisch")],
    ),
    (  # de: a full name and two modifiers before the media head
        "de",
        "Man werde klagen, sagte Petra Lenz der Frankfurter Allgemeinen Zeitung.",
        [("Petra Lenz", "indirect", "Man werde klagen")],
    ),
    (  # de: not after a role: "der Sprecher der Berliner Zeitung" is the paper's spokesman
        "de",
        "Das sei falsch, sagte ein Sprecher der Berliner Zeitung.",
        [("ein Sprecher der Berliner Zeitung", "indirect", "Das sei falsch")],
    ),
    (  # de: a bare media head after the name keeps working as before
        "de",
        "Das sei gut, sagte Müller der Zeitung.",
        [("Müller", "indirect", "Das sei gut")],
    ),
    (  # de: a role noun before a name with an unlisted first name, in a sentence with no cue: "sie" finds it
        "de",
        "Die Ärztin Karin Vogel sagte, die Lage sei ernst. Landwirtin Nurcan Tekin sieht das anders. "
        "Die Ernte sei gut gewesen, sagte sie.",
        [
            ("Karin Vogel", "indirect", "die Lage sei ernst"),
            ("Nurcan Tekin", "indirect", "Die Ernte sei gut gewesen"),
        ],
    ),
    (  # de: not after a possessor ("Perus Präsident …"): the role phrase stays unresolved
        "de",
        "Perus Präsident Tavito Quispe reiste ab. Der chilenische Präsident sagte, man sei einig.",
        [("Der chilenische Präsident", "indirect", "man sei einig")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_100)
def test_rules_1_100(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
