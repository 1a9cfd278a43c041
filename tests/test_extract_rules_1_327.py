"""The identity rules found with blind batch IDS19 (rules-1.327): one id for a person or body across articles and
languages. Other names than the batch's; each table holds the cases a rule must leave alone.

* ``link.spelling_variants``: a Russian "ё" written "е" ("Ковалев", "Kovalev") and as "ьо", "jo", "yo"
  ("Ковальов", "Kowaljow", "Kovalyov") are one surname; the first names must agree.
* ``lexicon.TITLE_WORDS``: "Hauptmann" before a name is a rank, no first name; "Gerhart Hauptmann" stays a person.
* ``heldroles.senior_named``: "За словами Ковальова-старшого" is the one person of that surname named in full
  before; with the father named with his mark, or two of the surname, it is left alone.
* ``lexicon_countries.cyr_place_before_surname`` / ``place_or_acronym`` (``speakers``, ``mentions``,
  ``fullnames``): "Губернатор Харківщини Гордієнко", "Глава ГУР Журавель" are the surname, not a person
  "Харківщини Гордієнко" or "ГУР Журавель".
* ``bodykeys``: Ukraine's military intelligence (HUR) and Russia's Investigative Committee, one key each in four
  languages.
"""

from __future__ import annotations

from typing import Any

import pytest

from ingest.extract import extract_records
from ingest.extract.bodykeys import known_body_key
from ingest.extract.lexicon_countries import cyr_place_before_surname, place_or_acronym
from ingest.extract.link import merge_variants
from ingest.extract.names import person_key
from ingest.extract.speakers import analyze_np


def _records(docs: list[tuple[str, str]]) -> list[dict[str, Any]]:
    return list(
        extract_records(
            [
                {"id": f"a{i}", "language": lang, "published": f"2027-06-0{i + 1}T09:00:00Z", "text": text}
                for i, (lang, text) in enumerate(docs)
            ]
        )
    )


def _id_of(recs: list[dict[str, Any]], quote_word: str) -> str:
    hits = [str(r["speaker_id"]) for r in recs if quote_word in str(r["quote"])]
    assert len(hits) == 1, (quote_word, recs)
    return hits[0]


YO_NAMES = [
    (("Pyotr Seleznyov", "en"), ("Петр Селезнев", "ru"), True),
    (("Pjotr Seleznjow", "de"), ("Petr Seleznev", "en"), True),
    (("Петро Селезньов", "uk"), ("Пётр Селезнёв", "ru"), True),
    # left alone: other first names, a surname without the ending, a vowel before it
    (("Pyotr Seleznyov", "en"), ("Pavel Seleznev", "en"), False),
    (("Ivan Koval", "en"), ("Ivan Kovalev", "en"), False),
    (("Anna Bueev", "en"), ("Anna Buov", "en"), False),
]


@pytest.mark.parametrize(("a", "b", "same"), YO_NAMES)
def test_yo_surnames_are_one_1_327(a: tuple[str, str], b: tuple[str, str], same: bool) -> None:
    k1, k2 = person_key(*a), person_key(*b)
    canon = merge_variants([k1, k2])
    assert (canon[k2] == canon[k1]) is same, (k1, k2, canon)


RANKS = [
    ("Hauptmann Artur Lemke", "person", "Artur Lemke"),
    ("Hauptmann Lemke", "person", "Lemke"),
    ("Generalleutnant Artur Lemke", "person", "Artur Lemke"),
    # left alone: the surname Hauptmann
    ("Gerhart Hauptmann", "person", "Gerhart Hauptmann"),
]


@pytest.mark.parametrize(("phrase", "kind", "name"), RANKS)
def test_hauptmann_is_a_rank_1_327(phrase: str, kind: str, name: str) -> None:
    sp = analyze_np(phrase, "de")
    assert (sp.kind, sp.name) == (kind, name)


SENIORS = [
    (
        "uk",
        "«Це не моя справа», — сказав Петро Мельничук. За словами Мельничука-старшого, син поїхав у травні.",
        "син поїхав",
        "Петро Мельничук",
    ),
    (
        "ru",
        "«Это не мое дело», — сказал Петр Лосев. По словам Лосева-старшего, сын уехал в мае.",
        "сын уехал",
        "Петр Лосев",
    ),
]


@pytest.mark.parametrize(("lang", "text", "quote_word", "speaker"), SENIORS)
def test_senior_surname_is_the_father_named_before_1_327(
    lang: str, text: str, quote_word: str, speaker: str
) -> None:
    recs = _records([(lang, text)])
    hits = [r for r in recs if quote_word in str(r["quote"])]
    assert [r["speaker"] for r in hits] == [speaker]
    assert len({r["speaker_id"] for r in recs}) == 1


def test_senior_surname_left_alone_1_327() -> None:
    # the father named with his mark: "Людвиг Лосев-старший" stays apart from the son "Людвиг Лосев"
    text = (
        "«Мы закроем завод», — сказал Людвиг Лосев. Против выступил его отец, Людвиг Лосев-старший. "
        "«Завод останется», — сказал Лосев-старший."
    )
    recs = _records([("ru", text)])
    assert _id_of(recs, "закроем") != _id_of(recs, "останется")
    # two of the surname named before: no guess
    text2 = (
        "«Мы закроем завод», — сказал Людвиг Лосев. «Нет», — ответил Петр Лосев. "
        "По словам Лосева-старшего, завод останется."
    )
    recs2 = _records([("ru", text2)])
    ids = {_id_of(recs2, "закроем"), _id_of(recs2, "Нет")}
    assert _id_of(recs2, "завод останется") not in ids


PLACE_BEFORE = [
    ("Губернатор Харківщини Гордійчук", True),
    ("Глава ГУР Журавський", True),
    ("Мэр Одессы Труханов", False),  # a city's genitive in "-ы" is no place of the list: left as before
    # left alone: a second place or acronym, a role and its place only
    ("Голова ОВА Харківщини", False),
    ("посол Німеччини", False),
    ("Глава МИД Индии", False),
]


@pytest.mark.parametrize(("phrase", "surname"), PLACE_BEFORE)
def test_place_before_surname_1_327(phrase: str, surname: bool) -> None:
    assert cyr_place_before_surname(phrase) is surname


@pytest.mark.parametrize(
    ("word", "place"),
    [
        ("Харківщини", True),
        ("ГУР", True),
        ("Індії", True),
        ("Анастасії", False),
        ("Марії", False),
        ("NATO", False),
    ],
)
def test_place_or_acronym_1_327(word: str, place: bool) -> None:
    assert place_or_acronym(word) is place


def test_role_place_surname_is_the_person_of_the_batch_1_327() -> None:
    recs = _records(
        [
            (
                "en",
                'Odesa governor Maksym Lytvynchuk said the port was open. "We are working," Lytvynchuk said.',
            ),
            ("uk", "Губернатор Одещини Литвинчук сказав, що порт працює."),
            ("ru", "Глава ОВА Литвинчук заявил, что порт работает."),
        ]
    )
    assert _id_of(recs, "port was open") == _id_of(recs, "порт працює") == _id_of(recs, "порт работает")
    assert all("Одещини" not in str(r["speaker"]) and r["speaker"] != "ОВА Литвинчук" for r in recs)


BODY_KEYS = [
    ("Ukraine's military intelligence agency (HUR)", "Головне управління розвідки (ГУР", True),
    ("Militärgeheimdienst HUR", "Украинская военная разведка", True),
    ("Defence Intelligence of Ukraine (HUR)", "ГУР", True),
    ("Russia's Investigative Committee", "Следственный комитет", True),
    ("Ermittlungskomitee", "Слідчий комітет РФ", True),
    # left alone: Russia's military intelligence, Belarus's investigative committee, another committee
    ("Russian military intelligence", "HUR", False),
    ("Следственный комитет Беларуси", "Следственный комитет", False),
    ("the investigative committee of the House", "Investigative Committee of Russia", False),
]


@pytest.mark.parametrize(("a", "b", "same"), BODY_KEYS)
def test_intelligence_and_committee_keys_1_327(a: str, b: str, same: bool) -> None:
    ka, kb = known_body_key(a), known_body_key(b)
    assert (bool(ka) and ka == kb) is same, (ka, kb)
