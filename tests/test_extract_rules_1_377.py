"""rules-1.377 (blind batch EZ): Swiss and Austrian German news copy.

- The Swiss spelling "gemäss" (and "gemäß" as a cue word at all) opens a source frame as "laut" does ("Gemäss dem
  Verband sanken …", "Gemäss SLF gilt …"); a legal reference after it ("gemäß Artikel 5", "gemäss dem Vertrag")
  does not.
- The Austrian heads of a Land, a district and an association ("der Landeshauptmann", "die Landeshauptfrau", "der
  Obmann") are role nouns, so "…, so der Landeshauptmann." names the speaker.
- A party's member of a parliament or government, the party's short name joined by a hyphen ("der SVP-Nationalrat",
  "ÖVP-Landesrat"), is a person; "der Nationalrat" and "der Bundesrat" alone stay bodies."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules
from ingest.extract.plausible import plausible_speaker


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # "gemäss" / "gemäß" as a leading frame and inside the sentence
        (
            "Gemäss dem Verband der Uhrenindustrie sanken die Ausfuhren um 14 Prozent.",
            ("Verband der Uhrenindustrie", "indirect", "sanken die Ausfuhren um 14 Prozent"),
        ),
        (
            "Gemäß der Feuerwehr brannte das Lager vollständig aus.",
            ("Feuerwehr", "indirect", "brannte das Lager vollständig aus"),
        ),
        (
            "Gemäss SLF gilt im Oberland bis Montag die Gefahrenstufe 4.",
            ("SLF", "indirect", "gilt im Oberland bis Montag die Gefahrenstufe 4"),
        ),
        # "so der Landeshauptmann" after a quote and after a Konjunktiv clause
        (
            "Landeshauptmann Josef Huber sagte, die Lage sei ernst. „Wir sind nicht die Garage Europas“, so der "
            "Landeshauptmann.",
            ("Josef Huber", "direct", "Wir sind nicht die Garage Europas"),
        ),
        (
            "Der Landeshauptmann Gerhard Moser zeigte sich enttäuscht. Das Land warte seit Jahren auf die Bahn, so der "
            "Landeshauptmann.",
            ("Gerhard Moser", "indirect", "Das Land warte seit Jahren auf die Bahn"),
        ),
        (
            "Die Gebühr werde nicht erhöht, so die Obfrau des Vereins.",
            ("die Obfrau des Vereins", "indirect", "Die Gebühr werde nicht erhöht"),
        ),
    ],
)
def test_rows(text: str, row: tuple[str, str, str]) -> None:
    assert row in run_rules(text, "de")


@pytest.mark.parametrize(
    "text",
    [
        # left alone: a legal reference after "gemäß"
        "Gemäss Artikel 5 der Verfassung muss der Bund die Kantone anhören.",
        "Gemäß Paragraf 12 muss die Gemeinde zahlen.",
        "Gemäß dem Vertrag muss die Firma zahlen.",
        "Gemäss Gesetz muss der Bund zahlen.",
    ],
)
def test_left_alone(text: str) -> None:
    assert run_rules(text, "de") == []


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("der SVP-Nationalrat", "role"),
        ("der ÖVP-Landesrat", "role"),
        ("SVP-Nationalrat Thomas Gisler", "person"),
        ("der Landeshauptmann", "role"),
        ("die Landeshauptfrau", "role"),
        # left alone: the chambers and governments themselves, and a council of ministers
        ("der Nationalrat", "organisation"),
        ("Der Bundesrat", "organisation"),
        ("der Regierungsrat", "organisation"),
        ("der EU-Ministerrat", "organisation"),
    ],
)
def test_kinds(phrase: str, kind: str) -> None:
    sp = plausible_speaker(phrase, "de")
    assert sp is not None and sp.kind == kind


def test_party_member_is_he() -> None:
    text = "Der FDP-Nationalrat Thomas Gisler lehnte die Vorlage ab. «Die Betreuung ist Sache der Kantone», sagte er."
    assert ("Thomas Gisler", "direct", "Die Betreuung ist Sache der Kantone") in run_rules(text, "de")
