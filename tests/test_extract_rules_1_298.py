"""The rules found with blind batch DX (rules-1.298): German wire stories on war, security and diplomacy around
Ukraine and Europe. Other sentences than the batch's; the guards keep what the rule must not change.

* ``listeners_de.dative_media_first`` in ``parenthesis.parenthetical``: "Der Sprecher des Amts, Anna Roth, sagte
  der Zeitung, …": "der" and a feminine media noun right after the cue, then a comma, is the listener in the dative,
  so the cue is no parenthesis ("Das sei, sagte er, ein Fehler") and the subject before it (the name in apposition)
  says the clause after the listener. Before, the listener was the speaker of the whole sentence.
"""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

DATIVE_MEDIA: list[tuple[str, str, list[Row]]] = [
    (
        "de",
        "Die Leiterin des Hafens, Birgit Sommer, sagte der Deutschen Presse-Agentur, der Umschlag sei um "
        "zwölf Prozent gesunken.",
        [("Birgit Sommer", "indirect", "der Umschlag sei um zwölf Prozent gesunken")],
    ),
    (
        "de",
        "Der Sprecher der Feuerwehr, Lukas Brandt, sagte der Zeitung, die Halle sei nicht mehr zu retten gewesen.",
        [("Lukas Brandt", "indirect", "die Halle sei nicht mehr zu retten gewesen")],
    ),
    (
        "de",
        "Der Präsident des Verbands, Heinz Lauer, sagte der Nachrichtenagentur, die Preise würden weiter steigen.",
        [("Heinz Lauer", "indirect", "die Preise würden weiter steigen")],
    ),
]

# what the rule must not change: a real parenthesis with a speaker, a masculine medium as the subject
KEPT: list[tuple[str, str, list[Row]]] = [
    (
        "de",
        "Das Projekt sei, sagte der Bürgermeister, ein Fehler gewesen.",
        [("der Bürgermeister", "indirect", "Das Projekt sei, sagte der Bürgermeister, ein Fehler gewesen")],
    ),
    (
        "de",
        "Die Sprecherin, Anna Roth, sagte dem Sender, das Werk bleibe geöffnet.",
        [("Anna Roth", "indirect", "das Werk bleibe geöffnet")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), DATIVE_MEDIA + KEPT)
def test_dative_media_listener_is_no_parenthesis(lang: str, text: str, want: list[Row]) -> None:
    assert _run(text, lang) == want
