"""Rules of rules-1.44, found with holdout batch AP (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_44: list[tuple[str, str, list[Row]]] = [
    (  # de: Konjunktiv I of a verb whose stem ends in -t ("koste") continues the speaker before
        "de",
        "„Wir sind zufrieden“, sagte Bürgermeister Jan Wolter am Montag. Der Umbau koste die Stadt "
        "rund zwölf Millionen Euro. Man habe lange gerechnet.",
        [
            ("Jan Wolter", "direct", "Wir sind zufrieden"),
            ("Jan Wolter", "indirect", "Der Umbau koste die Stadt rund zwölf Millionen Euro"),
            ("Jan Wolter", "indirect", "Man habe lange gerechnet"),
        ],
    ),
    (  # de: "verpflichte", "belaste" likewise
        "de",
        "Landrätin Eva Brenner sagte, das Urteil sei eindeutig. Es verpflichte den Kreis zu neuen Verträgen.",
        [
            ("Eva Brenner", "indirect", "das Urteil sei eindeutig"),
            ("Eva Brenner", "indirect", "Es verpflichte den Kreis zu neuen Verträgen"),
        ],
    ),
    (  # de: a mountain or water rescue service ("…wacht") is a body
        "de",
        "Zwei Kletterer wurden gerettet. Nach Angaben der Wasserwacht waren zwölf Helfer im Einsatz.",
        [("Wasserwacht", "indirect", "waren zwölf Helfer im Einsatz")],
    ),
    (  # de: a publisher ("Verlag") is a body
        "de",
        "Das Blatt erscheint zum letzten Mal. Nach Angaben des Verlags verlieren 20 Menschen ihre Arbeit.",
        [("Verlag", "indirect", "verlieren 20 Menschen ihre Arbeit")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_44)
def test_rules_1_44(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
