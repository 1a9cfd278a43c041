"""Rules of rules-1.127, found with blind batch BS: an outlet in quote marks between "Об этом"/"Про це" and the cue;
orchestra and office roles in Russian and Ukrainian; ", но назвал …" after a reported clause; a German frame after
a semicolon; plural subjects "at"/"of" a place before "say"; "Rescue", "Foundation", "Transit" as body words;
German compounds sharing their last part ("der Kutter- und Küstenfischer"); and a Ukrainian/Russian role named
in the sentences after it ("Директор музея признала, … Как отметила Ирина Волкова, …")."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract import extract_statements
from ingest.models import ArticleText

RULES_1_127: list[tuple[str, str, list[Row]]] = [
    (  # an outlet listening between "Об этом" and the cue
        "ru",
        "Театр закрыли на ремонт. Об этом «Известиям» рассказал худрук театра Павел Смирнов.",
        [("Павел Смирнов", "indirect", "Театр закрыли на ремонт")],
    ),
    (
        "uk",
        "Музей зачинили на ремонт. Про це «Суспільному» розповіла директорка музею Ганна Ткач.",
        [("Ганна Ткач", "indirect", "Музей зачинили на ремонт")],
    ),
    (  # guard: no speaker after the cue, no statement
        "ru",
        "Театр закрыли на ремонт. Об этом «Известиям» сообщили со ссылкой на источники.",
        [],
    ),
    (  # orchestra and office roles
        "ru",
        "«Репетиции идут каждый день», — рассказал «Известиям» концертмейстер оркестра.",
        [("концертмейстер оркестра", "direct", "Репетиции идут каждый день")],
    ),
    (
        "ru",
        "«Зарплату задерживают второй месяц», — сказала бухгалтер.",
        [("бухгалтер", "direct", "Зарплату задерживают второй месяц")],
    ),
    (  # guard: the accounts office is no person
        "ru",
        "В бухгалтерии сообщили, что премии выплатят в декабре.",
        [],
    ),
    (  # ", но назвал …": the speaker's own next act ends the reported clause
        "ru",
        "Губернатор признал, что стройка затянулась, но назвал новый мост «главным проектом года».",
        [("Губернатор", "indirect", "стройка затянулась")],
    ),
    (
        "uk",
        "Міністерка визнала, що реформа запізнилася, але назвала її неминучою.",
        [("Міністерка", "indirect", "реформа запізнилася")],
    ),
    (  # guard: the verb agrees with the clause's subject, not the cue's
        "ru",
        "Губернатор заявил, что Петрова признала ошибку, но назвала проверку предвзятой.",
        [("Губернатор", "indirect", "Петрова признала ошибку, но назвала проверку предвзятой")],
    ),
    (  # a German frame after a semicolon opens its clause
        "de",
        "Zum Preis äußerten sich beide Seiten nicht; laut Branchenkreisen liegt er bei 40 Millionen Euro.",
        [("Branchenkreisen", "indirect", "liegt er bei 40 Millionen Euro")],
    ),
    (
        "de",
        "Die Stadt schweigt; nach Angaben der Polizei wurden drei Menschen verletzt.",
        [("Polizei", "indirect", "wurden drei Menschen verletzt")],
    ),
    (  # guard: a frame inside the first clause keeps it
        "de",
        "Der Umsatz stieg laut Verband um drei Prozent; das ist der höchste Wert seit Jahren.",
        [("Verband", "indirect", "Der Umsatz stieg laut Verband um drei Prozent")],
    ),
    (  # plural subjects at or of a place before "say"
        "en",
        "Workers at the Harlow depot say they have not been paid since March.",
        [("Workers", "indirect", "they have not been paid since March")],
    ),
    (
        "en",
        "Residents of the estate say the lifts have been broken for weeks.",
        [("Residents of the estate", "indirect", "the lifts have been broken for weeks")],
    ),
    ("en", "Members of the board have the final say on the budget.", []),  # guard: "say" the noun
    (  # body words that follow a given name
        "en",
        "Highland Mountain Rescue said two walkers had been found safe.",
        [("Highland Mountain Rescue", "indirect", "two walkers had been found safe")],
    ),
    (
        "en",
        "Grace Foundation said it would fund the new ward.",
        [("Grace Foundation", "indirect", "it would fund the new ward")],
    ),
    (  # guard: rescue workers stay a group of people
        "en",
        "Rescue workers said the road would stay closed overnight.",
        [("Rescue workers", "indirect", "the road would stay closed overnight")],
    ),
    (  # German compounds sharing their last part
        "de",
        "Die Ernte fällt schlechter aus, sagte der Verband der Obst- und Gemüsebauern.",
        [("Verband der Obst- und Gemüsebauern", "indirect", "Die Ernte fällt schlechter aus")],
    ),
    (  # guard: a name after such a compound stays the name
        "de",
        "Die Ernte fällt schlechter aus, sagte der Sprecher der Rad- und Fußgängerinitiative, Jan Wolf.",
        [("Jan Wolf", "indirect", "Die Ernte fällt schlechter aus")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_127)
def test_rules_1_127(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


# a role, then the person named in the sentences after it: one speaker id (or two, for the guards)
NAMED_AFTER: list[tuple[str, str, bool]] = [
    (
        "ru",
        "Директор музея признала, что экспонаты пропали еще в 2019 году.\nКак отметила Ирина Волкова, полиция уже возбудила дело.",
        True,
    ),
    (
        "uk",
        "Начальник управління повідомив, що ремонт завершать у травні. «Ми встигнемо», — сказав Петро Бондар.",
        True,
    ),
    # guards: another gender; a name with a role of another class
    (
        "ru",
        "Директор музея признала, что экспонаты пропали еще в 2019 году. «Мы ищем их», — сказал Иван Волков.",
        False,
    ),
    (
        "uk",
        "Начальник управління повідомив, що ремонт завершать у травні. Міністр Петро Бондар заявив, що грошей немає.",
        False,
    ),
]


@pytest.mark.parametrize(("lang", "text", "same"), NAMED_AFTER)
def test_rules_1_127_named_after(lang: str, text: str, same: bool) -> None:
    found = extract_statements(ArticleText(id="r1", text=text, title="", language=lang))
    assert len(found) == 2
    assert (found[0].speaker_id == found[1].speaker_id) is same
