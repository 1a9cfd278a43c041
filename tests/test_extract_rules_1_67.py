"""Rules of rules-1.67, found with holdout batch AV (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_67: list[tuple[str, str, list[Row]]] = [
    (  # uk: 'Таку інформацію оприлюднила X' hands the sentence before to X
        "uk",
        "Торік в області відкрили 40 нових підприємств. Таку інформацію оприлюднила обласна податкова служба.",
        [("обласна податкова служба", "indirect", "Торік в області відкрили 40 нових підприємств")],
    ),
    (  # ru: 'Такие выводы содержатся в исследовании X'
        "ru",
        "Аренда жилья в Казани подорожала на 21%. Такие выводы содержатся в исследовании агентства «Дом-Аналитика».",
        [("агентства «Дом-Аналитика»", "indirect", "Аренда жилья в Казани подорожала на 21%")],
    ),
    (  # ru: 'По расчётам X, …' (with ё) is a frame like 'По данным X, …'
        "ru",
        "По расчётам профсоюза, на забастовку вышли около трёх тысяч рабочих.",
        [("профсоюза", "indirect", "на забастовку вышли около трёх тысяч рабочих")],
    ),
    (  # uk: 'За розрахунками X, …'
        "uk",
        "За розрахунками енергетиків, ремонт підстанції триватиме два тижні.",
        [("енергетиків", "indirect", "ремонт підстанції триватиме два тижні")],
    ),
    (  # ru: '…, подсчитала она.' as a final cue
        "ru",
        "Бухгалтер Вера Лаптева рассказала о новых тарифах. Расходы семьи вырастут на четыре тысячи рублей, подсчитала она.",
        [("Вера Лаптева", "indirect", "Расходы семьи вырастут на четыре тысячи рублей")],
    ),
    (  # uk: the imperfective 'обіцяв, що …'
        "uk",
        "Мер Остап Гнатів обіцяв, що новий міст відкриють до зими.",
        [("Остап Гнатів", "indirect", "новий міст відкриють до зими")],
    ),
    (  # de: '„…“, klagt X' and the Konjunktiv sentence after it
        "de",
        "„Seit drei Monaten warte ich auf einen Handwerker“, klagt Rentner Gerd Haase. Die Heizung sei seit Oktober kaputt.",
        [
            ("Gerd Haase", "direct", "Seit drei Monaten warte ich auf einen Handwerker"),
            ("Gerd Haase", "indirect", "Die Heizung sei seit Oktober kaputt"),
        ],
    ),
    (  # de: 'klagt gegen …' (sues) is no statement
        "de",
        "Die Reederei klagt gegen den Bescheid der Hafenbehörde.",
        [],
    ),
    (  # de: '…, sagte X, Vorsitzender des Y.': an apposition after the inverted cue, no complement
        "de",
        "Die Mieten seien um ein Drittel gestiegen, sagte Anton Weller, Vorsitzender des Mietervereins Kiel.",
        [("Anton Weller", "indirect", "Die Mieten seien um ein Drittel gestiegen")],
    ),
    (  # de: 'Nach ihren Zahlen …': the body opening the sentence before
        "de",
        "Die Deutsche Stiftung Patientenschutz beobachtet die Heime seit Jahren. Nach ihren Zahlen fehlen bundesweit 50.000 Pflegekräfte.",
        [("Deutsche Stiftung Patientenschutz", "indirect", "fehlen bundesweit 50.000 Pflegekräfte")],
    ),
    (  # en: 'they' for the plural subject opening the sentence before
        "en",
        "Nadia Price said the bridge was unsafe. Structural engineers had inspected it twice. In their report, they said the cables were sound.",
        [
            ("Nadia Price", "indirect", "the bridge was unsafe"),
            ("Structural engineers", "indirect", "the cables were sound"),
        ],
    ),
    (  # uk: 'У заяві X йдеться, що …': the document first
        "uk",
        "У заяві пресслужби університету йдеться, що навчання відновлять у понеділок.",
        [("пресслужби університету", "indirect", "навчання відновлять у понеділок")],
    ),
    (  # ru: 'В сообщении X говорится, что …'
        "ru",
        "В сообщении управления МЧС говорится, что пожар локализован.",
        [("управления МЧС", "indirect", "пожар локализован")],
    ),
    (  # en: ', he said, but <clause>' with no other speech after it: the whole sentence
        "en",
        "Coach Liam Doyle said the team was tired. The players had trained well, he said, but the schedule was brutal.",
        [
            ("Liam Doyle", "indirect", "the team was tired"),
            ("Liam Doyle", "indirect", "The players had trained well, he said, but the schedule was brutal"),
        ],
    ),
    (  # en: the speaker's own next act after the clause ('and unveiled a …') ends it
        "en",
        "The minister said the old system had failed and unveiled a new grant scheme for farmers.",
        [("The minister", "indirect", "the old system had failed")],
    ),
    (  # de: an acronym and a region is a body's branch, and '-unternehmen' in a compound refers back to it
        "de",
        "Die Beiträge steigen, wie die AOK Hessen am Montag mitteilte. Grund sind nach Angaben des Versicherungsunternehmens die gestiegenen Klinikkosten.",
        [
            ("AOK Hessen", "indirect", "Die Beiträge steigen"),
            ("AOK Hessen", "indirect", "Grund sind die gestiegenen Klinikkosten"),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_67)
def test_rules_1_67(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
