"""rules-1.359, found with blind batch ET (other sentences than the batch's): a German second surname after "zu",
"de" or "van" and a noble title's "von" in a name ("Hinrich Meyer zu Westerholt", "Peter Jan de Boer", "Holger
Freiherr von Wangenheim"); Konjunktiv II forms with an umlaut, also after a prefix, continue a Konjunktiv chain
("Die Ausgaben wüchsen …", "Neue Kosten entstünden …"); and a Konjunktiv clause before ", sagte …" is what was
said, never the speaker ("Für viele Betriebe komme die Entscheidung zur Unzeit, sagte …, X, der Nachrichtenagentur
dpa")."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_359: list[tuple[str, str, list[Row]]] = [
    (  # de: "zu" between a surname and a second surname after the cue
        "de",
        "Die Preise seien zu niedrig, sagte Friedrich Vogel zu Hohenfels am Montag. Viele Höfe gäben auf.",
        [
            ("Friedrich Vogel zu Hohenfels", "indirect", "Die Preise seien zu niedrig"),
            ("Friedrich Vogel zu Hohenfels", "indirect", "Viele Höfe gäben auf"),
        ],
    ),
    (  # de: the same name in apposition, taken up by a pronoun
        "de",
        "Die Vorsitzende des Vereins, Hanna Brandt zu Rantzau, warnte vor Kürzungen. Das Geld reiche nicht, "
        "sagte sie.",
        [("Hanna Brandt zu Rantzau", "indirect", "Das Geld reiche nicht")],
    ),
    (  # de: "van" after a second given name
        "de",
        "Der Leiter des Amtes, Jan Peter van Loon, verteidigte den Plan. Die Kosten seien tragbar, sagte er.",
        [("Jan Peter van Loon", "indirect", "Die Kosten seien tragbar")],
    ),
    (  # de: a noble title's "von"
        "de",
        "Der Sprecher der Firma, Carl Graf von Reventlow, wies die Kritik zurück. Man halte sich an alle Regeln, "
        "sagte er.",
        [("Carl Graf von Reventlow", "indirect", "Man halte sich an alle Regeln")],
    ),
    (  # de: left alone: "zu Beginn" is an idiom, no surname
        "de",
        "Die Lage sei ernst, sagte Anna Schmidt zu Beginn der Sitzung.",
        [("Anna Schmidt", "indirect", "Die Lage sei ernst")],
    ),
    (  # de: left alone: "zu Reportern" is the listener
        "de",
        "Die Lage sei ernst, sagte Anna Schmidt zu Reportern.",
        [("Anna Schmidt", "indirect", "Die Lage sei ernst")],
    ),
    (  # de: left alone: "von der Polizei" after a surname is her employer
        "de",
        "Anna Schmidt von der Polizei warnte vor Betrügern. Man solle nie Geld übergeben, sagte sie.",
        [("Anna Schmidt", "indirect", "Man solle nie Geld übergeben")],
    ),
    (  # de: a Konjunktiv II with an umlaut continues the chain
        "de",
        "Die Kassen seien leer, sagte die Kämmerin. Die Ausgaben wüchsen seit Jahren schneller als die Einnahmen. "
        "Eine Erhöhung sei unvermeidlich.",
        [
            ("die Kämmerin", "indirect", "Die Kassen seien leer"),
            ("die Kämmerin", "indirect", "Die Ausgaben wüchsen seit Jahren schneller als die Einnahmen"),
            ("die Kämmerin", "indirect", "Eine Erhöhung sei unvermeidlich"),
        ],
    ),
    (  # de: and after a prefix
        "de",
        "Die Kassen seien leer, sagte die Kämmerin. Neue Kosten entstünden vor allem bei der Unterbringung. "
        "Eine Erhöhung sei unvermeidlich.",
        [
            ("die Kämmerin", "indirect", "Die Kassen seien leer"),
            ("die Kämmerin", "indirect", "Neue Kosten entstünden vor allem bei der Unterbringung"),
            ("die Kämmerin", "indirect", "Eine Erhöhung sei unvermeidlich"),
        ],
    ),
    (  # de: left alone: a strong past without umlaut is narration
        "de",
        "Die Kassen seien leer, sagte die Kämmerin. Die Bürger verließen die Sitzung. Eine Erhöhung sei "
        "unvermeidlich.",
        [
            ("die Kämmerin", "indirect", "Die Kassen seien leer"),
            ("die Kämmerin", "indirect", "Eine Erhöhung sei unvermeidlich"),
        ],
    ),
    (  # de: a Konjunktiv clause before ", sagte" names no speaker; the apposition after the role does
        "de",
        "Für viele Betriebe komme die Entscheidung zur Unzeit, sagte der Präsident des Verbands, Karl Huber, "
        "der Nachrichtenagentur dpa.",
        [("Karl Huber", "indirect", "Für viele Betriebe komme die Entscheidung zur Unzeit")],
    ),
    (  # de: also before "im Gespräch mit"
        "de",
        "Schon im Sommer hätten Tausende Kunden gekündigt, sagte die Chefin des Fahrgastverbands, Eva Roth, "
        "im Gespräch mit der Deutschen Presse-Agentur.",
        [("Eva Roth", "indirect", "Schon im Sommer hätten Tausende Kunden gekündigt")],
    ),
    (  # de: left alone: a subject before the cue
        "de",
        "Der Verband Deutscher Reeder sagte, die Lage sei ernst.",
        [("Der Verband Deutscher Reeder", "indirect", "die Lage sei ernst")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_359)
def test_rules_1_359(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
