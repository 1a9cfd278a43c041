"""Rules of rules-1.185, found with holdout batch CM (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract import extract_records

RULES_1_185: list[tuple[str, str, list[Row]]] = [
    (  # uk/ru/en: a model's letter after a hyphen ends the sentence ("Іскандер-М."), it is no initial
        "uk",
        "Над Одесою збили ракету Іскандер-М. Про це повідомили Повітряні сили ЗСУ.",
        [("Повітряні сили ЗСУ", "indirect", "Над Одесою збили ракету Іскандер-М")],
    ),
    (
        "ru",
        "Расчеты применили комплекс Панцирь-С. Об этом сообщило Минобороны России.",
        [("Минобороны России", "indirect", "Расчеты применили комплекс Панцирь-С")],
    ),
    (
        "en",
        "The unit received the new Stryker-A. The army said the vehicles would reach the front by May.",
        [("The army", "indirect", "the vehicles would reach the front by May")],
    ),
    (  # the initial of a double given name still is one, as before
        "en",
        "Hans-J. Meyer said the plant would close.",
        [("Meyer", "indirect", "the plant would close")],
    ),
    (  # de: a command and a centre are bodies ("Das teilte das …kommando mit. …, hieß es weiter.")
        "de",
        "Zwei Soldaten sind bei einer Übung verletzt worden. Das teilte das Einsatzführungskommando am Montag "
        "mit.\nSie würden im Krankenhaus behandelt, hieß es weiter.",
        [
            ("Einsatzführungskommando", "indirect", "Zwei Soldaten sind bei einer Übung verletzt worden"),
            ("Einsatzführungskommando", "indirect", "Sie würden im Krankenhaus behandelt"),
        ],
    ),
    (  # "im Zentrum der Stadt" is no speaker, as before
        "de",
        "Im Zentrum der Stadt sagte Bürgermeister Jan Roth, die Straße bleibe gesperrt.",
        [("Jan Roth", "indirect", "die Straße bleibe gesperrt")],
    ),
    (  # uk/ru: "компанія" is the company whose one-word name opens the sentence and is written inside another
        "ru",
        "Аэрофлот с 1 марта возобновляет рейсы в Душанбе. Об этом сообщила компания.\nГендиректор Аэрофлота "
        "Сергей Александровский отметил, что спрос высокий.",
        [
            ("Аэрофлот", "indirect", "Аэрофлот с 1 марта возобновляет рейсы в Душанбе"),
            ("Сергей Александровский", "indirect", "спрос высокий"),
        ],
    ),
    (
        "uk",
        "Ощадбанк з понеділка закриває 40 відділень. Про це компанія повідомила на своєму сайті.\nГолова "
        "правління Ощадбанку Юрій Петренко сказав, що працівників переведуть.",
        [
            ("Ощадбанк", "indirect", "Ощадбанк з понеділка закриває 40 відділень"),
            ("Юрій Петренко", "indirect", "працівників переведуть"),
        ],
    ),
    (  # not a person's surname, not a town (written after "у"), not a public body quoted last: as before
        "uk",
        "Шевченко з понеділка очолює наглядову раду. Про це повідомила компанія. Олег Шевченко раніше працював "
        "у банку.",
        [("компанія", "indirect", "Шевченко з понеділка очолює наглядову раду")],
    ),
    (
        "uk",
        "Житомир з понеділка запускає нові тролейбуси. Про це повідомила компанія. У Житомирі вже курсують 40 "
        "машин.",
        [("компанія", "indirect", "Житомир з понеділка запускає нові тролейбуси")],
    ),
    (
        "uk",
        "Міністерство енергетики повідомило, що графіки скасовано. Відключень не буде, повідомила компанія.",
        [
            ("Міністерство енергетики", "indirect", "графіки скасовано"),
            ("компанія", "indirect", "Відключень не буде"),
        ],
    ),
    (  # ru/uk: "Telegram-канал «…»" is a body with its name
        "ru",
        "Telegram-канал «Вечерний Томск» написал, что в городе отключили свет.",
        [("Telegram-канал «Вечерний Томск»", "indirect", "в городе отключили свет")],
    ),
    (
        "uk",
        "Вибух пролунав у Харкові. Про це повідомив Telegram-канал «Харків Live».",
        [("Telegram-канал «Харків Live»", "indirect", "Вибух пролунав у Харкові")],
    ),
    (  # the channel a person writes in is no speaker, as before
        "ru",
        "Как написал в своем Telegram-канале мэр Томска Дмитрий Махиня, свет вернут к вечеру.",
        [("Дмитрий Махиня", "indirect", "свет вернут к вечеру")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_185)
def test_rules_1_185(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


# The ids: a body by what it is gets the id of the body named before; a command, a centre, a channel are bodies
IDS_1_185: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "uk",
        "Укрзалізниця з 1 грудня скасовує два потяги до Львова. Про це компанія повідомила у Telegram.\nЗа даними "
        "перевізника, квитки повернуть автоматично. Розклад є на сайті Укрзалізниці.",
        [("Укрзалізниця", "organisation")] * 2,
    ),
    ("de", "Laut Lagezentrum sind 40 Straßen gesperrt.", [("Lagezentrum", "organisation")]),
    (
        "ru",
        "Телеграм-канал «Утренний Омск» сообщил, что мост закрыт.",
        [("Телеграм-канал «Утренний Омск»", "organisation")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), IDS_1_185)
def test_ids_1_185(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    recs = list(extract_records([{"id": "r1", "language": lang, "title": "", "text": text}]))
    assert [(r["speaker"], r["speaker_type"]) for r in recs] == expected
    assert len({r["speaker_id"] for r in recs}) == 1
