"""Rules of rules-1.158, found with holdout batch CE (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_158: list[tuple[str, str, list[Row]]] = [
    (  # en: a long occasion after the cue ("said on Friday after a meeting with …")
        "en",
        "The talks will resume next month, Trade Minister Paulo Mendes said on Friday after a meeting with his "
        "Brazilian counterpart in Lisbon.",
        [("Paulo Mendes", "indirect", "The talks will resume next month")],
    ),
    (
        "en",
        "Exports will double by 2030, Agriculture Minister Ana Costa said on Tuesday ahead of a meeting with "
        "farmers' leaders in the capital.",
        [("Ana Costa", "indirect", "Exports will double by 2030")],
    ),
    (  # en: not a clause of its own after "after" (no meeting noun): no inverted attribution, as before
        "en",
        "The plan is dead, the minister said after he left the building with his advisers late on Monday.",
        [],
    ),
    (  # de: a fronted indirect question before a cue closed by "nicht": declined, nobody's statement
        "de",
        "Wie viele Stellen wegfallen, sagte die Sprecherin des Konzerns nicht.",
        [],
    ),
    (
        "de",
        "Wann die Brücke wieder freigegeben wird, wollte der Bürgermeister nicht sagen.",
        [],
    ),
    (  # de: "nicht" inside the clause is no negated cue
        "de",
        "Die Lage sei nicht dramatisch, sagte der Landrat.",
        [("der Landrat", "indirect", "Die Lage sei nicht dramatisch")],
    ),
    (  # uk, ru: ", і не став …" / ", и не стал …" is the speaker's act, no part of the clause
        "uk",
        "Мер відповів, що тендер оголосять у січні, і не став його коментувати.",
        [("Мер", "indirect", "тендер оголосять у січні")],
    ),
    (
        "ru",
        "Министр ответил, что решение примут в январе, и не стал его комментировать.",
        [("Министр", "indirect", "решение примут в январе")],
    ),
    (  # uk: "а … не стане" with the clause's own subject stays in the clause
        "uk",
        "Мер заявив, що дорогу відремонтують, а світла в місті більше не стане.",
        [("Мер", "indirect", "дорогу відремонтують, а світла в місті більше не стане")],
    ),
    (  # ru, uk: "дипломат" is a role noun
        "ru",
        "«Переговоры зашли в тупик», — сказал дипломат.",
        [("дипломат", "direct", "Переговоры зашли в тупик")],
    ),
    (
        "uk",
        "«Переговори зайшли в глухий кут», — зазначив дипломат.",
        [("дипломат", "direct", "Переговори зайшли в глухий кут")],
    ),
    (  # ru: two named people with long roles, each part under the length limit
        "ru",
        "Председатель областного совета ветеранов труда Николай Рябов и директор регионального фонда социальной "
        "поддержки Ирина Кузьмина заявили, что выплаты задерживаются.",
        [("Ирина Кузьмина", "indirect", "выплаты задерживаются")],
    ),
    (  # ru: a long plural subject without names stays too long, as before
        "ru",
        "Жители нескольких домов на улице Ленина и владельцы магазинов в центре города у вокзала и рынка "
        "заявили, что выплаты задерживаются.",
        [],
    ),
    (  # ru: the second part a group ("многие другие …"), not a named person: too long, as before
        "ru",
        "Бывший председатель областного совета ветеранов труда Николай Рябов и многие другие ветераны из всех "
        "районов области заявили, что выплаты задерживаются.",
        [],
    ),
    (  # ru, uk: a source's apposition after "Как сообщил …," is no part of the statement
        "ru",
        "Как сообщил источник, близкий к руководству завода, производство остановят на две недели.",
        [("источник", "indirect", "производство остановят на две недели")],
    ),
    (
        "uk",
        "Як розповіли джерела, обізнані з перебігом переговорів, угоду підпишуть у травні.",
        [("джерела", "indirect", "угоду підпишуть у травні")],
    ),
    (  # ru: without a second comma the adjective opens the statement's subject, as before
        "ru",
        "Как сообщил источник, близкие к министру чиновники уже уволены.",
        [("источник", "indirect", "близкие к министру чиновники уже уволены")],
    ),
    (  # ru: an outlet of an acronym and a word as listener ("РИА Новости")
        "ru",
        "Как рассказал РИА Новости представитель компании, поставки возобновятся в марте.",
        [("представитель компании", "indirect", "поставки возобновятся в марте")],
    ),
    (  # ru, uk: a conversation or interview at the end of the subject
        "ru",
        "Губернатор в беседе с журналистами заявил, что дорогу откроют к зиме.",
        [("Губернатор", "indirect", "дорогу откроют к зиме")],
    ),
    (
        "uk",
        "Міністр в інтерв'ю «Українській правді» заявив, що дорогу відкриють до зими.",
        [("Міністр", "indirect", "дорогу відкриють до зими")],
    ),
    (  # uk, ru: a consulate is a body, its city no person
        "uk",
        "Консульство Польщі в Луцьку повідомило, що двоє громадян перебувають у лікарні.",
        [("Консульство Польщі в Луцьку", "indirect", "двоє громадян перебувають у лікарні")],
    ),
    (
        "ru",
        "Генеральное консульство Германии в Екатеринбурге сообщило, что визовый отдел закрыт до понедельника.",
        [
            (
                "Генеральное консульство Германии в Екатеринбурге",
                "indirect",
                "визовый отдел закрыт до понедельника",
            )
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_158)
def test_rules_1_158(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
