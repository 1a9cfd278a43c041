"""Rules of rules-1.393, found with blind batch FF (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_393: list[tuple[str, str, list[Row]]] = [
    (  # en: an aside word, then a medium, between the cue and its "that"
        "en",
        "The mayor said afterwards in a post on X that the road would reopen on Monday.",
        [("The mayor", "indirect", "the road would reopen on Monday")],
    ),
    (  # en: a time word, then a medium: "that" is no part of the quote
        "en",
        "The mayor said later in a statement that the road would reopen on Monday.",
        [("The mayor", "indirect", "the road would reopen on Monday")],
    ),
    (  # en: "again", then an interview
        "en",
        "The coach said again in an interview that the club would not sell its captain.",
        [("The coach", "indirect", "the club would not sell its captain")],
    ),
    (  # en: left alone: an aside word before a clause of its own (the "that" is a relative one)
        "en",
        "The mayor said afterwards the firm had broken a promise that it made in May.",
        [("The mayor", "indirect", "afterwards the firm had broken a promise that it made in May")],
    ),
    (  # en: a statement read out by someone else, with a long occasion before "that"
        "en",
        "The singer said in a statement read by his lawyer outside the court in Leeds on Tuesday that he "
        "regretted the crash.",
        [("The singer", "indirect", "he regretted the crash")],
    ),
    (  # en: "read out on her behalf"
        "en",
        "The actress said in a statement read out on her behalf at a memorial service in York on Friday that "
        "she was grateful to the nurses.",
        [("The actress", "indirect", "she was grateful to the nurses")],
    ),
    (  # en: left alone: a short one needed no longer reach
        "en",
        "The mayor said in a statement read by his lawyer that he regretted the crash.",
        [("The mayor", "indirect", "he regretted the crash")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_393)
def test_rules_1_393(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a lead's role held by class only by a chair named later: the person who opens paragraph two
            "The town will run out of school places within two years, the council's head of education told "
            "councillors on Monday.\nMarta Quill said 40 places were left.\nIts chair, Owen Reyes, told the "
            "meeting that parents were worried.",
            ["Marta Quill", "Marta Quill", "Owen Reyes"],
        ),
        (  # left alone: the holder named later has the phrase's own noun ("director")
            "The port will close two berths, the city's director of harbours said on Monday.\nMarta Quill said "
            "the cranes were too old.\nThe harbours director, Owen Reyes, said later that the port would reopen "
            "in May.",
            ["Owen Reyes", "Marta Quill", "Owen Reyes"],
        ),
    ],
)
def test_lead_role_is_the_person_named_next_before_a_later_holder(text: str, want: list[str]) -> None:
    assert [s for s, _, _ in _run(text, "en")] == want
