"""Rules of rules-1.20, found with holdout batch Y (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_20: list[tuple[str, str, list[Row]]] = [
    (  # a participle lead before the subject: 'Questioned about …, the mayor said' (en)
        "en",
        "Questioned about the stadium, the mayor said the city could not afford a new roof.",
        [("the mayor", "indirect", "the city could not afford a new roof")],
    ),
    (  # 'Challenged on …, X said … but conceded that …': both statements are X's (en)
        "en",
        'Challenged on the figures, Priya Raman said the survey had been "badly misread" but conceded that turnout was low.',
        [
            ("Priya Raman", "indirect", 'the survey had been "badly misread"'),
            ("Priya Raman", "indirect", "turnout was low"),
        ],
    ),
    (  # 'asked him whether …': an object pronoun after the cue is no inverted speaker (en)
        "en",
        "The board's chairwoman, Ines Vale, asked him whether the accounts had been audited.",
        [],
    ),
    (  # a second relative clause after ', and who …' belongs to the subject (en)
        "en",
        "A nurse who treated the victims, and who asked not to be named because she feared losing her job, said the ward had run out of blood.",
        [
            (
                "A nurse who treated the victims, and who asked not to be named because she feared losing her job",
                "indirect",
                "the ward had run out of blood",
            )
        ],
    ),
    (  # ', emphasizing that …' is a participle after a final attribution: the speaker of the quote (en)
        "en",
        '"We are ready," the coach said at the stadium, emphasizing that the squad was fit.',
        [("the coach", "direct", "We are ready"), ("the coach", "indirect", "the squad was fit")],
    ),
    (  # 'X reports that …, according to Y': X's, as after 'said' (en)
        "en",
        "The Herald reports that the mayor will resign, according to two council officials.",
        [("Herald", "indirect", "the mayor will resign")],
    ),
    (  # 'according to a report published by X': the body that issued the document (en)
        "en",
        "Some lifts may fail in cold weather, according to a report published by the Health and Safety Executive.",
        [("the Health and Safety Executive", "indirect", "Some lifts may fail in cold weather")],
    ),
    (  # 'the Office for …': the words after a body's 'for' are its name, not a person (en)
        "en",
        "The grid can cope with the cold, said the Office for Energy Security and Resilience.",
        [("Office for Energy Security and Resilience", "indirect", "The grid can cope with the cold")],
    ),
    (  # 'according to the Office for National Statistics': a capitalised name is no skipped word (en)
        "en",
        "Rents rose 9% last year, according to the Office for National Statistics.",
        [("Office for National Statistics", "indirect", "Rents rose 9% last year")],
    ),
    (  # a lead's role is held by the person named next, not by the chair of another body (en)
        "en",
        "The head of Ghana's cocoa board told a parliamentary committee on Monday that output had fallen.\nDaniel Asante blamed the rains. The committee's chairman, Kofi Mensah, asked him why. \"You knew,\" he said.\nThe board chief said the next harvest would be better.",
        [
            ("Daniel Asante", "indirect", "output had fallen"),
            ("Kofi Mensah", "direct", "You knew"),
            ("Daniel Asante", "indirect", "the next harvest would be better"),
        ],
    ),
    (  # 'the union' after 'the union GMB said' is that union (en)
        "en",
        "Drivers at Northway Buses have voted to strike, the union GMB said. Turnout was 81%, according to the union.",
        [
            ("GMB", "indirect", "Drivers at Northway Buses have voted to strike"),
            ("GMB", "indirect", "Turnout was 81%"),
        ],
    ),
    (  # 'the person' is the anonymous source just quoted (en)
        "en",
        "The takeover is close, one person familiar with the talks said. A deal could be signed on Friday, the person said.",
        [
            ("one person familiar with the talks", "indirect", "The takeover is close"),
            ("one person familiar with the talks", "indirect", "A deal could be signed on Friday"),
        ],
    ),
    (  # a role with an adjective opening the sentence before a pronoun: 'A former cleaner … she said' (en)
        "en",
        '"You lied to us," said Judge Anna Pryce.\nA former cleaner, who gave evidence on Tuesday, was in tears. "I lost my home," she said.',
        [("Anna Pryce", "direct", "You lied to us"), ("A former cleaner", "direct", "I lost my home")],
    ),
    (  # a genitive role after a mid-sentence 'nach Angaben des …' (de)
        "de",
        "Die Brücke bleibt nach Angaben des zuständigen Bauleiters bis Mai gesperrt.",
        [("Bauleiter", "indirect", "Die Brücke bleibt bis Mai gesperrt")],
    ),
    (  # ', am Freitag vor dem Rathaus' after the apposition of a final 'sagte' (de)
        "de",
        "Das Hochwasser sei zurückgegangen, sagte die Leiterin des Krisenstabs, Olena Kowaltschuk, am Freitag vor dem Rathaus der Stadt.",
        [("Olena Kowaltschuk", "indirect", "Das Hochwasser sei zurückgegangen")],
    ),
    (  # 'Bundesamt für … und …': the whole name (de)
        "de",
        "Laut Bundesamt für Migration und Flüchtlinge sind die Anträge gesunken.",
        [("Bundesamt für Migration und Flüchtlinge", "indirect", "sind die Anträge gesunken")],
    ),
    (  # 'Eine langjährige Spielerin, die … „…“, sagte sie' (de)
        "de",
        "«Wir sind enttäuscht», sagte der Trainer Jonas Brehm.\nEine langjährige Spielerin, die seit zehn Jahren im Verein ist, wirkte gefasst. «Wir kommen wieder», sagte sie.",
        [
            ("Jonas Brehm", "direct", "Wir sind enttäuscht"),
            ("Eine langjährige Spielerin", "direct", "Wir kommen wieder"),
        ],
    ),
    (  # a name in apposition after a role with 'von'/'des' is one person for both statements (de)
        "de",
        "Der Landrat des Kreises Emsland, Hans Ebner, rief die Bürger auf, Wasser zu sparen. Man sei gut vorbereitet, sagte der SPD-Politiker.",
        [
            ("Hans Ebner", "indirect", "Wasser zu sparen"),
            ("Hans Ebner", "indirect", "Man sei gut vorbereitet"),
        ],
    ),
    (  # 'Про це …' with a long adjunct before the cue (uk)
        "uk",
        "Ціни на газ не зростуть до весни. Про це в четвер під час брифінгу в Кабінеті Міністрів України заявив міністр енергетики Олег Бондар.",
        [("Олег Бондар", "indirect", "Ціни на газ не зростуть до весни")],
    ),
    (  # '– відповів посадовець' is not the woman who asked (uk)
        "uk",
        "«Ми все перевірили», – сказав міністр Олег Бондар.\nДепутатка Ірина Савчук запитала, чому тарифи змінили. «Бо змінився курс», – відповів посадовець.",
        [("Олег Бондар", "direct", "Ми все перевірили"), ("Олег Бондар", "direct", "Бо змінився курс")],
    ),
    (  # 'За інформацією аналітиків': a plural genitive role is a group (uk)
        "uk",
        "За інформацією аналітиків, врожай зерна буде меншим.",
        [("аналітиків", "indirect", "врожай зерна буде меншим")],
    ),
    (  # a subject with a relative clause before an inverted cue is no statement (uk)
        "uk",
        "Речник полку, який попросив не називати його імені, підтвердив «Громадському» обстріл.",
        [],
    ),
    (  # ', и добавил, что …' opens a second statement (ru)
        "ru",
        "Министр ответил, что поддерживает проверку, и добавил, что все документы опубликованы.",
        [
            ("Министр", "indirect", "поддерживает проверку"),
            ("Министр", "indirect", "все документы опубликованы"),
        ],
    ),
    (  # '"…", - сказал X, пояснив, что …': an ASCII quote ends the clause before the participle (ru)
        "ru",
        '"Денег хватает, людей нет", - сказал Олег Смирнов, пояснив, что речь идет о водителях.',
        [
            ("Олег Смирнов", "direct", "Денег хватает, людей нет"),
            ("Олег Смирнов", "indirect", "речь идет о водителях"),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_20)
def test_rules_1_20(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
