"""rules-1.412: three English shapes found on the real news feeds of the shared corpus (not in a batch): an adverb
and a past participle open a participle phrase ("Long regarded as …, Mandelson has resigned, saying …"), a cue
before "to be"/"to have" is a participle ("the person believed to be the attacker"), and the antecedent of a
relative "who" after a preposition is the speaker ("came from a Tehran doctor who told TIME that …")."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules
from ingest.extract.plausible import opens_with_participle


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Long regarded as a key architect of the party's comeback, Mandelson has resigned from the party, "
            "saying that he wanted to avoid causing it further embarrassment.",
            ("Mandelson", "indirect", "he wanted to avoid causing it further embarrassment"),
        ),
        (
            "Once hailed as a reformer, Petrenko has quit the cabinet, saying that the reforms had stalled.",
            ("Petrenko", "indirect", "the reforms had stalled"),
        ),
        # a surname of the same spelling before a cue stays the speaker
        ("Long added that the talks would fail.", ("Long", "indirect", "the talks would fail")),
        (
            "The first firm information came from a Tehran doctor who told reporters that six hospitals had "
            "recorded at least 217 deaths.",
            ("a Tehran doctor", "indirect", "six hospitals had recorded at least 217 deaths"),
        ),
        (
            "The warning came from a local farmer who said that the river had risen overnight.",
            ("a local farmer", "indirect", "the river had risen overnight"),
        ),
    ],
)
def test_found_1_412(text: str, row: tuple[str, str, str]) -> None:
    rows = run_rules(text, "en")
    assert row in rows, rows


@pytest.mark.parametrize(
    "text",
    [
        "A suspect has been identified in the shooting that left nine people dead, including the person believed "
        "to be the attacker.",
        "Mr. Ackman wanted the company to buy its rival. The rival then agreed to be acquired by another firm.",
        "Their home games are played abroad because of the war, and the match is expected to be a sell-out.",
        # no article and role noun after the preposition: no speaker is made of the clause
        "Clinton won by almost 60 points among the 30 percent of voters who said Wall Street does more harm.",
    ],
)
def test_not_found_1_412(text: str) -> None:
    rows = run_rules(text, "en")
    assert all(" " not in sp or sp.split()[0].lower() in ("a", "the") for sp, _, _ in rows), rows
    assert not any(sp.startswith(("including", "Clinton won", "The rival")) for sp, _, _ in rows), rows


@pytest.mark.parametrize(
    ("first", "second", "opens"),
    [
        ("Long", "regarded", True),
        ("Widely", "seen", True),
        ("Long", "added", False),
        ("Long", "said", False),
        ("Switching", "to", True),
        ("Asked", "whether", True),
    ],
)
def test_opens_with_participle(first: str, second: str, opens: bool) -> None:
    assert opens_with_participle(first, second) is opens
