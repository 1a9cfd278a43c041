"""Rules of rules-1.90, found on German WikiNews: accusations ("X wirft Y vor, …"), a source inside a
compound in the middle of a sentence ("laut Medienberichten"), a subject pronoun before a separable cue."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_90: list[tuple[str, str, list[Row]]] = [
    (  # de: "X warf Y vor, … zu haben": the accusation is X's statement
        "de",
        "Der Wirtschaftsminister warf den USA vor, den Konkurrenten bevorzugt zu haben.",
        [("Der Wirtschaftsminister", "indirect", "den Konkurrenten bevorzugt zu haben")],
    ),
    (  # de: … and with "dass"
        "de",
        "Die Opposition wirft der Regierung vor, dass sie die Zahlen geschönt habe.",
        [("Die Opposition", "indirect", "sie die Zahlen geschönt habe")],
    ),
    (  # de: a subject pronoun before the verb is the speaker, not the object after it
        "de",
        "Der Regierungschef Jan Olsen lehnt die Mission ab. Er wirft der Europäischen Union vor, das Land unter "
        "Druck setzen zu wollen.",
        [("Jan Olsen", "indirect", "das Land unter Druck setzen zu wollen")],
    ),
    (  # guard: "vorwerfen" without a clause after the comma is no statement
        "de",
        "Man kann ihm viel vorwerfen.",
        [],
    ),
    (  # de: "laut Medienberichten" in the middle of the sentence: the whole sentence, by the reports
        "de",
        "Heftige Regenfälle haben im Süden des Landes laut Medienberichten zu schweren Überschwemmungen geführt.",
        [
            (
                "Medienberichten",
                "indirect",
                "Heftige Regenfälle haben im Süden des Landes laut Medienberichten zu schweren Überschwemmungen "
                "geführt",
            )
        ],
    ),
    (  # en: an honorific's gender: "she" after "Ms. Rice" and "Mr. Netanyahu" is Rice
        "en",
        "In a letter, Mr. Netanyahu said such a meeting could compound the misperception. Ms. Rice demurred when "
        "asked whether she believed Mr. Netanyahu was making the speech for political favor. “I’m not going to "
        "ascribe motives to the prime minister,” she told Mr. Rose.",
        [
            ("Netanyahu", "indirect", "such a meeting could compound the misperception"),
            ("Rice", "direct", "I’m not going to ascribe motives to the prime minister"),
        ],
    ),
    (  # en: "congressman" is a role word, so a state before it does not end the inverted speaker
        "en",
        '"He has had no support from his colleagues," said former Massachusetts congressman Barney Frank.',
        [("Barney Frank", "direct", "He has had no support from his colleagues")],
    ),
    (  # en: "delegates" are people, so "Some delegates at the convention in X" is a group, not X
        "en",
        "Some delegates at the convention in Philadelphia said they welcomed attention to the issue.",
        [
            (
                "Some delegates at the convention in Philadelphia",
                "indirect",
                "they welcomed attention to the issue",
            )
        ],
    ),
    (  # en (rules-1.97): after a leading clause's comma, the name right before a past verb is the subject
        "en",
        "On Friday, the day that Mr. Stone stood on the steps of a courthouse and pledged his loyalty to the "
        "president, Mr. Trump bashed the investigation. “Greatest Witch Hunt in History!” he wrote on Twitter.",
        [("Trump", "direct", "Greatest Witch Hunt in History!")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_90)
def test_rules_1_90(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
