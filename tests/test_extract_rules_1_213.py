"""Rules of rules-1.213, found with holdout batch CU (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract import extract_records

RULES_1_213: list[tuple[str, str, list[Row]]] = [
    (  # ru/uk: "управляющий"/"керуючий" is a role noun, also after a conversation adjunct
        "ru",
        "Дом остался без света. «Ремонт займет два дня», — сказал в беседе с «Известиями» управляющий партнер "
        "фирмы Петр Сидоров.",
        [("Петр Сидоров", "direct", "Ремонт займет два дня")],
    ),
    (
        "uk",
        "Будинок без світла. «Ремонт триватиме два дні», — сказав у розмові з «Суспільним» керуючий справами "
        "мерії Петро Сидоренко.",
        [("Петро Сидоренко", "direct", "Ремонт триватиме два дні")],
    ),
    (  # a management company stays a body, as before
        "ru",
        "Дом остался без света. Управляющая компания «Уютный дом» сообщила, что ремонт займет два дня.",
        [("Управляющая компания «Уютный дом»", "indirect", "ремонт займет два дня")],
    ),
    (  # ru/uk: initials open a name of their own after a genitive ("Адвокат Латышева Г. В. Орлик")
        "ru",
        "Суд вынес приговор. Защитник Петрова И. П. Смирнова заявила, что приговор будет обжалован.",
        [("И. П. Смирнова", "indirect", "приговор будет обжалован")],
    ),
    (
        "ru",
        "Суд вынес приговор. Представитель Сидорова Е. Кравец сообщила, что решение будет обжаловано.",
        [("Е. Кравец", "indirect", "решение будет обжаловано")],
    ),
    (  # initials right after a role stay the name, as before
        "ru",
        "Суд вынес приговор. «Решение вступит в силу через месяц», — пояснил судья А. Н. Ковалев.",
        [("А. Н. Ковалев", "direct", "Решение вступит в силу через месяц")],
    ),
    (  # ru/uk: "дипведомство"/"дипвідомство" is a body word
        "ru",
        "Встреча прошла в Минске. Стороны обсудили торговлю, сообщили ТАСС в российском дипведомстве.",
        [("российском дипведомстве", "indirect", "Стороны обсудили торговлю")],
    ),
    (
        "uk",
        "Зустріч відбулася у Варшаві. У дипвідомстві повідомили, що зустріч була корисною.",
        [("дипвідомстві", "indirect", "зустріч була корисною")],
    ),
    (  # en: "told state news agency TASS" + a clause without "that"
        "en",
        "Talks resumed. John Smith told state news agency TASS the plan was flawed.",
        [("John Smith", "indirect", "the plan was flawed")],
    ),
    (
        "en",
        "Talks resumed. John Smith told the German daily Die Welt the plan was flawed.",
        [("John Smith", "indirect", "the plan was flawed")],
    ),
    (  # en: a body's full name with "and" before its acronym in brackets
        "en",
        "Talks resumed. The International Swimming and Diving Federation (ISDF) said in a statement that it "
        "would review the case.",
        [("International Swimming and Diving Federation", "indirect", "it would review the case")],
    ),
    (  # a person's party in brackets is not touched
        "en",
        "Talks resumed. Former minister John Smith (SNP) said the decision stood.",
        [("John Smith", "indirect", "the decision stood")],
    ),
    (  # uk/ru: "— передает корреспондент X слова Y": Y (in the genitive) is the speaker
        "ru",
        "Переговоры завершились. «Мы довольны итогами», — передает корреспондент ТАСС слова Гордеева.",
        [("Гордеев", "direct", "Мы довольны итогами")],
    ),
    (
        "uk",
        "Переговори завершилися. «Ми задоволені підсумками», — передає кореспондент Укрінформу слова Соколова.",
        [("Соколов", "direct", "Ми задоволені підсумками")],
    ),
    (  # an agency alone after "передает" stays the source, as before
        "ru",
        "Переговоры завершились. «Мы довольны итогами», — передает ТАСС.",
        [("ТАСС", "direct", "Мы довольны итогами")],
    ),
    (  # de: "die Bank von Japan", "die Polizei von Minneapolis": the body, not the place
        "de",
        "Die Preise steigen. Die Bank von Japan teilte mit, sie werde die Zinsen nicht verändern.",
        [("Bank von Japan", "indirect", "sie werde die Zinsen nicht verändern")],
    ),
    (
        "de",
        "Die Preise steigen. Die Inflation gehe langsamer zurück, erklärte die Bank von England in London.",
        [("Bank von England", "indirect", "Die Inflation gehe langsamer zurück")],
    ),
    (  # a name's own "von" stays in the name
        "de",
        "Die Preise steigen. Bürgermeisterin Ursula von Stein sagte, das Werk bleibe offen.",
        [("Ursula von Stein", "indirect", "das Werk bleibe offen")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_213)
def test_rules_1_213(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


# The ids: a name with initials is the article's full name of the same surname and initial
IDS_1_213: list[tuple[str, str, int]] = [
    (
        "ru",
        "Министр Игорь Петрович Соболев назвал решение ошибкой. «Мы будем добиваться его отмены», — заявил "
        "И. П. Соболев. Позже Игорь Петрович Соболев сообщил, что направил жалобу.",
        1,
    ),
    (  # another initial: another person
        "ru",
        "Министр Игорь Петрович Соболев назвал решение ошибкой. «Мы будем добиваться его отмены», — заявил "
        "А. П. Соболев. Позже Игорь Петрович Соболев сообщил, что направил жалобу.",
        2,
    ),
]


@pytest.mark.parametrize(("lang", "text", "ids"), IDS_1_213)
def test_ids_1_213(lang: str, text: str, ids: int) -> None:
    recs = list(extract_records([{"id": "r1", "language": lang, "title": "", "text": text}]))
    assert len(recs) == 2
    assert len({r["speaker_id"] for r in recs}) == ids
