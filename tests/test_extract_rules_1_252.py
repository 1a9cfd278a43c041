"""Rules of rules-1.252, found with holdout batch DF (other sentences than the batch's).

* ``complements._told_clause_start``: a second "told" after "and"/", and" skips its listener ("told analysts on
  a call that …", "told staff the plant …"); before, the listener opened the quote.
* ``clauses.complement_start``: "told" finds its "that" past a long listener ("told a crowd of 2,000 supporters at
  the fairgrounds on Saturday that …") when no comma, quotation mark or second clause stands between.
* ``de_nominatives.de_nominative``: a German genitive name's adjectives in "-en" take the strong nominative
  ending of a neuter or masculine head ("des Statistischen Bundesamts" → "Statistisches Bundesamt").
* ``cyr_groups.cyr_plural_agent``: a lone Ukrainian or Russian plural agent noun as a subject is a group
  ("Підприємці стверджують", "Торговцы жалуются"), not the person named before nor a surname.
"""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract.de_nominatives import de_nominative

RULES_1_252: list[tuple[str, str, list[Row]]] = [
    # a second "told": the listener and "that" stay out of the quote
    (
        "en",
        "Mayor Dana Whitfield said the budget was tight, and told council members at a workshop that two libraries would close.",
        [
            ("Dana Whitfield", "indirect", "the budget was tight"),
            ("Dana Whitfield", "indirect", "two libraries would close"),
        ],
    ),
    (
        "en",
        "The coach said the team was tired and told reporters the season was not over.",
        [("The coach", "indirect", "the team was tired"), ("The coach", "indirect", "the season was not over")],
    ),
    # a second "told" with an object and an infinitive: as before
    (
        "en",
        "The coach said the team was tired and told them to rest.",
        [("The coach", "indirect", "the team was tired"), ("The coach", "indirect", "them to rest")],
    ),
    # a long listener before "that"
    (
        "en",
        "Senator Ruth Calloway told a packed meeting of cattle ranchers at the old county fairgrounds outside Billings on Friday night that the bill would pass.",
        [("Ruth Calloway", "indirect", "the bill would pass")],
    ),
    # not across a comma aside: as before (no statement)
    (
        "en",
        "Senator Ruth Calloway told the committee, which had summoned her after the floods of the spring, that the bill would pass.",
        [],
    ),
    # uk/ru: a plural agent noun alone is a group, not the last speaker
    (
        "uk",
        "Голова громади Олег Мазур заявив, що дорогу відремонтують. Перевізники скаржаться, що маршрут збитковий. Торговці кажуть, що покупців поменшало.",
        [
            ("Олег Мазур", "indirect", "дорогу відремонтують"),
            ("Перевізники", "indirect", "маршрут збитковий"),
            ("Торговці", "indirect", "покупців поменшало"),
        ],
    ),
    (
        "ru",
        "Глава поселка Ирина Котова сообщила, что рынок перенесут. Торговцы жалуются, что их не предупредили.",
        [("Ирина Котова", "indirect", "рынок перенесут"), ("Торговцы", "indirect", "их не предупредили")],
    ),
    # a singular surname before a singular cue: a person, as before
    (
        "uk",
        "Депутатка Олена Гуменюк заявила, що бюджет ухвалять. Сидоренко додав, що грошей не вистачить.",
        [("Олена Гуменюк", "indirect", "бюджет ухвалять"), ("Сидоренко", "indirect", "грошей не вистачить")],
    ),
    # de: a genitive name with its adjectives back in the nominative
    (
        "de",
        "Nach Angaben des Deutschen Wetterdienstes war der November der wärmste seit Beginn der Messungen.",
        [("Deutscher Wetterdienst", "indirect", "war der November der wärmste seit Beginn der Messungen")],
    ),
]  # fmt: skip

DE_NOMINATIVES: list[tuple[str, str]] = [
    ("des Statistischen Bundesamts", "Statistisches Bundesamt"),
    ("des Auswärtigen Amtes", "Auswärtiges Amt"),
    ("des Deutschen Gewerkschaftsbundes", "Deutscher Gewerkschaftsbund"),
    ("des Deutschen Olympischen Sportbunds", "Deutscher Olympischer Sportbund"),
    ("des Bundesamts", "Bundesamt"),  # no adjective: as before
    ("des Bayerischen Roten Kreuzes", "Bayerischen Roten Kreuz"),  # a head of no known gender: as before
    ("der Europäischen Zentralbank", "der Europäischen Zentralbank"),  # not a "des" genitive
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_252)
def test_rules_1_252(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


@pytest.mark.parametrize(("phrase", "expected"), DE_NOMINATIVES)
def test_de_nominative_1_252(phrase: str, expected: str) -> None:
    assert de_nominative(phrase) == expected
