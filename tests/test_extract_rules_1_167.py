"""Rules of rules-1.167, found with holdout batch CG (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_167: list[tuple[str, str, list[Row]]] = [
    (  # de: a sign's words after a colon, the lead with no cue and a place in it: nobody's statement
        "de",
        "Die Polizei sperrte den Weg. An dem gesperrten Uferweg hängt ein Schild: „Hochwasser – Zutritt verboten“.",
        [],
    ),
    (
        "de",
        "Der Deich hielt. Auf einem Plakat am überfluteten Marktplatz stand: „Danke an alle Helfer und Retter“.",
        [],
    ),
    (  # de: a lead with no cue that is no sign still gives its subject, as before
        "de",
        "Der Vorstand wandte sich an die Belegschaft: „Wir geben diesen Standort nicht auf.“",
        [("Der Vorstand", "direct", "Wir geben diesen Standort nicht auf.")],
    ),
    (  # uk, ru: a (road) sign ("знак") is a written notice
        "uk",
        "«Ми чекали рятувальників до ранку», — каже Петро. Біля мосту поставили знак: «Проїзд заборонено. Небезпечно».",
        [("Петро", "direct", "Ми чекали рятувальників до ранку")],
    ),
    (
        "ru",
        "«Мы ждали спасателей до утра», — говорит Пётр. У моста поставили знак: «Проезд закрыт. Опасная зона».",
        [("Пётр", "direct", "Мы ждали спасателей до утра")],
    ),
    (  # uk, ru: a first name alone, then where the person comes from: the place is no name
        "uk",
        "«Вода піднялася за пів години», — розповів 59-річний Степан із села Осій.",
        [("Степан", "direct", "Вода піднялася за пів години")],
    ),
    (
        "ru",
        "«Вода поднялась за полчаса», — рассказала Нина из посёлка Тулун.",
        [("Нина", "direct", "Вода поднялась за полчаса")],
    ),
    (  # a full name with its place keeps the name, as before; a role with a place stays a role
        "uk",
        "«Вода піднялася за пів години», — розповів Степан Гнатюк із села Осій.",
        [("Степан Гнатюк", "direct", "Вода піднялася за пів години")],
    ),
    (  # uk, ru: plural role nouns in "-вці" and hydrologists are groups, not the person quoted before
        "uk",
        "«Ми втратили все», — каже Ганна. Науковці попереджають, що посуха в регіоні триватиме до осені.",
        [
            ("Ганна", "direct", "Ми втратили все"),
            ("Науковці", "indirect", "посуха в регіоні триватиме до осені"),
        ],
    ),
    (
        "ru",
        "«Мы потеряли всё», — говорит Анна. Гидрологи предупреждают, что уровень реки начнёт снижаться в среду.",
        [
            ("Анна", "direct", "Мы потеряли всё"),
            ("Гидрологи", "indirect", "уровень реки начнёт снижаться в среду"),
        ],
    ),
    (  # de, en, ru: a first name alone with an age is the antecedent of the pronoun after it, not the
        # unnamed speaker quoted before
        "de",
        "Der Schaden sei hoch, sagte ein Sprecher der Stadt.\nRentnerin Gisela (81) stand am Fenster, als das "
        "Wasser kam. „So etwas habe ich noch nie erlebt“, sagte sie.",
        [
            ("ein Sprecher der Stadt", "indirect", "Der Schaden sei hoch"),
            ("Gisela", "direct", "So etwas habe ich noch nie erlebt"),
        ],
    ),
    (
        "en",
        "The damage is extensive, a council spokeswoman said.\nPensioner Gloria, 81, watched from her window as "
        'the water rose. "I have never seen anything like it," she said.',
        [
            ("a council spokeswoman", "indirect", "The damage is extensive"),
            ("Gloria", "direct", "I have never seen anything like it"),
        ],
    ),
    (
        "ru",
        "Ущерб большой, сообщила представитель мэрии.\n81-летняя Галина смотрела в окно, когда пришла вода. "
        "«Такого я никогда не видела», — сказала она.",
        [
            ("представитель мэрии", "indirect", "Ущерб большой"),
            ("Галина", "direct", "Такого я никогда не видела"),
        ],
    ),
    (  # en: a surname after a first name, with an age, is no lone first name (the full name is found)
        "en",
        'Pensioner Gloria Hart, 81, watched the water rise. "I have never seen anything like it," she said.',
        [("Gloria Hart", "direct", "I have never seen anything like it")],
    ),
    (  # uk, ru: "в міністерстві" is the ministry quoted just before by its name (or short name)
        "uk",
        "Лікарні працюють на генераторах, повідомили в Міністерстві охорони здоров'я. У міністерстві уточнили, що "
        "планові операції перенесли.",
        [
            ("Міністерстві охорони здоров'я", "indirect", "Лікарні працюють на генераторах"),
            ("Міністерстві охорони здоров'я", "indirect", "планові операції перенесли"),
        ],
    ),
    (
        "ru",
        "Больницы переведены на генераторы, сообщили в Минздраве. В министерстве добавили, что плановые "
        "операции перенесены.",
        [
            ("Минздраве", "indirect", "Больницы переведены на генераторы"),
            ("Минздраве", "indirect", "плановые операции перенесены"),
        ],
    ),
    (  # no ministry quoted before: the phrase keeps its own speaker
        "ru",
        "Больницы переведены на генераторы, сообщили в Минске. В министерстве добавили, что плановые операции "
        "перенесены.",
        [
            ("Минске", "indirect", "Больницы переведены на генераторы"),
            ("министерстве", "indirect", "плановые операции перенесены"),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_167)
def test_rules_1_167(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
