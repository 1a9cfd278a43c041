"""rules-1.458 (blind batch GD): a woman's role after a capitalised nationality adjective ("Литовська
президентка"), "канцлер" as a role, an agency relay after a speaker's cue ("…, заявив X, повідомляє агентство
Y."), an inner cue with words before ", що" after "Як повідомляє X," and a medium's noun after the one quoted
("— цитирует дипломата агентство"); with the cases the rules must leave alone."""

from __future__ import annotations

import pytest

from extract_rule_helpers import linked_statements, run_rules


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (  # a woman's role after a nationality adjective: the role, not a surname "Литовська"
            "uk",
            "Учора відбулася зустріч. Литовська президентка уточнила, що курси триватимуть шість тижнів.",
            [("Литовська президентка", "indirect", "курси триватимуть шість тижнів")],
        ),
        (
            "uk",
            "Учора відбулася зустріч. Шведська міністерка пояснила, що суден стало більше.",
            [("Шведська міністерка", "indirect", "суден стало більше")],
        ),
        (  # a surname in "-ська" alone stays a person
            "uk",
            "Учора відбулася зустріч. Ковальська уточнила, що курси триватимуть шість тижнів.",
            [("Ковальська", "indirect", "курси триватимуть шість тижнів")],
        ),
        (  # the relay after an inverted cue: the one named before it speaks
            "uk",
            "Анкара готова провести переговори, заявив глава МЗС Туреччини Мехмет Озкан, повідомляє агентство Anadolu.",
            [("Мехмет Озкан", "indirect", "Анкара готова провести переговори")],
        ),
        (
            "ru",
            "Министр Иван Петров заявил, что готов посетить Москву, передает агентство TASR.",
            [("Иван Петров", "indirect", "готов посетить Москву")],
        ),
        (  # no cue before the relay: the outlet is the source
            "ru",
            "С жалобой на соседку в суд обратился дачник из Москвы, сообщает «Тверская жизнь».",
            [("Тверская жизнь", "indirect", "С жалобой на соседку в суд обратился дачник из Москвы")],
        ),
        (  # the relay goes on: the sources, left alone
            "ru",
            "Италия выступает против конфискации активов, сообщает Reuters со ссылкой на источники.",
            [("Reuters со ссылкой", "indirect", "Италия выступает против конфискации активов")],
        ),
        (  # words between the inner cue and ", що" after "Як повідомляє X,"
            "uk",
            "Як повідомляє Reuters, Габор Кертес сказав журналістам у Будапешті, що країна не ризикуватиме станцією.",
            [("Габор Кертес", "indirect", "країна не ризикуватиме станцією")],
        ),
        (  # no cue in the clause: the outlet's
            "uk",
            "Як повідомляє Reuters, уряд Угорщини готує нову зустріч, що пройде в грудні.",
            [("Reuters", "indirect", "уряд Угорщини готує нову зустріч, що пройде в грудні")],
        ),
    ],
)
def test_rules_1_458(lang: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run_rules(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (  # "канцлер" is a role: the chancellor named before
            "ru",
            "Австрия готова предоставить Вену, заявил канцлер Австрии Томас Кляйнерт.\n"
            "«Наши двери открыты», — сказал канцлер.",
            [
                ("Томас Кляйнерт", "Австрия готова предоставить Вену"),
                ("Томас Кляйнерт", "Наши двери открыты"),
            ],
        ),
        (  # a medium's noun after the one quoted: the one quoted speaks
            "ru",
            "Генсек Иван Петров прилетел вчера. «Китай не поставляет оружие», — цитирует дипломата агентство.",
            [("Иван Петров", "Китай не поставляет оружие")],
        ),
        (  # a nationality adjective and a woman's role: the woman just named
            "uk",
            "Литва навчить саперів, заявила президентка Литви Марьяна Сінкевічене.\n"
            "Литовська президентка уточнила, що курси триватимуть шість тижнів.",
            [
                ("Марьяна Сінкевічене", "Литва навчить саперів"),
                ("Марьяна Сінкевічене", "курси триватимуть шість тижнів"),
            ],
        ),
    ],
)
def test_rules_1_458_linked(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert linked_statements(text, lang) == expected
