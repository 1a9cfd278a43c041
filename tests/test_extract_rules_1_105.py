"""Rules of rules-1.105, found with holdout batch BI (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_105: list[tuple[str, str, list[Row]]] = [
    # --- a quote after a colon that gives what a sign, poster or notice says is no one's statement
    (
        "en",
        'The river rose overnight, the council said.\nA sign at the bridge reads: "Road closed until further notice."',
        [("the council", "indirect", "The river rose overnight")],
    ),
    (
        "en",
        'Two lanes were shut, police said.\nA poster in the window says only: "Back in the spring."',
        [("police", "indirect", "Two lanes were shut")],
    ),
    (
        "de",
        "Das Freibad bleibt geschlossen, teilte die Stadt mit.\nAm Eingang hängt ein Schild: „Wegen Sanierung geschlossen.“",
        [("Stadt", "indirect", "Das Freibad bleibt geschlossen")],
    ),
    (  # de: "Hinweis" is a notice where it stands or hangs
        "de",
        "Die Bibliothek zieht um, sagte die Leiterin Anja Roth.\n"
        "Im Internet steht der Hinweis: „Ausleihe nur nach Voranmeldung.“",
        [("Anja Roth", "indirect", "Die Bibliothek zieht um")],
    ),
    (
        "ru",
        "Каток закрыт, сообщили в администрации парка.\nНа воротах висит табличка: «Проход запрещен до весны».",
        [("администрации парка", "indirect", "Каток закрыт")],
    ),
    (
        "uk",
        "Басейн закрили на ремонт, повідомили в міській раді.\nНа дверях висить оголошення: «Зачинено до кінця місяця».",
        [("міській раді", "indirect", "Басейн закрили на ремонт")],
    ),
    (  # not a sign: a person's quote after a colon stays hers
        "en",
        'The mayor, Anna Cole, spoke after the vote.\nShe was blunt: "We cannot afford this any longer."',
        [("Anna Cole", "direct", "We cannot afford this any longer.")],
    ),
    (  # de: a "Hinweis" someone gives is that body's statement
        "de",
        "Die Polizei gab am Abend einen Hinweis: „Bitte meiden Sie die Innenstadt weiträumig.“",
        [("Polizei", "direct", "Bitte meiden Sie die Innenstadt weiträumig.")],
    ),
    (
        "de",
        "Bürgermeister Jan Ohl wurde deutlich: „Das können wir uns nicht mehr leisten.“",
        [("Jan Ohl", "direct", "Das können wir uns nicht mehr leisten.")],
    ),
    # --- "Про це"/"Об этом" opening a paragraph takes in the paragraph before (up to three sentences)
    (
        "uk",
        "У Вінниці через негоду знеструмлено 40 сіл. Ремонтні бригади працюють цілодобово.\n"
        "Про це повідомили в обласній енергокомпанії.",
        [
            ("обласній енергокомпанії", "indirect", "У Вінниці через негоду знеструмлено 40 сіл"),
            ("обласній енергокомпанії", "indirect", "Ремонтні бригади працюють цілодобово"),
        ],
    ),
    (
        "ru",
        "В Томске закрыли мост через Ушайку. Объезд организован по соседним улицам.\nОб этом сообщили в мэрии.",
        [
            ("мэрии", "indirect", "В Томске закрыли мост через Ушайку"),
            ("мэрии", "indirect", "Объезд организован по соседним улицам"),
        ],
    ),
    (  # de: "Das teilte X mit." opening a paragraph
        "de",
        "Das Freibad in Kassel bleibt bis Juni geschlossen. Die Sanierung dauert länger als geplant.\n"
        "Das teilte die Stadt am Montag mit.",
        [
            ("Stadt", "indirect", "Das Freibad in Kassel bleibt bis Juni geschlossen"),
            ("Stadt", "indirect", "Die Sanierung dauert länger als geplant"),
        ],
    ),
    (  # inside a paragraph: the sentence before only
        "uk",
        "Ціни на хліб зросли. У Вінниці через негоду знеструмлено 40 сіл. Про це повідомили в обласній енергокомпанії.",
        [("обласній енергокомпанії", "indirect", "У Вінниці через негоду знеструмлено 40 сіл")],
    ),
    (  # a paragraph of four sentences: the last only
        "ru",
        "Мост закрыли. Объезд организован. Автобусы ходят реже. Очереди выросли.\nОб этом сообщили в мэрии.",
        [("мэрии", "indirect", "Очереди выросли")],
    ),
    # --- law-enforcement officers are a source ("правоохоронці", "правоохранители"), not the adjective
    (
        "uk",
        "За даними правоохоронців, викрадач утік на автомобілі.",
        [("правоохоронців", "indirect", "викрадач утік на автомобілі")],
    ),
    (
        "ru",
        "По данным правоохранителей, злоумышленник скрылся на машине.",
        [("правоохранителей", "indirect", "злоумышленник скрылся на машине")],
    ),
    ("ru", "По данным правоохранительных органов, злоумышленник скрылся на машине.", []),
    # --- ru: a bare "представитель" (after a possessive or "официальный") is a role
    (
        "ru",
        "Компания «Северсталь» сообщила, что завод работает.\n— Ремонт завершится в пятницу, — добавил ее представитель.",
        [
            ("Компания «Северсталь»", "indirect", "завод работает"),
            ("ее представитель", "direct", "Ремонт завершится в пятницу"),
        ],
    ),
    (
        "ru",
        "Движение восстановлено, сообщили в РЖД.\n— Поезда пойдут по графику, — сказала официальный представитель.",
        [
            ("РЖД", "indirect", "Движение восстановлено"),
            ("официальный представитель", "direct", "Поезда пойдут по графику"),
        ],
    ),
    (  # a representative of a body stays the body's
        "ru",
        "Движение восстановлено, сообщили в РЖД.\n— Поезда пойдут по графику, — сказал представитель компании.",
        [
            ("РЖД", "indirect", "Движение восстановлено"),
            ("представитель компании", "direct", "Поезда пойдут по графику"),
        ],
    ),
    # --- "За словами <role>, <role> <Name Surname>, …": the person of the genitive apposition
    (
        "uk",
        "За словами голови громади, інженера Петра Сови, міст відкриють у травні.",
        [("Петро Сова", "indirect", "міст відкриють у травні")],
    ),
    (
        "ru",
        "По словам директора школы, учителя Ивана Гуры, занятия возобновятся в понедельник.",
        [("Иван Гура", "indirect", "занятия возобновятся в понедельник")],
    ),
    (  # a nominative name after the comma is the clause's subject, not an apposition
        "uk",
        "За словами міністра, президент Петро Коваль підписав указ.",
        [("міністра", "indirect", "президент Петро Коваль підписав указ")],
    ),
    # --- a man's four-letter surname in -и/-ы after "за словами"/"по словам" is one in -а
    (
        "uk",
        "За словами історика Миколи Сови, архів відкриють навесні.",
        [("Микола Сова", "indirect", "архів відкриють навесні")],
    ),
    ("ru", "По словам тренера Олега Гуры, команда готова.", [("Олег Гура", "indirect", "команда готова")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_105)
def test_rules_1_105(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
