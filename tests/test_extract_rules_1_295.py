"""Rules of rules-1.295, found with blind batch DV (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_295: list[tuple[str, str, list[Row]]] = [
    (  # an English adjunct without its comma before "he"/"she": the pronoun is the subject
        "en",
        "Harbour master Owen Pryce said the quay was damaged. "
        "On Saturday morning he said the ferry would resume on Tuesday.",
        [
            ("Owen Pryce", "indirect", "the quay was damaged"),
            ("Owen Pryce", "indirect", "the ferry would resume on Tuesday"),
        ],
    ),
    (
        "en",
        "Mayor Ruth Calder said the bridge was unsafe. Later that week she said repairs would cost $2 million.",
        [
            ("Ruth Calder", "indirect", "the bridge was unsafe"),
            ("Ruth Calder", "indirect", "repairs would cost $2 million"),
        ],
    ),
    (  # … not after a one-word opener: "Then she added warily:" keeps its quote direct
        "en",
        "“We lost the vote,” Mayor Ruth Calder said. Then she added warily: “There is always next year.”",
        [
            ("Ruth Calder", "direct", "We lost the vote"),
            ("Ruth Calder", "direct", "There is always next year."),
        ],
    ),
    ("en", "In the end he said nothing.", []),
    (  # a Ukrainian time adverb "Вдень" before the subject is no name
        "uk",
        "Про це повідомив міський голова Степан Гринчук. Вдень він уточнив, що світло повернули в усі будинки.",
        [("Степан Гринчук", "indirect", "світло повернули в усі будинки")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), RULES_1_295)
def test_rules_1_295(lang: str, text: str, want: list[Row]) -> None:
    assert _run(text, lang) == want
