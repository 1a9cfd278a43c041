"""Rules of rules-1.227, found with holdout batch CZ (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_227: list[tuple[str, str, list[Row]]] = [
    (  # a round-up's quote of the day: the quote, a dash, a role and a full name, no cue
        "de",
        "Zitat des Tages: „Wir bauen keine Brücke ins Nichts.“ – Verkehrsministerin Karin Lohse über die A20.",
        [("Karin Lohse", "direct", "Wir bauen keine Brücke ins Nichts.")],
    ),
    (
        "uk",
        "Цитати дня:\n• «Ми відновимо всі лінії до зими» — міністр енергетики Петро Гайдай.\n"
        "• «Школи працюватимуть у звичному режимі» — мер Дніпра Олена Бойко.",
        [
            ("Петро Гайдай", "direct", "Ми відновимо всі лінії до зими"),
            ("Олена Бойко", "direct", "Школи працюватимуть у звичному режимі"),
        ],
    ),
    (
        "ru",
        "Цитата дня: «Автобусы будут ходить по расписанию» — вице-мэр Перми Олег Жуков о новой маршрутной сети.",
        [("Олег Жуков", "direct", "Автобусы будут ходить по расписанию")],
    ),
    (  # not a title in quotes with its author or director after the dash
        "ru",
        "Премьера спектакля «Три сестры» — режиссер Анна Белова.\nБилеты уже в продаже.",
        [],
    ),
    ("de", "Der Film „Das Boot“ – Regie Wolfgang Petersen – läuft heute im Ersten.", []),
    (  # a bullet that opens with the surname of a person named before, and a colon
        "de",
        "Bürgermeister Peter Hartl stellte am Montag den Haushalt vor.\nDie wichtigsten Punkte:\n"
        "– Hartl: Die Grundsteuer werde nicht erhöht.\n– Hartl: Für Schulen stünden 12 Millionen Euro bereit.",
        [
            ("Peter Hartl", "indirect", "Die Grundsteuer werde nicht erhöht"),
            ("Peter Hartl", "indirect", "Für Schulen stünden 12 Millionen Euro bereit"),
        ],
    ),
    ("de", "Die Stadt plant Neues.\n– Hinweis: Die Sitzung beginnt um 18 Uhr im Rathaus.", []),  # a heading
    (  # a bullet that ends with its source in brackets: a person named before, or a body
        "ru",
        "На брифинге выступил глава района Иван Сомов.\nГлавное:\n— дороги расчистят к утру (Сомов);\n"
        "— дело о халатности возбуждено (прокуратура).",
        [
            ("Иван Сомов", "indirect", "дороги расчистят к утру"),
            ("прокуратура", "indirect", "дело о халатности возбуждено"),
        ],
    ),
    (  # not a word in brackets that names nobody of the article
        "uk",
        "Голова області Ірина Ткач провела нараду.\n— світло повернуть до вечора (Ткач);\n"
        "— школи працюють дистанційно (Фото).",
        [("Ірина Ткач", "indirect", "світло повернуть до вечора")],
    ),
    (  # "Как он уже говорил вчера, …": a pronoun and an adverb of earlier times before the cue
        "ru",
        "Глава района Иван Сомов заявил, что дороги расчистят к утру. Как он уже говорил вчера, техники хватает.",
        [
            ("Иван Сомов", "indirect", "дороги расчистят к утру"),
            ("Иван Сомов", "indirect", "техники хватает"),
        ],
    ),
    (
        "uk",
        "Міністр Петро Гайдай заявив, що світло повернуть. Як раніше заявляв Гайдай, мережа витримає навантаження.",
        [
            ("Петро Гайдай", "indirect", "світло повернуть"),
            ("Петро Гайдай", "indirect", "мережа витримає навантаження"),
        ],
    ),
    ("ru", "Как он и ожидал, цены выросли.", []),  # no cue
    (  # a Konjunktiv I verb before a zu-infinitive clause goes on the statement before
        "de",
        "Eine Sprecherin der Stadt sagte, die Brücke bleibe gesperrt. Man prüfe, eine Fähre einzusetzen.",
        [
            ("Eine Sprecherin der Stadt", "indirect", "die Brücke bleibe gesperrt"),
            ("Eine Sprecherin der Stadt", "indirect", "Man prüfe, eine Fähre einzusetzen"),
        ],
    ),
    (  # the indicative is the writer's
        "de",
        "Eine Sprecherin der Stadt sagte, die Brücke bleibe gesperrt. Die Stadt versucht, eine Fähre einzusetzen.",
        [("Eine Sprecherin der Stadt", "indirect", "die Brücke bleibe gesperrt")],
    ),
    (  # "Auf die Frage, …, antwortete X knapp.": the question is no statement; X is the subject for "er"
        "de",
        "Landrat Uwe Kiel sprach am Morgen. Auf die Frage, wann die Halle öffne, antwortete Kiel knapp. "
        "Man arbeite daran, sagte er.",
        [("Uwe Kiel", "indirect", "Man arbeite daran")],
    ),
    (
        "ru",
        "На вопрос, когда откроют мост, мэр Олег Жуков ответил, что работы закончат в мае.",
        [("Олег Жуков", "indirect", "работы закончат в мае")],
    ),
    (  # a dialogue interview: a paragraph with no dash that reports a body is the writer's narration
        "uk",
        "Розмова з фермером Іваном Лисим.\n— Як урожай?\n— Непоганий, але ціни низькі.\n"
        "У міністерстві повідомили, що дотації виплатять у березні.\n— Що далі?\n— Будемо сіяти ячмінь.",
        [
            ("Іван Лисим", "direct", "Непоганий, але ціни низькі."),
            ("міністерстві", "indirect", "дотації виплатять у березні"),
            ("Іван Лисим", "direct", "Будемо сіяти ячмінь."),
        ],
    ),
    (  # in the first person it is the answer going on, as before
        "uk",
        "Розмова з фермером Іваном Лисим.\n— Як урожай?\n— Непоганий, але ціни низькі.\n"
        "Мій сусід каже, що дотації виплатять у березні. Я в це не вірю.\n— Що далі?\n— Будемо сіяти ячмінь.",
        [
            ("Іван Лисим", "direct", "Непоганий, але ціни низькі."),
            ("Іван Лисим", "direct", "Мій сусід каже, що дотації виплатять у березні. Я в це не вірю."),
            ("Іван Лисим", "direct", "Будемо сіяти ячмінь."),
        ],
    ),
    (  # a region's adjective before an acronym: a body, whose acronym is no listener
        "ru",
        "Морозы продержатся до выходных, сообщили в Приморском УГМС.",
        [("Приморском УГМС", "indirect", "Морозы продержатся до выходных")],
    ),
    (
        "uk",
        "Морози триматимуться до вихідних, повідомили в Одеському ОЦГМ.",
        [("Одеському ОЦГМ", "indirect", "Морози триматимуться до вихідних")],
    ),
    (  # a surname before an agency's acronym: the agency is the listener, as before
        "ru",
        "Морозы продержатся до выходных, — рассказал Петров ТАСС.",
        [("Петров", "indirect", "Морозы продержатся до выходных")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_227)
def test_rules_1_227(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
