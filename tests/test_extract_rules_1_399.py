"""rules-1.399 (blind batch FJ): a German reported clause that opens with an article, an adjective and a number
before its noun ("…, sagte X, in den vergangenen zwei Jahren seien …") is no relative clause
(``clauses_de._de_adjective_run``); "X schloss nicht aus, dass …" reports the dass-clause as X's
(``cues``, ``separable_de``)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "Jana Weber sagte, in den vergangenen zwei Jahren seien mehr als 40 Anlagen gebaut worden.",
            "Jana Weber",
            "in den vergangenen zwei Jahren seien mehr als 40 Anlagen gebaut worden",
        ),
        (
            "Der Leiter der Behörde, Karl Brandt, sagte am Montag in Halle, in den letzten drei Monaten habe sich "
            "die Lage verschlechtert.",
            "Karl Brandt",
            "in den letzten drei Monaten habe sich die Lage verschlechtert",
        ),
        (
            "Jana Weber sagte, in den ersten 100 Tagen habe die Regierung viel erreicht.",
            "Jana Weber",
            "in den ersten 100 Tagen habe die Regierung viel erreicht",
        ),
        (
            "Jana Weber sagte, die letzten drei Monate seien schwierig gewesen.",
            "Jana Weber",
            "die letzten drei Monate seien schwierig gewesen",
        ),
    ],
)
def test_number_between_adjective_and_noun_opens_the_clause(text: str, speaker: str, quote: str) -> None:
    rows = run_rules(text, "de")
    assert (speaker, "indirect", quote) in rows, rows


@pytest.mark.parametrize(
    "text",
    [
        # a singular article before the adjective cannot take a plural number: a relative clause, as before
        "Der Bürgermeister lobte die Firma, in der vergangene zwei Jahre gebaut wurde.",
        "Der Bürgermeister besuchte die Halle, in denen zwei Männer arbeiten.",
    ],
)
def test_relative_clause_with_number_left_alone(text: str) -> None:
    rows = run_rules(text, "de")
    assert not any("Männer arbeiten" in q or "gebaut wurde" in q for _, _, q in rows), rows


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "Karl Brandt sagte, die Lage sei ernst. Er schloss nicht aus, dass die Steuer steigt.",
            "Karl Brandt",
            "die Steuer steigt",
        ),
        (
            "Die Polizei schließt nicht aus, dass der Brand gelegt wurde.",
            "Polizei",
            "der Brand gelegt wurde",
        ),
        (
            "Am Abend schloss die Ministerin nicht aus, dass die Steuer steigt.",
            "die Ministerin",
            "die Steuer steigt",
        ),
        (
            "Karl Brandt sagte, die Lage sei ernst. Brandt schloss es nicht aus, dass weitere Tests nötig seien.",
            "Karl Brandt",
            "weitere Tests nötig seien",
        ),
    ],
)
def test_schloss_nicht_aus_dass(text: str, speaker: str, quote: str) -> None:
    rows = run_rules(text, "de")
    assert (speaker, "indirect", quote) in rows, rows


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt schloss das Bad, dass alle froh waren.",  # no particle: closing a building
        "Die Firma schloss den Betrieb nicht aus Kostengründen.",  # "aus" a preposition, no dass-clause
        "Der Minister schloss die Konferenz nicht aus, weil er krank war.",  # no dass-clause
    ],
)
def test_schloss_left_alone(text: str) -> None:
    assert run_rules(text, "de") == []
