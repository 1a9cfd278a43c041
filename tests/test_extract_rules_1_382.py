"""rules-1.382 (blind batch FC): German regional, municipal and sports-desk copy.

- "festhalten" reports speech: "Das hielt X fest." names the speaker of the sentence before (the particle must end
  it, as for "Das räumte X ein."), and "X hielt fest, dass …" opens a complement ("dass" must follow: "Die
  Polizei hielt den Mann fest, der …" is no speech).
- After an age noun ("der 52-Jährige"), capitalised words that end the attribution are the outlet told, not the
  speaker ("sagte der 52-Jährige der Volksstimme."), and a lower-case adverb ends the speaker phrase as it does
  after a name ("sagte die 31-Jährige bescheiden.").
- A match score ("Nach dem 24:31 in Lemgo zeigte sich Trainer X überzeugt, dass …") no longer stops a separable
  cue's sentence lead at its colon."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # "Das hielt X fest." after the sentence it names the speaker of
        (
            "Die Stadt muss die Gebühren anheben. Das hielt Bürgermeisterin Anna Keller am Dienstag im Rat fest.",
            ("Anna Keller", "indirect", "Die Stadt muss die Gebühren anheben"),
        ),
        (
            "Die Stadt muss die Gebühren anheben. Das hat Bürgermeisterin Anna Keller am Dienstag festgehalten.",
            ("Anna Keller", "indirect", "Die Stadt muss die Gebühren anheben"),
        ),
        # "X hielt fest, dass …" and with words between verb and particle
        (
            "Vizepräsidentin Ulrike Brandl hielt fest, dass viele Patienten keinen Zugang hätten.",
            ("Ulrike Brandl", "indirect", "viele Patienten keinen Zugang hätten"),
        ),
        (
            "Die Richterin hielt in ihrem Urteil fest, dass der Vertrag nichtig sei.",
            ("Die Richterin", "indirect", "der Vertrag nichtig sei"),
        ),
        # an age noun, then an outlet not known as one
        (
            "Trainer Ralf Gerber wies Kritik zurück. Die Mannschaft sei geschwächt gewesen, sagte der 52-Jährige "
            "der Volksstimme.",
            ("Ralf Gerber", "indirect", "Die Mannschaft sei geschwächt gewesen"),
        ),
        (
            "Trainer Ralf Gerber wies Kritik zurück. Die Mannschaft sei geschwächt gewesen, sagte der 52-Jährige "
            "der Rheinischen Post.",
            ("Ralf Gerber", "indirect", "Die Mannschaft sei geschwächt gewesen"),
        ),
        # an age noun, then an adverb
        (
            "Torhüterin Jana Moll hielt zwei Elfmeter. „Ich hatte einen guten Tag“, sagte die 31-Jährige bescheiden.",
            ("Jana Moll", "direct", "Ich hatte einen guten Tag"),
        ),
        # a score in the lead of a separable cue
        (
            "Nach dem 24:31 in Kiel zeigte sich Trainer Paul Weber dennoch überzeugt, dass sein Team den Rückstand "
            "aufholen kann.",
            ("Paul Weber", "indirect", "sein Team den Rückstand aufholen kann"),
        ),
        (
            "Um 14:30 Uhr gab die Polizei bekannt, dass die Straße wieder frei sei.",
            ("Polizei", "indirect", "die Straße wieder frei sei"),
        ),
    ],
)
def test_rows(text: str, row: tuple[str, str, str]) -> None:
    assert row in run_rules(text, "de")


@pytest.mark.parametrize(
    "text",
    [
        # left alone: holding someone, holding to a view without "dass", "halten für", "festhalten" without "fest"
        "Die Polizei hielt den Mann fest, der fliehen wollte.",
        "Die Regierung hält an dem Plan fest.",
        "Die Stadt hält das Gutachten für falsch.",
        "Die Stadt muss sparen. Das hält die Stadt für falsch.",
    ],
)
def test_left_alone(text: str) -> None:
    assert run_rules(text, "de") == []


def test_genitive_after_a_role_stays() -> None:
    # a role noun (not an age noun) before "der" + a capitalised word keeps the genitive reading
    rows = run_rules("Die Kasse sei solide, sagte der Sprecher der Volksbank.", "de")
    assert ("der Sprecher der Volksbank", "indirect", "Die Kasse sei solide") in rows
