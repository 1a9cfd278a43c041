"""Rules of rules-1.237, found with holdout batch DB (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_237: list[tuple[str, str, list[Row]]] = [
    (  # uk: "Про це вона розповіла в інтерв'ю <outlet>": the pronoun is the speaker, the outlet listened
        "uk",
        "ЛЬВІВ. Режисерка Ганна Степанюк знімає новий фільм про Маріуполь. Про це вона розповіла в інтерв'ю Suspilne.",
        [("Ганна Степанюк", "indirect", "Режисерка Ганна Степанюк знімає новий фільм про Маріуполь")],
    ),
    (  # ru: the same with a name before the cue and an outlet in capitals
        "ru",
        "МОСКВА. Актер Петр Волынцев покидает труппу театра. Об этом Волынцев рассказал в интервью РБК.",
        [("Петр Волынцев", "indirect", "Актер Петр Волынцев покидает труппу театра")],
    ),
    (  # the outlet before the cue and the speaker after it: the speaker, as before
        "ru",
        "МОСКВА. Правительство выделит 3 млрд рублей на ремонт школ. Об этом ТАСС сообщил министр финансов "
        "Олег Сазонов.",
        [("Олег Сазонов", "indirect", "Правительство выделит 3 млрд рублей на ремонт школ")],
    ),
    (  # uk: the subject before a relative clause ("X, чий …, працює …") is the pronoun's antecedent
        "uk",
        "КИЇВ. Композитор Богдан Ярема, чия опера торік отримала премію, пише симфонію. Про це він розповів в "
        "інтерв'ю Holdout.",
        [
            (
                "Богдан Ярема",
                "indirect",
                "Композитор Богдан Ярема, чия опера торік отримала премію, пише симфонію",
            )
        ],
    ),
    (  # uk: "— йдеться в його повідомленні" after the paragraph that named him: his words
        "uk",
        "Про нічну атаку в Telegram написав голова Сумської ОВА Олег Бойчук.\n«Пошкоджено школу і два "
        "будинки», — йдеться в його повідомленні.",
        [("Олег Бойчук", "direct", "Пошкоджено школу і два будинки")],
    ),
    (  # ru: the subject of the sentence before in the paragraph, of the pronoun's gender
        "ru",
        "Губернатор Анна Лисицына обратилась к жителям области. «Мы справимся вместе», — говорится в ее обращении.",
        [("Анна Лисицына", "direct", "Мы справимся вместе")],
    ),
    (  # uk: a body as that subject ("його" is its)
        "uk",
        "Міністерство охорони здоров'я оприлюднило нові дані. «Захворюваність зросла на 12%», — йдеться в його "
        "повідомленні.",
        [("Міністерство охорони здоров'я", "direct", "Захворюваність зросла на 12%")],
    ),
    (  # the subject is of the other gender: left unknown, no statement
        "uk",
        "Мер Ольга Данилюк привітала мешканців. «Ми вистоїмо», — йдеться в його зверненні.",
        [],
    ),
    (  # uk, ru: athletes and church ranks are role nouns ("— заявила атлетка", "— сказал штангист")
        "uk",
        "Бронзова призерка програла фінал. «Я ще повернуся», — заявила атлетка.",
        [("атлетка", "direct", "Я ще повернуся")],
    ),
    (
        "ru",
        "«Вес был взят чисто», — сказал штангист после соревнований.",
        [("штангист", "direct", "Вес был взят чисто")],
    ),
    (  # en: ", it said on Thursday, a move that …": the writer's apposition with its relative clause
        "en",
        "LONDON, Nov 27 (Reuters) - British grocer Pellow Foods will close 40 stores next year, it said on "
        "Thursday, a move that could cost 2,000 jobs.",
        [("Pellow Foods", "indirect", "British grocer Pellow Foods will close 40 stores next year")],
    ),
    (
        "en",
        "The council will sell the old library next year, the mayor said, a decision which angered residents.",
        [("the mayor", "indirect", "The council will sell the old library next year")],
    ),
    (  # a short clause before the parenthesis: the whole sentence, as before
        "en",
        "It was, he said, a mistake that would haunt them.",
        [("", "indirect", "It was, he said, a mistake that would haunt them")],
    ),
    (  # a verb before the relative pronoun: no apposition, as before
        "en",
        "Prices rose sharply in the third quarter, she said, the company expects that demand will slow.",
        [
            (
                "",
                "indirect",
                "Prices rose sharply in the third quarter, she said, the company expects that demand will slow",
            )
        ],
    ),
    (  # en: the question put to the speaker between commas is no part of the speaker
        "en",
        "A spokesman for the ministry, asked about the report, said it was false.",
        [("A spokesman for the ministry", "indirect", "it was false")],
    ),
    (
        "en",
        "The minister, asked by reporters about the delay, said it was not his fault.",
        [("The minister", "indirect", "it was not his fault")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_237)
def test_rules_1_237(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
