"""rules-1.449 (blind batch IDS32): the main Ukrainian and Russian military and security bodies get one key in
English, German, Ukrainian and Russian (``bodytable``: Ukraine's navy (its Cyrillic names a key of their own), ground forces, national guard, the SBU and
the Cyrillic "ВВС" of its air force; Russia's FSB, SVR, Rosgvardia and the Black Sea Fleet); a speaker phrase that
names such a body only with the words read as a person's name is the body ("The Black Sea Fleet", "Die ukrainische
Marine", "Військово-морські сили ЗСУ"); a German fleet compound is a body noun ("Die Schwarzmeerflotte teilte
mit"); a Ukrainian or Russian rank after a body's
capitalised name keeps the phrase going into the name ("представитель Минобороны генерал-майор X")."""

from __future__ import annotations

import pytest

from extract_rule_helpers import linked_records
from ingest.extract.names import org_key
from ingest.extract.roles import is_org_word
from ingest.extract.speakers import analyze_np

_SAME_BODY = [
    (
        "Ukrainian Navy",
        "Ukraine's Navy",
        "Naval Forces of Ukraine",
        "ukrainische Marine",
        "Marine der Ukraine",
    ),
    (
        "Військово-морські сили ЗСУ",
        "ВМС ЗСУ",
        "ВМС України",
        "ВМС Украины",
        "Военно-морские силы Украины",
        "ВМС",
    ),
    (
        "Ukraine's Ground Forces",
        "ukrainische Landstreitkräfte",
        "ukrainisches Heer",
        "Сухопутні війська ЗСУ",
        "Сухопутні війська",
        "Сухопутные войска ВСУ",
    ),
    (
        "National Guard of Ukraine",
        "Ukraine's National Guard",
        "ukrainische Nationalgarde",
        "Нацгвардія",
        "Національна гвардія України",
        "НГУ",
        "Национальная гвардия Украины",
    ),
    (
        "SBU",
        "the SBU security service",
        "Security Service of Ukraine",
        "Geheimdienst SBU",
        "der ukrainische Geheimdienst SBU",
        "СБУ",
        "Служба безпеки України",
        "Службе безопасности Украины",
    ),
    (
        "FSB",
        "Russia's FSB security service",
        "Russia's Federal Security Service",
        "Inlandsgeheimdienst FSB",
        "der russische Inlandsgeheimdienst FSB",
        "ФСБ",
        "ФСБ Росії",
        "ФСБ России",
        "Федеральна служба безпеки Росії",
        "Федеральная служба безопасности",
    ),
    (
        "SVR",
        "Russia's Foreign Intelligence Service",
        "Auslandsgeheimdienst SVR",
        "СВР",
        "Служба зовнішньої розвідки Росії",
        "Служба внешней разведки России",
    ),
    (
        "Rosgvardia",
        "Russia's National Guard",
        "russische Nationalgarde",
        "Росгвардия",
        "Росгвардії",
        "Нацгвардія Росії",
    ),
    (
        "Black Sea Fleet",
        "Russia's Black Sea Fleet",
        "Schwarzmeerflotte",
        "russische Schwarzmeerflotte",
        "Чорноморський флот",
        "Чорноморському флоті РФ",
        "Черноморский флот",
        "Черноморском флоте",
    ),
    (
        "Ukraine's Air Force",
        "ukrainische Luftwaffe",
        "ukrainische Luftstreitkräfte",
        "Повітряні сили",
        "Воздушные силы ВСУ",
        "ВВС Украины",
        "ВВС",
    ),
]


@pytest.mark.parametrize("names", _SAME_BODY, ids=lambda n: n[0])
def test_a_body_keeps_one_key_in_four_languages(names: tuple[str, ...]) -> None:
    assert len({org_key(n) for n in names}) == 1, {n: org_key(n) for n in names}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Ukrainian Navy", "the navy"),  # a bare navy is any country's
        ("Ukrainian Navy", "US Navy"),
        ("ВМС України", "ВМС США"),
        ("ukrainische Marine", "Marine"),
        ("Ukraine's Ground Forces", "Ground Forces"),
        ("Сухопутные войска ВСУ", "Сухопутные войска"),  # Russian: also Russia's own
        ("National Guard of Ukraine", "Rosgvardia"),
        ("Нацгвардія", "Нацгвардія Росії"),
        ("SVR", "Служба зовнішньої розвідки України"),  # Ukraine's foreign intelligence is another body
        ("FSB", "SBU"),
        ("Black Sea Fleet", "Baltic Fleet"),
    ],
)
def test_bodies_the_table_keeps_apart(one: str, other: str) -> None:
    assert org_key(one) != org_key(other)


@pytest.mark.parametrize(
    ("lang", "phrase"),
    [
        ("en", "The Black Sea Fleet"),
        ("de", "Die ukrainische Marine"),
        ("uk", "Військово-морські сили ЗСУ"),
        ("de", "Die Schwarzmeerflotte"),
    ],
)
def test_a_table_body_read_as_a_name_is_the_body(lang: str, phrase: str) -> None:
    assert analyze_np(phrase, lang).kind == "organisation"


@pytest.mark.parametrize(
    ("lang", "phrase", "name"),
    [
        ("en", "Black Sea Fleet commander Viktor Lesenko", "Viktor Lesenko"),  # the body is named without him
        ("en", "Marine Le Pen", "Marine Le Pen"),
        ("de", "Kremlsprecher Anatoli Kurbatow", "Anatoli Kurbatow"),  # "nato" inside a word names no body
        ("ru", "представитель ВОЗ Ферранте", "ВОЗ Ферранте"),  # the body's name does not hold the whole name
        ("ru", "источник в МИД России", "МИД России"),  # a source in the body is no body
        ("de", "Marinesprecher Bohdan Ostaptschuk", "Bohdan Ostaptschuk"),
    ],
)
def test_a_person_beside_a_table_body_stays_a_person(lang: str, phrase: str, name: str) -> None:
    sp = analyze_np(phrase, lang)
    assert sp.kind in ("person", "role") and sp.name in ("", name)


@pytest.mark.parametrize(
    ("word", "body"),
    [("Schwarzmeerflotte", True), ("Flotte", True), ("Handelsflotte", True), ("Flottenchef", False)],
)
def test_a_german_fleet_compound_is_a_body_noun(word: str, body: bool) -> None:
    assert is_org_word(word) is body


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "ru",
            "«Все цели поражены», — сказал официальный представитель Минобороны генерал-майор Иван Петров.",
            "Иван Петров",
        ),
        (
            "uk",
            "«Усі цілі уражено», — сказав речник Міноборони генерал-майор Іван Петренко.",
            "Іван Петренко",
        ),
        ("ru", "«Задержаны двое», — сообщил начальник управления ФСБ генерал-майор Г. А. Ломтев.", "Ломтев"),
    ],
)
def test_a_rank_after_a_body_name_goes_on_into_the_name(lang: str, text: str, name: str) -> None:
    (rec,) = linked_records(text, lang)
    assert name in str(rec["speaker"]) and str(rec["speaker_id"]).startswith("P-")


def test_a_rank_after_a_body_name_without_a_name_after_it_is_left_alone() -> None:
    (rec,) = linked_records(
        "«Все цели поражены», — сказал представитель Минобороны генерал-майор в отставке.", "ru"
    )
    assert str(rec["speaker_id"])[:2] != "P-" or "Минобороны" in str(rec["speaker"])
