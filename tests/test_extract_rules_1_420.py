"""rules-1.420 (blind batch FQ): the head of an oblast's (military or state) administration is the region's
governor ("Начальник Сумської обласної військової адміністрації X" … "Очільник області зазначив", "голова ОВА"; a
district's or a city's administration is not); "официальный представитель"/"офіційний представник" is a body's
spokesperson, and "официальный представитель ведомства" the one spokesperson named before (a plain "представитель
ведомства" stays the body's); the Ukrainian "урядовець" (a government official) is a role word."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules
from ingest.extract.roles import role_class


@pytest.mark.parametrize(
    ("phrase", "cls"),
    [
        ("Голова Одеської обласної військової адміністрації", "governor"),
        ("начальник Сумської обласної військової адміністрації", "governor"),
        ("голова Львівської обласної державної адміністрації", "governor"),
        ("глава Одесской областной военной администрации", "governor"),
        ("начальника Харківської ОВА", "governor"),
        ("голова Запорізької ОДА", "governor"),
        ("очільник області", "governor"),  # as before (rules-1.8)
        ("Официальный представитель МИД России", "spokesperson"),
        ("офіційний представник Повітряних сил", "spokesperson"),
        ("официальный представитель ведомства", "spokesperson"),
        # left alone: a city's or a district's administration, a regional council, a plain representative
        ("Начальник Київської міської військової адміністрації", "head"),
        ("голова Бучанської районної військової адміністрації", "head"),
        ("голова обласної ради", "head"),
        ("керівник КМВА", "head"),
        ("представитель компании", ""),
        ("представник громади", ""),
    ],
)
def test_role_classes(phrase: str, cls: str) -> None:
    assert role_class(phrase) == cls


@pytest.mark.parametrize(
    ("text", "lang", "rows"),
    [
        # the head of an oblast's administration, then "the head of the region"
        (
            "Начальник Херсонської обласної військової адміністрації Петро Литвак заявив, що світло повернули. "
            "Очільник області зазначив, що ремонт триватиме тиждень.",
            "uk",
            [
                ("Петро Литвак", "indirect", "світло повернули"),
                ("Петро Литвак", "indirect", "ремонт триватиме тиждень"),
            ],
        ),
        (
            "Голова Рівненської ОВА Олег Сидорчук повідомив, що школи працюють. За словами очільника області, "
            "генераторів вистачає.",
            "uk",
            [
                ("Олег Сидорчук", "indirect", "школи працюють"),
                ("Олег Сидорчук", "indirect", "генераторів вистачає"),
            ],
        ),
        # left alone: a city's head is no head of the region
        (
            "Начальник Київської міської військової адміністрації Петро Литвак заявив, що світло повернули. "
            "Очільник області зазначив, що ремонт триватиме тиждень.",
            "uk",
            [
                ("Петро Литвак", "indirect", "світло повернули"),
                ("Очільник області", "indirect", "ремонт триватиме тиждень"),
            ],
        ),
        # the ministry's spokesperson called "the agency's official representative"
        (
            "Официальный представитель МИД России Ольга Ветрова назвала решение ошибкой. «Мы ответим», — сказала "
            "Ветрова. Официальный представитель ведомства добавила, что посол будет вызван.",
            "ru",
            [
                ("Ольга Ветрова", "direct", "Мы ответим"),
                ("Ольга Ветрова", "indirect", "посол будет вызван"),
            ],
        ),
        # left alone: a plain representative of the agency is any of its staff
        (
            "Официальный представитель МИД России Ольга Ветрова назвала решение ошибкой. «Мы ответим», — сказала "
            "Ветрова. Представитель ведомства добавил, что посол будет вызван.",
            "ru",
            [
                ("Ольга Ветрова", "direct", "Мы ответим"),
                ("Представитель ведомства", "indirect", "посол будет вызван"),
            ],
        ),
        # a government official ("урядовець") is the minister named before
        (
            "Віцепрем'єр-міністр Олег Бойко заявив, що ремонт завершать у лютому. За словами урядовця, "
            "обладнання вже привезли.",
            "uk",
            [
                ("Олег Бойко", "indirect", "ремонт завершать у лютому"),
                ("Олег Бойко", "indirect", "обладнання вже привезли"),
            ],
        ),
    ],
)
def test_rules_1_420(text: str, lang: str, rows: list[tuple[str, str, str]]) -> None:
    assert run_rules(text, lang) == rows
