"""rules-1.426 (blind batch FS): a headline's kicker before its colon ("Interview: ‘…’", "Exclusive: ‘…’",
"Analysis: ‘…’") names no person in any language, so the body's roles go to the person the body names; a medium between
the cue and its "that" ("said by phone that …", "told reporters over the phone that …", "said by email that …")
is an adjunct, not the start of the reported clause; a feature's first statement, a paragraph of bare quote with
no speaker before it, is the one person the lead has named as a sentence's opening subject."""

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
        (
            "A passenger, Olena Marchuk, said by phone that the carriages were warm.",
            "the carriages were warm",
        ),
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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a feature's lead names one person, then a paragraph of bare quote: that person's
        (
            "Dr Anna Lis is the chief surgeon of the district hospital. She spoke to us between operations.\n"
            "“The generator is older than some of my nurses. When it fails, we work by torchlight.”",
            "Anna Lis",
        ),
        (
            "Pavlo Hrek bakes bread for four villages. We visited him before dawn.\n"
            "“When the bakery closes, people leave. That is why I stay open.”",
            "Pavlo Hrek",
        ),
        # left alone: two people named before, a name not opening its sentence, a quote inside a paragraph
        (
            "Pavlo Hrek and Anna Lis run the bakery.\n“When the bakery closes, people leave. I stay open.”",
            "",
        ),
        (
            "Readers shared their thoughts on Pavlo Hrek.\n“When the bakery closes, people leave. I stay open.”",
            "",
        ),
        (
            "Pavlo Hrek wrote a book. The treaty's Article 33 reads: “No state shall expel or return a refugee.”",
            "",
        ),
    ],
)
def test_lead_person_bare_quote_1_426(text: str, speaker: str) -> None:
    rows = [r for r in run_rules(text, "en") if r[1] == "direct"]
    speakers = [s for s, _k, _q in rows]
    if speaker:
        assert speakers[:1] == [speaker]
    else:
        assert "Pavlo Hrek" not in speakers and "Anna Lis" not in speakers
