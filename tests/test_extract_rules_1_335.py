"""The rules found with blind batch EL (rules-1.335): English wire stories of the dev set's kind (refugee
protection, a forged-certificate scheme, exhumations, fighter jets, freed prisoners, a prosthetics workshop,
locked shelters, a gas shortage, currency rules, a citizenship bill, satellite terminals, a surgeon's interview,
a song contest row, a football match under alerts, an ammunition scheme, pensions by armoured van, forged
banknotes, renamed streets, a weather report, a timetable). Other sentences than the batch's; the guards keep
what each rule must not do.

* ``coordination.no_complement`` (``_ADD_TO_RE``): "added <noun phrase> to <the/its/a name>" puts something on a
  list; it is no reported clause ("UNESCO, which added the town to its list, …").
* ``according.body_name_apposition``: "According to the country's grid operator, Ukrenergo, …": a body's one-word
  name in apposition after a body noun is part of the source, not of the statement.
* ``lexicon.ROLE_CLASSES``: an envoy is a role class of its own, so "…, the government's special envoy said." is
  the person whose full name opens the next paragraph.
"""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row, linked_records
from extract_rule_helpers import run_rules as _run

RULES_1_335: list[tuple[str, str, list[Row]]] = [
    (  # "add … to a list": no speech
        "en",
        "The agency, which added the harbour to its list of endangered sites last year, did not comment.",
        [],
    ),
    (
        "en",
        "The regulator added a third lender to the list of systemic banks on Friday.",
        [],
    ),
    (  # guard: "added that" stays speech
        "en",
        "The agency, which added that the harbour was at risk, did not comment.",
        [("The agency", "indirect", "the harbour was at risk, did not comment")],
    ),
    (  # guard: a that-less clause with a verb before "to" stays speech
        "en",
        "The mayor added the money would go to the schools.",
        [("The mayor", "indirect", "the money would go to the schools")],
    ),
    (
        "en",
        "The mayor added the city belongs to the European family.",
        [("The mayor", "indirect", "the city belongs to the European family")],
    ),
    (
        "en",
        "The mayor added the team wanted to return to the stadium next year.",
        [("The mayor", "indirect", "the team wanted to return to the stadium next year")],
    ),
    (  # a body's one-word name in apposition after the source
        "en",
        "According to the country’s grid operator, Ukrenergo, the network is stable.",
        [("Ukrenergo", "indirect", "the network is stable")],
    ),
    (
        "en",
        "According to the statistics office, Rosstat, inflation slowed to 6% in October.",
        [("Rosstat", "indirect", "inflation slowed to 6% in October")],
    ),
    (  # guard: a country after the source is the clause's subject
        "en",
        "According to the ministry, Georgia, like its neighbours, has cut imports.",
        [("the ministry", "indirect", "Georgia, like its neighbours, has cut imports")],
    ),
    (  # guard: a place with its relative clause
        "en",
        "According to the agency, Kherson, which was shelled overnight, has no power.",
        [("the agency", "indirect", "Kherson, which was shelled overnight, has no power")],
    ),
    (  # guard: a person's role noun keeps the name in the clause as before
        "en",
        "According to the agency, Brussels, Paris and Berlin agreed.",
        [("the agency", "indirect", "Brussels, Paris and Berlin agreed")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_335)
def test_rules_1_335(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


ENVOY_CASES: list[tuple[str, bool]] = [
    (  # an envoy in the lead, named in full at the start of the next paragraph: one person
        "The fund has raised 3 million euros, the government’s special envoy for the scheme said on Tuesday.\n"
        "Marek Dvorak told public radio that the fund would continue next year.",
        True,
    ),
    (
        "Talks will resume in Geneva next week, the UN envoy said on Friday.\n"
        "Helena Sorensen told reporters that both sides had agreed to the date.",
        True,
    ),
    (  # guard: the person named next has a role of another class
        "Talks will resume in Geneva next week, the UN envoy said on Friday.\n"
        "Foreign Minister Helena Sorensen told reporters that both sides had agreed to the date.",
        False,
    ),
]


@pytest.mark.parametrize(("text", "same"), ENVOY_CASES)
def test_envoy_named_next(text: str, same: bool) -> None:
    recs = linked_records(text, "en")
    assert len(recs) == 2
    assert (recs[0]["speaker_id"] == recs[1]["speaker_id"]) is same
