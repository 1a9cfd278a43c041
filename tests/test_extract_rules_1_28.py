"""Rules of rules-1.28, found with holdout batch AE (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract.roles import role_class

RULES_1_28: list[tuple[str, str, list[Row]]] = [
    (  # uk/ru: manner of speaking after a quote ("— усміхнувся він", "— вздохнула она")
        "ru",
        "«Ничего, прорвёмся», — улыбнулся тренер Олег Дьяков.",
        [("Олег Дьяков", "direct", "Ничего, прорвёмся")],
    ),
    (
        "uk",
        "«Грошей знову не вистачило», — зітхнула директорка музею Ганна Пилип.",
        [("Ганна Пилип", "direct", "Грошей знову не вистачило")],
    ),
    (
        "ru",
        "«Главное, чтобы не было дождя», — пошутил мэр Игорь Сотников.",
        [("Игорь Сотников", "direct", "Главное, чтобы не было дождя")],
    ),
    (  # uk/ru: performers and artists as role phrases ("— сказав музикант", "— отметила певица")
        "uk",
        "Скрипалька Олена Мороз дала концерт у Львові. «Ця зала звучить чудово», — сказала артистка.",
        [("Олена Мороз", "direct", "Ця зала звучить чудово")],
    ),
    (
        "ru",
        "Пианист Григорий Лавров выступил в Казани. «Публика здесь особенная», — отметил музыкант.",
        [("Григорий Лавров", "direct", "Публика здесь особенная")],
    ),
    (  # de: the source of a document before "zufolge" is its genitive
        "de",
        "Einer Umfrage der Universität Halden zufolge lehnen zwei Drittel der Befragten die Reform ab.",
        [("Universität Halden", "indirect", "lehnen zwei Drittel der Befragten die Reform ab")],
    ),
    (
        "de",
        "Dem Jahresbericht der Feuerwehr zufolge ist die Zahl der Einsätze gestiegen.",
        [("Feuerwehr", "indirect", "ist die Zahl der Einsätze gestiegen")],
    ),
    (  # de: a clause in Konjunktiv I after a semicolon goes on with the same speaker
        "de",
        "Der Bürgermeister Karl Weiss sagte, die Brücke bleibe gesperrt; ein Gutachten werde erst im März erwartet.",
        [
            ("Karl Weiss", "indirect", "die Brücke bleibe gesperrt"),
            ("Karl Weiss", "indirect", "ein Gutachten werde erst im März erwartet"),
        ],
    ),
    (  # ... but not an indicative clause
        "de",
        "Der Bürgermeister Karl Weiss sagte, die Brücke bleibe gesperrt; die Umleitung ist ausgeschildert.",
        [("Karl Weiss", "indirect", "die Brücke bleibe gesperrt")],
    ),
    (  # en: a lead adverbial opened by a degree word ("Shortly after …", "Hours later, …")
        "en",
        "Shortly after the news conference, the party's treasurer, Owen Fitch, said the accounts were in order.",
        [("Owen Fitch", "indirect", "the accounts were in order")],
    ),
    (
        "en",
        "Hours after the news broke, the club's chairman, Dev Patel, said the manager had resigned.",
        [("Dev Patel", "indirect", "the manager had resigned")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_28)
def test_rules_1_28(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


@pytest.mark.parametrize(
    ("phrase", "cls"),
    [("музыкальный", ""), ("артистичний", "")],
)
def test_artist_words_that_are_not_roles_1_28(phrase: str, cls: str) -> None:
    assert role_class(phrase) == cls
