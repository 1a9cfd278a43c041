"""The rules found with blind batch DG (rules-1.253): short feed items (RSS/Atom summaries, agency flashes, live
tickers). Other sentences than the batch's; the guards keep what a rule must not do.

* ``sentences.LEAD_STAMP_RE``: a ticker's "+++ 16.40 Uhr:" and a Cyrillic dateline with the day before the
  month ("ЛЬВІВ, 4 грудня (Holdout) –") open no statement.
* ``coordination._subject_end``: ", while X, which …, said …" ends the first statement before the second subject.
* ``liveblog.quote_label_speaker``: "Network Rail statement: “…”" is Network Rail's.
* ``quotes._cut_off``: a quote that a feed cut off before its closing mark ends at the ellipsis.
* ``unresolved.roles_to_title_person``: "Name: ‘…’" over a body that only says "the minister" or "she".
"""

from __future__ import annotations

from typing import Any

import pytest

from ingest.extract import extract_records


def _run(text: str, lang: str, title: str = "Headline") -> list[dict[str, Any]]:
    return list(extract_records([{"id": "t1253", "language": lang, "title": title, "text": text}]))


# (language, text, speaker, quote): the statement must be found with that speaker and exactly that quote
FOUND: list[tuple[str, str, str, str]] = [
    ("de", "+++ 09.15 Uhr: Laut Polizei ist die Autobahn wieder frei.", "Polizei", "ist die Autobahn wieder frei"),
    ("de", "+++ 11.02 Uhr: Die Züge fahren wieder, teilte die S-Bahn Berlin mit.", "S-Bahn Berlin",
     "Die Züge fahren wieder"),
    ("uk", "ЛЬВІВ, 4 грудня (Holdout) – Світло повернули у 40 будинках, повідомили в міській раді.", "міській раді",
     "Світло повернули у 40 будинках"),
    ("ru", "ОМСК, 2 декабря (Holdout) — Движение по мосту открыто, сообщили в мэрии.", "мэрии",
     "Движение по мосту открыто"),
    ("en", "The airline said flights would resume on Monday, while the union, which represents pilots, said the "
           "strike would go ahead.", "the union", "the strike would go ahead"),
    ("en", "The airline said flights would resume on Monday, while the union, which represents pilots, said the "
           "strike would go ahead.", "The airline", "flights would resume on Monday"),
    ("ru", "Синоптики сообщили, что ночью похолодает до минус десяти, а в мэрии, которая отвечает за уборку, заявили, что техника готова.",
     "Синоптики", "ночью похолодает до минус десяти"),
    ("en", '16:10 Network Rail statement: "The line will reopen on Monday morning."', "Network Rail",
     "The line will reopen on Monday morning."),
    ("de", "Die Landrätin sagte: „Wir werden alle Schulen bis zum Winter sanieren und dann […]", "Landrätin",
     "Wir werden alle Schulen bis zum Winter sanieren und dann"),
    ("uk", "Мер заявив: «Ми відремонтуємо всі укриття до зими, а потім…", "Мер",
     "Ми відремонтуємо всі укриття до зими, а потім"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "speaker", "quote"), FOUND)
def test_found_1_253(lang: str, text: str, speaker: str, quote: str) -> None:
    got = [(r["speaker"], r["quote"]) for r in _run(text, lang)]
    assert any(speaker in s and q == quote for s, q in got), got


# guards: (language, text, a quote that must not be found)
NOT_FOUND: list[tuple[str, str, str]] = [
    ("de", "Die Band „Die Sterne spielt heute im Stadtpark.", "Die Sterne spielt heute im Stadtpark"),
    ("en", "The council said the road, which was closed, would reopen on Monday.", "the road"),
    ("de", "+++ 09.15 Uhr: Die Autobahn ist wieder frei.", "Die Autobahn ist wieder frei"),
]


@pytest.mark.parametrize(("lang", "text", "quote"), NOT_FOUND)
def test_not_found_1_253(lang: str, text: str, quote: str) -> None:
    assert all(r["quote"] != quote for r in _run(text, lang))


def test_statement_label_not_bare_1_253() -> None:
    got = _run('The statement: "We regret nothing and never will."', "en")
    assert all(r["speaker"] != "The" for r in got)


TITLE_PERSON: list[tuple[str, str, str]] = [
    ("en", "Martin Hale: 'Our hospitals will not run out of beds'",
     "The minister said on Tuesday that 1,200 extra beds would open by January. The wards would be staffed by "
     "agency nurses, he said."),
    ("uk", "Олена Стасюк: «Жоден пункт обігріву не закриють»",
     "Міністерка соціальної політики заявила, що пункти працюватимуть до весни. «Ми готові», — сказала вона."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), TITLE_PERSON)
def test_roles_take_title_person_1_253(lang: str, title: str, text: str) -> None:
    recs = _run(text, lang, title)
    ids = {r["speaker_id"] for r in recs}
    assert len(recs) >= 3 and len(ids) == 1, [(r["speaker"], r["speaker_id"]) for r in recs]


# guards: a body that names its own person, and a spokesperson, keep their own ids
TITLE_OTHER: list[tuple[str, str, str]] = [
    ("en", "Martin Hale: 'Our hospitals will not run out of beds'",
     "Health Secretary Martin Hale said 1,200 extra beds would open. The health board chair, Ann Lowe, said the "
     "wards would be staffed by agency nurses. The chair said pay was the problem."),
    ("en", "Martin Hale: 'Our hospitals will not run out of beds'",
     "A spokesman said 1,200 extra beds would open by January."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), TITLE_OTHER)
def test_roles_keep_own_id_1_253(lang: str, title: str, text: str) -> None:
    recs = _run(text, lang, title)
    title_id = next(r["speaker_id"] for r in recs if r["start"] == -1)
    assert any(r["speaker_id"] != title_id for r in recs if r["start"] != -1), [
        (r["speaker"], r["speaker_id"]) for r in recs
    ]
