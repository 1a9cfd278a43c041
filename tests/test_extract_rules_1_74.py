"""Rules of rules-1.74, found with holdout batch AX (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_74: list[tuple[str, str, list[Row]]] = [
    (  # de: 'hieß es aus dem X' with no body named before: X is the source
        "de",
        "Der Umbau des Hallenbads verzögert sich bis zum Sommer. Die Statik müsse neu berechnet werden, "
        "hieß es aus dem Bauamt.",
        [("Bauamt", "indirect", "Die Statik müsse neu berechnet werden")],
    ),
    (  # de: a body named before still wins ('Die Stadtwerke …, hieß es aus dem Unternehmen.')
        "de",
        "Die Stadtwerke erhöhen die Preise zum Januar. Die Kunden würden rechtzeitig informiert, "
        "hieß es aus dem Unternehmen.",
        [("Stadtwerke", "indirect", "Die Kunden würden rechtzeitig informiert")],
    ),
    (  # de: '&' inside a body's name after a leading frame ('Nach einer Umfrage des Vereins X & Y')
        "de",
        "Nach einer Umfrage des Vereins Mensch & Umwelt Hessen lehnen zwei Drittel der Befragten den Ausbau ab.",
        [("Vereins Mensch & Umwelt Hessen", "indirect", "lehnen zwei Drittel der Befragten den Ausbau ab")],
    ),
    (  # de: 'Laut X & Y': two capitalised words after '&' are a firm, not a person's name
        "de",
        "Laut Brauer & Söhne Holding sinkt der Absatz im dritten Jahr in Folge.",
        [("Brauer & Söhne Holding", "indirect", "sinkt der Absatz im dritten Jahr in Folge")],
    ),
    (  # de: a region's adjective after a body word is no given name ('der Landesverband Bayerischer Bergführer')
        "de",
        "Die Zahl der Wanderer ist gestiegen. Das teilte der Landesverband Bayerischer Bergführer am Montag mit.",
        [("Landesverband Bayerischer Bergführer", "indirect", "Die Zahl der Wanderer ist gestiegen")],
    ),
    (  # de: an inverted cue's subject
        "de",
        "Die Zahl der Wildschweine sei gestiegen, sagte der Verband Hessischer Jäger.",
        [("Verband Hessischer Jäger", "indirect", "Die Zahl der Wildschweine sei gestiegen")],
    ),
    (  # de: a surname ending in '-ischer' stays a person
        "de",
        "Die Zahl der Wildschweine sei gestiegen, sagte Hans Fischer.",
        [("Hans Fischer", "indirect", "Die Zahl der Wildschweine sei gestiegen")],
    ),
    (  # de: Konjunktiv II after 'zeigte sich <adjective>:' is the subject's reported speech
        "de",
        "Landrat Jens Ott zeigte sich sehr besorgt: Viele Familien könnten die Heizkosten nicht mehr zahlen.",
        [("Jens Ott", "indirect", "Viele Familien könnten die Heizkosten nicht mehr zahlen")],
    ),
    (  # de: the indicative after it is no reported speech
        "de",
        "Landrat Jens Ott zeigte sich besorgt: Viele Familien können die Heizkosten nicht mehr zahlen.",
        [],
    ),
    (  # ru: 'сказала, что <clause>: «…»' gives the clause and the quote
        "ru",
        "Врач Анна Котова сказала, что прививку нужно сделать до декабря: «Потом будет поздно».",
        [
            ("Анна Котова", "indirect", "прививку нужно сделать до декабря"),
            ("Анна Котова", "direct", "Потом будет поздно"),
        ],
    ),
    (  # uk: the same with 'що'
        "uk",
        "Інженер Тарас Бондар пояснив, що міст відкриють лише навесні: «Раніше бетон не набере міцності».",
        [
            ("Тарас Бондар", "indirect", "міст відкриють лише навесні"),
            ("Тарас Бондар", "direct", "Раніше бетон не набере міцності"),
        ],
    ),
    (  # ru: a quote before its cue gives no clause
        "ru",
        "«Потом будет поздно», — сказала врач Анна Котова.",
        [("Анна Котова", "direct", "Потом будет поздно")],
    ),
    (  # en: unchanged, a firm with '&'
        "en",
        "Procter & Gamble said on Tuesday that prices would rise in March.",
        [("Procter & Gamble", "indirect", "prices would rise in March")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_74)
def test_rules_1_74(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
