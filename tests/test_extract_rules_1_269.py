"""The rules found with blind batch DL (rules-1.269): economy and markets news with many numbers. Other sentences
than the batch's; the guards keep what each rule must not do.

* ``sentences``: "Mio.", "Mrd." and "Tsd." do not end a sentence ("… 3,4 Mrd. Euro vor, wie X sagte").
* ``titles``: a quoted headline after "headline … read" / "Schlagzeile … lautete" / "заголовок … звучав" is
  nobody's words; the market alone ("Ринок очікує, що …", "Markets expect …") is no speaker.
* ``inflect``: a Ukrainian genitive in -ря is -р in the nominative ("Бондаря" → Бондар); Russian keeps -рь.
* ``titles.is_comparison``: "…, the office said on Friday, a sharper drop than economists had predicted": the "than"
  clause's verb is no cue.
"""

from __future__ import annotations

import pytest

from extract_rule_helpers import linked_statements as _statements
from ingest.extract.inflect import nominative_name

ABBREVIATIONS: list[tuple[str, str, str]] = [
    (
        "Der Nachtragshaushalt umfasst zusätzliche Ausgaben von 3,4 Mrd. Euro, wie Finanzsenator Jens Adler "
        "am Montag in Bremen sagte.",
        "Jens Adler",
        "Der Nachtragshaushalt umfasst zusätzliche Ausgaben von 3,4 Mrd. Euro",
    ),
    (
        "Die Sanierung der Brücke kostet rund 12 Mio. Euro mehr als geplant, sagte Bürgermeisterin Karin Vogt.",
        "Karin Vogt",
        "Die Sanierung der Brücke kostet rund 12 Mio. Euro mehr als geplant",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "quote"), ABBREVIATIONS)
def test_mio_mrd_do_not_end_a_sentence_1_269(text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _statements(text, "de")


HEADLINES: list[tuple[str, str, bool]] = [
    (
        "Die Schlagzeile des Lokalblatts lautete am Dienstag: „Die Stadt ist pleite“. Der Kämmerer schwieg.",
        "de",
        False,
    ),
    ("Заголовок місцевої газети звучав так: «Місто без грошей». Мер не коментував.", "uk", False),
    ("Заголовок газеты гласил: «Город без денег». Мэр не стал комментировать.", "ru", False),
    (
        'The headline in the local paper read: "City runs out of cash". The mayor declined to comment.',
        "en",
        False,
    ),
    # guards: a speaker who mentions the headline figure, and a quotation after "lautete" with no headline
    (
        'Asked about the headline rate, the governor said: "We will not be rushed." The pound fell.',
        "en",
        True,
    ),
    ("Die Antwort des Ministers lautete: „Wir prüfen das.“ Mehr sagte er nicht.", "de", True),
]


@pytest.mark.parametrize(("text", "lang", "kept"), HEADLINES)
def test_quoted_headline_is_no_statement_1_269(text: str, lang: str, kept: bool) -> None:
    assert bool(_statements(text, lang)) is kept


MARKETS: list[tuple[str, str, str | None]] = [
    ("Ринок очікує, що до кінця року гривня подешевшає до 45 за долар.", "uk", None),
    ("Рынок ожидает, что ставка опустится до 15% в марте.", "ru", None),
    # guards: a named market body and a person speak
    ("Аналітик Ігор Кравченко очікує, що гривня подешевшає до 45 за долар.", "uk", "Ігор Кравченко"),
    ("Эксперт Олег Семенов ожидает, что ставка опустится до 15% в марте.", "ru", "Олег Семенов"),
]


@pytest.mark.parametrize(("text", "lang", "speaker"), MARKETS)
def test_market_alone_is_no_speaker_1_269(text: str, lang: str, speaker: str | None) -> None:
    speakers = [s for s, _q in _statements(text, lang)]
    assert speakers == ([speaker] if speaker else [])


NOMINATIVES: list[tuple[str, str, str]] = [
    ("Олега Бондаря", "uk", "Олег Бондар"),
    ("Івана Гончаря", "uk", "Іван Гончар"),
    ("Олега Бондаря", "ru", "Олег Бондарь"),
    # guards: -ля and -ня keep their soft sign
    ("Дениса Шмигаля", "uk", "Денис Шмигаль"),
    ("Петра Гуменя", "uk", "Петро Гумень"),
]


@pytest.mark.parametrize(("name", "lang", "nominative"), NOMINATIVES)
def test_ukrainian_genitive_in_rya_1_269(name: str, lang: str, nominative: str) -> None:
    assert nominative_name(name, lang, "gen") == nominative


COMPARISONS: list[tuple[str, list[str]]] = [
    (
        "Exports fell 2.4% in May, the customs office said on Friday, a sharper drop than economists had predicted.",
        ["the customs office"],
    ),
    # guards: a comparison inside the quote, and a real subject before the cue
    ("Sales grew faster than analysts had expected, the company said.", ["the company"]),
    ("More people than the police had expected joined the march, organisers said.", ["organisers"]),
]


@pytest.mark.parametrize(("text", "speakers"), COMPARISONS)
def test_than_clause_is_no_speaker_1_269(text: str, speakers: list[str]) -> None:
    assert [s for s, _q in _statements(text, "en")] == speakers
