"""Rules of rules-1.111, found on PolNeAR's train split: a relative clause set off by dashes between the subject and
its cue; no name after an article in an apposition; middle initials and generational suffixes in a full name."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_111: list[tuple[str, str, list[Row]]] = [
    (  # en: "<subject> — who … — said": the aside is no clause break and no part of the speaker
        "en",
        "The governor — who has rarely spoken about the dispute — said the talks had failed.",
        [("The governor", "indirect", "the talks had failed")],
    ),
    (  # en: … with spaced hyphens and a long aside
        "en",
        "Mara Jensen, director of the Coastal Trust - which was founded in 1998 by a group of fishermen and which "
        "has opposed the project - said the permit should be withdrawn.",
        [("Mara Jensen", "indirect", "the permit should be withdrawn")],
    ),
    (  # de: "<Subjekt> – der … – sagte"
        "de",
        "Der Landrat – der seit Jahren für die Umgehung kämpft – sagte, die Entscheidung sei ein Fehler.",
        [("Der Landrat", "indirect", "die Entscheidung sei ein Fehler")],
    ),
    (  # guard: a dash aside that is no relative clause before an inverted cue gives nothing, as before
        "en",
        "Prices rose sharply — far faster than wages — said the report.",
        [],
    ),
    (  # en: "<Name>, a <Place> Republican who …": the apposition names nobody
        "en",
        "“He is ready,” said Senator Carl Ostrander, a Montana Republican who has met the nominee twice.",
        [("Carl Ostrander", "direct", "He is ready")],
    ),
    (  # en: a middle initial and "Jr." do not push the first name out of the name
        "en",
        "“We will not wait,” said Vice President Joseph R. Halvorsen Jr.",
        [("Joseph R. Halvorsen Jr", "direct", "We will not wait")],
    ),
    (  # en: … nor a generational numeral
        "en",
        "Former Representative Thomas M. Ridley III said the district had changed.",
        [("Thomas M. Ridley III", "indirect", "the district had changed")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_111)
def test_rules_1_111(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
