"""Rules of rules-1.71, found with holdout batch AW (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_71: list[tuple[str, str, list[Row]]] = [
    (  # en: ', the <noun> stressed, but <clause>' is one statement, as ', he said, but …' (rules-1.67)
        "en",
        "The museum will reopen in May, the trust stressed, but the west wing will stay closed until autumn.",
        [
            (
                "the trust",
                "indirect",
                "The museum will reopen in May, the trust stressed, but the west wing will stay closed until autumn",
            )
        ],
    ),
    (  # en: another speaker after 'but' keeps the first clause apart
        "en",
        "Fares will rise by 3%, the operator said, but campaigners said the rise was unfair.",
        [
            ("the operator", "indirect", "Fares will rise by 3%"),
            ("campaigners", "indirect", "the rise was unfair"),
        ],
    ),
    (  # de: 'Nach Zahlen des X' opens a frame like 'Nach Angaben des X'
        "de",
        "Nach Zahlen des Kraftfahrt-Bundesamts ist der Anteil der Elektroautos auf 19 Prozent gestiegen.",
        [("Kraftfahrt-Bundesamt", "indirect", "ist der Anteil der Elektroautos auf 19 Prozent gestiegen")],
    ),
    (  # de: 'Nach neuen Daten der X'
        "de",
        "Nach neuen Daten der Bundesnetzagentur sind die Gaspreise im Herbst leicht gesunken.",
        [("Bundesnetzagentur", "indirect", "sind die Gaspreise im Herbst leicht gesunken")],
    ),
    (  # de: 'Nach Zahlen' without a source is no frame
        "de",
        "Nach Zahlen geordnet liegen die Akten im Keller.",
        [],
    ),
    (  # uk: the speaker's relative clause after an inverted cue is no part of the statement
        "uk",
        "Ремонт даху завершать у березні, повідомили в управлінні освіти, якому підпорядкована школа.",
        [("управлінні освіти", "indirect", "Ремонт даху завершать у березні")],
    ),
    (  # ru: 'которому/которая …' after the inverted cue's subject
        "ru",
        "Концерт перенесли на осень, сообщила пресс-служба филармонии, которая отвечает за площадку.",
        [("пресс-служба филармонии", "indirect", "Концерт перенесли на осень")],
    ),
    (  # uk: a lower-case clause after the parenthesis is still the sentence's own
        "uk",
        "Тарифи, вважає депутат, зростуть удвічі.",
        [("депутат", "indirect", "Тарифи, вважає депутат, зростуть удвічі")],
    ),
    (  # ru: 'как считают эксперты' (a group) inside the sentence
        "ru",
        "Причиной обрушения, как считают эксперты, стала ошибка при заливке фундамента.",
        [("эксперты", "indirect", "Причиной обрушения стала ошибка при заливке фундамента")],
    ),
    (  # ru: a plural adjective before a plural role noun is a group ('как полагают районные врачи')
        "ru",
        "Вспышку кишечной инфекции, как полагают районные врачи, вызвала вода из колодца.",
        [("районные врачи", "indirect", "Вспышку кишечной инфекции вызвала вода из колодца")],
    ),
    (  # uk: 'як вважають районні лікарі'
        "uk",
        "Спалах кишкової інфекції, як вважають районні лікарі, спричинила вода з криниці.",
        [("районні лікарі", "indirect", "Спалах кишкової інфекції спричинила вода з криниці")],
    ),
    (  # ru: 'предполагают, что …' is a reporting verb
        "ru",
        "Геологи предполагают, что землетрясение вызвала добыча газа.",
        [("Геологи", "indirect", "землетрясение вызвала добыча газа")],
    ),
    (  # uk: 'припускає, що …'
        "uk",
        "Синоптик Ірина Дубова припускає, що морози триматимуться до середини лютого.",
        [("Ірина Дубова", "indirect", "морози триматимуться до середини лютого")],
    ),
    (  # uk: a quoted question and the present 'запитує'
        "uk",
        "«А хто поверне нам гроші?» — запитує вкладниця банку Лідія Коваль.",
        [("Лідія Коваль", "direct", "А хто поверне нам гроші?")],
    ),
    (  # ru: 'спрашивает'
        "ru",
        "«Почему об этом молчали три года?» — спрашивает активист Роман Зуев.",
        [("Роман Зуев", "direct", "Почему об этом молчали три года?")],
    ),
    (  # uk: a foundation in the locative is a body ('У фундації запевнили, що …')
        "uk",
        "У фундації запевнили, що гроші на ремонт надійдуть до кінця місяця.",
        [("фундації", "indirect", "гроші на ремонт надійдуть до кінця місяця")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_71)
def test_rules_1_71(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
