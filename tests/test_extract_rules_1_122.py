"""Rules of rules-1.122, found with holdout batch BP (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_122: list[tuple[str, str, list[Row]]] = [
    (  # en: reported speech inside an "after" clause; the sentence-final cue gives the whole sentence
        "en",
        "The swimming pool will close in March after the operator said it could not pay its bills, the council "
        "has confirmed.",
        [
            (
                "the council",
                "indirect",
                "The swimming pool will close in March after the operator said it could not pay its bills",
            )
        ],
    ),
    (  # en: the same with a plural source noun at the end
        "en",
        "Bread prices rose after the mill said it would cut output, bakers said.",
        [("bakers", "indirect", "Bread prices rose after the mill said it would cut output")],
    ),
    (  # en: a "said" clause that is the main clause keeps its speaker and complement
        "en",
        "The mayor said the pool would close after the operator said it could not pay.",
        [("The mayor", "indirect", "the pool would close after the operator said it could not pay")],
    ),
    (  # de: a sentence of text that stands on a website is a notice, no one's statement
        "de",
        "Der Verein hat die Anmeldung geschlossen. Auf der Homepage steht seit Montag nur noch ein Satz: „Alle "
        "Plätze sind vergeben.“",
        [],
    ),
    (  # ru: a line on a display board is a notice, not the statement of the body named before
        "ru",
        "В мэрии заявили, что рейсы вернут. На табло автовокзала появилась строка: «Рейс 104 отменен».",
        [("мэрии", "indirect", "рейсы вернут")],
    ),
    (  # uk: the same in Ukrainian
        "uk",
        "У міськраді заявили, що рейси повернуть. На сайті перевізника з'явився рядок: «Продаж квитків зупинено».",
        [("міськраді", "indirect", "рейси повернуть")],
    ),
    (  # ru: a colon quote after a speaker and a cue is still a statement
        "ru",
        "Глава района пообещал: «Рейсы вернут к лету».",
        [("Глава района", "direct", "Рейсы вернут к лету")],
    ),
    (  # de: a body noun ("-gesellschaft") before two capitalised words heads the body's name
        "de",
        "Die Wohnungsgesellschaft Oberes Elbtal teilte mit, die Mieten würden im kommenden Jahr nicht erhöht.",
        [
            (
                "Wohnungsgesellschaft Oberes Elbtal",
                "indirect",
                "die Mieten würden im kommenden Jahr nicht erhöht",
            )
        ],
    ),
    (  # de: a role noun before a person's name is still a role
        "de",
        "Die Sprecherin Anna Berger teilte mit, die Mieten würden nicht erhöht.",
        [("Anna Berger", "indirect", "die Mieten würden nicht erhöht")],
    ),
    (  # ru: "врачи" (a plural role noun after a hushing consonant) is a group, not the person quoted before
        "ru",
        "Иван Петров заявил, что больница готова. Грипп передается воздушно-капельным путем, напоминают врачи.",
        [
            ("Иван Петров", "indirect", "больница готова"),
            ("врачи", "indirect", "Грипп передается воздушно-капельным путем"),
        ],
    ),
    (  # ru: a single doctor named before keeps the singular role
        "ru",
        "Главный врач Анна Котова рассказала о ремонте. Врач пояснила, что отделение откроют в мае.",
        [("Анна Котова", "indirect", "отделение откроют в мае")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_122)
def test_rules_1_122(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
