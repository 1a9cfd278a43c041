"""rules-1.418 (blind batch FO): English reported speech of wire copy on rates and infrastructure: a "that" after an
interposed adverb opens a clause ("warned, however, that a rise … remained the main risk"), which leaves the
writer's apposition after a final cue alone; a clause before ", and" with an irregular past ("kept", "held", "cut",
…) lets the subject after "and" speak; and the noun phrase after ", with" before a participle cue is the speaker
("…, with Governor X saying …"), not a poll's share ("with 22 percent saying …")."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules


@pytest.mark.parametrize(
    ("text", "lang", "rows"),
    [
        # an adverb between the cue and "that": the clause is what was said
        (
            "The governor warned, however, that a new rise in gas prices remained the main risk.",
            "en",
            [("The governor", "indirect", "a new rise in gas prices remained the main risk")],
        ),
        (
            "The minister said, though, that the new plan remained the best option.",
            "en",
            [("The minister", "indirect", "the new plan remained the best option")],
        ),
        # left alone: the writer's apposition after a final cue stays out of a clause
        (
            "The bridge was closed, police said on Thursday, the second such closure this year.",
            "en",
            [("police", "indirect", "The bridge was closed")],
        ),
        # an irregular past before ", and": a clause of its own, the subject after "and" speaks
        (
            "The bank cut its rate by 25 basis points on Wednesday, and its governor said there was room for one "
            "more cut.",
            "en",
            [("its governor", "indirect", "there was room for one more cut")],
        ),
        (
            "The bank kept its rate at 6.5 percent, and Governor Ana Pop said inflation would ease.",
            "en",
            [("Ana Pop", "indirect", "inflation would ease")],
        ),
        # a participle after ", with <noun phrase>": the noun phrase speaks
        (
            "The bank held its rate on Thursday, with Governor Tomas Hajek saying a strong currency would help.",
            "en",
            [("Tomas Hajek", "indirect", "a strong currency would help")],
        ),
        (
            "Prices rose, with the minister saying that the war was to blame.",
            "en",
            [("the minister", "indirect", "the war was to blame")],
        ),
        # left alone: a poll's share, a pronoun, a participle that is no cue
        ("Trump led the poll, with 22 percent saying they would not support him.", "en", []),
        ("Trump led the poll, with a majority of voters saying they would not support him.", "en", []),
        ("The talks ended, with him saying they would meet again.", "en", []),
        ("Shares fell, with prices falling sharply in Asia.", "en", []),
    ],
)
def test_rules_1_418(text: str, lang: str, rows: list[tuple[str, str, str]]) -> None:
    assert run_rules(text, lang) == rows
