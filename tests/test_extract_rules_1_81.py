"""Rules of rules-1.81, found on PolNeAR's train split and BASIL's dev half: "<X> issued a statement saying",
time leads ("Minutes later,"), a first name before an agency named for its founder, and a place phrase that
is no speaker."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_81: list[tuple[str, str, list[Row]]] = [
    (  # a time lead is no subject; "issued a statement saying": the subject of "issued"
        "en",
        "Minutes later, the Harlow campaign issued a statement saying that the candidate had been misunderstood.",
        [("Harlow campaign", "indirect", "the candidate had been misunderstood")],
    ),
    (  # "sent out a press release saying", after a leading clause
        "en",
        "Shortly after the hearing ended, the mayor's office sent out a press release saying the budget was "
        "balanced.",
        [("the mayor's office", "indirect", "the budget was balanced")],
    ),
    (  # the subject after "so … that", not the sentence's first noun
        "en",
        "Complaints grew so loud that the Danish Embassy in Paris issued a statement saying that it had no "
        "position on the vote.",
        [("Danish Embassy in Paris", "indirect", "it had no position on the vote")],
    ),
    (  # guard: a participle after a comma keeps the clause's subject
        "en",
        "Lena Ortiz resigned on Friday, saying that she was tired.",
        [("Lena Ortiz", "indirect", "she was tired")],
    ),
    (  # a first name before "Bloomberg" is the person; the apposition no longer runs into the statement
        "en",
        "Voters should back the bond measure, Michael Bloomberg, the former mayor, said on Tuesday.",
        [("Michael Bloomberg", "indirect", "Voters should back the bond measure")],
    ),
    (  # guard: the agency alone
        "en",
        "Bloomberg reported that the deal had collapsed.",
        [("Bloomberg", "indirect", "the deal had collapsed")],
    ),
    (  # a place phrase between a quoted phrase and the cue is no speaker ("for Clinton")
        "en",
        '"This will be a challenge" for Clinton, said Kunin.',
        [("Kunin", "indirect", '"This will be a challenge" for Clinton')],
    ),
    (  # guard: "at least a dozen members" is no place phrase
        "en",
        "The talks failed, but at least a dozen members of Congress told reporters they expected a deal.",
        [("at least a dozen members of Congress", "indirect", "they expected a deal")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_81)
def test_rules_1_81(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
