"""Rules of rules-1.137, found with holdout batch BX (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_137: list[tuple[str, str, list[Row]]] = [
    (  # de: a platform's noun before its one-letter name ends the sentence ("auf der Plattform X.")
        "de",
        "Man sei zu Gesprächen bereit, schrieb Jana Kluge auf der Plattform X. Der Landtag tagt am Freitag.",
        [("Jana Kluge", "indirect", "Man sei zu Gesprächen bereit")],
    ),
    (
        "en",
        "The talks had failed, Ben Ortiz wrote on the platform X. The minister said the plan was dead.",
        [
            ("Ben Ortiz", "indirect", "The talks had failed"),
            ("Ben Ortiz", "indirect", "the plan was dead"),  # the role takes up the name before
        ],
    ),
    (  # en: an initial after a capitalised word stays an initial
        "en",
        "Governor John Q. Adams said the vote would be held in May.",
        [("John Q. Adams", "indirect", "the vote would be held in May")],
    ),
    (  # de: after an adverbial lead, "warf" is followed by its subject, then its dative object
        "de",
        "Jan Beck sprach in Kiel. Zugleich warf er dem Senat vor, die Schulen zu vernachlässigen.",
        [("Jan Beck", "indirect", "die Schulen zu vernachlässigen")],
    ),
    (
        "de",
        "Am Montag warf Beck der Stadtverwaltung vor, Akten zurückzuhalten.",
        [("Beck", "indirect", "Akten zurückzuhalten")],
    ),
    (  # de: a subject before the verb keeps the dative after it
        "de",
        "Die Gewerkschaft warf dem Konzern vor, Tarifverträge zu umgehen.",
        [("Gewerkschaft", "indirect", "Tarifverträge zu umgehen")],
    ),
    (  # ru, uk: an election commission by its short name is a body
        "ru",
        "В горизбиркоме сообщили, что нарушений на участках не выявлено.",
        [("горизбиркоме", "indirect", "нарушений на участках не выявлено")],
    ),
    (
        "ru",
        "Как пояснили в облизбиркоме, прием документов завершится в пятницу.",
        [("облизбиркоме", "indirect", "прием документов завершится в пятницу")],
    ),
    (  # ru, uk: an adverbial participle phrase before a cue without a clause is no content
        "ru",
        "Отвечая на вопросы студентов, ректор пообещал построить новое общежитие.",
        [],
    ),
    (
        "uk",
        "Виступаючи на форумі, міністр пообіцяв збільшити гранти.",
        [],
    ),
    (  # ru: the clause after such a phrase still is
        "ru",
        "Отвечая на вопросы студентов, ректор заявил, что общежитие построят к осени.",
        [("ректор", "indirect", "общежитие построят к осени")],
    ),
    (  # ru: a phrase that opens with an adjective is content
        "ru",
        "Новая станция метро откроется в декабре, сообщил мэр.",
        [("мэр", "indirect", "Новая станция метро откроется в декабре")],
    ),
    (  # uk, ru, en: "politician" is a role noun that takes up the person named before
        "uk",
        "Голова партії Ігор Савчук виступив перед виборцями.\n— Ми не підемо на компроміс, — сказав політик.",
        [("Ігор Савчук", "direct", "Ми не підемо на компроміс")],
    ),
    (  # ru: a lawmaker taken up as "политик"
        "ru",
        "Депутат Олег Жарков выступил на сессии.\n— Мы против, — сказал политик.",
        [("Олег Жарков", "direct", "Мы против")],
    ),
    (  # ru: a body's genitive before a name ("депутата Госдумы Ивана …"): the pronoun takes up the name
        "ru",
        "Партия выдвинула депутата Госдумы Ивана Рогова. «Мы победим», — сказал он.",
        [("Иван Рогов", "direct", "Мы победим")],
    ),
    (
        "ru",
        "Министр торговли Индии Пиюш Гоял приехал в Москву. «Торговля растет», — сказал он.",
        [("Пиюш Гоял", "direct", "Торговля растет")],
    ),
    (  # en: a floating "both" after an apposition's comma
        "en",
        "The mayor and her deputy, Omar Haddad, both said the library would stay open.",
        [("Omar Haddad", "indirect", "the library would stay open")],
    ),
    (  # en: "both" before a noun stays in the phrase
        "en",
        "Officials on both sides said the talks would resume on Monday.",
        [("Officials on both sides", "indirect", "the talks would resume on Monday")],
    ),
    (  # ru, uk: conviction and agreement as cues ("убеждена, что", "сходятся в том, что")
        "ru",
        "Экономист Ольга Минина убеждена, что инфляция замедлится к весне.",
        [("Ольга Минина", "indirect", "инфляция замедлится к весне")],
    ),
    (
        "uk",
        "Аналітики сходяться в тому, що гривня залишиться стабільною.",
        [("Аналітики", "indirect", "гривня залишиться стабільною")],
    ),
    (
        "ru",
        "Стороны сошлись во мнении, что переговоры надо продолжить.",
        [("Стороны", "indirect", "переговоры надо продолжить")],
    ),
    (  # ru: lines that meet are no statement
        "ru",
        "Две улицы сходятся у вокзала.",
        [],
    ),
    (  # en: a capitalised surname particle after a title stays in the name the pronoun takes up
        "en",
        'Interior Minister Joris Van Dalen said the border would reopen. "It is safe," he said.',
        [
            ("Joris Van Dalen", "indirect", "the border would reopen"),
            ("Joris Van Dalen", "direct", "It is safe"),
        ],
    ),
    (  # en: a newspaper after the name is no part of it
        "en",
        'Prime Minister Lena Vos told De Morgen that the vote would go ahead. "We are ready," she said.',
        [
            ("Lena Vos", "indirect", "the vote would go ahead"),
            ("Lena Vos", "direct", "We are ready"),
        ],
    ),
    (  # de: a subject that is its own source inside the sentence ("nach eigenen Angaben")
        "de",
        "Die Stadtwerke Kassel haben nach eigenen Angaben 4000 Zähler getauscht.",
        [("Stadtwerke Kassel", "indirect", "Die Stadtwerke Kassel haben 4000 Zähler getauscht")],
    ),
    (  # de: "nach Angaben der Polizei" names its own source
        "de",
        "Die Straße ist nach Angaben der Polizei bis Freitag gesperrt.",
        [("Polizei", "indirect", "Die Straße ist bis Freitag gesperrt")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_137)
def test_rules_1_137(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
