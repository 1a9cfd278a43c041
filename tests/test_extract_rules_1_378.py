"""rules-1.378 (blind batch FA): English news from Indian, Pakistani, Nigerian, Kenyan, South African, Australian,
Singaporean and Philippine outlets.

- "opined" and "averred" report speech ("He opined that …", "'…,' he opined"), as "contended" does; "… opined on
  the state of the world" (a topic after "on") is no final attribution for the comment verbs.
- Honorifics of these outlets are titles: "Hon.", "Alhaji", "Engr.", "Comrade", "Cllr", "Barrister", "Datuk",
  "Seri", "Thiru", "Atty", "Madam".
- The Malay "binti"/"binte" (as "bin") and the Kalenjin "arap" are name particles ("Daniel arap Moi").
- A title's name of three capitalised words keeps its third ("Minister Dattatray Bhimrao Shelke … he said").
- After a title, unknown first names before a known one stay in the name ("Alhaji Olatunde Adebayo Ogunleye",
  "Mayor Thembi Grace Mashaba"); "Recorder Helen Purcell" (no title before) and "Chief Executive Maria
  Lindqvist" (a title word before the known name) stay as they were."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules

Row = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # "opined", "averred"
        (
            "Kulkarni opined that the problem lay with the ageing equipment at the plant.",
            ("Kulkarni", "indirect", "the problem lay with the ageing equipment at the plant"),
        ),
        (
            "The minister averred that the price would come down within ten days.",
            ("The minister", "indirect", "the price would come down within ten days"),
        ),
        (
            "Farooqui said the big ones were protected. 'Only the small fish are being caught,' he opined.",
            ("Farooqui", "direct", "Only the small fish are being caught"),
        ),
        # a title's third name word, and the pronoun after it
        (
            "State Agriculture Minister Dattatray Bhimrao Shelke said the state would pay. 'No grower should lose "
            "his market,' he said.",
            ("Dattatray Bhimrao Shelke", "direct", "No grower should lose his market"),
        ),
        (
            'Transport Cabinet Secretary Wanjiru Nyambura Kariuki said the levy was small. "There is no '
            'justification for this," she said.',
            ("Wanjiru Nyambura Kariuki", "direct", "There is no justification for this"),
        ),
        # a known first name inside a title's name is a middle name
        (
            'Mayor Thembi Grace Mashaba said the repair would cost R14 million. "We inherited old pumps," she said.',
            ("Thembi Grace Mashaba", "direct", "We inherited old pumps"),
        ),
        (
            'Agriculture Minister Rebecca Joan Hollis said money was set aside. "We are spraying," she said.',
            ("Rebecca Joan Hollis", "direct", "We are spraying"),
        ),
        # honorifics and unknown first names before a known one
        (
            "The chairman of the association, Alhaji Olatunde Adebayo Ogunleye, said a loaf could rise.",
            ("Olatunde Adebayo Ogunleye", "indirect", "a loaf could rise"),
        ),
        (
            "Kericho Senator Hon. Kiprono arap Langat said the factories had been bled. He further said that he "
            "would table a motion.",
            ("Kiprono arap Langat", "indirect", "he would table a motion"),
        ),
        (
            "Tshwane's MMC for finance, Cllr Jacobus Hendrik Pretorius, said the city had paid. He argued that "
            "cuts would be unfair.",
            ("Jacobus Hendrik Pretorius", "indirect", "cuts would be unfair"),
        ),
        (
            "Senior Minister of State Dr Nurul Huda binte Abdul Rahman said the changes were meant to help. 'An "
            "empty stall helps nobody,' she said.",
            ("Nurul Huda binte Abdul Rahman", "direct", "An empty stall helps nobody"),
        ),
        (
            'Former president Daniel arap Moi said the country was safe. "We are safe," he said.',
            ("Daniel arap Moi", "direct", "We are safe"),
        ),
        # left alone
        (
            "Maricopa County Recorder Helen Purcell said the count was over.",
            ("Helen Purcell", "indirect", "the count was over"),
        ),
        (
            'Chief Executive Maria Lindqvist said profits rose. "We did well," she said.',
            ("Maria Lindqvist", "direct", "We did well"),
        ),
        (
            "Permanent Secretary Sir Alistair Voyle said 112 hotels were in use.",
            ("Alistair Voyle", "indirect", "112 hotels were in use"),
        ),
        (
            "The plan will fail, Rubin commented on Monday.",
            ("Rubin", "indirect", "The plan will fail"),
        ),
    ],
)
def test_rules_1_378(text: str, row: Row) -> None:
    assert row in run_rules(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        # a topic after "on": no statement
        "In a pink marble skyscraper, 20 analysts listened while Robert E. Rubin, the former Treasury secretary, "
        "opined on the state of the world.",
        "At the dinner, the host, a retired banker, remarked on the weather.",
    ],
)
def test_rules_1_378_topic_on_gives_nothing(text: str) -> None:
    assert run_rules(text, "en") == []
