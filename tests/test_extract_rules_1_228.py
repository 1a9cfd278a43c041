"""The identity rules found with blind batch IDS10 (rules-1.228): bodies, not people. Other names than the batch's;
the guards keep different bodies apart.

* ``statebodies.state_body_key`` (from ``names.org_key``): a foreign or defence ministry, a central bank or a
  general staff with one country named has one key in English, German, Ukrainian and Russian.
* ``statebodies.capital_key``: a capital speaking for its state, one key for its spellings in the four languages.
* ``bodykeys``: UNICEF, UNHCR and UNESCO by acronym, Cyrillic acronym and name in each language.
* ``names.org_key`` / ``brandnames``: a Cyrillic company name in quotes (also after "НАК", "ДП") in Latin letters.
* ``statebody_resolve.resolve_body``: a bare body ("das Ministerium", "Außenministerium", "die Notenbank", "the
  regulator", "министерства") takes the country of the body of its class named before it in the article; in a
  Ukrainian article with none named, Ukraine's.
* ``npclean``: "тем временем", "тим часом" … between the subject and the verb are no part of the speaker.
"""

from __future__ import annotations

import pytest

from ingest.extract import extract_records
from ingest.extract.names import org_key
from ingest.extract.speakers import analyze_np

SAME_BODY: list[tuple[str, ...]] = [
    ("the Polish foreign ministry", "Poland's foreign ministry", "das polnische Außenministerium", "МЗС Польщі",
     "МИД Польши", "Министерства иностранных дел Польши"),
    ("Lithuania's defence ministry", "das litauische Verteidigungsministerium", "Міноборони Литви",
     "Министерство обороны Литвы"),
    ("the Romanian central bank", "die rumänische Notenbank", "Нацбанк Румунії", "Национальный банк Румынии"),
    ("Moldova's General Staff", "der moldauische Generalstab", "Генштаб Молдови", "Генеральный штаб Молдавии"),
    ("Warsaw", "Warschau", "Варшава", "Варшавы"),
    ("Kyiv", "Kyjiw", "Kiew", "Київ", "Киев"),
    ("UNHCR", "UN refugee agency", "UN-Flüchtlingshilfswerk", "УВКБ ООН"),
    ("UNESCO", "ЮНЕСКО"),
    ("UNICEF", "UN children's agency", "ЮНІСЕФ", "ЮНИСЕФ", "Детского фонда ООН"),
    ("Dniproteplo", "НАК «Дніпротепло»", "ДП «Дніпротепло»", "«Днипротепло»"),
]  # fmt: skip
DIFFERENT_BODIES: list[tuple[str, str]] = [
    ("МИД Польши", "МИД Литвы"),  # two countries' ministries
    ("the Polish foreign ministry", "the Polish defence ministry"),
    ("Міноборони Литви", "ГУР Міноборони Литви"),  # a unit of the ministry is not the ministry
    (
        "Iran's foreign ministry",
        "Indonesia's foreign ministry",
    ),  # countries the stems do not know keep their keys
    ("European Central Bank", "the Romanian central bank"),
    ("Warsaw", "Moscow"),
    ("UNICEF", "Пенсійний фонд"),
    ("НАК «Кременчуктепло»", "НАК «Полтаватепло»"),
]


@pytest.mark.parametrize("names", SAME_BODY)
def test_one_body_one_key_1_228(names: tuple[str, ...]) -> None:
    keys = {org_key(n) for n in names}
    assert len(keys) == 1, keys


@pytest.mark.parametrize(("a", "b"), DIFFERENT_BODIES)
def test_different_bodies_apart_1_228(a: str, b: str) -> None:
    assert org_key(a) != org_key(b)


def _ids(docs: list[tuple[str, str, str]]) -> dict[str, tuple[str, str]]:
    recs = extract_records({"id": i, "language": lang, "text": t} for i, lang, t in docs)
    return {r["article_id"] + ":" + r["quote"][:12]: (r["speaker"], r["speaker_id"]) for r in recs}


def test_bare_body_takes_the_country_named_before_1_228() -> None:
    ids = _ids(
        [
            (
                "a",
                "de",
                "Das polnische Außenministerium hat den Botschafter einbestellt. Die Lage an der Grenze sei "
                "angespannt, teilte das Ministerium mit. Das litauische Außenministerium erklärte, man beobachte "
                "die Lage genau.",
            ),
            (
                "b",
                "en",
                "Poland's foreign ministry said on Tuesday that the border would stay open for trucks.",
            ),
            ("c", "en", "Lithuania's foreign ministry said that talks with Warsaw would continue next week."),
            (
                "d",
                "ru",
                "МИД Польши сообщил о высылке двух дипломатов. По данным министерства, они занимались шпионажем.",
            ),
        ]
    )
    pl = {
        v[1] for k, v in ids.items() if k.startswith(("a:Die Lage", "b:the border", "d:о высылке", "d:они"))
    }
    lt = {v[1] for k, v in ids.items() if k.startswith(("a:man beob", "c:talks with"))}
    assert len(pl) == 1 and len(lt) == 1 and pl != lt, ids


def test_regulator_is_the_central_bank_named_before_1_228() -> None:
    ids = _ids(
        [
            (
                "a",
                "en",
                "The Romanian central bank kept its key rate at 6% on Thursday. The regulator said that inflation "
                "would slow in the spring.",
            ),
            ("b", "de", "Die rumänische Notenbank erklärte, die Inflation werde im Frühjahr sinken."),
            ("c", "en", "The Moldovan central bank said that the leu would stay stable."),
        ]
    )
    assert ids["a:inflation wo"][1] == ids["b:die Inflatio"][1] != ids["c:the leu woul"][1], ids


def test_bare_body_of_a_ukrainian_article_1_228() -> None:
    ids = _ids(
        [
            ("a", "uk", "У Міноборони повідомили, що нова партія дронів уже надійшла до бригад."),
            (
                "b",
                "en",
                "Ukraine's defence ministry said that a new batch of drones had reached the brigades.",
            ),
            ("c", "ru", "Минобороны России заявило, что сбило 12 беспилотников."),
        ]
    )
    assert ids["a:нова партія "][1] == ids["b:a new batch "][1] != ids["c:сбило 12 бес"][1], ids


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Госкомпания «Днипротепло» тем временем сообщила, что ремонт завершён.",
            "ru",
            "Госкомпания «Днипротепло»",
        ),
        ("Компанія «Дніпротепло» тим часом повідомила, що ремонт завершено.", "uk", "Компанія «Дніпротепло»"),
    ],
)
def test_adverb_before_the_verb_not_in_speaker_1_228(text: str, lang: str, speaker: str) -> None:
    recs = list(extract_records([{"id": "a", "language": lang, "text": text}]))
    assert [r["speaker"] for r in recs] == [speaker]


@pytest.mark.parametrize(("phrase", "lang"), [("Нацбанку", "uk"), ("Нацбанка", "ru"), ("ЮНІСЕФ", "uk")])
def test_central_bank_short_form_is_a_body_1_228(phrase: str, lang: str) -> None:
    assert analyze_np(phrase, lang).kind == "organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Opening the case for the prosecution, Imogen Fairlie KC told jurors that the money was gone. Defending, "
        "Dafydd Rees said his client denied it. The prosecutor said that one invoice had been faked.",
        "Prosecuting, Imogen Fairlie said the van was stolen. Defending, Dafydd Rees KC said his client was at "
        "home. The prosecutor said that the keys were never found.",
    ],
)
def test_prosecutor_is_the_person_for_the_prosecution_1_228(text: str) -> None:
    recs = list(extract_records([{"id": "a", "language": "en", "text": text}]))
    assert len(recs) == 3, recs
    assert recs[0]["speaker_id"] == recs[2]["speaker_id"] != recs[1]["speaker_id"], recs
