"""rules-1.400 (blind batch FK): Ukrainian and Russian heads found again by a role phrase alone: a board is part
of the role ("Голова правління «X» …", "председатель правления …" is the head of the company, not of a board),
a service or a republic is the body just named ("Голова служби", "глава республики"), a head of a body in quote
marks is the one introduced as its president ("очільник «X»" after "Президент «X» …"); "постпред" is a role."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules


@pytest.mark.parametrize(
    ("text", "lang", "rows"),
    [
        # a board is part of the role: the company's head is its chairman
        (
            "Голова правління «Укрлісу» Олег Дячук повідомив, що заготівля впала. За словами очільника компанії, "
            "ціни зростуть.",
            "uk",
            [("Олег Дячук", "indirect", "заготівля впала"), ("Олег Дячук", "indirect", "ціни зростуть")],
        ),
        (
            "Председатель правления банка Ирина Котова сообщила, что прибыль выросла. Глава банка добавила, что "
            "вклады растут.",
            "ru",
            [("Ирина Котова", "indirect", "прибыль выросла"), ("Ирина Котова", "indirect", "вклады растут")],
        ),
        # left alone: the head of another body named by a common noun is not the board's chairman
        (
            "Голова правління «Укрлісу» Олег Дячук повідомив, що заготівля впала. Очільник району додав, що "
            "дороги розмило.",
            "uk",
            [
                ("Олег Дячук", "indirect", "заготівля впала"),
                ("Очільник району", "indirect", "дороги розмило"),
            ],
        ),
        # a service and a republic: the body just named
        (
            "Голова Держпраці Юрій Ткач заявив, що перевірки тривають. Голова служби відповів, що штрафів "
            "не буде.",
            "uk",
            [("Юрій Ткач", "indirect", "перевірки тривають"), ("Юрій Ткач", "indirect", "штрафів не буде")],
        ),
        (
            "Глава Чувашии Олег Павлов сообщил, что дороги открыты. По словам главы республики, паводок "
            "прошел.",
            "ru",
            [("Олег Павлов", "indirect", "дороги открыты"), ("Олег Павлов", "indirect", "паводок прошел")],
        ),
        # a head of a body in quote marks: the one introduced as its president
        (
            "Президент «Київстару» Іван Лисенко заявив, що мережа працює. На думку очільника «Київстару», "
            "збоїв не буде.",
            "uk",
            [("Іван Лисенко", "indirect", "мережа працює"), ("Іван Лисенко", "indirect", "збоїв не буде")],
        ),
        # left alone: a head of another quoted body
        (
            "Президент «Київстару» Іван Лисенко заявив, що мережа працює. На думку очільника «Укрпошти», "
            "збоїв не буде.",
            "uk",
            [
                ("Іван Лисенко", "indirect", "мережа працює"),
                ("очільника «Укрпошти»", "indirect", "збоїв не буде"),
            ],
        ),
        # a permanent representative, short
        (
            "Постоянный представитель России при ОБСЕ Артем Рябов заявил, что доклад ложный. По словам "
            "постпреда, миссия не нужна.",
            "ru",
            [("Артем Рябов", "indirect", "доклад ложный"), ("Артем Рябов", "indirect", "миссия не нужна")],
        ),
    ],
)
def test_rules_1_400(text: str, lang: str, rows: list[tuple[str, str, str]]) -> None:
    assert run_rules(text, lang) == rows
