"""Rules of rules-1.251, found with blind batch DE (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_251: list[tuple[str, str, list[Row]]] = [
    (  # a role with two genitives and a country before a name outside the lists: "По его словам" is his
        "ru",
        "Представитель таможни Олег Бурцев сообщил, что очереди сократились. Министр иностранных дел Венгрии "
        "Петер Сийярто прибыл в Ужгород. По его словам, Будапешт поддерживает открытие нового пункта пропуска.",
        [
            ("Олег Бурцев", "indirect", "очереди сократились"),
            ("Петер Сийярто", "indirect", "Будапешт поддерживает открытие нового пункта пропуска"),
        ],
    ),
    (
        "uk",
        "Речниця митниці Олена Гордієнко розповіла, що черги скоротилися. Міністр сільського господарства "
        "Литви Вайдас Каросас приїхав до Ягодина. За його словами, Вільнюс підтримує новий пункт пропуску.",
        [
            ("Олена Гордієнко", "indirect", "черги скоротилися"),
            ("Вайдас Каросас", "indirect", "Вільнюс підтримує новий пункт пропуску"),
        ],
    ),
    (  # not after a cue among the words between role and name: the listener is no subject
        "ru",
        "Представитель таможни Олег Бурцев сообщил, что очереди сократились. Министр заявил журналистам "
        "Венгрии Петер Сийярто, что договор готов.",
        [
            ("Олег Бурцев", "indirect", "очереди сократились"),
            ("Олег Бурцев", "indirect", "договор готов"),
        ],
    ),
    (  # an event in the genitive before a role noun as the subject
        "uk",
        "Міністр соціальної політики Іван Мороз заявив, що страйк скоро завершиться. Після переговорів "
        "міністр повідомив, що зарплати підвищать на 12%.",
        [
            ("Іван Мороз", "indirect", "страйк скоро завершиться"),
            ("Іван Мороз", "indirect", "зарплати підвищать на 12%"),
        ],
    ),
    (
        "ru",
        "Министр труда Иван Мороз заявил, что забастовка скоро закончится. После переговоров министр "
        "сообщил, что зарплаты повысят на 12%.",
        [
            ("Иван Мороз", "indirect", "забастовка скоро закончится"),
            ("Иван Мороз", "indirect", "зарплаты повысят на 12%"),
        ],
    ),
    (  # … and before a surname (unchanged)
        "ru",
        "Глава профсоюза Иван Мороз заявил, что забастовка продолжится. После переговоров Мороз сообщил, "
        "что стороны близки к соглашению.",
        [
            ("Иван Мороз", "indirect", "забастовка продолжится"),
            ("Иван Мороз", "indirect", "стороны близки к соглашению"),
        ],
    ),
    ("ru", "После переговоров стороны разошлись. Забастовка продолжится.", []),  # no cue, no statement
    (  # a comparison after ", X said," ends a long clause's statement no more: the whole sentence is X's
        "en",
        "Passenger numbers at the city's two main airports rose 14% in the summer months, the authority said, "
        "compared with 6% a year earlier.",
        [
            (
                "the authority",
                "indirect",
                "Passenger numbers at the city's two main airports rose 14% in the summer months, the authority "
                "said, compared with 6% a year earlier",
            )
        ],
    ),
    (
        "en",
        "Orders for heat pumps from households in the northern provinces fell by a third, she said, down from a "
        "record in 2024.",
        [
            (
                "",
                "indirect",
                "Orders for heat pumps from households in the northern provinces fell by a third, she said, down "
                "from a record in 2024",
            )
        ],
    ),
    (  # … but a source of its own after the comparison is still cut off (rules-1.225)
        "en",
        "Passenger numbers at the city's two main airports rose 14% in the summer months, the authority said, "
        "compared with 6% a year earlier, according to figures from the tourism board.",
        [
            (
                "the authority",
                "indirect",
                "Passenger numbers at the city's two main airports rose 14% in the summer months",
            )
        ],
    ),
    (  # … and an aside that is no comparison ends the statement as before
        "en",
        "Passenger numbers at the city's two main airports rose 14% in the summer months, the authority said, "
        "adding that the winter would be quieter.",
        [
            (
                "the authority",
                "indirect",
                "Passenger numbers at the city's two main airports rose 14% in the summer months",
            ),
            ("the authority", "indirect", "the winter would be quieter"),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_251)
def test_rules_1_251(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


@pytest.mark.parametrize(
    ("phrase", "lang", "kind", "text"),
    [
        ("Після голосування омбудсман", "uk", "role", "омбудсман"),
        ("После встречи министр", "ru", "role", "министр"),
        ("Після голосування Лубінець", "uk", "person", "Лубінець"),
        ("После этого", "ru", "unknown", "После этого"),  # nothing after the lead: unchanged
    ],
)
def test_event_lead_stripped(phrase: str, lang: str, kind: str, text: str) -> None:
    from ingest.extract.speakers import analyze_np

    sp = analyze_np(phrase, lang)
    assert (sp.kind, sp.text) == (kind, text)
