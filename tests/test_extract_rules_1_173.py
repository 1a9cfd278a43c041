"""Rules of rules-1.173, found with holdout batch CH (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_173: list[tuple[str, str, list[Row]]] = [
    (  # ru: a reported question after "На вопрос,": the subject follows the question's last comma
        "ru",
        "Директор завода Иван Петров выступил на собрании. На вопрос, появятся ли новые рабочие места в Омске, "
        "директор ответил, что набор начнётся весной.",
        [("Иван Петров", "indirect", "набор начнётся весной")],
    ),
    (  # uk: with the listener before the comma, as before
        "uk",
        "На запитання журналістів, чи відкриють рейси до Польщі, директор аеропорту Іван Петренко відповів, що "
        "переговори тривають.",
        [("Іван Петренко", "indirect", "переговори тривають")],
    ),
    (  # ru: a question with no comma keeps its rule (rules-1.31)
        "ru",
        "На вопрос о возможной отставке министр Иван Петров ответил, что не собирается уходить.",
        [("Иван Петров", "indirect", "не собирается уходить")],
    ),
    (  # uk, ru: "Там" stands for a body whose name holds its remit ("у справах", "по делам")
        "uk",
        "У Міністерстві у справах молоді повідомили, що конкурс продовжать. Там також зазначили, що заявок стало "
        "більше.",
        [
            ("Міністерстві у справах молоді", "indirect", "конкурс продовжать"),
            ("Міністерстві у справах молоді", "indirect", "заявок стало більше"),
        ],
    ),
    (
        "ru",
        "В Комитете по делам национальностей сообщили, что форум перенесут. Там также отметили, что участников "
        "стало больше.",
        [
            ("Комитете по делам национальностей", "indirect", "форум перенесут"),
            ("Комитете по делам национальностей", "indirect", "участников стало больше"),
        ],
    ),
    (  # de, en: a pronoun for the posters named before ("Auf einem stand:", "One read:") is a written notice
        "de",
        "Vor dem Rathaus protestierten rund 200 Anwohner mit Plakaten. Auf einem stand: „Unser Bad bleibt offen“.",
        [],
    ),
    (
        "de",
        "Die Fans hatten Transparente mitgebracht. Auf vielen war zu lesen: „Wir sind der Verein“.",
        [],
    ),
    (
        "en",
        'Protesters gathered outside the town hall with placards. One read: "Hands off our library".',
        [],
    ),
    (  # en: "One said:" is still speech
        "en",
        'Two neighbours spoke to reporters. One said: "We could not sleep for the noise."',
        [("", "direct", "We could not sleep for the noise.")],
    ),
    (  # en: "X, who said …, <past verb> …": the relative clause's statement ends before the main verb
        "en",
        "The mayor, who said the scheme was too expensive, voted against it on Monday.",
        [("The mayor", "indirect", "the scheme was too expensive")],
    ),
    (  # a question after the relative clause: what was asked is no statement
        "en",
        "Jones, who said the figures had been checked twice, asked whether the vote could wait.",
        [("Jones", "indirect", "the figures had been checked twice")],
    ),
    (  # another cue verb as the main verb: the sentence stays whole, as before
        "en",
        "Jones, who says the figures were checked, tweeted that the vote should wait.",
        [("Jones", "indirect", "the figures were checked, tweeted that the vote should wait")],
    ),
    (  # en: a participle inside the clause, before its own verb, is no end
        "en",
        "Smith, who said the plan, approved in March, was too expensive, left the meeting early.",
        [("Smith", "indirect", "the plan, approved in March, was too expensive")],
    ),
    (  # de, ru: "Das kündigte sie an." / "Об этом она рассказала": the person named as the subject before
        "de",
        "Landrätin Maria Vogt will die Kreisumlage im kommenden Jahr senken. Das kündigte sie am Montag im Kreistag "
        "an.",
        [("Maria Vogt", "indirect", "Landrätin Maria Vogt will die Kreisumlage im kommenden Jahr senken")],
    ),
    (
        "ru",
        "Глава района Ольга Смирнова рассчитывает, что новая школа откроется к сентябрю. Об этом она рассказала "
        "журналистам.",
        [("Ольга Смирнова", "indirect", "новая школа откроется к сентябрю")],
    ),
    (  # no person named as the subject, or one of the other gender: nothing
        "ru",
        "Новый корпус больницы откроется в сентябре. Об этом он рассказал журналистам.",
        [],
    ),
    (
        "de",
        "Minister Hans Weber will die Steuern senken. Das kündigte sie am Sonntag an.",
        [],
    ),
    (  # en: a country's initials or adjective before a sport's noun is a national body, also with "which …"
        "en",
        "US Soccer said on Friday that the coach had resigned.",
        [("US Soccer", "indirect", "the coach had resigned")],
    ),
    (
        "en",
        "Scottish Rugby, which runs the game in Scotland, said the match would go ahead.",
        [("Scottish Rugby", "indirect", "the match would go ahead")],
    ),
    (  # a demonym before a surname stays a person, as before
        "en",
        "Kenyan Kiptum, who won the race, said he was happy.",
        [("Kiptum", "indirect", "he was happy")],
    ),
    (  # en: "most capped" is an adjective, not the verb that ends the subject
        "en",
        "Britain's most capped hockey player, Tom Hale, has accused the federation of neglect, saying young "
        "players were being ignored.",
        [("Tom Hale", "indirect", "young players were being ignored")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_173)
def test_rules_1_173(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
