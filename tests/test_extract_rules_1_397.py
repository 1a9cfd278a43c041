"""rules-1.397: an English inverted attribution whose speaker is described at length to the sentence end ("…, said
Kyrylo Budanov, head of the Main Intelligence Directorate of the Ministry of Defence of Ukraine.") keeps its speaker
(``apposed``, ``tails.speaker_apposition``); found on the real news feeds of the shared corpus, not in a batch."""

from __future__ import annotations

import pytest

from extract_rule_helpers import linked_records, run_rules
from ingest.extract.tails import speaker_apposition


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "The truce should be concluded soon, said Taras Hnatyuk, head of the Main Intelligence Directorate of "
            "the Ministry of Defence of Ukraine.",
            "Taras Hnatyuk",
            "The truce should be concluded soon",
        ),
        (
            "The region stabilized towards the end of the year, says Daniel Ostrander, formerly U.S. Assistant "
            "Secretary of State for East Asian and Pacific Affairs and now a partner at a consultancy.",
            "Daniel Ostrander",
            "The region stabilized towards the end of the year",
        ),
        (
            "Prices will keep rising into the spring, says Anna Berglund, chief economist at the Nordic "
            "Investment Bank in Copenhagen and a former adviser.",
            "Anna Berglund",
            "Prices will keep rising into the spring",
        ),
        (
            "The talks were constructive, said Deputy Foreign Minister Olha Kravets, who led the Ukrainian "
            "delegation at the two days of talks in Geneva.",
            "Olha Kravets",
            "The talks were constructive",
        ),
    ],
)
def test_long_apposition_keeps_speaker(text: str, speaker: str, quote: str) -> None:
    rows = run_rules(text, "en")
    assert (speaker, "indirect", quote) in rows, rows


def test_apposition_role_finds_person_later() -> None:
    text = (
        "The truce should be concluded soon, said Taras Hnatyuk, head of the Main Intelligence Directorate of the "
        "Ministry of Defence of Ukraine. The intelligence chief also said that Russia was short of shells."
    )
    ids = {str(r["speaker_id"]) for r in linked_records(text, "en")}
    assert len(ids) == 1 and next(iter(ids)).startswith("P-"), ids


@pytest.mark.parametrize(
    ("rest", "apposition"),
    [
        (", head of the Main Intelligence Directorate of the Ministry of Defence of Ukraine.", True),
        (", formerly U.S. Assistant Secretary of State for East Asian and Pacific Affairs.", True),
        (", who led the Ukrainian delegation at the two days of talks in Geneva.", True),
        (", a former minister who resigned over the scandal last year.", True),
        # a clause of the writer's or a second predicate: no apposition
        (", and the ministry confirmed the figure on Monday.", False),
        (", adding that the figure was higher than expected.", False),
        (", a move that was widely expected by analysts in the region.", False),
        (", head of the unit, in an interview with a local broadcaster.", False),
        ("that prices would rise again next year.", False),
    ],
)
def test_speaker_apposition(rest: str, apposition: bool) -> None:
    assert speaker_apposition(rest) is apposition


@pytest.mark.parametrize(
    "text",
    [
        # a second predicate after the inverted speaker: no attribution of the sentence before
        "The bridge will reopen in May, said Olena Marchuk, and the ministry confirmed the date on Monday after a "
        "review by engineers.",
        # the cue's object, not its speaker ("accused X of …")
        "The deal was a fraud, accused Petro Lysenko, head of the opposition faction in the regional council of "
        "the Poltava region.",
    ],
)
def test_long_tail_left_alone(text: str) -> None:
    assert [r for r in run_rules(text, "en") if r[2].startswith("The ")] == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "As for complexity, “broadening the base involves a certain amount of administration,” said Mr. Kamin.",
            ("Kamin", "direct", "broadening the base involves a certain amount of administration"),
        ),
        (
            "On taxes, ''we will not raise them this year,'' said Mayor Jane Doe.",
            ("Jane Doe", "direct", "we will not raise them this year"),
        ),
        # a phrase of the claim's own stays in it (the mixed-quote convention)
        (
            "With thousands of counting systems, “there is no single point of failure,” said Mayor Jane Doe.",
            (
                "Jane Doe",
                "indirect",
                "With thousands of counting systems, “there is no single point of failure",
            ),
        ),
        # a partial quotation after the frame: the whole clause, indirect
        (
            "On taxes, the mayor was “not going to budge,” said Jane Doe.",
            ("Jane Doe", "indirect", "On taxes, the mayor was “not going to budge"),
        ),
    ],
)
def test_topic_frame_before_quotation(text: str, row: tuple[str, str, str]) -> None:
    rows = run_rules(text, "en")
    assert row in rows, rows
