"""Rules of rules-1.9, found with holdout batch N (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_9: list[tuple[str, str, list[Row]]] = [
    (  # a family as the source of a death notice, in a final attribution
        "en",
        "The singer Tom Hale has died aged 71, his family said on Monday.",
        [("his family", "indirect", "The singer Tom Hale has died aged 71")],
    ),
    (  # an investigation branch as a body
        "en",
        "Its findings will be published next spring, the branch said.",
        [("the branch", "indirect", "Its findings will be published next spring")],
    ),
    (  # organisers as a group in a Russian frame
        "ru",
        "Как сообщили организаторы фестиваля, концерт перенесен на воскресенье.",
        [("организаторы фестиваля", "indirect", "концерт перенесен на воскресенье")],
    ),
    (  # a present-tense cue of remembering after a dash
        "ru",
        "«Он всегда приходил первым», — вспоминает Ирина Павлова.",
        [("Ирина Павлова", "direct", "Он всегда приходил первым")],
    ),
    (  # the same in Ukrainian
        "uk",
        "«Він ніколи не скаржився», — згадує Олена Бондар.",
        [("Олена Бондар", "direct", "Він ніколи не скаржився")],
    ),
    (  # a condolence as a document whose author is the body named after it
        "ru",
        "«Мы потеряли друга», — говорится в соболезновании театра.",
        [("театра", "direct", "Мы потеряли друга")],
    ),
    (  # German "Nach seiner/ihrer Einschätzung" (a feminine noun after the possessive)
        "de",
        "Die Ökonomin Sabine Roth ist skeptisch. Nach ihrer Einschätzung wird die Inflation weiter steigen.",
        [("Sabine Roth", "indirect", "wird die Inflation weiter steigen")],
    ),
    (  # a German church body
        "de",
        "Nach Angaben der Diözese wird die Kapelle im Mai wieder geöffnet.",
        [("Diözese", "indirect", "wird die Kapelle im Mai wieder geöffnet")],
    ),
    (  # a nationality noun describing the person just spoken of
        "de",
        "Der Titelverteidiger Lars Nilsson verlor im Finale. „Ich war heute zu nervös“, sagte der Schwede.",
        [("Lars Nilsson", "direct", "Ich war heute zu nervös")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_9)
def test_rules_1_9(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
