"""The rules found with blind batch EA (rules-1.303): English wire stories of the dev set's kind (a border
crossing, an aid convoy, coalition talks, a rate rise, a border shooting, a debt deal, a veto, trading posts,
military drills, a mine strike, a boycott, dam talks). Other sentences than the batch's; the guards keep what
each rule must not do.

* ``final.later_final_say``: a sentence-final "…, it said." or "…, India's foreign ministry said after talks …"
  gives the speaker of the whole clause before it, as "…, the Commission said." did; before, an earlier weak cue
  ("argued for", "agreed … that") took the rest of the sentence with the attribution.
* ``secondpred.CUT_RE``: the speaker's (or critics') word on the act as an appositive after the reported clause
  ("…, a change he called “technical”") ends the clause.
* ``roleparticiple.role_participle_head``: a person noun with a participle phrase ("the mediator leading the
  negotiations said") is a speaker, the head noun phrase; before, the phrase read as a clause and was lost.
* ``antecedents.later_unnamed``: "The diplomat said" after "A Western diplomat …, speaking on condition of
  anonymity, said" is that unnamed diplomat, not a foreign ministry's spokeswoman named before.
"""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_303: list[tuple[str, str, list[Row]]] = [
    (  # a pronoun in the sentence-final attribution: the whole clause, not "for …" after "argued"
        "en",
        "The committee said in a statement that fees would rise. Three members had argued for a smaller "
        "increase, it said.",
        [("The committee", "indirect", "Three members had argued for a smaller increase")],
    ),
    (  # a possessive subject and an adjunct after the final "said"
        "en",
        "The two countries agreed on Monday to reopen a consulate that has been closed since 2019, Brazil's "
        "foreign ministry said after talks in Brasilia.",
        [
            (
                "Brazil's foreign ministry",
                "indirect",
                "The two countries agreed on Monday to reopen a consulate that has been closed since 2019",
            )
        ],
    ),
    (  # guard: not at the end of the sentence ("…, it said, citing …"): left as before
        "en",
        "Two members argued for a pause in rate rises, it said, citing the weak economy.",
        [("Two members", "indirect", "for a pause in rate rises, it said, citing the weak economy")],
    ),
    (  # the speaker's word on the act, as an appositive, ends the clause
        "en",
        "The minister said fuel duty would rise by two pence in April, a step she described as unavoidable.",
        [("The minister", "indirect", "fuel duty would rise by two pence in April")],
    ),
    (
        "en",
        "The mayor said bus fares would be frozen, a move critics called a gimmick.",
        [("The mayor", "indirect", "bus fares would be frozen")],
    ),
    (  # guard: a noun phrase without a pronoun subject and verb of calling stays in the clause
        "en",
        "The mayor said the city would build a bridge, a plan first drawn up in 1990.",
        [("The mayor", "indirect", "the city would build a bridge, a plan first drawn up in 1990")],
    ),
    (  # a person noun with a participle phrase is a speaker
        "en",
        "The hearing was adjourned until March, the judge presiding over the case said.",
        [("the judge", "indirect", "The hearing was adjourned until March")],
    ),
    (
        "en",
        "The prosecutor handling the inquiry told reporters that two suspects had been questioned.",
        [("The prosecutor", "indirect", "two suspects had been questioned")],
    ),
    (  # guard: no person noun before the participle
        "en",
        "The company making the engines said deliveries would slip.",
        [],
    ),
    (  # "The diplomat" is the unnamed diplomat who spoke last, not the spokeswoman named before
        "en",
        "Foreign ministry spokeswoman Anna Berg said Oslo was concerned. A European diplomat, speaking on "
        "condition of anonymity, said the talks had stalled. The diplomat said a new round was unlikely "
        "before May.",
        [
            ("Anna Berg", "indirect", "Oslo was concerned"),
            ("A European diplomat", "indirect", "a new round was unlikely before May"),
        ],
    ),
    (  # guard: with the unnamed diplomat before her, "The diplomat" stays the spokeswoman who spoke last
        "en",
        "A European diplomat said the talks had stalled. Foreign ministry spokeswoman Anna Berg said Oslo was "
        "concerned. The diplomat said a new round was unlikely before May.",
        [("Anna Berg", "indirect", "a new round was unlikely before May")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_303)
def test_rules_1_303(lang: str, text: str, expected: list[Row]) -> None:
    got = _run(text, lang)
    if not expected:
        assert got == [], got
    for row in expected:
        assert row in got, (row, got)
