"""Rules of rules-1.16, found with holdout batch U (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_16: list[tuple[str, str, list[Row]]] = [
    (  # 'Das hat X mitgeteilt.' (de): the perfect points back to the sentence before, as 'Das teilte X mit.'
        "de",
        "Die Stadtbibliothek bleibt im August drei Wochen geschlossen. Das hat die Stadtverwaltung am Freitag "
        "bekanntgegeben.",
        [("Stadtverwaltung", "indirect", "Die Stadtbibliothek bleibt im August drei Wochen geschlossen")],
    ),
    (  # … and a subjunctive sentence after it goes on with the same speaker
        "de",
        "Der Wochenmarkt zieht auf den Domplatz um. Das hat der Veranstalter mitgeteilt. Grund seien die "
        "Bauarbeiten am Rathaus.",
        [
            ("der Veranstalter", "indirect", "Der Wochenmarkt zieht auf den Domplatz um"),
            ("der Veranstalter", "indirect", "Grund seien die Bauarbeiten am Rathaus"),
        ],
    ),
    (  # Konjunktiv I at the end of a subordinate clause ('wer … verlange, …') continues a statement (de)
        "de",
        "Die Mieten seien zu hoch, sagte Verbandschef Peter Kranz. Viele Familien zahlten schon jetzt die "
        "Hälfte ihres Einkommens; wer dort weiter erhöhe, vertreibe sie aus der Stadt.",
        [
            ("Peter Kranz", "indirect", "Die Mieten seien zu hoch"),
            (
                "Peter Kranz",
                "indirect",
                "Viele Familien zahlten schon jetzt die Hälfte ihres Einkommens; wer dort weiter erhöhe, "
                "vertreibe sie aus der Stadt",
            ),
        ],
    ),
    (  # 'sowie' is no verb in -e: a sentence with it is no subjunctive continuation (de)
        "de",
        "Die Kosten seien gestiegen, sagte Kämmerin Ute Lang. Der Kreis plant neue Radwege sowie zwei Brücken.",
        [("Ute Lang", "indirect", "Die Kosten seien gestiegen")],
    ),
    (  # a surname in -lein is no diminutive noun (de)
        "de",
        "„Wir geben nicht auf“, sagte Vereinschefin Marion Häberlein.",
        [("Marion Häberlein", "direct", "Wir geben nicht auf")],
    ),
    (  # an adverb first in the clause: the speaker follows the cue (de)
        "de",
        "Der Rat stimmte zu. Danach erklärte Landrätin Eva Stolz: „Das ist ein guter Tag für den Kreis.“",
        [("Eva Stolz", "direct", "Das ist ein guter Tag für den Kreis.")],
    ),
    (  # an adverb between the speaker and the colon (de)
        "de",
        "Trainer Jan Kober wirkte müde. Auf die Frage nach dem Abstieg antwortete der Trainer ruhig: „Wir haben "
        "noch sechs Spiele.“",
        [("Jan Kober", "direct", "Wir haben noch sechs Spiele.")],
    ),
    (  # '…, it said in a statement on Monday, but …' (en): an adjunct before the coordinated clause
        "en",
        "The Harbour Trust said it would sell the old pier. The new hall will open later than planned, it said "
        "in a statement on Monday, but ticket sales will start in May.",
        [
            ("Harbour Trust", "indirect", "it would sell the old pier"),
            ("Harbour Trust", "indirect", "The new hall will open later than planned"),
        ],
    ),
    (  # 'was quoted in <a long adjunct> as saying' (en)
        "en",
        "The club's former coach, Neil Barker, was quoted in an interview with a local newspaper last spring as "
        "saying the pitch had been unsafe for years.",
        [("Neil Barker", "indirect", "the pitch had been unsafe for years")],
    ),
    (  # 'told jurors …' / 'told the court the …' without 'that' (en)
        "en",
        "Detective Sergeant Amy Cole told jurors the car had been found burnt out. A witness, Paul Reid, told the "
        "court the driver had been wearing a mask.",
        [
            ("Amy Cole", "indirect", "the car had been found burnt out"),
            ("Paul Reid", "indirect", "the driver had been wearing a mask"),
        ],
    ),
    (  # an adjective in the genitive before an acronym in a frame (ru, uk)
        "ru",
        "По данным областного МВД, за неделю в регионе задержали 14 водителей без прав.",
        [("МВД", "indirect", "за неделю в регионе задержали 14 водителей без прав")],
    ),
    (
        "uk",
        "За даними обласної ДСНС, вогонь пошкодив два склади.",
        [("ДСНС", "indirect", "вогонь пошкодив два склади")],
    ),
    (  # a street named after a person is no speaker (ru)
        "ru",
        "Жильцы дома на улице Чапаева, где с весны не работает лифт, говорят, что отопление до сих пор не "
        "включили.",
        [("Жильцы", "indirect", "отопление до сих пор не включили")],
    ),
    (  # a role 'по області' / 'по краю' and then the name (uk, ru)
        "uk",
        "«Усі дороги розчищені», — заявив начальник управління ДСНС по області Олег Зимін.",
        [("Олег Зимін", "direct", "Усі дороги розчищені")],
    ),
    (
        "ru",
        "«Все дороги расчищены», — заявил начальник управления МЧС по краю Олег Зимин.",
        [("Олег Зимин", "direct", "Все дороги расчищены")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_16)
def test_rules_1_16(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
