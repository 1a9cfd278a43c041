"""Rules of rules-1.27, found with holdout batch AD (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract.inflect import nominative_name
from ingest.extract.roles import role_class

RULES_1_27: list[tuple[str, str, list[Row]]] = [
    (  # German objections as separable verbs: "hielt (dem) entgegen, …", "hielt dagegen, …", "wandte ein, …"
        "de",
        "Der Landrat Peter Holm hielt dem entgegen, der Kreis habe seine Rücklagen längst aufgebraucht. "
        "Neue Schulden seien nicht genehmigungsfähig.",
        [
            ("Peter Holm", "indirect", "der Kreis habe seine Rücklagen längst aufgebraucht"),
            ("Peter Holm", "indirect", "Neue Schulden seien nicht genehmigungsfähig"),
        ],
    ),
    (
        "de",
        "Die Wirtin Erika Lang hielt dagegen, die Gäste blieben wegen der Baustelle weg.",
        [("Erika Lang", "indirect", "die Gäste blieben wegen der Baustelle weg")],
    ),
    (
        "de",
        "Der Förster Jens Adler wandte ein, der Wald brauche Jahrzehnte, um sich zu erholen.",
        [("Jens Adler", "indirect", "der Wald brauche Jahrzehnte, um sich zu erholen")],
    ),
    ("de", "Der Trainer hielt am Montag eine lange Rede, die keiner verstand.", []),
    (  # forecasts in Ukrainian and Russian attributions
        "ru",
        "Экономист Павел Зорин ожидает снижения ставки. «К лету инфляция замедлится», — прогнозирует он.",
        [("Павел Зорин", "direct", "К лету инфляция замедлится")],
    ),
    (
        "uk",
        "Аналітик Тарас Мельник прогнозує, що ціни на пальне зростуть до осені.",
        [("Тарас Мельник", "indirect", "ціни на пальне зростуть до осені")],
    ),
    (
        "ru",
        "«Урожай будет хуже прошлогоднего», — предсказал агроном Семен Рябов.",
        [("Семен Рябов", "direct", "Урожай будет хуже прошлогоднего")],
    ),
    (  # a person named with an unknown (double) given name before "of"/"at" + a firm: the person speaks
        "en",
        "Ji-Hoon Maddox of Granite Analytics said the merger would face a long review.",
        [("Ji-Hoon Maddox", "indirect", "the merger would face a long review")],
    ),
    (
        "en",
        "Anna-Lise Ferrante at Beacon Research said demand had peaked.",
        [("Anna-Lise Ferrante", "indirect", "demand had peaked")],
    ),
    (  # German management bodies by compound ("Schulleitung", "Geschäftsführung", "Bauaufsicht")
        "de",
        "Nach Angaben der Schulleitung fällt der Unterricht bis Freitag aus.",
        [("Schulleitung", "indirect", "fällt der Unterricht bis Freitag aus")],
    ),
    (
        "de",
        "Die Geschäftsführung teilte mit, die Produktion ruhe bis Januar.",
        [("Geschäftsführung", "indirect", "die Produktion ruhe bis Januar")],
    ),
    (  # ... but not an event noun on the same ending
        "de",
        "Nach der Einführung des Tarifs sagte Uwe Kern, das sei ein Erfolg.",
        [("Uwe Kern", "indirect", "das sei ein Erfolg")],
    ),
    (  # uk/ru: an adjective before a body noun in "Как пояснили в …" belongs to the body
        "ru",
        "Как сообщили в жилищном управлении администрации, ремонт крыши начнется в мае.",
        [("жилищном управлении администрации", "indirect", "ремонт крыши начнется в мае")],
    ),
    (
        "ru",
        "Как отметил в прениях защитник, вина не доказана.",
        [("защитник", "indirect", "вина не доказана")],
    ),
    (  # "глава администрации <города>" is the mayor
        "ru",
        "Глава администрации Краснослободска Олег Мухин заявил, что мост откроют в мае. Депутат Анна Ким "
        "сказала, что денег нет. Мэр также пообещал, что дороги отремонтируют.",
        [
            ("Олег Мухин", "indirect", "мост откроют в мае"),
            ("Анна Ким", "indirect", "денег нет"),
            ("Олег Мухин", "indirect", "дороги отремонтируют"),
        ],
    ),
    (  # a role with a quoted club between it and the name; the agent of a player is no player
        "ru",
        "Нападающий «Ротора» Иван Силин может уехать в Турцию. Агент игрока Олег Брагин заявил, что "
        "переговоры идут. Сам игрок написал, что пока не думает об уходе.",
        [
            ("Олег Брагин", "indirect", "переговоры идут"),
            ("Иван Силин", "indirect", "пока не думает об уходе"),
        ],
    ),
    (
        "uk",
        "Перехід півзахисника «Карпат» Андрія Кулика до «Зорі» зірвався. Агент футболіста Ігор Сало заявив, що "
        "клуби не домовилися. Сам футболіст написав, що залишається у Львові.",
        [
            ("Ігор Сало", "indirect", "клуби не домовилися"),
            ("Андрій Кулик", "indirect", "залишається у Львові"),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_27)
def test_rules_1_27(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


@pytest.mark.parametrize(
    ("phrase", "cls"),
    [("Агент футболиста", ""), ("мать погибшего", ""), ("полузащитника", "player"), ("адвокат", "lawyer")],
)
def test_relation_heads_1_27(phrase: str, cls: str) -> None:
    assert role_class(phrase) == cls


@pytest.mark.parametrize(
    ("name", "lang", "nom"),
    [("Петра Сковороды", "ru", "Петр Сковорода"), ("Петра Сковороди", "uk", "Петро Сковорода")],
)
def test_male_surname_in_a_1_27(name: str, lang: str, nom: str) -> None:
    assert nominative_name(name, lang, "gen") == nom
