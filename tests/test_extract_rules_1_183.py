"""Rules of rules-1.183, found with holdout batch CK (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_183: list[tuple[str, str, list[Row]]] = [
    (  # uk: "очікує, що" is a cue like "прогнозує, що"
        "uk",
        "Головний економіст банку Ігор Дячук очікує, що гривня до кінця року подешевшає на 3–4%.",
        [("Ігор Дячук", "indirect", "гривня до кінця року подешевшає на 3–4%")],
    ),
    (  # ru: "ожидает, что"
        "ru",
        "Аналитик «Финама» Ольга Зуева ожидает, что нефть подорожает до 90 долларов за баррель.",
        [("Ольга Зуева", "indirect", "нефть подорожает до 90 долларов за баррель")],
    ),
    (  # an expectation with a noun, not a clause, is no statement, as with "прогнозує"
        "uk",
        "Компанія очікує зростання виручки на 10% цього року.",
        [],
    ),
    (
        "ru",
        "Завод ожидает поставки новых станков в апреле.",
        [],
    ),
    (  # en: the past "forecast" after a subject is the verb
        "en",
        "The statistics office forecast that unemployment would peak at 5.4% in the spring.",
        [("The statistics office", "indirect", "unemployment would peak at 5.4% in the spring")],
    ),
    (  # after "a" or a possessive it is the noun: no statement, as before
        "en",
        "A government forecast that unemployment would peak at 6% was published on Monday.",
        [],
    ),
    (
        "en",
        "The agency's weather forecast that rain would clear by noon was wrong.",
        [],
    ),
    (  # uk, ru: "За її даними"/"По его данным" after a body quoted just before is that body
        "uk",
        "Експорт зерна у жовтні впав на 12%. Про це повідомила Українська зернова асоціація. За її даними, "
        "порти Одеси працюють на половину потужності.",
        [
            ("Українська зернова асоціація", "indirect", "Експорт зерна у жовтні впав на 12%"),
            ("Українська зернова асоціація", "indirect", "порти Одеси працюють на половину потужності"),
        ],
    ),
    (
        "ru",
        "Министерство сельского хозяйства сообщило, что урожай пшеницы составит 82 млн тонн. По его данным, "
        "экспорт сократится на 5%.",
        [
            ("Министерство сельского хозяйства", "indirect", "урожай пшеницы составит 82 млн тонн"),
            ("Министерство сельского хозяйства", "indirect", "экспорт сократится на 5%"),
        ],
    ),
    (  # a person named in the sentence before is still the one the pronoun stands for
        "ru",
        "Министерство сообщило, что урожай вырос. Об этом рассказал замминистра Иван Орлов. По его словам, "
        "экспорт сократится на 5%.",
        [
            ("Министерство", "indirect", "урожай вырос"),
            ("Иван Орлов", "indirect", "экспорт сократится на 5%"),
        ],
    ),
    (  # en: the market's answer the writer adds after the reported clause is not the speaker's
        "en",
        "Dunmore Mining said on Tuesday it would shut its last coal pit, sending its shares up 6% in London.",
        [("Dunmore Mining", "indirect", "it would shut its last coal pit")],
    ),
    (  # a participle of the speaker's own words stays
        "en",
        "The minister said the tax would be scrapped, sending a clear signal to investors.",
        [("The minister", "indirect", "the tax would be scrapped, sending a clear signal to investors")],
    ),
    (  # de: "der Konzern" after "Der Stahlkonzern Rheinstahl AG": the firm's name
        "de",
        "Der Stahlkonzern Rheinstahl AG hat im Quartal Verlust gemacht. Die Nachfrage sei eingebrochen, teilte "
        "der Konzern mit.",
        [("Rheinstahl AG", "indirect", "Die Nachfrage sei eingebrochen")],
    ),
    (  # with no legal form after the noun, as before
        "de",
        "Der Energiekonzern Nordwatt hat im Quartal Verlust gemacht. Die Nachfrage sei eingebrochen, teilte der "
        "Konzern mit.",
        [("Energiekonzern", "indirect", "Die Nachfrage sei eingebrochen")],
    ),
    (  # en: a one-word name that opens the name of a body quoted before is that body
        "en",
        "Wexford Holdings said it would cut 300 jobs. Wexford said the cuts would save 40 million pounds a year.",
        [
            ("Wexford Holdings", "indirect", "it would cut 300 jobs"),
            ("Wexford Holdings", "indirect", "the cuts would save 40 million pounds a year"),
        ],
    ),
    (  # not a first name ("Morgan" after "Morgan Stanley"), not when a person of that surname was named after it
        "en",
        "Wexford Holdings said it would cut 300 jobs. Its founder, Alan Wexford, said he was saddened. Wexford said "
        "the cuts were needed.",
        [
            ("Wexford Holdings", "indirect", "it would cut 300 jobs"),
            ("Alan Wexford", "indirect", "he was saddened"),
            ("Alan Wexford", "indirect", "the cuts were needed"),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_183)
def test_rules_1_183(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
