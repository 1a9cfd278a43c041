"""rules-1.343 (blind batch EN): a hyphenated title of the form "X-in-Y" ("Commander-in-Chief") has the role
class of its first part, so that "the commander" later in the article is the same person."""

from __future__ import annotations

import pytest

from extract_rule_helpers import linked_records
from ingest.extract.roles import role_class


@pytest.mark.parametrize(
    ("phrase", "cls"),
    [
        ("Commander-in-Chief of the Armed Forces of Ukraine", "general"),
        ("the commander-in-chief", "general"),
        ("Commander-in-Chief", "general"),
        ("the commander", "general"),
        # left alone: a compound whose first part is no role noun, and plain role phrases
        ("editor-in-chief", ""),
        ("the son-in-law", ""),
        ("the committee chairman", "head"),
        ("the army chief", "head"),
    ],
)
def test_in_compound_role_class(phrase: str, cls: str) -> None:
    assert role_class(phrase) == cls


def test_commander_in_chief_then_the_commander_is_one_person() -> None:
    text = (
        "Russia has moved up to 40,000 troops to the border, Commander-in-Chief of the Armed Forces Taras "
        "Melnyk said on Saturday.\nThe commander said the defense lines were being reinforced."
    )
    recs = linked_records(text, "en")
    ids = {str(r["speaker_id"]) for r in recs}
    assert len(recs) == 2 and len(ids) == 1, recs

