"""rules-1.370 (blind batch IDS24: cross-article identity): a participle clause after "Про це повідомила X",
an occasion between commas after an English subject, a Russian role and surname before an occasion, the writer's
time frame after a mid-sentence attribution, Ukrainian bodies in the oblique cases ("Поліції", "комісії") keyed as
in the nominative, the office of Ukraine's president and Estonia's Internal Security Service in four languages, and
common Estonian first names."""

from __future__ import annotations

import pytest

from extract_rule_helpers import ids_of, linked_batch, run_rules
from ingest.extract.bodykeys import known_body_key
from ingest.extract.given_names import gender_of_first
from ingest.extract.names import org_id, org_key


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        (
            "uk",
            "Завод згорів. Про це повідомила поліція Тарту, додавши, що не виключає підпалу.",
            {("поліція Тарту", "Завод згорів"), ("поліція Тарту", "не виключає підпалу")},
        ),
        (
            "ru",
            "Завод сгорел. Об этом сообщил Иван Петренко, отметив, что не исключает поджога.",
            {("Иван Петренко", "Завод сгорел"), ("Иван Петренко", "не исключает поджога")},
        ),
        # left alone: no clause after "что" (nothing more was said), a participle without "що"
        (
            "ru",
            "Завод сгорел. Об этом сообщил Иван Петренко, добавив, что.",
            {("Иван Петренко", "Завод сгорел")},
        ),
        (
            "uk",
            "Завод згорів. Про це повідомив Іван Петренко, посилаючись на поліцію.",
            {("Іван Петренко", "Завод згорів")},
        ),
    ],
)
def test_participle_clause_after_about_this(lang: str, text: str, found: set[tuple[str, str]]) -> None:
    assert {(s, q) for s, _k, q in run_rules(text, lang)} == found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Ukrainian minister, on his first trip abroad since taking office, said Kyiv would order drones.",
            "The Ukrainian minister",
        ),
        (
            "The minister, in his first interview since the vote, said Kyiv would order drones.",
            "The minister",
        ),
        ("Anna Lee, in her office in Kyiv, said the plan would work.", "Anna Lee"),
        # left alone: an apposition that is a role ("his spokesman"), a place with no possessive
        ("The minister, his spokesman, said the plan would work.", "The minister, his spokesman"),
        ("The minister, in Kyiv, said the plan would work.", "The minister, in Kyiv"),
    ],
)
def test_occasion_between_commas_after_subject(text: str, speaker: str) -> None:
    assert [s for s, _k, _q in run_rules(text, "en")] == [speaker]


def test_russian_role_and_surname_before_an_occasion() -> None:
    text = (
        "Рада назначила министром Дениса Шаповала. Днем ранее в отставку ушел Виктор Голуб.\n"
        "«Моя первая поездка будет в Таллин», — сказал Шаповал.\n"
        "Бывший министр Голуб на церемонии передачи дел сказал, что готов остаться советником."
    )
    rows = {(s, q) for s, _k, q in run_rules(text, "ru")}
    assert ("Виктор Голуб", "готов остаться советником") in rows
    # left alone: a role and a place in the genitive with an occasion ("Посол Германии в Киеве") names nobody
    other = "«Мы поможем», — сказал Петр Иванов.\nПосол Германии в Киеве заявил, что помощь будет."
    assert ("Петр Иванов", "помощь будет") not in {(s, q) for s, _k, q in run_rules(other, "ru")}


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Ukraine's defence minister, Viktor Holub, resigned on Wednesday, the president's office said, two days "
            "after the fire at a plant that made drones for his ministry.",
            "Ukraine's defence minister, Viktor Holub, resigned on Wednesday",
        ),
        (
            "Viktor Holub resigned on Wednesday, the ministry said, two days after the fire.",
            "Viktor Holub resigned on Wednesday",
        ),
        ("The plant will close, he said, three weeks before the vote.", "The plant will close"),
        # left alone: a time frame that is part of what was said, inside a short clause
        (
            "It was, he said, two days after the fire that the calls began.",
            "It was, he said, two days after the fire that the calls began",
        ),
    ],
)
def test_time_frame_after_attribution(text: str, quote: str) -> None:
    assert [q for _s, _k, q in run_rules(text, "en")] == [quote]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Поліції безпеки Естонії", "Поліція безпеки Естонії", True),
        ("Національній поліції України", "Національна поліція України", True),
        ("Агенції розвитку", "Агенція розвитку", True),
        ("Росії", "Росія", True),
        ("Агенція розвитку", "Агент розвитку", False),  # another word: left apart
    ],
)
def test_ukrainian_oblique_body_keys(a: str, b: str, same: bool) -> None:
    assert (org_key(a) == org_key(b)) is same


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("Офіс президента", "ukraine office of the president"),
        ("Офисе президента Украины", "ukraine office of the president"),
        ("Office of the President of Ukraine", "ukraine office of the president"),
        ("Ukraine's presidential office", "ukraine office of the president"),
        ("Präsidialamt in Kiew", "ukraine office of the president"),
        ("das ukrainische Präsidialamt", "ukraine office of the president"),
        ("the president's office", ""),  # any country's: left alone
        ("Präsidialamt", ""),
        ("Estonia's Internal Security Service", "estonia internal security service"),
        ("Estonian security police", "estonia internal security service"),
        ("estnische Sicherheitspolizei", "estonia internal security service"),
        ("Sicherheitspolizei Kapo", "estonia internal security service"),
        ("Поліції безпеки Естонії", "estonia internal security service"),
        ("Полиция безопасности Эстонии", "estonia internal security service"),
        ("Kapo Zürich", ""),  # a Swiss cantonal police: left alone
        ("Sicherheitspolizei", ""),
    ],
)
def test_president_office_and_estonian_security_keys(phrase: str, key: str) -> None:
    assert known_body_key(phrase) == key


def test_president_office_one_id_across_languages() -> None:
    assert (
        len(
            {
                org_id(p)
                for p in ("Офіс президента", "Office of the President of Ukraine", "Präsidialamt in Kiew")
            }
        )
        == 1
    )
    assert org_id("Офіс президента") != org_id("Präsidialamt")


@pytest.mark.parametrize(
    ("first", "gender"),
    [
        ("Rein", "m"),
        ("Рейн", "m"),
        ("Priit", "m"),
        ("Прийт", "m"),
        ("Toomas", "m"),
        ("Kadri", "f"),
        ("Кадрі", "f"),
    ],
)
def test_estonian_first_names(first: str, gender: str) -> None:
    assert gender_of_first(first) == gender


def test_estonian_minister_by_role_in_ukrainian() -> None:
    text = (
        "Міністр оборони Естонії Рейн Саар у п'ятницю оглянув цех.\n"
        "«Цех відбудують», — сказав Саар.\n"
        "За словами міністра оборони Естонії, територію охоронятимуть військові."
    )
    recs = linked_batch(("uk", text))
    assert ids_of(recs, "Цех відбудують") == ids_of(recs, "територію охоронятимуть")
