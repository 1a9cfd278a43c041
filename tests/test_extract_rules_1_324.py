"""The rules found with blind batch EI (rules-1.324): wire stories of the dev set's kind (a railway cyberattack, an
election-commission dispute, an energy price cap, demining, a procurement scandal, a refugee-return scheme, a dam
strike, electricity price caps, a central-bank rate decision). Other sentences than the batch's; the guards keep
what each rule must not do.

* ``nouncues.adds_amount``: ", adding about 72 pounds a year", ", adding to the 500 it cut": "adding" before an
  amount or "to" is arithmetic, not a further statement (English).
* ``holders.de_held_roles`` and ``frames._DE_GEN_ROLE_RE``: a German head named in apposition after the role
  ("der Leiter der Kreisverwaltung, Jonas Marbach,") holds it, so "der Verwaltungschef", "der Behördenchef" later
  is that person; "Nach Angaben des Verwaltungschefs" is a definite role in the genitive.
* ``entities.classes_of_role``: "Präsident des Landesamts …" heads a body; ``lexicon``: "Ressortchef" is a minister.
* ``holders.other_body_head`` and ``resolve_hints.role_holders``: "Очільник відомства", "Глава регулятора" name the
  body generically: the head introduced before, a minister too for "відомства"/"ведомства".
* ``npclean._TRAIL_STRIP_LOWER``: "водночас", "натомість", "одночасно", "одновременно" between subject and cue.
* ``cues``: "В сообщении X указано, что …", "У повідомленні X вказано, що …", "… сказано, что …".
* ``given_names_world_eu``: common Romanian, Moldovan and Lithuanian given names ("Sergiu", "Doina", "Rimantas").
"""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row, linked_records
from extract_rule_helpers import run_rules as _run

RULES_1_324: list[tuple[str, str, list[Row]]] = [
    (  # "adding" before an amount: one statement up to the attribution
        "en",
        "The airline will raise fares by 3 percent in March, adding about 40 pounds to a return ticket, its chief "
        "executive said on Tuesday.",
        [
            (
                "its chief executive",
                "indirect",
                "The airline will raise fares by 3 percent in March, adding about 40 pounds to a return ticket",
            )
        ],
    ),
    (
        "en",
        "The mill will shed 120 jobs, adding to the 300 it cut in May, the union said.",
        [("the union", "indirect", "The mill will shed 120 jobs, adding to the 300 it cut in May")],
    ),
    (  # guard: ", adding that …" still opens a further statement
        "en",
        "The mayor said the bridge would reopen in May, adding that repairs had cost 2 million euros.",
        [
            ("The mayor", "indirect", "the bridge would reopen in May"),
            ("The mayor", "indirect", "repairs had cost 2 million euros"),
        ],
    ),
    (  # trailing adverbs of contrast and simultaneity are no part of the speaker
        "uk",
        "Речник відомства водночас наголосив, що ціни на хліб не зростуть.",
        [("Речник відомства", "indirect", "ціни на хліб не зростуть")],
    ),
    (
        "ru",
        "Пресс-служба компании одновременно сообщила, что завод не остановят.",
        [("Пресс-служба компании", "indirect", "завод не остановят")],
    ),
    (  # a document's passive cue "указано"/"вказано"
        "ru",
        "В сообщении министерства указано, что урожай зерна вырос на 12%.",
        [("министерства", "indirect", "урожай зерна вырос на 12%")],
    ),
    (
        "uk",
        "У повідомленні міністерства вказано, що з початку року вилучено 40 тонн контрабанди.",
        [("міністерства", "indirect", "з початку року вилучено 40 тонн контрабанди")],
    ),
    (  # Romanian and Lithuanian given names start a person mention
        "en",
        "Rimantas Jonaitis, head of the dockers' union, said the strike would end on Monday.",
        [("Rimantas Jonaitis", "indirect", "the strike would end on Monday")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_324)
def test_rules_1_324(lang: str, text: str, expected: list[Row]) -> None:
    got = _run(text, lang)
    for row in expected:
        assert row in got, (row, got)


# (language, text, the quote whose speaker is asked for, the speaker expected, or "" for "not that person")
LINKS_1_324: list[tuple[str, str, str, str, bool]] = [
    (  # a German head in apposition: "der Verwaltungschef" / "Nach Angaben des Verwaltungschefs" is that person
        "de",
        "Bei dem Hochwasser wurden 300 Häuser beschädigt. Das teilte der Leiter der Kreisverwaltung, Jonas "
        "Marbach, am Montag mit. Die Ministerin Helga Roth sagte, der Bund werde helfen.\n"
        "Nach Angaben des Verwaltungschefs wurden zwölf Notunterkünfte eingerichtet.",
        "wurden zwölf Notunterkünfte eingerichtet",
        "Jonas Marbach",
        True,
    ),
    (
        "de",
        "Der Präsident des Landesamts für Umwelt, Peter Quandt, sagte, die Messwerte seien unauffällig. "
        "Die Ministerin Helga Roth sagte, der Bund werde helfen. „Es gibt keinen Grund zur Sorge“, sagte der "
        "Behördenchef.",
        "Es gibt keinen Grund zur Sorge",
        "Peter Quandt",
        True,
    ),
    (  # "Ressortchef" is the minister, not the chairman named after
        "de",
        "Verteidigungsministerin Ilse Brandauer kündigte eine Prüfung an. Die Ressortchefin fügte hinzu, die "
        "Lieferungen liefen weiter. Der Vorsitzende des Verbands, Udo Kerner, sagte, die Truppe brauche Geräte.",
        "die Lieferungen liefen weiter",
        "Ilse Brandauer",
        True,
    ),
    (  # Ukrainian: "Очільник відомства" is the head of the service introduced before
        "uk",
        "Голова Державної митної служби Петро Ярошенко заявив, що митниця посилить контроль. Очільник відомства "
        "додав, що перевірки триватимуть місяць. Голова громади Іван Мельничук сказав, що черги зменшилися.",
        "перевірки триватимуть місяць",
        "Петро Ярошенко",
        True,
    ),
    (  # … and a minister ("відомство" is his ministry), not the head of a region named after
        "uk",
        "Міністр охорони здоров'я Віктор Лисенко заявив, що вакцини надійдуть у грудні. Очільник відомства "
        "також зазначив, що закуплено 2 млн доз. Голова обласної адміністрації Іван Мельничук сказав, що "
        "лікарні готові.",
        "закуплено 2 млн доз",
        "Віктор Лисенко",
        True,
    ),
    (
        "ru",
        "Председатель Центробанка Анна Соколова сообщила, что инфляция замедлилась. Глава регулятора добавила, "
        "что ставка останется прежней до весны.",
        "ставка останется прежней до весны",
        "Анна Соколова",
        True,
    ),
    (  # guard: the head of another body named generically ("Голова громади") is not the plant's director
        "uk",
        "Директор заводу Олег Панченко сказав, що виробництво відновлять. Голова громади повідомив, що воду "
        "дадуть увечері.",
        "воду дадуть увечері",
        "Олег Панченко",
        False,
    ),
    (  # an earlier anonymous speaker does not take "He" from a named subject just before (Romanian given name)
        "en",
        "A member of the board who voted against the plan said privately that two more votes were needed.\n"
        "The new mayor, Sergiu Radulescu of the governing party, takes office next week. He said on Friday he "
        "would keep the tram line open.",
        "he would keep the tram line open",
        "Sergiu Radulescu",
        True,
    ),
]


@pytest.mark.parametrize(("lang", "text", "quote", "speaker", "same"), LINKS_1_324)
def test_links_1_324(lang: str, text: str, quote: str, speaker: str, same: bool) -> None:
    recs = linked_records(text, lang)
    by_quote = {str(r["quote"]): str(r["speaker"]) for r in recs}
    assert quote in by_quote, (quote, by_quote)
    assert (by_quote[quote] == speaker) is same, (quote, by_quote)
