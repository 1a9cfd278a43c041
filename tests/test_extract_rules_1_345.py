"""Rules of rules-1.345, found with blind batch EP (other sentences than the batch's): a Ukrainian or Russian
"компанія" after a company named in quote marks alone, and the Kremlin's spokesperson or aide called by the
Kremlin ("представитель Кремля", "кремлёвский чиновник", "речник Кремля")."""

from __future__ import annotations

import pytest

from extract_rule_helpers import linked_records

# (lang, text, the speakers in order, how many speaker ids the article has)
RULES_1_345: list[tuple[str, str, list[str], int]] = [
    (  # ru: "добавили в компании" after "В «Name» уточнили": the company named in quotes alone
        "ru",
        "В «Мосводоканал» уточнили, что воду подадут к полуночи. Аварийные бригады уже на месте, добавили в "
        "компании.",
        ["«Мосводоканал»", "«Мосводоканал»"],
        1,
    ),
    (  # uk: the same in Ukrainian ("У «Name» повідомили … зазначили в компанії")
        "uk",
        "У «Львівгазі» повідомили, що тиск у мережі відновлять до вечора. Ремонт може тривати кілька днів, "
        "зазначили в компанії.",
        ["«Львівгазі»", "«Львівгазі»"],
        1,
    ),
    (  # left alone: a ministry quoted last is no company ("компании" stays unnamed)
        "ru",
        "В Минтрансе уточнили, что рейсы возобновят утром. Аварийные бригады уже на месте, добавили в компании.",
        ["Минтрансе", "компании"],
        2,
    ),
    (  # ru: "— добавил представитель Кремля" after the president's press secretary named
        "ru",
        "Пресс-секретарь президента Олег Миронов заявил, что Москва не будет спешить с ответом. «Решение "
        "примут после консультаций», — добавил представитель Кремля.",
        ["Олег Миронов", "Олег Миронов"],
        1,
    ),
    (  # ru: "По словам кремлёвского чиновника" after the president's aide named
        "ru",
        "Помощник президента Виктор Сазонов рассказал, что разговор лидеров длился час. По словам кремлёвского "
        "чиновника, стороны обсудили поставки зерна.",
        ["Виктор Сазонов", "Виктор Сазонов"],
        1,
    ),
    (  # uk: "За словами представника Кремля" after "речник Кремля" named
        "uk",
        "Речник Кремля Олег Миронов заявив, що Москва не поспішає з відповіддю. За словами представника Кремля, "
        "зустріч лідерів можлива навесні.",
        ["Олег Миронов", "Олег Миронов"],
        1,
    ),
    (  # left alone: two of the president's people named before: which one is not known
        "ru",
        "Пресс-секретарь президента Олег Миронов заявил, что ответ будет. Помощник президента Виктор Сазонов "
        "сказал, что встреча возможна. «Мы не спешим», — добавил представитель Кремля.",
        ["Олег Миронов", "Виктор Сазонов", "представитель Кремля"],
        3,
    ),
    (  # left alone: the president himself is no spokesperson of his
        "ru",
        "Президент России Иван Петров заявил, что Москва ответит. «Мы не спешим», — добавил представитель Кремля.",
        ["Иван Петров", "представитель Кремля"],
        2,
    ),
    (  # left alone: an aide of a company's president
        "ru",
        "Советник президента компании Иван Сидоров заявил, что сделки не будет. «Мы не спешим», — добавил "
        "представитель Кремля.",
        ["Иван Сидоров", "представитель Кремля"],
        2,
    ),
    (  # left alone: "В Кремле заявили" is the Kremlin itself
        "ru",
        "Пресс-секретарь президента Олег Миронов заявил, что ответ будет. В Кремле также заявили, что "
        "переговоров не будет.",
        ["Олег Миронов", "Кремле"],
        2,
    ),
]


@pytest.mark.parametrize(("lang", "text", "speakers", "ids"), RULES_1_345)
def test_rules_1_345(lang: str, text: str, speakers: list[str], ids: int) -> None:
    recs = linked_records(text, lang)
    assert [str(r["speaker"]) for r in recs] == speakers
    assert len({str(r["speaker_id"]) for r in recs}) == ids
