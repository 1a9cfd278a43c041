"""Rules of rules-1.205, found with holdout batch CS (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract import extract_records

RULES_1_205: list[tuple[str, str, list[Row]]] = [
    (  # all languages: a body or a role that opens a line (after its time stamp) before a quote's colon
        "en",
        '14:02 Network Rail said the line would reopen on Monday.\n14:20 Coastguard: "Stay away from the cliffs '
        'until the tide turns."',
        [
            ("Network Rail", "indirect", "the line would reopen on Monday"),
            ("Coastguard", "direct", "Stay away from the cliffs until the tide turns."),
        ],
    ),
    (
        "de",
        "12:30 Polizei: „Bitte meiden Sie die Innenstadt.“",
        [("Polizei", "direct", "Bitte meiden Sie die Innenstadt.")],
    ),
    (
        "uk",
        "16:05 ДСНС: «Не наближайтеся до уламків і викликайте рятувальників».",
        [("ДСНС", "direct", "Не наближайтеся до уламків і викликайте рятувальників")],
    ),
    ("ru", "Мэр: «Метро работает в обычном режиме».", [("Мэр", "direct", "Метро работает в обычном режиме")]),
    (  # a heading is no source, and a surname alone named nowhere before stays without a speaker, as before
        "en",
        '09:15 Update: "The bridge is open again to all traffic."',
        [("", "direct", "The bridge is open again to all traffic.")],
    ),
    (
        "ru",
        "Цены снова выросли.\nСРОЧНО: «Мы пересматриваем данные».",
        [("", "direct", "Мы пересматриваем данные")],
    ),
    (
        "en",
        'Jones: "We will appeal against this ruling."',
        [("", "direct", "We will appeal against this ruling.")],
    ),
    (  # en: a possessive role before "office" after a place's name: the office, not a person "Harris County"
        "en",
        "The Harris County sheriff's office said two deputies were injured in the crash.",
        [("Harris County sheriff's office", "indirect", "two deputies were injured in the crash")],
    ),
    (  # a person's own possessive stays a person's lawyer, as before
        "en",
        "John Miller's lawyer said the contract was void.",
        [("John Miller's lawyer", "indirect", "the contract was void")],
    ),
    (  # en: "Water company Severn Vale": a firm, the one "the company" names next
        "en",
        'Water company Severn Vale said on Monday that 3,000 homes had no supply. "We apologise to every '
        'customer," the company said.',
        [
            ("Severn Vale", "indirect", "3,000 homes had no supply"),
            ("Severn Vale", "direct", "We apologise to every customer"),
        ],
    ),
    (  # a trade noun before a given name is a person's job, as before
        "en",
        "Crane operator John Miller said the wind had been too strong.",
        [("John Miller", "indirect", "the wind had been too strong")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_205)
def test_rules_1_205(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


# The ids: the office and the firm are bodies; a person's job before a given name is no body
IDS_1_205: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "en",
        "The Cook County prosecutor's office said the charges would be filed on Friday.",
        [("Cook County prosecutor's office", "organisation")],
    ),
    (
        "en",
        'Rail operator Arriva Northern said 40 trains were cancelled. "We are sorry," the company said.',
        [("Arriva Northern", "organisation"), ("Arriva Northern", "organisation")],
    ),
    ("en", "Camera operator Anna Berg said the light had gone.", [("Anna Berg", "person")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), IDS_1_205)
def test_ids_1_205(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    recs = list(extract_records([{"id": "r1", "language": lang, "title": "", "text": text}]))
    assert [(r["speaker"], r["speaker_type"]) for r in recs] == expected
    assert len({r["speaker_id"] for r in recs}) == 1
