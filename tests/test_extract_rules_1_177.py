"""Rules of rules-1.177: speaker phrases found by probing each language with one sentence per shape (other
sentences than any gold file's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract import extract_records

RULES_1_177: list[tuple[str, str, list[Row]]] = [
    (  # en: a place or a portfolio after a role's "for"/"of" is no person
        "en",
        "The MP for Harwell North said the bridge would close.",
        [("The MP for Harwell North", "indirect", "the bridge would close")],
    ),
    (
        "en",
        "The governor of New Kent said taxes would rise.",
        [("The governor of New Kent", "indirect", "taxes would rise")],
    ),
    (  # en: a name before the role stays the speaker, as before
        "en",
        "Tom Raines, the MP for Harwell North, said the bridge would close.",
        [("Tom Raines", "indirect", "the bridge would close")],
    ),
    (  # ru: a body in the genitive before a name is part of the title ("Том" is in no list)
        "ru",
        "Депутат Госдумы Том Рейнс заявил, что закон примут осенью.",
        [("Том Рейнс", "indirect", "закон примут осенью")],
    ),
    (
        "uk",
        "Один з організаторів сказав, що фестиваль перенесуть.",
        [("Один з організаторів", "indirect", "фестиваль перенесуть")],
    ),
    (  # de: a surname, then a role in apposition
        "de",
        "Brandt, Sprecher der Stadtwerke, sagte, die Leitung sei repariert.",
        [("Brandt", "indirect", "die Leitung sei repariert")],
    ),
    (  # ru: a noun that looks like an adjective is the head ("Рабочий цеха")
        "ru",
        "Рабочий цеха, попросивший не называть его имени, рассказал, что зарплату задерживают.",
        [("Рабочий цеха, попросивший не называть его имени", "indirect", "зарплату задерживают")],
    ),
    (  # ru: a role, then a first name: the name, as before
        "ru",
        "— Вода поднялась за час, — рассказала местная жительница Ольга.",
        [("Ольга", "direct", "Вода поднялась за час")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_177)
def test_rules_1_177(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [  # Slavic adjectives before the head noun are no head ("Высокопоставленный … чиновник" is a role)
        ("ru", "Высокопоставленный американский чиновник сказал, что переговоры продолжатся.", "person"),
        ("uk", "Колишній працівник відділу продажів розповів, що зарплату затримували.", "person"),
        ("uk", "Генеральний штаб повідомив, що атаку відбито.", "organisation"),
    ],
)
def test_slavic_adjective_before_head(lang: str, text: str, kind: str) -> None:
    (rec,) = list(extract_records([{"id": "a", "text": text, "language": lang, "title": ""}]))
    assert rec["speaker_type"] == kind
