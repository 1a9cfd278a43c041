"""Rules of rules-1.38, found with holdout batch AM (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_38: list[tuple[str, str, list[Row]]] = [
    (  # en: "warned both sides that …": a listener of the cue before "that"
        "en",
        "The referee warned both teams that he would show red cards for dissent.",
        [("The referee", "indirect", "he would show red cards for dissent")],
    ),
    (  # en: "justice", "judge", "magistrate" are one role class: "the justice said" finds the one named
        "en",
        'Justice Elena Marsh wrote the opinion. "The law is clear," the justice said.',
        [("Elena Marsh", "direct", "The law is clear")],
    ),
    (  # en: "the statement said" after "The federation … in a statement": the body named before
        "en",
        'The federation announced the ban in a statement on Friday. "Doping has no place in our sport," '
        "the statement said.",
        [("The federation", "direct", "Doping has no place in our sport")],
    ),
    (  # en: "ROLE, TITLE SURNAME, said": the titled person, as the pronoun after it finds
        "en",
        "The inquiry's chair, Lady Carrow, said the hearing would resume on Monday. She said witnesses would "
        "be called.",
        [
            ("Carrow", "indirect", "the hearing would resume on Monday"),
            ("Carrow", "indirect", "witnesses would be called"),
        ],
    ),
    (  # de: "hielt X vor, er habe …" (a reproach, separable like "hielt dem entgegen")
        "de",
        "Die Verteidigerin hielt dem Zeugen vor, er habe die Unwahrheit gesagt.",
        [("Die Verteidigerin", "indirect", "er habe die Unwahrheit gesagt")],
    ),
    (  # de: "signalisierte, dass" / "hatte signalisiert, dass"
        "de",
        "Das Gericht hatte bereits im Sommer signalisiert, dass eine Einigung möglich sei.",
        [("Gericht", "indirect", "eine Einigung möglich sei")],
    ),
    (  # de: a Konjunktiv after a noun and a pronominal adverb continues the statement before
        "de",
        "Die Kosten lägen bei vier Millionen Euro, sagte der Bürgermeister. Ein Großteil davon entfalle auf "
        "das Dach.",
        [
            ("der Bürgermeister", "indirect", "Die Kosten lägen bei vier Millionen Euro"),
            ("der Bürgermeister", "indirect", "Ein Großteil davon entfalle auf das Dach"),
        ],
    ),
    (  # de: "ein älterer Mann aus Gießen" is someone unnamed, not the place
        "de",
        "„Das ist eine Frechheit“, sagte ein älterer Mann aus Gießen.",
        [("ein älterer Mann", "direct", "Das ist eine Frechheit")],
    ),
    (
        "de",
        "Eine junge Frau aus Kassel sagte, sie habe drei Stunden gewartet.",
        [("Eine junge Frau", "indirect", "sie habe drei Stunden gewartet")],
    ),
    (  # ru: "госкорпорация" is a body
        "ru",
        "Корабль успешно пристыковался к станции, сообщили в госкорпорации «Роскосмос».",
        [("госкорпорации «Роскосмос»", "indirect", "Корабль успешно пристыковался к станции")],
    ),
    (  # ru: two adjuncts after the cue, then "генеральный конструктор" (a role)
        "ru",
        "«Двигатель отработал штатно», — сказал на брифинге после запуска генеральный конструктор ракеты "
        "Павел Демин.",
        [("Павел Демин", "direct", "Двигатель отработал штатно")],
    ),
    (  # ru: "…, добавил конструктор, …" (a role in a parenthesis): the whole sentence
        "ru",
        "Павел Демин выступил на брифинге. Ресурс двигателя, добавил конструктор, рассчитан на десять пусков.",
        [("Павел Демин", "indirect", "Ресурс двигателя, добавил конструктор, рассчитан на десять пусков")],
    ),
    (  # uk: "…, свідчать дані X." with a body in the genitive: the body
        "uk",
        "Торік пенсію отримували 10,2 мільйона людей, свідчать дані Пенсійного фонду.",
        [("Пенсійного фонду", "indirect", "Торік пенсію отримували 10,2 мільйона людей")],
    ),
    (  # uk, ru: "X, як повідомили в міністерстві, …" after a short phrase: one clause, without the frame
        "uk",
        "Решту коштів, як повідомили в міністерстві, виплатять у грудні.",
        [("міністерстві", "indirect", "Решту коштів виплатять у грудні")],
    ),
    (
        "ru",
        "Оставшиеся деньги, как заверили в министерстве, выплатят в декабре.",
        [("министерстве", "indirect", "Оставшиеся деньги выплатят в декабре")],
    ),
    (  # uk: "— наголосив міністр" after a woman minister: the man named just before
        "uk",
        "Ціни зростуть, заявила міністерка фінансів Ірина Мельник. Міністр сільського господарства Мартін "
        "Шимко відкинув критику. «Ми не маємо іншого виходу», — наголосив міністр.",
        [
            ("Ірина Мельник", "indirect", "Ціни зростуть"),
            ("Мартін Шимко", "direct", "Ми не маємо іншого виходу"),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_38)
def test_rules_1_38(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
