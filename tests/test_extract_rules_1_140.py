"""The rules found with blind batch BY (rules-1.140): German findings and estimates with an adjective or in the
singular ("Nach ersten Erkenntnissen der Polizei", "nach Schätzung der Stadt") and committees as bodies; Ukrainian
and Russian back references to a conclusion or to data a study holds ("К такому выводу пришли X", "Такі дані
містить дослідження X"); a study as the source of "Як йдеться в дослідженні, …" (not the person quoted before);
a body after a lowercase adjective; a speaker named by a first name alone as the antecedent of "he"/"she"."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_140: list[tuple[str, str, list[Row]]] = [
    (  # an adjective before the findings, sentence-initial
        "de",
        "Die Halle brannte am Abend. Nach ersten Erkenntnissen der Feuerwehr war ein Heizlüfter die Ursache.",
        [("Feuerwehr", "indirect", "war ein Heizlüfter die Ursache")],
    ),
    (  # one estimate by a named source inside the sentence
        "de",
        "Die Halle brannte am Abend. Der Schaden liegt nach Schätzung der Gemeinde bei einer Million Euro.",
        [("Gemeinde", "indirect", "Der Schaden liegt bei einer Million Euro")],
    ),
    (  # a committee as a body
        "de",
        "Die Reform ist umstritten. Nach Schätzungen des Ausschusses profitieren rund 40.000 Familien.",
        [("Ausschuss", "indirect", "profitieren rund 40.000 Familien")],
    ),
    (  # guard: an adjective before negotiations is no source
        "de",
        "Die Reform ist umstritten. Nach langen Verhandlungen der Parteien steht der Vertrag.",
        [],
    ),
    (  # guard: an estimate without a source is no frame
        "de",
        "Die Reform ist umstritten. Nach Schätzung kommt es auf die Zahl der Kinder an.",
        [],
    ),
    (  # a conclusion reached (Russian)
        "ru",
        "Цены на жильё в регионе выросли на треть. К такому выводу пришла Счётная палата.",
        [("Счётная палата", "indirect", "Цены на жильё в регионе выросли на треть")],
    ),
    (  # a conclusion reached (Ukrainian), researchers of a body
        "uk",
        "Підлітки сплять менше, ніж десять років тому. До такого висновку дійшли науковці Львівського університету.",
        [("науковці Львівського університету", "indirect", "Підлітки сплять менше, ніж десять років тому")],
    ),
    (  # data a study holds: the institution
        "uk",
        "Кожен п'ятий школяр має зайву вагу. Такі дані містить дослідження Центру громадського здоров'я.",
        [("Центру громадського здоров'я", "indirect", "Кожен п'ятий школяр має зайву вагу")],
    ),
    (  # guard: what a thing holds is no statement
        "ru",
        "Этот соус очень солёный. Это содержит много натрия.",
        [],
    ),
    (  # a study after a person quoted: the study's, not the person's
        "ru",
        "Врач Анна Петрова рассказала, что запись открыта. Как говорится в исследовании, жалобы на сон "
        "отмечались вдвое чаще.",
        [
            ("Анна Петрова", "indirect", "запись открыта"),
            ("исследование", "indirect", "жалобы на сон отмечались вдвое чаще"),
        ],
    ),
    (  # the study named before with its institution
        "uk",
        "Дослідження Інституту гігієни оприлюднили в четвер. Лікарка Ольга Мороз розповіла, що ліки є. Як "
        "йдеться в дослідженні, найчастіше хворіють діти.",
        [
            ("Ольга Мороз", "indirect", "ліки є"),
            ("Інституту гігієни", "indirect", "найчастіше хворіють діти"),
        ],
    ),
    (  # a body after a lowercase adjective, not a person named "Общественной"
        "ru",
        "Больницы закрываются. Как говорится в докладе областной Общественной палаты, за пять лет закрыли шесть "
        "отделений.",
        [("областной Общественной палаты", "indirect", "за пять лет закрыли шесть отделений")],
    ),
    (  # a first name alone is the antecedent of "he"
        "en",
        '"We are sorry," said the director, Neil Brampton.\nTom, a father of two, said he had queued for an hour. '
        '"Nobody knocked on doors," he said.',
        [
            ("Neil Brampton", "direct", "We are sorry"),
            ("Tom", "indirect", "he had queued for an hour"),
            ("Tom", "direct", "Nobody knocked on doors"),
        ],
    ),
    (  # guard: a first name of the other gender is not
        "en",
        '"We are sorry," said the director, Neil Brampton.\nClaire said she had waited. "Nobody came," he said.',
        [
            ("Neil Brampton", "direct", "We are sorry"),
            ("Claire", "indirect", "she had waited"),
            ("Neil Brampton", "direct", "Nobody came"),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_140)
def test_rules_1_140(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
