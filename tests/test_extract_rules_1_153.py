"""Rules of rules-1.153, found with holdout batch CB (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_153: list[tuple[str, str, list[Row]]] = [
    (  # en: a place adverbial before the subject is no part of the speaker
        "en",
        "Outside the stadium, a police officer said the gates had opened late.",
        [("a police officer", "indirect", "the gates had opened late")],
    ),
    (
        "en",
        "Near the border, the mayor said the road would reopen on Monday.",
        [("the mayor", "indirect", "the road would reopen on Monday")],
    ),
    (  # en: a body named after a nation is no person named "Scotland"
        "en",
        "Historic England said the mill had been listed at Grade II.",
        [("Historic England", "indirect", "the mill had been listed at Grade II")],
    ),
    (  # en: not a person whose surname is a nation
        "en",
        "Coach Jack England said the squad was ready.",
        [("Jack England", "indirect", "the squad was ready")],
    ),
    (  # uk: the place after "в" before an unknown first name is no part of the name
        "uk",
        "Посол ЄС в Україні Катаріна Матернова заявила, що програма триватиме ще рік.",
        [("Катаріна Матернова", "indirect", "програма триватиме ще рік")],
    ),
    (  # ru
        "ru",
        "Глава миссии ООН в Молдавии Сеймур Хайдаров сообщил, что помощь прибудет в пятницу.",
        [("Сеймур Хайдаров", "indirect", "помощь прибудет в пятницу")],
    ),
    (  # de: a Konjunktiv chain goes on over one sentence in the ambiguous past
        "de",
        "Bürgermeister Jan Roth verteidigte den Plan. Die Stadt sei pleite, sagte er dem Radio. "
        "Ohne die Kürzung drohten neue Schulden. Er sei aber offen für Vorschläge.",
        [
            ("Jan Roth", "indirect", "Die Stadt sei pleite"),
            ("Jan Roth", "indirect", "Er sei aber offen für Vorschläge"),
        ],
    ),
    (  # de: not over a sentence with a subject of its own
        "de",
        "Bürgermeister Jan Roth sagte, die Lage sei ruhig. Die Polizei nahm zwei Männer fest. "
        "Sie seien betrunken gewesen.",
        [
            ("Jan Roth", "indirect", "die Lage sei ruhig"),
            ("Polizei", "indirect", "Sie seien betrunken gewesen"),
        ],
    ),
    (  # ru: "Такие данные X раскрыла": the figures before are X's, the subject before the verb
        "ru",
        "Продажи автомобилей в октябре упали на 12%. Такие данные ассоциация опубликовала в среду.",
        [("ассоциация", "indirect", "Продажи автомобилей в октябре упали на 12%")],
    ),
    (  # uk
        "uk",
        "Експорт зерна зріс на 7%. Такі дані міністерство оприлюднило у вівторок.",
        [("міністерство", "indirect", "Експорт зерна зріс на 7%")],
    ),
    (  # ru: not when the data are the subject of another verb
        "ru",
        "Продажи автомобилей в октябре упали на 12%. Эти данные удивили экспертов.",
        [],
    ),
    (  # uk: a known first name after the place: as before
        "uk",
        "Посол у Вашингтоні Оксана Маркарова сказала, що зустріч відбулася.",
        [("Оксана Маркарова", "indirect", "зустріч відбулася")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_153)
def test_rules_1_153(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
