"""Rules of rules-1.95, found with holdout batch BF (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_95: list[tuple[str, str, list[Row]]] = [
    (  # ru: "как сообщили в X" at the end of a one-clause sentence names the source
        "ru",
        "Ремонт моста завершат к маю, как сообщили в администрации района.",
        [("администрации района", "indirect", "Ремонт моста завершат к маю")],
    ),
    (  # uk: the same at the end of a sentence
        "uk",
        "Ремонт мосту завершать до травня, як повідомили в адміністрації району.",
        [("адміністрації району", "indirect", "Ремонт мосту завершать до травня")],
    ),
    (  # uk: "як там запевнили" in mid-sentence: the body in the locative of the sentence before
        "uk",
        "У департаменті освіти відповіли на запит. Ремонт, як там запевнили, завершать до вересня.",
        [("департаменті освіти", "indirect", "Ремонт завершать до вересня")],
    ),
    (  # ru: "как там пояснили" at the end, the body named in the sentence before
        "ru",
        "Жалобы в управлении транспорта получили. Автобусы пустят по новой схеме, как там пояснили.",
        [("управлении транспорта", "indirect", "Автобусы пустят по новой схеме")],
    ),
    (  # ru: not after a clause with "что": a contrast, not the source of the sentence
        "ru",
        "Экономист Павел Рябов считает, что цены выросли из-за курса, а не из-за спроса, как писали некоторые СМИ.",
        [
            (
                "Павел Рябов",
                "indirect",
                "цены выросли из-за курса, а не из-за спроса, как писали некоторые СМИ",
            )
        ],
    ),
    (  # ru: "как и ожидалось" is no source
        "ru",
        "Цены на бензин выросли, как и ожидалось.",
        [],
    ),
    (  # uk: a forestry enterprise is a body ("У лісгоспі запевнили, що …")
        "uk",
        "У лісгоспі запевнили, що всі дерева на ділянці хворі.",
        [("лісгоспі", "indirect", "всі дерева на ділянці хворі")],
    ),
    (  # en: "The <noun> that/which <verb> …" before the cue: the noun is the speaker
        "en",
        "The charity that runs the night shelter said it would open two more beds.",
        [("The charity", "indirect", "it would open two more beds")],
    ),
    (
        "en",
        "The union which represents the cleaners said the offer was an insult.",
        [("The union", "indirect", "the offer was an insult")],
    ),
    (  # en: not when the clause after "that" has its own subject ("that the minister …")
        "en",
        "The report that the minister said was flawed has been withdrawn.",
        None,
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_95)
def test_rules_1_95(lang: str, text: str, expected: list[Row] | None) -> None:
    got = _run(text, lang)
    if expected is None:  # only guard that the head before "that" is not made the speaker
        assert all(speaker != "The report" for speaker, _kind, _quote in got)
    else:
        assert got == expected
