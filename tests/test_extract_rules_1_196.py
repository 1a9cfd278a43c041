"""Rules of rules-1.196, found with holdout batch CO (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract import extract_records

RULES_1_196: list[tuple[str, str, list[Row]]] = [
    (  # de: a given name with a noun's suffix is a name ("sagte Dominik", "sagte Lorenz")
        "de",
        "Die Preise würden weiter steigen, sagte Dominik.",
        [("Dominik", "indirect", "Die Preise würden weiter steigen")],
    ),
    (
        "de",
        "Landrat Peter Lorenz (SPD) besuchte am Montag die Baustelle. Die Brücke werde im Mai fertig, sagte Lorenz.",
        [("Peter Lorenz", "indirect", "Die Brücke werde im Mai fertig")],
    ),
    ("de", "Die Preise würden weiter steigen, sagte Tendenz.", []),  # a noun that is no given name: as before
    (  # all languages: hackers are a group of speakers
        "de",
        "Nach Angaben der Hacker wurden 300 Gigabyte kopiert.",
        [("der Hacker", "indirect", "wurden 300 Gigabyte kopiert")],
    ),
    (
        "ru",
        "По утверждению хакеров, они получили доступ к почте 200 сотрудников.",
        [("хакеров", "indirect", "они получили доступ к почте 200 сотрудников")],
    ),
    (  # hackers as an object: the speaker is the one named, as before
        "en",
        "Police arrested two hackers in Lyon, the ministry said.",
        [("the ministry", "indirect", "Police arrested two hackers in Lyon")],
    ),
    (  # uk/ru: researchers and scientists are a group: "За їхніми даними" goes on with them; a report after them
        "uk",
        "Науковці інституту у своєму звіті зазначили, що льодовики тануть швидше. За їхніми даними, за рік площа "
        "скоротилася на 3%.",
        [
            ("Науковці інституту", "indirect", "льодовики тануть швидше"),
            ("Науковці інституту", "indirect", "за рік площа скоротилася на 3%"),
        ],
    ),
    (
        "ru",
        "Аналитики банка в своем докладе указали, что инфляция замедлится.",
        [("Аналитики банка", "indirect", "инфляция замедлится")],
    ),
    (  # uk/ru: a channel as the document a quote is in
        "ru",
        "«Все работы завершены», — говорится в Telegram-канале ведомства.",
        [("ведомства", "direct", "Все работы завершены")],
    ),
    (  # all languages: a numbered provision of a law is no speaker
        "en",
        'Article 7 of the regulation says: "Every provider shall keep a register."',
        [],
    ),
    ("en", "Section 5 of the law states that providers must label content.", []),
    ("uk", "Стаття 12 закону передбачає: «Дані зберігаються не довше трьох років».", []),
    ("de", "In Paragraf 3 der Verordnung heißt es: „Der Betreiber haftet für Schäden.“", []),
    (  # a group named "Article 19" still speaks, as before
        "en",
        "Article 19, a press freedom group, said two journalists had been detained.",
        [("Article 19", "indirect", "two journalists had been detained")],
    ),
    (  # a screen's text, an answer from someone else read out: no one's statement
        "en",
        'The machine stopped. The display read: "Card not accepted."',
        [],
    ),
    (
        "en",
        'She held up her phone and read out the answer from the chatbot: "I cannot help with that."',
        [],
    ),
    ("de", "Er las die Antwort eines Chatbots vor: „Dazu habe ich keine Informationen.“", []),
    (  # a reply to a request is the reader's own, as before
        "uk",
        "Міністр зачитав відповідь на запит депутата: «Ми не маємо таких даних».",
        [("Міністр", "direct", "Ми не маємо таких даних")],
    ),
    (  # uk: a neuter relative clause after a body ("угруповання «X», яке заявило, що …")
        "uk",
        "Відповідальність за атаку взяло на себе угруповання «Чорний ліс», яке заявило, що викрало листування.",
        [
            (
                "Відповідальність за атаку взяло на себе угруповання «Чорний ліс»",
                "indirect",
                "викрало листування",
            )
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_196)
def test_rules_1_196(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


# The ids: a state corporation and its genitive get the id of the body named before
IDS_1_196: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "ru",
        "Экипаж МКС провел выход в открытый космос. Об этом сообщили в Роскосмосе. «Станция работает штатно», — "
        "говорится в сообщении госкорпорации.",
        [("Роскосмосе", "organisation")] * 2,
    ),
    (
        "ru",
        "Экипаж МКС провел выход в открытый космос. Об этом сообщили в Роскосмосе. «Станция работает штатно», — "
        "говорится в сообщении Роскосмоса.",
        [("Роскосмосе", "organisation")] * 2,
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), IDS_1_196)
def test_ids_1_196(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    recs = list(extract_records([{"id": "r1", "language": lang, "title": "", "text": text}]))
    assert [(r["speaker"], r["speaker_type"]) for r in recs] == expected
    assert len({r["speaker_id"] for r in recs}) == 1


def test_company_named_only_later_is_another() -> None:
    """uk/ru: "— заявили в компании." is not the company first named as "компании «X»" sentences later."""
    text = (
        "Хакеры заявили о краже базы клиентов сети магазинов одежды «Модный дом». В пресс-службе сети подтвердили, "
        "что зафиксировали атаку, но отказались уточнять детали. «Данные карт не пострадали», — заявили в компании.\n"
        "Эксперты компании «Киберзонт» указали, что база подлинная."
    )
    title = "Хакеры заявили о краже данных клиентов сети «Модный дом»"
    recs = list(extract_records([{"id": "r1", "language": "ru", "title": title, "text": text}]))
    assert [r["speaker"] for r in recs] == ["пресс-службе сети", "компании", "Эксперты компании «Киберзонт»"]


def test_company_named_before_is_kept() -> None:
    """The company named before the statement is still the one meant, as before (rules-1.185)."""
    text = (
        "Авиакомпания «Северный ветер» приостановит рейсы. Причиной стала неисправность, уточнили в компании."
    )
    recs = list(extract_records([{"id": "r1", "language": "ru", "title": "", "text": text}]))
    assert [r["speaker"] for r in recs] == ["Северный ветер"]
