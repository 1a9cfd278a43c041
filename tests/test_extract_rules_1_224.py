"""Rules of rules-1.224, found with holdout batch CW (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_224: list[tuple[str, str, list[Row]]] = [
    (  # de: ", wie <Rolle> <Name> (Partei) am … in … mitteilte.": long adjuncts between speaker and cue
        "de",
        "Die Stadt erhält 12 Millionen Euro, wie Landesbauministerin Ines Kohlhaas (Grüne) am Montag bei einem "
        "Besuch in der Kreisstadt mitteilte.",
        [("Ines Kohlhaas", "indirect", "Die Stadt erhält 12 Millionen Euro")],
    ),
    (  # no cue after the adjuncts: no statement, as before
        "de",
        "Er lachte laut, wie ein Kind am Morgen in der Küche lacht.",
        [],
    ),
    (  # a short "wie" frame, as before
        "de",
        "Die Brücke wird gesperrt, wie der Landesbetrieb am Montag mitteilte.",
        [("Landesbetrieb", "indirect", "Die Brücke wird gesperrt")],
    ),
    (  # de: "Ein 42-jähriger <Nomen> aus <Ort>": someone described, not a person named after the place
        "de",
        "Ein 42-jähriger Schichtleiter aus Gelsenkirchen sagte, er habe seit Wochen keinen Lohn bekommen.",
        [("Ein 42-jähriger Schichtleiter", "indirect", "er habe seit Wochen keinen Lohn bekommen")],
    ),
    (  # a name after the noun: the person, as before
        "de",
        "Die 19-jährige Rekrutin Lea Brandt aus Leipzig sagte, sie habe sich freiwillig gemeldet.",
        [("Lea Brandt", "indirect", "sie habe sich freiwillig gemeldet")],
    ),
    (  # "eine Frau aus …", as before (rules-1.38)
        "de",
        "Eine 67-jährige Frau aus Celle sagte, sie habe nichts gehört.",
        [("Eine 67-jährige Frau", "indirect", "sie habe nichts gehört")],
    ),
    (  # en: "<Country>'s embassy in <City>": the embassy, not the city
        "en",
        "Ukraine's embassy in Warsaw said the consular section would reopen on Monday.",
        [("Ukraine's embassy in Warsaw", "indirect", "the consular section would reopen on Monday")],
    ),
    (  # a person's role with a place: as before
        "en",
        "Poland's ambassador in Kyiv said the talks had gone well.",
        [("Poland's ambassador in Kyiv", "indirect", "the talks had gone well")],
    ),
    (  # uk/ru: the anonymity or the journalists told between "Як розповів" and the speaker
        "uk",
        "Як розповів на умовах анонімності співрозмовник в уряді, бюджет переглянуть у березні.",
        [("співрозмовник в уряді", "indirect", "бюджет переглянуть у березні")],
    ),
    (
        "ru",
        "Как рассказал журналистам председатель комитета Олег Миронов, закон примут осенью.",
        [("Олег Миронов", "indirect", "закон примут осенью")],
    ),
    (  # a body in the locative after "Як повідомили": as before
        "uk",
        "Як повідомили у поліції, рух перекрито до ранку.",
        [("поліції", "indirect", "рух перекрито до ранку")],
    ),
    (  # uk/ru: a sentence adverb before the body is no part of it; alone, nobody speaks
        "ru",
        "Неофициально в министерстве признают, что сроки сорваны.",
        [("министерстве", "indirect", "сроки сорваны")],
    ),
    ("ru", "Неофициально говорят, что сроки сорваны.", []),
    (
        "uk",
        "Офіційно у міністерстві заявили, що терміни не змінюються.",
        [("міністерстві", "indirect", "терміни не змінюються")],
    ),
    (  # a given name ending in "-но" is no adverb
        "ru",
        "Бруно Мартинелли заявил, что сроки сорваны.",
        [("Бруно Мартинелли", "indirect", "сроки сорваны")],
    ),
    (  # ru/uk: "военком" / "військком" is a role that finds the military commissar named before
        "ru",
        "Военный комиссар города Андрей Зуев сказал, что призыв идет по плану. «Очередей нет», — добавил военком.",
        [("Андрей Зуев", "indirect", "призыв идет по плану"), ("Андрей Зуев", "direct", "Очередей нет")],
    ),
    (
        "uk",
        "Міський військовий комісар Андрій Зуєв сказав, що черг немає. «Люди приходять самі», — додав військком.",
        [("Андрій Зуєв", "indirect", "черг немає"), ("Андрій Зуєв", "direct", "Люди приходять самі")],
    ),
    (  # "военкомат" is a body, not the commissar: no person (as before)
        "ru",
        "В городском военкомате сообщили, что призыв идет по плану.",
        [],
    ),
    (  # "дипломат": the foreign ministry's spokeswoman, not the economy minister named since
        "ru",
        "Официальный представитель МИД Белоруссии Ирина Ковалева заявила, что Минск ответит на санкции. "
        "Министр экономики Ольга Титова сказала, что ущерб невелик. «Все варианты открыты», — сказала дипломат.",
        [
            ("Ирина Ковалева", "indirect", "Минск ответит на санкции"),
            ("Ольга Титова", "indirect", "ущерб невелик"),
            ("Ирина Ковалева", "direct", "Все варианты открыты"),
        ],
    ),
    (  # no diplomat named: the woman just named, as before
        "ru",
        "Министр экономики Ольга Титова сказала, что ущерб невелик. «Все варианты открыты», — сказала дипломат.",
        [("Ольга Титова", "indirect", "ущерб невелик"), ("Ольга Титова", "direct", "Все варианты открыты")],
    ),
    (  # de: a rank between a title and the name ("Akademieleiter Brigadegeneral X"): "der General" finds him
        "de",
        "Akademieleiter Brigadegeneral Uwe Kranz sprach von einem Rekord. Die Zahl der Bewerber steige weiter, "
        "sagte der General.",
        [("Uwe Kranz", "indirect", "Die Zahl der Bewerber steige weiter")],
    ),
    (
        "de",
        "Amtschef Generalmajor Uwe Kranz sprach von einem Rekord. Die Bewerberzahl steige weiter, sagte der General.",
        [("Uwe Kranz", "indirect", "Die Bewerberzahl steige weiter")],
    ),
    (  # two English title words give no second class: "the minister" is the finance minister, as before
        "en",
        "Prime Minister Jonas Berg opened the session. Finance Minister Eva Holm said taxes would rise. The "
        "minister added that pensions were safe.",
        [("Eva Holm", "indirect", "taxes would rise"), ("Eva Holm", "indirect", "pensions were safe")],
    ),
    (  # en: "it" in "… that it says …" is the body opening the sentence (a country, after a dateline too)
        "en",
        "OSLO, March 3 - Norway seized a trawler on Monday that it says fished illegally in its waters.",
        [("Norway", "indirect", "fished illegally in its waters")],
    ),
    (
        "en",
        "The regulator fined three banks, which it said had broken the rules.",
        [("The regulator", "indirect", "had broken the rules")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_224)
def test_rules_1_224(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
