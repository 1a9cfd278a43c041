"""Rules of rules-1.174, found with holdout batch CI (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract.names import org_key

RULES_1_174: list[tuple[str, str, list[Row]]] = [
    (  # en: a broadcaster by its medium after "told" is the listener, not the speaker
        "en",
        "The bridge will reopen in May, transport minister Alan Creed told state television.",
        [("Alan Creed", "indirect", "The bridge will reopen in May")],
    ),
    (
        "en",
        "Fares will rise by 5% next year, Greta Lind, the operator's chief executive, told local radio on Monday.",
        [("Greta Lind", "indirect", "Fares will rise by 5% next year")],
    ),
    (  # a capitalised listener and a that-clause after the medium work as before
        "en",
        "The talks had stalled, Foreign Minister Elif Kaya told Turkish television.",
        [("Elif Kaya", "indirect", "The talks had stalled")],
    ),
    (
        "en",
        "Ms Brandt told television reporters that the decision was final.",
        [("Brandt", "indirect", "the decision was final")],
    ),
    (  # en: the writer's word on the claim after it ("…, a figure that …", "…, a claim denied by …") is cut
        "en",
        "The ministry said 40 drones were shot down overnight, a figure that could not be independently verified.",
        [("The ministry", "indirect", "40 drones were shot down overnight")],
    ),
    (
        "en",
        "Mayor Tom Kolar said the plant was safe, a claim denied by environmental groups.",
        [("Tom Kolar", "indirect", "the plant was safe")],
    ),
    (  # not a noun that is no word for a statement ("a move"), nor a complement clause ("the warning that …")
        "en",
        "Mayor Tom Kolar said prices would rise, a move that would hurt families.",
        [("Tom Kolar", "indirect", "prices would rise, a move that would hurt families")],
    ),
    (
        "en",
        "Mayor Tom Kolar said the warning that the dam could fail was exaggerated.",
        [("Tom Kolar", "indirect", "the warning that the dam could fail was exaggerated")],
    ),
    (  # uk, ru: "Окремо"/"Отдельно" opening the sentence is no part of the subject
        "uk",
        "Окремо голова ОВА розповів, що ремонт мосту завершать до травня.",
        [("голова ОВА", "indirect", "ремонт мосту завершать до травня")],
    ),
    (
        "ru",
        "Отдельно глава минтранса рассказал, что ремонт моста завершат к маю.",
        [("глава минтранса", "indirect", "ремонт моста завершат к маю")],
    ),
    (  # a name after it was found before
        "uk",
        "Окремо речник МВС Олег Лисенко повідомив, що на дорогах області працюють 40 патрулів.",
        [("Олег Лисенко", "indirect", "на дорогах області працюють 40 патрулів")],
    ),
    (  # uk, ru: an operational headquarters ("оперштаб") is a body and a source
        "uk",
        "За даними обласного оперштабу, внаслідок обстрілу поранено двох людей.",
        [("обласного оперштабу", "indirect", "внаслідок обстрілу поранено двох людей")],
    ),
    (
        "ru",
        "По данным регионального оперштаба, за сутки поступило 300 обращений.",
        [("регионального оперштаба", "indirect", "за сутки поступило 300 обращений")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_174)
def test_rules_1_174(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


# Russia's defence and foreign ministries: one key in Ukrainian and Russian, only with Russia named.
SAME_BODY: list[tuple[str, str]] = [
    ("Міністерство оборони Росії", "Министерстве обороны РФ"),
    ("Міноборони РФ", "Минобороны России"),
    ("Міністерство оборони Російської Федерації", "Минобороны России"),
    ("російське Міноборони", "Министерство обороны Российской Федерации"),
    ("МЗС Росії", "МИД России"),
    ("Министерство иностранных дел РФ", "российский МИД"),
]
OTHER_BODY: list[tuple[str, str]] = [
    ("Міністерство закордонних справ України", "МИД России"),  # Kyiv's and Moscow's foreign ministries
    ("МЗС", "МИД РФ"),
    ("Міноборони", "Минобороны России"),  # a bare "Міноборони" keeps its key of before
    ("Міністерство оборони України", "Міністерство оборони Росії"),
    ("Минобороны России", "МИД России"),
]


@pytest.mark.parametrize(("a", "b"), SAME_BODY)
def test_russian_ministry_one_key(a: str, b: str) -> None:
    assert org_key(a) == org_key(b)


@pytest.mark.parametrize(("a", "b"), OTHER_BODY)
def test_russian_ministry_not_merged(a: str, b: str) -> None:
    assert org_key(a) != org_key(b)
