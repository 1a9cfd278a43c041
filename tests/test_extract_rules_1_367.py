"""rules-1.367 (blind batch EV): English wire stories on war, security and energy.

- A role phrase of three words with a three-letter qualifier ("the oil minister", "the gas chief") picks the one
  holder of its class whose first sentence holds the qualifier, as four-letter ones did ("the customs chief",
  rules-1.148); "the new minister", "the top official" keep the nearest holder.
- "… and thanked/praised/welcomed …" with a proper name or adjective as the object ("and thanked Georgian
  authorities") ends the reported clause as one with a determiner did (rules-1.107); and a perfect of "been"
  ("supplies had not been affected and thanked …") shares no active participle, so it cuts there too, while an
  active perfect ("the crews had repaired the bridge and thanked …") still keeps its second participle."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules

_TWO_MINISTERS = (
    "Iraq's oil minister, Karim Nasser, said exports would rise. The region's natural resources minister, "
    "Hoshyar Dilan, said in a statement that talks would resume next week. "
)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a three-letter qualifier names the holder introduced with it
        (
            _TWO_MINISTERS + "The oil minister said he expected the flows to reach 450,000 barrels per day.",
            ("Karim Nasser", "indirect", "he expected the flows to reach 450,000 barrels per day"),
        ),
        (
            "Ukraine's gas chief, Oleh Marchenko, said storage was full. The country's finance minister, Ivan "
            "Petrenko, said the budget was tight. The gas chief said imports would stop in March.",
            ("Oleh Marchenko", "indirect", "imports would stop in March"),
        ),
        # left alone: "new" is no qualifier (the nearest holder, as before)
        (
            _TWO_MINISTERS + "The new minister said the deal was fair.",
            ("Hoshyar Dilan", "indirect", "the deal was fair"),
        ),
        # a proper adjective as the object of the speaker's act; a perfect of "been"
        (
            "Azerbaijan's state energy company said supplies had not been affected and thanked Georgian "
            "authorities for their work.",
            ("Azerbaijan's state energy company", "indirect", "supplies had not been affected"),
        ),
        (
            "The mayor said the bridge had been closed and praised Ukrainian engineers for their speed.",
            ("The mayor", "indirect", "the bridge had been closed"),
        ),
        (
            "The minister said the country was safe and welcomed the decision.",
            ("The minister", "indirect", "the country was safe"),
        ),
        # left alone: an active perfect shares its participle with the second verb
        (
            "The mayor said the crews had repaired the bridge and thanked Polish engineers for their help.",
            (
                "The mayor",
                "indirect",
                "the crews had repaired the bridge and thanked Polish engineers for their help",
            ),
        ),
        (
            "The mayor said residents had met the crews and thanked the staff.",
            ("The mayor", "indirect", "residents had met the crews and thanked the staff"),
        ),
    ],
)
def test_rules_1_367(text: str, row: tuple[str, str, str]) -> None:
    assert row in run_rules(text, "en")
