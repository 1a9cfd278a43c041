"""Rules of rules-1.156, found with holdout batch CC (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_156: list[tuple[str, str, list[Row]]] = [
    (  # de: "Den Angaben des X zufolge": the source is the genitive, not "Den Angaben"
        "de",
        "Den Angaben des Umweltamts zufolge ist der Fluss wieder sauber.",
        [("Umweltamt", "indirect", "ist der Fluss wieder sauber")],
    ),
    (
        "de",
        "Den Angaben der Feuerwehr zufolge wurde niemand verletzt.",
        [("Feuerwehr", "indirect", "wurde niemand verletzt")],
    ),
    (  # de: without a genitive the frame stays anonymous, as before
        "de",
        "Den Angaben zufolge wurde niemand verletzt.",
        [("Den Angaben", "indirect", "wurde niemand verletzt")],
    ),
    (  # de: "hieß es aus dem Unternehmen" does not refer back to a ministry named before
        "de",
        "Das Verkehrsministerium prüft den Fall. Wann die Reparatur beginne, sei offen, hieß es aus dem Unternehmen.",
        [("Unternehmen", "indirect", "Wann die Reparatur beginne, sei offen")],
    ),
    (  # de: but refers back to a firm named before, as before
        "de",
        "Die Deutsche Bahn prüft den Fall. Wann die Reparatur beginne, sei offen, hieß es aus dem Konzern.",
        [("Deutsche Bahn", "indirect", "Wann die Reparatur beginne, sei offen")],
    ),
    (  # de: a public body's own word refers back to it, as before
        "de",
        "Das Landratsamt prüft den Fall. Der Bescheid sei korrekt, hieß es aus der Behörde.",
        [("Landratsamt", "indirect", "Der Bescheid sei korrekt")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_156)
def test_rules_1_156(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
