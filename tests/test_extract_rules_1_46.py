"""Rules of rules-1.46, found with holdout batch AQ (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_46: list[tuple[str, str, list[Row]]] = [
    (  # ru: "полагает, что …" (believes that) is a reporting verb like "считает"
        "ru",
        "Экономист Виктор Горелов полагает, что цены на жильё в следующем году стабилизируются.",
        [("Виктор Горелов", "indirect", "цены на жильё в следующем году стабилизируются")],
    ),
    (  # ru: the plural, for a body
        "ru",
        "В ассоциации застройщиков полагают, что спрос на ипотеку упадёт на треть.",
        [("ассоциации застройщиков", "indirect", "спрос на ипотеку упадёт на треть")],
    ),
    (  # de: "Laut „Bild“ …": a source in quote marks right after the frame word
        "de",
        "Der Trainer schweigt. Laut „Morgenkurier“ will der Verein bis Freitag einen Nachfolger vorstellen.",
        [("Morgenkurier", "indirect", "will der Verein bis Freitag einen Nachfolger vorstellen")],
    ),
    (  # en: a one-word subject before a parenthetical cue, and a verb phrase after it
        "en",
        "Defence barrister Mark Lee said his client was sorry. Doyle, he said, had been drinking heavily that night.",
        [
            ("Mark Lee", "indirect", "his client was sorry"),
            ("Mark Lee", "indirect", "Doyle, he said, had been drinking heavily that night"),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_46)
def test_rules_1_46(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
