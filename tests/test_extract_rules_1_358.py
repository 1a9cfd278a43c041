"""rules-1.358 (blind batch ES): a person introduced by role first and named in the next statement's attribution
("The trust's chief executive said …. “…,” Dr. Sarah Whitlock said.") is one speaker (``rolefirst``); "…,
according to a survey published on Thursday by two charities." is the survey's when "two charities" is no source
(``docsource``)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import linked_records, run_rules


def _ids(text: str) -> dict[str, str]:
    return {str(r["quote"])[:12]: str(r["speaker_id"]) for r in linked_records(text, "en")}


@pytest.mark.parametrize(
    "text",
    [
        'The trust\'s chief executive said the ward had been full for weeks. "We are sorry," Dr. Sarah Whitlock '
        "said at a board meeting.",
        'A Met Office meteorologist said the strongest gust had been recorded at dawn. "This is a deep low," Alex '
        "Dunmore told reporters.",
        "Its cabinet member for finance said on Monday that taxes would rise. Cllr Peter Lansdowne told the "
        "meeting that 200 posts had been cut.",
        'The union\'s regional organiser said members had rejected the offer. "No one votes for a pay cut," said '
        "Mark Fenwick.",
        # any English cue before the name (a later review: the cue lexicon, not a list of its own)
        'The charity\'s director said donations had halved. "We cannot wait for spring," warned Nadia Collins.',
    ],
)
def test_role_then_name_is_one_speaker(text: str) -> None:
    ids = set(_ids(text).values())
    assert len(ids) == 1 and next(iter(ids)).startswith("P-"), _ids(text)


@pytest.mark.parametrize(
    "text",
    [
        # the person named next has an office of their own
        'The incident commander said crews had pulled back. "We are defending homes," Fire Chief Roberto Salas '
        "said.",
        # an apposition after the name: someone else
        'A police spokesman said the road was closed. "It was terrifying," said Jane Roe, a resident.',
        # a role word before the name
        "An RNLI volunteer told us the sea was calm. Mull councillor Iona Grant said islanders had warned about "
        "the harbour.",
        # a plural role is a group
        "The researchers said schools should start later. Hannah Okafor said phones were to blame.",
        # the person was named before the role, in an apposition
        'The minister met his counterpart, Ion Cebotari. "We came to help," the minister said. Cebotari said '
        "Moldova was grateful.",
    ],
)
def test_role_left_alone(text: str) -> None:
    ids = set(_ids(text).values())
    assert len(ids) == 2, _ids(text)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Hedgehogs have declined by half since 2005, according to a survey published on Thursday by two wildlife "
            "charities, although numbers in towns appear stable.",
            [("a survey", "indirect", "Hedgehogs have declined by half since 2005")],
        ),
        (
            "Prices rose by half, according to the survey published on Monday by two charities.",
            [("the survey", "indirect", "Prices rose by half")],
        ),
        # (as before) a source after "by" that the frame knows, a document without "by", no participle before "by"
        (
            "Prices rose by half, according to a report published on Monday by the World Bank.",
            [("World Bank", "indirect", "Prices rose by half")],
        ),
        (
            "Prices rose by half, according to the survey.",
            [("the survey", "indirect", "Prices rose by half")],
        ),
        ("Prices rose by half, according to a report by two charities.", []),
    ],
)
def test_document_before_by(text: str, rows: list[tuple[str, str, str]]) -> None:
    assert run_rules(text, "en") == rows
