"""rules-1.229 to rules-1.231, rules-1.240, rules-1.242, rules-1.245, rules-1.246, rules-1.255, rules-1.256, rules-1.267, rules-1.272 of the sixteenth session, found by probing each language's speaker phrases
(names that own the speaker, a brand before a name in another script); other sentences than the probes'."""

from __future__ import annotations

import pytest

from ingest.extract import extract_records
from ingest.extract.possessors import owned_by_name, switches_script
from ingest.extract.speakers import analyze_np

# (language, text, [(speaker, speaker type, quote)]); a role phrase without a name has type "person" and a
# "U-" id, checked below
RULES_1_229: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    (  # a full name in the genitive after a kin noun is the owner: the speaker is the relative
        "ru",
        "Отец Степана Гурова заявил, что сын ни в чем не виноват.",
        [("Отец Степана Гурова", "person", "сын ни в чем не виноват")],
    ),
    (
        "uk",
        "Дочка Тараса Лисенка розповіла, що батько повернувся додому.",
        [("Дочка Тараса Лисенка", "person", "батько повернувся додому")],
    ),
    (  # … and after a person noun in the nominative ("the lawyer of …")
        "uk",
        "Захисник Тараса Лисенка заявив, що вирок оскаржать.",
        [("Захисник Тараса Лисенка", "person", "вирок оскаржать")],
    ),
    (  # a kin noun opening the sentence is no first name
        "ru",
        "Вдова Гурова сказала, что будет добиваться пересмотра дела.",
        [("Вдова Гурова", "person", "будет добиваться пересмотра дела")],
    ),
    (
        "uk",
        "Сестра загиблого розповіла, що він мріяв стати лікарем.",
        [("Сестра загиблого", "person", "він мріяв стати лікарем")],
    ),
    (  # German: "Die Tochter von X" is one woman, not a plural group (rules-1.111's "Die Anwälte von X")
        "de",
        "Die Tochter von Stefan Gurow sagte, ihr Vater sei unschuldig.",
        [("Die Tochter von Stefan Gurow", "person", "ihr Vater sei unschuldig")],
    ),
    (
        "de",
        "„Er ist unschuldig“, sagte die Schwester von Stefan Gurow.",
        [("die Schwester von Stefan Gurow", "person", "Er ist unschuldig")],
    ),
    (  # a kin noun before a name in the genitive
        "de",
        "Die Witwe Gurows sagte, sie werde klagen.",
        [("Die Witwe Gurows", "person", "sie werde klagen")],
    ),
    (  # guard: a plural role of a name is still a group
        "de",
        "Die Verteidiger von Stefan Gurow sagten, sie würden Berufung einlegen.",
        [("Die Verteidiger von Stefan Gurow", "group", "sie würden Berufung einlegen")],
    ),
    (  # guard: a role and a name both in the nominative is the person
        "ru",
        "Адвокат Степан Гуров заявил, что вирок обжалуют.",
        [("Степан Гуров", "person", "вирок обжалуют")],
    ),
    (  # guard: a nominative name after a genitive one is the speaker ("the widow of X, Y")
        "uk",
        "Вдова Лисенка Олена Лисенко заявила, що вимагатиме розслідування.",
        [("Олена Лисенко", "person", "вимагатиме розслідування")],
    ),
    (  # guard: in "according to the lawyer X" head and name are both in the genitive: the lawyer is X
        "ru",
        "По словам адвоката Степана Гурова, приговор обжалуют.",
        [("Степан Гуров", "person", "приговор обжалуют")],
    ),
    (  # a Latin brand before a Cyrillic name is the employer, not part of the name
        "uk",
        "Директорка Spotify Ганна Вербицька заявила, що сервіс подорожчає.",
        [("Ганна Вербицька", "person", "сервіс подорожчає")],
    ),
    (
        "ru",
        "«Спрос растёт», — сказал аналитик Morgan Stanley Олег Ветров.",
        [("Олег Ветров", "person", "Спрос растёт")],
    ),
    (  # guard: a Latin name in a Cyrillic text stays whole
        "ru",
        "«Спрос растёт», — сказал аналитик Oleg Vetrov.",
        [("Oleg Vetrov", "person", "Спрос растёт")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_229)
def test_rules_1_229(lang: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    recs = list(extract_records([{"id": "r1", "language": lang, "title": "", "text": text}]))
    assert [(r["speaker"], r["speaker_type"], r["quote"]) for r in recs] == expected
    for r, (speaker, _type, _quote) in zip(recs, expected, strict=True):
        named = speaker.split()[0] not in ("Отец", "Дочка", "Захисник", "Вдова", "Сестра", "Die", "die")
        if _type == "person":
            assert r["speaker_id"].startswith("P-" if named else "U-"), r


# a role phrase with the owner's surname in the genitive does not resolve to the owner named earlier
SURNAME_OWNERS = [
    (
        "uk",
        "Полковник Тарас Лисенко заявив, що лінію втримано. Заступник Лисенка повідомив, що резерви прибули.",
        1,
    ),
    (
        "ru",
        "Генерал Степан Гуров заявил, что линию удержали. Помощник Гурова сообщил, что резервы прибыли.",
        1,
    ),
    # guard: the same person by role and surname in the same case is that person
    ("uk", "Міністр Тарас Лисенко заявив, що лінію втримано. Міністр Лисенко додав, що резерви прибули.", 0),
    ("ru", "Генерал Степан Гуров заявил, что линию удержали. По словам генерала Гурова, резервы прибыли.", 0),
]


@pytest.mark.parametrize(("lang", "text", "apart"), SURNAME_OWNERS)
def test_owner_surname_stays_apart(lang: str, text: str, apart: int) -> None:
    recs = list(extract_records([{"id": "r1", "language": lang, "title": "", "text": text}]))
    assert len(recs) == 2
    assert (recs[0]["speaker_id"] != recs[1]["speaker_id"]) == bool(apart), recs


@pytest.mark.parametrize(
    ("phrase", "name", "lang", "owned"),
    [
        ("Мать Ивана Петрова", "Ивана Петрова", "ru", True),
        ("Мать Иван Петров", "Иван Петров", "ru", False),
        ("Брат Коваленка", "Брат Коваленка", "uk", True),
        ("Радник Зеленського Михайло Подоляк", "Михайло Подоляк", "uk", False),
        ("The mother of Ivan Petrov", "Ivan Petrov", "en", False),
    ],
)
def test_owned_by_name(phrase: str, name: str, lang: str, owned: bool) -> None:
    assert owned_by_name(phrase, name, lang) is owned


@pytest.mark.parametrize(
    ("tokens", "i", "switch"),
    [(["Nvidia", "Дженсен"], 1, True), (["Дженсен", "Хуанг"], 1, False), (["Meta", "Platforms"], 1, False),
     (["Київ", "NATO"], 1, True), (["Київ", "2024"], 1, False), (["Nvidia"], 0, False)],
)  # fmt: skip
def test_switches_script(tokens: list[str], i: int, switch: bool) -> None:
    assert switches_script(tokens, i) is switch


# rules-1.230: English sentences that hand the sentence before to a speaker
RULES_1_230: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "The ferry will stop running in May. That's according to harbour master Iona Reid.",
        [("Iona Reid", "person", "The ferry will stop running in May")],
    ),
    (
        "The ferry will stop running in May. This is according to a statement from the port authority.",
        [("the port authority", "organisation", "The ferry will stop running in May")],
    ),
    (
        "The ferry will stop running in May. So says Iona Reid, the harbour master.",
        [("Iona Reid", "person", "The ferry will stop running in May")],
    ),
    (  # guards: a plan or the rules are no speaker; a sentence that is someone's statement keeps its speaker
        "The ferry will stop running in May. That's according to plan.",
        [],
    ),
    (
        "The ferry will stop running in May, the council said. That's according to its own timetable.",
        [("the council", "organisation", "The ferry will stop running in May")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RULES_1_230)
def test_rules_1_230(text: str, expected: list[tuple[str, str, str]]) -> None:
    recs = list(extract_records([{"id": "r1", "language": "en", "title": "", "text": text}]))
    assert [(r["speaker"], r["speaker_type"], r["quote"]) for r in recs] == expected


# rules-1.231: German, an inverted subject before ", man …" and cue verbs the lexicon lacked
RULES_1_231: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Am Dienstag erklärte eine Sprecherin, man prüfe die Vorwürfe.",
        [("eine Sprecherin", "person", "man prüfe die Vorwürfe")],
    ),
    (
        "Auf Nachfrage sagte Brandt, nun beginne die eigentliche Arbeit.",
        [("Brandt", "person", "nun beginne die eigentliche Arbeit")],
    ),
    (
        "Er habe von nichts gewusst, beteuerte der Bürgermeister.",
        [("der Bürgermeister", "person", "Er habe von nichts gewusst")],
    ),
    (
        "„Wir haben alles gegeben“, bilanzierte Trainerin Eva Hohl.",
        [("Eva Hohl", "person", "Wir haben alles gegeben")],
    ),
    (
        "Die Kasse gestand ein, dass die Zahlen falsch waren. „Das war ein Fehler“, gestand die Chefin.",
        [
            ("Kasse", "organisation", "die Zahlen falsch waren"),
            ("die Chefin", "person", "Das war ein Fehler"),
        ],
    ),
    (  # guards: an English title word after the comma is still an apposition in English
        "„Wir sind bereit“, sagte Brandt, Chef der Feuerwehr.",
        [("Brandt", "person", "Wir sind bereit")],
    ),
    (  # … and a threat or a view contradicted is no statement of the subject
        "Nach Angaben der Staatsanwaltschaft droht den Männern lebenslange Haft.",
        [("Staatsanwaltschaft", "organisation", "droht den Männern lebenslange Haft")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RULES_1_231)
def test_rules_1_231(text: str, expected: list[tuple[str, str, str]]) -> None:
    recs = list(extract_records([{"id": "r1", "language": "de", "title": "", "text": text}]))
    assert [(r["speaker"], r["speaker_type"], r["quote"]) for r in recs] == expected


# rules-1.240: a sentence that is one quotation, then "Das sagte X." / "Про це заявив X.": X's direct quote
RULES_1_240: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    (
        "de",
        "„Die Brücke bleibt bis Mai gesperrt.“ Das sagte Baudezernentin Petra Lind am Dienstag.",
        [("Petra Lind", "person", "Die Brücke bleibt bis Mai gesperrt.")],
    ),
    (
        "uk",
        "«Міст буде закритий до травня». Про це заявила заступниця мера Ірина Лось.",
        [("Ірина Лось", "person", "Міст буде закритий до травня")],
    ),
    (
        "ru",
        "«Мост будет закрыт до мая». Об этом сообщил вице-мэр Игорь Лосев.",
        [("Игорь Лосев", "person", "Мост будет закрыт до мая")],
    ),
    (  # guard: a sentence that is no quotation stays reported speech
        "uk",
        "Міст буде закритий до травня. Про це заявила заступниця мера Ірина Лось.",
        [("Ірина Лось", "person", "Міст буде закритий до травня")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_240)
def test_rules_1_240(lang: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    recs = list(extract_records([{"id": "r1", "language": lang, "title": "", "text": text}]))
    assert [(r["speaker"], r["speaker_type"], r["quote"]) for r in recs] == expected
    kinds = [r["kind"] for r in recs]
    assert kinds == (["indirect"] if text[0] not in "„«" else ["direct"])


# rules-1.242: a weekday after a Slavic subject; an acronym with a country in the genitive is a body
RULES_1_242: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    (
        "ru",
        "МВД Казахстана в четверг сообщило, что задержаны трое подозреваемых.",
        [("МВД Казахстана", "organisation", "задержаны трое подозреваемых")],
    ),
    (
        "uk",
        "ДСНС України у вівторок увечері повідомила, що пожежу загасили.",
        [("ДСНС України", "organisation", "пожежу загасили")],
    ),
    (  # guard: a role before the acronym is still a role
        "ru",
        "Глава МВД Казахстана заявил, что задержаны трое подозреваемых.",
        [("Глава МВД Казахстана", "person", "задержаны трое подозреваемых")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_242)
def test_rules_1_242(lang: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    recs = list(extract_records([{"id": "r1", "language": lang, "title": "", "text": text}]))
    assert [(r["speaker"], r["speaker_type"], r["quote"]) for r in recs] == expected


# rules-1.245: "X, <aside>, said <country> needed …": the subject before the cue, not an inverted "said <country>"
RULES_1_245: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Sandu, in a televised address, said Moldova was ready to talk.",
        [("Sandu", "person", "Moldova was ready to talk")],
    ),
    (
        "The ministry, in a statement, said Poland had closed the crossing.",
        [("The ministry", "organisation", "Poland had closed the crossing")],
    ),
    (  # guards: an inverted country, and an inverted speaker with a participle phrase, stay inverted
        "The crossing is closed, said Poland.",
        [("Poland", "organisation", "The crossing is closed")],
    ),
    (
        "The crossing is closed, said officials in Warsaw.",
        [("officials", "group", "The crossing is closed")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RULES_1_245)
def test_rules_1_245(text: str, expected: list[tuple[str, str, str]]) -> None:
    recs = list(extract_records([{"id": "r1", "language": "en", "title": "", "text": text}]))
    assert [(r["speaker"], r["speaker_type"], r["quote"]) for r in recs] == expected


# rules-1.246: an anonymous source's complement after an inverted cue is part of the speaker
RULES_1_246: list[tuple[str, str]] = [
    ("The plant will close, said three people familiar with the plans.", "three people familiar with the plans"),
    ("The plant will close, said a person briefed on the decision, who asked not to be named.",
     "a person briefed on the decision"),
    ("The plant will close, said officials close to the mayor.", "officials close to the mayor"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker"), RULES_1_246)
def test_rules_1_246(text: str, speaker: str) -> None:
    recs = list(extract_records([{"id": "r1", "language": "en", "title": "", "text": text}]))
    assert [(r["speaker"], r["quote"]) for r in recs] == [(speaker, "The plant will close")]


# rules-1.255: a medium between "Как сообщил" / "Як повідомив" and the speaker is no part of the speaker
RULES_1_255: list[tuple[str, str, str]] = [
    ("ru", "Как сообщил в своем Telegram-канале мэр Олег Лосев, свет дадут к вечеру.", "Олег Лосев"),
    ("ru", "Как сообщил в Telegram Лосев, свет дадут к вечеру.", "Лосев"),
    ("uk", "Як повідомив у Facebook Лосенко, світло дадуть до вечора.", "Лосенко"),
    ("ru", "Как рассказал в эфире телеканала «Мир» Лосев, свет дадут к вечеру.", "Лосев"),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), RULES_1_255)
def test_rules_1_255(lang: str, text: str, speaker: str) -> None:
    recs = list(extract_records([{"id": "r1", "language": lang, "title": "", "text": text}]))
    assert [r["speaker"] for r in recs] == [speaker]


# rules-1.256: German "Nach (den) Worten X", a genitive surname after a frame's noun, "Wie X der Agentur Y sagte"
RULES_1_256: list[tuple[str, str, str]] = [
    ("Nach den Worten von Halbach ist die Brücke sicher.", "Halbach", "ist die Brücke sicher"),
    ("Nach Angaben Halbachs ist die Brücke sicher.", "Halbach", "ist die Brücke sicher"),
    ("Nach Einschätzung Halbachs ist die Brücke sicher.", "Halbach", "ist die Brücke sicher"),
    ("Wie Halbach der Agentur Reuters sagte, ist die Brücke sicher.", "Halbach", "ist die Brücke sicher"),
    ("Nach Angaben des Bauamts ist die Brücke sicher.", "Bauamt", "ist die Brücke sicher"),
]


@pytest.mark.parametrize(("text", "speaker", "quote"), RULES_1_256)
def test_rules_1_256(text: str, speaker: str, quote: str) -> None:
    recs = list(extract_records([{"id": "r1", "language": "de", "title": "", "text": text}]))
    assert [(r["speaker"], r["quote"]) for r in recs] == [(speaker, quote)]


# rules-1.267: a Ukrainian or Russian news outlet in any case form is an organisation
RULES_1_267: list[tuple[str, str, str]] = [
    ("uk", "За інформацією Суспільного, у місті пролунали вибухи.", "Суспільне"),
    ("uk", "Як передає Укрінформ, у місті пролунали вибухи.", "Укрінформ"),
    ("ru", "По данным «Коммерсанта», сделка сорвалась.", "Коммерсантъ"),
]


@pytest.mark.parametrize(("lang", "text", "org"), RULES_1_267)
def test_rules_1_267(lang: str, text: str, org: str) -> None:
    recs = list(extract_records([{"id": "r1", "language": lang, "title": "", "text": text}]))
    assert [r["speaker_type"] for r in recs] == ["organisation"]
    assert analyze_np(text.split(",")[0].split(maxsplit=2)[-1].strip("«»"), lang).org == org


# rules-1.272: a participle aside ("writing on X", "speaking in Kyiv") between the subject and its cue
RULES_1_272: list[tuple[str, str, str]] = [
    ("The mayor, writing on Facebook, said the bridge would reopen.", "The mayor", "the bridge would reopen"),
    ("The mayor, speaking on local radio, said the bridge would reopen.", "The mayor", "the bridge would reopen"),
    ("The bridge will reopen, the mayor said, writing on Facebook that repairs were done.", "the mayor",
     "The bridge will reopen"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker", "quote"), RULES_1_272)
def test_rules_1_272(text: str, speaker: str, quote: str) -> None:
    recs = list(extract_records([{"id": "r1", "language": "en", "title": "", "text": text}]))
    assert (recs[0]["speaker"], recs[0]["quote"]) == (speaker, quote)
