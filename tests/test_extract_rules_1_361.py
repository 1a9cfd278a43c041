"""rules-1.361 (blind batch IDS23: cross-article identity): a Cyrillic surname before its initials ("заявил Марчук
А. В."), a Ukrainian official surname in capitals before the first name ("полковник поліції САВЧУК Віктор"),
Ukraine's food safety service in four languages, a Russian regional council as a speaker's place ("сообщили в
облсовете") and the German spelling "Olexander"."""

from __future__ import annotations

import pytest

from extract_rule_helpers import ids_of, linked_batch, run_rules
from ingest.extract.bodykeys import known_body_key
from ingest.extract.given_names import is_first_name
from ingest.extract.inflect import surname_first
from ingest.extract.npclean import clean_np


@pytest.mark.parametrize(
    ("parts", "name"),
    [
        (["Марчук", "А.", "В"], "А. В. Марчук"),
        (["Савчук", "В.", "Н."], "В. Н. Савчук"),
        (["Гнатюк", "О"], "О. Гнатюк"),
        (["Ольга", "С"], ""),  # a first name and the surname's initial: left alone
        (["Марчук", "Олександр"], ""),  # no initials
    ],
)
def test_surname_before_initials(parts: list[str], name: str) -> None:
    assert surname_first(parts) == name


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "Число детей выросло до 52, заявил Марчук А. В. «Большинство вернется домой», — добавил врач.",
            "А. В. Марчук",
            "Большинство вернется домой",
        ),
        (
            "«Он подозревается в халатности», — заявил Савчук В. Н.",
            "В. Н. Савчук",
            "Он подозревается в халатности",
        ),
    ],
)
def test_initials_after_surname_end_the_name(text: str, speaker: str, quote: str) -> None:
    rows = run_rules(text, "ru")
    assert (speaker, quote) in {(s, q) for s, _k, q in rows}


def test_initials_that_open_a_name_still_break_the_run() -> None:
    rows = run_rules("Адвокат Латышева Г. В. Орлик заявил, что суд ошибся.", "ru")
    assert [s for s, _k, _q in rows] == ["Г. В. Орлик"]


def test_surname_with_initials_joins_the_full_name() -> None:
    recs = linked_batch(
        ("ru", "«Девять детей в реанимации», — сказал профессор Александр Васильевич Марчук."),
        (
            "ru",
            "Число детей выросло до 52, заявил Марчук А. В. «Большинство вернется домой», — добавил врач.",
        ),
        ("ru", "«Он подозревается», — заявил Олег Марчук."),
    )
    assert ids_of(recs, "Девять детей") == ids_of(recs, "Большинство вернется")
    assert ids_of(recs, "Он подозревается") != ids_of(recs, "Девять детей")


@pytest.mark.parametrize(
    ("phrase", "cleaned"),
    [
        ("полковник поліції САВЧУК Віктор", "полковник поліції Віктор Савчук"),
        ("полковник САВЧУК Віктор Миколайович", "полковник Віктор Миколайович Савчук"),
        ("спецпосланець США Роберт", "спецпосланець США Роберт"),  # an acronym: left alone
        ("представник НАТО Марко", "представник НАТО Марко"),
        ("голова МАГАТЕ", "голова МАГАТЕ"),  # no first name after it
    ],
)
def test_caps_surname_before_first_name(phrase: str, cleaned: str) -> None:
    assert clean_np(phrase) == cleaned


def test_caps_surname_joins_the_name() -> None:
    recs = linked_batch(
        ("uk", "«Його підозрюють у недбалості», — сказав полковник поліції САВЧУК Віктор."),
        ("uk", "«Нас ніхто не слухав», — сказав Віктор Савчук."),
    )
    assert ids_of(recs, "Його підозрюють") == ids_of(recs, "Нас ніхто")


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("Ukraine's State Food Safety Service", "ukraine food safety service"),
        ("State Service for Food Safety", "ukraine food safety service"),
        ("State Service of Ukraine on Food Safety and Consumer Protection", "ukraine food safety service"),
        ("staatliche Dienst für Lebensmittelsicherheit der Ukraine", "ukraine food safety service"),
        ("Держпродспоживслужбі", "ukraine food safety service"),
        ("Госпродпотребслужбе", "ukraine food safety service"),
        ("Dienst", ""),  # the bare noun: left alone
        ("Food Standards Agency", ""),
    ],
)
def test_food_safety_service_key(phrase: str, key: str) -> None:
    assert known_body_key(phrase) == key


def test_food_safety_service_one_id_across_languages() -> None:
    recs = linked_batch(
        ("en", "The State Food Safety Service said the chicken was stored at the wrong temperature."),
        ("uk", "Проби вказують на сальмонельоз, повідомили в Держпродспоживслужбі."),
        ("ru", "В Госпродпотребслужбе сообщили, что проверят все лагеря области."),
    )
    ids = ids_of(recs, "chicken") | ids_of(recs, "сальмонельоз") | ids_of(recs, "лагеря")
    assert len(ids) == 1


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Совет приостановил лицензию лагеря до окончания расследования, сообщили в облсовете.", "облсовете"),
        ("Лицензия приостановлена, сообщили в горсовете.", "горсовете"),
    ],
)
def test_regional_council_as_a_speakers_place(text: str, speaker: str) -> None:
    assert [s for s, _k, _q in run_rules(text, "ru")] == [speaker]


@pytest.mark.parametrize(("name", "known"), [("Olexander", True), ("Daryna", True), ("Olexa", False)])
def test_german_and_ukrainian_first_names(name: str, known: bool) -> None:
    assert is_first_name(name) is known


def test_german_name_with_apposition() -> None:
    rows = run_rules(
        "„Neun Kinder liegen auf der Intensivstation“, sagte Prof. Dr. Olexander Martschuk, Chef-Toxikologe des "
        "Gebietskrankenhauses.",
        "de",
    )
    assert [s for s, _k, _q in rows] == ["Olexander Martschuk"]
