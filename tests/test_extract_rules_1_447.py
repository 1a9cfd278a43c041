"""rules-1.447 (blind batch GA): German Konjunktiv chains whose plural Konjunktiv II reads as the past: a strong
verb's plural past ("mieden", "litten", "verließen"), a closing sentence with an adverb of the present state
(also after a direct quote), and a plural past between two statements of one named person."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules

_FOUND = [
    (  # a strong plural past after "Zudem", closing the paragraph after an indirect statement
        "Die Fähre sei zu alt, sagte Bürgermeister Knut Hansen dem NDR. Die Zahl der Fahrten sei gesunken. "
        "Zudem stritten Reeder und Land seit Monaten über die Kosten.",
        "Zudem stritten Reeder",
        "Knut Hansen",
    ),
    (  # a strong past after a prefix, and an adverb of the present state
        "Die Zahl der Pflegekräfte sinke, sagte die Vorsitzende Ilse Brandt dem WDR. Viele Kräfte verließen "
        "inzwischen nach drei Jahren den Beruf.",
        "Viele Kräfte verließen",
        "Ilse Brandt",
    ),
    (  # after a direct quote, with "schon jetzt"
        "„Wir haben zu wenig Personal“, sagte der Polizeichef Ralf Sommer dem SWR. Viele Wachen blieben "
        "schon jetzt am Wochenende geschlossen.",
        "Viele Wachen blieben",
        "Ralf Sommer",
    ),
    (  # a weak plural past with a long subject between two statements of one named person
        "„Das Geld reicht nicht“, sagte Landrätin Petra Vogt im Deutschlandfunk. Die Mittel des Kreises "
        "reichten nur noch bis März. Man werde deshalb Projekte verschieben, sagte Vogt.",
        "Die Mittel des Kreises",
        "Petra Vogt",
    ),
]

_LEFT = [
    (  # narration after a direct quote: no adverb of the present state
        "„Wir haben zu wenig Personal“, sagte der Polizeichef Ralf Sommer dem SWR. Die Beamten blieben am "
        "Abend vor Ort.",
        "Die Beamten blieben",
    ),
    (  # a plural past between two different speakers' statements stays narration
        "„Das Geld reicht nicht“, sagte Landrätin Petra Vogt im Deutschlandfunk. Die Mittel des Kreises "
        "reichten nur noch bis März. Man werde sparen, sagte Kämmerer Jörg Lenz.",
        "Die Mittel des Kreises",
    ),
    (  # a strong past without a statement before it
        "Der Sturm traf die Küste am Abend. Viele Bewohner verließen inzwischen ihre Häuser.",
        "Viele Bewohner",
    ),
    (  # the past of "fallen" stays narration, even after "Auch"
        "Die Lage sei ernst, sagte Bürgermeister Knut Hansen. Auch viele Züge fielen am Abend aus.",
        "Auch viele Züge",
    ),
    (  # between two statements of one person, but the second a direct quote
        "Das Turnier habe gezeigt, wie stark die Jugend sei, sagte Trainer Uwe Brandt. Die deutschen Spieler "
        "landeten nur im Mittelfeld. „Wir müssen ehrlich sein“, sagte Brandt.",
        "Die deutschen Spieler",
    ),
    (  # a present tense "-en" verb is no strong past
        "Die Lage sei ernst, sagte Bürgermeister Knut Hansen. Zudem bleiben die Schulen geschlossen.",
        "Zudem bleiben",
    ),
]


@pytest.mark.parametrize(("text", "quote_start", "speaker"), _FOUND)
def test_plural_past_continues_1_447(text: str, quote_start: str, speaker: str) -> None:
    rows = run_rules(text, "de")
    assert [sp for sp, _, q in rows if q.startswith(quote_start)] == [speaker], rows


@pytest.mark.parametrize(("text", "quote_start"), _LEFT)
def test_plural_past_left_alone_1_447(text: str, quote_start: str) -> None:
    rows = run_rules(text, "de")
    assert not [q for _, _, q in rows if q.startswith(quote_start)], rows
