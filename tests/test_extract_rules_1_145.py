"""The identity rules found with blind batch IDS2 (rules-1.145): the fleeting vowel of Cyrillic surnames in
-ець/-ец in the genitive, one loose surname for romanisations that swap h/g and c/s/z, German umlauts as their
spelled-out forms, a few first names in Cyrillic, "Kommandeur" as a general, "председатель" as a head, and the
SBU and the NBU by their abbreviations across languages. Every table has guards: different people and bodies
stay apart."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract import extract_records
from ingest.extract.given_names import gender_of_first
from ingest.extract.inflect import nominative_name, surname_nominative
from ingest.extract.link import loose_surname
from ingest.extract.mentions import scan_mentions
from ingest.extract.names import first_name_class, fold_word, org_key, person_key
from ingest.extract.roles import role_class

# (surname, case, gender, lang, nominative)
SURNAMES: list[tuple[str, str, str, str, str]] = [
    ("Горобця", "gen", "", "uk", "Горобець"),  # "за словами Горобця"
    ("Стрільця", "gen", "m", "uk", "Стрілець"),  # the soft sign goes with the vowel
    ("Ловца", "gen", "", "ru", "Ловец"),  # "по словам Ловца"
    ("Шульца", "gen", "", "ru", "Шульц"),  # guard: a -ц surname without a fleeting vowel
    ("Шульца", "gen", "", "uk", "Шульц"),  # guard: Ukrainian hard -ца
    ("Птиця", "gen", "f", "uk", "Птиця"),  # guard: a woman's name is left as it is
    ("Мельника", "gen", "", "uk", "Мельник"),  # guard: the rules before
]


@pytest.mark.parametrize(("word", "case", "gender", "lang", "expected"), SURNAMES)
def test_fleeting_vowel_1_145(word: str, case: str, gender: str, lang: str, expected: str) -> None:
    assert surname_nominative(word, case, gender, lang) == expected


def test_full_name_fleeting_vowel_1_145() -> None:
    assert nominative_name("Тараса Горобця", "uk") == "Тарас Горобець"


# (surname a, surname b, same loose form?)
LOOSE: list[tuple[str, str, bool]] = [
    ("Horobets", "Horobez", True),  # German z for ц
    ("Lozynsky", "Losynsky", True),  # German s for з
    ("Hollister", "Холлистер", True),  # Russian Х for an English H
    ("Horobets", "Horobel", False),  # guard
    ("Hollister", "Collister", False),  # guard: k is no h
]


@pytest.mark.parametrize(("a", "b", "same"), LOOSE)
def test_loose_surnames_1_145(a: str, b: str, same: bool) -> None:
    assert (loose_surname(fold_word(a)) == loose_surname(fold_word(b))) is same


# (name a, lang a, name b, lang b, same key?)
PERSON_KEYS: list[tuple[str, str, str, str, bool]] = [
    ("Greta Köppel", "de", "Greta Koeppel", "en", True),  # an umlaut spelled out
    ("Jörn Dänzer", "de", "Joern Daenzer", "en", True),
    ("Greta Köppel", "de", "Greta Kappel", "de", False),  # guard
]


@pytest.mark.parametrize(("a", "la", "b", "lb", "same"), PERSON_KEYS)
def test_person_keys_1_145(a: str, la: str, b: str, lb: str, same: bool) -> None:
    assert (person_key(a, la) == person_key(b, lb)) is same


def test_first_names_1_145() -> None:
    assert gender_of_first("сабіна") == "f"
    assert gender_of_first("билл") == "m"
    assert first_name_class("Сабина", "ru") == first_name_class("Sabine", "de")
    assert first_name_class("Sabine", "de") != first_name_class("Sabrina", "de")  # guard


# (records as (id, lang, text), groups of article ids that must share one id, pairs that must not)
LINKING: list[tuple[list[tuple[str, str, str]], list[set[str]], list[tuple[str, str]]]] = [
    (  # German z/s for Ukrainian ц/з: one person
        [
            ("a", "en", "Taras Horobets, the port director, said the grain terminal would reopen in June."),
            (
                "b",
                "de",
                "Der Hafendirektor Taras Horobez sagte, das Getreideterminal werde im Juni wieder öffnen.",
            ),
        ],
        [{"a", "b"}],
        [],
    ),
    (  # guard: another first name with that surname is another person
        [
            ("a", "en", "Taras Horobets, the port director, said the grain terminal would reopen in June."),
            ("b", "de", "Die Ärztin Halyna Horobez sagte, das Krankenhaus sei überlastet."),
        ],
        [],
        [("a", "b")],
    ),
    (  # a Russian bare surname with Х for the English H joins the one full name
        [
            ("a", "en", "Senator Mark Hollister said the aid bill would pass in June."),
            ("b", "ru", "Холлистер заявил, что законопроект о помощи примут в июне."),
        ],
        [{"a", "b"}],
        [],
    ),
    (  # an umlaut in German, its spelled-out form in English and the Cyrillic spelling: one person
        [
            ("a", "de", "Die Ministerin Greta Köppel sagte, der Fonds werde im Herbst starten."),
            ("b", "en", "Minister Greta Koeppel said the fund would start in the autumn."),
            ("c", "uk", "Міністерка Грета Кеппель заявила, що фонд запрацює восени."),
        ],
        [{"a", "b", "c"}],
        [],
    ),
]


@pytest.mark.parametrize(("records", "same", "apart"), LINKING)
def test_linking_1_145(
    records: list[tuple[str, str, str]], same: list[set[str]], apart: list[tuple[str, str]]
) -> None:
    out = list(extract_records({"id": i, "language": lang, "text": t} for i, lang, t in records))
    ids = {d["article_id"]: d["speaker_id"] for d in out}
    assert set(ids) == {i for i, _, _ in records}
    for group in same:
        assert len({ids[i] for i in group}) == 1
    for a, b in apart:
        assert ids[a] != ids[b]


# (phrase, class)
ROLE_CLASSES: list[tuple[str, str]] = [
    ("Председатель правления банка", "head"),
    ("der Kommandeur der Marine", "general"),
    ("die Befehlshaberin", "general"),
    ("сенатором", "senator"),  # an inflected Cyrillic role
    ("der Sprecher", "spokesperson"),  # guard
]


# (text, lang, name, the title the scan gives it)
TITLES: list[tuple[str, str, str, str]] = [
    (
        "Председатель Центрального банка Украины Ирина Волошина выступила в понедельник.",
        "ru",
        "Ирина Волошина",
        "Председатель Центрального банка Украины",
    ),
    (
        "Голова Верховного суду Тарас Мельник виступив у понеділок.",
        "uk",
        "Тарас Мельник",
        "Голова Верховного суду",
    ),
    (
        "Міський голова Кременчука Тарас Мельник виступив у понеділок.",
        "uk",
        "Тарас Мельник",
        "",
    ),  # guard: a city
    ("Сергей Петров Ирина Волошина выступили.", "ru", "Ирина Волошина", ""),  # guard: a name is no title
]


@pytest.mark.parametrize(("text", "lang", "name", "title"), TITLES)
def test_body_genitive_titles_1_145(text: str, lang: str, name: str, title: str) -> None:
    assert (name, title) in [(n, t) for _, n, t in scan_mentions(text, lang)]


@pytest.mark.parametrize(("phrase", "cls"), ROLE_CLASSES)
def test_role_classes_1_145(phrase: str, cls: str) -> None:
    assert role_class(phrase) == cls


ROLES: list[tuple[str, str, list[Row]]] = [
    (
        "de",
        "Der Kommandeur der Marine, Olaf Brenner, sagte am Montag, die Lage sei ruhig. „Wir sind bereit“, sagte der General.",
        [
            ("Olaf Brenner", "indirect", "die Lage sei ruhig"),
            ("Olaf Brenner", "direct", "Wir sind bereit"),
        ],
    ),
    (
        "ru",
        "Председатель Центрального банка Украины Ирина Волошина и министр Анна Бек договорились о кредитах. "
        "«Это страховка», — сказала глава ЦБУ.",
        [("Ирина Волошина", "direct", "Это страховка")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROLES)
def test_roles_resolved_1_145(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


# (body a, body b, same key?)
BODIES: list[tuple[str, str, bool]] = [
    ("the SBU", "Служба безопасности Украины", True),
    ("Security Service of Ukraine", "СБУ", True),
    ("National Bank of Ukraine", "НБУ", True),
    ("Національний банк України", "NBU", True),
    ("National Bank", "НБУ", False),  # guard: a national bank without its country
    ("Swiss National Bank", "National Bank of Ukraine", False),  # guard
]


@pytest.mark.parametrize(("a", "b", "same"), BODIES)
def test_bodies_across_languages_1_145(a: str, b: str, same: bool) -> None:
    assert (org_key(a) == org_key(b)) is same
