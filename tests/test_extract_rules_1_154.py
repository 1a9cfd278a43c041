"""The identity rule found with blind batch IDS4 (rules-1.154): a member of a legislature ("a member of
parliament's energy committee", "Mitglied des Bundestages", "член Верховної Ради") is a lawmaker, so "the
lawmaker said" later in the article is that person. Guards: a member of a board or a committee is no lawmaker,
and of two people in one article the role goes to the member of parliament only."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules as _run
from ingest.extract.roles import role_class

# (phrase, role class)
ROLE_CLASSES_1_154: list[tuple[str, str]] = [
    ("a member of parliament's finance committee", "lawmaker"),
    ("member of parliament", "lawmaker"),
    ("a member of the European Parliament", "lawmaker"),
    ("Mitglied des Bundestages", "lawmaker"),
    ("член парламенту", "lawmaker"),
    ("член Верховної Ради", "lawmaker"),
    ("a member of the board", ""),  # guard: not a legislature
    ("a member of the committee", ""),  # guard
    ("Mitglied des Vorstands", ""),  # guard
    ("член правління", ""),  # guard
]


@pytest.mark.parametrize(("phrase", "cls"), ROLE_CLASSES_1_154)
def test_member_of_parliament_1_154(phrase: str, cls: str) -> None:
    assert role_class(phrase) == cls


MEMBER_THEN_ROLE: list[tuple[str, list[str]]] = [
    (
        "Petro Zaiets, a member of parliament's transport committee, said road tolls should rise. "
        '"Trucks ruin the roads and pay nothing," the lawmaker said.',
        ["Petro Zaiets", "Petro Zaiets"],
    ),
    (  # guard: the board member is not the lawmaker
        "Marta Hlib, a member of the board of the port, said the berths were full. Vasyl Sydor, a member of "
        'parliament, said the port needed money. "We will find it," the lawmaker said.',
        ["Marta Hlib", "Vasyl Sydor", "Vasyl Sydor"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), MEMBER_THEN_ROLE)
def test_lawmaker_resolved_1_154(text: str, speakers: list[str]) -> None:
    assert [s for s, _, _ in _run(text, "en")] == speakers
