"""The rules found with blind batch DW (rules-1.296): Ukrainian and Russian agency copy on the war, diplomacy and
the home front. Other sentences than the batch's; the guards keep what the rule must not drop.

* ``own_outlet.is_own_outlet``: "Как писало агентство ранее, …", "Як повідомляла агенція раніше, …": the bare word
  for the agency with a past cue of writing or reporting is the agency whose copy this is, pointing to its own
  background; no statement. A named agency, the present tense, another body and a direct quote stay.
"""

from __future__ import annotations

import pytest

from ingest.extract import extract_records


def _records(lang: str, text: str) -> list[dict[str, str]]:
    return list(extract_records([{"id": "a0", "language": lang, "text": text}]))


# the agency's own earlier report: no statement
OWN_OUTLET: list[tuple[str, str]] = [
    ("ru", "Как писало агентство ранее, в сентябре в регионе закрыли два пункта пропуска."),
    ("ru", "Как сообщало агентство, на прошлой неделе суд продлил арест бывшему мэру."),
    ("uk", "Як повідомляла агенція раніше, у жовтні уряд затвердив нові тарифи на воду."),
    ("uk", "Як писало агентство, у серпні в області відкрили три нові укриття для школярів."),
]

# what the rule must not drop: a named agency, the present tense, another body, a person
KEPT: list[tuple[str, str, str]] = [
    ("ru", "Как писало агентство Reuters, в сентябре в регионе закрыли два пункта пропуска.", "Reuters"),
    ("ru", "Как пишет агентство, в сентябре в регионе закрыли два пункта пропуска.", "агентство"),
    ("ru", "Как сообщало министерство, в сентябре в регионе закрыли два пункта пропуска.", "министерство"),
    ("uk", "Як повідомляв Олексій Гайдук раніше, у жовтні уряд затвердив нові тарифи на воду.", "Гайдук"),
    ("uk", "Як повідомляла агенція Reuters, у жовтні уряд затвердив нові тарифи на воду.", "Reuters"),
]


@pytest.mark.parametrize(("lang", "text"), OWN_OUTLET)
def test_own_outlet_background_is_no_statement(lang: str, text: str) -> None:
    assert _records(lang, text) == []


@pytest.mark.parametrize(("lang", "text", "speaker"), KEPT)
def test_other_reporters_keep_their_statement(lang: str, text: str, speaker: str) -> None:
    recs = _records(lang, text)
    assert len(recs) == 1, recs
    assert speaker.lower() in recs[0]["speaker"].lower()
