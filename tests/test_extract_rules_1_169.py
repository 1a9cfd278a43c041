"""Rules of rules-1.169: cue verbs found by probing each language with one sentence per verb (other sentences
than any gold file's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_169: list[tuple[str, str, list[Row]]] = [
    (
        "en",
        "The engineer testified that the valve had failed twice.",
        [("The engineer", "indirect", "the valve had failed twice")],
    ),
    (
        "en",
        "The ministry reaffirmed that the border would stay open.",
        [("The ministry", "indirect", "the border would stay open")],
    ),
    (
        "en",
        "Halvorsen speculated that the fund could run dry by June.",
        [("Halvorsen", "indirect", "the fund could run dry by June")],
    ),
    (  # en: an infinitive is no cue
        "en",
        "The council voted to reaffirm that the park is public land, the mayor said.",
        [("the mayor", "indirect", "The council voted to reaffirm that the park is public land")],
    ),
    (  # en: a second clause with a titled name and a party tag after ", and"
        "en",
        "Sen. Ann Corlett said that the bill could pass, and Sen. Tom Varga (R-Ohio), said he would vote for it.",
        [
            ("Ann Corlett", "indirect", "the bill could pass"),
            ("Tom Varga", "indirect", "he would vote for it"),
        ],
    ),
    (
        "de",
        "Die Forscherin hob hervor, die Proben seien sauber.",
        [("Die Forscherin", "indirect", "die Proben seien sauber")],
    ),
    (
        "de",
        "Der Prüfer stellte fest, die Bremsen seien defekt.",
        [("Der Prüfer", "indirect", "die Bremsen seien defekt")],
    ),
    (
        "de",
        "Die Richterin führte aus, der Vertrag sei nichtig.",
        [("Die Richterin", "indirect", "der Vertrag sei nichtig")],
    ),
    (
        "de",
        "„Die Bremsen sind defekt“, stellte der Prüfer fest.",
        [("der Prüfer", "direct", "Die Bremsen sind defekt")],
    ),
    (
        "de",
        "Der Landrat zeigte sich überzeugt, dass die Brücke im Mai öffne.",
        [("Der Landrat", "indirect", "die Brücke im Mai öffne")],
    ),
    (
        "de",
        "Die Kämmerin rechnet damit, dass die Steuer mehr bringt.",
        [("Die Kämmerin", "indirect", "die Steuer mehr bringt")],
    ),
    (
        "de",
        "Der Trainer konterte, die Mannschaft sei fit.",
        [("Der Trainer", "indirect", "die Mannschaft sei fit")],
    ),
    ("de", "Die Stadt rechnet mit Mehrkosten.", []),  # guards: no particle, no clause
    ("de", "„Wir klagen“, stellte der Verein einen Antrag.", []),
    (
        "uk",
        "Міністр вважав, що податок принесе два мільярди.",
        [("Міністр", "indirect", "податок принесе два мільярди")],
    ),
    ("uk", "Суддя констатувала, що строк минув.", [("Суддя", "indirect", "строк минув")]),
    ("ru", "Губернатор считал, что мост откроют в мае.", [("Губернатор", "indirect", "мост откроют в мае")]),
    ("ru", "Министр выразил уверенность, что налог отменят.", [("Министр", "indirect", "налог отменят")]),
    ("ru", "Министр выразил соболезнования семьям погибших.", []),  # guard: no clause
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_169)
def test_rules_1_169(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
