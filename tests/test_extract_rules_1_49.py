"""Rules of rules-1.49, found with holdout batch AS (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_49: list[tuple[str, str, list[Row]]] = [
    (  # de: "nach Berechnungen des X" inside the sentence: the whole sentence is X's
        "de",
        "Für Mieter bedeutet die Reform nach Berechnungen des Mieterbeirats rund 40 Euro weniger im Monat.",
        [
            (
                "Mieterbeirat",
                "indirect",
                "Für Mieter bedeutet die Reform nach Berechnungen des Mieterbeirats rund 40 Euro weniger im Monat",
            )
        ],
    ),
    (  # de: "nach seinen Worten" inside the sentence: a pronoun source
        "de",
        "Bürgermeister Jan Hoffmann besuchte am Montag die Baustelle. "
        "Im Herbst soll nach seinen Worten die erste Etappe fertig sein.",
        [("Jan Hoffmann", "indirect", "Im Herbst soll nach seinen Worten die erste Etappe fertig sein")],
    ),
    (  # de: "sprach von …" is a speech act, and "brächten" a Konjunktiv II form
        "de",
        "Gewerkschaftschefin Maren Olbrich sprach von einem „schwarzen Freitag“. "
        "Viele Beschäftigte brächten kaum noch ihre Miete auf.",
        [("Maren Olbrich", "indirect", "Viele Beschäftigte brächten kaum noch ihre Miete auf")],
    ),
    (  # de: "verwies auf …" is a speech act (an adjective may stand before the subject's noun)
        "de",
        "Das bayerische Innenministerium verwies auf die laufenden Ermittlungen. "
        "Man werde sich zu Einzelheiten nicht äußern.",
        [("Innenministerium", "indirect", "Man werde sich zu Einzelheiten nicht äußern")],
    ),
    (  # de: "…, hieß es aus dem Ministerium." / "…, hieß es in Berlin.": the body just named
        "de",
        "Das Verkehrsministerium prüft den Antrag noch. Die Gespräche laufen weiter, hieß es aus dem Ministerium.",
        [("Verkehrsministerium", "indirect", "Die Gespräche laufen weiter")],
    ),
    (  # de: a company named with its legal form keeps every capitalised word before it
        "de",
        "Die Seilbahn werde im Mai wieder geöffnet, teilte die Bergbahnen Oberstdorf GmbH am Dienstag mit.",
        [("Bergbahnen Oberstdorf GmbH", "indirect", "Die Seilbahn werde im Mai wieder geöffnet")],
    ),
    (  # de: the company after a role is no person's name ("Süd GmbH")
        "de",
        "Die Leitung sei sicher, sagte ein Sprecher der Netzbetreiber Süd GmbH.",
        [("ein Sprecher der Netzbetreiber Süd GmbH", "indirect", "Die Leitung sei sicher")],
    ),
    (  # en: a clause opened by a pronoun after "said in a statement": its "that" is a relative pronoun
        "en",
        "Pellman Foods said in a statement it would close a bakery that employs 240 people.",
        [("Pellman Foods", "indirect", "it would close a bakery that employs 240 people")],
    ),
    (  # en: "it said" after a body that has no known first name, title or role
        "en",
        "Velden Cargo said three of its ships had been delayed. The backlog would be cleared by Friday, it said.",
        [
            ("Velden Cargo", "indirect", "three of its ships had been delayed"),
            ("Velden Cargo", "indirect", "The backlog would be cleared by Friday"),
        ],
    ),
    (  # en: a name that a "which" clause follows is a body's, so a later "it said" finds it
        "en",
        "Pellbrook Leisure, which runs the park, said the ride was safe. Visitors were angry on Monday. "
        "The ride would reopen next week, it said.",
        [
            ("Pellbrook Leisure", "indirect", "the ride was safe"),
            ("Pellbrook Leisure", "indirect", "The ride would reopen next week"),
        ],
    ),
    (  # en: a sentence-final "announced" followed by a participle clause
        "en",
        "The bridge will stay closed until March, the highways agency announced on Monday, "
        "citing cracks found during an inspection of its steel supports.",
        [("the highways agency", "indirect", "The bridge will stay closed until March")],
    ),
    (  # en: not after a leading participle phrase (no clause before the subject)
        "en",
        "Weighing in on the row, former governor Tom Bell agreed, "
        "praising the mayor as one of the most gifted people in local politics today.",
        [],
    ),
    (  # uk: "агрохолдинг" is a body noun, so "Там" finds it
        "uk",
        "В агрохолдингу «Поділля-Зерно» визнали затримку. Там пояснюють, що техніку не встигли відремонтувати.",
        [("агрохолдингу «Поділля-Зерно»", "indirect", "техніку не встигли відремонтувати")],
    ),
    (  # ru: "ведомство" (the agency) is the body quoted last
        "ru",
        "В управлении Росприроднадзора по Самарской области сообщили, что проверка начата. "
        "По данным ведомства, в Волгу попало около 20 тонн мазута.",
        [
            ("управлении Росприроднадзора по Самарской области", "indirect", "проверка начата"),
            (
                "управлении Росприроднадзора по Самарской области",
                "indirect",
                "в Волгу попало около 20 тонн мазута",
            ),
        ],
    ),
    (  # uk: "у відомстві" too
        "uk",
        "Міністерство освіти заявило, що конкурс проведуть у березні. "
        "У відомстві додали, що заявки прийматимуть онлайн.",
        [
            ("Міністерство освіти", "indirect", "конкурс проведуть у березні"),
            ("Міністерство освіти", "indirect", "заявки прийматимуть онлайн"),
        ],
    ),
    (  # ru: "энергокомпания" too
        "ru",
        "В энергокомпании «Восток-Энерго» сообщили, что подача тока восстановлена.",
        [("энергокомпании «Восток-Энерго»", "indirect", "подача тока восстановлена")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_49)
def test_rules_1_49(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
