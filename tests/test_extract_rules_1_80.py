"""Rules of rules-1.80, found with holdout batch BA (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_80: list[tuple[str, str, list[Row]]] = [
    (  # en: "behind …" after the head noun of an inverted speaker is a post-modifier, as "of …" is
        "en",
        "The festival will not return next year, the charity behind the event said on Friday.",
        [("the charity behind the event", "indirect", "The festival will not return next year")],
    ),
    (  # en guard: "behind" inside a reported clause changes nothing
        "en",
        "Officials said the man behind the attack had fled.",
        [("Officials", "indirect", "the man behind the attack had fled")],
    ),
    (  # en: the question put before an inverted cue ("Asked whether …, he laughed.") is no statement
        "en",
        "Pike said the club would appeal. Asked whether he would resign, he laughed.",
        [("Pike", "indirect", "the club would appeal")],
    ),
    (  # en guard: the answer after "Asked whether …," is still the speaker's
        "en",
        "Asked whether the plant would close, the spokesman said it would not.",
        [("the spokesman", "indirect", "it would not")],
    ),
    (  # de: "heißt es darin" ends the statement, and "darin" is the document just named
        "de",
        "Der Steuerzahlerbund hat seinen Jahresbericht vorgelegt. Das Land habe beim Straßenbau zu viel bezahlt, "
        "heißt es darin.",
        [("Steuerzahlerbund", "indirect", "Das Land habe beim Straßenbau zu viel bezahlt")],
    ),
    (  # de: the author of the document named, not the body that quoted from it
        "de",
        "Die Opposition zitierte aus einer Stellungnahme der Ärztekammer. Die Wartezeiten seien zu lang, heißt es "
        "darin.",
        [("Ärztekammer", "indirect", "Die Wartezeiten seien zu lang")],
    ),
    (  # de guard: a plain "hieß es" is still the body just named
        "de",
        "Die Stadtwerke erhöhen die Preise. Die Kosten seien gestiegen, hieß es.",
        [("Stadtwerke", "indirect", "Die Kosten seien gestiegen")],
    ),
    (  # de: a parish is a body
        "de",
        "Der Gottesdienst entfalle wegen Bauarbeiten, teilte die Pfarrei mit.",
        [("Pfarrei", "indirect", "Der Gottesdienst entfalle wegen Bauarbeiten")],
    ),
    (  # de: so is a firm, also in a compound
        "de",
        "Die Arbeiten dauerten bis Mai, teilte die Baufirma am Montag mit.",
        [("Baufirma", "indirect", "Die Arbeiten dauerten bis Mai")],
    ),
    (  # uk: a possessive pronoun before the press office after a plural cue
        "uk",
        "Рішення ухвалила обласна рада, повідомили в її пресслужбі.",
        [("пресслужбі", "indirect", "Рішення ухвалила обласна рада")],
    ),
    (  # ru: the same
        "ru",
        "Тариф утвердила городская дума, сообщили в её пресс-службе.",
        [("пресс-службе", "indirect", "Тариф утвердила городская дума")],
    ),
    (  # uk guard: a medium after the possessive is no speaker
        "uk",
        "Рішення ухвалила міська рада, повідомили в її Telegram-каналі.",
        [],
    ),
    (  # uk: "пригадує" is a cue of remembering, as "згадує"
        "uk",
        "Тренер Іван Бойко був на тому матчі. «Стадіон тоді просто вибухнув», — пригадує Бойко.",
        [("Іван Бойко", "direct", "Стадіон тоді просто вибухнув")],
    ),
    (  # ru: a document with no body after it is the source itself
        "ru",
        "Срок сдачи объекта — декабрь, говорится в материалах проекта.",
        [("материалах проекта", "indirect", "Срок сдачи объекта — декабрь")],
    ),
    (  # uk: the same with documentation
        "uk",
        "Термін завершення робіт — грудень, йдеться в документації тендеру.",
        [("документації тендеру", "indirect", "Термін завершення робіт — грудень")],
    ),
    (  # ru guard: a body after the document is still the source
        "ru",
        "Срок сдачи объекта — декабрь, говорится в заявлении министерства.",
        [("министерства", "indirect", "Срок сдачи объекта — декабрь")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_80)
def test_rules_1_80(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
