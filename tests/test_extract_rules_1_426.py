"""rules-1.426 (blind batch FS): a headline's kicker before its colon ("Interview: ‘…’", "Exclusive: ‘…’",
"Analysis: ‘…’") names no person in any language, so the body's roles go to the person the body names; a medium between
the cue and its "that" ("said by phone that …", "told reporters over the phone that …", "said by email that …")
is an adjunct, not the start of the reported clause."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row, run_rules
from ingest.extract import extract_statements
from ingest.models import ArticleText


def titled_rows(title: str, text: str, lang: str) -> list[Row]:
    doc = ArticleText(id="r1", text=text, title=title, language=lang)
    return [(s.speaker, s.kind, s.quote) for s in extract_statements(doc)]


@pytest.mark.parametrize(
    ("title", "text", "speaker"),
    [
        (
            "Interview: ‘Our boats cannot run on promises’",
            "Anna Petrenko has run the ferry company for six years.\nThe ferry chief said the company had lost "
            "a third of its passengers.",
            "Anna Petrenko",
        ),
        (
            "Exclusive: ‘We were never asked’",
            "Maria Olsen has led the union since 2019.\nThe union leader said the plan had never been discussed.",
            "Maria Olsen",
        ),
        # left alone: a person's name before the colon still names the body's roles (rules-1.253)
        (
            "Carla Reyes: ‘We were never asked’",
            "The minister said the plan had never been discussed.",
            "Carla Reyes",
        ),
    ],
)
def test_headline_kicker_1_426(title: str, text: str, speaker: str) -> None:
    rows = titled_rows(title, text, "en")
    assert rows and rows[0][0] == speaker


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("A passenger, Olena Marchuk, said by phone that the carriages were warm.", "the carriages were warm"),
        ("Driver Ihor Melnyk told reporters over the phone that he had waited a day.", "he had waited a day"),
        ("The company said by email that no jobs would be cut.", "no jobs would be cut"),
        ("The mayor said by telephone that the water was falling.", "the water was falling"),
        # left alone: "by" with no medium stays in the clause
        ("The mayor said by Friday the water would be gone.", "by Friday the water would be gone"),
    ],
)
def test_medium_adjunct_1_426(text: str, quote: str) -> None:
    rows = run_rules(text, "en")
    assert [q for _s, _k, q in rows] == [quote]
