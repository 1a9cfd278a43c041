"""The identity rules found with blind batch IDS20 (rules-1.337): one id for a person or body across articles and
languages. Other names and stories than the batch's; each table holds the cases a rule must leave alone.

* ``officeopen``: a minister named by office alone at a sentence's opening ("Poland's defence minister arrived …")
  is who the bare noun ("the minister", "der Minister", "міністр") or a pronoun with nobody named before takes up
  after; the office then links to the batch's named holder (``rolelink.link_offices``).
* ``rolelink.office_key``: "Глава МЗС" with no country is Kyiv's; "Sprecherin des … Außenministeriums" is no
  minister.
* ``npheads.org_word_at_end``: "Kremlin spokesman Peskov" is a person, not a body.
* ``names.org_key``: a German preposition before a body ("Im Kreml"); ``statebodies``: a country's "Foreign Office"
  is its foreign ministry, a bare Ukrainian border guard is Kyiv's.
* ``lexicon_slavic``: "повторил(и), что", "повторили, що" are cues.
* ``roles.role_class``: "речник глави держави" is a spokesperson, not the head of state.
"""

from __future__ import annotations

from typing import Any

import pytest

from extract_rule_helpers import run_rules
from ingest.extract import extract_records
from ingest.extract.names import org_key
from ingest.extract.rolelink import office_key
from ingest.extract.roles import role_class
from ingest.extract.speakers import analyze_np


def _records(docs: list[tuple[str, str]]) -> list[dict[str, Any]]:
    return list(
        extract_records(
            [
                {"id": f"a{i}", "language": lang, "published": f"2027-04-0{i + 1}T09:00:00Z", "text": text}
                for i, (lang, text) in enumerate(docs)
            ]
        )
    )


def _by_quote(recs: list[dict[str, Any]], word: str) -> dict[str, Any]:
    hits = [r for r in recs if word in str(r["quote"])]
    assert len(hits) == 1, (word, recs)
    return hits[0]


NAMED = ("en", "Polish Defence Minister Marek Wrona said the brigade would stay in Lublin until May.")
OPENINGS = [
    (
        "en",
        "Poland's defence minister arrived in Vilnius on Tuesday. "
        '"Our soldiers will train here every winter," the minister told reporters.',
        "soldiers",
        True,
    ),
    (
        "de",
        "Der polnische Verteidigungsminister ist am Dienstag nach Vilnius gereist. "
        '"Unsere Soldaten werden hier jeden Winter üben", sagte der Minister.',
        "Soldaten",
        True,
    ),
    (
        "ru",
        "Министр обороны Польши во вторник прибыл в Вильнюс. «Наши солдаты будут тренироваться здесь каждую зиму», "
        "— заявил он журналистам.",
        "солдаты",
        True,
    ),
    # left alone: a name after the office (that person, named), another nation's minister
    (
        "en",
        "Lithuania's defence minister arrived in Warsaw on Tuesday. "
        '"Our soldiers will train here every winter," the minister told reporters.',
        "soldiers",
        False,
    ),
]


@pytest.mark.parametrize(("lang", "text", "word", "same"), OPENINGS)
def test_office_opening_is_the_named_minister_1_337(lang: str, text: str, word: str, same: bool) -> None:
    recs = _records([NAMED, (lang, text)])
    named = _by_quote(recs, "brigade")["speaker_id"]
    rec = _by_quote(recs, word)
    assert (rec["speaker_id"] == named) is same, recs
    assert rec["speaker"] not in ("", "the minister", "der Minister", "он")


def test_office_opening_followed_by_a_name_is_that_person_1_337() -> None:
    rows = run_rules(
        "Poland's defence minister Marek Wrona arrived in Vilnius. "
        '"Our soldiers will train here every winter," the minister told reporters.',
        "en",
    )
    assert rows and rows[0][0] == "Marek Wrona", rows


OFFICE_KEYS = [
    ("Глава МЗС", "foreign|ua"),
    ("Глава МЗС Молдови", "foreign|md"),
    ("Глава МИД Украины", "foreign|ua"),
    # left alone: a Russian bare "МИД" (no country), a spokeswoman of a German ministry
    ("Глава МИД", ""),
    ("Sprecherin des ukrainischen Außenministeriums", ""),
    ("der ukrainische Außenminister", "foreign|ua"),
]


@pytest.mark.parametrize(("phrase", "key"), OFFICE_KEYS)
def test_office_keys_1_337(phrase: str, key: str) -> None:
    assert office_key(phrase) == key


SPOKESMAN_SURNAME = [
    ("Kremlin spokesman Peskov", "en", "person", "Peskov"),
    ("government spokesman Kowalczyk", "en", "person", "Kowalczyk"),
    ("Kremlsprecher Peskow", "de", "person", "Peskow"),
    # left alone: a body's word at the end, an acronym after the role noun
    ("a spokesman for the Kremlin", "en", "role", ""),
    ("Ministry spokesman NATO", "en", "organisation", ""),
]


@pytest.mark.parametrize(("phrase", "lang", "kind", "name"), SPOKESMAN_SURNAME)
def test_spokesman_and_surname_is_a_person_1_337(phrase: str, lang: str, kind: str, name: str) -> None:
    sp = analyze_np(phrase, lang)
    assert (sp.kind, sp.name) == (kind, name)


ORG_KEYS = [
    ("Im Kreml", "the Kremlin", True),
    ("Aus dem Verteidigungsministerium", "Verteidigungsministerium", True),
    ("Germany's Foreign Office", "das Auswärtige Amt", True),
    ("the German Foreign Office", "МЗС Німеччини", True),
    ("Державна прикордонна служба", "Ukraine's State Border Guard Service", True),
    ("Госпогранслужба Украины", "ДПСУ", True),
    # left alone: London's Foreign Office, another country's border guard, a bare Russian border service
    ("the Foreign Office", "das Auswärtige Amt", False),
    ("Прикордонна служба Польщі", "ДПСУ", False),
    ("Пограничная служба", "ДПСУ", False),
    ("a firm", "Firm", True),
]


@pytest.mark.parametrize(("a", "b", "same"), ORG_KEYS)
def test_body_keys_1_337(a: str, b: str, same: bool) -> None:
    assert (org_key(a) == org_key(b)) is same, (org_key(a), org_key(b))


REPEATED = [
    ("В Минздраве повторили, что вакцина безопасна.", "ru", "вакцина безопасна"),
    ("Міністр повторив, що мобілізацію не розширюватимуть.", "uk", "мобілізацію не розширюватимуть"),
    # left alone: a thing repeated, no claim
    ("Команда повторила рекорд прошлого сезона.", "ru", ""),
]


@pytest.mark.parametrize(("text", "lang", "quote"), REPEATED)
def test_repeated_claim_is_a_cue_1_337(text: str, lang: str, quote: str) -> None:
    rows = run_rules(text, lang)
    assert [r[2] for r in rows] == ([quote] if quote else []), rows


ROLE_CLASSES = [
    ("речник глави держави", "spokesperson"),
    ("пресс-секретарь главы государства", "spokesperson"),
    ("spokesman for the head of state", "spokesperson"),
    # left alone: the head of state himself, and other heads
    ("глава держави", "president"),
    ("Staatschef", "president"),
    ("міський голова", "mayor"),
    ("Prime Minister", "premier"),
]


@pytest.mark.parametrize(("phrase", "cls"), ROLE_CLASSES)
def test_spokesperson_of_head_of_state_1_337(phrase: str, cls: str) -> None:
    assert role_class(phrase) == cls


def test_press_secretary_of_head_of_state_not_a_later_spokesman_1_337() -> None:
    text = (
        "Президент провів розмову з прем'єром Польщі. Про це повідомив речник глави держави Сергій Гайдай. «Рішення ухвалять до кінця тижня», — додав речник.\n"
        "Речник уряду Олег Мартинюк сказав, що уряд чекає на рішення."
    )
    rows = run_rules(text, "uk")
    assert ("Сергій Гайдай", "direct", "Рішення ухвалять до кінця тижня") in rows, rows
