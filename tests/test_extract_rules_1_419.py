"""rules-1.419 (blind batch FP): a German Konjunktiv chain goes on over a sentence opened by an article and a noun
whose verb in -e comes before a capitalised object ("Der Kreis prüfe Zuschüsse …"), and over the last sentence of
a paragraph whose plural weak past is joined to the indirect statement before by an adverb ("Dafür reichten …",
"Sie brauchten aber …")."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Die Stadt habe das Geld bereits ausgegeben, sagte Bürgermeisterin Anna Roth. Der Kreis prüfe Zuschüsse "
            "für die Schulen.",
            ("Anna Roth", "indirect", "Der Kreis prüfe Zuschüsse für die Schulen"),
        ),
        (
            "Die Firma habe neue Aufträge erhalten, sagte Geschäftsführer Paul Weber. Die Belegschaft suche "
            "Verstärkung in der Region.",
            ("Paul Weber", "indirect", "Die Belegschaft suche Verstärkung in der Region"),
        ),
        (
            "Die Lage sei ernst, sagte Innenminister Otto Brenner. Dafür reichten die bisherigen Mittel nicht aus.",
            ("Otto Brenner", "indirect", "Dafür reichten die bisherigen Mittel nicht aus"),
        ),
        (
            "Die Kliniken seien bereit, erklärte der Verband. Sie brauchten aber Geld für neue Geräte.",
            ("Verband", "indirect", "Sie brauchten aber Geld für neue Geräte"),
        ),
        (
            "Die Lieferung verzögere sich, sagte Oberst Karl Ritter. Zudem fehlten Ersatzteile für die Motoren.",
            ("Karl Ritter", "indirect", "Zudem fehlten Ersatzteile für die Motoren"),
        ),
    ],
)
def test_found_1_419(text: str, row: tuple[str, str, str]) -> None:
    rows = run_rules(text, "de")
    assert row in rows, rows


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # narration in the past, no adverb that goes on with the argument
        (
            "Die Lage sei ernst, sagte Innenminister Otto Brenner. Die Ermittler durchsuchten am Morgen zwei Wohnungen.",
            "durchsuchten",
        ),
        (
            "Die Lage sei ernst, sagte Innenminister Otto Brenner. Die Beamten machten am Abend Feierabend.",
            "Feierabend",
        ),
        # a present in -chten is no past, even with "aber"
        (
            "Die Lage sei ernst, sagte Innenminister Otto Brenner. Die Beamten richten aber ihren Blick nach Osten.",
            "Blick",
        ),
        # after a direct quote the past is narration
        (
            "„Wir sind bereit“, sagte Innenminister Otto Brenner. Dafür reichten die Mittel damals nicht.",
            "reichten",
        ),
        # an adjective after the article and noun of no sentence's start
        ("Die große Koalition stimmte zu. Die neue Regelung gilt ab Januar.", "Regelung"),
    ],
)
def test_left_alone_1_419(text: str, words: str) -> None:
    rows = run_rules(text, "de")
    assert not any(words in q for _, _, q in rows), rows
