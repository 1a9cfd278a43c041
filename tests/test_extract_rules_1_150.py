"""Rules of rules-1.150, found with holdout batch CA (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_150: list[tuple[str, str, list[Row]]] = [
    (  # de: "der Schlussmann" is a goalkeeper's role, the player named before
        "de",
        "Torhüter Jonas Brandt ärgerte sich. „Das war zu wenig“, sagte der Schlussmann nach der Partie.",
        [("Jonas Brandt", "direct", "Das war zu wenig")],
    ),
    (  # de: a word of manner or mood after the speaker ends the speaker phrase
        "de",
        "Die Regisseurin Mara Holt gewann den Preis. „Das ist ein Traum“, sagte die Regisseurin sichtlich bewegt.",
        [("Mara Holt", "direct", "Das ist ein Traum")],
    ),
    (
        "de",
        "Trainerin Anna Kramer lobte die Abwehr. „Wir haben es verdient“, sagte die 39-Jährige hörbar erleichtert.",
        [("Anna Kramer", "direct", "Wir haben es verdient")],
    ),
    (  # de: a genitive after the speaker still belongs to it
        "de",
        "„Es war ein langer Weg“, sagte die Sprecherin des Ministeriums.",
        [("die Sprecherin des Ministeriums", "direct", "Es war ein langer Weg")],
    ),
    (  # de: a prize's jury is a body
        "de",
        "Der Preis geht an den Roman „Kalte Erde“. Das gab die Jury am Freitag in Leipzig bekannt.",
        [("Jury", "indirect", "Der Preis geht an den Roman „Kalte Erde“")],
    ),
    (
        "de",
        "Der Roman sei mutig, teilte die Fachjury mit.",
        [("Fachjury", "indirect", "Der Roman sei mutig")],
    ),
    (  # en: a country's adjective before a sport in -ing/-ics or a hyphenated compound names a national body
        "en",
        "Athlete Sam Reid has been banned for two years, British Cycling said on Friday.",
        [("British Cycling", "indirect", "Athlete Sam Reid has been banned for two years")],
    ),
    (
        "en",
        "UK Anti-Doping said the test had been carried out in May.",
        [("UK Anti-Doping", "indirect", "the test had been carried out in May")],
    ),
    (  # en: a demonym before a surname stays a person
        "en",
        "Kenyan Kiptum said he would run in Berlin next year.",
        [("Kiptum", "indirect", "he would run in Berlin next year")],
    ),
    (  # en: a year opens a body's name after "the"
        "en",
        "Fans' group the 1905 Society said the ticket prices were too high.",
        [("1905 Society", "indirect", "the ticket prices were too high")],
    ),
    (  # en: not when "the" opens the sentence (a year before a body's name is a date there)
        "en",
        "The 2024 Commission said it would report in June.",
        [("Commission", "indirect", "it would report in June")],
    ),
    (  # ru: a representative of a thing that is no body is a person's role, in any case
        "ru",
        "По словам представителя стадиона, билеты будут возвращены.",
        [("представителя стадиона", "indirect", "билеты будут возвращены")],
    ),
    (
        "ru",
        "«Матч перенесен», — сообщил представитель лиги.",
        [("представитель лиги", "direct", "Матч перенесен")],
    ),
    (  # ru: a body's representative stays the body's
        "ru",
        "Представитель компании сообщил, что работы продолжаются.",
        [("Представитель компании", "indirect", "работы продолжаются")],
    ),
    (  # ru: a man's accusative surname is his genitive
        "ru",
        "Министр Андрей Волков отметил, что поддерживает губернатора Никиту Смирнова. «Работа идет», — заявил губернатор.",
        [
            ("Андрей Волков", "indirect", "поддерживает губернатора Никиту Смирнова"),
            ("Никита Смирнов", "direct", "Работа идет"),
        ],
    ),
    (  # ru: a woman's accusative keeps her -ова
        "ru",
        "Министр Андрей Волков отметил, что поддерживает врача Анну Смирнову. «Работа идет», — заявила врач.",
        [
            ("Андрей Волков", "indirect", "поддерживает врача Анну Смирнову"),
            ("Анна Смирнова", "direct", "Работа идет"),
        ],
    ),
    (  # ru, uk: a name inside the that-clause is no subject for "his words" in the next sentence
        "ru",
        "Тренер Олег Рябов отметил, что не винит защитника Игоря Панова. По его словам, команда устала.",
        [
            ("Олег Рябов", "indirect", "не винит защитника Игоря Панова"),
            ("Олег Рябов", "indirect", "команда устала"),
        ],
    ),
    (
        "uk",
        "Тренер Олег Рябов зазначив, що не звинувачує захисника Ігоря Панова. За його словами, команда втомилася.",
        [
            ("Олег Рябов", "indirect", "не звинувачує захисника Ігоря Панова"),
            ("Олег Рябов", "indirect", "команда втомилася"),
        ],
    ),
    (  # ru: the speaker named as the subject is still found
        "ru",
        "Игорь Панов заявил, что готов играть. По его словам, травма прошла.",
        [("Игорь Панов", "indirect", "готов играть"), ("Игорь Панов", "indirect", "травма прошла")],
    ),
    (  # uk, ru: after a contrast, a source between commas reports only the clause after it
        "ru",
        "Сумма сделки не раскрывается, но, по данным «Известий», клуб заплатит около 3 миллионов евро.",
        [("Известий", "indirect", "клуб заплатит около 3 миллионов евро")],
    ),
    (
        "uk",
        "Ціну не називають, однак, за даними видання «Економічна правда», угода коштувала 20 мільйонів гривень.",
        [("видання «Економічна правда»", "indirect", "угода коштувала 20 мільйонів гривень")],
    ),
    (
        "uk",
        "Міністерка Ольга Бойко виступила в раді. Тарифи зростуть, проте, за її словами, дефіциту газу не буде.",
        [("Ольга Бойко", "indirect", "дефіциту газу не буде")],
    ),
    (  # ru: without a contrast the source still reports the whole sentence
        "ru",
        "Более половины жителей, по данным мэрии, уже получили выплаты.",
        [("мэрии", "indirect", "Более половины жителей, по данным мэрии, уже получили выплаты")],
    ),
    (  # de: a continued Konjunktiv sentence after an indicative clause and a colon starts after the colon
        "de",
        "Die Senatorin Eva Brandt sprach vor dem Ausschuss. Den Vorwurf wies sie zurück: Die Kosten seien bekannt gewesen.",
        [("Eva Brandt", "indirect", "Die Kosten seien bekannt gewesen")],
    ),
    (  # de: not when the clause before the colon is Konjunktiv too
        "de",
        "Der Händler Paul Roth sagte, das Geschäft laufe schlecht. Hinzu komme die schwache Nachfrage: Der Umsatz sei gesunken.",
        [
            ("Paul Roth", "indirect", "das Geschäft laufe schlecht"),
            ("Paul Roth", "indirect", "Hinzu komme die schwache Nachfrage: Der Umsatz sei gesunken"),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_150)
def test_rules_1_150(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
