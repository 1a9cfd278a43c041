"""The rules found with blind batch EQ (rules-1.350): English wire stories of the dev set's kind (central banks,
a bond auction, company results, written-up interviews, city news, diplomacy). Other sentences than the batch's;
the guards keep what each rule must not do.

* ``subjects.paragraph_subject``: "On artificial intelligence, she was blunt. “We …”": a leading adverbial
  before the first comma of a paragraph's one sentence is no subject; the subject is read after it (before,
  "On artificial intelligence" was a body speaking as "we").
* ``andname.and_clause_break``: a present-tense verb of attitude ("fear", "expect", "want", …) before ", and"
  ends a clause as a past-tense one does, so the subject of a later cue starts after ", and" (before,
  "Shopkeepers fear losing customers, and the association said …" had no speaker and was lost).
* ``personnames._PARTICLES``: Portuguese "do" joins a name ("Banco do Brasil", "Águas do Porto"); before, the
  words before it were read as a role and the speaker was "Brasil".
"""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_350: list[tuple[str, str, list[Row]]] = [
    (  # a leading adverbial is no subject: the pronoun after it goes on with the person named before
        "en",
        "Petra Lind runs the regional hospital trust.\nShe said waiting lists had grown.\n"
        'On artificial intelligence, she was cautious. "We test it on scans. We do not let it decide."',
        [("Petra Lind", "direct", "We test it on scans. We do not let it decide.")],
    ),
    (
        "en",
        "Petra Lind runs the regional hospital trust.\nShe said waiting lists had grown.\n"
        'On the Labour Party, she was blunt. "We lost nurses. We have not replaced them."',
        [("Petra Lind", "direct", "We lost nurses. We have not replaced them.")],
    ),
    (  # a body after the adverbial speaks as "we"
        "en",
        "The rail operator published its new timetable on Monday.\n"
        'In Vienna, the ministry was cautious. "We will review the figures before we comment on them."',
        [("the ministry", "direct", "We will review the figures before we comment on them.")],
    ),
    (  # guard: a name after the adverbial stays the speaker
        "en",
        "Mayor Tomas Berg opened the new library on Monday.\n"
        'On parking, Berg was less certain. "We have not found a solution yet. But we will."',
        [("Tomas Berg", "direct", "We have not found a solution yet. But we will.")],
    ),
    (  # a present-tense verb before ", and" ends the first clause
        "en",
        "Farmers fear a second dry summer, and the water board said it would limit irrigation from May.",
        [("the water board", "indirect", "it would limit irrigation from May")],
    ),
    (
        "en",
        "Economists expect a further cut, and the central bank said it would decide in March.",
        [("the central bank", "indirect", "it would decide in March")],
    ),
    (  # guard: a past-tense clause, as before
        "en",
        "Prices rose sharply, and the association said it would ask the council for a cut in fees.",
        [("the association", "indirect", "it would ask the council for a cut in fees")],
    ),
    (  # Portuguese "do" inside a body's name in apposition
        "en",
        "Profits fell 12 percent in the third quarter, a spokesman for the lender, Banco do Brasil, said.",
        [("Banco do Brasil", "indirect", "Profits fell 12 percent in the third quarter")],
    ),
    (  # guard: the English verb "do" is no particle; "da" as before
        "en",
        "Ministers do not comment on leaks, a spokesman for the government said.",
        [("a spokesman for the government", "indirect", "Ministers do not comment on leaks")],
    ),
    (
        "en",
        "Interest rates will stay high, Ana da Silva, the bank's chief economist, said.",
        [("Ana da Silva", "indirect", "Interest rates will stay high")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_350)
def test_rules_1_350(lang: str, text: str, expected: list[Row]) -> None:
    got = _run(text, lang)
    for row in expected:
        assert row in got, (row, got)
