"""Rules of rules-1.395, found with blind batch FH (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_395: list[tuple[str, str, list[Row]]] = [
    (  # de: a newspaper's name in quote marks inside the lead before the colon: the lead still gives the speaker
        "de",
        "Der Landrat Peter Kühn äußerte sich am Abend. Kühn sagte der „Rheinpfalz“: „Die Straße bleibt gesperrt.“",
        [("Peter Kühn", "direct", "Die Straße bleibt gesperrt.")],
    ),
    (  # de: a programme's name after a broadcaster ("im ZDF-„…“"), a pronoun subject resolved as usual
        "de",
        "Die Ärztin Eva Roth war zu Gast. Sie sagte im ZDF-„Morgenmagazin“: „Die Praxen sind voll.“",
        [("Eva Roth", "direct", "Die Praxen sind voll.")],
    ),
    (  # de: a question lead and a programme's name of three words
        "de",
        "Der Minister Jan Ott blieb vage. Auf die Frage, ob er zurücktrete, antwortete er in der Sendung "
        "„Hart aber fair“: „Darüber rede ich nicht.“",
        [("Jan Ott", "direct", "Darüber rede ich nicht.")],
    ),
    (  # de: an accusative possessive after the cue is its object ("schilderte ihren Fall"), not a speaker
        "de",
        "Die Rentnerin Ilse Brand, die lange gewartet hatte, schilderte ihren Fall. Sie habe drei Briefe geschrieben.",
        [("Ilse Brand", "indirect", "Sie habe drei Briefe geschrieben")],
    ),
    (  # de: more positions of the sports pages are roles that find the player named before
        "de",
        "Kapitän Tom Berger ging vom Platz. „Wir haben zu spät reagiert“, sagte der Angreifer.",
        [("Tom Berger", "direct", "Wir haben zu spät reagiert")],
    ),
    (  # de: a handball position
        "de",
        "Lars Petersen humpelte in die Kabine. „Das Knie ist dick“, sagte der Kreisläufer.",
        [("Lars Petersen", "direct", "Das Knie ist dick")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), RULES_1_395)
def test_rules_1_395(lang: str, text: str, want: list[Row]) -> None:
    assert _run(text, lang) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # left alone: a title in quote marks with no cue before it names no speaker ("titelte „…“: „…“")
        (
            "Das Blatt titelte „Aus für Böller“: „Die Ministerin hält mehr von Verbotszonen.“",
            [("", "direct", "Die Ministerin hält mehr von Verbotszonen.")],
        ),
        # a nominative possessive is a subject as before ("sagte ihr Anwalt")
        ("Die Gefahr sei gering, sagte ihr Anwalt.", [("ihr Anwalt", "indirect", "Die Gefahr sei gering")]),
        # "seinen" before a noun is an object: no speaker "Standpunkt"
        ("Der Ausschuss habe getagt, erläuterte seinen Standpunkt.", []),
    ],
)
def test_rules_1_395_left_alone(text: str, want: list[Row]) -> None:
    assert _run(text, "de") == want
