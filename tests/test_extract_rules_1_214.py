"""Rules of rules-1.214, found with holdout batch CV (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract import extract_records

RULES_1_214: list[tuple[str, str, list[Row]]] = [
    (  # a word in capitals, a hyphen and one letter end a sentence: a system's name, no double given name
        "uk",
        "До весни армія отримає ще шість станцій NORA-S. Про це повідомив речник Повітряних сил Петро Савчук.",
        [("Петро Савчук", "indirect", "До весни армія отримає ще шість станцій NORA-S")],
    ),
    (
        "ru",
        "Полк получил новые станции ВЕРА-Н. Об этом сообщил командир полка Сергей Лапин.",
        [("Сергей Лапин", "indirect", "Полк получил новые станции ВЕРА-Н")],
    ),
    (  # en: "X, one of …'s largest <trade>s of …": the firm, which "the company" names again
        "en",
        "Brightmoor, one of Britain's biggest suppliers of school meals, said prices would rise in January. "
        '"We held them for two years," the company said.',
        [
            ("Brightmoor", "indirect", "prices would rise in January"),
            ("Brightmoor", "direct", "We held them for two years"),
        ],
    ),
    (  # a given name first: a person, as before
        "en",
        "Maria Santos, one of Portugal's best-known makers of guitars, said the wood was getting scarce.",
        [("Maria Santos", "indirect", "the wood was getting scarce")],
    ),
    (  # de: a firm after its trade's compound, no person; "das Unternehmen" after it is that firm
        "de",
        "Die Preise stiegen im Januar, teilte der Energieversorger Nordstrom mit.",
        [("Nordstrom", "indirect", "Die Preise stiegen im Januar")],
    ),
    (
        "de",
        "Der Autozulieferer Brenntal will 300 Stellen abbauen. Die Auftragslage sei schlecht, teilte das "
        "Unternehmen mit.",
        [("Brenntal", "indirect", "Die Auftragslage sei schlecht")],
    ),
    (  # a given name after the trade noun: a person, as before
        "de",
        "Die Preise stiegen im Januar, sagte der Energieversorger-Chef Karl Weber.",
        [("Karl Weber", "indirect", "Die Preise stiegen im Januar")],
    ),
    (  # two firms named before: "das Unternehmen" is not linked to either, as before
        "de",
        "Der Autozulieferer Brenntal und der Reifenhersteller Kordia wollen fusionieren. Die Gespräche seien weit "
        "gediehen, teilte das Unternehmen mit.",
        [("Unternehmen", "indirect", "Die Gespräche seien weit gediehen")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_214)
def test_rules_1_214(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


# The ids: the firm named by its trade has one organisation id, in English and German alike
IDS_1_214: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "en",
        "Halvorsen-Bau, one of Norway's largest builders of ferries, said it had won an order.",
        [("Halvorsen-Bau", "organisation")],
    ),
    (
        "de",
        "Der Landmaschinenhersteller Halvorsen-Bau streicht 500 Stellen. Die Nachfrage sei eingebrochen, teilte "
        "das Unternehmen mit. Nach Angaben des Konzerns sinkt der Umsatz um ein Viertel.",
        [("Halvorsen-Bau", "organisation"), ("Halvorsen-Bau", "organisation")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), IDS_1_214)
def test_ids_1_214(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    recs = list(extract_records([{"id": "r1", "language": lang, "title": "", "text": text}]))
    assert [(r["speaker"], r["speaker_type"]) for r in recs] == expected
    assert len({r["speaker_id"] for r in recs}) == 1
