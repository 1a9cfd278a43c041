"""Rules of rules-1.388, found with blind batch FE (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract import extract_statements
from ingest.models import ArticleText

RULES_1_388: list[tuple[str, str, list[Row]]] = [
    (  # de: "begründete X damit, dass …": the subject's reasons are its statement (the "dass"-clause)
        "de",
        "Der Verband begründete den Austritt damit, dass die Beiträge zu hoch seien.",
        [("Verband", "indirect", "die Beiträge zu hoch seien")],
    ),
    (  # de: the present tense, and a person as the subject
        "de",
        "Die Richterin begründet das Urteil damit, dass der Mann keine Reue gezeigt habe.",
        [("Die Richterin", "indirect", "der Mann keine Reue gezeigt habe")],
    ),
    (  # de: the Konjunktiv after it goes on with the same speaker
        "de",
        "Die Kammer begründete ihre Entscheidung damit, dass die Frist abgelaufen sei. Die Klägerin habe zu "
        "spät reagiert.",
        [
            ("Kammer", "indirect", "die Frist abgelaufen sei"),
            ("Kammer", "indirect", "Die Klägerin habe zu spät reagiert"),
        ],
    ),
    (  # de: "rate" / "verrate" are the Konjunktiv I of "raten" / "verraten" (a stem in -t)
        "de",
        "Die Pächterin teilte mit, die Preise stiegen. Man rate den Gästen, früh zu buchen.",
        [
            ("Die Pächterin", "indirect", "die Preise stiegen"),
            ("Die Pächterin", "indirect", "Man rate den Gästen, früh zu buchen"),
        ],
    ),
    (  # de: "der Kämmerer" (a town's treasurer) is a role: it finds the one named before
        "de",
        "Der Kämmerer Paul Reich legte den Entwurf vor. „Wir müssen sparen“, sagte der Kämmerer.",
        [("Paul Reich", "direct", "Wir müssen sparen")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), RULES_1_388)
def test_rules_1_388(lang: str, text: str, want: list[Row]) -> None:
    assert _run(text, lang) == want


@pytest.mark.parametrize(
    "text",
    [
        # left alone: "begründete" without "damit, dass" (reasons given by a noun, "damit" alone)
        "Der Verein begründete den Antrag mit höheren Kosten.",
        "Die Firma begründete damit ihre Entscheidung.",
        # a noun "Rate", a role noun in narration without a statement
        "Die Zinsen stiegen. Die Rate für den Kredit beträgt 400 Euro.",
        "Der Kämmerer der Stadt prüft die Zahlen.",
    ],
)
def test_left_alone(text: str) -> None:
    assert _run(text, "de") == []


def test_reason_verb_is_no_cue_before_a_quote() -> None:
    # "begründete … so:" before a quote keeps the subject after the verb, not the phrase before it
    rows = _run("In seiner Rede begründete der Präsident seine Position so: „Wir brauchen mehr Geld.“", "de")
    assert rows == [("der Präsident", "direct", "Wir brauchen mehr Geld.")]


def _ids(text: str) -> list[tuple[str, str]]:
    doc = ArticleText(id="r1", text=text, title="", language="de")
    return [(s.speaker, s.speaker_id) for s in extract_statements(doc)]


def test_unnamed_presiding_judge_speaks_for_the_court() -> None:
    rows = _ids(
        "Das Landgericht Celle verurteilte den Mann. Er habe die Kasse geplündert, sagte die Vorsitzende Richterin. "
        "Das Gericht begründete das Urteil damit, dass er keine Reue gezeigt habe."
    )
    assert len(rows) == 2 and rows[0][1] == rows[1][1] and rows[0][1].startswith("O-")


@pytest.mark.parametrize(
    "text",
    [
        # left alone: a judge named (a person of her own), and a judge in an article that quotes no court
        "Das Landgericht Celle verurteilte den Mann. Er habe die Kasse geplündert, sagte die Vorsitzende Richterin "
        "Eva Brandt. Das Gericht begründete das Urteil damit, dass er keine Reue gezeigt habe.",
        "Der Prozess endete am Freitag. Er habe die Kasse geplündert, sagte die Vorsitzende Richterin. Der Verteidiger "
        "sagte, sein Mandant bereue die Tat.",
    ],
)
def test_named_or_courtless_judge_keeps_own_id(text: str) -> None:
    ids = {i for _, i in _ids(text)}
    assert len(ids) == len(_ids(text))
