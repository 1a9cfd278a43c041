"""Rules of rules-1.75: one list of title abbreviations, leading adjuncts with a relative clause or
"With …", plural titles before a list of names, and a first-person "I" outside quotes; German plural groups no list names, "einer von ihnen", and "sie"/"diese" for a
body just named."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_75: list[tuple[str, str, list[Row]]] = [
    (  # a leading "With …" adjunct before the subject
        "en",
        "With the vote only days away, Mayor Helen Brandt said the city would not change course.",
        [("Helen Brandt", "indirect", "the city would not change course")],
    ),
    (  # a relative clause after a leading adjunct's comma: the subject follows the clause
        "en",
        "After the leak of the audit, which concluded that the agency had lost track of $2 million, the "
        "department contended that it had hidden nothing.",
        [("the department", "indirect", "it had hidden nothing")],
    ),
    (  # … and the relative clause's own cue does not take the sentence
        "en",
        "After meeting the governor, who said the state was out of money, the minister said federal aid would come.",
        [("the minister", "indirect", "federal aid would come")],
    ),
    (  # a participle's clause after a leading adjunct's comma ("…, opened on Tuesday by X, a report warns")
        "en",
        "Ahead of the summit, opened on Tuesday by Prime Minister Karl Eder, a report prepared by the Halden "
        "Institute warns that the region faces a water shortage.",
        [("Halden Institute", "indirect", "the region faces a water shortage")],
    ),
    (  # a plural title before a list of names after the group's role
        "en",
        "The senior members of the budget and transport committees, Reps. Paul Ferris of Ohio and Ana Ruiz of "
        "Texas said the plan was unworkable.",
        [("Ana Ruiz", "indirect", "the plan was unworkable")],
    ),
    (  # "Sens." opening a list of names is no verb ("Sens" looked like "…s")
        "en",
        "Sens. Maria Okafor, Dan Whitley, Luis Ortega and Ruth Calloway said they found the ruling troubling.",
        [("Ruth Calloway", "indirect", "they found the ruling troubling")],
    ),
    (  # guard: a clause before the subject stays a clause ("Sen." inside it)
        "en",
        "Sen. Hal Morton's bill failed in committee, Jones said.",
        [("Jones", "indirect", "Sen. Hal Morton's bill failed in committee")],
    ),
    (  # police titles without full stops are titles, not part of the name
        "en",
        "Det Supt Rowan Pike said the two men had been arrested at dawn.",
        [("Rowan Pike", "indirect", "the two men had been arrested at dawn")],
    ),
    (  # a title abbreviation inside a final "according to"
        "en",
        "The money was raised by volunteers, according to Supt. Rowan Pike.",
        [("Rowan Pike", "indirect", "The money was raised by volunteers")],
    ),
    (  # "I" outside quotes is the writer, not the person named before
        "en",
        "Ms. Dale, the author of three books on the subject, has spent years in the archive. I think that her "
        "account is the most careful one we have.",
        [("", "indirect", "her account is the most careful one we have")],
    ),
    (  # guard: "I" inside a quote is its speaker's
        "en",
        '"I think it was the right call," Dale said. "But I think that the board should have acted sooner."',
        [
            ("Dale", "direct", "I think it was the right call"),
            ("Dale", "direct", "But I think that the board should have acted sooner."),
        ],
    ),
    (  # de: a plural article and any capitalised noun before a plural cue are a group
        "de",
        "Die Mönche des Klosters erklärten, sie würden die Kirche im Sommer wieder öffnen.",
        [("Die Mönche des Klosters", "indirect", "sie würden die Kirche im Sommer wieder öffnen")],
    ),
    (  # de: a quantifier and a place after the noun
        "de",
        "Viele Winzer an der Mosel sagen, die Ernte sei die kleinste seit Jahren.",
        [("Viele Winzer an der Mosel", "indirect", "die Ernte sei die kleinste seit Jahren")],
    ),
    (  # de: the same after an inverted plural cue
        "de",
        "Die Preise seien gestiegen, sagten die Bauern.",
        [("die Bauern", "indirect", "Die Preise seien gestiegen")],
    ),
    (  # guard: a singular cue after "Die" is a feminine body or person, not a group
        "de",
        "Die Ministerin erklärte, sie werde die Hilfen verlängern.",
        [("Die Ministerin", "indirect", "sie werde die Hilfen verlängern")],
    ),
    (  # de: "einer von ihnen" after a quote is an anonymous member of the group just named
        "de",
        "Die Anwohner beklagen den Lärm. „Wir schlafen seit Wochen nicht mehr“, sagte einer von ihnen.",
        [("einer von ihnen", "direct", "Wir schlafen seit Wochen nicht mehr")],
    ),
    (  # de: "sie" with no woman named before is the feminine body named before
        "de",
        "Die Polizei hat die Straße gesperrt. Sie teilte mit, dass niemand verletzt wurde.",
        [("Polizei", "indirect", "niemand verletzt wurde")],
    ),
    (  # guard: not a masculine body ("der Konzern … Sie")
        "de",
        "Der Konzern hat das Werk geschlossen. Sie erklärte, die Arbeiten dauerten bis Mai.",
        [("", "indirect", "die Arbeiten dauerten bis Mai")],
    ),
    (  # de: "Diese" as a subject is the body (or person) just named
        "de",
        "Die Stadt hat eine Anfrage an die Bahn gestellt. Diese bestätigte, dass die Strecke bis Mai gesperrt "
        "bleibt.",
        [("Bahn", "indirect", "die Strecke bis Mai gesperrt bleibt")],
    ),
    (  # guard: "Diese" as a determiner
        "de",
        "Diese Zahlen zeigen, dass die Lage ernst ist.",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_75)
def test_rules_1_75(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
