"""Rules of rules-1.133, found with holdout batch BV (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_133: list[tuple[str, str, list[Row]]] = [
    (  # en: a firm named by its trade and a place's "-based" is the firm named before, not a person
        "en",
        "Marlow Retail Group closed 12 stores. Sales fell 6% in the quarter, the Leeds-based retailer said.",
        [("Marlow Retail Group", "indirect", "Sales fell 6% in the quarter")],
    ),
    (
        "en",
        "Kestrel Distilling Company raised its prices. Exports rose 9% in 2026, the distiller said on Monday.",
        [("Kestrel Distilling Company", "indirect", "Exports rose 9% in 2026")],
    ),
    (  # en: with no firm named before, the phrase itself
        "en",
        "Orders fell 4% in March, the brewer said.",
        [("the brewer", "indirect", "Orders fell 4% in March")],
    ),
    (  # en: "-based" before a word that is no trade is a role, no person called "Leeds-based"
        "en",
        "Prices will rise by 3%, the Leeds-based supplier said.",
        [("the Leeds-based supplier", "indirect", "Prices will rise by 3%")],
    ),
    (  # en: a person whose surname is a trade noun stays a person
        "en",
        "Governor Jan Brewer said the budget was balanced.",
        [("Jan Brewer", "indirect", "the budget was balanced")],
    ),
    (  # en: a meeting's record named with its meeting, opening or closing the sentence, is its own source
        "en",
        "The board met on Monday. According to minutes of the meeting, fees will rise by £20 a term.",
        [("minutes of the meeting", "indirect", "fees will rise by £20 a term")],
    ),
    (
        "en",
        "The parish council voted in June. The car park will close in May, according to minutes of the meeting.",
        [("minutes of the meeting", "indirect", "The car park will close in May")],
    ),
    (
        "en",
        "According to minutes, two members voted against the budget.",
        [("minutes", "indirect", "two members voted against the budget")],
    ),
    (  # en: minutes of a past time ("Minutes later") are no source
        "en",
        "Minutes later, the lights went out across the town.",
        [],
    ),
    (  # de: an association's noun before its name in the genitive: the association, in the nominative
        "de",
        "Nach Angaben des Verbands Deutscher Mühlen sind die Mehlpreise um acht Prozent gestiegen.",
        [("Verband Deutscher Mühlen", "indirect", "sind die Mehlpreise um acht Prozent gestiegen")],
    ),
    (
        "de",
        "Nach Angaben des Vereins Freunde Alter Mühlen haben im Sommer 30 Mühlen geöffnet.",
        [("Verein Freunde Alter Mühlen", "indirect", "haben im Sommer 30 Mühlen geöffnet")],
    ),
    (  # de: a person's name after a body noun is left alone (the role before it stays a role)
        "de",
        "Der Vorsitzende des Vereins, Jens Maurer, sagte, man werde klagen.",
        [("Jens Maurer", "indirect", "man werde klagen")],
    ),
    (  # uk, ru: "Згідно з даними X, …", "Согласно отчёту X, …": the source after the data or the document
        "uk",
        "Згідно з даними Держстату, безробіття в області зросло до 9%.",
        [("Держстату", "indirect", "безробіття в області зросло до 9%")],
    ),
    (
        "ru",
        "Согласно отчёту Счетной палаты, расходы на ремонт дорог выросли на 12%.",
        [("Счетной палаты", "indirect", "расходы на ремонт дорог выросли на 12%")],
    ),
    (  # uk: a document alone is its author's, the body quoted before
        "uk",
        "У Рахунковій палаті повідомили, що ремонт мосту затягнули на рік. Згідно з висновком, на ремонт "
        "витратили 40 мільйонів гривень.",
        [
            ("Рахунковій палаті", "indirect", "ремонт мосту затягнули на рік"),
            ("Рахунковій палаті", "indirect", "на ремонт витратили 40 мільйонів гривень"),
        ],
    ),
    (  # uk, ru: a law, a schedule and data without a source are no source
        "uk",
        "Згідно із законом, власник має відремонтувати фасад до травня.",
        [],
    ),
    (
        "ru",
        "Согласно графику, поезд прибудет в Тверь в девять утра.",
        [],
    ),
    (
        "ru",
        "Согласно предварительным данным, пострадавших нет.",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_133)
def test_rules_1_133(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
