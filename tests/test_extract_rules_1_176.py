"""The identity rules found with blind batch IDS6 (rules-1.176): bodies, transliterations and role holders.

* ``bodykeys`` (``names.org_key``): the IAEA in four languages ("IAEA", "IAEO", "Internationale
  Atomenergiebehörde", "МАГАТЕ", the full names). Guards: another country's atomic energy agency.
* ``link.merge_variants``: a German "ch" for "х" ("Suchanow" = "Sukhanov") in surnames of six letters or more,
  the first names agreeing. Guard: other first names.
* ``npclean.strip_medium``: "X в інтерв'ю, опублікованому в неділю," leaves no participle in X's role, so a
  later "очільник розвідки" finds X.
* ``surnames.of_gender``/``case_gender``: of two people of one surname in a Ukrainian or Russian article, a
  man's case ending ("За словами Мельника") or the verb's gender ("Мельник наголосила") picks one.
* ``nptidy``: "Нова міністерка оборони", "Новый министр" are the role, not a person "Нова".
* ``mentions``: "Глава МИД Польши Name" makes no person "МИД Польши"; "министром иностранных дел Украины Name"
  gives Name the role; "глава украинского МИД" is a minister.
* ``antecedents.frame_body``: "… Das teilte die Luftwaffe mit. Nach ihren Angaben …" is the body.
"""

from __future__ import annotations

import pytest

from ingest.extract import extract_statements
from ingest.extract.link import merge_variants
from ingest.extract.names import org_key, person_key
from ingest.extract.speakers import analyze_np
from ingest.models import ArticleText

SAME_KEY: list[tuple[str, str]] = [
    ("International Atomic Energy Agency (IAEA)", "МАГАТЕ"),
    ("die Internationale Atomenergiebehörde", "Международного агентства по атомной энергии"),
    ("IAEO", "IAEA"),
    ("Міжнародне агентство з атомної енергії", "the IAEA"),
]
OTHER_KEY: list[tuple[str, str]] = [
    ("Atomic Energy Agency of Canada", "IAEA"),
    ("Nuclear Energy Agency", "IAEA"),
    ("Atomenergiebehörde Kanadas", "Atomenergiebehörde"),
]


@pytest.mark.parametrize(("a", "b"), SAME_KEY)
def test_same_body_key_1_176(a: str, b: str) -> None:
    assert org_key(a) == org_key(b)


@pytest.mark.parametrize(("a", "b"), OTHER_KEY)
def test_other_body_key_1_176(a: str, b: str) -> None:
    assert org_key(a) != org_key(b)


# (name, name, one person)
VARIANTS: list[tuple[str, str, bool]] = [
    ("Michail Suchanow", "Mikhail Sukhanov", True),
    ("Olexij Machnenko", "Oleksiy Makhnenko", True),
    ("Andrei Suchanow", "Mikhail Sukhanov", False),  # guard: another first name
    ("Mikhail Sukhanov", "Mikhail Sukhanova", True),  # as before (fuzzy)
]


@pytest.mark.parametrize(("a", "b", "same"), VARIANTS)
def test_german_ch_variants_1_176(a: str, b: str, same: bool) -> None:
    ka, kb = person_key(a), person_key(b)
    canon = merge_variants([ka, kb])
    assert (canon[ka] == canon[kb]) is same


def _ids(text: str, lang: str) -> list[tuple[str, str]]:
    doc = ArticleText(id="a1", text=text, title="", language=lang)
    return [(s.speaker, s.speaker_id) for s in extract_statements(doc)]


# (text, lang, indices of one id, indices of another id)
ONE_ID: list[tuple[str, str, list[int], list[int]]] = [
    (
        "Очільник ГУР Тарас Мирошник в інтерв'ю, опублікованому в неділю, заявив, що фронт стабільний. "
        "«Резерви в нас є», — сказав очільник розвідки.",
        "uk",
        [0, 1],
        [],
    ),
    (
        "Глава ГУР Тарас Мирошник в интервью, опубликованном в воскресенье, заявил, что фронт стабилен. "
        "«Резервы у нас есть», — сказал руководитель разведки.",
        "ru",
        [0, 1],
        [],
    ),
    (
        "Міністерка Ганна Мельник та губернатор Петро Мельник відвідали Львів. Мельник наголосила, що потрібні "
        "генератори. Губернатор Петро Мельник повідомив, що поранено п'ятеро людей. За словами Мельника, ремонт "
        "триватиме тиждень.",
        "uk",
        [1, 2],
        [0],
    ),
    (
        "Министр Анна Мельник и губернатор Петр Мельник посетили Львов. По словам Мельника, ремонт займет неделю. "
        "Мельник заявила, что нужны генераторы.",
        "ru",
        [0],
        [1],
    ),
    (
        "Парламент звільнив міністра оборони і призначив на його місце заступницю міністра Ірину Гаврилюк. Нова міністерка оборони заявила, що закупівлі "
        "прискорять. «Час працює проти нас», — наголосила Гаврилюк.",
        "uk",
        [0, 1],
        [],
    ),
    (
        "Глава МИД Польши Ежи Новак посетил Харьков вместе с министром иностранных дел Украины Оксаной Ткач. "
        "«Мы не оставим вас», — заявил Новак. Ткач заявила, что Украине нужны системы ПВО. «Харьков рядом с "
        "границей», — подчеркнула глава украинского МИД.",
        "ru",
        [1, 2],
        [0],
    ),
    (
        "Russland hat die Ukraine in der Nacht mit 60 Drohnen angegriffen. Das teilte die ukrainische Luftwaffe mit. "
        "Nach ihren Angaben wurden 52 Drohnen abgeschossen.",
        "de",
        [0, 1],
        [],
    ),
]


@pytest.mark.parametrize(("text", "lang", "same", "other"), ONE_ID)
def test_one_id_in_article_1_176(text: str, lang: str, same: list[int], other: list[int]) -> None:
    got = _ids(text, lang)
    ids = {got[i][1] for i in same}
    assert len(ids) == 1, got
    assert all(got[i][1] not in ids for i in other), got
    assert all(not sid.startswith("U-") for _, sid in got), got


# (phrase, lang, kind): "new" before a role is no name; guards: a place, a company
PHRASES: list[tuple[str, str, str]] = [
    ("Нова міністерка оборони", "uk", "role"),
    ("Новий речник відомства", "uk", "role"),
    ("Новый министр обороны", "ru", "role"),
    ("Нова Каховка", "uk", "person"),  # as before (a town, not this rule's)
]


@pytest.mark.parametrize(("phrase", "lang", "kind"), PHRASES)
def test_new_role_1_176(phrase: str, lang: str, kind: str) -> None:
    sp = analyze_np(phrase, lang)
    assert sp.kind == kind
    assert sp.name != phrase.split()[0]


def test_across_articles_1_176() -> None:
    en = _ids("The International Atomic Energy Agency (IAEA) said no radiation had leaked.", "en")
    de = _ids("Radioaktivität sei nicht ausgetreten, teilte die Internationale Atomenergiebehörde mit.", "de")
    uk = _ids("Витоку радіації не зафіксовано, повідомили в МАГАТЕ.", "uk")
    assert en[0][1] == de[0][1] == uk[0][1]
