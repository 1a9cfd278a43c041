"""Rules of rules-1.30, found with holdout batch AG (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract.lexicon_countries import COUNTRY_SPEAKERS
from ingest.extract.speakers import analyze_np

RULES_1_30: list[tuple[str, str, list[Row]]] = [
    (  # en: a capitalised "War" in a body's name is no German verb "war" (the phrase was refused as a clause)
        "en",
        "The Institute for the Study of War said that Russian units had regrouped near the river.",
        [("Institute for the Study of War", "indirect", "Russian units had regrouped near the river")],
    ),
    (
        "en",
        "The war crimes prosecutor said that the evidence was strong.",
        [("The war crimes prosecutor", "indirect", "the evidence was strong")],
    ),
    (  # en: a place after "for" belongs to the body ("regional office for Africa" is no speaker "Africa")
        "en",
        "The UN agency's regional office for Africa said food prices had doubled in a year.",
        [("UN agency's regional office for Africa", "indirect", "food prices had doubled in a year")],
    ),
    (  # en: a title-case body with "of" after a lower-case "the" is still a body
        "en",
        "On Monday the Confederation of Rural Hauliers said diesel costs had risen.",
        [("Confederation of Rural Hauliers", "indirect", "diesel costs had risen")],
    ),
    (  # en: an airline named "… Air" is a company; ", in a move …" after a final attribution is no statement
        "en",
        "Fares will rise by 4% in March, the operator Tarvik Air said on Tuesday, in a move likely to anger commuters.",
        [("Tarvik Air", "indirect", "Fares will rise by 4% in March")],
    ),
    (  # en: a dateline with two cities is no part of the statement
        "en",
        "HARBIN/SEOUL, March 3 (Eastwire) - Talks on the fishing quota have stalled, two diplomats said.",
        [("two diplomats", "indirect", "Talks on the fishing quota have stalled")],
    ),
    (  # en: a quote after a paragraph's one sentence whose subject is a surname named in full before
        "en",
        'Sporting director Ilse Brandt was not at the launch.\nBrandt rejected the criticism. "We have a plan and we '
        'are sticking to it."',
        [("Ilse Brandt", "direct", "We have a plan and we are sticking to it.")],
    ),
    (  # de: "heißt es im (Jahres)bericht / in der Studie": the document, or the body named with it
        "de",
        "Die Zahl der Unfälle sei um ein Fünftel gestiegen, heißt es im Jahresbericht der Polizei.",
        [("Polizei", "indirect", "Die Zahl der Unfälle sei um ein Fünftel gestiegen")],
    ),
    (
        "de",
        "„Wir sind zufrieden“, sagte Amtsleiter Jonas Pohl. Die Reinigung der Becken sei teurer geworden, heißt es "
        "in der Studie.",
        [
            ("Jonas Pohl", "direct", "Wir sind zufrieden"),
            ("Studie", "indirect", "Die Reinigung der Becken sei teurer geworden"),
        ],
    ),
    (  # de: "…, hieß es" after a passive participle ("erwartet") is no "X erwartet, hieß es"; the body before
        "de",
        "Den Gewinn für 2027 senkte der Vorstand erneut. Der Umsatz werde nun bei 3,1 Milliarden Euro erwartet, "
        "hieß es.",
        [("der Vorstand", "indirect", "Der Umsatz werde nun bei 3,1 Milliarden Euro erwartet")],
    ),
    (  # de: Konjunktiv I of a verb whose stem ends in -t ("erwarte") goes on with the speaker
        "de",
        "„Das Werk bleibt offen“, sagte Werkleiterin Sonja Kraft. Einen Stellenabbau erwarte sie in diesem Jahr "
        "nicht.",
        [
            ("Sonja Kraft", "direct", "Das Werk bleibt offen"),
            ("Sonja Kraft", "indirect", "Einen Stellenabbau erwarte sie in diesem Jahr nicht"),
        ],
    ),
    (  # de: the outlet's own reporting is no source
        "de",
        "Nach Informationen unserer Zeitung will der Landkreis die Klinik verkaufen.",
        [],
    ),
    (  # de: "Aus dem Umfeld des … Vereins": the circle round the club, not a person "Vereins"
        "de",
        "Aus dem Umfeld des bayerischen Vereins heißt es, man wolle den Trainer halten.",
        [("Umfeld des bayerischen Vereins", "indirect", "man wolle den Trainer halten")],
    ),
    (  # ru: "один из источников" is an anonymous source
        "ru",
        "«Сделка почти готова», — сказал один из источников.",
        [("один из источников", "direct", "Сделка почти готова")],
    ),
    (  # ru: a possessive before a role ("Её сосед") is the role, not a person "Её"
        "ru",
        "Её сосед добавил, что воду в посёлке отключили ещё в понедельник.",
        [("Её сосед", "indirect", "воду в посёлке отключили ещё в понедельник")],
    ),
    (  # uk: "Таку оцінку у вівторок оприлюднили в …": no cue word, a day before the verb
        "uk",
        "Виплати затримують уже третій місяць. Таку оцінку у вівторок оприлюднили в Пенсійному фонді.",
        [("Пенсійному фонді", "indirect", "Виплати затримують уже третій місяць")],
    ),
    (  # ru: "по его словам" inside the clause of "X заявил, что …" is X's, not a new statement of "его"
        "ru",
        "Мэр Игорь Савельев заявил, что ремонт закончат в мае, однако, по его словам, денег на второй этап нет.",
        [
            (
                "Игорь Савельев",
                "indirect",
                "ремонт закончат в мае, однако, по его словам, денег на второй этап нет",
            )
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_30)
def test_rules_1_30(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


@pytest.mark.parametrize(
    "name", ["Объединённые Арабские Эмираты", "Об'єднані Арабські Емірати", "Саудовская Аравия", "ОАЭ"]
)
def test_countries_of_several_words_1_30(name: str) -> None:
    assert name in COUNTRY_SPEAKERS


@pytest.mark.parametrize(
    ("phrase", "lang", "kind"),
    [
        ("Nordvik Air", "en", "organisation"),
        ("Air Marshal Tom Smith", "en", "person"),
        ("один из источников", "ru", "anonymous"),
        ("одна з мешканок", "uk", "role"),
        ("Ее сосед, пенсионер Виктор Ильин,", "ru", "person"),
    ],
)
def test_speaker_phrases_1_30(phrase: str, lang: str, kind: str) -> None:
    assert analyze_np(phrase, lang).kind == kind
