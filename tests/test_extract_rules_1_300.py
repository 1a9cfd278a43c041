"""The rules found with blind batch DZ (rules-1.300): wire stories of the dev set's kind (a naval drone attack on
a port, returned children, an arms joint venture, winter gas storage). Other sentences than the batch's; the
guards keep what each rule must not do.

* ``subjects.leading_np``: "Later (in the day) he raised the figure, adding that …": a pronoun after a leading
  "Later"/"Earlier" (at most six words) is the subject of the clause whose
  participle reports the statement; before, "Later in the day he" was no speaker and the statement was lost.
* ``npclean._TRAIL_STRIP_LOWER``: a later time adverb between a Russian or Ukrainian subject and its cue
  ("Агентство ANRE позднее сообщило", "Відомство згодом уточнило") is no part of the speaker.
"""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_300: list[tuple[str, str, list[Row]]] = [
    (  # the pronoun after "Later" is the subject of the participle clause
        "en",
        "The county sheriff said on Tuesday that three hikers were missing. Later she raised the number to "
        "five, adding that a helicopter had joined the search.",
        [
            ("The county sheriff", "indirect", "three hikers were missing"),
            ("The county sheriff", "indirect", "a helicopter had joined the search"),
        ],
    ),
    (
        "en",
        "Mayor Lina Ortwein said the ferry would resume on Monday. Earlier in the week she had cancelled two "
        "crossings, saying the harbour wall was unsafe.",
        [
            ("Lina Ortwein", "indirect", "the ferry would resume on Monday"),
            ("Lina Ortwein", "indirect", "the harbour wall was unsafe"),
        ],
    ),
    (  # guard: a body after the adverb is not replaced by a pronoun
        "en",
        "Later, the council voted to close the pool, saying repairs would cost too much.",
        [("the council", "indirect", "repairs would cost too much")],
    ),
    (  # a later time adverb before a Russian cue is no part of the speaker
        "ru",
        "Энергетическое агентство позднее сообщило, что тарифы на тепло не вырастут.",
        [("Энергетическое агентство", "indirect", "тарифы на тепло не вырастут")],
    ),
    (
        "uk",
        "Регулятор НКРЕКП згодом уточнив, що нові тарифи запрацюють у січні.",
        [("Регулятор НКРЕКП", "indirect", "нові тарифи запрацюють у січні")],
    ),
    (  # guard: a capitalised name is kept
        "ru",
        "Министр Иван Затем заявил, что завод откроют в марте.",
        [("Иван Затем", "indirect", "завод откроют в марте")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_300)
def test_rules_1_300(lang: str, text: str, expected: list[Row]) -> None:
    got = _run(text, lang)
    for row in expected:
        assert row in got, (row, got)
