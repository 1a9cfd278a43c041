"""Rules of rules-1.36, found with holdout batch AL (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_36: list[tuple[str, str, list[Row]]] = [
    (  # en: "…, NAME, the ROLE, told reporters.": the listener after "told" is no inverted speaker
        "en",
        "Four patients remain in intensive care, Maria Lindholm, the hospital's medical director, told "
        "reporters on Monday.",
        [("Maria Lindholm", "indirect", "Four patients remain in intensive care")],
    ),
    (
        "en",
        "The bridge will reopen in March, Tom Becker, the county engineer, told a press briefing.",
        [("Tom Becker", "indirect", "The bridge will reopen in March")],
    ),
    (  # en: "the coroner", "the pathologist" are people (a role referring back to the one named)
        "en",
        "The coroner, Dr Alan Pryce, opened the hearing on Monday. The coroner said he would ask the railway "
        "to review its signals.",
        [("Alan Pryce", "indirect", "he would ask the railway to review its signals")],
    ),
    (
        "en",
        'Dr Ruth Oduya, a pathologist, gave evidence. "The injuries were consistent with a fall from height," '
        "the pathologist said.",
        [("Ruth Oduya", "direct", "The injuries were consistent with a fall from height")],
    ),
    (  # en: "X said …, according to Y, who said …": Y's own clause after X's
        "en",
        "The airline said it had cancelled 40 flights, according to a spokeswoman, who said most passengers "
        "had been rebooked.",
        [
            ("The airline", "indirect", "it had cancelled 40 flights"),
            ("a spokeswoman", "indirect", "most passengers had been rebooked"),
        ],
    ),
    (  # en: "Asked about …, X blamed … but also conceded that …"
        "en",
        "Asked about the delays, the minister blamed the weather but also conceded that the trains were too old.",
        [("the minister", "indirect", "the trains were too old")],
    ),
    (  # de: "…, sagte sie.": a singular verb, so "sie" is she (not the man who opened the sentence before)
        "de",
        "Die Ministerin Anna Lutz kam nach Kassel. Der Bürgermeister Karl Heine begrüßte sie am Bahnhof. Die "
        "Stadt habe kein Geld mehr, sagte sie.",
        [("Anna Lutz", "indirect", "Die Stadt habe kein Geld mehr")],
    ),
    (  # de: common German given names ("Ingeborg", "Friederike", "Friedhelm")
        "de",
        "Der Bürgermeister Karl Heine eröffnete die Sitzung. Seine Stellvertreterin Ingeborg Lutz ergriff das "
        "Wort. Die Stadt habe kein Geld mehr, sagte sie.",
        [("Ingeborg Lutz", "indirect", "Die Stadt habe kein Geld mehr")],
    ),
    (  # de: "bitte um", "bitte darum": Konjunktiv I of "bitten", which continues the statement before
        "de",
        "Der Trainer Jens Ulrich sagte, die Mannschaft sei müde. Der Verein bitte um Verständnis für die Absage.",
        [
            ("Jens Ulrich", "indirect", "die Mannschaft sei müde"),
            ("Jens Ulrich", "indirect", "Der Verein bitte um Verständnis für die Absage"),
        ],
    ),
    (
        "de",
        "Der Trainer Jens Ulrich sagte, die Mannschaft sei müde. Bitte um Rückruf.",
        [("Jens Ulrich", "indirect", "die Mannschaft sei müde")],
    ),
    (  # uk, ru: "очільник МЗС", "глава МВД": the head of a ministry named by its abbreviation is its minister
        "uk",
        "Міністр закордонних справ Андрій Сибенко прибув до Варшави. Переговори будуть складними, визнав "
        "очільник МЗС.",
        [("Андрій Сибенко", "indirect", "Переговори будуть складними")],
    ),
    (
        "ru",
        "Министр внутренних дел Олег Карпов приехал в Курск. Ситуация под контролем, заверил глава МВД.",
        [("Олег Карпов", "indirect", "Ситуация под контролем")],
    ),
    (  # uk: an apostrophe inside the role before a name ("Міністр охорони здоров'я")
        "uk",
        "Міністр охорони здоров'я Ольга Руденко відвідала Житомир. Лікарів бракує в кожному районі, визнала "
        "очільниця МОЗ.",
        [("Ольга Руденко", "indirect", "Лікарів бракує в кожному районі")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_36)
def test_rules_1_36(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
