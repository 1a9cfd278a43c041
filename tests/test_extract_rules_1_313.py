"""The rules found with blind batch EE (rules-1.313): English wire stories of the dev set's kind (ceasefire talks,
sanctions and gas prices, a NATO summit, a front-line feature, an intelligence briefing, a prisoner swap, drone
strikes, an arms package, a UN report, a corruption arrest, a grain deal, a nuclear plant). Other sentences than
the batch's; the guards keep what each rule must not do.

* ``quoted_en``: "…, the deputy prime minister was quoted as saying (by the RIA news agency).": the complement is
  what comes before the comma; before, nothing was found.
* ``adjuncts.place_then_where`` and ``final``: "…, X told a news conference at the fortress, where …": a place and
  its relative clause after the cue are no complement; the statement is what comes before.
* ``plausible._bare_name_ok``: "Halyna, 61, whose son was captured in 2023, said …": the auxiliary of a relative
  clause after a one-word name is no clause of the subject.
* ``rolehead.INDEFINITE_ROLE_RE``: "said the second diplomat", "the other official": someone not quoted before.
* ``lexicon.PERSON_NOUNS_LIST``: "agent", "broker", "dealer" ("“…,” the agent said").
* ``antecedents._body_opening_before``: "The Russian embassy rejected the report. In a statement, it said …": the
  body opening the sentence before, when no body was quoted since (not "The company …": a body named before).
* ``mentions_aged``: "Serhiy, a 34-year-old former driver, …" is a mention, so "he says" finds him.
* ``resolve_pronouns.possessive_gender``: "the unit's medic, who gave her name as Iryna" is no "he".
* ``resolve_hints._possessive_opener``: "Serhiy's shift ends at 2 a.m. He says …": the person in the possessive;
  not "Putin's spokesman said … He …" (a person noun).
* ``link_offices.COUNTRIES``: more countries, so that a Swiss spokeswoman is not Russia's across the batch.
"""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract import extract_records
from ingest.extract.link_offices import office_of

RULES_1_313: list[tuple[str, str, list[Row]]] = [
    (  # sentence-final "was quoted as saying", with and without the outlet
        "en",
        "Moscow would find other buyers for its oil, the deputy prime minister was quoted as saying by the TASS "
        "news agency.",
        [("the deputy prime minister", "indirect", "Moscow would find other buyers for its oil")],
    ),
    (
        "en",
        "The strike had hit an empty warehouse, Kravchenko was quoted by local media as saying.",
        [("Kravchenko", "indirect", "The strike had hit an empty warehouse")],
    ),
    (  # unchanged: the complement after "as saying that"
        "en",
        "The mayor was quoted as saying that the bridge would reopen in May.",
        [("The mayor", "indirect", "the bridge would reopen in May")],
    ),
    (  # a place and ", where …" after the listener
        "en",
        "The first battery will arrive in March, Lindqvist told a news conference at the naval base, where "
        "the crews are trained.",
        [("Lindqvist", "indirect", "The first battery will arrive in March")],
    ),
    (
        "en",
        "Prices will keep rising, the governor said in Lviv, where protests have grown.",
        [("the governor", "indirect", "Prices will keep rising")],
    ),
    (  # unchanged: a place before "that"
        "en",
        "The minister said in Kyiv that the plant would reopen.",
        [("The minister", "indirect", "the plant would reopen")],
    ),
    (  # a relative clause with an auxiliary after a one-word name
        "en",
        "Olena, 58, whose husband was killed in 2024, said she had not heard from the army in months.",
        [("Olena", "indirect", "she had not heard from the army in months")],
    ),
    (  # an ordinal: someone new, not the spokeswoman before
        "en",
        'A spokeswoman, Ines Varga, said the hosts had met both sides. "Nobody trusts the other side," said '
        "the second diplomat.",
        [("the second diplomat", "direct", "Nobody trusts the other side")],
    ),
    (  # unchanged: the definite role takes up the one before
        "en",
        'A senior official said the talks had failed. "We are done," the official said.',
        [("A senior official", "direct", "We are done")],
    ),
    (  # agent, broker, dealer
        "en",
        '"If the canal is dredged, the queue disappears," the agent said.',
        [("the agent", "direct", "If the canal is dredged, the queue disappears")],
    ),
    (
        "en",
        "A grain broker in Odesa said prices would fall.",
        [("A grain broker in Odesa", "indirect", "prices would fall")],
    ),
    (  # "it" after a body opening the sentence before
        "en",
        "The monitoring mission said 19 people had died. The Russian embassy rejected the report. In a "
        "statement, it said the monitors had ignored evidence.",
        [("Russian embassy", "indirect", "the monitors had ignored evidence")],
    ),
    (  # unchanged: the body quoted in the sentence before
        "en",
        "The Russian embassy rejected the report. The ministry said 19 people had died. It added that more "
        "had been hurt.",
        [("The ministry", "indirect", "more had been hurt")],
    ),
    (  # a first name with "a N-year-old" is a mention
        "en",
        "The dugout is dark.\nAndriy, a 41-year-old former miner who now flies drones, has not slept for two "
        'days.\n"Anything that moves is a target," he says.',
        [("Andriy", "direct", "Anything that moves is a target")],
    ),
    (  # a possessive name opening the sentence before "He"
        "en",
        'Major Oleh Tkachuk says the line is holding. "We are short of men," Tkachuk says. Andriy, 41, flies '
        "drones. Andriy's shift ends at 2 a.m. He says he will sleep for six hours.",
        [("Andriy", "indirect", "he will sleep for six hours")],
    ),
]

# statements that must not be found
NONE_1_313: list[tuple[str, str]] = [
    ("en", "He left the room, and the minister was quoted as saying."),
    ("en", "Prices, which were rising, said nothing."),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_313)
def test_rules_1_313(lang: str, text: str, expected: list[Row]) -> None:
    got = _run(text, lang)
    for row in expected:
        assert row in got, (row, got)


@pytest.mark.parametrize(("lang", "text"), NONE_1_313)
def test_rules_1_313_none(lang: str, text: str) -> None:
    assert _run(text, lang) == []


def test_possessive_gender_keeps_he_from_her() -> None:
    text = (
        "Mykola Brand, 52, drives the evacuation van. The unit's medic, who gave her name as Iryna, says "
        "evacuation is the hardest part. He says he will stay until spring."
    )
    got = _run(text, "en")
    assert ("Mykola Brand", "indirect", "he will stay until spring") in got, got


def test_possessive_person_noun_is_not_the_owner() -> None:
    text = (
        "Vladimir Putin met the envoy on Friday. Putin's spokesman, Dmitry Peskov, said the talks were useful. "
        "He said a second meeting was possible."
    )
    got = _run(text, "en")
    assert ("Dmitry Peskov", "indirect", "a second meeting was possible") in got, got


def test_offices_of_more_countries() -> None:
    assert office_of("A Swiss foreign ministry spokeswoman") == "fmspokes|ch|"
    assert office_of("Russia's foreign ministry spokeswoman") == "fmspokes|ru|"
    arts = [
        {
            "id": "a1",
            "outlet": "t",
            "url": "https://t.example/a1",
            "published": "2026-11-27T09:00:00Z",
            "language": "en",
            "title": "",
            "text": "A Swiss foreign ministry spokeswoman, Corinne Matthey, said the hosts had met both sides.",
        },
        {
            "id": "a2",
            "outlet": "t",
            "url": "https://t.example/a2",
            "published": "2026-11-27T10:00:00Z",
            "language": "en",
            "title": "",
            "text": "Russia's foreign ministry spokeswoman said the summit had shown the alliance wanted war.",
        },
    ]
    recs = {str(r["article_id"]): str(r["speaker_id"]) for r in extract_records(arts)}
    assert recs["a1"] != recs["a2"], recs
