"""Rules of rules-1.203, found with holdout batch CR (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_203: list[tuple[str, str, list[Row]]] = [
    (  # de: an ombudsman is a role
        "de",
        "„Wir brauchen mehr Personal in den Heimen“, sagte der Ombudsmann.",
        [("der Ombudsmann", "direct", "Wir brauchen mehr Personal in den Heimen")],
    ),
    (
        "de",
        "Die Lage in den Heimen sei ernst, sagte die Ombudsfrau am Montag.",
        [("die Ombudsfrau", "indirect", "Die Lage in den Heimen sei ernst")],
    ),
    (  # de: a leading "Wer …, <verb in -e>" continues the statement before
        "de",
        "Die Stadt müsse sparen, sagte Bürgermeister Jens Ahrens. Wer jetzt zögere, zahle später drauf.",
        [
            ("Jens Ahrens", "indirect", "Die Stadt müsse sparen"),
            ("Jens Ahrens", "indirect", "Wer jetzt zögere, zahle später drauf"),
        ],
    ),
    (  # … not in the indicative
        "de",
        "Die Stadt müsse sparen, sagte Bürgermeister Jens Ahrens. Wer jetzt zögert, zahlt später drauf.",
        [("Jens Ahrens", "indirect", "Die Stadt müsse sparen")],
    ),
    (  # de: "hieß es in einer Mitteilung des Stabs": the document is no part of the statement
        "de",
        "Nach Angaben des Krisenstabs sind drei Brunnen belastet. Weitere Proben würden folgen, hieß es in einer "
        "Mitteilung des Stabs.",
        [
            ("Krisenstab", "indirect", "sind drei Brunnen belastet"),
            ("Krisenstab", "indirect", "Weitere Proben würden folgen"),
        ],
    ),
    (  # a body named in full after the document, as before
        "de",
        "Der Fahrer sei geflohen, hieß es in einer Mitteilung der Polizei.",
        [("Polizei", "indirect", "Der Fahrer sei geflohen")],
    ),
    (  # uk, ru: ", але точних дат не назвала": the speaker's own next act, not the clause's
        "uk",
        "Мер Ірина Коваль заявила, що ремонт мосту завершать восени, але точних дат не назвала.",
        [("Ірина Коваль", "indirect", "ремонт мосту завершать восени")],
    ),
    (
        "ru",
        "Губернатор Олег Фомин сообщил, что дорогу откроют к зиме, однако подробностей не уточнил.",
        [("Олег Фомин", "indirect", "дорогу откроют к зиме")],
    ),
    (  # with a subject of its own, the clause goes on, as before
        "uk",
        "Мер Ірина Коваль заявила, що роботи затримуються, але підрядник дат не назвав.",
        [("Ірина Коваль", "indirect", "роботи затримуються, але підрядник дат не назвав")],
    ),
    (  # en: qualified sources are a source
        "en",
        "According to three diplomatic sources, the talks will resume next week.",
        [("three diplomatic sources", "indirect", "the talks will resume next week")],
    ),
    (  # "sources" alone or official sources (of figures) are not, as before
        "en",
        "According to sources, the talks will resume next week.",
        [],
    ),
    (
        "en",
        "According to official sources, exports fell by 4% last year.",
        [],
    ),
    (  # ru, uk: a genitive plural adjective before a plural role noun
        "ru",
        "Пожар, по словам местных врачей, начался ночью.",
        [("местных врачей", "indirect", "Пожар, по словам местных врачей, начался ночью")],
    ),
    (
        "uk",
        "За словами місцевих журналістів, вибухи лунали близько третьої ночі.",
        [("місцевих журналістів", "indirect", "вибухи лунали близько третьої ночі")],
    ),
    (  # ru, uk: an owner after the outlet told is the speaker
        "ru",
        "Как рассказал «Ведомостям» владелец строительной компании в Казани, цены выросли на 7%.",
        [("владелец строительной компании в Казани", "indirect", "цены выросли на 7%")],
    ),
    (
        "uk",
        "Як розповів «Економічній правді» власник мережі АЗС, ціни зростуть до кінця місяця.",
        [("власник мережі АЗС", "indirect", "ціни зростуть до кінця місяця")],
    ),
    (  # an anonymous source after the outlet, as before
        "ru",
        "Как рассказал «Ведомостям» источник в правительстве, цены выросли на 7%.",
        [("источник в правительстве", "indirect", "цены выросли на 7%")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_203)
def test_rules_1_203(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
