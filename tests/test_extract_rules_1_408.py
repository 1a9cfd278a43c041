"""rules-1.408 (blind batch FL): English wire copy. A "that" after a noun of an adjunct that follows the cue is
the noun's clause, not the cue's ("…, the governor said on Wednesday, after weeks of complaints that …"); a
medium after the cue's preposition is no inverted speaker ("…, the speaker, X, said on her Telegram channel.");
a person named in apposition after "whose" is the subject ("…, the council, whose secretary, X, told …")."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # an adjunct's noun with its own that-clause after the cue: the statement is the clause before the cue
        (
            "Residents whose homes were damaged will receive up to 1.5 million roubles each, the regional "
            "governor said on Wednesday, after weeks of complaints that payments were late.",
            [
                (
                    "the regional governor",
                    "indirect",
                    "Residents whose homes were damaged will receive up to 1.5 million roubles each",
                )
            ],
        ),
        ("The minister said on Monday amid fears that the grid could fail.", []),
        ("The mayor said on Friday, despite claims that the dam had cracked.", []),
        # left alone: a medium, an adjunct without a noun before "that", and a clause of the cue's own
        (
            "The minister said in a report that the grid could fail.",
            [("The minister", "indirect", "the grid could fail")],
        ),
        (
            "The minister said on Monday, after a meeting with unions, that the grid could fail.",
            [("The minister", "indirect", "the grid could fail")],
        ),
        (
            "The minister said the plan was dead after complaints that it was costly.",
            [("The minister", "indirect", "the plan was dead after complaints that it was costly")],
        ),
        # a medium after the cue's preposition: the speaker is the apposition before the cue
        (
            "The bill passed with 241 votes, parliament's first deputy speaker, Oksana Verbytska, said on her "
            "Telegram channel.",
            [("Oksana Verbytska", "indirect", "The bill passed with 241 votes")],
        ),
        (
            "The bill passed, the speaker, Oksana Verbytska, said in a post on the party's website.",
            [("Oksana Verbytska", "indirect", "The bill passed")],
        ),
        ("The bill passed with 241 votes, said on her Telegram channel.", []),
        # left alone: a channel named as the speaker, with no preposition before it
        ("The bill passed, said the channel.", [("the channel", "indirect", "The bill passed")]),
        # a person in apposition after "whose": the subject
        (
            "The sanctions were drafted by the security council, whose secretary, Oleh Marchuk, told a briefing "
            "that 19 of the companies still bought equipment.",
            [("Oleh Marchuk", "indirect", "19 of the companies still bought equipment")],
        ),
        (
            "The plan came from the council, whose secretary Oleh Marchuk said the list was ready.",
            [("Oleh Marchuk", "indirect", "the list was ready")],
        ),
        (
            "The firm, whose chief executive, Anna Berg, said the plan would work.",
            [("Anna Berg", "indirect", "the plan would work")],
        ),
        # left alone: a role alone after "whose", and a clause of the relative's own (the name before speaks)
        ("The plan was drafted by the council, whose head said that 19 companies still bought parts.", []),
        (
            "Resident Gareth Lloyd, whose daughter spotted Tashi in an apple tree, said the family had thought "
            "it was a fox.",
            [("Gareth Lloyd", "indirect", "the family had thought it was a fox")],
        ),
        (
            "Goalkeeper Davit Tsotskhalashvili, whose error gave Sokil their first goal in Krakow, said he had "
            "watched it.",
            [("Davit Tsotskhalashvili", "indirect", "he had watched it")],
        ),
    ],
)
def test_rules_1_408(text: str, rows: list[tuple[str, str, str]]) -> None:
    assert run_rules(text, "en") == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a role phrase opened by a country's possessive, the person named alone in the next statement
        (
            "Ukraine's human rights commissioner said on Wednesday the exchange had stalled.\nDmytro Lubenko said "
            "in a video address that the lists were short.",
            [
                ("Dmytro Lubenko", "indirect", "the exchange had stalled"),
                ("Dmytro Lubenko", "indirect", "the lists were short"),
            ],
        ),
        # the person's own title is the role phrase's word ("Speaker" after "the speaker of the State Duma")
        (
            "The speaker of the State Duma said on Monday the shutdowns were needed.\nSpeaker Gennady Ovsyannikov "
            "said on his Telegram channel that the lists would be published.",
            [
                ("Gennady Ovsyannikov", "indirect", "the shutdowns were needed"),
                ("Gennady Ovsyannikov", "indirect", "the lists would be published"),
            ],
        ),
        # left alone: a title of another office, and a person with an apposition of their own
        (
            "The speaker of the State Duma said on Monday the shutdowns were needed.\nMayor Ivan Petrov said the "
            "city would comply.",
            [
                ("The speaker of the State Duma", "indirect", "the shutdowns were needed"),
                ("Ivan Petrov", "indirect", "the city would comply"),
            ],
        ),
        (
            "Poland's president said on Tuesday the law was flawed.\nJan Kowal, a lawmaker, said the veto would be "
            "overridden.",
            [
                ("Poland's president", "indirect", "the law was flawed"),
                ("Jan Kowal", "indirect", "the veto would be overridden"),
            ],
        ),
    ],
)
def test_rules_1_408_role_named_next(text: str, rows: list[tuple[str, str, str]]) -> None:
    assert run_rules(text, "en") == rows
