"""rules-1.413: a court's papers speak ("“…,” the ruling stated.", "The judgment says …"), and a film or book that
"tells the story of" someone states nothing; found on the real news feeds of the shared corpus, not in a batch."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "“A very small number of its actions have amounted to terrorist action,” the ruling stated. “We "
            "propose to make an order quashing the decision.”",
            ("the ruling", "direct", "We propose to make an order quashing the decision."),
        ),
        (
            "The judgment says the minister acted unlawfully.",
            ("The judgment", "indirect", "the minister acted unlawfully"),
        ),
        (
            "“The defendant showed no remorse,” the verdict said.",
            ("the verdict", "direct", "The defendant showed no remorse"),
        ),
        # what a person told: the story of how …
        ("She told the story of how the town was saved.", ("", "indirect", "how the town was saved")),
    ],
)
def test_found_1_413(text: str, row: tuple[str, str, str]) -> None:
    rows = run_rules(text, "en")
    assert row in rows, rows


@pytest.mark.parametrize(
    "text",
    [
        "Casino is one of the best films of the decade. It tells the story of a professional gambler sent by the "
        "mafia to Las Vegas.",
        "The documentary tells the true story of a family that fled the war.",
        "The ruling came after a long trial.",
    ],
)
def test_not_found_1_413(text: str) -> None:
    assert run_rules(text, "en") == []


def test_filing_is_the_company_s() -> None:
    """A filing is the filer's: its company stays the speaker (not the document itself)."""
    text = (
        "Shares of chipmaker Veltrix Semiconductor fell after the company cut its forecast.\nVeltrix now expects "
        "revenue of $8.2 billion for the year, down from $9 billion, according to a regulatory filing."
    )
    rows = run_rules(text, "en")
    assert any(
        sp in ("Veltrix Semiconductor", "the company") and q.startswith("Veltrix now") for sp, _, q in rows
    ), rows
