"""Rules of rules-1.14, found with holdout batch S (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_14: list[tuple[str, str, list[Row]]] = [
    (  # '"…," he said, according to <agency>': the quote keeps its own speaker
        "en",
        'Mira Santos, the port\'s director, said exports had doubled. "We are running out of berths," she said, according to Reuters.',
        [
            ("Mira Santos", "indirect", "exports had doubled"),
            ("Mira Santos", "direct", "We are running out of berths"),
        ],
    ),
    (  # '«…», — сказал X, сообщает <agency>' (ru): the same
        "ru",
        "«Мы откроем новый терминал весной», — сказал директор порта Игорь Сомов, сообщает «Интерфакс».",
        [("Игорь Сомов", "direct", "Мы откроем новый терминал весной")],
    ),
    (  # 'X said …, but Y said …': two statements with their own speakers
        "en",
        "The union said wages had fallen by 6%, but the Bakers' Federation said pay rose last year.",
        [
            ("The union", "indirect", "wages had fallen by 6%"),
            ("Bakers' Federation", "indirect", "pay rose last year"),
        ],
    ),
    (  # '…, the council said, although X said …'
        "en",
        "Parking fines will double from May, the council said, although Gareth Lloyd said the plan was still being reviewed.",
        [
            ("the council", "indirect", "Parking fines will double from May"),
            ("Gareth Lloyd", "indirect", "the plan was still being reviewed"),
        ],
    ),
    (  # 'X заявил, что …, но в Y сказали, что …' (ru)
        "ru",
        "Мэр Андрей Котов заявил, что ремонт закончат в июне, но в подрядной компании сказали, что сроки сорвутся.",
        [
            ("Андрей Котов", "indirect", "ремонт закончат в июне"),
            ("подрядной компании", "indirect", "сроки сорвутся"),
        ],
    ),
    (  # 'Name, <Org>'s <role>' after the quote is an apposition, not a role alone
        "en",
        'The Lindell Group said sales fell. "It was a hard year," said Tom Reyes, Lindell\'s finance director.',
        [
            ("Lindell Group", "indirect", "sales fell"),
            ("Tom Reyes", "direct", "It was a hard year"),
        ],
    ),
    (  # 'X, an <noun> who …,' and later 'The <noun>' and 'he said' (with a woman quoted in between)
        "en",
        "Samuel Okafor, a surveyor who inspected the bridge in 2022, said the cables were corroded. "
        "Anna Brook, a resident, said she had complained twice. The surveyor disputed the council's figures. "
        "The bridge had been closed for a week in March, he said, and would need new cables within two years.",
        [
            ("Samuel Okafor", "indirect", "the cables were corroded"),
            ("Anna Brook", "indirect", "she had complained twice"),
            (
                "Samuel Okafor",
                "indirect",
                "The bridge had been closed for a week in March, he said, and would need new cables within two years",
            ),
        ],
    ),
    (  # a short participle after a final attribution ('…, the club said, ending …')
        "en",
        "The ground will be sold next year, the club said on Friday, ending a century at the site.",
        [("the club", "indirect", "The ground will be sold next year")],
    ),
    (  # 'X, who has been its <role> …,' and 'The <role> said' after another man was the subject
        "en",
        "Ian Moss, who has been its skipper for a decade, said the boat was sound. Owner Paul Grey had sold it in May. "
        "The skipper said the new owners had never sailed.",
        [
            ("Ian Moss", "indirect", "the boat was sound"),
            ("Ian Moss", "indirect", "the new owners had never sailed"),
        ],
    ),
    (  # '"He …," he said' about the man last named: the speaker quoted before
        "en",
        'Tom Hale, a bus driver, said the depot would close. Manager Rob Finch told staff on Monday. "He never even looked at us," he said.',
        [
            ("Tom Hale", "indirect", "the depot would close"),
            ("Tom Hale", "direct", "He never even looked at us"),
        ],
    ),
    (  # German perfect with a participle cue: 'X hatte … erklärt, …'
        "de",
        "Die Stadtwerke hatten schon im Juli erklärt, die Preise würden im Herbst steigen.",
        [("Stadtwerke", "indirect", "die Preise würden im Herbst steigen")],
    ),
    (  # a profession is a description: 'Die Ärztin' after 'Klinikchefin Name'
        "de",
        "Klinikchefin Petra Lange warnte vor Engpässen. „Wir haben zu wenig Personal“, sagte sie. "
        "Die Ärztin verwies auf die Grippewelle. Viele Pflegekräfte seien selbst krank.",
        [
            ("Petra Lange", "direct", "Wir haben zu wenig Personal"),
            ("Petra Lange", "indirect", "Viele Pflegekräfte seien selbst krank"),
        ],
    ),
    (  # ru/uk parenthetical cue; 'парламентарий' is a lawmaker
        "ru",
        "Депутат городской думы Ирина Белова подала жалобу. Новые тарифы, считает парламентарий, противоречат закону.",
        [("Ирина Белова", "indirect", "Новые тарифы, считает парламентарий, противоречат закону")],
    ),
    (  # a first name with a fleeting vowel in the instrumental ('Павлом') → Павел
        "ru",
        "Контракт с тренером Павлом Сидоровым расторгли. «Я узнал об этом из новостей», — сказал Сидоров.",
        [("Павел Сидоров", "direct", "Я узнал об этом из новостей")],
    ),
    (  # a worker with a participle clause is a person, and the pronoun after him is him
        "ru",
        "Сотрудник склада, попросивший не называть его имени, рассказал, что зарплату задерживают. "
        "«Нам никто ничего не объясняет», — добавил он.",
        [
            ("Сотрудник склада, попросивший не называть его имени", "indirect", "зарплату задерживают"),
            (
                "Сотрудник склада, попросивший не называть его имени",
                "direct",
                "Нам никто ничего не объясняет",
            ),
        ],
    ),
    (  # 'Сам X' (an intensifier before a surname) is a man by the surname, so 'она' is the woman before
        "ru",
        "Министр Елена Ларина ответила на критику. Сам Рябцев на встречу не пришел. «Это не цензура», — сказала она.",
        [("Елена Ларина", "direct", "Это не цензура")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_14)
def test_rules_1_14(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
