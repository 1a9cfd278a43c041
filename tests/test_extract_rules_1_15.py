"""Rules of rules-1.15, found with holdout batch T (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_15: list[tuple[str, str, list[Row]]] = [
    (  # 'Nach ihren Worten …' (de): a pronoun frame without any other cue word in the sentence
        "de",
        "Die Direktorin Anna Berg kritisierte den Plan. Nach ihren Worten fehlen der Schule seit Jahren zwei Lehrkräfte.",
        [("Anna Berg", "indirect", "fehlen der Schule seit Jahren zwei Lehrkräfte")],
    ),
    (  # '„…“, riet X' (de): advice verbs after a quote
        "de",
        "„Wer kann, sollte das Auto stehen lassen“, riet Verkehrsexperte Jonas Pape.",
        [("Jonas Pape", "direct", "Wer kann, sollte das Auto stehen lassen")],
    ),
    (  # '…, berichtete von einer …' (de): what was told about, not a speaker after the verb
        "de",
        "Landwirt Karl Menke, der seit 30 Jahren am Deich wohnt, berichtete von einer langen Nacht.",
        [],
    ),
    (  # '…, in der nach Angaben X …' (de): the relative clause after the frame, not the whole sentence
        "de",
        "Die Feuerwehr räumte ein Lager, in dem nach Angaben der Stadtwerke rund 200 Gasflaschen standen.",
        [("Stadtwerke", "indirect", "rund 200 Gasflaschen standen")],
    ),
    (  # neuter past forms of 'told'/'wrote' (uk/ru): an agency or a source as subject
        "uk",
        "Агентство розповіло, що ціни на житло зросли на 12%.",
        [("Агентство", "indirect", "ціни на житло зросли на 12%")],
    ),
    (
        "ru",
        "Издание написало, что сделка сорвалась в последний момент.",
        [("Издание", "indirect", "сделка сорвалась в последний момент")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_15)
def test_rules_1_15(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
