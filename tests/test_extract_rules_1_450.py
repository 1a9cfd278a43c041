"""rules-1.450: the one person named inside the words said is spoken of, not the speaker ("The spokesman said
Anna Roth had withdrawn the motion"), and a German verb-second cue after an adverbial keeps its subject when the
reported clause opens with a name after the comma ("Am Abend sagte der Sprecher, Anna Roth habe …": the speaker
was "Abend"); noted by batch FW, found before it in no set."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules


@pytest.mark.parametrize(
    ("text", "lang", "row"),
    [
        (
            "Am Abend sagte der Sprecher, Anna Roth habe den Antrag zurückgezogen.",
            "de",
            ("der Sprecher", "indirect", "Anna Roth habe den Antrag zurückgezogen"),
        ),
        (
            "Am Abend sagte ein Sprecher des Ministeriums, Berlin sei zu Gesprächen bereit.",
            "de",
            ("ein Sprecher des Ministeriums", "indirect", "Berlin sei zu Gesprächen bereit"),
        ),
        (
            "The spokesman said Anna Roth had withdrawn the motion.",
            "en",
            ("The spokesman", "indirect", "Anna Roth had withdrawn the motion"),
        ),
        (  # a navy is no company
            "Ukraine's navy warned shipowners that ferries would be treated as military targets. The charter company "
            "denied that it had leased any vessels.",
            "en",
            ("The charter company", "indirect", "it had leased any vessels"),
        ),
        (  # a company named before still is
            "Nordvik Ferries Ltd said it would suspend sailings. The charter company denied that it had leased any "
            "vessels.",
            "en",
            ("Nordvik Ferries Ltd", "indirect", "it had leased any vessels"),
        ),
        # left alone: the name set off by commas is the speaker (rules-1.437); a clause after the subject
        (
            "Am Montag sagte der Vorsitzende, Ministerpräsident Jan Weber (CDU), die Länder seien bereit.",
            "de",
            ("Jan Weber", "indirect", "die Länder seien bereit"),
        ),
        (
            "Am Abend sagte der Sprecher, die Ministerin habe den Antrag zurückgezogen.",
            "de",
            ("der Sprecher", "indirect", "die Ministerin habe den Antrag zurückgezogen"),
        ),
        (  # the one person named before the words said is still the role's ("the intelligence chief")
            "Kyrylo Danylenko visited the front on Monday. The intelligence chief said the attack had been repelled.",
            "en",
            ("Kyrylo Danylenko", "indirect", "the attack had been repelled"),
        ),
    ],
)
def test_found_1_450(text: str, lang: str, row: tuple[str, str, str]) -> None:
    rows = run_rules(text, lang)
    assert row in rows, rows
