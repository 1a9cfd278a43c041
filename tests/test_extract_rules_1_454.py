"""rules-1.454: German follow-up on batches FZ and FW. A nationality noun is the speaker of a quote
("„…“, sagte der Ukrainer", "sagte die Lettin") and names the person just spoken of, as "der Schwede" and
"die Finnin" did; a masculine that ends a common noun ("Pole": "Metropole") is read only as its feminine."""

from __future__ import annotations

import pytest

from extract_rule_helpers import linked_statements, run_rules

_QUOTE = "„Wir äußern uns nicht zu Operationen auf dem Gebiet“, sagte {} im Fernsehen."


@pytest.mark.parametrize(
    ("noun", "found"),
    [
        ("der Ukrainer", True),
        ("der Belgier", True),
        ("die Lettin", True),
        ("die Polin", True),
        ("die Belgierin", True),
        ("der Schweizer", True),
        ("die Estin", True),
        ("die Finnin", True),  # (already)
        ("die Metropole", False),  # a place noun ending like a demonym
        ("die Palette", False),
        ("das Aspirin", False),
    ],
)
def test_demonym_speaker(noun: str, found: bool) -> None:
    rows = run_rules(_QUOTE.format(noun), "de")
    assert (rows == [(noun, "direct", "Wir äußern uns nicht zu Operationen auf dem Gebiet")]) is found
    if not found:
        assert rows == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Der Sprecher der Luftwaffe, Juri Ihnat, wollte nichts sagen. „Wir äußern uns nicht zu Operationen“, "
            "sagte der Ukrainer im Fernsehen.",
            "Juri Ihnat",
        ),
        (
            "Die Innenministerin, Ilze Berzina, war in Riga. „Diese Menschen werden bis an den Zaun gefahren“, "
            "sagte die Lettin.",
            "Ilze Berzina",
        ),
    ],
)
def test_demonym_names_person_before(text: str, speaker: str) -> None:
    assert [s for s, _ in linked_statements(text, "de")] == [speaker]
