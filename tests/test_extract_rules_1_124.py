"""Rules of rules-1.124, found with holdout batch BQ (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_124: list[tuple[str, str, list[Row]]] = [
    (  # uk: a currency before an opening quote mark ends the sentence
        "uk",
        "Мер Ірина Бойко сказала, що ремонт мосту коштуватиме 80 млн грн. «Грошей у бюджеті немає», — додала вона.",
        [
            ("Ірина Бойко", "indirect", "ремонт мосту коштуватиме 80 млн грн"),
            ("Ірина Бойко", "direct", "Грошей у бюджеті немає"),
        ],
    ),
    (  # ru: the same with roubles
        "ru",
        "Глава района Павел Орлов сказал, что ремонт обойдется в 40 млн руб. «Денег в бюджете нет», — добавил он.",
        [
            ("Павел Орлов", "indirect", "ремонт обойдется в 40 млн руб"),
            ("Павел Орлов", "direct", "Денег в бюджете нет"),
        ],
    ),
    (  # uk: a quoted word after "тис." inside a sentence does not end it
        "uk",
        "Мер Ірина Бойко сказала, що місто купить 5 тис. «розумних» ліхтарів.",
        [("Ірина Бойко", "indirect", "місто купить 5 тис. «розумних» ліхтарів")],
    ),
    (  # en: "it" after a lead whose subject, a name, is taken up by "its"
        "en",
        "OSLO (Reuters) - Nordvik Salmon cut its harvest forecast on Thursday after a lice outbreak.\n"
        "Harvest volumes will fall by about 8% this year, it said in a statement.",
        [("Nordvik Salmon", "indirect", "Harvest volumes will fall by about 8% this year")],
    ),
    (  # en: a person's name is not such a body
        "en",
        "Emma Lund cut her forecast on Thursday.\nVolumes will fall by about 8% this year, it said.",
        [("", "indirect", "Volumes will fall by about 8% this year")],
    ),
    (  # en: a filing with a regulator is the filer's, not the regulator's
        "en",
        "Brightwell Foods said on Monday it would close two plants. The closures will cost about $40 million, "
        "according to a filing with the Securities and Exchange Commission.",
        [
            ("Brightwell Foods", "indirect", "it would close two plants"),
            ("Brightwell Foods", "indirect", "The closures will cost about $40 million"),
        ],
    ),
    (  # en: the regulator itself as the source is kept
        "en",
        "The closures will cost about $40 million, according to the Securities and Exchange Commission.",
        [("Securities and Exchange Commission", "indirect", "The closures will cost about $40 million")],
    ),
    (  # ru: a reply to an outlet's request is the reply's author's, not the outlet's
        "ru",
        "В пресс-службе банка заявили, что ставки вырастут. «Мы больше не можем держать их на прежнем уровне», "
        "— говорится в ответе на запрос «Коммерсанта».",
        [
            ("пресс-службе банка", "indirect", "ставки вырастут"),
            ("пресс-службе банка", "direct", "Мы больше не можем держать их на прежнем уровне"),
        ],
    ),
    (  # ru: the author named in the reply is kept
        "ru",
        "«Мы больше не можем держать ставки на прежнем уровне», — говорится в ответе банка на запрос РБК.",
        [("банка", "direct", "Мы больше не можем держать ставки на прежнем уровне")],
    ),
    (  # ru: the author as the subject of a relative clause after the document
        "ru",
        "Сеть аптек закроет 30 точек до конца года. Об этом говорится в письме, которое компания разослала "
        "арендодателям.",
        [("компания", "indirect", "Сеть аптек закроет 30 точек до конца года")],
    ),
    (  # uk: the same in Ukrainian, with a masculine past in -в
        "uk",
        "Мережа аптек закриє 30 точок до кінця року. Про це йдеться в листі, який банк надіслав орендодавцям.",
        [("банк", "indirect", "Мережа аптек закриє 30 точок до кінця року")],
    ),
    (  # ru: a relative clause without a subject names no author
        "ru",
        "Сеть аптек закроет 30 точек до конца года. Об этом говорится в письме, которое разослали арендодателям.",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_124)
def test_rules_1_124(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
