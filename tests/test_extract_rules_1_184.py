"""Rules of rules-1.184, found with holdout batch CL (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_184: list[tuple[str, str, list[Row]]] = [
    (  # en, de, uk, ru: a message from someone else read out or shown after a colon is not the reader's statement
        "en",
        'Driver Oleh Hnat said the road was clear. He showed a text message from his son: "Come home safe."',
        [("Oleh Hnat", "indirect", "the road was clear")],
    ),
    (
        "de",
        "Der Fahrer Jonas Ried sagte, die Straße sei frei. Er zeigt eine Nachricht seiner Tochter: „Komm gut heim.“",
        [("Jonas Ried", "indirect", "die Straße sei frei")],
    ),
    (
        "uk",
        "Водій Олег Бойко розповів, що дорога вільна. Він показує повідомлення від сина: «Повертайся живим».",
        [("Олег Бойко", "indirect", "дорога вільна")],
    ),
    (
        "ru",
        "Водитель Олег Бойко рассказал, что дорога свободна. Он показывает сообщение от сына: «Возвращайся живым».",
        [("Олег Бойко", "indirect", "дорога свободна")],
    ),
    (  # a message "to" someone is the writer's own: as before
        "en",
        'Senator Jane Moss wrote in a message to supporters: "We will win this seat back."',
        [("Jane Moss", "direct", "We will win this seat back.")],
    ),
    (  # uk, ru: a note left on a door and a timetable are written notices
        "uk",
        "Евакуація триває. На дверях школи залишили записку: «Ми в Дніпрі, телефонуйте».",
        [],
    ),
    (
        "ru",
        "В столовой висит расписание, написанное от руки: «Завтрак в 8:00, обед в 13:00».",
        [],
    ),
    (  # en: a participle clause with a place word before the subject is no name
        "en",
        "Standing beside the bus, Olena, 45, said through an interpreter that she had no money left.",
        [("Olena", "indirect", "she had no money left")],
    ),
    (
        "en",
        "Walking back from the clinic, the nurse said the ward was full.",
        [("the nurse", "indirect", "the ward was full")],
    ),
    (  # a surname ending in -ing, and "Speaking to": as before
        "en",
        "Fleming said the deal was off. Speaking to reporters, Ann Cole said she would stay.",
        [("Fleming", "indirect", "the deal was off"), ("Ann Cole", "indirect", "she would stay")],
    ),
    (  # de: an attribute before the document of "heißt es in …"; the body that opened the sentence before
        "de",
        "Das Kinderhilfswerk Unicef bittet um Spenden. Die Lage der Kinder sei dramatisch, heißt es in dem am "
        "Montag veröffentlichten Aufruf.",
        [("Kinderhilfswerk Unicef", "indirect", "Die Lage der Kinder sei dramatisch")],
    ),
    (
        "de",
        "Die Kosten stiegen um zehn Prozent, heißt es in der am Montag vorgelegten Studie des Instituts.",
        [("Institut", "indirect", "Die Kosten stiegen um zehn Prozent")],
    ),
    (  # uk: "говорить" after a quote
        "uk",
        "Волонтерка Ірина Ткач возить ліки до Херсона. «Ми їздимо щотижня, навіть під обстрілами», — говорить вона.",
        [("Ірина Ткач", "direct", "Ми їздимо щотижня, навіть під обстрілами")],
    ),
    (  # ru: the same word is the infinitive, no cue
        "ru",
        "Рано говорить о конце кризиса, считает экономист Павел Орлов.",
        [("Павел Орлов", "indirect", "Рано говорить о конце кризиса")],
    ),
    (  # de: a transliterated "-ija" name is a woman's, so "er" skips her for the man named before
        "de",
        "Julija Koval sagte, sie wolle bleiben. Landrat Uwe Brandt (parteilos) besuchte die Unterkunft. Man "
        "helfe, wo man könne, sagte er.",
        [
            ("Julija Koval", "indirect", "sie wolle bleiben"),
            ("Uwe Brandt", "indirect", "Man helfe, wo man könne"),
        ],
    ),
    (  # ru, uk: a refugee is a speaker noun ("По словам беженки", "За словами біженки")
        "ru",
        "По словам беженцев из Херсона, обстрелы не прекращаются.",
        [("беженцев из Херсона", "indirect", "обстрелы не прекращаются")],
    ),
    (
        "uk",
        "За словами біженки з Херсона, дорога зайняла дві доби.",
        [("біженки з Херсона", "indirect", "дорога зайняла дві доби")],
    ),
    (  # ru: an unnamed man is not the person named after him with a role of his own
        "ru",
        "Пожилая женщина из Николаева рассказала, что уезжает к дочери. Волонтер фонда «Свет» Ирина Лис сообщила, "
        "что автобусы ходят дважды в день.",
        [
            ("Пожилая женщина из Николаева", "indirect", "уезжает к дочери"),
            ("Ирина Лис", "indirect", "автобусы ходят дважды в день"),
        ],
    ),
    (  # an unresolved role named in full after it: as before (rules-1.127)
        "ru",
        "Директор музея признала, что зал закроют. Как отметила Светлана Орлова, ремонт займет год.",
        [
            ("Светлана Орлова", "indirect", "зал закроют"),
            ("Светлана Орлова", "indirect", "ремонт займет год"),
        ],
    ),
    (  # en: "the city" alone is a body of its own, the city's government
        "en",
        "The shelter will close in March, the city said on Friday, leaving 80 families without a place to stay.",
        [("the city", "indirect", "The shelter will close in March")],
    ),
    (  # not a firm named before ("the city" is no trade noun), and not a longer phrase
        "en",
        "Nordvik Air cancelled 40 flights. The depot will close, the city said. The airline said fuel was short.",
        [("the city", "indirect", "The depot will close"), ("Nordvik Air", "indirect", "fuel was short")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_184)
def test_rules_1_184(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
