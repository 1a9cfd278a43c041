"""rules-1.441: a board ("правління", "правления") is found at a word start only, so the head of a department
("начальник управління", "начальник управления") is no chairman of a company's or a bank's board, and "Голова
банку" is not linked to him; found reading the role linking, not in a batch."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        (  # a department's head is not the bank's
            "Начальник управління охорони здоров'я ОВА Олег Петренко заявив, що лікарні працюють. Голова банку "
            "зазначив, що кредити видаватимуть і далі.",
            "кредити",
            "Голова банку",
        ),
        (
            "Начальник управления здравоохранения Олег Петров заявил, что больницы работают. Глава банка отметил, "
            "что кредиты будут выдавать и дальше.",
            "кредиты",
            "Глава банка",
        ),
        (  # the board's chairman is still the bank's head (rules-1.400)
            "Голова правління банку «Схід» Олег Петренко заявив, що кредити видаватимуть і далі. Голова банку "
            "зазначив, що відділення працюють.",
            "відділення",
            "Олег Петренко",
        ),
    ],
)
def test_board_at_word_start_1_441(text: str, quote_start: str, speaker: str) -> None:
    lang = "uk" if "і" in text else "ru"
    rows = run_rules(text, lang)
    assert [sp for sp, _, q in rows if q.startswith(quote_start)] == [speaker], rows
