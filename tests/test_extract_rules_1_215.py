"""Rules of rules-1.215 to rules-1.218, rules-1.222 and rules-1.223, found by reading the real feeds' statements (other sentences than the feeds')."""

from __future__ import annotations

import pytest

from ingest.extract import extract_records

# (language, text, [(speaker, speaker type, quote)])
RULES_1_215: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    (  # a firm named with an ampersand is one organisation, after the cue or before it
        "en",
        "“Fees will rise in May,” said B&Q.",
        [("B&Q", "organisation", "Fees will rise in May")],
    ),
    (
        "en",
        "Holland & Barrett said the shops would reopen on Monday.",
        [("Holland & Barrett", "organisation", "the shops would reopen on Monday")],
    ),
    (  # guard: a person named after the firm's role stays the person
        "en",
        "“We will sell,” said Black & Decker chief Anna Lowe.",
        [("Anna Lowe", "person", "We will sell")],
    ),
    (  # a subject that names nobody says nothing
        "en",
        "No minister said the budget would be cut.",
        [],
    ),
    (
        "en",
        "Not a single guard stepped forward and said, “Stop.”",
        [],
    ),
    (
        "de",
        "Keiner der Minister sagte, der Haushalt werde gekürzt.",
        [],
    ),
    (  # rules-1.216: "said an official" (English "an" is no German preposition that ends the phrase)
        "en",
        "The pier will stay closed until June, said an inspector.",
        [("an inspector", "person", "The pier will stay closed until June")],
    ),
    (
        "en",
        "The levy is unfair, said the head of an association of growers.",
        [("the head of an association of growers", "person", "The levy is unfair")],
    ),
    (  # rules-1.217: after "said", a preposition after the speaker is the speaker's own
        "en",
        "The pier will stay closed until June, said an adviser to the harbour master.",
        [("an adviser", "person", "The pier will stay closed until June")],
    ),
    (  # guard: after other cues it is still an object ("urged the council to act" attributes nothing)
        "en",
        "The pier will stay closed until June, urged the council to act.",
        [],
    ),
    (  # rules-1.218: "one of the officials" after a Slavic cue
        "ru",
        "Паром отменят до весны, сказал один из капитанов.",
        [("один из капитанов", "person", "Паром отменят до весны")],
    ),
    (
        "uk",
        "Пором скасують до весни, повідомила одна з мешканок.",
        [("одна з мешканок", "person", "Пором скасують до весни")],
    ),
    (  # guard: an object after the cue is still no speaker
        "ru",
        "Компания, объясняет дефицит задержкой поставок из Индии.",
        [],
    ),
    (  # rules-1.222: "X, a Democrat," is X (a "-crat" is no German council, "-rat")
        "en",
        "Okafor, a Democrat, said the levy would pass.",
        [("Okafor", "person", "the levy would pass")],
    ),
    (  # rules-1.223: "X, the <place> Republican," is X
        "en",
        "Halvorsen, the Minnesota Democrat, said the levy would pass.",
        [("Halvorsen", "person", "the levy would pass")],
    ),
    (  # guard: a German council compound is still a body
        "de",
        "Der Aufsichtsrat teilte mit, der Vertrag werde verlängert.",
        [("Der Aufsichtsrat", "organisation", "der Vertrag werde verlängert")],
    ),
    (  # guard: German "an" still ends the phrase ("an die Adresse …" is no part of the speaker)
        "de",
        "„Es reicht“, sagte Lorenz an die Adresse der Opposition.",
        [("Lorenz", "person", "Es reicht")],
    ),
    (  # guards: "No wonder X said" and names beginning with "No" keep their speaker
        "en",
        "No wonder Harlan said, “We will win.”",
        [("Harlan", "person", "We will win.")],
    ),
    (
        "en",
        "Nora Lind said the budget would be cut.",
        [("Nora Lind", "person", "the budget would be cut")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_215)
def test_rules_1_215(lang: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    recs = list(extract_records([{"id": "r1", "language": lang, "title": "", "text": text}]))
    assert [(r["speaker"], r["speaker_type"], r["quote"]) for r in recs] == expected
