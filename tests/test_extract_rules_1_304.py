"""The rules found with blind batch EB (rules-1.304): wire stories of the dev set's kind (a landfill fire, a
poor wine harvest, a cave rescue, a delayed lithium mine, pharmacy closures, a ski resort closing, honey
exports, a tram fare rise, a rehabilitation centre, a postponed launch, a burst water main, anglers on an ice
floe). Other sentences than the batch's; the guards keep what each rule must not do.

* ``final._PARTICIPLE_TAIL_RE`` and ``parenthesis.parenthetical``: "…, a spokeswoman said, without giving a
  timeline." — a closing "without"-gerund after a final attribution is an aside of the saying, like a closing
  participle ("…, speaking on condition …"); before, a long clause lost its statement and a short one was read as
  a parenthesis with the whole sentence as the quote. A "without" phrase that a clause follows ("The plan, she
  said, without naming anyone, had been …") and one without a gerund ("without doubt") are left alone.
* ``nptidy._DE_REGION_ADJ_RE``: "der Bund Deutscher Architekten", "die Bundesvereinigung Deutscher
  Apothekerverbände": "Deutscher"/"Deutschen" opening a "name" after a body word is the body's own name (as a
  region's adjective in -ischer was, rules-1.74), not a person "Deutscher Architekten" with the role "der Bund".
  A surname Deutscher after a given name ("Ulrich Deutscher") stays a person.
"""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_304: list[tuple[str, str, list[Row]]] = [
    (  # a closing "without"-gerund after a final attribution: the clause before is the statement
        "en",
        "The regional grid operator will replace 400 kilometres of overhead lines by 2029, a company spokesman "
        "said, without giving a cost estimate.",
        [
            (
                "a company spokesman",
                "indirect",
                "The regional grid operator will replace 400 kilometres of overhead lines by 2029",
            )
        ],
    ),
    (  # a short clause: no parenthesis, the clause before the attribution alone
        "en",
        "The mill will close in March, the owners said, without elaborating.",
        [("the owners", "indirect", "The mill will close in March")],
    ),
    (
        "en",
        "Talks would resume next week, the ministry said on Friday, without naming a venue.",
        [("the ministry", "indirect", "Talks would resume next week")],
    ),
    (  # guard: a clause goes on after the "without" phrase, so the parenthesis holds
        "en",
        "The report, the auditor said, without naming anyone, had been leaked by a rival firm.",
        [
            (
                "the auditor",
                "indirect",
                "The report, the auditor said, without naming anyone, had been leaked by a rival firm",
            )
        ],
    ),
    (  # "Deutscher" after a body word opens the body's own name
        "de",
        "Die Baukosten seien um ein Drittel gestiegen, teilte der Bund Deutscher Architekten am Montag mit.",
        [("Bund Deutscher Architekten", "indirect", "Die Baukosten seien um ein Drittel gestiegen")],
    ),
    (
        "de",
        "Die Bundesvereinigung Deutscher Tierärzteverbände erklärte, es fehlten auf dem Land Praxen.",
        [("Die Bundesvereinigung Deutscher Tierärzteverbände", "indirect", "es fehlten auf dem Land Praxen")],
    ),
    (  # guard: another adjective before a plural noun stays the body's name
        "de",
        "Die Zeltlager seien ausgebucht, sagte der Verband Christlicher Pfadfinder.",
        [("Verband Christlicher Pfadfinder", "indirect", "Die Zeltlager seien ausgebucht")],
    ),
    (  # guard: the surname Deutscher after a given name is a person's
        "de",
        "Die Frist sei zu kurz gewesen, sagte der Anwalt Ulrich Deutscher.",
        [("Ulrich Deutscher", "indirect", "Die Frist sei zu kurz gewesen")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_304)
def test_rules_1_304(lang: str, text: str, expected: list[Row]) -> None:
    got = _run(text, lang)
    for row in expected:
        assert row in got, (row, got)
