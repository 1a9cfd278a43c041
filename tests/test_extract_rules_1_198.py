"""The identity rules found with blind batch IDS8 (rules-1.198): Polish, Romanian and Hungarian spellings, places
before a Cyrillic name, a title and a surname, the office a person takes, and bodies by their short names and
across languages. Other names than the batch's; the guards keep different people and bodies apart.

* ``names.fold_word``: the Romanian "ț"/"ţ" is "ts" ("Bălcescuț" = "Балческуц"), "ș"/"ş" is "sh".
* ``link.spelling_variants``: a Polish "sz"/"cz" ("Wołodymyr Szczerbak" = "Volodymyr Shcherbak"), a final
  "ts" against a "t" written without its comma.
* ``lexicon_countries``/``personnames``: a country in the genitive ("Молдови", "Латвии") or a town after "міста",
  "города" before a name is no part of it.
* ``titled``: "Dr X of the Y", "… докторка X", "пан X" / "пані X" name the person X (with the title's gender).
* ``appositions.role_after``: "X was sworn in as Y's foreign minister" makes "the new foreign minister" X.
* ``bodykeys``/``names.org_key``: a bracketed acronym or a Latin name after a Cyrillic description is the body's
  key ("(SEZ)" = "SEZ" = "компанії СЕЗ"); a country's border guard is one key in every language.
* ``link``: a one-word "person" that the batch names as a body is that body ("Frontex said"); a border guard named
  without its country is the article's border guard with one.
"""

from __future__ import annotations

import pytest

from ingest.extract import extract_records
from ingest.extract.link import merge_variants
from ingest.extract.names import org_key, person_key

SAME_KEY: list[tuple[str, str]] = [
    ("«Балтнефть»", "Baltneft"),  # rules-1.228: a Cyrillic name in Latin letters (the older gold joined)
    ("Baltic Grid Company (BMK)", "BMK"),
    ("державна компанія «Балтійська мережа» (BMK)", "the BMK"),
    ("Государственная компания «Балтийская сеть» (БМК)", "BMK"),
    ("компанії БМК", "BMK"),
    ("Європейське агентство з безпеки мереж (Netsafe)", "Netsafe"),
    ("die EU-Cyberagentur Netsafe", "Netsafe"),
    ("Netsafe, the EU's network security agency", "Netsafe"),
    ("the Lithuanian Border Guard (VSAT)", "der litauische Grenzschutz"),
    ("Государственная пограничная служба Литвы", "Прикордонна служба Литви"),
    ("Погранслужба Литвы", "Lithuania's border guard service"),
]
OTHER_KEY: list[tuple[str, str]] = [
    ("the Lithuanian Border Guard", "the Latvian Border Guard"),  # guard: two countries
    ("Прикордонна служба Литви", "Пограничная служба Латвии"),
    ("Border Guard", "the Lithuanian Border Guard"),  # without a country: not joined by its key
    ("State Emergency Service (SES)", "SES"),  # a known body keeps its table's key (rules-1.159)
    ("Фронтекс", "Frontex"),
    ("компанії БМК", "компанії ДТС"),
]


@pytest.mark.parametrize(("a", "b"), SAME_KEY)
def test_same_body_key_1_198(a: str, b: str) -> None:
    assert org_key(a) == org_key(b)


@pytest.mark.parametrize(("a", "b"), OTHER_KEY)
def test_other_body_key_1_198(a: str, b: str) -> None:
    assert org_key(a) != org_key(b)


def test_known_acronyms_keep_their_keys_1_198() -> None:
    assert org_key("СБУ") == org_key("Security Service of Ukraine")
    assert org_key("ЗСУ") == org_key("Збройні сили України")
    assert org_key("Державна прикордонна служба України") == org_key("Державна прикордонна служба")


# (name, lang, name, lang, one person): the keys match or the batch linking joins them
PEOPLE: list[tuple[str, str | None, str, str | None, bool]] = [
    ("Radu Bălcescuț", None, "Раду Балческуц", "ru", True),
    ("Radu Bălcescuţ", None, "Раду Балческуц", "uk", True),  # the cedilla form
    ("Radu Bălcescuț", None, "Radu Balcescut", None, True),  # without the comma
    ("Volodymyr Shcherbak", None, "Wołodymyr Szczerbak", None, True),
    ("Oleh Chornyi", None, "Ołeh Czornyj", None, True),
    ("Sándor Szabó", None, "Sandor Sabo", None, True),  # a Hungarian "sz"
    ("Volodymyr Shcherbak", None, "Wołodymyr Szczepaniak", None, False),  # guard: another surname
    ("Radu Bălcescuț", None, "Radu Bălănescu", None, False),  # guard: another surname
    ("Oleh Chornyi", None, "Olga Czornyj", None, False),  # guard: another first name
]


@pytest.mark.parametrize(("a", "la", "b", "lb", "same"), PEOPLE)
def test_spelling_variants_1_198(a: str, la: str | None, b: str, lb: str | None, same: bool) -> None:
    ka, kb = person_key(a, la), person_key(b, lb)
    canon = merge_variants([ka, kb])
    assert (canon[kb] == canon[ka]) is same, (ka, kb)


def _recs(docs: list[tuple[str, str]]) -> list[dict[str, str]]:
    recs = [{"id": f"a{i}", "text": t, "language": lang, "title": ""} for i, (lang, t) in enumerate(docs)]
    return [dict(r) for r in extract_records(recs)]


def test_place_before_cyrillic_name_1_198() -> None:
    out = _recs(
        [
            ("uk", "Міністр юстиції Молдови Думітру Кожокару заявив, що закон ухвалять до кінця року."),
            ("ru", "Мэр польского города Пшемысль Анна Вуйцик заявила, что мост откроют весной."),
            ("ru", "Министр юстиции Молдовы Думитру Кожокару заявил, что закон примут до конца года."),
        ]
    )
    speakers = [r["speaker"] for r in out]
    assert speakers == ["Думітру Кожокару", "Анна Вуйцик", "Думитру Кожокару"], speakers
    assert out[0]["speaker_id"] == out[2]["speaker_id"], out


def test_title_and_surname_1_198() -> None:
    out = _recs(
        [
            ("en", "Dr Varga of the Szeged Institute for Energy said prices would fall in spring."),
            (
                "uk",
                "Експертка Сегедського інституту енергетики докторка Варга заявила, що ціни впадуть навесні.",
            ),
            ("ru", "Как заявил эксперт Сегедского института энергетики доктор Варга, цены упадут весной."),
        ]
    )
    assert [r["speaker_type"] for r in out] == ["person"] * 3, out
    assert len({r["speaker_id"] for r in out}) == 1, out


def test_brother_and_sister_by_title_1_198() -> None:
    out = _recs(
        [
            (
                "uk",
                "Власниця кафе Ірена Новак заявила, що туристів стало менше. Її брат Томаш Новак, власник "
                "готелю, розповів, що номери порожні. «Ми чекаємо на весну», — додав пан Новак.",
            ),
        ]
    )
    assert out[-1]["speaker"] == "Томаш Новак", out
    assert out[0]["speaker_id"] != out[-1]["speaker_id"], out  # guard: the sister stays apart


def test_office_taken_1_198() -> None:
    out = _recs(
        [
            (
                "en",
                "Lena Horvath was sworn in as Hungary's foreign minister on Monday, a week after Peter Nagy "
                'resigned. "We will talk to all our neighbours," the new foreign minister said.',
            ),
        ]
    )
    assert out[-1]["speaker"] == "Lena Horvath", out


def test_body_by_short_name_across_articles_1_198() -> None:
    out = _recs(
        [
            ("en", "Netsafe, the EU's network security agency, said it had found the flaw in March."),
            ("de", "Die EU-Cyberagentur Netsafe teilte mit, der Fehler sei behoben."),
            ("en", "Netsafe said the flaw had been fixed."),
            ("en", "Gareth Frost, who runs a small shop, said he had not heard of the flaw. Frost said so."),
        ]
    )
    body = {r["speaker_id"] for r in out if r["article_id"] in ("a0", "a1", "a2")}
    assert len(body) == 1 and next(iter(body)).startswith("O-"), out
    assert all(r["speaker_id"].startswith("P-") for r in out if r["article_id"] == "a3"), out  # guard


def test_border_guard_without_country_1_198() -> None:
    out = _recs(
        [
            (
                "en",
                "The Lithuanian Border Guard said 40 people had tried to cross the border overnight. Most of them "
                "were turned back, the Border Guard said.",
            ),
            (
                "de",
                "Der litauische Grenzschutz teilte mit, 40 Menschen hätten versucht, die Grenze zu überqueren.",
            ),
            ("en", "The Latvian Border Guard said the night had been quiet."),  # guard: another country
        ]
    )
    ids = [r["speaker_id"] for r in out]
    assert ids[0] == ids[1] == ids[2] != ids[3], out


def test_the_agency_named_elsewhere_1_198() -> None:
    out = _recs(
        [
            ("en", "Netsafe, the European Network Security Agency, said it had found the flaw in March."),
            ("en", "Netsafe said the flaw had been fixed. The agency said it would publish a report in May."),
            (
                "en",
                "Netsafe said the flaw had been fixed. The Baltic Grid Company said its network was safe. The agency said "
                "it would publish a report.",
            ),  # guard: two named bodies in the article
        ]
    )
    a1 = {r["speaker_id"] for r in out if r["article_id"] in ("a0", "a1")}
    assert len(a1) == 1, out
    a2 = [r for r in out if r["article_id"] == "a2"]
    assert a2[-1]["speaker_id"] != a2[0]["speaker_id"], out
