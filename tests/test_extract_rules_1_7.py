"""Rules of rules-1.7 and 1.8, found with holdout batch M (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_7: list[tuple[str, str, list[Row]]] = [
    (  # a body in the locative after an adjective, with a plural cue
        "ru",
        "Трассу закрыли до утра, сообщили в областном управлении дорог.",
        [("областном управлении дорог", "indirect", "Трассу закрыли до утра")],
    ),
    (  # "аппарат" heads a body
        "uk",
        "Засідання відбудеться у четвер, повідомили в апараті Верховної Ради.",
        [("апараті Верховної Ради", "indirect", "Засідання відбудеться у четвер")],
    ),
    (  # a country in the genitive between a title and a foreign name
        "uk",
        "Прем'єр-міністр Польщі Дональд Туск заявив, що кордон залишиться відкритим.",
        [("Дональд Туск", "indirect", "кордон залишиться відкритим")],
    ),
    (  # the same in Russian
        "ru",
        "Президент Франции Эмманюэль Макрон заявил, что Париж поддержит план.",
        [("Эмманюэль Макрон", "indirect", "Париж поддержит план")],
    ),
    (  # an outlet as listener between "Об этом" and the cue, the speaker after it
        "ru",
        "Матч перенесут на май. Об этом РИА Новости сообщил директор клуба Павел Сомов.",
        [("Павел Сомов", "indirect", "Матч перенесут на май")],
    ),
    (  # a dateline with an agency code is no part of the statement
        "de",
        "Kassel (dpa/lhe) - Der Flughafen bleibe bis Freitag geschlossen, sagte ein Sprecher.",
        [("ein Sprecher", "indirect", "Der Flughafen bleibe bis Freitag geschlossen")],
    ),
    (  # an imperfective cue after an adverb, and a capitalised adjective before a body word
        "uk",
        "Міжнародна організація праці раніше попереджала, що безробіття зросте.",
        [("Міжнародна організація праці", "indirect", "безробіття зросте")],
    ),
    (  # "йдеться в повідомленні" without an author: the body quoted just before
        "uk",
        "Рейси скасовано, повідомила пресслужба аеропорту. «Пасажирам повернуть гроші», – йдеться в повідомленні.",
        [
            ("пресслужба аеропорту", "indirect", "Рейси скасовано"),
            ("пресслужба аеропорту", "direct", "Пасажирам повернуть гроші"),
        ],
    ),
    (  # a question clause before a verb-second cue: the speaker follows the cue
        "de",
        "Der Verein sucht einen Trainer. Auf die Frage, ob Berger bleibe, sagte Präsident Jan Wolf: „Das ist offen.“",
        [("Jan Wolf", "direct", "Das ist offen.")],
    ),
    (  # a sports role noun after a dash cue goes to the person just spoken of
        "ru",
        "Ирина Павлова выиграла турнир в Казани. «Это мой лучший сезон», – сказала фигуристка.",
        [("Ирина Павлова", "direct", "Это мой лучший сезон")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_7)
def test_rules_1_7(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


RULES_1_8: list[tuple[str, str, list[Row]]] = [
    (  # a separable cue verb whose particle ends a final attribution
        "de",
        "Es habe Fehler in der Planung gegeben, räumte die Bürgermeisterin ein.",
        [("die Bürgermeisterin", "indirect", "Es habe Fehler in der Planung gegeben")],
    ),
    (  # a plural body after a separable cue
        "de",
        "Die Preise würden im Herbst steigen, teilten die Konzerne am Freitag in Köln mit.",
        [("die Konzerne", "indirect", "Die Preise würden im Herbst steigen")],
    ),
    (  # an "als"-adjunct before a verb-second cue; the subject and the particle follow the cue
        "de",
        "Als Sachverständiger sagte ein Statiker aus, die Halle sei nicht mehr sicher gewesen.",
        [("ein Statiker", "indirect", "die Halle sei nicht mehr sicher gewesen")],
    ),
    (  # a definite role noun is not the other role holder named just before
        "de",
        "Ein Sprecher der Klinik verwies auf die Polizei. Der Staatsanwalt kündigte an, die Ermittlungen würden bis Mai dauern.",
        [("Der Staatsanwalt", "indirect", "die Ermittlungen würden bis Mai dauern")],
    ),
    (  # a subjunctive sentence with a scare quote after "hielt dagegen"; "sie" is not "der Angeklagte"
        "de",
        "Richterin Anna Vogt hielt dagegen. Der Angeklagte habe die Lage als „völlig harmlos“ dargestellt. "
        "„Das war gelogen“, sagte sie.",
        [
            ("Anna Vogt", "indirect", "Der Angeklagte habe die Lage als „völlig harmlos“ dargestellt"),
            ("Anna Vogt", "direct", "Das war gelogen"),
        ],
    ),
    (  # "Nach seinen Angaben" after a body's statement: the body, not a woman quoted earlier
        "de",
        "Eine Sprecherin der Polizei sagte, es gebe keine Spur. Der Deutsche Mieterbund erklärte, dass die Mieten "
        "stark stiegen. Nach seinen Angaben fehlen 700.000 Wohnungen.",
        [
            ("Eine Sprecherin der Polizei", "indirect", "es gebe keine Spur"),
            ("Deutsche Mieterbund", "indirect", "die Mieten stark stiegen"),
            ("Deutsche Mieterbund", "indirect", "fehlen 700.000 Wohnungen"),
        ],
    ),
]


RULES_1_8 += [
    (  # a role with an organisation in apposition: the organisation
        "en",
        "The mine's owner, Kestrel Coal Ltd, said in a statement that output would resume next week.",
        [("Kestrel Coal Ltd", "indirect", "output would resume next week")],
    ),
    (  # a cue inside a sentence that ends with a final attribution
        "en",
        "Spain has requested two planes, and Portugal is sending a team, the Interior Ministry said.",
        [("Interior Ministry", "indirect", "Spain has requested two planes, and Portugal is sending a team")],
    ),
    (  # "told X A and that B": A is a statement too
        "en",
        "Mayor Lisa Grant told reporters the budget was balanced and that taxes would not rise.",
        [
            ("Lisa Grant", "indirect", "the budget was balanced"),
            ("Lisa Grant", "indirect", "taxes would not rise"),
        ],
    ),
    (  # a capitalised pronoun after a quote that ends a sentence opens a new statement
        "en",
        'Senator Mark Hill asked: "Who approved this?" He said the committee had never seen the contract.',
        [
            ("Mark Hill", "direct", "Who approved this?"),
            ("Mark Hill", "indirect", "the committee had never seen the contract"),
        ],
    ),
    (  # a country in the genitive between the title and a foreign name
        "ru",
        "Министр финансов Японии Кацуо Като заявил, что иена стабильна. «Мы следим за рынком», – сказал он.",
        [("Кацуо Като", "indirect", "иена стабильна"), ("Кацуо Като", "direct", "Мы следим за рынком")],
    ),
    (  # a coordinated genitive inside the role after an inverted cue
        "uk",
        "Ціни на хліб не зростуть. Про це повідомив міністр економіки та торгівлі Олег Савчук.",
        [("Олег Савчук", "indirect", "Ціни на хліб не зростуть")],
    ),
    (  # a woman named only in the accusative, then a role noun after a dash cue
        "ru",
        "Федерация дисквалифицировала лыжницу Марию Белову на год. «Я не сдамся», – написала лыжница.",
        [("Мария Белова", "direct", "Я не сдамся")],
    ),
    (  # "глава региона" is the governor, not someone named later
        "ru",
        "Губернатор области Олег Лавров заявил, что дороги открыты. «Ситуация под контролем», – сказал глава "
        "региона. Как отметил директор завода Павел Ершов, работа продолжается.",
        [
            ("Олег Лавров", "indirect", "дороги открыты"),
            ("Олег Лавров", "direct", "Ситуация под контролем"),
            ("Павел Ершов", "indirect", "работа продолжается"),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_8)
def test_rules_1_8(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
