"""Rules of rules-1.457, found with blind batch GC (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_457: list[tuple[str, str, list[Row]]] = [
    (  # de: "nach Schätzungen des X" inside, ", sagte Dorn" closing: Dorn says it
        "de",
        "Der Verbandschef Klaus Dorn warnte vor Engpässen. Der Bedarf liege nach Schätzungen des Instituts "
        "bei 4.000 Stellen, sagte Dorn am Montag.",
        [("Klaus Dorn", "indirect", "Der Bedarf liege nach Schätzungen des Instituts bei 4.000 Stellen")],
    ),
    (  # de: "nach Angaben der Polizei" inside, ", sagte der Bürgermeister" closing
        "de",
        "Verletzt wurde nach Angaben der Polizei niemand, sagte der Bürgermeister.",
        [("der Bürgermeister", "indirect", "Verletzt wurde nach Angaben der Polizei niemand")],
    ),
    (  # de: a pronoun closing the sentence likewise
        "de",
        "Die Grünen-Politikerin Anna Berger kritisierte den Plan. Die Kosten lägen laut Rechnungshof deutlich "
        "höher, sagte sie.",
        [("Anna Berger", "indirect", "Die Kosten lägen laut Rechnungshof deutlich höher")],
    ),
    (  # left alone: no verb of saying closing the sentence, the frame's source speaks
        "de",
        "Die Ernte wird nach Einschätzung des Bauernverbands kleiner ausfallen als im Vorjahr.",
        [
            (
                "Bauernverband",
                "indirect",
                "Die Ernte wird nach Einschätzung des Bauernverbands kleiner ausfallen als im Vorjahr",
            )
        ],
    ),
    (  # left alone: a comma but no verb of saying after the frame
        "de",
        "Die Preise liegen laut Verband bei rund fünf Euro, zwei mehr als im Vorjahr.",
        [
            (
                "Verband",
                "indirect",
                "Die Preise liegen laut Verband bei rund fünf Euro, zwei mehr als im Vorjahr",
            )
        ],
    ),
    (  # de: a body named by its head noun, an adjective and a noun is no person "Liberale Moderne"
        "de",
        "„Wir sind bereit“, sagte das Zentrum Liberale Moderne in einer Mitteilung.",
        [("Zentrum Liberale Moderne", "direct", "Wir sind bereit")],
    ),
    (  # de: likewise a military command
        "de",
        "Rund 300 Soldaten sollen an der Übung teilnehmen, wie das Kommando Territoriale Aufgaben mitteilte.",
        [("Kommando Territoriale Aufgaben", "indirect", "Rund 300 Soldaten sollen an der Übung teilnehmen")],
    ),
    (  # left alone: a first name after the body's head (a body named after a person)
        "de",
        "Die Stiftung Marie Curie teilte mit, das Projekt sei beendet.",
        [("Marie Curie", "indirect", "das Projekt sei beendet")],
    ),
    (  # left alone: a role before a name, no article
        "de",
        "„Wir prüfen das“, sagte Behördenchef Karsten Vollrath.",
        [("Karsten Vollrath", "direct", "Wir prüfen das")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_457)
def test_rules_1_457(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
