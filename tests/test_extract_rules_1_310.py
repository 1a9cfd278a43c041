"""The identity rules found with blind batch IDS17 (rules-1.310): people named by initials, patronymics, ranks and
parts of a double surname, and bodies named by their seat or their hall, get one id across articles. Other names
than the batch's; each table holds the cases a rule must leave alone.

* ``bodykeys``: the Kremlin by its seat in each language ("the Kremlin", "Kreml", "У Кремлі", "в Кремле").
* ``councils``: a city's hall is its council ("Lviv's city hall", "Rathaus von Lwiw", "мерії Львова", "мэрии
  Львова"), with a Cyrillic genitive place after the noun; a place of one consonant ("Odesa") is a place.
* ``idlinks.hyphen_parts``: a part of a double surname alone ("Levchenko" of "Marchuk-Levchenko").
* ``idlinks.link_patronymic_address``: "Тамара Николаевна" is the article's one Tamara.
* ``idlinks.link_rank_nouns``: "the general" is the article's one person the batch names as a general.
* ``nameruns.rank_then_name`` and ``appositions.name_after_place``: "сообщил начальник управления ФСБ
  генерал-майор И. В. Сомов" is Somov, not the unnamed role.
* ``initials.merge_initials``: a Cyrillic "Г." is a first name folded to "h" ("Геннадий").
"""

from __future__ import annotations

from typing import Any

import pytest

from extract_rule_helpers import linked_statements
from ingest.extract import extract_records
from ingest.extract.councils import council_key, place_skeleton
from ingest.extract.names import org_key


def _records(docs: list[tuple[str, str]]) -> list[dict[str, Any]]:
    return list(
        extract_records(
            [
                {
                    "id": f"a{i}",
                    "language": lang,
                    "published": f"2027-03-0{i + 1}T09:00:00Z",
                    "text": text,
                }
                for i, (lang, text) in enumerate(docs)
            ]
        )
    )


def _id_of(recs: list[dict[str, Any]], quote_word: str) -> str:
    hits = [str(r["speaker_id"]) for r in recs if quote_word in str(r["quote"])]
    assert len(hits) == 1, (quote_word, recs)
    return hits[0]


KREMLIN = [
    ("the Kremlin", True),
    ("Kremlin", True),
    ("Kreml", True),
    ("Кремль", True),
    ("У Кремлі", True),
    ("в Кремле", True),
    ("Kremlchef", False),  # a person, no seat
    ("в кремлевской администрации", False),
]


@pytest.mark.parametrize(("phrase", "same"), KREMLIN)
def test_kremlin_key_1_310(phrase: str, same: bool) -> None:
    assert (org_key(phrase) == org_key("Kremlin")) is same


CITY_HALLS = [
    ("lviv's city hall", "council city lv"),
    ("rathaus von lwiw", "council city lv"),
    ("мерії львова", "council city lv"),
    ("мэрии львова", "council city lv"),
    ("львівська міська рада", "council city lv"),
    ("odesa city council", "council city d"),
    ("мерії одеси", "council city d"),
    ("мерія", ""),  # the noun alone: its place from the text
    ("мэри смит", ""),  # a name, no hall
    ("мэр львова", ""),  # the mayor, no council
]


@pytest.mark.parametrize(("phrase", "key"), CITY_HALLS)
def test_city_hall_is_the_council_1_310(phrase: str, key: str) -> None:
    assert council_key(phrase) == key


@pytest.mark.parametrize(("word", "skel"), [("Odesa", "d"), ("Одеси", "d"), ("Одеська", "d"), ("Ода", "")])
def test_place_of_one_consonant_1_310(word: str, skel: str) -> None:
    assert place_skeleton(word) == skel


def test_hyphen_part_alone_1_310() -> None:
    recs = _records(
        [
            ("en", "Prof. Olena Marchuk-Levchenko said the contract was void."),
            ("en", '"Nobody can sign away a port," Levchenko told reporters.'),
        ]
    )
    assert _id_of(recs, "contract") == _id_of(recs, "port")


def test_hyphen_part_of_another_person_left_alone_1_310() -> None:
    recs = _records(
        [
            ("en", "Prof. Olena Marchuk-Levchenko said the contract was void."),
            ("en", "Taras Levchenko, a lawyer, said the ship would be sold."),
            ("en", '"Nobody can sign away a port," Levchenko told reporters.'),
        ]
    )
    assert _id_of(recs, "port") == _id_of(recs, "ship")
    assert _id_of(recs, "port") != _id_of(recs, "contract")


def test_patronymic_address_1_310() -> None:
    recs = _records(
        [
            (
                "ru",
                "Уполномоченная Т. Н. Ковалева заявила, что задержанные получают питание. "
                "«Никто из них не болен», — рассказала Тамара Николаевна журналистам.",
            )
        ]
    )
    assert _id_of(recs, "питание") == _id_of(recs, "болен")


def test_patronymic_address_of_two_left_alone_1_310() -> None:
    recs = _records(
        [
            (
                "ru",
                "Директор порта Павел Сергеевич Ершов заявил, что судно уйдет в среду. "
                "Замминистра Павел Сергеевич Лыков заявил, что штраф не уплачен. "
                "«Решение примет суд», — сказал Павел Сергеевич.",
            )
        ]
    )
    court = _id_of(recs, "Решение")
    assert court not in (_id_of(recs, "среду"), _id_of(recs, "штраф"))


def test_the_general_is_the_articles_general_1_310() -> None:
    recs = _records(
        [
            ("en", "Lt Gen. Oleh Marchenko said the border was calm."),
            (
                "en",
                'O. Marchenko said the drones came at night. "We will show the radar data," the general said.',
            ),
        ]
    )
    assert _id_of(recs, "radar") == _id_of(recs, "calm") == _id_of(recs, "drones")


def test_the_general_of_two_generals_left_alone_1_310() -> None:
    recs = _records(
        [
            (
                "en",
                "Lt Gen. Oleh Marchenko said the border was calm. Major General Ivan Sirko said it was not.",
            ),
            (
                "en",
                'Marchenko said the drones came at night. Sirko said they came at dawn. "We will show the data," '
                "the general said.",
            ),
        ]
    )
    assert _id_of(recs, "show") not in (_id_of(recs, "night"), _id_of(recs, "dawn"))


def test_prosecutor_general_is_no_general_1_310() -> None:
    recs = _records(
        [
            ("en", "Prosecutor General Oleh Marchenko said the case was open."),
            ("en", 'Marchenko said the files were sealed. "We will appeal," the general said.'),
        ]
    )
    assert _id_of(recs, "appeal") != _id_of(recs, "sealed")


RANK_NAMES = [
    (
        "Судно вошло в закрытый район, сообщил начальник управления ФСБ генерал-майор Игорь Сомов.",
        "Игорь Сомов",
    ),
    (
        "Судно вошло в закрытый район, сообщил начальник управления ФСБ по Крыму генерал-майор И. В. Сомов.",
        "И. В. Сомов",
    ),
    ("Судно вошло в закрытый район, сообщил начальник управления по области И. В. Сомов.", "И. В. Сомов"),
    ("Судно вошло в закрытый район, сообщили в ФСБ.", "ФСБ"),  # (a body, unchanged)
]


@pytest.mark.parametrize(("text", "speaker"), RANK_NAMES)
def test_rank_before_name_after_acronym_1_310(text: str, speaker: str) -> None:
    got = linked_statements(text, "ru")
    assert got and speaker in got[0][0]


def test_cyrillic_g_initial_1_310() -> None:
    recs = _records(
        [
            ("ru", "Генерал Геннадий Сомов заявил, что судно задержано."),
            ("ru", "«Все законно», — подчеркнул Г. А. Сомов."),
        ]
    )
    assert _id_of(recs, "задержано") == _id_of(recs, "законно")


def test_cyrillic_g_initial_of_two_left_alone_1_310() -> None:
    recs = _records(
        [
            ("ru", "Генерал Геннадий Сомов заявил, что судно задержано."),
            ("ru", "Адвокат Григорий Сомов заявил, что экипаж отпустят."),
            ("ru", "«Все законно», — подчеркнул Г. А. Сомов."),
        ]
    )
    assert _id_of(recs, "законно") not in (_id_of(recs, "задержано"), _id_of(recs, "отпустят"))


def test_patronymic_address_other_initial_left_alone_1_310() -> None:
    recs = _records(
        [
            (
                "ru",
                "Уполномоченная Т. В. Ковалева заявила, что задержанные получают питание. "
                "«Никто из них не болен», — рассказала Тамара Николаевна журналистам.",
            )
        ]
    )
    assert _id_of(recs, "питание") != _id_of(recs, "болен")
