"""Rules of rules-1.160 to rules-1.163: a body named before its description, surnames that are also body nouns,
given names of either sex, a secretary as a role, profession nouns as role heads (rules-1.163)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract import extract_records

RULES_1_160: list[tuple[str, str, list[Row]]] = [
    (  # en: the body's name, not its description, is the speaker
        "en",
        "Corvane Energy, the state power utility, said the outage would last until Friday.",
        [("Corvane Energy", "indirect", "the outage would last until Friday")],
    ),
    (
        "en",
        "Redmoor, the mining group, said output fell by 12%.",
        [("Redmoor", "indirect", "output fell by 12%")],
    ),
    (
        "en",
        "Pellam Bank, one of the largest lenders in the north, said profits fell.",
        [("Pellam Bank", "indirect", "profits fell")],
    ),
    (  # en: a common noun before a named body keeps the phrase, as before
        "en",
        "The union, the Harbour Pilots' Guild, said the strike would go ahead.",
        [("Harbour Pilots' Guild", "indirect", "the strike would go ahead")],
    ),
    (  # en: a description that ends with a name is no description, as before
        "en",
        "The regulator, the NTSA, said the rules would change.",
        [("NTSA", "indirect", "the rules would change")],
    ),
    (  # ru: a role noun before the named company keeps the whole phrase, as before
        "ru",
        "Владелец рынка, компания «Северный двор», заявил, что аренда не вырастет.",
        [("Владелец рынка, компания «Северный двор»", "indirect", "аренда не вырастет")],
    ),
    (  # en: rules-1.162: a secretary is a person's role
        "en",
        "The defence secretary said troops would stay until the spring.",
        [("The defence secretary", "indirect", "troops would stay until the spring")],
    ),
    (
        "en",
        "Home Secretary Priya Kaur visited Dover. The home secretary said the crossings had fallen.",
        [("Priya Kaur", "indirect", "the crossings had fallen")],
    ),
    (  # en: a title word is not the first of a name's last three words
        "en",
        "Secretary of Homeland Security Ekon Barfield said the attacks came from abroad.",
        [("Ekon Barfield", "indirect", "the attacks came from abroad")],
    ),
    (  # en: a secretariat stays a body
        "en",
        "The secretariat said the session would resume on Monday.",
        [("The secretariat", "indirect", "the session would resume on Monday")],
    ),
    (  # en: a known first name before an outlet's name that is also a surname: the person
        "en",
        "Kate Forbes told reporters that the budget was fair.",
        [("Kate Forbes", "indirect", "the budget was fair")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_160)
def test_rules_1_160(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Kate Forbes, the finance secretary, said the budget was fair.", "Kate Forbes", "person"),
        ("Michael Bloomberg said he would not run.", "Michael Bloomberg", "person"),
        ("Forbes reported that the deal was worth $2bn.", "Forbes", "organisation"),  # the outlet, as before
        (
            "Corvane Energy said on Monday that prices would rise.",
            "Corvane Energy",
            "organisation",
        ),  # trade word
        ("Kelly Forbes said talks had failed.", "Kelly Forbes", "person"),  # rules-1.161: either sex
        ("Mayor Drew Halvorsen said the bridge would reopen.", "Drew Halvorsen", "person"),
        (
            "Jordan's foreign ministry said the talks would resume.",
            "Jordan's foreign ministry",
            "organisation",
        ),
        (
            "Energy Minister Olha Dovzhenko said the grid was stable.",
            "Olha Dovzhenko",
            "person",
        ),  # a title, as before
        (
            "Marine Accident Investigation Branch said it had opened an inquiry.",
            "Marine Accident Investigation Branch",
            "organisation",
        ),
    ],
)
def test_surname_body_words_typed(text: str, speaker: str, kind: str) -> None:
    (rec,) = extract_records([{"id": "a", "text": text, "language": "en", "title": ""}])
    assert (rec["speaker"], rec["speaker_type"]) == (speaker, kind)


def test_body_with_description_has_its_bare_name_id() -> None:
    arts = [
        {
            "id": "a",
            "text": "Corvane Energy, the state power utility, said the outage would end.",
            "language": "en",
        },
        {"id": "b", "text": "Corvane Energy said on Monday that prices would rise.", "language": "en"},
    ]
    recs = list(extract_records([{**a, "title": ""} for a in arts]))
    assert len(recs) == 2 and recs[0]["speaker_id"] == recs[1]["speaker_id"]
    assert recs[0]["speaker_id"].startswith("O-")


# rules-1.163: profession nouns head an unnamed speaker; those that are also surnames only in lower case
PROFESSIONS = [
    "virologist",
    "epidemiologist",
    "physician",
    "actress",
    "statistician",
    "treasurer",
    "king",
    "baker",
]


@pytest.mark.parametrize("noun", PROFESSIONS)
def test_profession_heads_an_unnamed_speaker(noun: str) -> None:
    assert _run(f"The {noun} said the results were clear.", "en") == [
        (f"The {noun}", "indirect", "the results were clear")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # surnames that are also professions stay names
        ("Larry King said the show would end. Mr. King added that he was tired.", "Larry King"),
        (
            "Brian Baker told reporters that the ads would run. Baker said the money was raised.",
            "Brian Baker",
        ),
        ("Rep. Peter T. King said the vote was close.", "Peter T. King"),
    ],
)
def test_surnames_that_are_professions_stay_names(text: str, speaker: str) -> None:
    assert {row[0] for row in _run(text, "en")} == {speaker}
