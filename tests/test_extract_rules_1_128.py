"""Rules of rules-1.128, found with holdout batch BT (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_128: list[tuple[str, str, list[Row]]] = [
    (  # de: a short body noun standing alone ("die Firma", "die Kasse") is a body after an inverted cue
        "de",
        "Die Gebühren steigen im Mai. Grund seien höhere Personalkosten, teilte die Firma am Montag in Ulm mit.",
        [("Firma", "indirect", "Grund seien höhere Personalkosten")],
    ),
    (
        "de",
        "Die Beiträge steigen. Das habe der Verwaltungsrat beschlossen, teilte die Kasse am Freitag in Kassel mit.",
        [("Kasse", "indirect", "Das habe der Verwaltungsrat beschlossen")],
    ),
    (  # de: "Das Werk zeigt …" (a work of art) is no statement; the named person's is read as before
        "de",
        "Das Werk zeigt ein Boot im Sturm. Der Kurator Jan Vogt sagte, es sei ein Glücksfund.",
        [("Jan Vogt", "indirect", "es sei ein Glücksfund")],
    ),
    (  # de: "-parlament" and "-vertretung" end a body's name
        "de",
        "Die Wahl ist gültig. Man prüfe aber eine Beschwerde, hieß es in einer Erklärung des Jugendparlaments.",
        [("Jugendparlament", "indirect", "Man prüfe aber eine Beschwerde")],
    ),
    (
        "de",
        "Die Personalvertretung teilte mit, man sei von den Plänen überrascht worden.",
        [("Personalvertretung", "indirect", "man sei von den Plänen überrascht worden")],
    ),
    (  # de: "…, hieß es aus Regierungskreisen.": the circles are the source
        "de",
        "Der Minister trat zurück. Sein Nachfolger stehe bereits fest, hieß es aus Regierungskreisen.",
        [("Regierungskreisen", "indirect", "Sein Nachfolger stehe bereits fest")],
    ),
    (  # de: "hieß es aus dem Konzern" after the body named before is still that body
        "de",
        "Die Bahn hat den Fahrplan geändert. Die Züge führen wieder im Takt, hieß es aus dem Konzern.",
        [("Bahn", "indirect", "Die Züge führen wieder im Takt")],
    ),
    (  # en: a role owned by a person named before is someone else, not the last holder of that role
        "en",
        'A spokeswoman for the trust, Ann Lee, said: "We will wait." Mayor Tom Hart backed the plan. Hart\'s '
        "spokeswoman said the mayor would attend the opening.",
        [
            ("Ann Lee", "direct", "We will wait."),
            ("Hart's spokeswoman", "indirect", "the mayor would attend the opening"),
        ],
    ),
    (  # en: the bare role still finds its holder
        "en",
        "A spokeswoman for the trust, Ann Lee, said the hall would close. The spokeswoman added that staff would "
        "be moved.",
        [("Ann Lee", "indirect", "the hall would close"), ("Ann Lee", "indirect", "staff would be moved")],
    ),
    (  # de: the same with a genitive owner
        "de",
        "Landrat Peter Kohl sagte, die Brücke sei sicher. Die Sprecherin Eva Lind sagte: „Wir prüfen das.“ Laut "
        "Kohls Sprecher wird die Brücke im Mai gesperrt.",
        [
            ("Peter Kohl", "indirect", "die Brücke sei sicher"),
            ("Eva Lind", "direct", "Wir prüfen das."),
            ("Kohls Sprecher", "indirect", "wird die Brücke im Mai gesperrt"),
        ],
    ),
    (  # de: a place owning the role ("Bayerns Innenminister") is no person; the minister named before is meant
        "de",
        "Innenminister Jens Borg sagte, die Lage sei ruhig. Bayerns Innenminister sagte später, es werde besser.",
        [("Jens Borg", "indirect", "die Lage sei ruhig"), ("Jens Borg", "indirect", "es werde besser")],
    ),
    (  # en: an honorific of the other sex after a full name is another person of the family
        "en",
        "Tom Berg, who runs the bakery with his wife, said sales had halved. Mrs Berg said the shop would stay open.",
        [("Tom Berg", "indirect", "sales had halved"), ("Mrs Berg", "indirect", "the shop would stay open")],
    ),
    (  # en: an honorific of the same sex is the person named
        "en",
        "Tom Berg said sales had halved. Mr Berg said the shop would stay open.",
        [("Tom Berg", "indirect", "sales had halved"), ("Tom Berg", "indirect", "the shop would stay open")],
    ),
    (  # en: "according to a council report": the council, not the person quoted before
        "en",
        '"It is a disgrace," said councillor Helen Crane. Fly-tipping rose by a fifth last year, according to a '
        "council report.",
        [
            ("Helen Crane", "direct", "It is a disgrace"),
            ("the council", "indirect", "Fly-tipping rose by a fifth last year"),
        ],
    ),
    (
        "en",
        "Break-ins rose by 12% in the town centre, according to a police report.",
        [("the police", "indirect", "Break-ins rose by 12% in the town centre")],
    ),
    (  # de: what stands on an agenda is no one's statement
        "de",
        "Der Vorsitzende Karl Roth sagte: „Wir sind bereit.“ Auf der Tagesordnung steht nur ein Punkt: „Wahl des "
        "Vorstands“.",
        [("Karl Roth", "direct", "Wir sind bereit.")],
    ),
    (  # ru, uk: sheets and leaflets on a door are notices
        "ru",
        "Директор Михаил Орлов заявил, что касса откроется в мае. На двери висят листки: «Касса не работает».",
        [("Михаил Орлов", "indirect", "касса откроется в мае")],
    ),
    (
        "uk",
        "Директор Михайло Орел заявив, що каса відкриється у травні. На дверях висять аркуші: «Каса не працює».",
        [("Михайло Орел", "indirect", "каса відкриється у травні")],
    ),
    (  # ru: a colon quote after a named speaker is still a statement
        "ru",
        "Глава района Иван Серов сообщил: «Мост откроют в мае».",
        [("Иван Серов", "direct", "Мост откроют в мае")],
    ),
    (  # ru, uk: a relative clause inside the statement does not hide the outlet after "пишет"/"повідомляє"
        "ru",
        "Мост закрыли. Ремонт проведет фирма, которая раньше строила дороги, пишет «Коммерсантъ».",
        [("Коммерсантъ", "indirect", "Ремонт проведет фирма, которая раньше строила дороги")],
    ),
    (
        "uk",
        "Міст закрили. Ремонт проведе фірма, яка раніше будувала дороги, повідомляє «Суспільне».",
        [("Суспільне", "indirect", "Ремонт проведе фірма, яка раніше будувала дороги")],
    ),
    (  # uk: a subject with its relative clause before a past-tense cue is still no statement
        "uk",
        "Джерело в компанії, яке побажало залишитися анонімним, підтвердило цю інформацію.",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_128)
def test_rules_1_128(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
