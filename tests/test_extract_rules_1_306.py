"""The rules found with blind batch EC (rules-1.306): English wire stories of the dev set's kind in genres not used
before (a post-cabinet news conference, a parliamentary debate, a court ruling, company results with analysts, an
election night, a cyclone, a rate cut, a health ministry briefing, an air accident report, a teachers' strike, an
antitrust fine, a doping ban). Other sentences than the batch's; the guards keep what each rule must not do.

* ``npclean.clean_np``: "there" after a short noun phrase ("a nurse there said") is a place adverb, no part of the
  speaker; before, the phrase was no plausible speaker and the statement was lost.
* ``npheads.drop_who_clause``: a restrictive relative clause after a phrase that holds a place name ("A coach in
  Addis Ababa who has trained …") is dropped; before, the place was read as the speaker's name.
* ``npheads.named_group``: a name before a plural group noun ("Chicago Marathon organisers") is a group, not the
  name's bearer.
* ``orgnames.head_word``: "An aide to one of the sponsors": the person noun before "to" is the head.
* ``notperson.not_a_person``: a capitalised plural in -ists/-icians alone ("Meteorologists say") is a group.
* ``lexicon_people``: more athletes ("The runner … told the tribunal that …").
* ``tails.object_tail``: "…, asked Eggli whether …": the one asked is no inverted speaker.
* ``rolehead.narrow_by_qualifier``: "the chief executive" is not the "Finance chief" named after her.
* ``clauses``: "told reporters there had been "no incident that …"": a pronoun and a finite verb after the listener
  open the clause; the later "that" is inside it.
* ``secondpred.CUT_RE``: ", though scientists caution that …" after a reported clause is a second source's.
"""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row, linked_records
from extract_rule_helpers import run_rules as _run

RULES_1_306: list[tuple[str, str, list[Row]]] = [
    (  # "there" after the noun phrase
        "en",
        '"We ran out of beds at noon," a doctor there said, asking not to be named.',
        [("a doctor", "direct", "We ran out of beds at noon")],
    ),
    (
        "en",
        "Officials there said the road would reopen on Monday.",
        [("Officials", "indirect", "the road would reopen on Monday")],
    ),
    (  # guard: "there" after a verb stays (the phrase is not cut to "Those who live")
        "en",
        "Those who live there said the water had risen overnight.",
        [("Those who live there", "indirect", "the water had risen overnight")],
    ),
    (  # a restrictive relative clause after a place name
        "en",
        "A farmer in Kasese who has lost his harvest said the rains had come too late.",
        [("A farmer in Kasese", "indirect", "the rains had come too late")],
    ),
    (  # guard: without a name before "who" the clause stays (it tells who they are)
        "en",
        "Two people who attended the hearing said the judge had left early.",
        [("Two people who attended the hearing", "indirect", "the judge had left early")],
    ),
    (  # a name before a plural group noun
        "en",
        "Berlin Marathon organisers said the start would be moved by an hour.",
        [("Berlin Marathon organisers", "indirect", "the start would be moved by an hour")],
    ),
    (  # "an aide to one of …"
        "en",
        "An aide to one of the senators said the vote could slip to March.",
        [("An aide to one of the senators", "indirect", "the vote could slip to March")],
    ),
    (  # a capitalised plural in -ists alone
        "en",
        "Hydrologists say the aquifer could run dry by 2040.",
        [("Hydrologists", "indirect", "the aquifer could run dry by 2040")],
    ),
    (  # more athletes
        "en",
        "The runner had denied wrongdoing and told the panel that the supplement had been contaminated.",
        [("The runner", "indirect", "the supplement had been contaminated")],
    ),
    (  # the one asked is no inverted speaker
        "en",
        "One analyst, Tom Reyes of Citi, asked Harper whether the dividend was safe.",
        [],
    ),
    (  # guard: "…, asked Harper." at the end of a quoted question stays an attribution
        "en",
        '"Is the dividend safe?" asked Harper.',
        [("Harper", "direct", "Is the dividend safe?")],
    ),
    (  # "the chief executive" is not the finance chief named after her
        "en",
        "Chief Executive Anna Berg said sales had slowed. Finance chief Paul Lind said costs would rise. "
        "The chief executive said prices would not go up.",
        [("Anna Berg", "indirect", "prices would not go up")],
    ),
    (
        "en",
        "Chief Executive Anna Berg said sales had slowed. Finance chief Paul Lind said costs would rise. "
        "The finance chief said margins would recover.",
        [("Paul Lind", "indirect", "margins would recover")],
    ),
    (  # "told reporters" with a pronoun clause before a "that" inside a partial quote
        "en",
        'Lena Hart told reporters there had been "no fault that could explain the crash".',
        [("Lena Hart", "indirect", 'there had been "no fault that could explain the crash"')],
    ),
    (  # guard: "told reporters that …" as before
        "en",
        "Lena Hart told reporters that the plan had failed.",
        [("Lena Hart", "indirect", "the plan had failed")],
    ),
    (  # a concessive second source ends the first clause
        "en",
        "Doctors say the outbreak has peaked, though epidemiologists warn that a second wave is possible.",
        [("Doctors", "indirect", "the outbreak has peaked")],
    ),
    (  # guard: a concessive clause without a group and a verb of saying stays in the clause
        "en",
        "Doctors say the outbreak has peaked, though cases are still rising in the north.",
        [("Doctors", "indirect", "the outbreak has peaked, though cases are still rising in the north")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_306)
def test_rules_1_306(lang: str, text: str, expected: list[Row]) -> None:
    got = _run(text, lang)
    if not expected:
        assert got == [], got
    for row in expected:
        assert row in got, (row, got)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hydrologists say the aquifer could run dry by 2040.", "group"),  # a plural in -ists alone: a group
        ("Physicians warned that wards were full.", "group"),
        ("Berlin Marathon organisers said the start would be moved.", "group"),  # a name before a group noun
        ("Christ said the church would stay open.", "person"),  # guard: a short name ending in -ist
    ],
)
def test_rules_1_306_group_kind(text: str, kind: str) -> None:
    recs = linked_records(text, "en")
    assert [r["speaker_type"] for r in recs] == [kind], recs
