"""The rules found with blind batch DY (rules-1.299): English wire stories on war, security and diplomacy around
Ukraine and Europe. Other sentences than the batch's; the guards keep what the rule must not change.

* ``nptidy.opens_with_predicate``: a relative clause without commas that opens with an irregular past ("spoke",
  "saw", "met", "fled", "fought" …) is the speaker's own clause: "A diplomat who spoke on condition of anonymity
  said …" is the diplomat's, not a speaker "spoke on condition of anonymity" (before, the relative clause
  without its head was read as the speaker).
"""

from __future__ import annotations

import pytest

from ingest.extract import extract_records


def _records(text: str) -> list[dict[str, str]]:
    return list(extract_records([{"id": "a0", "language": "en", "text": text}]))


# (text, speaker, quote)
RELATIVE_PAST: list[tuple[str, str, str]] = [
    (
        "A banker who spoke on condition of anonymity said the loan would be signed in March.",
        "A banker",
        "the loan would be signed in March",
    ),
    (
        "Three officials who spoke on condition of anonymity said the convoy had been delayed.",
        "Three officials",
        "the convoy had been delayed",
    ),
    (
        "A farmer who saw the crash said the lorry had swerved into the ditch.",
        "A farmer",
        "the lorry had swerved",
    ),
    (
        "Two soldiers who fought near the river told reporters the bridge had been mined.",
        "Two soldiers",
        "the bridge had been mined",
    ),
    (
        "Several residents who fled the village said the shelling lasted all night.",
        "Several residents",
        "shelling",
    ),
]

# what the rule must not change: a named person, commas around the clause, a relative clause with "said"
KEPT: list[tuple[str, str, str]] = [
    (
        "Anna Kolar, who spoke to reporters after the vote, said the coalition would hold.",
        "Anna Kolar",
        "the coalition would hold",
    ),
    ("A nurse who asked not to be named said the ward was full.", "A nurse", "the ward was full"),
    (
        "The engineer who inspected the bridge said the cracks were not new.",
        "The engineer",
        "the cracks were not new",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "quote"), RELATIVE_PAST + KEPT)
def test_relative_clause_before_the_cue_keeps_its_head(text: str, speaker: str, quote: str) -> None:
    recs = _records(text)
    assert len(recs) == 1, recs
    assert recs[0]["speaker"].lower().startswith(speaker.lower()), recs
    assert quote in recs[0]["quote"], recs
    assert recs[0]["speaker"].split()[0].lower() not in ("spoke", "saw", "fought", "fled"), recs
