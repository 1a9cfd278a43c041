"""Rules of rules-1.23, found with holdout batch AB and on the real news feed snapshots (other sentences
than the batch's and the feeds')."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract import extract_statements
from ingest.models import ArticleText

RULES_1_23: list[tuple[str, str, list[Row]]] = [
    (  # '"He …," he said' after a person named with the speaker before in his sentence: he is the speaker
        "en",
        "Mayor Tom Cole said the plan was final. Councillor Tim Roe, who leads the opposition, has long "
        "fought a plan that leaves too much power in Cole's hands. \u201cHe decides everything alone,\u201d he "
        "told reporters.",
        [
            ("Tom Cole", "indirect", "the plan was final"),
            ("Tim Roe", "direct", "He decides everything alone"),
        ],
    ),
    (  # a live-blog time stamp closed by a full stop ("14:20. …") and a locative adjective before an acronym
        "ru",
        "Пожар в районе.\n14:20. Огонь подобрался к дачам, сообщили в областном МЧС.",
        [("областном МЧС", "indirect", "Огонь подобрался к дачам")],
    ),
    (
        "uk",
        "Повінь.\n07:40. Вода в річці піднялася на метр, повідомили в обласному ДСНС.",
        [("обласному ДСНС", "indirect", "Вода в річці піднялася на метр")],
    ),
    (  # a letter naming a thing before a sentence opener ends the sentence, it is no initial
        "ru",
        "Тренер Игорь Зотов заявил, что команда выйдет из группы А. По его словам, состав усилят.",
        [
            ("Игорь Зотов", "indirect", "команда выйдет из группы А"),
            ("Игорь Зотов", "indirect", "состав усилят"),
        ],
    ),
    (  # questions and appeals after a quote (uk, ru)
        "uk",
        "«Хто за це заплатить?» — спитав депутат Олег Мороз.",
        [("Олег Мороз", "direct", "Хто за це заплатить?")],
    ),
    (
        "ru",
        "Жительница поселка Анна Гусева вышла к журналистам. «Где нам теперь жить?» — спросила она.",
        [("Анна Гусева", "direct", "Где нам теперь жить?")],
    ),
    (
        "ru",
        "Мэр Павел Орлов приехал на место. «Прошу сохранять спокойствие», — обратился он к горожанам.",
        [("Павел Орлов", "direct", "Прошу сохранять спокойствие")],
    ),
    (  # the feminine minister, an applicant and a girl as roles (uk, ru)
        "uk",
        "За словами міністерки, нові правила запрацюють у травні.",
        [("міністерки", "indirect", "нові правила запрацюють у травні")],
    ),
    (
        "uk",
        "Абітурієнт Денис Шевчук подав документи. «Я чекав цього три роки», — каже абітурієнт.",
        [("Денис Шевчук", "direct", "Я чекав цього три роки")],
    ),
    (
        "ru",
        "Студентка Алина Власова пришла на митинг. «Мы не уйдем», — говорит девушка.",
        [("Алина Власова", "direct", "Мы не уйдем")],
    ),
    (  # a relative clause after a preposition is no reported clause (de)
        "de",
        "Der Busfahrer Uwe Brandt berichtete von Tagen, in denen er zwölf Stunden fahren müsse.",
        [],
    ),
    (
        "de",
        "Der Bürgermeister Jan Roth sagte, in der neuen Halle sei Platz für alle.",
        [("Jan Roth", "indirect", "in der neuen Halle sei Platz für alle")],
    ),
    (  # a name with a short aside opens the sentence: the subject, not the end of a statement (de)
        "de",
        "Die Ärztin Jana Berg, seit 20 Jahren im Dienst, sprach von Nächten ohne Schlaf.",
        [],
    ),
    (
        "de",
        "Der Landrat, Peter Roth, dem die Klinik gehört, rief beide Seiten zur Ruhe auf. "
        "Er sei zuversichtlich, dass es eine Einigung gebe.",
        [("Peter Roth", "indirect", "Er sei zuversichtlich, dass es eine Einigung gebe")],
    ),
    (  # a named firm ending in a data word, and university staff as a group (en)
        "en",
        "According to Harlow Research, sales could fall by a fifth next year.",
        [("Harlow Research", "indirect", "sales could fall by a fifth next year")],
    ),
    (
        "en",
        "According to three lecturers, the exam papers had been leaked.",
        [("three lecturers", "indirect", "the exam papers had been leaked")],
    ),
    (  # a number with a thousands comma inside a relative clause (en)
        "en",
        "The company, which employs about 1,200 people, said premiums would rise.",
        [("The company", "indirect", "premiums would rise")],
    ),
    (  # a surname and a verb before a colon quote (en)
        "en",
        'Mayor Ana Reyes opened the meeting. Reyes interjected: "That is simply not true."',
        [("Ana Reyes", "direct", "That is simply not true.")],
    ),
    (  # "on reports that …": a noun after a preposition, no cue (en)
        "en",
        "The presenter grilled Tom Hale on reports that the depot would close.",
        [],
    ),
    (  # a participle with a bare object is no reported clause (en)
        "en",
        '"We will not back down," Ortega said in a Telegram post on Sunday announcing the fines.',
        [("Ortega", "direct", "We will not back down")],
    ),
    (  # a quote after the one sentence that opens its paragraph: that sentence's subject named in full
        "de",
        "„Wir zahlen genug“, sagte der Geschäftsführer Ralf Simon.\nDer Pfleger Jonas Wendt, seit acht Jahren "
        "im Haus, sprach von langen Nächten. „Ich mache das gern. Aber es wird zu viel.“",
        [
            ("Ralf Simon", "direct", "Wir zahlen genug"),
            ("Jonas Wendt", "direct", "Ich mache das gern. Aber es wird zu viel."),
        ],
    ),
    (
        "en",
        '"We will cut costs," said Mark Dale.\nNurse Amy Kerr described twelve-hour shifts on the ward. '
        '"I love the job. But I am tired all the time."',
        [
            ("Mark Dale", "direct", "We will cut costs"),
            ("Amy Kerr", "direct", "I love the job. But I am tired all the time."),
        ],
    ),
    (  # … not a name inside a leading clause
        "en",
        '"We will cut costs," said Mark Dale.\nAsked whether Amy Kerr would stay, Dale smiled. '
        '"She is not going anywhere."',
        [("Mark Dale", "direct", "We will cut costs"), ("Mark Dale", "direct", "She is not going anywhere.")],
    ),
    (  # a sentence opening with a participle clause: its subject follows the comma (en)
        "en",
        "Lena Fischer spoke first. Switching to French as she greeted the guests, Fischer thanked the hosts, "
        "saying that the talks had gone well.",
        [("Lena Fischer", "indirect", "the talks had gone well")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_23)
def test_rules_1_23(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


# (lang, text, speaker, speaker type): outlets named with ordinary words are organisations
SPEAKER_TYPES_1_23: list[tuple[str, str, str, str]] = [
    ("en", "Rents are rising fast, said The Economist.", "Economist", "organisation"),
    ("en", "Inflation will ease, said Google Finance.", "Google Finance", "organisation"),
    ("en", "Private Eye reported that the minister had resigned.", "Private Eye", "organisation"),
]


@pytest.mark.parametrize(("lang", "text", "speaker", "kind"), SPEAKER_TYPES_1_23)
def test_speaker_types_1_23(lang: str, text: str, speaker: str, kind: str) -> None:
    doc = ArticleText(id="t1", text=text, title="", language=lang)
    assert [(s.speaker, s.speaker_type) for s in extract_statements(doc)] == [(speaker, kind)]


# Capitalised words that name nobody: no speaker may be made of them
NOT_NAMES_1_23: list[tuple[str, str, str]] = [
    (  # a title-cased verb before a label with a number ("Invoked Article 7")
        "en",
        'Dora Lindqvist wrote: "They Invoked Article 7 last year." Article 7 sets out the rules, which state '
        "that members must be consulted.",
        "Invoked",
    ),
    ("en", "More than half of the 2,000 voters said they would back the plan.", "More"),
    (  # the listener after a cue is no name held by the title before it
        "en",
        'Maria Lopez spoke first. "We have never needed them at all," the President told Sky News on Friday.',
        "Sky",
    ),
    (
        "en",
        '"This is a dangerous moment," Ortega said in a Telegram post on Sunday announcing the fines.',
        "said in",
    ),
]


@pytest.mark.parametrize(("lang", "text", "word"), NOT_NAMES_1_23)
def test_not_names_1_23(lang: str, text: str, word: str) -> None:
    doc = ArticleText(id="t1", text=text, title="", language=lang)
    assert all(word not in s.speaker for s in extract_statements(doc))
