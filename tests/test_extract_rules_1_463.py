"""rules-1.463 (uk/ru follow-up on GD): a name no list holds after a place in an inverted speaker's role
("посол X в Україні <Ім'я> <Прізвище>") and a body's view ended by a trailing cue of saying ("Китай считает, что
…, заявил X"); with the cases the rules must leave alone."""

from __future__ import annotations

import pytest

from extract_rule_helpers import linked_statements, run_rules

Row = tuple[str, str, str]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (  # a first name no list holds and a surname after the place
            "uk",
            "Уряд виділить кошти на школи, заявив посол Кореї в Польщі Мін Чхоль.",
            [("Мін Чхоль", "indirect", "Уряд виділить кошти на школи")],
        ),
        (
            "ru",
            "Стороны должны вернуться к переговорам, заявил посланник Вьетнама в Австрии Нгуен Тхань после встречи.",
            [("Нгуен Тхань", "indirect", "Стороны должны вернуться к переговорам")],
        ),
        (  # a place of two words: an adjective, no name
            "ru",
            "Стороны должны вернуться к переговорам, заявил посол в Республике Южная Корея.",
            [("посол", "indirect", "Стороны должны вернуться к переговорам")],
        ),
        (  # Latin words after the place: an outlet, no name
            "ru",
            "Стороны должны вернуться к переговорам, заявил министр в интервью Financial Times.",
            [("министр", "indirect", "Стороны должны вернуться к переговорам")],
        ),
        (  # the place ends the phrase: the role
            "uk",
            "Уряд виділить кошти на школи, заявив посол Кореї в Польщі.",
            [("посол Кореї", "indirect", "Уряд виділить кошти на школи")],
        ),
    ],
)
def test_rules_1_463_name_after_place(lang: str, text: str, expected: list[Row]) -> None:
    assert run_rules(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (  # a country's view ended by a cue of saying: the one who said it
            "ru",
            "Индия считает, что стороны должны вернуться к переговорам, заявил министр Иван Петров после встречи.",
            [("Иван Петров", "indirect", "стороны должны вернуться к переговорам")],
        ),
        (
            "uk",
            "Уряд вважає, що ціни знизяться до осені, сказала міністерка Олена Петренко.",
            [("Олена Петренко", "indirect", "ціни знизяться до осені")],
        ),
        (  # a pronoun after the trailing cue: the body's view, left alone
            "ru",
            "Индия считает, что стороны должны вернуться к переговорам, заявил он журналистам.",
            [("Индия", "indirect", "стороны должны вернуться к переговорам, заявил он журналистам")],
        ),
        (  # a person's view: left alone
            "ru",
            "Министр считает, что стороны должны вернуться к переговорам, заявил Иван Петров.",
            [("Министр", "indirect", "стороны должны вернуться к переговорам, заявил Иван Петров")],
        ),
        (  # no cue of saying after the clause: the country's
            "ru",
            "Индия считает, что стороны должны вернуться к переговорам, которые прервались в мае.",
            [("Индия", "indirect", "стороны должны вернуться к переговорам, которые прервались в мае")],
        ),
    ],
)
def test_rules_1_463_view_then_final_say(lang: str, text: str, expected: list[Row]) -> None:
    assert run_rules(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (  # a source of two Latin words and an adjunct before the comma: the subject after it speaks
            "uk",
            "Учора відбулася зустріч. Як пише New Yorker з посиланням на його промову, Коваль наголосив, що ціни "
            "зросли вдвічі.",
            [("Коваль", "indirect", "ціни зросли вдвічі")],
        ),
        (
            "ru",
            "Вчера прошла встреча. Как пишет The Wall Street Journal, министр Иван Петров заявил, что объемы выросли.",
            [("Иван Петров", "indirect", "объемы выросли")],
        ),
        (  # no cue of its own after the source: the source's
            "uk",
            "Учора відбулася зустріч. Як пише Wall Street Journal, ціни зросли вдвічі.",
            [("Wall Street Journal", "indirect", "ціни зросли вдвічі")],
        ),
    ],
)
def test_rules_1_463_as_source_lead(lang: str, text: str, expected: list[Row]) -> None:
    assert run_rules(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (  # "генсек" is the short "генеральний секретар": the one named with the long title
            "uk",
            "Союзники передали Україні снаряди, заявив заступник генерального секретаря НАТО Іван Коваль.\n"
            "Заступник генсека НАТО наголосив, що Альянс не планує направляти війська.",
            [
                ("Іван Коваль", "Союзники передали Україні снаряди"),
                ("Іван Коваль", "Альянс не планує направляти війська"),
            ],
        ),
        (  # no secretary named before: the phrase stays
            "uk",
            "Союзники передали Україні снаряди, заявив міністр оборони Іван Коваль.\n"
            "Заступник генсека НАТО наголосив, що Альянс не планує направляти війська.",
            [
                ("Іван Коваль", "Союзники передали Україні снаряди"),
                ("Заступник генсека НАТО", "Альянс не планує направляти війська"),
            ],
        ),
    ],
)
def test_rules_1_463_short_secretary_linked(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert linked_statements(text, lang) == expected
