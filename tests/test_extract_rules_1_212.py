"""Rules of rules-1.212, found with holdout batch CT (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_212: list[tuple[str, str, list[Row]]] = [
    (  # uk, ru: "Таку оцінку … дав X": an opinion's verb after adjuncts hands the sentence before to X
        "uk",
        "Ціни на хліб до весни не зростуть. Таку оцінку в ефірі телемарафону дав міністр аграрної політики "
        "Петро Коваль.",
        [("Петро Коваль", "indirect", "Ціни на хліб до весни не зростуть")],
    ),
    (
        "ru",
        "Инфляция в регионе к концу года замедлится до 6%. Такую оценку на пресс-конференции в Казани высказала "
        "глава Нацбанка Татарстана Ирина Лаврова.",
        [("Ирина Лаврова", "indirect", "Инфляция в регионе к концу года замедлится до 6%")],
    ),
    (  # "давно" is no opinion's verb: no statement
        "ru",
        "Цены выросли на 5%. Такую оценку давно ждали в отрасли.",
        [],
    ),
    (  # ru, uk: "one of the women" after a quote's dash is someone of a group, like "одна из пассажирок"
        "ru",
        "У здания суда собрались жители. «Мы не знаем, что будет дальше», — сказала одна из женщин.",
        [("одна из женщин", "direct", "Мы не знаем, что будет дальше")],
    ),
    (
        "uk",
        "Біля суду зібралися мешканці. «Ми не знаємо, що буде далі», — сказала одна з жінок.",
        [("одна з жінок", "direct", "Ми не знаємо, що буде далі")],
    ),
    (  # the plural "Женщины" is a group of its own, not the woman quoted before (nor a person "Женщины")
        "ru",
        "«Воды нет третий день», — пожаловалась одна из жительниц. Женщины сказали, что обратятся в суд.",
        [
            ("одна из жительниц", "direct", "Воды нет третий день"),
            ("Женщины", "indirect", "обратятся в суд"),
        ],
    ),
    (  # a body named with the word stays a body
        "ru",
        "Союз женщин России заявил, что поддерживает закон.",
        [("Союз женщин России", "indirect", "поддерживает закон")],
    ),
    (  # de: "Eine von ihnen, die …, sagte, …": one of a group with a relative clause
        "de",
        "Vor dem Rathaus standen Dutzende Anwohner. Einer von ihnen, der anonym bleiben wollte, sagte, er habe "
        "seit Wochen kein Wasser.",
        [("Einer von ihnen, der anonym bleiben wollte", "indirect", "er habe seit Wochen kein Wasser")],
    ),
    (  # a name after the comma stays the speaker, as before
        "de",
        "Vor dem Rathaus standen Dutzende Anwohner. Einer von ihnen, Hans Becker, sagte, er habe seit Wochen "
        "kein Wasser.",
        [("Hans Becker", "indirect", "er habe seit Wochen kein Wasser")],
    ),
    (  # de: "…, heißt es in einer Analyse des Verbands.": an analysis or forecast as a frame
        "de",
        "Der Verband der Zuckerindustrie warnte am Montag. Die Ernte könnte um zehn Prozent sinken, heißt es in "
        "einer Analyse des Verbands.",
        [("Verband", "indirect", "Die Ernte könnte um zehn Prozent sinken")],
    ),
    (
        "de",
        "Die Mieten in München seien weiter gestiegen, hieß es in einer Auswertung des Mieterbundes.",
        [("Mieterbund", "indirect", "Die Mieten in München seien weiter gestiegen")],
    ),
    (  # de, ru, uk: the Red Cross and a committee are bodies, not persons "Roten Kreuz", "Красного Креста"
        "de",
        "Das Deutsche Rote Kreuz teilte mit, es habe 300 Helfer im Einsatz.",
        [("Deutsche Rote Kreuz", "indirect", "es habe 300 Helfer im Einsatz")],
    ),
    (
        "ru",
        "Международный комитет Красного Креста сообщил, что его сотрудники посетили лагерь.",
        [("Международный комитет Красного Креста", "indirect", "его сотрудники посетили лагерь")],
    ),
    (  # ru: "Представитель Всемирной организации …" opening a sentence: the body's representative, not a person
        "ru",
        "Представитель Всемирной организации здравоохранения сообщил, что вакцины доставят в декабре.",
        [("Представитель Всемирной организации здравоохранения", "indirect", "вакцины доставят в декабре")],
    ),
    (  # a representative named after the body stays the person, as before
        "ru",
        "Представитель Всемирной организации здравоохранения Анна Лебедева сообщила, что вакцины доставят в "
        "декабре.",
        [("Анна Лебедева", "indirect", "вакцины доставят в декабре")],
    ),
    (  # a person named Kreuz stays a person
        "de",
        "Hans Kreuz sagte, er sei zufrieden.",
        [("Hans Kreuz", "indirect", "er sei zufrieden")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_212)
def test_rules_1_212(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
