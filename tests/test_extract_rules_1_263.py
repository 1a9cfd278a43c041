"""The rules found with blind batch DJ (rules-1.263): sports and culture news. Other sentences than the batch's;
the guards keep what each rule must not do.

* ``lexicon_roles``: Ukrainian and Russian nationality nouns and "автор"/"авторка" are speaker nouns
  ("— додав нідерландець", "— сказал голландец", "— зізналася авторка"); the countries and adjectives are not.
* ``given_names``: Cyrillic forms of common Spanish, Portuguese, Italian, Dutch and Turkish first names
  ("Лукас", "Марино", "Ян"), and "Мартина", "Луиса", "Хуана" as women's names.
* ``personnames``/``mentions``: Cyrillic name particles ("Ян ван дер Берг", "Ханна фон дер Хайде").
* ``inflect``: a man's surname after a first name that does not decline ("Диего Фернандесу") is nominative.
* ``holders``/``resolve_phrases``: "the Dutchman" is not the person just introduced as another nation's.
* ``lexicon``: "клуб" is a body ("У клубі заявили, що …").
* ``lexicon_de_cues``: "dementierte, dass …" is a cue; ``listeners_de``: "Wie X übereinstimmend berichten".
"""

from __future__ import annotations

import pytest

from extract_rule_helpers import linked_statements as _statements
from ingest.extract.inflect import nominative_name
from ingest.extract.roles import is_cyr_role

ROLE_WORDS: list[tuple[str, bool]] = [
    ("нідерландець", True),
    ("голландец", True),
    ("бразилець", True),
    ("испанец", True),
    ("хорват", True),
    ("авторка", True),
    ("автор", True),
    # guards: countries, adjectives and look-alikes are no speakers
    ("хорватія", False),
    ("французький", False),
    ("сербия", False),
    ("шведский", False),
    ("авторитет", False),
    ("бразилия", False),
    ("туркмен", False),
]


@pytest.mark.parametrize(("word", "role"), ROLE_WORDS)
def test_cyrillic_nationality_nouns_1_263(word: str, role: bool) -> None:
    assert is_cyr_role(word) is role


SPEAKERS: list[tuple[str, str, str, str]] = [
    (
        "uk",
        "Нападник Петро Мельник забив двічі. «Я чекав цього голу місяць», – сказав бразилець.",
        "Я чекав цього голу місяць",
        "Петро Мельник",
    ),
    (
        "ru",
        "Полузащитник Педро Алвес провёл весь матч. «Мы заслужили победу», — сказал португалец.",
        "Мы заслужили победу",
        "Педро Алвес",
    ),
    (
        "uk",
        "Поетеса Ганна Кравчук прочитала вірші. «Я писала їх у потязі», – зізналася авторка.",
        "Я писала їх у потязі",
        "Ганна Кравчук",
    ),
    (
        "uk",
        "Тренер Мартен ван дер Лінде був задоволений. «Хлопці грали сміливо», – додав він.",
        "Хлопці грали сміливо",
        "Мартен ван дер Лінде",
    ),
    (
        "ru",
        "Приз зрительских симпатий достался Марио Бьянки. Актёр признался, что не ожидал награды.",
        "не ожидал награды",
        "Марио Бьянки",
    ),
    ("uk", "У клубі заявили, що воротар пропустить два тижні.", "воротар пропустить два тижні", "клубі"),
    (
        "de",
        "Der Konzern dementierte am Dienstag, dass ein Verkauf geplant sei.",
        "ein Verkauf geplant sei",
        "Konzern",
    ),
    (
        "de",
        "Wie mehrere Zeitungen übereinstimmend berichten, soll der Vertrag bis 2029 laufen.",
        "soll der Vertrag bis 2029 laufen",
        "mehrere Zeitungen",
    ),
]


@pytest.mark.parametrize(("lang", "text", "quote", "speaker"), SPEAKERS)
def test_speakers_1_263(lang: str, text: str, quote: str, speaker: str) -> None:
    assert (speaker, quote) in _statements(text, lang)


def test_demonym_not_other_nation_1_263() -> None:
    text = (
        "Coach Kees Bakker said his team had deserved the point. Norwegian midfielder Ola Haugen scored late. "
        '"We never stopped believing," the Dutchman told reporters.'
    )
    got = dict((q, s) for s, q in _statements(text, "en"))
    assert got.get("We never stopped believing") != "Ola Haugen"


NOMINATIVES: list[tuple[str, str, str]] = [
    ("Диего Фернандесу", "ru", "Диего Фернандес"),
    ("Марино Пушичу", "uk", "Марино Пушич"),
    ("Педро Алвесом", "ru", "Педро Алвес"),
    # guards: a nominative stays, women keep their names
    ("Диего Ландау", "ru", "Диего Ландау"),
    ("Мартина Седлакова", "ru", "Мартина Седлакова"),
    ("Петро Порошенко", "uk", "Петро Порошенко"),
]


@pytest.mark.parametrize(("name", "lang", "nom"), NOMINATIVES)
def test_surname_after_indeclinable_first_name_1_263(name: str, lang: str, nom: str) -> None:
    assert nominative_name(name, lang) == nom


NOT_STATEMENTS: list[tuple[str, str]] = [
    ("de", "Der Stürmer bestritt am Samstag sein erstes Länderspiel."),
    ("uk", "Він десять років грав у клубі «Карпати»."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_STATEMENTS)
def test_no_statement_1_263(lang: str, text: str) -> None:
    assert _statements(text, lang) == []
