"""rules-1.351, found with blind batch ER (other sentences than the batch's): the weak past in "-elten" and after
an adverb that adds to what was said in a Konjunktiv chain, also before "…, hieß es."; no inverted attribution
after a German sentence's lead name ("Der Vorsitzende des X, Karl Huber, hat … gefordert."); and English firms
named by their trade ("The importer said …")."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_351: list[tuple[str, str, list[Row]]] = [
    (  # de: a coordinated subject and a weak past in "-elten" between two sentences of a chain
        "de",
        "Die Lage sei ernst, sagte der Landrat. Feuerwehr und Polizei ermittelten noch. "
        "Ein Anschlag sei nicht auszuschließen.",
        [
            ("der Landrat", "indirect", "Die Lage sei ernst"),
            ("der Landrat", "indirect", "Feuerwehr und Polizei ermittelten noch"),
            ("der Landrat", "indirect", "Ein Anschlag sei nicht auszuschließen"),
        ],
    ),
    (  # de: "-elten" after a d
        "de",
        "Die Umsätze seien gesunken, sagte die Sprecherin. Die Kunden handelten vorsichtiger. "
        "Viele Aufträge würden verschoben.",
        [
            ("die Sprecherin", "indirect", "Die Umsätze seien gesunken"),
            ("die Sprecherin", "indirect", "Die Kunden handelten vorsichtiger"),
            ("die Sprecherin", "indirect", "Viele Aufträge würden verschoben"),
        ],
    ),
    (  # de: left alone: "gelten" is a present tense, no weak past
        "de",
        "Die Lage sei ernst, sagte der Landrat. Die Regeln gelten seit Jahren. Ein Anschlag sei nicht auszuschließen.",
        [
            ("der Landrat", "indirect", "Die Lage sei ernst"),
            ("der Landrat", "indirect", "Ein Anschlag sei nicht auszuschließen"),
        ],
    ),
    (  # de: left alone: "-elten" followed by narration, not by the subjunctive
        "de",
        "Die Lage sei ernst, sagte der Landrat. Die Ermittler wechselten am Abend die Schicht.",
        [("der Landrat", "indirect", "Die Lage sei ernst")],
    ),
    (  # de: an adverb that adds to what was said, the weak past, its subject after it
        "de",
        "Der Umsatz sei gesunken, teilte die Firma mit. Zudem fehlten Ersatzteile aus China. Man prüfe Kurzarbeit.",
        [
            ("Firma", "indirect", "Der Umsatz sei gesunken"),
            ("Firma", "indirect", "Zudem fehlten Ersatzteile aus China"),
            ("Firma", "indirect", "Man prüfe Kurzarbeit"),
        ],
    ),
    (  # de: the next sentence an impersonal "…, hieß es in einer Mitteilung." of the same source
        "de",
        "Der Umsatz sei gesunken, teilte die Firma mit. Außerdem drückten Konkurrenten auf die Preise. "
        "Stellen sollten aber nicht gestrichen werden, hieß es in einer Mitteilung.",
        [
            ("Firma", "indirect", "Der Umsatz sei gesunken"),
            ("Firma", "indirect", "Außerdem drückten Konkurrenten auf die Preise"),
            ("Firma", "indirect", "Stellen sollten aber nicht gestrichen werden"),
        ],
    ),
    (  # de: left alone: a cue verb in the weak past reports a statement of its own (before, it joined the chain)
        "de",
        "Der Umsatz sei gesunken, teilte die Firma mit. Zudem meldeten die Behörden zwei Verletzte. "
        "Man prüfe Kurzarbeit.",
        [("Firma", "indirect", "Der Umsatz sei gesunken")],
    ),
    (  # de: left alone: narration after the adverb's sentence
        "de",
        "Der Umsatz sei gesunken, teilte die Firma mit. Zudem fehlten Ersatzteile. Die Aktie fiel um drei Prozent.",
        [("Firma", "indirect", "Der Umsatz sei gesunken")],
    ),
    (  # de: left alone: the next sentence is another speaker's statement
        "de",
        "Der Umsatz sei gesunken, teilte die Firma mit. Zudem fehlten Ersatzteile. "
        "Der Betriebsrat sagte, man werde klagen.",
        [
            ("Firma", "indirect", "Der Umsatz sei gesunken"),
            ("Der Betriebsrat", "indirect", "man werde klagen"),
        ],
    ),
    (  # de: a lead role with a name in apposition is the subject, no quote before an inverted "hat … gefordert"
        "de",
        "Der Vorsitzende des Bauernverbandes, Karl Huber, hat mehr Geld für Landwirte gefordert.",
        [],
    ),
    (
        "de",
        "Die Chefin der Tafel, Anna Berg, hatte zuvor mehr Spenden für Familien verlangt.",
        [],
    ),
    (  # de: left alone: an inverted attribution after a clause
        "de",
        "Die Stadt brauche mehr Geld für Landwirte, hat Karl Huber gefordert.",
        [("Karl Huber", "indirect", "Die Stadt brauche mehr Geld für Landwirte")],
    ),
    (  # en: firms named by their trade
        "en",
        "The importer said it had no knowledge of the shipment.",
        [("The importer", "indirect", "it had no knowledge of the shipment")],
    ),
    (
        "en",
        "A German wholesaler said orders had fallen by a third.",
        [("German wholesaler", "indirect", "orders had fallen by a third")],
    ),
    (
        "en",
        "The distributor said the film would open in March.",
        [("The distributor", "indirect", "the film would open in March")],
    ),
    (  # en: a person's trade stays a person
        "en",
        "The farmer said the harvest was poor.",
        [("The farmer", "indirect", "the harvest was poor")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_351)
def test_rules_1_351(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
