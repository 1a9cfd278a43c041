"""Rules of rules-1.226, found with holdout batch CY (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_226: list[tuple[str, str, list[Row]]] = [
    (  # ru/uk: an interview or broadcast with its outlet in quote marks before the inverted speaker
        "ru",
        "Мост закрыли на ремонт. «Движение восстановят к маю», — сказал в интервью «Вечерней Казани» министр "
        "транспорта Рустам Гарипов.",
        [("Рустам Гарипов", "direct", "Движение восстановят к маю")],
    ),
    (
        "uk",
        "Міст закрили на ремонт. «Рух відновлять до травня», — сказала в ефірі радіостанції «Голос Києва» "
        "заступниця мера Олена Коваль.",
        [("Олена Коваль", "direct", "Рух відновлять до травня")],
    ),
    (  # a name right after the outlet (before: no speaker)
        "ru",
        "Мост закрыли на ремонт. «Движение восстановят к маю», — сказал в эфире «Первого канала» Рустам "
        "Гарипов.",
        [("Рустам Гарипов", "direct", "Движение восстановят к маю")],
    ),
    (  # ru/uk: an apposition that opens with an adjective before its role noun continues the speaker phrase
        "ru",
        "Музей закрыли. «Коллекцию вывезут в Пермь», — рассказала одна из основательниц фонда, бывший "
        "директор музея Анна Ветрова.",
        [("Анна Ветрова", "direct", "Коллекцию вывезут в Пермь")],
    ),
    (
        "uk",
        "Музей закрили. «Колекцію вивезуть до Львова», — розповів один із засновників фонду, колишній "
        "директор музею Андрій Гук.",
        [("Андрій Гук", "direct", "Колекцію вивезуть до Львова")],
    ),
    (  # the name before such an apposition stays the speaker
        "ru",
        "Завод остановлен. «Мы не получили сырье», — сказал Петр Зуев, бывший директор предприятия.",
        [("Петр Зуев", "direct", "Мы не получили сырье")],
    ),
    (
        "ru",
        "Завод остановлен. Петр Зуев, новый директор предприятия, заявил, что сырье поступит в среду.",
        [("Петр Зуев", "indirect", "сырье поступит в среду")],
    ),
    (  # a long inverted speaker phrase: its last word is not cut at the reading window's end
        "ru",
        "Закон приняли. «Закон нужно доработать», — рассказала в интервью «Парламентской газете» одна из "
        "авторов поправок, первый заместитель председателя комитета Госдумы по региональной политике Ирина "
        "Белоконева.",
        [("Ирина Белоконева", "direct", "Закон нужно доработать")],
    ),
    (  # ru/uk: "the military" in the genitive plural is a group of speakers
        "uk",
        "Ніч була неспокійною. За даними військових, над областю збили 12 дронів.",
        [("військових", "indirect", "над областю збили 12 дронів")],
    ),
    (
        "ru",
        "Ночь была неспокойной. По словам военных, над областью сбили 12 дронов.",
        [("военных", "indirect", "над областью сбили 12 дронов")],
    ),
    (  # ru/uk: "накануне"/"напередодні" and the narrator's "Напомним,"/"Нагадаємо," are not the subject
        "ru",
        "Визит перенесли. Накануне глава МИД заявил, что переговоры пройдут в Баку.",
        [("глава МИД", "indirect", "переговоры пройдут в Баку")],
    ),
    (
        "ru",
        "Визит перенесли. Напомним, министр финансов заявил, что бюджет будет пересмотрен.",
        [("министр финансов", "indirect", "бюджет будет пересмотрен")],
    ),
    (
        "uk",
        "Візит перенесли. Нагадаємо, напередодні в Міністерстві енергетики заявили, що графіки скасують.",
        [("Міністерстві енергетики", "indirect", "графіки скасують")],
    ),
    (  # "Напомним," before narration is still no statement
        "ru",
        "Визит перенесли. Напомним, в октябре обломки беспилотника повредили газопровод в Брянском районе.",
        [],
    ),
    (  # de: "hieß es in einer Mitteilung aus <Ort>": the place is no author, the body named before is
        "de",
        "Die Bahn will 40 Strecken stilllegen. Man prüfe alle Verbindungen, hieß es in einer Erklärung aus "
        "Berlin.",
        [("Bahn", "indirect", "Man prüfe alle Verbindungen")],
    ),
    (  # a body after "aus dem" stays the source, as before
        "de",
        "Die Bahn will 40 Strecken stilllegen. Man prüfe alle Verbindungen, hieß es in einer Erklärung aus "
        "dem Ministerium.",
        [("Ministerium", "indirect", "Man prüfe alle Verbindungen")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_226)
def test_rules_1_226(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
