"""The rules found with blind batch EG (rules-1.318): English wire stories of US and EU politics and economy (a
Senate vote, a White House briefing, an EU antitrust fine, a central bank chair's testimony, a trade dispute, a
tech hearing, a port strike, a tariff ruling, a G7 meeting, a governor's emergency, a drug recall, a campaign
rally). Other sentences than the batch's; the guards keep what each rule must not do.

* ``adjuncts.object_window``: "said no such commitment had been made": "no" and a modifier ("such", "other",
  "single") before the clause's verb; "said no such thing" stays an object.
* ``clauses._RELATIVE_RE`` ("where") and ``_WHERE_CUES``: "…, where Speaker X said a vote would be held": the
  subject after "where" before a form of "say"/"tell" only.
* ``notperson._DOTTED_COUNTRIES``: "the U.S. Food and Drug Administration said": "U.S." is no person's initials.
* ``answered.subject_opener``: "Asked whether …, Okafor smiled. “…,” he said.": the person of the sentence before.
* ``reported._PARTICIPLE_LEADS`` ("by") and ``adjuncts.by_participle_clause``: "opened the hearing by saying the
  companies had …"; not "by warning signs", "by saying nothing".
* ``officeholder.office_holder``: "according to a statement from Hesketh's office": the person ("her office" stays the
  office, rules-1.321).
"""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row, linked_records
from extract_rule_helpers import run_rules as _run

RULES_1_318: list[tuple[str, str, list[Row]]] = [
    (  # "no" and a modifier before the clause's subject noun
        "en",
        "A senior aide said no such agreement had been reached.",
        [("A senior aide", "indirect", "no such agreement had been reached")],
    ),
    (
        "en",
        "The minister said no other country had been asked to pay.",
        [("The minister", "indirect", "no other country had been asked to pay")],
    ),
    (  # unchanged: "no" and a plural
        "en",
        "The mayor said no schools would close.",
        [("The mayor", "indirect", "no schools would close")],
    ),
    (  # the subject of a relative "where" clause before "said"
        "en",
        "The bill now goes to the lower house, where Speaker Anna Lorenz said a vote would be held on Monday.",
        [("Anna Lorenz", "indirect", "a vote would be held on Monday")],
    ),
    (
        "en",
        "The delegates met in Vienna, where the chairman told reporters the talks had stalled.",
        [("the chairman", "indirect", "the talks had stalled")],
    ),
    (  # a body after "U.S." is no person named "U.S. Fish"
        "en",
        "The U.S. Fish and Wildlife Service said the wolves would stay protected.",
        [("Fish and Wildlife Service", "indirect", "the wolves would stay protected")],
    ),
    (  # "by" before a participle cue and a clause
        "en",
        "Governor Laura Mendes, who took office in January, opened the session by saying the budget had "
        "“no room left”.",
        [("Laura Mendes", "indirect", "the budget had “no room left”")],
    ),
    (
        "en",
        "The central bank chief responded by warning that rates would stay high.",
        [("The central bank chief", "indirect", "rates would stay high")],
    ),
]

NONE_1_318: list[tuple[str, str]] = [
    ("en", "He said no such thing."),  # an object after "no such"
    ("en", "Prices were pushed up by warning signs in the oil market."),  # "by warning" + a noun
    ("en", "Harris surprised the room by saying nothing at all."),  # "by saying" + an object
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_318)
def test_rules_1_318(lang: str, text: str, expected: list[Row]) -> None:
    got = _run(text, lang)
    for row in expected:
        assert row in got, (row, got)


@pytest.mark.parametrize(("lang", "text"), NONE_1_318)
def test_rules_1_318_none(lang: str, text: str) -> None:
    assert _run(text, lang) == []


def test_where_only_before_a_say_verb() -> None:
    text = "Floods hit the town, where officials reported 20 victims at a clinic that treats children."
    assert all(sp != "officials" for sp, _, _ in _run(text, "en"))


def test_us_before_a_name_stays_a_person() -> None:
    got = _run("U.S. Grant said the war was over.", "en")
    assert ("U.S. Grant", "indirect", "the war was over") in got, got


def test_subject_opener_names_the_pronoun() -> None:
    text = (
        "Daniel Harrow said the bill was good. A senior aide said no such vote was held. "
        '"There is a letter," the aide said.\n'
        'Asked whether he feared a standoff, Harrow smiled. "I fear it every morning," he said.'
    )
    got = _run(text, "en")
    assert ("Daniel Harrow", "direct", "I fear it every morning") in got, got


def test_subject_opener_needs_the_gender() -> None:
    text = (
        "Taras Melnyk said the plant would stay open. The mayor, Olena Bondar, said she had asked for a shelter.\n"
        'Melnyk promised on Tuesday to look at the request. "A promise is not a shelter," she said.'
    )
    got = _run(text, "en")
    assert ("Taras Melnyk", "direct", "A promise is not a shelter") not in got, got


def test_office_is_its_holder() -> None:
    text = (
        "Senator Ruth Calder said the recall showed the need for more inspections. Her office said she would "
        "write to the regulator next week.\n"
        "According to a statement from Calder's office, the letter was sent on Friday."
    )
    recs = linked_records(text, "en")
    ids = {str(r["speaker_id"]) for r in recs if r["speaker"] != "Her office"}
    assert len(recs) == 3 and len(ids) == 1 and next(iter(ids)).startswith("P-"), recs
    assert [r["speaker_type"] for r in recs if r["speaker"] == "Her office"] == ["organisation"], recs


def test_office_of_nobody_named_stays_a_body() -> None:
    got = _run("The president's office said the visit was cancelled.", "en")
    assert ("The president's office", "indirect", "the visit was cancelled") in got, got
