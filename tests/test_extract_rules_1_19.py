"""Rules of rules-1.19, found with holdout batch X (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_19: list[tuple[str, str, list[Row]]] = [
    (  # a role noun between a body and a name after an inverted cue: 'said Kingsmead manager Arnold Pike' (en)
        "en",
        '"We defended like lions," said Kingsmead manager Arnold Pike.',
        [("Arnold Pike", "direct", "We defended like lions")],
    ),
    (  # two role nouns before the name: 'said Unilever chief executive Hein Schumacher' (en)
        "en",
        "Food prices will keep rising, said Unilever chief executive Hein Schumacher, citing weak harvests.",
        [("Hein Schumacher", "indirect", "Food prices will keep rising")],
    ),
    (  # a 'Programme' is a body, 'United' no title: 'The United Nations Environment Programme said' (en)
        "en",
        "The United Nations Environment Programme said plastic waste in the oceans would triple by 2040.",
        [
            (
                "United Nations Environment Programme",
                "indirect",
                "plastic waste in the oceans would triple by 2040",
            )
        ],
    ),
    (  # more forms that are only Konjunktiv II ('flössen', 'gälten') continue a statement (de)
        "de",
        "Die Ärztin erklärte, die Klinik sei überlastet. Die Zuschüsse flössen zu langsam.",
        [
            ("Die Ärztin", "indirect", "die Klinik sei überlastet"),
            ("Die Ärztin", "indirect", "Die Zuschüsse flössen zu langsam"),
        ],
    ),
    (  # 'Nach Berechnungen des …' is a frame (de)
        "de",
        "Nach Berechnungen des Bundesamts steigen die Mieten um vier Prozent.",
        [("Bundesamt", "indirect", "steigen die Mieten um vier Prozent")],
    ),
    (  # 'Nach Erkenntnissen der …' is a frame (de)
        "de",
        "Nach Erkenntnissen der Ermittler war der Lastwagen überladen.",
        [("der Ermittler", "indirect", "war der Lastwagen überladen")],
    ),
    (  # '…, за її даними, …' inside a sentence, like '…, за її словами, …' (uk)
        "uk",
        "Ціни на хліб зростуть, розповіла аналітикиня Олена Шевчук. Подорожчання, за її даними, становитиме до 15%.",
        [
            ("Олена Шевчук", "indirect", "Ціни на хліб зростуть"),
            ("Олена Шевчук", "indirect", "Подорожчання, за її даними, становитиме до 15%"),
        ],
    ),
    (  # 'Об этом говорится в отчетности банка, опубликованной …': financial statements as documents, the participle after them no part of the source (ru)
        "ru",
        "Прибыль банка выросла на 12%. Об этом говорится в отчетности банка, опубликованной во вторник.",
        [("банка", "indirect", "Прибыль банка выросла на 12%")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_19)
def test_rules_1_19(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
