"""Rules of rules-1.10, found with holdout batch O (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_10: list[tuple[str, str, list[Row]]] = [
    (  # the investigation as the source of a Russian frame
        "ru",
        "По данным следствия, похищенные деньги выводили через криптобиржи.",
        [("следствия", "indirect", "похищенные деньги выводили через криптобиржи")],
    ),
    (  # the same in Ukrainian
        "uk",
        "За даними слідства, посадовці отримали понад два мільйони гривень.",
        [("слідства", "indirect", "посадовці отримали понад два мільйони гривень")],
    ),
    (  # a city council in the locative as the speaker of a plural cue
        "uk",
        "У міськраді пояснюють, що ремонт мосту завершать до осені.",
        [("міськраді", "indirect", "ремонт мосту завершать до осені")],
    ),
    (  # an inspectorate as a body
        "uk",
        "Державна інспекція праці повідомила, що перевірка триватиме місяць.",
        [("Державна інспекція праці", "indirect", "перевірка триватиме місяць")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_10)
def test_rules_1_10(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
