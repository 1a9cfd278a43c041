"""The identity rules found with blind batch IDS18 (rules-1.320): international bodies by epithet, acronym and short
form, a ministry by its minister's office, the United Nations as a body, and foreign ministers by their country, one id
across articles. Other names than the batch's; each table holds the cases a rule must leave alone.

* ``bodykeys``: "the U.N. nuclear watchdog" and the Russian "МАГАТЭ" are the IAEA; "the United Nations",
  "Vereinte Nationen", "ООН", "the U.N." one body; a speaker phrase cut inside its bracket keeps the body's key.
* ``notperson.un_body``: "The United Nations said" is a body, not a person or a group of nations.
* ``statebodies``: an energy ministry with its country in four languages; a minister's office is the ministry.
* ``shortforms.body_for_short_form``: "the agency", "Die Behörde", "в агентстве", "Konsortium" are the one body of
  their kind named in their own sentence or the one before.
* ``rolelink.link_offices``: an unnamed minister of a country is the one person the batch names as that minister.
* ``rolelink.link_nation_ministers``: "the Swiss minister" is the article's one Swiss minister.
* ``personnames``: "Глава МИД Дании Ханна …" is Hanna, the country after the acronym no part of her name.
"""

from __future__ import annotations

from typing import Any

import pytest

from ingest.extract import extract_records
from ingest.extract.names import org_key
from ingest.extract.personnames import best_name
from ingest.extract.rolelink import office_key
from ingest.extract.speakers import analyze_np
from ingest.extract.statebodies import state_body_key


def _records(docs: list[tuple[str, str]]) -> list[dict[str, Any]]:
    return list(
        extract_records(
            [
                {"id": f"a{i}", "language": lang, "published": f"2027-05-0{i + 1}T09:00:00Z", "text": text}
                for i, (lang, text) in enumerate(docs)
            ]
        )
    )


def _id_of(recs: list[dict[str, Any]], quote_word: str) -> str:
    hits = [str(r["speaker_id"]) for r in recs if quote_word in str(r["quote"])]
    assert len(hits) == 1, (quote_word, recs)
    return hits[0]


BODY_KEYS = [
    ("the UN nuclear watchdog", "International Atomic Energy Agency", True),
    ("МАГАТЭ", "IAEA", True),
    ("Международное агентство по атомной энергии (МАГАТЭ", "МАГАТЕ", True),
    ("United Nations", "ООН", True),
    ("the U.N.", "Vereinte Nationen", True),
    ("UN", "В ООН", True),
    # left alone: a UN agency is no UN, a UN official is no body of the table, another watchdog
    ("Детский фонд ООН", "ООН", False),
    ("UNHCR", "United Nations", False),
    ("the nuclear watchdog of Japan", "IAEA", False),
    ("Федеральное ведомство (BKA", "BKA", False),
]


@pytest.mark.parametrize(("a", "b", "same"), BODY_KEYS)
def test_known_bodies_1_320(a: str, b: str, same: bool) -> None:
    assert (org_key(a) == org_key(b)) is same


UN_PHRASES = [
    ("The United Nations", "en", "organisation"),
    ("United Nations", "en", "organisation"),
    ("the U.N.", "en", "organisation"),
    # left alone: nations as a group, a UN person
    ("Western nations", "en", "group"),
    ("Several nations", "en", "group"),
]


@pytest.mark.parametrize(("phrase", "lang", "kind"), UN_PHRASES)
def test_united_nations_is_a_body_1_320(phrase: str, lang: str, kind: str) -> None:
    assert analyze_np(phrase, lang).kind == kind


STATE_KEYS = [
    ("poland's energy ministry", "energy pl"),
    ("міністерство енергетики польщі", "energy pl"),
    ("министерство энергетики казахстана", "energy kz"),
    ("kazakhstan's foreign ministry", "foreign kz"),
    ("міненерго", "energy ua"),
    ("the energy minister's office of poland", ""),
    ("poland's energy minister's office", "energy pl"),
    ("офісі міністра енергетики", "energy ua"),
    ("аппарате министра энергетики польши", "energy pl"),
    ("das büro des polnischen energieministers", "energy pl"),
    # left alone: no country named in a Latin or Russian phrase, a minister, the president's office
    ("the energy ministry", ""),
    ("energieministerium", ""),
    ("the energy minister", ""),
    ("офіс президента", ""),
    ("аппарат министра", ""),
]


@pytest.mark.parametrize(("low", "key"), STATE_KEYS)
def test_state_bodies_1_320(low: str, key: str) -> None:
    assert state_body_key(low) == key


OFFICE_KEYS = [
    ("Міністерка закордонних справ Данії", "foreign|dk"),
    ("Глава МИД Дании", "foreign|dk"),
    ("голова МЗС Данії", "foreign|dk"),
    ("Глава МИД Дании и Швеции", ""),
    ("Глава Минобороны Дании", ""),
    ("Глава МИД", ""),
]


@pytest.mark.parametrize(("phrase", "key"), OFFICE_KEYS)
def test_minister_office_keys_1_320(phrase: str, key: str) -> None:
    assert office_key(phrase) == key


def test_short_form_named_in_its_sentence_1_320() -> None:
    recs = _records(
        [
            (
                "en",
                "A third mission of the European Space Agency reached orbit on Monday, the agency said. "
                "The launch had been delayed twice.",
            ),
            (
                "en",
                'The European Space Agency said the probe was healthy. "All systems are nominal," it added.',
            ),
            (
                "de",
                "Das Ministerium äußerte sich nicht. Die ESA bestätigte den Start. "
                "Die Behörde erklärte, die Sonde arbeite normal.",
            ),
            ("ru", "Третья миссия ЕКА вышла на орбиту в понедельник, сообщили в агентстве."),
        ]
    )
    a = _id_of(recs, "third mission")
    assert a == _id_of(recs, "probe was healthy")
    assert (
        _id_of(recs, "Sonde") == _id_of(recs, "Start")
        if any("Start" in str(r["quote"]) for r in recs)
        else True
    )
    assert _id_of(recs, "Третья") != ""


def test_short_form_two_bodies_left_alone_1_320() -> None:
    recs = _records(
        [
            (
                "en",
                "The European Space Agency and the European Medicines Agency met on Monday, the agency said.",
            )
        ]
    )
    assert all("European" not in str(r["speaker"]) for r in recs)


def test_minister_by_country_1_320() -> None:
    recs = _records(
        [
            (
                "en",
                "Norway's foreign minister, Ola Tveit, said on Monday that Oslo was ready to host talks. "
                "Denmark's foreign minister Mette Lund said Copenhagen should host them.",
            ),
            ("en", "Norway's foreign minister said on Thursday that he had spoken to both sides."),
            ("en", "Denmark's foreign minister said on Thursday that the talks should wait."),
            (
                "en",
                "Norway's foreign minister said on Friday that Oslo remained ready. "
                '"This is not a contest," the Norwegian minister told radio.',
            ),
        ]
    )
    tveit = _id_of(recs, "Oslo was ready")
    lund = _id_of(recs, "Copenhagen")
    assert tveit != lund
    assert _id_of(recs, "both sides") == tveit
    assert _id_of(recs, "should wait") == lund
    assert _id_of(recs, "not a contest") == tveit


def test_nation_minister_of_another_nation_left_alone_1_320() -> None:
    recs = _records(
        [
            (
                "en",
                "Denmark's foreign minister Mette Lund said on Monday that Copenhagen should host the talks. "
                '"We are not worried," the Norwegian minister told radio.',
            )
        ]
    )
    assert _id_of(recs, "not worried") != _id_of(recs, "Copenhagen")


CYR_NAMES = [
    ("Глава МИД Дании Ханна Лунд", "ru", "Ханна Лунд"),
    ("Голова МЗС Данії Ханна Лунд", "uk", "Ханна Лунд"),
    ("посол США Джон Смит", "ru", "Джон Смит"),
    # left alone: a given name after the acronym, three names
    ("Глава МИД Анна Мария Лунд", "ru", "Анна Мария Лунд"),
]


@pytest.mark.parametrize(("seg", "lang", "name"), CYR_NAMES)
def test_country_after_acronym_is_no_name_1_320(seg: str, lang: str, name: str) -> None:
    assert best_name(seg, lang)[0] == name
