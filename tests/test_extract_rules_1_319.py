"""The rules found with blind batch EH (rules-1.319): English wire genres (interview write-ups in ``Q:``/``A:`` and
``Name:`` form, live blogs with time stamps, stories from press releases, features quoting people by first name and
age). Other sentences than the batch's; the guards keep what each rule must not do.

* ``subjects_lead.after_time_stamp``: "17:02 Costa has just announced …": a live blog's time stamp before a
  sentence's subject no longer hides it, so "he said" after it finds that person, not the one quoted before.
* ``interviews._narration``: a paragraph after an ``A:`` answer that reports speech in the third person and has no
  first person is the writer's narration, not the answer going on.
* ``complements._WHICH_OTHER_SAID_RE``: "…, which analysts say …" ends the complement: another source's claim
  (not "which he said": the speaker's own aside).
* ``notperson._BODY_HEAD_AND_RE``: "Ukraine's Ministry for Communities and Territories Development" is a body, not
  a person "Territories Development" (not "… and Anna Kowalska": a known first name).
"""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_319: list[tuple[str, str, list[Row]]] = [
    (  # a time stamp before a bare surname as the subject
        "en",
        "09:35 Prime Minister Viktor Orban said Hungary would not block the loan.\n"
        "10:10 European Council President Antonio Costa posted a photo of the table.\n"
        "16:15 Orban has confirmed Hungary will abstain.\n"
        '17:02 Costa has just announced the agreement. "Europe has kept its word," he said.',
        [
            ("Viktor Orban", "indirect", "Hungary would not block the loan"),
            ("Viktor Orban", "indirect", "Hungary will abstain"),
            ("Antonio Costa", "direct", "Europe has kept its word"),
        ],
    ),
    (  # unchanged: the same without time stamps
        "en",
        "Prime Minister Viktor Orban said Hungary would not block the loan.\n"
        "European Council President Antonio Costa posted a photo of the table.\n"
        "Orban has confirmed Hungary will abstain.\n"
        'Costa has just announced the agreement. "Europe has kept its word," he said.',
        [
            ("Viktor Orban", "indirect", "Hungary would not block the loan"),
            ("Viktor Orban", "indirect", "Hungary will abstain"),
            ("Antonio Costa", "direct", "Europe has kept its word"),
        ],
    ),
    (  # narration after an answer, before the next question
        "en",
        "The mayor spoke to us in her office.\n"
        "Q: How many families have left?\n"
        "A: About a third. Most of them went west in the spring.\n"
        "Petrenko said the council had asked the government for buses but had no answer yet.\n"
        "Q: Will you stay?\n"
        "A: Yes. This is my town.",
        [
            ("", "direct", "About a third. Most of them went west in the spring."),
            ("Petrenko", "indirect", "the council had asked the government for buses but had no answer yet"),
            ("", "direct", "Yes. This is my town."),
        ],
    ),
    (  # unchanged: the answer goes on with the first person and a "said" in it
        "en",
        "The mayor spoke to us in her office.\n"
        "Q: How many families have left?\n"
        "A: About a third.\n"
        "My deputy said we should count again in spring.\n"
        "Q: Will you stay?\n"
        "A: Yes.",
        [
            ("", "direct", "About a third."),
            ("", "direct", "My deputy said we should count again in spring."),
            ("", "direct", "Yes."),
        ],
    ),
    (  # ", which <another source> say(s)" ends the complement
        "en",
        "The company said it would close two plants, which analysts say is a sign of falling demand.",
        [
            ("The company", "indirect", "it would close two plants"),
            ("analysts", "indirect", "is a sign of falling demand"),
        ],
    ),
    (  # unchanged: the speaker's own aside
        "en",
        "The minister said the plan, which he said had been agreed in May, would cost more.",
        [("The minister", "indirect", "the plan, which he said had been agreed in May, would cost more")],
    ),
    (  # unchanged: a relative clause without a speech verb
        "en",
        "Officials said the law, which parliament passed in June, would take effect in March.",
        [("Officials", "indirect", "the law, which parliament passed in June, would take effect in March")],
    ),
    (  # a body's name with "and" after a possessive
        "en",
        "Ukraine's Ministry for Communities and Territories Development said the bridge would reopen in May.",
        [
            (
                "Ukraine's Ministry for Communities and Territories Development",
                "indirect",
                "the bridge would reopen in May",
            )
        ],
    ),
    (  # unchanged: a person after "and"
        "en",
        "The Ministry of Finance and Anna Kowalska said the plan would work.",
        [("Anna Kowalska", "indirect", "the plan would work")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_319)
def test_rules_1_319(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
