"""rules-1.437 (blind batch FW): "Das verlautete aus …kreisen." / "Das erfuhr X aus …kreisen." / "Das versicherte X."
hand the sentence before to the source after "aus" (or to the subject); "…, hieß es." right after unnamed
circles goes on with the circles; a title's dot inside "Laut Vorstandschef Dr. X …"; a name in apposition after
an inverted cue's subject ("sagte der Vorsitzende, Ministerin Y (SPD), die Länder …")."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules
from ingest.extract.about_forms import de_about_this


def _rows(text: str) -> dict[str, tuple[str, str]]:
    return {q: (sp, kind) for sp, kind, q in run_rules(text, "de")}


def _speaker_of(text: str, quote_start: str) -> str | None:
    found = [sp for sp, _, q in run_rules(text, "de") if q.startswith(quote_start)]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Das verlautete am Montag aus Verhandlungskreisen.", "Verhandlungskreisen."),
        ("Das erfuhr die Zeitung aus Kreisen der Fraktion.", "Kreisen der Fraktion."),
        ("Das versicherte die Ministerin im Ausschuss.", "die Ministerin im Ausschuss."),
        ("Das erfuhr die Familie erst am Abend.", None),  # no "aus": no source, nobody's words
        ("Das versicherten Ärzte ihren Patienten nicht.", "Ärzte ihren Patienten nicht."),
    ],
)
def test_about_this_forms(sentence: str, source: str | None) -> None:
    found = de_about_this(sentence, 0, len(sentence))
    assert (found and sentence[found[1] : found[2]]) == source if source else found is None


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        (  # the sentence before, then "hieß es" going on with the circles
            "Berlin (dpa) - Die Regierung will die Abgabe auf Heizöl im Frühjahr senken. Das verlautete am Dienstag "
            "aus Koalitionskreisen. Die Kosten würden aus dem Haushalt gedeckt, hieß es.",
            "Die Kosten",
            "Koalitionskreisen",
        ),
        (
            "Berlin (AFP) - Der Bund will zwei Flughäfen verkaufen. Das erfuhr die Nachrichtenagentur aus "
            "Regierungskreisen. Ein Käufer stehe bereit, hieß es.",
            "Ein Käufer",
            "Regierungskreisen",
        ),
        (  # a named body just before "hieß es": unchanged, the body
            "Die Stadtwerke teilten mit, die Preise stiegen im Januar. Die Kunden würden per Brief informiert, hieß es.",
            "Die Kunden",
            "Stadtwerke",
        ),
    ],
)
def test_circles_go_on(text: str, quote_start: str, speaker: str) -> None:
    sp = _speaker_of(text, quote_start)
    assert sp is not None and speaker in sp, run_rules(text, "de")


def test_circles_sentence_before_is_theirs() -> None:
    text = (
        "Die Regierung will die Abgabe auf Heizöl senken. Das verlautete am Dienstag aus Koalitionskreisen."
    )
    assert _speaker_of(text, "Die Regierung will") == "Koalitionskreisen"


def test_about_this_without_source_left_alone() -> None:
    text = "Die Halle wird im Mai geschlossen. Das erfuhr die Familie erst am Abend."
    assert run_rules(text, "de") == []


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        (
            "Laut Verbandschef Dr. Rainer Kolbe würde der Plan vor allem kleine Händler belasten.",
            "würde der Plan",
            "Rainer Kolbe",
        ),
        (
            "Laut Institutsleiterin Prof. Anna Weber steigen die Mieten weiter.",
            "steigen die Mieten",
            "Anna Weber",
        ),
        ("Laut Polizei wurden zwei Menschen verletzt.", "wurden zwei", "Polizei"),  # no title: as before
    ],
)
def test_title_dot_in_laut_frame(text: str, quote_start: str, speaker: str) -> None:
    assert _speaker_of(text, quote_start) == speaker, run_rules(text, "de")


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        (
            "Am Abend sagte der Vorsitzende, Hessens Ministerpräsident Klaus Berger (CDU), die Länder bräuchten "
            "mehr Geld.",
            "die Länder",
            "Klaus Berger",
        ),
        (
            "Dabei erklärte die Sprecherin des Verbands, Anna Roth, die Betriebe hätten Personal entlassen.",
            "die Betriebe",
            "Anna Roth",
        ),
    ],
)
def test_name_apposition_after_inverted_subject(text: str, quote_start: str, speaker: str) -> None:
    assert _speaker_of(text, quote_start) == speaker, run_rules(text, "de")


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # a place after the comma opens the reported clause, no apposition
        ("Dabei sagte der Sprecher, Berlin sei nicht zuständig.", "Berlin sei", "der Sprecher"),
    ],
)
def test_name_apposition_left_alone(text: str, quote_start: str, speaker: str) -> None:
    assert _speaker_of(text, quote_start) == speaker, run_rules(text, "de")


def test_name_as_clause_subject_kept_whole() -> None:
    # a name as the reported clause's subject (no closing comma) stays in the clause
    rows = run_rules("Am Abend sagte der Sprecher, Anna Roth habe den Vertrag gekannt.", "de")
    assert [q for _, _, q in rows] == ["Anna Roth habe den Vertrag gekannt"]
