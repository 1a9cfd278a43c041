"""Rules of rules-1.120, found with holdout batch BO (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_120: list[tuple[str, str, list[Row]]] = [
    (  # ru: a dash paragraph of two sentences, the writer's sentence after the attribution
        "ru",
        "Пожар потушили к утру.\n— Огонь шел по крыше. Спасти склад было нельзя, — рассказал начальник караула "
        "Павел Сомов. По его словам, людей внутри не было.",
        [
            ("Павел Сомов", "direct", "Огонь шел по крыше. Спасти склад было нельзя"),
            ("Павел Сомов", "indirect", "людей внутри не было"),
        ],
    ),
    (  # uk: the same in Ukrainian
        "uk",
        "Пожежу загасили до ранку.\n— Вогонь ішов по даху. Врятувати склад було неможливо, — розповів начальник "
        "караулу Павло Сомов. За його словами, людей усередині не було.",
        [
            ("Павло Сомов", "direct", "Вогонь ішов по даху. Врятувати склад було неможливо"),
            ("Павло Сомов", "indirect", "людей усередині не було"),
        ],
    ),
    (  # ru: a dash paragraph that ends with its attribution is read as before (a lone pronoun, no name)
        "ru",
        "Пожар потушили к утру.\n— Мы успели! — заявил он. — Склад цел.",
        [("", "direct", "Мы успели!"), ("", "direct", "Склад цел")],
    ),
    (  # ru: "предположил" is a cue
        "ru",
        "«Цены на гречку к весне вырастут», — предположил аналитик Денис Орлов.",
        [("Денис Орлов", "direct", "Цены на гречку к весне вырастут")],
    ),
    (  # ru: an outlet of two words in quote marks, then an adjective and a role before the name
        "ru",
        "«Воду дали только к обеду», — рассказала «Северной правде» местная жительница Нина Жукова.",
        [("Нина Жукова", "direct", "Воду дали только к обеду")],
    ),
    (  # uk: the same in Ukrainian
        "uk",
        "«Воду дали лише в обід», — розповіла «Вільному радіо» місцева мешканка Ніна Жук.",
        [("Ніна Жук", "direct", "Воду дали лише в обід")],
    ),
    (  # de: "hieß es aus der …" after another body names its own source
        "de",
        "Die Stadt teilte mit, die Brücke bleibe gesperrt. Eine Einigung stehe bevor, hieß es aus der Koalition.",
        [
            ("Stadt", "indirect", "die Brücke bleibe gesperrt"),
            ("Koalition", "indirect", "Eine Einigung stehe bevor"),
        ],
    ),
    (  # de: a word that refers back to the body named before keeps it
        "de",
        "Die Deutsche Bahn kündigte neue Züge an. Die Kosten lägen bei einer Milliarde, hieß es aus dem Konzern.",
        [("Deutsche Bahn", "indirect", "Die Kosten lägen bei einer Milliarde")],
    ),
    (  # de: a town's treasury is a body
        "de",
        "Nach Angaben der Stadtkämmerei fehlen im nächsten Jahr sieben Millionen Euro.",
        [("Stadtkämmerei", "indirect", "fehlen im nächsten Jahr sieben Millionen Euro")],
    ),
    (  # en: a compass word opening a firm's name is part of it
        "en",
        "The ferry operator, South Isles Shipping, said sailings would resume on Friday.",
        [("South Isles Shipping", "indirect", "sailings would resume on Friday")],
    ),
    (  # en: a demonym before a person's name is still a role
        "en",
        "South African Thabo Nkosi said the race had been fair.",
        [("Thabo Nkosi", "indirect", "the race had been fair")],
    ),
    (  # en: a plural subject with a short place before "say"
        "en",
        "Fishermen along the coast say the catch has halved in five years.",
        [("Fishermen", "indirect", "the catch has halved in five years")],
    ),
    (  # en: a plural noun that is no speaker before "say" gives nothing
        "en",
        "Figures from the south say little about the national trend.",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_120)
def test_rules_1_120(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
