"""Rules of rules-1.40, found with holdout batch AN (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_40: list[tuple[str, str, list[Row]]] = [
    (  # en: a nickname in quote marks inside the name after an inverted cue; "captain" before a name
        "en",
        '"We kept our nerve," said Harbour City captain Luis "El Toro" Ramos after the final.',
        [("Luis Ramos", "direct", "We kept our nerve")],
    ),
    (
        "en",
        'Goalkeeper Ana "The Wall" Pereira said the defence had been outstanding.',
        [("Ana Pereira", "indirect", "the defence had been outstanding")],
    ),
    (  # en: "said ACME's ROLE, NAME.": a body's possessive before the role, the name in apposition
        "en",
        '"Demand is cooling fast," said Brightwater\'s chief economist, Amara Lindqvist.',
        [("Amara Lindqvist", "direct", "Demand is cooling fast")],
    ),
    (  # en: "the lender", "the insurer": financial firms named by their trade
        "en",
        "Claims for storm damage doubled in October, the insurer said on Tuesday.",
        [("the insurer", "indirect", "Claims for storm damage doubled in October")],
    ),
    (  # en: "An engineer who inspected the X Street bridge told …": the noun before "who", not the name in
        # the relative clause
        "en",
        "A surveyor who examined the Mill Lane flats told the tribunal that the damp had been reported twice.",
        [("A surveyor", "indirect", "the damp had been reported twice")],
    ),
    (  # en: "his warning about …" inside a complement is a noun, not a new statement
        "en",
        "The inspector said her warning about the wiring had been ignored for a year.",
        [("The inspector", "indirect", "her warning about the wiring had been ignored for a year")],
    ),
    (  # de: "Ihr Anwalt NAME sagte": the possessive refers to someone else; "Hendrik" is a given name
        "de",
        "Die Klägerin verließ den Saal. Ihr Anwalt Hendrik Brandl sagte, man werde Berufung einlegen.",
        [("Hendrik Brandl", "indirect", "man werde Berufung einlegen")],
    ),
    (  # de: the object first, the subject after the verb, then a colon and a Konjunktiv clause with a quote
        "de",
        "Einen Rettungsplan lehnte der Landrat ab: Es gebe „kein Geld für ein Haus, das leer steht“.",
        [("der Landrat", "indirect", "Es gebe „kein Geld für ein Haus, das leer steht“")],
    ),
    (  # uk: "— жартує він" (joking, present tense)
        "uk",
        "Капітан команди Андрій Ткач грає вже десять років. «Я старший за нашого тренера», — жартує він.",
        [("Андрій Ткач", "direct", "Я старший за нашого тренера")],
    ),
    (  # ru: "— шутит она"
        "ru",
        "Тренер Ольга Руденко работает с командой пятый год. «Мне пора на пенсию», — шутит она.",
        [("Ольга Руденко", "direct", "Мне пора на пенсию")],
    ),
    (  # uk: "За словами слідчих": a group in the genitive plural, not the person named before
        "uk",
        "Мер Ірина Гаврилюк заявила, що міст закрито. За словами слідчих, опору підмила вода.",
        [
            ("Ірина Гаврилюк", "indirect", "міст закрито"),
            ("слідчих", "indirect", "опору підмила вода"),
        ],
    ),
    (  # ru: "По словам врачей"
        "ru",
        "Глава района Олег Пахомов сообщил, что дорогу перекрыли. По словам врачей, пострадавших трое.",
        [
            ("Олег Пахомов", "indirect", "дорогу перекрыли"),
            ("врачей", "indirect", "пострадавших трое"),
        ],
    ),
    (  # uk: "Один із пасажирів, APPOSITION NAME, розповів": the person of the apposition
        "uk",
        "Один із пасажирів, 40-річний Василь, розповів, що автобус заносило.",
        [("Василь", "indirect", "автобус заносило")],
    ),
    (  # uk: … and without the place after the name ("Петро з Житомира")
        "uk",
        "Один із водіїв, Петро з Житомира, розповів, що стоїть у черзі з ранку.",
        [("Петро", "indirect", "стоїть у черзі з ранку")],
    ),
    (  # ru: the same
        "ru",
        "Одна из пострадавших, пенсионерка Анна Ким, рассказала, что дверь заклинило.",
        [("Анна Ким", "indirect", "дверь заклинило")],
    ),
    (  # uk: a Hungarian given name in Ukrainian spelling; the pronoun then finds the ambassador
        "uk",
        "Посол Угорщини Ласло Ковач назвав угоду «важливим кроком». Він додав, що переговори тривають.",
        [("Ласло Ковач", "indirect", "переговори тривають")],
    ),
    (  # ru: a weather service as a body
        "ru",
        "Как сообщили в гидрометцентре, снег пойдет в четверг.",
        [("гидрометцентре", "indirect", "снег пойдет в четверг")],
    ),
    (  # uk: a live blog's source label after a time stamp
        "uk",
        "14:20 Нацполіція: рух трасою Київ – Чоп відновлено.",
        [("Нацполіція", "indirect", "рух трасою Київ – Чоп відновлено")],
    ),
    (  # en: a time zone after the time stamp is no source
        "en",
        "10:45 GMT: The ferry service has been suspended until Friday.",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_40)
def test_rules_1_40(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
