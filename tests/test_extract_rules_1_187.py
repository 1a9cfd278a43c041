"""Rules of rules-1.187: two statements coordinated in one sentence ("X said A, while Y said B"), found by probing
each language (other sentences than any gold file's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_187: list[tuple[str, str, list[Row]]] = [
    (
        "en",
        "The mayor said the bridge was safe, while police said two lanes would stay shut.",
        [
            ("The mayor", "indirect", "the bridge was safe"),
            ("police", "indirect", "two lanes would stay shut"),
        ],
    ),
    (
        "en",
        "The mayor said the bridge was safe but police said two lanes would stay shut.",
        [
            ("The mayor", "indirect", "the bridge was safe"),
            ("police", "indirect", "two lanes would stay shut"),
        ],
    ),
    (  # en: "but that" goes on with the same speaker
        "en",
        "A spokeswoman said the boards were independent but that ministers expected a quick appeal.",
        [
            ("A spokeswoman", "indirect", "the boards were independent"),
            ("A spokeswoman", "indirect", "ministers expected a quick appeal"),
        ],
    ),
    (
        "de",
        "Der Landrat sagte, die Brücke sei sicher, und die Polizei teilte mit, zwei Spuren blieben gesperrt.",
        [
            ("Der Landrat", "indirect", "die Brücke sei sicher"),
            ("Polizei", "indirect", "zwei Spuren blieben gesperrt"),
        ],
    ),
    (
        "uk",
        "Мер заявив, що міст безпечний, а поліція повідомила, що дві смуги залишаться закритими.",
        [("Мер", "indirect", "міст безпечний"), ("поліція", "indirect", "дві смуги залишаться закритими")],
    ),
    (
        "ru",
        "Мэр заявил, что мост безопасен, а полиция сообщила, что две полосы останутся закрытыми.",
        [("Мэр", "indirect", "мост безопасен"), ("полиция", "indirect", "две полосы останутся закрытыми")],
    ),
    (  # ru: "а также" goes on with the same speaker, as before
        "ru",
        "Мэр заявил, что мост безопасен, а также пообещал, что ремонт закончится в мае.",
        [("Мэр", "indirect", "мост безопасен, а также пообещал, что ремонт закончится в мае")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_187)
def test_rules_1_187(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [  # rules-1.188: a surname alone before a colon quote, the person named in full before
        (
            "en",
            'Mayor Anna Berg spoke on Monday.\nBerg: "The bridge will reopen in May."',
            [("Anna Berg", "direct", "The bridge will reopen in May.")],
        ),
        (
            "uk",
            "Мерка Анна Берг виступила.\nБерг: «Міст відкриють у травні».",
            [("Анна Берг", "direct", "Міст відкриють у травні")],
        ),
        (  # guards: an object before the colon is no speaker
            "en",
            'Senator Ruth Ames spoke. She had a message for Berg: "Quit attacking people you competed with."',
            [("Ruth Ames", "direct", "Quit attacking people you competed with.")],
        ),
    ],
)
def test_rules_1_188(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # rules-1.189: "geht davon aus, dass" (expects that); not the other senses of "gehen"
        (
            "Der Landrat geht davon aus, dass die Steuer mehr bringt.",
            [("Der Landrat", "indirect", "die Steuer mehr bringt")],
        ),
        (
            "Die Arbeit geht gut voran, sagte der Landrat.",
            [("der Landrat", "indirect", "Die Arbeit geht gut voran")],
        ),
        ("Der Landrat geht nach Hause.", []),
    ],
)
def test_rules_1_189(text: str, expected: list[Row]) -> None:
    assert _run(text, "de") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [  # rules-1.190: "не виключає, що", "не исключил, что" (does not rule out that)
        (
            "uk",
            "Мер Ірина Коваль не виключає, що міст відкриють у травні.",
            [("Ірина Коваль", "indirect", "міст відкриють у травні")],
        ),
        (
            "ru",
            "Представитель компании не исключил, что цены вырастут.",
            [("Представитель компании", "indirect", "цены вырастут")],
        ),
        ("ru", "Врачи исключили, что он заражен.", []),  # guards: without "не", or without a clause
        ("uk", "Поліція не виключає жодної версії.", []),
    ],
)
def test_rules_1_190(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
