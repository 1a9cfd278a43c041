"""Rules of rules-1.175, found with holdout batch CJ (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_175: list[tuple[str, str, list[Row]]] = [
    (  # en: a home address after a comma is where the speaker lives, not a name
        "en",
        "Cafe owner Priya Shah, 52, of Market Street, said trade had fallen by half since the bridge closed.",
        [("Priya Shah", "indirect", "trade had fallen by half since the bridge closed")],
    ),
    (
        "en",
        "Retired nurse Ann Webb, of Orchard Close, told the meeting that the surgery was always full.",
        [("Ann Webb", "indirect", "the surgery was always full")],
    ),
    (  # an address with its town, after an inverted cue: as before
        "en",
        '"We never got a reply from the council," said Tom Hale, 63, from Station Road in Crewe.',
        [("Tom Hale", "direct", "We never got a reply from the council")],
    ),
    (  # not a firm whose name holds a street, not a town: as before
        "en",
        "John Hart, head of Baker Street Partners, said sales rose.",
        [("John Hart", "indirect", "sales rose")],
    ),
    (
        "en",
        "Mary Doyle, 70, of Leeds, said the queue had lasted three hours.",
        [("Mary Doyle", "indirect", "the queue had lasted three hours")],
    ),
    (  # en: "the force" is the police force quoted before by its name
        "en",
        "Two cars were stolen overnight in Ashford, Kent Police said. A 19-year-old man was later arrested, "
        "the force said.",
        [
            ("Kent Police", "indirect", "Two cars were stolen overnight in Ashford"),
            ("Kent Police", "indirect", "A 19-year-old man was later arrested"),
        ],
    ),
    (  # not "the air force"; and with no police quoted before, "the force" keeps its own speaker
        "en",
        "Two cars were stolen overnight in Ashford, Kent Police said. Two jets were scrambled over the coast, "
        "the air force said.",
        [
            ("Kent Police", "indirect", "Two cars were stolen overnight in Ashford"),
            ("the air force", "indirect", "Two jets were scrambled over the coast"),
        ],
    ),
    (
        "en",
        "A 19-year-old man was later arrested, the force said.",
        [("the force", "indirect", "A 19-year-old man was later arrested")],
    ),
    (  # de: a role in the sentence before with its holder named right after it is that person
        "de",
        "SPD-Fraktionschef Karl Menz sagte, der Plan sei zu teuer.\nEs sei ein guter Anfang, so der Vorsitzende "
        "des Kreisverbands, Jan Rott. Er verlangte, auch die Brücke zu sanieren.",
        [
            ("Karl Menz", "indirect", "der Plan sei zu teuer"),
            ("Jan Rott", "indirect", "Es sei ein guter Anfang"),
            ("Jan Rott", "indirect", "auch die Brücke zu sanieren"),
        ],
    ),
    (  # de: a cue's subject cut before its name ("von Bad Saulgau in Oberschwaben, …"): the person named after it
        "de",
        "Der Landrat des Kreises Biberach, Otto Kreuzer, rief zur Vorsicht auf. Man sei gewarnt, sagte der "
        "CDU-Politiker.\n„Wir haben die Keller geräumt“, sagte der Bürgermeister von Riedlingen an der Donau, Paul "
        "Stehle, dem SWR.",
        [
            ("Otto Kreuzer", "indirect", "Man sei gewarnt"),
            ("Paul Stehle", "direct", "Wir haben die Keller geräumt"),
        ],
    ),
    (  # a role with no name after it is still found by its class, as before
        "de",
        "Fraktionschef Karl Menz sagte, der Plan sei zu teuer. Dazu wollte sich der Vorsitzende am Abend nicht "
        "äußern. „Wir warten ab“, sagte er.",
        [("Karl Menz", "indirect", "der Plan sei zu teuer"), ("Karl Menz", "direct", "Wir warten ab")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_175)
def test_rules_1_175(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
