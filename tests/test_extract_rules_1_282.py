"""The rules found with blind batch DQ (rules-1.282): columns, commentaries and newsletters, where the writer's
own voice is the trap (the first person, hypothetical speech, quoted songs and sayings) among the real
statements of people the writer interviewed. Other sentences than the batch's; the guards keep what each rule
must not do.

* ``clauses.LISTENER_RE``: "She told me the plan …": the writer as the listener of "told"/"tells".
* ``separable_de.closed_cue_subject``: "«…», — сказала мне она", "— розповів мені він": the writer's dative after
  a Ukrainian or Russian cue is no part of the speaker.
* ``npsegments.is_relative``: "X, з яким я розмовляв у понеділок, сказав …", "X, с которым я говорил …": a
  relative clause opening with a preposition is no part of the speaker.
* ``npclean._SLAVIC_TRAIL_RE`` and ``bodies.locative_body_before``: the request or the occasion after a Ukrainian or
  Russian subject ("У компанії на запит редакції відповіли", "Глава ЦБ на пресс-конференции заявила") is no part
  of it, nor of the body "Там" stands for.
* ``subclause_de``: "…, sagte X, wobei er … warnte.": a German subordinate clause that ends the sentence after the
  cue's subject is the writer's, no statement and no part of one.
* ``lexicon_de.writer_voice``: a sentence in the first person ("Ich habe nachgefragt.") or a hypothetical "Man
  könnte sagen: …" does not go on a Konjunktiv statement.
* ``npclean._SLAVIC_LEAD_RE``: "Ещё в 2016 году …", "Ще у 2014 році …": a year before the subject is no name.
* ``verse``: a song, a poem or a saying as the subject ("The song we sang promised that …") is no speaker.
"""

from __future__ import annotations

import pytest

from extract_rule_helpers import linked_statements as _statements

TOLD_ME: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "The harbour master, Colm Daly, met me at the quay. He told me the dredging would start in March.",
        "en",
        [("Colm Daly", "the dredging would start in March")],
    ),
    (
        "Ingrid Salo runs the ferry. She tells me the timetable has not changed in twenty years.",
        "en",
        [("Ingrid Salo", "the timetable has not changed in twenty years")],
    ),
    ("Write back and tell me what you think of the new timetable.", "en", []),  # an imperative: no statement
]


@pytest.mark.parametrize(("text", "lang", "expected"), TOLD_ME)
def test_writer_as_the_listener_1_282(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text, lang) == expected


WRITER_DATIVE: list[tuple[str, str, str, str]] = [
    (
        "Ветеринар Оксана Дячук лікує тварин у селі. «Корів стало вдвічі менше», — розповіла мені вона.",
        "uk",
        "Оксана Дячук",
        "Корів стало вдвічі менше",
    ),
    (
        "Смотритель маяка Игорь Лапин живёт на острове. «Зимой сюда никто не приезжает», — сказал мне он.",
        "ru",
        "Игорь Лапин",
        "Зимой сюда никто не приезжает",
    ),
    ("«Рішення вже ухвалено», — сказали нам у міністерстві.", "uk", "міністерстві", "Рішення вже ухвалено"),
    # the guard: a name after the dative was found before and still is
    (
        "Смотритель маяка Игорь Лапин живёт на острове. «Зимой сюда никто не приезжает», — сказал мне Лапин.",
        "ru",
        "Игорь Лапин",
        "Зимой сюда никто не приезжает",
    ),
]


@pytest.mark.parametrize(("text", "lang", "speaker", "quote"), WRITER_DATIVE)
def test_writer_dative_after_a_dash_cue_1_282(text: str, lang: str, speaker: str, quote: str) -> None:
    assert _statements(text, lang) == [(speaker, quote)]


PREP_RELATIVES: list[tuple[str, str, str, str]] = [
    (
        "Пасічник Іван Мороз, з яким я познайомився на ярмарку в суботу, сказав, що мед цього року дорожчий.",
        "uk",
        "Іван Мороз",
        "мед цього року дорожчий",
    ),
    (
        "Лесник Андрей Зуев, с которым я встретился в среду, сказал, что пожаров в этом году было меньше.",
        "ru",
        "Андрей Зуев",
        "пожаров в этом году было меньше",
    ),
    # the guard: a relative clause without a preposition, as before
    (
        "Лесник Андрей Зуев, который работает здесь тридцать лет, сказал, что пожаров было меньше.",
        "ru",
        "Андрей Зуев",
        "пожаров было меньше",
    ),
]


@pytest.mark.parametrize(("text", "lang", "speaker", "quote"), PREP_RELATIVES)
def test_relative_clause_with_a_preposition_1_282(text: str, lang: str, speaker: str, quote: str) -> None:
    assert _statements(text, lang) == [(speaker, quote)]


REQUEST_TRAILS: list[tuple[str, str, list[str]]] = [
    (
        "У компанії «Укрзалізниця» на запит редакції відповіли, що поїзд відновлять у грудні. "
        "Там додали, що квитки вже продаються.",
        "uk",
        ["компанії «Укрзалізниця»", "компанії «Укрзалізниця»"],
    ),
    (
        "В мэрии на запрос нашей редакции по электронной почте ответили, что ремонт завершат весной.",
        "ru",
        ["мэрии"],
    ),
    (
        "Глава регионального минздрава на брифинге заявил, что коек хватает.",
        "ru",
        ["Глава регионального минздрава"],
    ),
]


@pytest.mark.parametrize(("text", "lang", "speakers"), REQUEST_TRAILS)
def test_request_or_occasion_is_no_part_of_the_speaker_1_282(
    text: str, lang: str, speakers: list[str]
) -> None:
    assert [s for s, _q in _statements(text, lang)] == speakers


DE_SUBCLAUSES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Die Ernte sei besser als erwartet, sagte Landwirt Jens Bode, wobei er auf die späten Fröste verwies.",
        [("Jens Bode", "Die Ernte sei besser als erwartet")],
    ),
    (
        "Der Hafen werde im Mai eröffnet, sagte Bürgermeisterin Anke Voss, nachdem sie die Baustelle besucht hatte.",
        [("Anke Voss", "Der Hafen werde im Mai eröffnet")],
    ),
    (
        "Die Schule bleibe offen, sagte Rektor Paul Kern, während er durch die Flure ging.",
        [("Paul Kern", "Die Schule bleibe offen")],
    ),
    # the guards: a subordinate clause before a Konjunktiv main clause is the reported one, and "während" before
    # an article is a preposition inside the statement
    (
        "Bürgermeisterin Anke Voss sagte, als sie ankam, sei der Platz leer gewesen.",
        [("Anke Voss", "als sie ankam, sei der Platz leer gewesen")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DE_SUBCLAUSES)
def test_german_subordinate_clause_after_the_cue_1_282(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text, "de") == expected


DE_WRITER: list[tuple[str, list[str]]] = [
    (
        "Kämmerer Ralf Timm sagte, die Stadt werde sparen müssen. Die Rücklagen seien aufgebraucht. "
        "Ich habe beim Land nachgefragt. Eine Antwort steht aus.",
        ["die Stadt werde sparen müssen", "Die Rücklagen seien aufgebraucht"],
    ),
    (
        "Kämmerer Ralf Timm sagte, die Stadt werde sparen müssen. Man könnte auch sagen: Das Geld ist weg.",
        ["die Stadt werde sparen müssen"],
    ),
    # the guard: a Konjunktiv sentence of the speaker still goes on his statement
    (
        "Kämmerer Ralf Timm sagte, die Stadt werde sparen müssen. Man habe keine Wahl.",
        ["die Stadt werde sparen müssen", "Man habe keine Wahl"],
    ),
]


@pytest.mark.parametrize(("text", "quotes"), DE_WRITER)
def test_writer_voice_does_not_go_on_a_statement_1_282(text: str, quotes: list[str]) -> None:
    assert [q for _s, q in _statements(text, "de")] == quotes


YEAR_LEADS: list[tuple[str, str, str]] = [
    ("Ещё в 2019 году губернатор области обещал, что мост построят за два года.", "ru", "губернатор области"),
    (
        "Ще у 2018 році міністр інфраструктури заявив, що дорогу відремонтують.",
        "uk",
        "міністр інфраструктури",
    ),
    ("Уже в 2021 году директор завода сказал, что цех закроют.", "ru", "директор завода"),
    # the guard: a named subject after a year, as before
    ("Ещё в 2019 году губернатор Олег Сизов обещал, что мост построят за два года.", "ru", "Олег Сизов"),
]


@pytest.mark.parametrize(("text", "lang", "speaker"), YEAR_LEADS)
def test_year_before_the_subject_is_no_name_1_282(text: str, lang: str, speaker: str) -> None:
    assert [s for s, _q in _statements(text, lang)] == [speaker]


VERSE: list[tuple[str, str, list[str]]] = [
    ("The old hymn promised that the river would carry us home.", "en", []),
    ("Das alte Volkslied sagt, im Frühling werde alles gut.", "de", []),
    ("Пословица гласит, что терпение и труд всё перетрут.", "ru", []),
    # the guards: a name with "Song" in it and a role before a name still speak
    ("The Song Foundation said that it would fund three new choirs.", "en", ["Song Foundation"]),
    ("Hymn writer Anna Pell said that she had finished a new carol.", "en", ["Anna Pell"]),
]


@pytest.mark.parametrize(("text", "lang", "speakers"), VERSE)
def test_song_or_saying_is_no_speaker_1_282(text: str, lang: str, speakers: list[str]) -> None:
    assert [s for s, _q in _statements(text, lang)] == speakers
