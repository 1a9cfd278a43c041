"""Rules of rules-1.144, found with holdout batch BZ (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract import extract_records

RULES_1_144: list[tuple[str, str, list[Row]]] = [
    (  # de: a body named "N ohne M" is one name, no person "M"
        "de",
        "Die Organisation Reporter ohne Grenzen teilte mit, drei Journalisten seien festgenommen worden.",
        [("Reporter ohne Grenzen", "indirect", "drei Journalisten seien festgenommen worden")],
    ),
    (  # de: a person after a role keeps the person (no "ohne")
        "de",
        "Die Ärztin Lena Graf sagte, die Station sei überlastet.",
        [("Lena Graf", "indirect", "die Station sei überlastet")],
    ),
    (  # de: a group is the source of "nach Angaben der …" inside the sentence
        "de",
        "Zu dem Festival kamen nach Angaben der Veranstalter rund 20.000 Besucher.",
        [("der Veranstalter", "indirect", "Zu dem Festival kamen rund 20.000 Besucher")],
    ),
    (  # de: a plan is still no source ("laut Plan")
        "de",
        "Die Brücke soll laut Plan im Mai fertig werden.",
        [],
    ),
    (  # de: the writer's note that the claims cannot be checked does not continue the speaker before
        "de",
        "Die Armee meldete, sie habe zwei Brücken zerstört. Die Angaben ließen sich nicht unabhängig überprüfen.",
        [("Armee", "indirect", "sie habe zwei Brücken zerstört")],
    ),
    (
        "de",
        "Der Gouverneur sagte, zwölf Raketen seien abgefangen worden. Bestätigen ließ sich das zunächst nicht.",
        [("Der Gouverneur", "indirect", "zwölf Raketen seien abgefangen worden")],
    ),
    (  # de: "ließen sich" in a Konjunktiv II sentence of the speaker still continues it
        "de",
        "Die Ministerin sagte, das Gesetz wirke. Bei den Kosten ließen sich jährlich zwei Millionen Euro sparen.",
        [
            ("Die Ministerin", "indirect", "das Gesetz wirke"),
            ("Die Ministerin", "indirect", "Bei den Kosten ließen sich jährlich zwei Millionen Euro sparen"),
        ],
    ),
    (  # uk, ru: a serviceman named by the adjective alone is a person's role
        "uk",
        "Командир бригади Олег Дуб заявив, що штурми тривають. На думку військового, ворог готує новий наступ.",
        [
            ("Олег Дуб", "indirect", "штурми тривають"),
            ("Олег Дуб", "indirect", "ворог готує новий наступ"),
        ],
    ),
    (
        "ru",
        "Командир роты Иван Лосев сообщил, что позиции удержаны. По словам военного, противник потерял два танка.",
        [
            ("Иван Лосев", "indirect", "позиции удержаны"),
            ("Иван Лосев", "indirect", "противник потерял два танка"),
        ],
    ),
    (  # ru: a military body keeps its name (the adjective before a noun is no person)
        "ru",
        "По данным военного ведомства, учения завершатся в пятницу.",
        [("военного ведомства", "indirect", "учения завершатся в пятницу")],
    ),
    (  # ru, uk: a document's cue inside the sentence: the author quoted before
        "ru",
        "Минтранс заявил, что мост откроют в мае. Движение, как говорится в сообщении, будет двусторонним.",
        [
            ("Минтранс", "indirect", "мост откроют в мае"),
            ("Минтранс", "indirect", "Движение будет двусторонним"),
        ],
    ),
    (
        "uk",
        "Укренерго повідомило, що графіки скасовано. Мережа, як ідеться в повідомленні, працює стабільно.",
        [
            ("Укренерго", "indirect", "графіки скасовано"),
            ("Укренерго", "indirect", "Мережа працює стабільно"),
        ],
    ),
    (  # ru: a saying is no document
        "ru",
        "Старый друг, как говорится в пословице, лучше новых двух.",
        [],
    ),
    (  # ru: a movement is a body, though its name comes back later in the article
        "ru",
        "Матери солдат провели пикет у штаба округа. Об этом сообщило движение «Дорога домой» в своем "
        "Telegram-канале. По данным движения, задержаны трое участниц. Движение «Дорога домой» Минюст внес в "
        "реестр иностранных агентов.",
        [
            ("движение «Дорога домой»", "indirect", "Матери солдат провели пикет у штаба округа"),
            ("движение «Дорога домой»", "indirect", "задержаны трое участниц"),
        ],
    ),
    (  # ru, uk: a named outlet citing its sources speaks
        "ru",
        "Как пишет «Ведомости» со ссылкой на двух собеседников, сделка отложена.",
        [("Ведомости", "indirect", "сделка отложена")],
    ),
    (
        "uk",
        "Як повідомляє «Економічна правда» з посиланням на джерела в уряді, бюджет переглянуть.",
        [("Економічна правда", "indirect", "бюджет переглянуть")],
    ),
    (  # ru: an unnamed outlet keeps its sources (no name to stand for it)
        "ru",
        "Как сообщает местное информагентство со ссылкой на источник в мэрии, тарифы вырастут.",
        [("местное информагентство со ссылкой на источник в мэрии", "indirect", "тарифы вырастут")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_144)
def test_rules_1_144(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


HEADQUARTERS_1_144: list[tuple[str, bool]] = [
    # en: "the headquarters" is the Headquarters quoted before, also when its name ends with another word
    (
        "The Joint Headquarters for the Care of Veterans of War said 40 men were treated. Many needed surgery, "
        "the headquarters said.",
        True,
    ),
    # en: no Headquarters quoted before: a firm's headquarters is another thing, its own id
    ("Police said 40 people were evacuated. The building was empty, the headquarters said.", False),
]


@pytest.mark.parametrize(("text", "same"), HEADQUARTERS_1_144)
def test_headquarters_1_144(text: str, same: bool) -> None:
    recs = list(extract_records([{"id": "x", "text": text, "language": "en", "title": ""}]))
    assert len(recs) == 2
    assert (recs[0]["speaker_id"] == recs[1]["speaker_id"]) is same
