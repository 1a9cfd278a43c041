"""Rules of rules-1.102, found with holdout batch BH (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_102: list[tuple[str, str, list[Row]]] = [
    (  # de: "<Art> <Nomen> aus <Ort>" before the cue is the body, not the place it comes from
        "de",
        "Eine Reederei aus Hamburg teilte mit, das Schiff sei beschädigt.",
        [("Eine Reederei", "indirect", "das Schiff sei beschädigt")],
    ),
    (  # de: also with an adjective before the noun
        "de",
        "Die beauftragte Baufirma aus Köln erklärte, man werde die Arbeiten im Mai beenden.",
        [("Baufirma", "indirect", "man werde die Arbeiten im Mai beenden")],
    ),
    (  # de: a name before "aus" stays the name (no article)
        "de",
        "Anna Berg aus Köln sagte, sie sei zufrieden.",
        [("Anna Berg", "indirect", "sie sei zufrieden")],
    ),
    (  # de: a role before "aus" stays the role
        "de",
        "Der Bürgermeister aus Köln sagte, die Stadt sei vorbereitet.",
        [("Der Bürgermeister", "indirect", "die Stadt sei vorbereitet")],
    ),
    (  # de: "die Baufirma" after a diocese is no anaphor of it (a church body is no company)
        "de",
        "Das Bistum Limburg teilte mit, die Kirche bleibe geschlossen. Die Baufirma erklärte, man liege im Zeitplan.",
        [
            ("Bistum Limburg", "indirect", "die Kirche bleibe geschlossen"),
            ("Baufirma", "indirect", "man liege im Zeitplan"),
        ],
    ),
    (
        "de",
        "Die Diözese Rottenburg teilte mit, die Kapelle werde saniert. "
        "Die beauftragte Dachdeckerfirma sagte, das Gerüst stehe ab Montag.",
        [
            ("Diözese Rottenburg", "indirect", "die Kapelle werde saniert"),
            ("Dachdeckerfirma", "indirect", "das Gerüst stehe ab Montag"),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_102)
def test_rules_1_102(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
