"""Rules of rules-1.462, the German follow-up on batches FZ and FW (other sentences than the batches')."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_462: list[tuple[str, str, list[Row]]] = [
    (  # de: a denial with a dass clause, right after the name
        "de",
        "Der Bürgermeister Karl Heinemann bestritt, dass die Stadt von den Plänen gewusst habe.",
        [("Karl Heinemann", "indirect", "die Stadt von den Plänen gewusst habe")],
    ),
    (  # de: with an adverb between, after another sentence of the same speaker
        "de",
        "Die Ministerin Petra Lindner verteidigte das Gesetz. Lindner bestritt zudem, dass die Kosten steigen würden.",
        [("Petra Lindner", "indirect", "die Kosten steigen würden")],
    ),
    (  # de: left alone: "bestritt" with an object is no statement
        "de",
        "Der Verteidiger Jonas Weber bestritt jede Beteiligung an dem Plan.",
        [],
    ),
    (  # de: left alone: a team plays a match
        "de",
        "Der Verein bestritt am Samstag sein erstes Heimspiel der Saison.",
        [],
    ),
    (  # de: "Ihm zufolge …": the pronoun resolved to the man named before
        "de",
        "Der Landrat Stefan Reuter sprach am Montag in Kassel. Ihm zufolge fehlen im Kreis mehr als 300 Lehrer.",
        [("Stefan Reuter", "indirect", "fehlen im Kreis mehr als 300 Lehrer")],
    ),
    (  # de: "Ihr zufolge …": read at all, and resolved to the woman
        "de",
        "Die Ärztin Miriam Vogt besuchte die Klinik. Ihr zufolge fehlen dort seit Monaten Pflegekräfte.",
        [("Miriam Vogt", "indirect", "fehlen dort seit Monaten Pflegekräfte")],
    ),
    (  # de: left alone: "Ihr" as a possessive is no frame
        "de",
        "Die Ärztin Miriam Vogt besuchte die Klinik. Ihr Bericht liegt seit Montag vor.",
        [],
    ),
    (  # de: "nach eigenen Angaben", then "Das teilte X mit.": the body after the about-this cue speaks
        "de",
        "Die Bundespolizei hat nach eigenen Angaben 40 Schleuser festgenommen. Das teilte das Innenministerium mit.",
        [("Innenministerium", "indirect", "Die Bundespolizei hat 40 Schleuser festgenommen")],
    ),
    (  # de: left alone: without an about-this sentence the subject stays the source
        "de",
        "Die Bundespolizei hat nach eigenen Angaben 40 Schleuser festgenommen. Die Männer kamen aus Polen.",
        [("Bundespolizei", "indirect", "Die Bundespolizei hat 40 Schleuser festgenommen")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_462)
def test_rules_1_462(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
