"""Rules of rules-1.21, found with holdout batch Z and on real news feed snapshots (other sentences than
the batch's and the feeds')."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract import extract_statements
from ingest.models import ArticleText

RULES_1_21: list[tuple[str, str, list[Row]]] = [
    (  # a hyphenated surname ending in a role word after a known first name: "Jan Brandt-Richter" (de)
        "de",
        "Kreiswehrführer Jan Brandt-Richter sagte, die Straße bleibe gesperrt.",
        [("Jan Brandt-Richter", "indirect", "die Straße bleibe gesperrt")],
    ),
    (  # a hyphenated first name is one first name, not a name starting after the hyphen (de)
        "de",
        "Landrat Hans-Jürgen Pohl (SPD) besuchte das Lager. Die Vorräte reichten bis März, sagte der 61-Jährige.",
        [("Hans-Jürgen Pohl", "indirect", "Die Vorräte reichten bis März")],
    ),
    (  # two particles after a role and a first name: the first name stays (de)
        "de",
        "Stadtkämmerin Ilse van den Broek sagte, der Haushalt sei ausgeglichen.",
        [("Ilse van den Broek", "indirect", "der Haushalt sei ausgeglichen")],
    ),
    (  # a title before 'Maria von der Heide': the name keeps the first name, a later pronoun too (en)
        "en",
        "Agency Director Maria von der Heide visited the site. “The dam is safe,” she said.",
        [("Maria von der Heide", "direct", "The dam is safe")],
    ),
    (  # 'De la …' opening a sentence is the surname of the person named before (en)
        "en",
        "Council Leader Tomás de la Vega said the vote was fair. De la Vega added that he would not resign.",
        [
            ("Tomás de la Vega", "indirect", "the vote was fair"),
            ("Tomás de la Vega", "indirect", "he would not resign"),
        ],
    ),
    (  # a sentence opener is no first name ('Whether', 'Halfway', 'Indeed') (en)
        "en",
        "“We will win,” Okonjo tells reporters. Whether Okonjo keeps his seat is unclear. “It is close,” says Okonjo.",
        [("Okonjo", "direct", "We will win"), ("Okonjo", "direct", "It is close")],
    ),
    (  # 'said X, who said …': the speaker is X, without the cue or the relative pronoun (en)
        "en",
        "“Prices are mad,” said a 52-year-old taxi driver in Lagos, who said he now worked nights. “I am tired.”",
        [
            ("a 52-year-old taxi driver", "direct", "Prices are mad"),
            ("a 52-year-old taxi driver in Lagos", "indirect", "he now worked nights"),
            ("a 52-year-old taxi driver in Lagos", "direct", "I am tired."),
        ],
    ),
    (  # 'But X, who …, argued': the subject is X, not the relative clause (en)
        "en",
        "But Harlow, who has long opposed the levy, argued that it would hurt farmers.",
        [("Harlow", "indirect", "it would hurt farmers")],
    ),
    (  # 'Von Der Leyen' in title case is the person of 'von der Leyen' (en)
        "en",
        "Karin van der Molen spoke first. Van Der Molen said the plan was ready.",
        [("Karin van der Molen", "indirect", "the plan was ready")],
    ),
    (  # 'she phoned X … to tell him …': a pronoun and a verb make a clause, no speaker (en)
        "en",
        "The night the result came in, she phoned the coach at his hotel to tell him she was retiring.",
        [],
    ),
    (  # 'Amid …' opening a sentence is no speaker before the noun cue 'calls' (en)
        "en",
        "Amid calls for the minister to quit, a spokesman for the premier said she would stay.",
        [("a spokesman for the premier", "indirect", "she would stay")],
    ),
    (  # a 'Read More:' line links to another story: its quotes are no statements (en)
        "en",
        "The ferry sank on Monday.\nRead More: ‘We Lost Everything’: How a Village Rebuilt\n“We will rebuild,” said the mayor.",
        [("the mayor", "direct", "We will rebuild")],
    ),
    (  # a colon quote closed by a full stop: the next sentence is a statement of its own (en)
        "en",
        "Ortega said: “The bridge will open in June.” Lindgren said the budget had doubled.",
        [
            ("Ortega", "direct", "The bridge will open in June."),
            ("Lindgren", "indirect", "the budget had doubled"),
        ],
    ),
    (  # the same in German: 'X sagte: „… .“ Y fügte hinzu, …' (de)
        "de",
        "Kramer sagte: „Wir haben genug Betten.“ Seidel fügte hinzu, die Klinik suche Pflegekräfte.",
        [
            ("Kramer", "direct", "Wir haben genug Betten."),
            ("Seidel", "indirect", "die Klinik suche Pflegekräfte"),
        ],
    ),
    (  # a subordinate clause before the subject of a colon quote (en)
        "en",
        "While the E.U. AI office is often cited as a model for others, Moreau argued: “Nothing was signed. Nothing changed.”",
        [("Moreau", "direct", "Nothing was signed. Nothing changed.")],
    ),
    (  # the closing mark of a quote before the speaker is not part of it (en)
        "en",
        "The suspect “has not been charged and inquiries continue,” the police said.",
        [("the police", "indirect", "The suspect “has not been charged and inquiries continue")],
    ),
    (  # '…, he pointed out, and …': the particle of a phrasal cue (en)
        "en",
        "Ines Moreau doubted the data. Older drivers also drive less, she pointed out, and that skews the figures.",
        [("Ines Moreau", "indirect", "Older drivers also drive less")],
    ),
    (  # a town hall is a body ('Aus dem Rathaus hieß es') (de)
        "de",
        "Aus dem Rathaus hieß es am Abend, die Sitzung werde verschoben.",
        [("Rathaus", "indirect", "die Sitzung werde verschoben")],
    ),
    (  # a Konjunktiv sentence about a person named before goes on with the speaker (de)
        "de",
        "Der Historiker Lars Brandt widersprach Paul Hoffmann. Brandt sagte, die Quellen seien dünn. Hoffmann habe sie falsch gelesen.",
        [
            ("Lars Brandt", "indirect", "die Quellen seien dünn"),
            ("Lars Brandt", "indirect", "Hoffmann habe sie falsch gelesen"),
        ],
    ),
    (  # a name with a Latin Extended-A capital ('Ľuboš', 'Łukasz') after a title: a later pronoun is his (de)
        "de",
        "Der slowakische Premier Ľuboš Kováč blieb vorsichtig. Man müsse abwarten, sagte er.",
        [("Ľuboš Kováč", "indirect", "Man müsse abwarten")],
    ),
    (  # a commission named with adjectives is a body (uk)
        "uk",
        "Явка склала 61%, повідомила обласна виборча комісія.",
        [("обласна виборча комісія", "indirect", "Явка склала 61%")],
    ),
    (  # 'Об этом сообщила избирательная комиссия': a lower-case body as the source (ru)
        "ru",
        "Явка составила 44%. Об этом сообщила избирательная комиссия области.",
        [("избирательная комиссия области", "indirect", "Явка составила 44%")],
    ),
    (  # a role noun in the nominative plural is a group, not the source quoted before (uk)
        "uk",
        "Джерела в міськраді повідомили, що ремонт затягнеться. Метеорологи попереджають, що морози посиляться.",
        [
            ("Джерела в міськраді", "indirect", "ремонт затягнеться"),
            ("Метеорологи", "indirect", "морози посиляться"),
        ],
    ),
    (  # 'Как говорится в документе, …' with nobody quoted before: the document (ru)
        "ru",
        "Министры подписали меморандум. Как говорится в документе, стороны создадут рабочую группу.",
        [("документе", "indirect", "стороны создадут рабочую группу")],
    ),
    (  # '— заявила она, добавив, что …': the participle's statement is hers (ru)
        "ru",
        "Ирина Белова была осторожна. «Рано радоваться», — заявила она, добавив, что отчет еще не готов.",
        [("Ирина Белова", "direct", "Рано радоваться"), ("Ирина Белова", "indirect", "отчет еще не готов")],
    ),
    (  # a Ukrainian adverbial participle: '…, додавши, що …' (uk)
        "uk",
        "«Грошей немає», — сказав Петро Гнатюк, додавши, що ремонт перенесуть.",
        [("Петро Гнатюк", "direct", "Грошей немає"), ("Петро Гнатюк", "indirect", "ремонт перенесуть")],
    ),
    (  # a country in '-стана' or an acronym before a name is no part of it (ru, uk)
        "ru",
        "Как сообщил министр энергетики Таджикистана Фарход Назаров, станция заработает весной.",
        [("Фарход Назаров", "indirect", "станция заработает весной")],
    ),
    (
        "uk",
        "«Ми готові», — заявив суддя ВАКС Вірджиліу Попеску.",
        [("Вірджиліу Попеску", "direct", "Ми готові")],
    ),
    (  # two capitalised words after a genitive mid-sentence are a name, not a role (ru)
        "ru",
        "Эколог Казанского университета Мерседес Гарсия считает, что река восстановится.",
        [("Мерседес Гарсия", "indirect", "река восстановится")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_21)
def test_rules_1_21(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


# (lang, text, speaker, speaker type): news outlets are organisations, a plural role noun is a group
SPEAKER_TYPES_1_21: list[tuple[str, str, str, str]] = [
    ("en", "The talks had stalled, Axios reported.", "Axios", "organisation"),
    ("en", "The deal was off, said NBC News.", "NBC News", "organisation"),
    ("en", "The vote was close, The Associated Press said.", "Associated Press", "organisation"),
    (
        "en",
        "Sky News, meanwhile, reported that the airport would reopen on Monday.",
        "Sky News",
        "organisation",
    ),
    ("en", "Rents will keep rising, The Spectator reported.", "Spectator", "organisation"),
    ("uk", "Рятувальники попереджають, що лід тонкий.", "Рятувальники", "group"),
    ("ru", "Спасатели предупреждают, что лед тонкий.", "Спасатели", "group"),
]


@pytest.mark.parametrize(("lang", "text", "speaker", "kind"), SPEAKER_TYPES_1_21)
def test_speaker_types_1_21(lang: str, text: str, speaker: str, kind: str) -> None:
    doc = ArticleText(id="t1", text=text, title="", language=lang)
    assert [(s.speaker, s.speaker_type) for s in extract_statements(doc)] == [(speaker, kind)]
