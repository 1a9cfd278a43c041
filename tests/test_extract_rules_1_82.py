"""Rules of rules-1.82, found with holdout batch BB (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_82: list[tuple[str, str, list[Row]]] = [
    (  # en: a body whose name lists its fields with commas, in a final attribution
        "en",
        "Funding for local museums will be cut by a fifth, the Department for Digital, Culture, Media and Sport "
        "said on Friday.",
        [
            (
                "Department for Digital, Culture, Media and Sport",
                "indirect",
                "Funding for local museums will be cut by a fifth",
            )
        ],
    ),
    (  # en: the same body as the subject before the cue
        "en",
        "The Ministry of Education, Science and Technology said exams would move online next year.",
        [("Ministry of Education, Science and Technology", "indirect", "exams would move online next year")],
    ),
    (  # en: a list of places before the attribution is no body's name
        "en",
        "Sales fell in France, Spain and Italy, the company said.",
        [("the company", "indirect", "Sales fell in France, Spain and Italy")],
    ),
    (  # en: a shop's name in the possessive is the subject
        "en",
        "Domino's said deliveries would resume on Friday.",
        [("Domino's", "indirect", "deliveries would resume on Friday")],
    ),
    (  # en: the same with an apposition
        "en",
        "McDonald's, the fast-food chain, said the new menu would reach all stores by June.",
        [("McDonald's", "indirect", "the new menu would reach all stores by June")],
    ),
    (  # en: "Let's" is no shop's name
        "en",
        "Let's say a degree will cost $160,000 in 18 years.",
        [],
    ),
    (  # en: a possessive before a role stays the role's owner
        "en",
        "Boeing's chief executive said the plane was safe.",
        [("Boeing's chief executive", "indirect", "the plane was safe")],
    ),
    (  # en: countries in the possessive are no shop's name
        "en",
        "Russia's, China's and Iran's envoys said they would meet again.",
        [("China's and Iran's envoys", "indirect", "they would meet again")],
    ),
    (  # en: a capitalised cue word inside a title-case name is no cue
        "en",
        "A campaign called Mothers Say Enough said the crossing was unsafe.",
        [("Mothers Say Enough", "indirect", "the crossing was unsafe")],
    ),
    (  # en: a plural "say" after the comma that closes an apposition is the verb, not the noun
        "en",
        "The residents, members of a tenants' group, say the lifts have been broken since March.",
        [
            (
                "The residents, members of a tenants' group",
                "indirect",
                "the lifts have been broken since March",
            )
        ],
    ),
    (  # en: the same with "claim … that"
        "en",
        "The parents, most of them nurses, claim that the rota was changed without notice.",
        [("The parents, most of them nurses", "indirect", "the rota was changed without notice")],
    ),
    (  # en: "say" after a plain comma in a list stays a noun
        "en",
        "The board had its say, and the plan went ahead.",
        [],
    ),
    (  # de: a finite verb in -en after "Laut <noun>" ends the source
        "de",
        "Laut Wetterdienst können Böen bis zu 100 Stundenkilometer erreichen.",
        [("Wetterdienst", "indirect", "können Böen bis zu 100 Stundenkilometer erreichen")],
    ),
    (  # de: an adjective after an article stays in the source
        "de",
        "Nach Angaben des zuständigen Landratsamts sind drei Straßen gesperrt.",
        [("Landratsamt", "indirect", "sind drei Straßen gesperrt")],
    ),
    (  # de: a capitalised genitive after the noun stays in the source
        "de",
        "Laut Verband Deutscher Verkehrsunternehmen fehlen bundesweit 20.000 Fahrer.",
        [("Verband Deutscher Verkehrsunternehmen", "indirect", "fehlen bundesweit 20.000 Fahrer")],
    ),
    (  # de: "heißt es in der Mitteilung": the body that spoke, not a body named in what it said
        "de",
        "Das Veterinäramt hat einen Hof bei Celle gesperrt. Das teilte die Behörde am Montag mit. Zwei Mitarbeiter "
        "würden im Klinikum Celle behandelt. Eine Gefahr für Anwohner bestehe nicht, heißt es in der Mitteilung.",
        [
            ("Behörde", "indirect", "Das Veterinäramt hat einen Hof bei Celle gesperrt"),
            ("Behörde", "indirect", "Zwei Mitarbeiter würden im Klinikum Celle behandelt"),
            ("Behörde", "indirect", "Eine Gefahr für Anwohner bestehe nicht"),
        ],
    ),
    (  # de: "von X zu Y" in a Konjunktiv sentence's subject names nobody: it continues the statement
        "de",
        "Der Verein hat das Turnier abgesagt. Die Halle sei marode, hieß es in einer Mitteilung. Eine Sanierung "
        "von Dach zu Keller sei nicht bezahlbar.",
        [
            ("Verein", "indirect", "Die Halle sei marode"),
            ("Verein", "indirect", "Eine Sanierung von Dach zu Keller sei nicht bezahlbar"),
        ],
    ),
    (  # de: a title before a name still names someone (the Konjunktiv goes on with the speaker before)
        "de",
        "Die Brücke sei marode, sagte Landrat Peter Dreier. Staatssekretär Jens Kaldenbach habe davon gewusst.",
        [
            ("Peter Dreier", "indirect", "Die Brücke sei marode"),
            ("Peter Dreier", "indirect", "Staatssekretär Jens Kaldenbach habe davon gewusst"),
        ],
    ),
    (  # ru: "…, цитирует <whom> <outlet>": the one quoted speaks
        "ru",
        "Цены вырастут на 10 процентов, цитирует директора завода Ивана Соколова газета «Ведомости».",
        [("Иван Соколов", "indirect", "Цены вырастут на 10 процентов")],
    ),
    (  # ru: a woman in the accusative
        "ru",
        "Тарифы поднимут с июля, цитирует главу ведомства Марину Орлову агентство «Интерфакс».",
        [("Марина Орлова", "indirect", "Тарифы поднимут с июля")],
    ),
    (  # uk: "цитує … видання"
        "uk",
        "Ремонт триватиме до осені, цитує мера Ігоря Терехова видання «Дзеркало тижня».",
        [("Ігор Терехов", "indirect", "Ремонт триватиме до осені")],
    ),
    (  # ru: an outlet that reports is still the source
        "ru",
        "Цены вырастут на 10 процентов, сообщает ТАСС.",
        [("ТАСС", "indirect", "Цены вырастут на 10 процентов")],
    ),
    (  # ru: an abbreviated regional body in the locative
        "ru",
        "В облздраве заявили, что вакцины хватит всем.",
        [("облздраве", "indirect", "вакцины хватит всем")],
    ),
    (  # ru: the same with "уверены, что"
        "ru",
        "В горкомприроды уверены, что пожаров станет меньше.",
        [("горкомприроды", "indirect", "пожаров станет меньше")],
    ),
    (  # ru: a town is no body
        "ru",
        "В городе уверены, что ремонт закончат к осени.",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_82)
def test_rules_1_82(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
