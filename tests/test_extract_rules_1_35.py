"""Rules of rules-1.35, found with holdout batch AK (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_35: list[tuple[str, str, list[Row]]] = [
    (  # en: "the detective", "the inspector" name a person (a role referring back to the named officer)
        "en",
        'Sergeant Maria Lopez arrived at the scene. "The driver was lucky to survive," the detective said.',
        [("Maria Lopez", "direct", "The driver was lucky to survive")],
    ),
    (
        "en",
        'Inspector Paul Reyes led the search. "We found the boat at dawn," the inspector said.',
        [("Paul Reyes", "direct", "We found the boat at dawn")],
    ),
    (  # en: "pointed out that": the particle between the cue and "that"
        "en",
        "The mayor pointed out that the bridge had been closed twice this year.",
        [("The mayor", "indirect", "the bridge had been closed twice this year")],
    ),
    (  # de: "der Dezernent" is a role referring back to the named head of department
        "de",
        "Kulturdezernent Tobias Harms kam zu spät. „Das Museum bleibt offen“, sagte der Dezernent am Freitag.",
        [("Tobias Harms", "direct", "Das Museum bleibt offen")],
    ),
    (  # de: "urteilte" is a cue; "die 2. Zivilkammer": an ordinal inside the speaker phrase
        "de",
        "Die Klage sei unbegründet, urteilte die 2. Zivilkammer am Dienstag. Der Vermieter müsse die Kosten tragen.",
        [
            ("Zivilkammer", "indirect", "Die Klage sei unbegründet"),
            ("Zivilkammer", "indirect", "Der Vermieter müsse die Kosten tragen"),
        ],
    ),
    (  # de: "machte … deutlich, dass"
        "de",
        "Die Ministerin Jana Fuchs machte am Rande der Sitzung deutlich, dass keine weiteren Mittel kämen.",
        [("Jana Fuchs", "indirect", "keine weiteren Mittel kämen")],
    ),
    (  # de: a pronoun before a speech act is the subject the Konjunktiv after it continues
        "de",
        "Die Gewerkschafterin Lena Holm meldete sich zu Wort. Sie kritisierte den Vorstand scharf. Die "
        "Beschäftigten hätten seit drei Jahren keine Erhöhung bekommen.",
        [("Lena Holm", "indirect", "Die Beschäftigten hätten seit drei Jahren keine Erhöhung bekommen")],
    ),
    (  # de: ", und lehnte … ab": the speaker's second predicate ends the reported clause
        "de",
        "Ein Sprecher sagte, man prüfe die Vorwürfe, und lehnte weitere Angaben ab.",
        [("Ein Sprecher", "indirect", "man prüfe die Vorwürfe")],
    ),
    (  # de: ", sagte er," after a long Konjunktiv clause: a parenthesis, the whole sentence
        "de",
        "Schulleiter Jan Wolter kam. Im nächsten Jahr gebe es zwei neue Klassen an der Schule, sagte er, mehr als "
        "je zuvor.",
        [
            (
                "Jan Wolter",
                "indirect",
                "Im nächsten Jahr gebe es zwei neue Klassen an der Schule, sagte er, mehr als je zuvor",
            )
        ],
    ),
    (  # uk, ru: "йдеться у спільній заяві": a joint document is its own source
        "uk",
        "Міністри зустрілися у Львові. «Ми домовилися про спільне патрулювання кордону», — йдеться у спільній заяві.",
        [("спільній заяві", "direct", "Ми домовилися про спільне патрулювання кордону")],
    ),
    (
        "ru",
        "Министры встретились в Минске. «Стороны продолжат консультации», — говорится в совместном заявлении.",
        [("совместном заявлении", "direct", "Стороны продолжат консультации")],
    ),
    (  # uk, ru: "…, свідчать дані відомства": data or a report, its author (the body quoted before)
        "uk",
        "У Держстаті повідомили, що ціни зросли. Безробіття за рік зросло на два відсотки, свідчать дані відомства.",
        [
            ("Держстаті", "indirect", "ціни зросли"),
            ("Держстаті", "indirect", "Безробіття за рік зросло на два відсотки"),
        ],
    ),
    (
        "ru",
        "В Росстате сообщили, что цены выросли. Зарплаты за год выросли на треть, свидетельствует отчет ведомства.",
        [
            ("Росстате", "indirect", "цены выросли"),
            ("Росстате", "indirect", "Зарплаты за год выросли на треть"),
        ],
    ),
    ("ru", "Это свидетельствует о кризисе.", []),  # no report or data after it: no cue
    (  # ru, uk: a woman's name in the genitive is not read again as a man's ("Александры" → Александра)
        "ru",
        "По словам учительницы Александры Петровой, дети вернутся в школу в понедельник.",
        [("Александра Петрова", "indirect", "дети вернутся в школу в понедельник")],
    ),
    (
        "uk",
        "За словами лікарки Олександри Бондар, черги ще ніколи не були такими довгими.",
        [("Олександра Бондар", "indirect", "черги ще ніколи не були такими довгими")],
    ),
    (  # ru: "управа" is a body
        "ru",
        "В управе сообщили, что ремонт закончится весной.",
        [("управе", "indirect", "ремонт закончится весной")],
    ),
    (  # uk, ru: a relative clause after the source of "За словами X, …" is not the statement
        "uk",
        "За словами лікарки Ірини Бондар, яка працює у лікарні двадцять років, черги ще ніколи не були такими "
        "довгими.",
        [("Ірина Бондар", "indirect", "черги ще ніколи не були такими довгими")],
    ),
    (
        "ru",
        "По мнению историка Олега Смирнова, который изучает архив, письма подлинные.",
        [("Олег Смирнов", "indirect", "письма подлинные")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_35)
def test_rules_1_35(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
