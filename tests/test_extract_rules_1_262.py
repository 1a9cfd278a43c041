"""The rules found with blind batch DI (rules-1.262): bodies speaking through press services, police,
courts, railways and utilities. Other sentences than the batch's; the guards keep what the rules must not do.

* ``roles.is_org_word``: a court in the locative in lower case is a body ("В суде пояснили, что …").
* ``listeners_slavic.court_place_start``: a court in the locative after a subject is where the subject spoke
  ("Сам он в суде заявил, что …"), not the speaker.
* ``listeners_slavic.is_ru_rep_of_acronym``: "представителя МЖД" is the body's, as "представителя Минфина" was.
* ``lexicon.ORG_STEMS``: Ukrainian state companies by name ("Укрпошта", "Укренерго") are bodies, not people.
* ``frames_inner.has_trailing_cue``: "…, за даними X, …, повідомили в Y." is Y's, without the trailing cue.
* ``clauses.LISTENER_RE``: "told local media they …" as "told reporters they …".
"""

from __future__ import annotations

import pytest

from ingest.extract import Registry, extract_records


def _statements(text: str, lang: str) -> list[tuple[str, str, str, str]]:
    art = {
        "id": "t",
        "outlet": "test",
        "url": "https://test.example/t",
        "published": "2026-12-01T12:00:00Z",
        "language": lang,
        "title": "Title",
        "text": text,
    }
    return [
        (r["speaker"], r["speaker_type"], r["kind"], r["quote"]) for r in extract_records([art], Registry())
    ]


# (text, lang, speaker, speaker type, quote); speaker "" = no statement at all
CASES: list[tuple[str, str, str, str, str]] = [
    # a court in the locative, lower case
    ("В суде сообщили, что заседание отложено до марта.", "ru", "суде", "organisation",
     "заседание отложено до марта"),
    ("У суді зазначили, що рішення ще можна оскаржити.", "uk", "суді", "organisation",
     "рішення ще можна оскаржити"),
    ("В арбитражном суде пояснили, что иск принят к рассмотрению.", "ru", "арбитражном суде", "organisation",
     "иск принят к рассмотрению"),
    # guards: a subject who spoke in court is the speaker
    ("Свидетель заявил в суде, что не видел машины.", "ru", "Свидетель", "person", "не видел машины"),
    ("Фермер Олег Дьяченко арестован. Сам он в суде заявил, что ни в чем не виноват.", "ru", "Олег Дьяченко",
     "person", "ни в чем не виноват"),
    ("Підприємець Богдан Ярош не визнає провини. Він у суді сказав, що гроші повернув.", "uk", "Богдан Ярош",
     "person", "гроші повернув"),
    # a representative of a body named by its abbreviation
    ("По словам представителя ФАС, проверка займёт месяц.", "ru", "представителя ФАС", "organisation",
     "проверка займёт месяц"),
    ("Штраф будет обжалован, сообщил представитель ЦИК.", "ru", "представитель ЦИК", "organisation",
     "Штраф будет обжалован"),
    # guards: a representative of a person or alone stays a person or role
    ("По словам представителя Петрова, иск будет отозван.", "ru", "Петров", "person", "иск будет отозван"),
    # Ukrainian state companies by name
    ("Посилки надходитимуть із затримкою. Про це повідомила Укрпошта.", "uk", "Укрпошта", "organisation",
     "Посилки надходитимуть із затримкою"),
    ("В Укренерго заявили, що графіки відключень не застосовуватимуть.", "uk", "Укренерго", "organisation",
     "графіки відключень не застосовуватимуть"),
    # a source between commas and a trailing cue: the trailing cue's speaker, the cue out of the quote
    ("Видобуток, за даними аналітиків, скоротився на 5%, повідомили в міністерстві.", "uk", "міністерстві",
     "organisation", "Видобуток, за даними аналітиків, скоротився на 5%"),
    ("Потери, по оценке экспертов, превысили миллиард, сообщили в пресс-службе банка.", "ru",
     "пресс-службе банка", "organisation", "Потери, по оценке экспертов, превысили миллиард"),
    # guards: no trailing cue, or a trailing clause that is no cue: the source between commas
    ("Видобуток, за даними Держстату, скоротився на 5%.", "uk", "Держстату", "organisation",
     "Видобуток, за даними Держстату, скоротився на 5%"),
    ("Видобуток, за даними Держстату, скоротився на 5%, а експорт зріс.", "uk", "Держстату", "organisation",
     "Видобуток, за даними Держстату, скоротився на 5%, а експорт зріс"),
    # the media by their reach as a listener
    ("Witnesses told local media the fire had spread within minutes.", "en", "Witnesses", "group",
     "the fire had spread within minutes"),
    ("The governor told foreign reporters the border would stay open.", "en", "The governor", "person",
     "the border would stay open"),
    # guard: a listener and nothing said
    ("The governor told local media on Monday.", "en", "", "", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "speaker", "stype", "quote"), CASES)
def test_rules_1_262(text: str, lang: str, speaker: str, stype: str, quote: str) -> None:
    got = _statements(text, lang)
    if not speaker:
        assert got == []
        return
    assert (speaker, stype, quote) in [(s, t, q) for s, t, _k, q in got], got
