"""rules-1.369 (blind batch EX): Ukrainian and Russian officials introduced by role and a body's acronym
("секретар РНБО Олег …", "глава МЧС Павел …") are found again by that role alone; short "зам-" roles
("По словам замминистра, …") and aides ("помощник", "помічник") are role words; secretaries and aides are role
classes of their own ("— наголосив секретар штабу" is the secretary named before, not someone else)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules


@pytest.mark.parametrize(
    ("text", "lang", "rows"),
    [
        # a role with a body's acronym before the name, then the role alone
        (
            "Рішення про санкції оприлюднив секретар РНБО Петро Гончаренко.\nГончаренко заявив, що список "
            "розширять. «Це лише початок», — сказав секретар РНБО.",
            "uk",
            [
                ("Петро Гончаренко", "indirect", "список розширять"),
                ("Петро Гончаренко", "direct", "Це лише початок"),
            ],
        ),
        (
            "Доклад представил глава МЧС Павел Смирнов.\n«Мы готовы к паводку», — сказал глава МЧС.",
            "ru",
            [("Павел Смирнов", "direct", "Мы готовы к паводку")],
        ),
        # left alone: a preposition before the acronym is no role ("до СБУ Петро …")
        (
            "Відповідь надіслали до СБУ Петро Гончаренко.\n«Це лише початок», — сказав секретар РНБО.",
            "uk",
            [("секретар РНБО", "direct", "Це лише початок")],
        ),
        # a short "зам-" role after "по словам"
        (
            "Заместитель министра финансов Ирина Котова рассказала, что бюджет сбалансирован. По словам "
            "замминистра, дефицит не превысит 2 процентов.",
            "ru",
            [
                ("Ирина Котова", "indirect", "бюджет сбалансирован"),
                ("Ирина Котова", "indirect", "дефицит не превысит 2 процентов"),
            ],
        ),
        # a secretary: the one named so, not the president named since
        (
            "В Україну повернули 500 полонених. Про це повідомив секретар Координаційного штабу Тарас Гринчук.\n"
            "Президент Андрій Коваль подякував партнерам. «Кожен обмін — це місяці роботи», — наголосив "
            "секретар штабу.",
            "uk",
            [
                ("Тарас Гринчук", "indirect", "В Україну повернули 500 полонених"),
                ("Тарас Гринчук", "direct", "Кожен обмін — це місяці роботи"),
            ],
        ),
        # left alone: a secretary is not the mayor who spoke last
        (
            "Засідання провів секретар міськради Олег Бондар. Мер Ірина Сич заявила, що бюджет ухвалять. "
            "«Грошей вистачить», — сказав секретар.",
            "uk",
            [("Ірина Сич", "indirect", "бюджет ухвалять"), ("Олег Бондар", "direct", "Грошей вистачить")],
        ),
        # an aide is a role word: the words after the quote are his
        (
            "Министр Павел Орлов заявил, что пауза нужна. «Мы договорились об обмене», — сказал помощник министра.",
            "ru",
            [
                ("Павел Орлов", "indirect", "пауза нужна"),
                ("помощник министра", "direct", "Мы договорились об обмене"),
            ],
        ),
    ],
)
def test_roles_found_again(text: str, lang: str, rows: list[tuple[str, str, str]]) -> None:
    assert run_rules(text, lang) == rows
