"""The identity rules found with blind batch IDS16 (rules-1.305): people named across articles by full name,
surname, role phrase and transliteration get one id; two people of one surname stay apart. Other names than the
batch's; each table holds the cases a rule must leave alone.

* ``rolelink.own_role``: a role phrase's office stops at a relative clause ("an MP who … is not related to the
  intelligence chief" holds no intelligence office), so an unnamed "The intelligence chief" finds its one holder.
* ``rolelink.by_office``: a bare surname two people of the batch share is the one whose office its role phrase names
  ("Der Geheimdienstchef Lysak").
* ``link.link_role_surname``: an unnamed role phrase ending in a surname ("мер Кравчук", "Бывший министр Тарасюк")
  is the batch's one full-name person of that surname.
* ``namelinks.link_acronym_tails``: "Inlandsgeheimdienst SBU" is the batch's "SBU"; "турецькому МЗС" is not "МЗС".
* ``surnames.case_gender``: a Ukrainian man's "-ко" surname is declined, a woman's not ("за словами Лисенка" is
  his, "за словами Лисенко" hers); the cue verb's gender picks between two of one surname ("— добавил Лисенко").
* ``newroles.acting_holder``: "the acting minister" is the person named as acting minister, not the one who left.
"""

from __future__ import annotations

from typing import Any

import pytest

from extract_rule_helpers import linked_records
from ingest.extract import extract_records
from ingest.extract.rolelink import own_role
from ingest.extract.surnames import case_gender


def _records(docs: list[tuple[str, str, str]]) -> list[dict[str, Any]]:
    return list(
        extract_records(
            [
                {"id": f"a{i}", "language": lang, "published": f"{day}T09:00:00Z", "text": text}
                for i, (lang, day, text) in enumerate(docs)
            ]
        )
    )


def _id_of(recs: list[dict[str, Any]], quote_word: str) -> str:
    hits = [str(r["speaker_id"]) for r in recs if quote_word in str(r["quote"])]
    assert len(hits) == 1, (quote_word, recs)
    return hits[0]


# own_role: the phrase up to a relative clause; phrases without one unchanged
OWN_ROLE = [
    (
        "an opposition MP who chairs a subcommittee and is not related to the intelligence chief",
        "an opposition MP",
    ),
    ("Народна депутатка, яка очолює комітет розвідки", "Народна депутатка,"),
    (
        "Der Chef des ukrainischen Militärgeheimdienstes HUR",
        "Der Chef des ukrainischen Militärgeheimdienstes HUR",
    ),
    ("Ukraine's military intelligence chief", "Ukraine's military intelligence chief"),
]


@pytest.mark.parametrize(("phrase", "own"), OWN_ROLE)
def test_own_role_1_305(phrase: str, own: str) -> None:
    assert own_role(phrase) == own


# (articles, quote word of the unnamed or bare speaker, quote word of the person it must be, of the one it must not)
SAME_PERSON = [
    (  # an unnamed intelligence chief: the MP "not related to the intelligence chief" holds no such office
        [
            (
                "en",
                "2027-03-02",
                "Ukraine's military intelligence chief, Petro Lysak, said the drones came from Crimea. "
                "Olena Lysak, an MP who is not related to the intelligence chief, said the budget was too small.",
            ),
            ("en", "2027-03-03", "The intelligence chief said new launches were expected within days."),
            ("en", "2027-03-04", "Petro Lysak said the launch sites had been moved north."),
        ],
        "launches",
        "Crimea",
        "budget",
    ),
    (  # a bare surname two people share, with the office of one of them
        [
            (
                "en",
                "2027-03-02",
                "Military intelligence chief Petro Lysak said the drones came from Crimea. "
                "Olena Lysak, an opposition MP, said the budget was too small.",
            ),
            (
                "de",
                "2027-03-03",
                "Der ukrainische Geheimdienstchef Lysak sagte, die Startplätze seien verlegt worden.",
            ),
        ],
        "Startplätze",
        "Crimea",
        "budget",
    ),
    (  # a role phrase ending in the surname of a person named in full elsewhere
        [
            ("en", "2027-03-02", "Mayor Ihor Kravchuk said the bridge would reopen in May."),
            ("uk", "2027-03-03", "«Міст відкриємо в травні», — сказав мер Кравчук."),
        ],
        "Міст",
        "bridge",
        "",
    ),
]


@pytest.mark.parametrize(("docs", "bare", "same", "other"), SAME_PERSON)
def test_same_person_across_articles_1_305(
    docs: list[tuple[str, str, str]], bare: str, same: str, other: str
) -> None:
    recs = _records(docs)
    assert _id_of(recs, bare) == _id_of(recs, same)
    if other:
        assert _id_of(recs, bare) != _id_of(recs, other)


# left alone: the role phrase's surname is two people's, or the phrase ends in a place, or no office picks one
APART = [
    (
        [
            ("en", "2027-03-02", "Mayor Ihor Kravchuk said the bridge would reopen in May."),
            ("en", "2027-03-02", "Ivan Kravchuk, a farmer, said the river had risen."),
            ("uk", "2027-03-03", "«Міст відкриємо в травні», — сказав мер Кравчук."),
        ],
        "Міст",
        ["bridge", "river"],
    ),
    (
        [
            ("en", "2027-03-02", "Petro Lysak said the drones came from Crimea."),
            ("en", "2027-03-02", "Olena Lysak said the budget was too small."),
            ("de", "2027-03-03", "Lysak sagte, die Startplätze seien verlegt worden."),
        ],
        "Startplätze",
        ["Crimea", "budget"],
    ),
    (
        [
            ("en", "2027-03-02", "Mark Weston said the study was flawed."),
            ("en", "2027-03-03", "A psychology professor at Weston University said the data were thin."),
        ],
        "data",
        ["study"],
    ),
]


@pytest.mark.parametrize(("docs", "bare", "others"), APART)
def test_kept_apart_1_305(docs: list[tuple[str, str, str]], bare: str, others: list[str]) -> None:
    recs = _records(docs)
    for other in others:
        assert _id_of(recs, bare) != _id_of(recs, other)


# acronym tails: (articles, quote word, quote word of the body it must be or "" , quote word it must not be)
ACRONYMS = [
    (
        [
            ("en", "2027-03-02", "The SBU said it had opened a criminal case."),
            ("de", "2027-03-03", "Der Inlandsgeheimdienst SBU teilte mit, er ermittle wegen Sabotage."),
        ],
        "Sabotage",
        "criminal",
    ),
    (
        [
            ("uk", "2027-03-02", "У МЗС заявили, що посла викличуть для пояснень."),
            ("uk", "2027-03-03", "У турецькому МЗС наголосили, що сторони домовилися про нову зустріч."),
        ],
        "",
        "",
    ),
]


@pytest.mark.parametrize(("docs", "tail", "alone"), ACRONYMS)
def test_acronym_tail_1_305(docs: list[tuple[str, str, str]], tail: str, alone: str) -> None:
    recs = _records(docs)
    if tail:
        assert _id_of(recs, tail) == _id_of(recs, alone)
    else:
        assert len({r["speaker_id"] for r in recs if r["speaker_type"] == "organisation"}) == len(
            [r for r in recs if r["speaker_type"] == "organisation"]
        )


CASE_GENDER = [
    ("Лисенка", "Лисенко", "uk", "за словами", "m"),
    ("Лисенку", "Лисенко", "uk", "", "m"),
    ("Лисенко", "Лисенко", "uk", "за словами", "f"),
    ("Лисенко", "Лисенко", "uk", "сказала", ""),  # the nominative: no case to read
    ("Лисенко", "Лисенко", "ru", "по словам", ""),  # Russian "-енко" is not declined for either
    ("Костюка", "Костюк", "uk", "за словами", "m"),  # rules-1.176 unchanged
]


@pytest.mark.parametrize(("text", "name", "lang", "cue", "gender"), CASE_GENDER)
def test_case_gender_1_305(text: str, name: str, lang: str, cue: str, gender: str) -> None:
    assert case_gender(text, name, lang, cue) == gender


# two people of one surname in one article: the declension or the verb picks one (speaker of the last statement)
TWO_OF_ONE_SURNAME = [
    (
        "uk",
        "Керівник розвідки Петро Лисенко заявив, що загроза зросла. Депутатка Олена Лисенко вимагає слухань. "
        "За словами Лисенка, розвідка знає імена нападників.",
        "Петро Лисенко",
    ),
    (
        "uk",
        "Керівник розвідки Петро Лисенко заявив, що загроза зросла. Депутатка Олена Лисенко вимагає слухань. "
        "За словами Лисенко, попередження ігнорували з червня.",
        "Олена Лисенко",
    ),
    (
        "ru",
        "Глава разведки Петр Лисенко заявил, что угроза выросла. Депутат Елена Лисенко потребовала слушаний. "
        "«Мы знаем, где они живут», — добавил Лисенко.",
        "Петр Лисенко",
    ),
    (
        "ru",
        "Глава разведки Петр Лисенко заявил, что угроза выросла. Депутат Елена Лисенко потребовала слушаний. "
        "«Предупреждения игнорировали», — добавила Лисенко.",
        "Елена Лисенко",
    ),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), TWO_OF_ONE_SURNAME)
def test_two_of_one_surname_1_305(lang: str, text: str, speaker: str) -> None:
    recs = linked_records(text, lang)
    assert recs and recs[-1]["speaker"] == speaker, recs


# the acting holder: the person named as acting minister, not the one who resigned; none named: unchanged
ACTING = [
    (
        "en",
        "Health Minister Mark Ellison resigned on Monday. The cabinet appointed his deputy, Anna Vogt, as acting "
        'health minister. "Every hospital will be inspected by June," the acting minister said.',
        "Anna Vogt",
    ),
    (
        "de",
        "Gesundheitsminister Mark Ellison ist zurückgetreten. Kommissarische Gesundheitsministerin wird seine "
        "Stellvertreterin Anna Vogt. „Jedes Krankenhaus wird bis Juni geprüft“, sagte die kommissarische Ministerin.",
        "Anna Vogt",
    ),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), ACTING)
def test_acting_holder_1_305(lang: str, text: str, speaker: str) -> None:
    recs = linked_records(text, lang)
    assert recs and recs[-1]["speaker"] == speaker, recs


def test_acting_phrase_without_acting_holder_1_305() -> None:
    text = (
        'Health Minister Mark Ellison visited the hospital. "Every hospital will be inspected by June," '
        "the acting minister said."
    )
    recs = linked_records(text, "en")
    assert all(r["speaker"] != "Anna Vogt" for r in recs)
