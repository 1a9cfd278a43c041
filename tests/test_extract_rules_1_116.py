"""Rules of rules-1.116, found on BASIL's dev half: a long occasion after an inverted cue ("…,” Ms. Rice said in an
interview on the PBS television program “Charlie Rose.”), and a second statement after a dash and a pronoun."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_116: list[tuple[str, str, list[Row]]] = [
    (  # a mixed quote with its cue after it and a long "in an interview on …" occasion
        "en",
        "The new tariff has “hurt every family in the district,” Ms. Okafor said in an interview on the regional "
        "television program “Valley Tonight.”",
        [("Okafor", "indirect", "The new tariff has “hurt every family in the district")],
    ),
    (  # guard: a long tail that is no occasion still ends no attribution
        "en",
        "The new tariff has “hurt every family,” Ms. Okafor said on a visit to the market hall in the old town "
        "centre with the regional mayor.",
        [],
    ),
    (  # "… – he also claimed …": a second statement of the same speaker after a dash
        "en",
        "Tom Brandt spoke on Monday. He said the deficit is dragging down growth – he also claimed the budget "
        "would “end the program as we know it.”",
        [
            ("Tom Brandt", "indirect", "the deficit is dragging down growth"),
            ("Tom Brandt", "indirect", "the budget would “end the program as we know it.”"),
        ],
    ),
    (  # guard: a dash aside inside the clause is no second statement
        "en",
        "Tom Brandt spoke on Monday. He said borrowing – which he called reckless – is dragging down growth.",
        [("Tom Brandt", "indirect", "borrowing – which he called reckless – is dragging down growth")],
    ),
    (  # a short prepositional phrase before a noun that looks like a cue is no subject
        "en",
        "Alongside union calls for a strike, even a senior Labour official said the offer was too low.",
        [("a senior Labour official", "indirect", "the offer was too low")],
    ),
    (  # "even" before a subject is no part of it
        "en",
        "Even his closest allies say the campaign is running out of money.",
        [("his closest allies", "indirect", "the campaign is running out of money")],
    ),
    (  # "Ft." and "Mt." do not end a sentence
        "en",
        "Maria Ortiz, who runs a shelter in Ft. Lauderdale, said the beds were full.",
        [("Maria Ortiz", "indirect", "the beds were full")],
    ),
    (  # an apposition "a former speechwriter for <Name>" after a title and a surname
        "en",
        "“It was a mistake,” said Mr. Haldane, a former speechwriter for Joseph R. Halvorsen.",
        [("Haldane", "direct", "It was a mistake")],
    ),
    (  # de: "X hatte den Standpunkt vertreten, …" / "vertrat den Standpunkt, …": X's view (rules-1.111's nouns)
        "de",
        "Die Gemeinde hatte den Standpunkt vertreten, der Bauantrag sei unvollständig.",
        [("Gemeinde", "indirect", "der Bauantrag sei unvollständig")],
    ),
    (  # de: "Nach einer Hochrechnung des X …" is X's, like "Nach einer Umfrage des X"
        "de",
        "Nach einer Hochrechnung des Senders liegt die Partei bei 31 Prozent.",
        [("Sender", "indirect", "liegt die Partei bei 31 Prozent")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_116)
def test_rules_1_116(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
