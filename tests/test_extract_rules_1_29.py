"""Rules of rules-1.29, found with holdout batch AF (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract.given_names import is_first_name
from ingest.extract.inflect import nominative_name

RULES_1_29: list[tuple[str, str, list[Row]]] = [
    (  # de: the present of separable cues, as live tickers write ("kündigt an", "teilt mit", "räumt ein")
        "de",
        "Landrätin Petra Kellner kündigt an, der Kreis werde die Gebühren im Frühjahr senken.",
        [("Petra Kellner", "indirect", "der Kreis werde die Gebühren im Frühjahr senken")],
    ),
    (
        "de",
        "Die Schulden der Stadt seien zu hoch, räumt Oberbürgermeister Tobias Arndt ein.",
        [("Tobias Arndt", "indirect", "Die Schulden der Stadt seien zu hoch")],
    ),
    (  # de: "rechnet … vor" is a cue only with its particle
        "de",
        "Der Kämmerer Lutz Brandt rechnete vor, die Sanierung koste am Ende 40 Prozent mehr.",
        [("Lutz Brandt", "indirect", "die Sanierung koste am Ende 40 Prozent mehr")],
    ),
    (
        "de",
        "Ein neues Dach spare jedes Jahr 30.000 Euro, rechnet Stadtwerkechefin Carola Weiß vor.",
        [("Carola Weiß", "indirect", "Ein neues Dach spare jedes Jahr 30.000 Euro")],
    ),
    (
        "de",
        "Die Kämmerin Anja Rost rechnet mit Mehrkosten von drei Millionen Euro.",
        [],
    ),
    (  # en: British and Irish given names start a person mention ("Lewis …. He said …")
        "en",
        "Lewis Carrow thanked the volunteers. He said the shelter would stay open all winter.",
        [("Lewis Carrow", "indirect", "the shelter would stay open all winter")],
    ),
    (  # en: a person called by nationality ("the Portuguese", "the Dutchman")
        "en",
        "Coach Rafael Moura lost his first final. The Brazilian, who joined in May, said his players were tired.",
        [("Rafael Moura", "indirect", "his players were tired")],
    ),
    (
        "en",
        'Team principal Joost Verhaar was calm. "We lost two tenths in the pit lane," the Dutchman said.',
        [("Joost Verhaar", "direct", "We lost two tenths in the pit lane")],
    ),
    (  # en: ", said he would …" is the subject of a clause, not an inverted attribution
        "en",
        "The new owner, who bought the club in June, said he would keep the stadium.",
        [("The new owner, who bought the club", "indirect", "he would keep the stadium")],
    ),
    (  # en: a study or survey as the subject of a cue is its own source
        "en",
        "The survey says most tenants cannot afford a rent rise of more than 5 percent.",
        [("The survey", "indirect", "most tenants cannot afford a rent rise of more than 5 percent")],
    ),
    (  # uk: a body of another country is not the body of one's own named before
        "uk",
        "Про це повідомили в Генеральному штабі ЗСУ. У міністерстві оборони Росії стверджують, що відбили атаку.",
        [("міністерстві оборони Росії", "indirect", "відбили атаку")],
    ),
    (  # ru: relatives as a source
        "ru",
        "По словам родственников, пропавший рыбак вышел в море без рации.",
        [("родственников", "indirect", "пропавший рыбак вышел в море без рации")],
    ),
    (  # uk: a role with four genitives before a dative name; the name then carries the pronoun after "Сам"
        "uk",
        "Суд відсторонив заступнику начальника Київської обласної митниці Ігорю Смаглю від посади. "
        "Сам Смагль провини не визнав. Він заявив, що документи підписував його заступник.",
        [("Ігор Смагль", "indirect", "документи підписував його заступник")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_29)
def test_rules_1_29(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


@pytest.mark.parametrize("name", ["Lewis", "Harriet", "Rhiannon", "Melike", "Duarte"])
def test_given_names_1_29(name: str) -> None:
    assert is_first_name(name)


@pytest.mark.parametrize(
    ("name", "nominative"),
    [("Ігорю Смаглю", "Ігор Смагль"), ("Віктору Ковалю", "Віктор Коваль"), ("Олені Коваль", "Олена Коваль")],
)
def test_dative_surnames_in_soft_consonant_1_29(name: str, nominative: str) -> None:
    assert nominative_name(name, "uk") == nominative
