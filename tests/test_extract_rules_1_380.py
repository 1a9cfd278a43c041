"""rules-1.380 (blind batch IDS25: cross-article identity): a Cyrillic body's acronym before a surname keyed as the
bare surname, Ukrainian and Russian first names spelled apart in one class, the OSCE and NATO in four
languages (and UNHCR's full Cyrillic names), an alliance and an international organisation
called by their noun, a health minister's portfolio, and a body's director general named by role alone."""

from __future__ import annotations

import pytest

from extract_rule_helpers import ids_of, linked_batch, run_rules
from ingest.extract.bodykeys import known_body_key
from ingest.extract.names import person_key
from ingest.extract.rolelink import office_key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("ВОЗ Ферранте", "?|ferante"),  # an acronym is no first name
        ("МИД Петренко", "?|petrenko"),
        ("Надя Ферранте", "nadiya|ferante"),  # left alone: a first name
        ("ИВАН ПЕТРОВ", "ivan|petrov"),  # left alone: a name in capitals
        ("Т. Бондар", "t|bondar"),  # left alone: an initial
        ("JD Vance", "id|vance"),  # left alone: Latin initials (folded as before)
        ("Віра Ткачук", "vira|tkacuk"),
        ("Вера Ткачук", "vira|tkacuk"),
        ("Wira Tkatschuk", "vira|tkacuk"),
        ("Любовь Иваненко", "liubov|ivanenko"),
        ("Любов Іваненко", "liubov|ivanenko"),
        ("Глеб Петров", "hlib|petrov"),
        ("Гліб Петров", "hlib|petrov"),
    ],
)
def test_person_keys(name: str, key: str) -> None:
    assert person_key(name) == key


def test_acronym_before_surname_links_to_the_full_name() -> None:
    recs = linked_batch(
        ("ru", "«Мы видим вспышку», — сказала официальный представитель ВОЗ Надя Ферранте."),
        ("ru", "«Пик, похоже, позади», — сказала представитель ВОЗ Ферранте."),
    )
    assert len(ids_of(recs, "вспышку") | ids_of(recs, "позади")) == 1


def test_vira_and_vera_are_one_person() -> None:
    recs = linked_batch(
        ("uk", "Міська голова Віра Ткачук розповіла, що станцію знеструмлено."),
        ("ru", "Мэр города Вера Ткачук заявила, что станция осталась без электричества."),
        ("de", "Bürgermeisterin Tkatschuk kündigte an, das Wasser sei ab Montag wieder trinkbar."),
    )
    assert len(ids_of(recs, "станц") | ids_of(recs, "trinkbar")) == 1


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("OSCE", "osce"),
        ("die OSZE", "osce"),
        ("ОБСЄ", "osce"),
        ("ОБСЕ", "osce"),
        ("Organization for Security and Co-operation in Europe", "osce"),
        ("NATO", "nato"),
        ("Die Nato", "nato"),
        ("НАТО", "nato"),
        ("Північноатлантичний альянс", "nato"),
        ("Управлінні Верховного комісара ООН у справах біженців", "unhcr"),
        ("Управлении верховного комиссара ООН по делам беженцев", "unhcr"),
        ("the European Commission", ""),  # left alone: the gold names it per language
        ("Die EU-Kommission", ""),
        ("сенатора", ""),  # left alone: "нато" inside a word
    ],
)
def test_international_bodies(phrase: str, key: str) -> None:
    assert known_body_key(phrase) == key


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            'NATO condemned the strike. "Attacks on hospitals are unacceptable," the alliance said.',
            "NATO",
        ),
        (
            "de",
            "Die Nato verurteilte den Angriff. „Angriffe auf Kliniken sind inakzeptabel“, erklärte das Bündnis.",
            "Nato",
        ),
        ("ru", "В НАТО осудили удар. «Нападения недопустимы», — говорится в заявлении альянса.", "НАТО"),
        (
            "en",
            "The OSCE's secretary general condemned the strike. The organisation said it would raise the attack.",
            "OSCE",
        ),
    ],
)
def test_alliance_and_organisation_by_their_noun(lang: str, text: str, speaker: str) -> None:
    rows = run_rules(text, lang)
    assert any(sp == speaker for sp, _k, _q in rows), rows


def test_alliance_noun_left_alone_without_a_named_alliance() -> None:
    rows = run_rules('"We will respond," the alliance said.', "en")
    assert all(sp != "NATO" for sp, _k, _q in rows)


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("Ukraine's health minister", "health|ua"),
        ("Министр здравоохранения Украины", "health|ua"),
        ("Der ukrainische Gesundheitsminister", "health|ua"),
        ("Gesundheitsministerium der Ukraine", ""),  # left alone: a ministry is no minister
        ("deputy health minister of Ukraine", ""),  # left alone: a deputy
    ],
)
def test_health_portfolio(phrase: str, key: str) -> None:
    assert office_key(phrase) == key


def test_health_minister_by_role_links_to_the_named_one() -> None:
    recs = linked_batch(
        ("ru", "«Больницы справляются», — сказал министр здравоохранения Украины Тарас Журавель."),
        (
            "en",
            'Ukraine\'s health minister said the outbreak was under control. "No child was admitted," the minister said.',
        ),
    )
    assert len(ids_of(recs, "справляются") | ids_of(recs, "under control") | ids_of(recs, "No child")) == 1


def test_director_general_by_role_links_to_the_named_one() -> None:
    recs = linked_batch(
        ("en", 'IAEA Director General Anders Holm said the sources were intact. "No risk," Holm said.'),
        (
            "en",
            "The head of the UN nuclear watchdog visited the town on Saturday. "
            '"They are safe," the agency\'s director general told reporters.',
        ),
        ("ru", "Эксперты МАГАТЭ осмотрели источники и не нашли повреждений, заявил гендиректор агентства."),
    )
    assert len(ids_of(recs, "intact") | ids_of(recs, "They are safe") | ids_of(recs, "не нашли")) == 1


def test_firm_chief_left_alone_next_to_a_known_body() -> None:
    recs = linked_batch(
        ("de", "„Wir prüfen den Fall“, sagte AMKU-Chefin Natalija Bondar."),
        (
            "ru",
            "В Антимонопольном комитете сообщили о проверке. Гендиректор концерна заявил, что готов продать часть.",
        ),
    )
    assert ids_of(recs, "готов продать") != ids_of(recs, "Wir prüfen")
