"""Rules of rules-1.206, found by reading the statements of the real feed snapshots: bodies named by a head noun
the lexicon lacked, and coordinated bodies (other sentences than the feeds')."""

from __future__ import annotations

import pytest

from ingest.extract import extract_records

# (language, text, [(speaker, speaker type)])
KINDS_1_206: list[tuple[str, str, list[tuple[str, str]]]] = [
    (  # a body named by a head noun: a laboratory, a front, a governorate, a movement, an assembly
        "en",
        "Prices rose by 4 % last year, according to the Harlow Pricing Lab.",
        [("Harlow Pricing Lab", "organisation")],
    ),
    (
        "en",
        "The Western Sahel Liberation Front said in a statement that talks had failed.",
        [("Western Sahel Liberation Front", "organisation")],
    ),
    (
        "en",
        "The Nablus Governorate said the road would reopen on Monday.",
        [("Nablus Governorate", "organisation")],
    ),
    (
        "en",
        "The Green Valley Movement said the vote had been rigged.",
        [("Green Valley Movement", "organisation")],
    ),
    (  # coordinated countries speak together, not as a person named by the last of them
        "en",
        "A joint statement from Norway, Denmark, and the Netherlands said the sanctions would stay in place.",
        [("Norway, Denmark, and the Netherlands", "organisation")],
    ),
    (
        "en",
        "Poland and Lithuania said the border would stay closed.",
        [("Poland and Lithuania", "organisation")],
    ),
    (
        "de",
        "Frankreich und Deutschland erklärten, die Hilfe werde fortgesetzt.",
        [("Frankreich und Deutschland", "organisation")],
    ),
    (
        "ru",
        "Польша и Литва заявили, что граница останется закрытой.",
        [("Польша и Литва", "organisation")],
    ),
    # rules-1.207: a movement known by one word, a brand in camel case, a people by its plural demonym
    (
        "en",
        "Hezbollah said in a statement that the strike had killed two of its fighters.",
        [("Hezbollah", "organisation")],
    ),
    (
        "en",
        "Rates will keep falling this spring, according to PriceBeacon.",
        [("PriceBeacon", "organisation")],
    ),
    (
        "en",
        "Many Hungarians say the new tax is unfair.",
        [("Many Hungarians", "group")],
    ),
    (  # guards: surnames with a capital inside stay people
        "en",
        "McAllister said the bridge would reopen in June.",
        [("McAllister", "person")],
    ),
    (
        "en",
        "DeLuca told reporters the deal was done.",
        [("DeLuca", "person")],
    ),
    (  # guards: two people stay people, a person stays a person
        "en",
        "Sarah Connolly and Mark Fenwick said the plan would fail.",
        [("Mark Fenwick", "person")],
    ),
    (
        "en",
        "Maria Lindgren said the lab would close in May.",
        [("Maria Lindgren", "person")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), KINDS_1_206)
def test_kinds_1_206(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    recs = list(extract_records([{"id": "r1", "language": lang, "title": "", "text": text}]))
    assert [(r["speaker"], r["speaker_type"]) for r in recs] == expected
