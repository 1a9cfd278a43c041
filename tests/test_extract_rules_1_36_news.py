"""Rules of rules-1.36 found on the German WikiNews corpus, PolNeAR's dev split and the real news feed
snapshots (other sentences than theirs)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_36_NEWS: list[tuple[str, str, list[Row]]] = [
    (  # the German perfect of a separable cue, with a Konjunktiv clause and no "dass"
        "de",
        "Die Bürgermeisterin hat am Dienstag angekündigt, die Bäder würden im Juni wieder öffnen.",
        [("Die Bürgermeisterin", "indirect", "die Bäder würden im Juni wieder öffnen")],
    ),
    (  # the same with "dass", and a participle whose present differs ("mitteilen")
        "de",
        "Am Freitag hatte die Feuerwehr mitgeteilt, dass zwei Scheunen abgebrannt seien.",
        [("Feuerwehr", "indirect", "zwei Scheunen abgebrannt seien")],
    ),
    (  # a participle with its own object says nothing
        "de",
        "Die Gewerkschaft hatte einen Warnstreik angekündigt, Schulz, ihr Sprecher, blieb am Montag stumm.",
        [],
    ),
    (  # a participle in the passive says nothing either
        "de",
        "Trotz der Mängel, die vom Rechnungshof gerügt worden waren, baut die Stadt weiter.",
        [],
    ),
    (  # the subject of the perfect holds a name in apposition after a role with another name
        "de",
        "Die Nachfolgerin der früheren Intendantin Ute Brandl, Carla Wenzel, hat betont, "
        "das Haus werde nicht geschlossen.",
        [("Carla Wenzel", "indirect", "das Haus werde nicht geschlossen")],
    ),
    (  # English: the name in apposition wins over the name inside the role phrase
        "en",
        "The widow of the late conductor Piet Vermeer, Anna Vermeer, said the archive would go to the city.",
        [("Anna Vermeer", "indirect", "the archive would go to the city")],
    ),
    (  # a German perfect before a direct quote: the subject before the auxiliary, not the adjunct after it
        "de",
        "Der Trainer selbst hatte im Interview eingeräumt, „Fehler gemacht“ zu haben.",
        [("Der Trainer", "direct", "Fehler gemacht")],
    ),
    (  # ", wie X, APPOSITION, betont.": the name is the speaker, the frame is no part of the quote
        "de",
        "Die Reparatur wird Monate dauern, wie Jonas Albers, Leiter des Hafenamts, betont.",
        [("Jonas Albers", "indirect", "Die Reparatur wird Monate dauern")],
    ),
    (  # a role with its place, then the name: "…, sagte der Kommandeur … in X, General Y Z …"
        "de",
        "„Die Lage ist ruhig“, sagte der Befehlshaber der Truppen in Mali, General Henrik Laufer heute in Bamako.",
        [("Henrik Laufer", "direct", "Die Lage ist ruhig")],
    ),
    (  # the same in English, with the name closed by a comma
        "en",
        "“The roads are open,” said the senior UN official in Chad, Dr. Amina Diallo, on Friday.",
        [("Amina Diallo", "direct", "The roads are open")],
    ),
    (  # an acronym modifying a role after an inverted cue is no organisation speaker
        "en",
        "“We need more tents,” said the EU envoy.",
        [("the EU envoy", "direct", "We need more tents")],
    ),
    (  # a person noun between the outlet and the name: the name speaks
        "en",
        "“The count is not over,” said BBC correspondent Tom Ashby.",
        [("Tom Ashby", "direct", "The count is not over")],
    ),
    (  # "nach Angaben des X, NAME,": the name in apposition speaks
        "de",
        "Nach Angaben des Sprechers der Wasserwerke, Malte Krüger, ist das Leitungswasser unbedenklich.",
        [("Malte Krüger", "indirect", "ist das Leitungswasser unbedenklich")],
    ),
    (  # "Nach Einschätzung von Experten": the experts, without "von"
        "de",
        "Nach Einschätzung von Experten ist der Deich an zwei Stellen undicht.",
        [("Experten", "indirect", "ist der Deich an zwei Stellen undicht")],
    ),
    (  # the English progressive: "X is saying that …"
        "en",
        "The airline is saying that the strike will cost it $40 million.",
        [("The airline", "indirect", "the strike will cost it $40 million")],
    ),
    (  # the passive "were told that" gives the listener, never a speaker
        "en",
        "Residents were told that the water would be off until noon.",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_36_NEWS)
def test_rules_1_36_news(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
