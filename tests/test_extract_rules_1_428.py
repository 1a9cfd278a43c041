"""rules-1.428 (blind batch FT): German military units are bodies ("erklärte das Jägerbataillon 292", "teilte
das Lufttransportgeschwader 62 mit"); ", sagte X, wie die Agentur Y meldete." keeps X as the speaker (the "wie"
clause names only the relaying medium); "…, hieß es weiter." after a person's statement goes on with that person;
„… .“ X sagte weiter/zudem, … opens a new statement, no attribution of the closed quote."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row, linked_statements, run_rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Übung sei planmäßig verlaufen, erklärte das Jägerbataillon 292 am Dienstag.",
            [("Jägerbataillon 292", "indirect", "Die Übung sei planmäßig verlaufen")],
        ),
        (
            "Die Maschinen seien sicher gelandet, teilte das Lufttransportgeschwader 62 mit.",
            [("Lufttransportgeschwader 62", "indirect", "Die Maschinen seien sicher gelandet")],
        ),
        (
            "Der Marsch habe zwei Tage gedauert, erklärte das Regiment.",
            [("Regiment", "indirect", "Der Marsch habe zwei Tage gedauert")],
        ),
        # left alone: a person who speaks of the unit stays the speaker
        (
            "Das Regiment habe 900 Soldaten, sagte der Kommandeur.",
            [("der Kommandeur", "indirect", "Das Regiment habe 900 Soldaten")],
        ),
    ],
)
def test_military_units_1_428(text: str, expected: list[Row]) -> None:
    assert run_rules(text, "de") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Brücke sei gesperrt worden, sagte Bürgermeisterin Alina Hrytsenko, wie der Sender Suspilne berichtete.",
            [("Alina Hrytsenko", "indirect", "Die Brücke sei gesperrt worden")],
        ),
        (
            "Der Hafen sei geschlossen, erklärte ein Polizeisprecher, wie die Agentur Tass meldete.",
            [("ein Polizeisprecher", "indirect", "Der Hafen sei geschlossen")],
        ),
        # left alone: with no cue of its own before it, the "wie" clause names the source
        (
            "Der Hafen sei geschlossen, wie die Agentur Tass meldete.",
            [("Agentur Tass", "indirect", "Der Hafen sei geschlossen")],
        ),
        (
            "Die Preise stiegen, die Lage sei ernst, wie das Ministerium mitteilte.",
            [("Ministerium", "indirect", "Die Preise stiegen, die Lage sei ernst")],
        ),
    ],
)
def test_relaying_medium_1_428(text: str, expected: list[Row]) -> None:
    assert run_rules(text, "de") == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Kreisverwaltung rief zur Ruhe auf. „Wir haben genug Wasser“, sagte Landrat Jörg Vehlow. "
            "Die Leitungen würden bis Freitag repariert, hieß es weiter.",
            "Jörg Vehlow",
        ),
        # left alone: no "weiter" — the body just named is the source
        (
            "Die Kreisverwaltung rief zur Ruhe auf. „Wir haben genug Wasser“, sagte Landrat Jörg Vehlow. "
            "Die Leitungen würden bis Freitag repariert, hieß es.",
            "Kreisverwaltung",
        ),
        # left alone: after a body's statement the body stays
        (
            "Nach Angaben der Feuerwehr brannten drei Scheunen. Die Löscharbeiten dauerten an, hieß es weiter.",
            "Feuerwehr",
        ),
    ],
)
def test_hiess_es_weiter_1_428(text: str, speaker: str) -> None:
    assert linked_statements(text, "de")[-1][0] == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "„Wir fahren morgen los“, sagte Karin Lund. „Der Bus ist voll.“ Lund sagte weiter, "
            "die Gruppe bleibe zwei Wochen.",
            ("Karin Lund", "indirect", "die Gruppe bleibe zwei Wochen"),
        ),
        (
            "„Wir fahren morgen los“, sagte Karin Lund. „Der Bus ist voll.“ Lund sagte zudem, "
            "die Gruppe bleibe zwei Wochen.",
            ("Karin Lund", "indirect", "die Gruppe bleibe zwei Wochen"),
        ),
    ],
)
def test_new_sentence_after_quote_1_428(text: str, expected: Row) -> None:
    assert run_rules(text, "de")[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        # left alone: no comma after the cue, or a comma right after the quote — the cue attributes the quote
        "„Der Bus ist voll.“ Lund sagte das am Montag in Malmö.",
        "„Der Bus ist voll“, sagte Lund, die Leiterin der Gruppe.",
        "„Der Bus ist voll.“ Lund sagte, man prüfe alles.",
    ],
)
def test_quote_attribution_kept_1_428(text: str) -> None:
    rows = run_rules(text, "de")
    assert rows[0][0] == "Lund" and rows[0][1] == "direct"
