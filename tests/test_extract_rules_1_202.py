"""Rules of rules-1.202, found with holdout batch CQ (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from ingest.extract import extract_records
from ingest.extract.appositions import is_role_word

Said = tuple[str, str, str]  # speaker, speaker type, the quote's first words

RULES_1_202: list[tuple[str, str, list[Said], int]] = [
    (  # en: a utility's or a transport firm's name ending in its sector word is a body, no person
        "en",
        "Anglesey Water said on Monday that supplies would be restored by the evening. About 3,000 homes were "
        "without water, the company said.",
        [
            ("Anglesey Water", "organisation", "supplies would be restored"),
            ("Anglesey Water", "organisation", "About 3,000 homes"),
        ],
        1,
    ),
    (
        "en",
        "Eastway Buses said the route would close in May.",
        [("Eastway Buses", "organisation", "the route would close")],
        1,
    ),
    (  # a known first name before the sector word: the person, as before
        "en",
        'Ann Water said on Monday that she would appeal. "I did nothing wrong," she said.',
        [("Ann Water", "person", "she would appeal"), ("Ann Water", "person", "I did nothing wrong")],
        1,
    ),
    (  # en, de: "Stefan" after a title is a first name, not a role ending in "-fan": the pronoun finds him
        "en",
        '"We will appeal," said Mayor John Hart. Health Minister Stefan Novak visited the ward on Monday. Staff '
        "were exhausted, he said.",
        [("John Hart", "person", "We will appeal"), ("Stefan Novak", "person", "Staff were exhausted")],
        2,
    ),
    (
        "de",
        "„Wir halten an dem Plan fest“, sagte Landrat Jens Möller. Umweltminister Stefan Brandt besuchte am "
        "Montag die Baustelle. Das Geld fehle an anderer Stelle, sagte er.",
        [("Jens Möller", "person", "Wir halten an dem"), ("Stefan Brandt", "person", "Das Geld fehle")],
        2,
    ),
    (  # a role ending in "-fan" is still a role
        "de",
        "Ein Fußballfan sagte, das Stadion sei zu kalt gewesen.",
        [("Ein Fußballfan", "person", "das Stadion sei zu kalt")],
        1,
    ),
    (  # uk, ru: a role noun with a learned prefix ("гідрогеолог") is a role: the name in apposition speaks
        "uk",
        "«Вода в колодязях зникає», — розповів керівник лабораторії, гідрогеолог Петро Мельник. Він додав, що "
        "рівень упав на два метри.",
        [
            ("Петро Мельник", "person", "Вода в колодязях зникає"),
            ("Петро Мельник", "person", "рівень упав на два"),
        ],
        1,
    ),
    (
        "ru",
        "«Таких травм я не видел давно», — рассказал заведующий отделением, нейрохирург Олег Смирнов.",
        [("Олег Смирнов", "person", "Таких травм я не")],
        1,
    ),
    (  # uk, ru: a press service of "the company" keeps its own id (the gold sets keep it apart from the company)
        "ru",
        "Фонд помощи детям закрыл два приюта. Об этом сообщила пресс-служба компании. Позже директор фонда "
        "Ирина Лебедева сказала агентству «Север-Пресс», что приюты откроют весной.",
        [
            ("пресс-служба компании", "organisation", "Фонд помощи детям"),
            ("Ирина Лебедева", "person", "приюты откроют весной"),
        ],
        2,
    ),
    (  # a bare press service after a body's press service quoted just before: that body
        "ru",
        "Ремонт моста закончится в апреле, сообщили в пресс-службе Северной железной дороги. Как уточнили в "
        "пресс-службе, поезда пустят в обход.",
        [
            ("пресс-службе Северной железной дороги", "organisation", "Ремонт моста закончится"),
            ("пресс-службе Северной железной дороги", "organisation", "поезда пустят в обход"),
        ],
        1,
    ),
    (
        "uk",
        "Ремонт мосту завершиться у квітні, повідомили в пресслужбі Львівської залізниці. Як уточнили в "
        "пресслужбі, потяги пустять в обхід.",
        [
            ("пресслужбі Львівської залізниці", "organisation", "Ремонт мосту завершиться"),
            ("пресслужбі Львівської залізниці", "organisation", "потяги пустять в обхід"),
        ],
        1,
    ),
    (  # after a person (his own press service, perhaps): no body, as before
        "ru",
        "Губернатор Иван Петров заявил, что дороги откроют к пятнице. В пресс-службе уточнили, что ремонт займет "
        "неделю.",
        [
            ("Иван Петров", "person", "дороги откроют к"),
            ("пресс-службе", "organisation", "ремонт займет неделю"),
        ],
        2,
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected", "ids"), RULES_1_202)
def test_rules_1_202(lang: str, text: str, expected: list[Said], ids: int) -> None:
    recs = list(extract_records([{"id": "r1", "language": lang, "title": "", "text": text}]))
    assert len(recs) == len(expected)
    got = [
        (r["speaker"], r["speaker_type"], r["quote"][: len(e[2])])
        for r, e in zip(recs, expected, strict=True)
    ]
    assert got == expected
    assert len({r["speaker_id"] for r in recs}) == ids


@pytest.mark.parametrize(
    ("word", "role"),
    [
        ("гідробіолог", True),
        ("агрокліматолог", True),
        ("нейрохирург", True),
        ("біолог", True),
        ("агроном", False),  # no role after "агро": not made one here
        ("гідроелектростанція", False),
        ("агрохолдинг", False),
        ("телеканал", False),
    ],
)
def test_cyr_compound_roles_1_202(word: str, role: bool) -> None:
    assert is_role_word(word) is role
