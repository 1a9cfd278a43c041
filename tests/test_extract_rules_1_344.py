"""rules-1.344, found with blind batch EO (other sentences than the batch's): a plural's Konjunktiv II in the weak
past between two sentences of a Konjunktiv chain; a source in the genitive before the frame's noun ("Nach Ficos
Worten …"); a relative clause after ", sagte X"; Konjunktiv I of more verbs in -t; and the English writer's time
frame after a reported clause (", days after …")."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_344: list[tuple[str, str, list[Row]]] = [
    (  # de: a plural in the weak past between a statement and a Konjunktiv sentence continues the chain
        "de",
        "Die Hallen seien überfüllt, sagte die Sprecherin. Die Helfer arbeiteten oft bis in die Nacht. "
        "Es fehle vor allem an Decken.",
        [
            ("die Sprecherin", "indirect", "Die Hallen seien überfüllt"),
            ("die Sprecherin", "indirect", "Die Helfer arbeiteten oft bis in die Nacht"),
            ("die Sprecherin", "indirect", "Es fehle vor allem an Decken"),
        ],
    ),
    (  # de: a pronoun subject, and a Konjunktiv II after it
        "de",
        "Der Betrieb stehe still, sagte der Betriebsrat. Sie planten inzwischen Kurzarbeit. "
        "Ohne Aufträge verlören viele ihre Stelle.",
        [
            ("der Betriebsrat", "indirect", "Der Betrieb stehe still"),
            ("der Betriebsrat", "indirect", "Sie planten inzwischen Kurzarbeit"),
            ("der Betriebsrat", "indirect", "Ohne Aufträge verlören viele ihre Stelle"),
        ],
    ),
    (  # de: left alone: the past sentence is followed by narration, not by the subjunctive
        "de",
        "Die Lage sei ernst, sagte der Bürgermeister. Die Soldaten kämpften seit Tagen um die Stadt.",
        [("der Bürgermeister", "indirect", "Die Lage sei ernst")],
    ),
    (  # de: left alone: a present tense in -ten ("warten") is no weak past
        "de",
        "Die Lage sei ernst, sagte der Bürgermeister. Die Einwohner warten auf Hilfe. Die Preise seien gestiegen.",
        [
            ("der Bürgermeister", "indirect", "Die Lage sei ernst"),
            ("der Bürgermeister", "indirect", "Die Preise seien gestiegen"),
        ],
    ),
    (  # de: left alone: the next sentence is another speaker's statement
        "de",
        "Die Lage sei ernst, sagte der Bürgermeister. Die Bauern verkauften ihr Vieh. "
        "Der Minister sagte, die Lage sei unter Kontrolle.",
        [
            ("der Bürgermeister", "indirect", "Die Lage sei ernst"),
            ("Der Minister", "indirect", "die Lage sei unter Kontrolle"),
        ],
    ),
    (  # de: a name in the genitive before the frame's noun is the source
        "de",
        "Nach Ficos Worten zahlt die Raffinerie seit dem Sommer höhere Gebühren.",
        [("Fico", "indirect", "zahlt die Raffinerie seit dem Sommer höhere Gebühren")],
    ),
    (  # de: a name in -z with an apostrophe, and another frame noun
        "de",
        "Nach Scholz’ Einschätzung ist die Lage ernst.",
        [("Scholz", "indirect", "ist die Lage ernst")],
    ),
    (  # de: left alone: "mit anderen Worten" is no source
        "de",
        "Mit anderen Worten ist die Lage ernst.",
        [],
    ),
    (  # de: ", sagte X, die/der …" with a relative clause: the statement ends before the cue
        "de",
        "Viele hätten Angst, sagte die Sozialarbeiterin, die selbst 2022 aus Charkiw geflohen ist.",
        [("die Sozialarbeiterin", "indirect", "Viele hätten Angst")],
    ),
    (  # de: the same with "der" and a plain past in the statement
        "de",
        "Die Kosten stiegen, sagte der Bürgermeister, der seit 2019 im Amt ist.",
        [("der Bürgermeister", "indirect", "Die Kosten stiegen")],
    ),
    (  # de: Konjunktiv I of a verb in -t ("behalte") continues the chain
        "de",
        "Die Staaten schadeten damit ihrer Wirtschaft, sagte Sacharowa in Moskau. Russland behalte sich Schritte vor.",
        [
            ("Sacharowa", "indirect", "Die Staaten schadeten damit ihrer Wirtschaft"),
            ("Sacharowa", "indirect", "Russland behalte sich Schritte vor"),
        ],
    ),
    (  # en: the writer's time frame after the reported clause is cut
        "en",
        "The ministry said the plant had been repaired, a week after a fire destroyed two turbines.",
        [("The ministry", "indirect", "the plant had been repaired")],
    ),
    (  # en: and with a number of days
        "en",
        "Police said three people were arrested, two days after the riots began.",
        [("Police", "indirect", "three people were arrested")],
    ),
    (  # en: left alone: a time frame set off before the clause's own subject
        "en",
        "The group said that in a message posted in December, just hours after the attack, the account praised it.",
        [
            (
                "The group",
                "indirect",
                "in a message posted in December, just hours after the attack, the account praised it",
            )
        ],
    ),
    (  # en: left alone: a time span inside the clause, no comma
        "en",
        "The company said output would stay high for two weeks before the maintenance.",
        [("The company", "indirect", "output would stay high for two weeks before the maintenance")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_344)
def test_rules_1_344(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
