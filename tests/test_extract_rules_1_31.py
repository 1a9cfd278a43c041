"""Rules of rules-1.31, found with holdout batch AH (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract.given_names import gender_of_first
from ingest.extract.speakers import analyze_np

RULES_1_31: list[tuple[str, str, list[Row]]] = [
    (  # en: "Mr Okonjo" without a full stop is "Mr. Okonjo" (a title and a surname are a name)
        "en",
        '"The audit was a formality," Mrs Halloran said.',
        [("Halloran", "direct", "The audit was a formality")],
    ),
    (
        "en",
        "Dr Ostrowski said the vaccine had been tested on 4,000 volunteers.",
        [("Ostrowski", "indirect", "the vaccine had been tested on 4,000 volunteers")],
    ),
    (  # en: a name particle after an inverted cue stays in the name
        "en",
        '"Prices will fall by spring," said Joost van der Linde, a grain trader in Ghent.',
        [("Joost van der Linde", "direct", "Prices will fall by spring")],
    ),
    (  # en: ", whose …," after a demonym, and an adverb before the auxiliary: the subject of a clause
        "en",
        "Anna Kowal lost in the final. The Pole, whose coach left in May, said she still had no regrets.",
        [("Anna Kowal", "indirect", "she still had no regrets")],
    ),
    (  # en: a quoted word right after the auxiliary ("was “…”") still opens a clause without "that"
        "en",
        "The mayor admitted the budget was \u201ctight, very tight\u201d this year.",
        [("The mayor", "indirect", "the budget was \u201ctight, very tight\u201d this year")],
    ),
    (  # en: "…, the agency said on Monday, and …": the attribution between two halves, not a subject
        "en",
        "Farmers face new checks, the agency said on Monday, and must keep records for five years.",
        [("the agency", "indirect", "Farmers face new checks")],
    ),
    (  # en: "…, with X responding: “…”": the person after "with", not the speaker quoted before
        "en",
        "\u201cThe tax is fair,\u201d Mr Odell said. The plan drew anger, with Ms Varga responding: \u201cIt is theft.\u201d",
        [("Odell", "direct", "The tax is fair"), ("Varga", "direct", "It is theft.")],
    ),
    (  # de: "Für die Opposition" before the cue is an adverbial; the subject follows the verb
        "de",
        "Für die Grünen kritisierte die Abgeordnete Lena Fuchs, der Plan sei unausgegoren.",
        [("Lena Fuchs", "indirect", "der Plan sei unausgegoren")],
    ),
    (  # de: "hieß es" after "die Deutsche Bahn": the body named last, not a compound before it
        "de",
        "Die Sanierung der Nordbahn dauert länger. Das teilte die Deutsche Bahn mit. Es fehlten Fachkräfte, hieß es.",
        [
            ("Deutsche Bahn", "indirect", "Die Sanierung der Nordbahn dauert länger"),
            ("Deutsche Bahn", "indirect", "Es fehlten Fachkräfte"),
        ],
    ),
    (  # de: a woman named by an agent noun in -erin, and vox-pop nouns
        "de",
        "Der Markt ist leer. „Die Preise sind zu hoch“, sagte eine Kassiererin.",
        [("eine Kassiererin", "direct", "Die Preise sind zu hoch")],
    ),
    (
        "de",
        "Hunderte kamen. „Wir geben nicht auf“, rief ein Redner vor dem Rathaus.",
        [("ein Redner", "direct", "Wir geben nicht auf")],
    ),
    (  # de: "nach Gewerkschaftsangaben": the body without the linking s
        "de",
        "Gestreikt haben nach Gewerkschaftsangaben rund 3.000 Beschäftigte.",
        [("Gewerkschaft", "indirect", "Gestreikt haben rund 3.000 Beschäftigte")],
    ),
    (  # de: a decimal comma is no clause boundary
        "de",
        "Klaus Berg sagte am Montag 8,5 Prozent seien zu wenig.",
        [],  # was the statement "5 Prozent seien zu wenig" (the comma of "8,5")
    ),
    (  # de: a number right after the cue opens its object, not a reported clause after the next comma
        "de",
        "Die Gewerkschaft fordert 6,5 Prozent mehr Geld, mindestens aber 200 Euro.",
        [],
    ),
    (  # uk: the locative of "профспілка" is a body ("У профспілці …")
        "uk",
        "У профспілці медиків заявили, що лікарні не готові до зими.",
        [("профспілці медиків", "indirect", "лікарні не готові до зими")],
    ),
    (  # ru: "один из них" after the group just named
        "ru",
        "Об этом рассказали двое сотрудников завода. «Зарплату задерживают третий месяц», — сказал один из них.",
        [("один из них", "direct", "Зарплату задерживают третий месяц")],
    ),
    (  # ru: "по его словам," before a quoted fragment
        "ru",
        "Мэр Олег Рубцов заявил, что ремонт закончат к маю. Подрядчик, по его словам, «работает без выходных».",
        [
            ("Олег Рубцов", "indirect", "ремонт закончат к маю"),
            ("Олег Рубцов", "indirect", "Подрядчик, по его словам, «работает без выходных»"),
        ],
    ),
    (  # ru: a role, a first name and a patronymic: the surname belongs to the name
        "ru",
        "Министр области Павел Андреевич Крылов сообщил, что мост откроют в июне. «Сроки не сорвём», — добавил он.",
        [
            ("Павел Андреевич Крылов", "indirect", "мост откроют в июне"),
            ("Павел Андреевич Крылов", "direct", "Сроки не сорвём"),
        ],
    ),
    (  # ru: "На вопрос о … X ответил": the subject is at the end of the lead phrase
        "ru",
        "На вопрос о сроках ремонта Иван Седов ответил, что работы начнутся весной.",
        [("Иван Седов", "indirect", "работы начнутся весной")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_31)
def test_rules_1_31(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Sonja", "f"), ("Dörte", "f"), ("Malte", "m"), ("Jörg", "m"), ("Rui", "m"), ("Götz", "m")],
)
def test_given_names_1_31(name: str, gender: str) -> None:
    assert gender_of_first(name) == gender


@pytest.mark.parametrize(
    ("phrase", "lang", "kind"),
    [
        ("Mr Okonjo", "en", "person"),
        ("die Deutsche Bahn", "de", "organisation"),
        ("eine Verkäuferin", "de", "role"),
        ("одна из них", "ru", "anonymous"),
        ("Один з них, Василь Ткачук,", "uk", "person"),
    ],
)
def test_speaker_phrases_1_31(phrase: str, lang: str, kind: str) -> None:
    assert analyze_np(phrase, lang).kind == kind
