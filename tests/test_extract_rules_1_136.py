"""Rules of rules-1.136, found with holdout batch BW (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_136: list[tuple[str, str, list[Row]]] = [
    (  # ru, uk, de: a few lower-case words in quote marks inside the subject's relative clause: no break
        "ru",
        "Водитель Игорь Сомов, который называет свой автобус «ласточкой», рассказал, что маршрут закроют в мае.",
        [("Игорь Сомов", "indirect", "маршрут закроют в мае")],
    ),
    (
        "uk",
        "Мешканка Олена Ткач, яка називає дамбу «нашою стіною», розповіла, що вода піднялася вночі.",
        [("Олена Ткач", "indirect", "вода піднялася вночі")],
    ),
    (
        "de",
        "Der Wirt Hans Berger, der sein Lokal seit Jahren „zum Anker“ nennt, sagt, das Geschäft laufe schlecht.",
        [("Hans Berger", "indirect", "das Geschäft laufe schlecht")],
    ),
    (  # ru: a capitalised word in quote marks is still a break before the next clause's subject
        "ru",
        "Жители назвали решение «Позорным», а мэр заявил, что оно окончательное.",
        [("мэр", "indirect", "оно окончательное")],  # rules-1.187: the clause after ", а" is the mayor's
    ),
    (  # ru, uk: laughing after a dash quote attributes it
        "ru",
        "Пекарь Анна Лосева вынимает хлеб из печи.\n— Тесто любит тишину, — смеется она.",
        [("Анна Лосева", "direct", "Тесто любит тишину")],
    ),
    (
        "uk",
        "Фермер Петро Гнатюк показує поле.\n— Тут колись був ставок, — сміється він.",
        [("Петро Гнатюк", "direct", "Тут колись був ставок")],
    ),
    (  # ru, uk: an officer's rank is a role ("По словам подполковника", "За словами майора")
        "ru",
        "Подполковник Андрей Зуев возглавил отдел в марте. По словам подполковника, штат укомплектован полностью.",
        [("Андрей Зуев", "indirect", "штат укомплектован полностью")],
    ),
    (
        "uk",
        "Майор Олег Кравець очолив підрозділ. За словами майора, набір триватиме до осені.",
        [("Олег Кравець", "indirect", "набір триватиме до осені")],
    ),
    (  # ru: a surname that starts like a rank stays a person
        "ru",
        "Майорова сообщила, что набор продлится до осени.",
        [("Майорова", "indirect", "набор продлится до осени")],
    ),
    (  # de: "heißt" before a name names someone, it reports nothing
        "de",
        "Der Koch heißt Paul Weber, er kocht seit 30 Jahren im Hotel am See.",
        [],
    ),
    (  # de: "hieß es" still attributes
        "de",
        "„Wir sind zufrieden“, hieß es aus dem Rathaus.",
        [("Rathaus", "direct", "Wir sind zufrieden")],
    ),
    (  # de: "Sie … und erzählt weiter." then Konjunktiv I: the pronoun's person goes on speaking
        "de",
        "Die Försterin Maria Huber steht am Waldrand. Sie zeigt auf die kahlen Fichten und erzählt weiter. "
        "Der Borkenkäfer habe in diesem Jahr doppelt so viel Holz vernichtet.",
        [("Maria Huber", "indirect", "Der Borkenkäfer habe in diesem Jahr doppelt so viel Holz vernichtet")],
    ),
    (  # de: not after any other verb
        "de",
        "Die Försterin Maria Huber steht am Waldrand. Sie zeigt auf die kahlen Fichten und geht weiter. "
        "Der Borkenkäfer habe in diesem Jahr doppelt so viel Holz vernichtet.",
        [],
    ),
    (  # en: "…, he explains, and <a long clause>": the cue word is kept; the statement ends at the attribution
        "en",
        "Tom Hale has run the lift since 1998. Snow at 2,000 metres now lies for barely six weeks a year, he "
        "recalls, and the lift now opens on fewer than forty days of the whole winter season.",
        [("Tom Hale", "indirect", "Snow at 2,000 metres now lies for barely six weeks a year")],
    ),
    (  # en: a short clause after the attribution, as before
        "en",
        "Anna Cole runs the ferry. The crossing takes an hour in good weather, she said, and smiled.",
        [("Anna Cole", "indirect", "The crossing takes an hour in good weather, she said, and smiled")],
    ),
    (  # en: a described speaker named right after ("Her name is …")
        "en",
        'The harbour is quiet at dawn.\n"We start before the light," says the woman at the wheel.\n'
        "Her name is Jane Holt, and she has fished these waters for 30 years.",
        [("Jane Holt", "direct", "We start before the light")],
    ),
    (  # en: not a name of the other gender
        "en",
        'The harbour is quiet at dawn.\n"We start before the light," says the man at the wheel.\n'
        "Her name is Jane Holt, and she has fished these waters for 30 years.",
        [("the man", "direct", "We start before the light")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_136)
def test_rules_1_136(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
