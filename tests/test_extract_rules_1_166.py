"""Rules of rules-1.166, found with holdout batch CF (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_166: list[tuple[str, str, list[Row]]] = [
    (  # en: court and workplace nouns head an unnamed speaker
        "en",
        "A night-shift supervisor told the inquest that the gate had been left open for weeks.",
        [("A night-shift supervisor", "indirect", "the gate had been left open for weeks")],
    ),
    (
        "en",
        "The court bailiff said the defendant had refused to leave the dock.",
        [("The court bailiff", "indirect", "the defendant had refused to leave the dock")],
    ),
    (  # en: "Foreman" is also a surname: a role's head only in lower case
        "en",
        "The foreman said the crane had been inspected in May.",
        [("The foreman", "indirect", "the crane had been inspected in May")],
    ),
    (  # en: a cue inside an indirect question is no statement of the one who asked
        "en",
        "The senator asked the minister whether her officials had told the bank that the loan was safe.",
        [],
    ),
    (
        "en",
        "Reporters wanted to know if the mayor had promised residents that the pool would reopen.",
        [],
    ),
    (  # en: the question before an inverted subject, closed by its comma, stays as before
        "en",
        "Asked whether the plant would close, the chairman said that no decision had been taken.",
        [("the chairman", "indirect", "no decision had been taken")],
    ),
    (  # en: two documents an outlet has seen are the source, not the outlet
        "en",
        "The club paid the agent 2 million pounds, according to contracts and invoices seen by the Herald.",
        [("contracts and invoices", "indirect", "The club paid the agent 2 million pounds")],
    ),
    (
        "en",
        "The mayor knew about the cracks in 2021, according to emails obtained by the newspaper.",
        [("emails", "indirect", "The mayor knew about the cracks in 2021")],
    ),
    (  # de: "gab zu Protokoll" is a cue of its own
        "de",
        "Die Nachbarin gab zu Protokoll, sie habe in der Nacht zwei Schüsse gehört.",
        [("Die Nachbarin", "indirect", "sie habe in der Nacht zwei Schüsse gehört")],
    ),
    (
        "de",
        "Ein Polizist, der den Unfall aufgenommen hatte, gab zu Protokoll, der Fahrer sei betrunken gewesen.",
        [
            (
                "Ein Polizist, der den Unfall aufgenommen hatte",
                "indirect",
                "der Fahrer sei betrunken gewesen",
            )
        ],
    ),
    (  # de: "gab zu, …" stays an admission
        "de",
        "Der Angeklagte gab zu, das Geld aus der Kasse genommen zu haben.",
        [("Der Angeklagte", "indirect", "das Geld aus der Kasse genommen zu haben")],
    ),
    (  # de: article, number word and noun after the cue's comma open the reported clause
        "de",
        "Der Sprecher sagte, die drei Verletzten seien außer Lebensgefahr.",
        [("Der Sprecher", "indirect", "die drei Verletzten seien außer Lebensgefahr")],
    ),
    (
        "de",
        "Die Ermittlerin erklärte, gegen die zwei Brüder sei Anklage erhoben worden.",
        [("Die Ermittlerin", "indirect", "gegen die zwei Brüder sei Anklage erhoben worden")],
    ),
    (  # de: a relative clause with a number word closed by its verb stays a relative clause
        "de",
        "Das erzählte eine Mutter, die zwei Kinder hat, am Rande der Sitzung.",
        [],
    ),
    (  # de: a document opening the sentence before "heißt es"
        "de",
        "Im Urteil heißt es, der Angeklagte habe aus Habgier gehandelt.",
        [("Urteil", "indirect", "der Angeklagte habe aus Habgier gehandelt")],
    ),
    (
        "de",
        "In der Anklageschrift der Staatsanwaltschaft heißt es, die Firma habe Rechnungen gefälscht.",
        [("Staatsanwaltschaft", "indirect", "die Firma habe Rechnungen gefälscht")],
    ),
    (  # ru, uk: "Как следует из …", "Як випливає з …": the document, or the body named in it
        "ru",
        "Как следует из приговора, подсудимый действовал по сговору с братом.",
        [("приговора", "indirect", "подсудимый действовал по сговору с братом")],
    ),
    (
        "uk",
        "Як випливає зі звіту Рахункової палати, кошти використали не за призначенням.",
        [("Рахункової палати", "indirect", "кошти використали не за призначенням")],
    ),
    (  # ru: "из его слов" names no source
        "ru",
        "Как следует из его слов, сделка сорвалась.",
        [],
    ),
    (  # ru, uk: a counted group with an apposition is no person named by the number word
        "ru",
        "Три человека, близкие к руководству банка, рассказали, что сделку отложили.",
        [("Три человека", "indirect", "сделку отложили")],
    ),
    (
        "uk",
        "Двоє людей, обізнаних із перемовинами, розповіли, що угоду відклали.",
        [("Двоє людей", "indirect", "угоду відклали")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_166)
def test_rules_1_166(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
