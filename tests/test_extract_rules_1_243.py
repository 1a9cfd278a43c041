"""The identity rules found with blind batch IDS11 (rules-1.243): people who must stay apart and people who must be
joined despite different forms. Other names than the batch's; the guards keep different people and bodies apart.

* ``councils.council_key`` (from ``names.org_key``): a city, district or regional council with one place named has
  one key in English, German, Ukrainian and Russian; the city's and the region's councils of one place differ.
* ``statebody_resolve.resolve_body`` / ``council_role``: a bare council ("the regional council", "Der Gebietsrat",
  "В облраді") takes the place of the council of its level named in the article; "Der Stadtrat von X" is a body.
* ``generations``: the son's mark ("Jr.", "der Jüngere", "-молодший", "-младший") is kept in the key as the
  father's was ("der Ältere" now too): father, son and the plain name are three keys.
* ``shortnames.first_name_holder``: "Имя Отчество" or a diminutive alone ("Сашко", "Volodya") is the article's
  one person with a full name of that first name's class.
* ``lexicon.ORG_HEADS``: "agro" heads a company's name ("Dubrava Agro said" is a body, not a person).
"""

from __future__ import annotations

import pytest

from ingest.extract import extract_records
from ingest.extract.councils import council_key, place_skeleton
from ingest.extract.names import org_key, person_id, person_key

SAME_BODY: list[tuple[str, ...]] = [
    ("Kharkiv Regional Council", "Gebietsrat von Charkiw", "Харківська обласна рада", "Харківської обласної ради",
     "Харьковский областной совет", "Харьковском областном совете"),
    ("Chernihiv City Council", "Stadtrat von Tschernihiw", "Чернігівська міська рада", "Черниговский городской совет"),
    ("Rivne district council", "Рівненська районна рада"),
    ("Zhytomyr Regional Council", "Житомирська обласна рада", "Gebietsrat von Schytomyr"),
    ("Vinnytsia City Council", "Вінницька міська рада", "Винницкий горсовет"),
]  # fmt: skip
DIFFERENT_BODIES: list[tuple[str, str]] = [
    ("Kharkiv Regional Council", "Kharkiv City Council"),  # one place, two levels
    ("Харківська міська рада", "Харківська обласна рада"),
    ("Stadtrat von Charkiw", "Gebietsrat von Charkiw"),
    ("Kharkiv Regional Council", "Kherson Regional Council"),  # two places
    ("Чернігівська обласна рада", "Черкаська обласна рада"),
    ("Dubrava Agro", "Dubrava Bank"),  # two companies sharing a word
    ("«Дібрава Агро»", "«Дібрава Банк»"),
    ("Dubrava Agro", "Dubrava Bank AG"),
]
NO_COUNCIL_KEY = ["head of the Kharkiv regional council", "депутат Харківської обласної ради", "the regional council",
                  "облраді", "Gebietsratsvorsitzende von Charkiw"]  # fmt: skip


@pytest.mark.parametrize("names", SAME_BODY)
def test_one_body_one_key_1_243(names: tuple[str, ...]) -> None:
    keys = {org_key(n) for n in names}
    assert len(keys) == 1, keys


@pytest.mark.parametrize(("a", "b"), DIFFERENT_BODIES)
def test_different_bodies_apart_1_243(a: str, b: str) -> None:
    assert org_key(a) != org_key(b)


@pytest.mark.parametrize("phrase", NO_COUNCIL_KEY)
def test_no_council_key_1_243(phrase: str) -> None:
    assert council_key(phrase.lower()) == ""


@pytest.mark.parametrize(
    ("a", "b"),
    [("Kharkiv", "Charkiw"), ("Харківська", "Kharkiv"), ("Харьковском", "Kharkiv"), ("Zhytomyr", "Schytomyr"),
     ("Lviv", "Lwiw"), ("Черкаська", "Tscherkassy")],
)  # fmt: skip
def test_place_skeleton_1_243(a: str, b: str) -> None:
    assert place_skeleton(a) == place_skeleton(b) != ""


SAME_PERSON_KEY: list[tuple[str, ...]] = [
    ("Petro Bilyk Jr.", "Petro Bilyk Jr", "Petro Bilyk, Jr.", "Петро Білик-молодший", "Petro Bilyk der Jüngere",
     "Петро Білик молодший", "Petro Bilyk junior"),
    ("Petro Bilyk Sr.", "Petro Bilyk der Ältere", "Петро Білик-старший", "Petro Bilyk senior"),
    ("Петр Белик-младший", "Петр Белик младший"),
]  # fmt: skip


@pytest.mark.parametrize("names", SAME_PERSON_KEY)
def test_generation_keys_1_243(names: tuple[str, ...]) -> None:
    keys = {person_key(n) for n in names}
    assert len(keys) == 1, keys


@pytest.mark.parametrize(
    ("a", "b"),
    [("Petro Bilyk der Ältere", "Petro Bilyk der Jüngere"), ("Petro Bilyk Sr.", "Petro Bilyk Jr."),
     ("Petro Bilyk Jr.", "Petro Bilyk"), ("Петро Білик-молодший", "Петро Білик"), ("Donald Trump Jr.", "Donald Trump")],
)  # fmt: skip
def test_father_son_and_plain_name_apart_1_243(a: str, b: str) -> None:
    assert person_key(a) != person_key(b)


def _ids(docs: list[tuple[str, str, str]]) -> dict[str, tuple[str, str]]:
    recs = extract_records({"id": i, "language": lang, "text": t} for i, lang, t in docs)
    out = {r["article_id"] + ":" + r["quote"]: (r["speaker"], r["speaker_id"]) for r in recs}
    return _Prefixed(out)


class _Prefixed(dict[str, tuple[str, str]]):
    """Statements by article and the start of their quote ("a:the first bu")."""

    def __missing__(self, key: str) -> tuple[str, str]:
        hits = [v for k, v in self.items() if k.startswith(key)]
        if len(hits) != 1:
            raise KeyError(f"{key}: {dict(self)}")
        return hits[0]


def test_bare_council_takes_the_place_named_1_243() -> None:
    ids = _ids(
        [
            ("a", "en", "In Kharkiv, the regional council said it would buy 30 buses for rural schools. The Kharkiv "
             "Regional Council said the first buses would arrive in May."),
            ("b", "de", "Der Gebietsrat von Charkiw hat neue Busse bestellt. Der Gebietsrat erklärte, die Busse "
             "kämen im Mai. Der Stadtrat von Charkiw kritisierte, die Stadt sei leer ausgegangen."),
            ("c", "uk", "Харківська обласна рада ухвалила програму. В облраді повідомили, що автобуси прибудуть у "
             "травні. Харківська міська рада заявила, що місту теж потрібні автобуси."),
        ]
    )  # fmt: skip
    region = {ids[k][1] for k in ("a:it would buy", "a:the first bu", "b:die Busse k", "c:автобуси пр")}
    city = {ids[k][1] for k in ("b:die Stadt s", "c:місту теж п")}
    assert len(region) == 1 and len(city) == 1 and region != city, ids


def test_generations_across_articles_1_243() -> None:
    ids = _ids(
        [
            ("a", "en", "Petro Bilyk Sr., who founded the mill, said he would retire. His son, Petro Bilyk Jr., "
             "will run it. \"We will not sell,\" Bilyk Jr. said."),
            ("b", "de", "Petro Bilyk der Ältere, Gründer der Mühle, tritt ab. „Ich bleibe Berater“, sagte Petro Bilyk "
             "der Ältere. Petro Bilyk der Jüngere, bisher Geschäftsführer, sagte, die Mühle werde nicht verkauft."),
            ("c", "uk", "Петро Білик-молодший заявив, що млин не продаватимуть. Петро Білик-старший сказав, що "
             "залишиться радником."),
        ]
    )  # fmt: skip
    father = {ids[k][1] for k in ("a:he would ret", "b:Ich bleibe B", "c:залишиться ")}
    son = {ids[k][1] for k in ("a:We will not ", "b:die Mühle we", "c:млин не прод")}
    assert len(father) == 1 and len(son) == 1 and father != son, ids


@pytest.mark.parametrize(
    ("lang", "text", "quote"),
    [
        ("ru", "Мэр Винницы Сергей Гнатюк встретился с учителями. «Школы будут с отоплением», — пообещал Сергей "
         "Викторович.", "Школы будут "),
        ("uk", "Мер Вінниці Володимир Гнатюк приїхав у рідне село. «Я тут виріс», — каже Володя.", "Я тут виріс"),
        ("en", "Mayor Volodymyr Hnatiuk visited his village. \"I grew up here,\" Volodya said.", "I grew up he"),
    ],
)  # fmt: skip
def test_patronymic_and_diminutive_are_the_person_named_1_243(lang: str, text: str, quote: str) -> None:
    ids = _ids([("a", lang, text)])
    full = {"ru": "Сергей Гнатюк", "uk": "Володимир Гнатюк", "en": "Volodymyr Hnatiuk"}[lang]
    assert ids["a:" + quote][1] == person_id(person_key(full, lang)), ids


def test_diminutive_with_two_holders_stays_apart_1_243() -> None:
    """Two men of the class in the article: "Сашко" is neither."""
    ids = _ids(
        [
            ("a", "uk", "Олександр Гнатюк і Олександр Бойко приїхали в село. «Я тут виріс», — каже Сашко."),
        ]
    )
    sid = ids["a:Я тут виріс"][1]
    assert sid not in {person_id(person_key(n, "uk")) for n in ("Олександр Гнатюк", "Олександр Бойко")}
