"""Rules of rules-1.86, found with holdout batch BC (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_86: list[tuple[str, str, list[Row]]] = [
    (  # uk: "поділився, що …" reports a statement
        "uk",
        "Волонтерка Ірина Коваль поділилася, що за тиждень зібрали понад сто тисяч гривень.",
        [("Ірина Коваль", "indirect", "за тиждень зібрали понад сто тисяч гривень")],
    ),
    (  # uk: the same after a quote
        "uk",
        "«Такої черги я ще не бачив», — поділився водій маршрутки.",
        [("водій маршрутки", "direct", "Такої черги я ще не бачив")],
    ),
    (  # ru: "поделился, что …"
        "ru",
        "Фермер Андрей Лукин поделился, что урожай в этом году вдвое меньше прошлогоднего.",
        [("Андрей Лукин", "indirect", "урожай в этом году вдвое меньше прошлогоднего")],
    ),
    (  # ru: sharing photographs is no statement
        "ru",
        "Иван поделился фотографиями из поездки.",
        [],
    ),
    (  # ru: an airport speaks for itself ("В аэропорту сообщили, что …")
        "ru",
        "Рейс задержали на пять часов. В аэропорту сообщили, что причиной стал туман.",
        [("аэропорту", "indirect", "причиной стал туман")],
    ),
    (  # uk: a zoo, in a final attribution
        "uk",
        "Вольєр відремонтують до літа, повідомили в зоопарку.",
        [("зоопарку", "indirect", "Вольєр відремонтують до літа")],
    ),
    (  # ru: a nature reserve
        "ru",
        "Медведица вышла из берлоги раньше обычного, отметили в заповеднике.",
        [("заповеднике", "indirect", "Медведица вышла из берлоги раньше обычного")],
    ),
    (  # ru: an airport without a cue says nothing
        "ru",
        "В аэропорту пассажиры провели всю ночь.",
        [],
    ),
    (  # ru: a spokesman after "в беседе с <outlet>", with a company name in quote marks
        "ru",
        "Поставки возобновятся в понедельник, сообщил в беседе с РИА Новости представитель компании "
        "«Северсталь-Транс» Игорь Белов.",
        [("Игорь Белов", "indirect", "Поставки возобновятся в понедельник")],
    ),
    (  # uk: an outlet in quote marks inside the adjunct
        "uk",
        "Ремонт завершать до осені, розповів у розмові з «Суспільним» представник компанії «Київавтодор» "
        "Олег Гнатюк.",
        [("Олег Гнатюк", "indirect", "Ремонт завершать до осені")],
    ),
    (  # en: documents an outlet only saw are the source, not the outlet
        "en",
        "According to documents seen by the newspaper, the company paid the consultants £4 million.",
        [("documents", "indirect", "the company paid the consultants £4 million")],
    ),
    (  # en: the same in a final "according to"
        "en",
        "The regulator had been warned twice, according to internal emails obtained by the BBC.",
        [("internal emails", "indirect", "The regulator had been warned twice")],
    ),
    (  # en: an outlet that reports is the source
        "en",
        "According to Reuters, the company paid the consultants £4 million.",
        [("Reuters", "indirect", "the company paid the consultants £4 million")],
    ),
    (  # en: a notice published by a body stays the body's
        "en",
        "The plant will close in March, according to a notice published by the regulator.",
        [("the regulator", "indirect", "The plant will close in March")],
    ),
    (  # en: a meeting's minutes as the subject of "say"
        "en",
        "The board met in private twice last year, the minutes say.",
        [("the minutes", "indirect", "The board met in private twice last year")],
    ),
    (  # en: "minutes later" is no source
        "en",
        "Ten minutes later, the mayor said the road was closed.",
        [("the mayor", "indirect", "the road was closed")],
    ),
    (  # en: a that-less clause after "acknowledged", before "but said"
        "en",
        "The head teacher acknowledged the inspection report was disappointing but said the school had already "
        "improved.",
        [
            ("The head teacher", "indirect", "the inspection report was disappointing"),
            ("The head teacher", "indirect", "the school had already improved"),
        ],
    ),
    (  # en: the same with "admitted … but insisted"
        "en",
        "The club admitted the stadium roof had leaked for years but insisted the stand was safe.",
        [
            ("The club", "indirect", "the stadium roof had leaked for years"),
            ("The club", "indirect", "the stand was safe"),
        ],
    ),
    (  # en: "acknowledged" with an object and no clause reports nothing
        "en",
        "The minister acknowledged the problem during a long interview with the regional broadcaster on Tuesday "
        "evening.",
        [],
    ),
    (  # de: an association named with a lower-case adjective
        "de",
        "Der Bund freier Waldorfschulen erklärte, die Reform gehe an der Praxis vorbei.",
        [("Bund freier Waldorfschulen", "indirect", "die Reform gehe an der Praxis vorbei")],
    ),
    (  # de: the same after "Aus dem … hieß es"
        "de",
        "Aus dem Verband kommunaler Unternehmen hieß es, die Netze seien überlastet.",
        [("Verband kommunaler Unternehmen", "indirect", "die Netze seien überlastet")],
    ),
    (  # de: a person's title before an adjective and a plural is no association
        "de",
        "Der Präsident kleiner Vereine erklärte, alles sei gut.",
        [("Vereine", "indirect", "alles sei gut")],
    ),
    (  # de: a second predicate after the cue's comma is no reported clause
        "de",
        "Die Bürgermeisterin räumte Versäumnisse ein, wies die Kritik der Opposition aber zurück.",
        [],
    ),
    (  # de: an infinitive after "kündigte an" stays the statement
        "de",
        "Der Landrat kündigte an, in der nächsten Woche einen Krisenstab einzuberufen.",
        [("Der Landrat", "indirect", "in der nächsten Woche einen Krisenstab einzuberufen")],
    ),
    (  # de: a Konjunktiv clause after "räumte ein" stays the statement
        "de",
        "Die Ministerin räumte ein, die Zahlen seien zu optimistisch gewesen.",
        [("Die Ministerin", "indirect", "die Zahlen seien zu optimistisch gewesen")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_86)
def test_rules_1_86(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
