"""Rules of rules-1.93, found with holdout batch BE (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_93: list[tuple[str, str, list[Row]]] = [
    (  # de: "heißt es weiter in der Mitteilung": the quote ends before the frame
        "de",
        "Die Stadt sperrt die Brücke. Die Schäden am Geländer seien erheblich, heißt es weiter in der Mitteilung.",
        [("Stadt", "indirect", "Die Schäden am Geländer seien erheblich")],
    ),
    (  # de: a document with a possessive is its author's, named before
        "de",
        "Der Mieterverein ruft zur Kundgebung auf. Die Mieten stiegen schneller als die Löhne, heißt es in "
        "seinem Aufruf.",
        [("Mieterverein", "indirect", "Die Mieten stiegen schneller als die Löhne")],
    ),
    (  # de: "Intendanz", "Rektorat": the management of a theatre or university is a body
        "de",
        "Die Vorstellung am Freitag fällt aus. Das teilte die Intendanz am Dienstag mit.",
        [("Intendanz", "indirect", "Die Vorstellung am Freitag fällt aus")],
    ),
    (
        "de",
        "Die Klausuren werden verschoben, teilte das Rektorat mit.",
        [("Rektorat", "indirect", "Die Klausuren werden verschoben")],
    ),
    (  # uk: a singular relative clause before an impersonal plural cue with the body after it
        "uk",
        "Учні можуть перейти до іншої школи, яка має вільні місця, повідомили в управлінні освіти.",
        [("управлінні освіти", "indirect", "Учні можуть перейти до іншої школи, яка має вільні місця")],
    ),
    (  # uk: a relative clause that is the cue's subject stays the subject, no statement
        "uk",
        "Компанія, яка виграла тендер, повідомила про затримку.",
        [],
    ),
    (  # ru: a participle after the speaker of a final cue: the speaker's, not a parenthesis
        "ru",
        "Рейсы отменят до пятницы, сообщил сотрудник аэропорта, попросивший не называть его имени.",
        [("сотрудник аэропорта", "indirect", "Рейсы отменят до пятницы")],
    ),
    (  # ru: "который" (-ый) is a relative as "которая" was
        "ru",
        "Рейсы отменят до пятницы, сообщил сотрудник аэропорта, который попросил не называть его имени.",
        [("сотрудник аэропорта", "indirect", "Рейсы отменят до пятницы")],
    ),
    (  # ru: a parenthesis in mid-sentence stays one
        "ru",
        "Закрытие школы, считает депутат, ударит по всему селу.",
        [("депутат", "indirect", "Закрытие школы, считает депутат, ударит по всему селу")],
    ),
    (  # ru: "в городской думе" is a body
        "ru",
        "Как сообщили в городской думе, бюджет примут в декабре.",
        [("городской думе", "indirect", "бюджет примут в декабре")],
    ),
    (  # ru: "думаю" is no body
        "ru",
        "«Я думаю, всё обойдётся», — сказал Иван Петров.",
        [("Иван Петров", "direct", "Я думаю, всё обойдётся")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_93)
def test_rules_1_93(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
