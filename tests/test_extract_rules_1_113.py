"""Rules of rules-1.113, found with holdout batch BL (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract import extract_statements
from ingest.models import ArticleText

RULES_1_113: list[tuple[str, str, list[Row]]] = [
    (  # ru: a dash inside the words of a dash paragraph is no closing dash
        "ru",
        "Завод остановил линию на неделю.\n"
        "— Эти задержки — обычное дело для отрасли. Мы справимся, — сказал директор завода Игорь Лебедев.",
        [("Игорь Лебедев", "direct", "Эти задержки — обычное дело для отрасли. Мы справимся")],
    ),
    (  # uk: the same
        "uk",
        "Трасу закрили на ремонт.\n— Ця траса — найскладніша в області. Їдьте обережно, — розповів водій Петро Гнатюк.",
        [("Петро Гнатюк", "direct", "Ця траса — найскладніша в області. Їдьте обережно")],
    ),
    (  # ru: a dash after "!" still closes the words (and the words after the cue are a second quote)
        "ru",
        "Переговоры продолжаются.\n— Мы готовы! — заявил министр Олег Котов. — Ждем решения.",
        [("Олег Котов", "direct", "Мы готовы!"), ("Олег Котов", "direct", "Ждем решения")],
    ),
    (  # de: an age noun owns no newspaper: "der Westdeutschen Zeitung" is the listener
        "de",
        "Chefredakteur Paul Weber verteidigte den Umbau. Die Auflage sei stabil, sagte der 63-Jährige der "
        "Westdeutschen Zeitung.",
        [("Paul Weber", "indirect", "Die Auflage sei stabil")],
    ),
    (  # de: a role before the newspaper keeps the genitive reading
        "de",
        "Die Auflage sei stabil, sagte die Chefredakteurin der Westdeutschen Zeitung.",
        [("die Chefredakteurin der Westdeutschen Zeitung", "indirect", "Die Auflage sei stabil")],
    ),
    (  # de: "Aus Kreisen der …": the sources in a body, with the body
        "de",
        "Aus Kreisen der Bezirksregierung hieß es, der Antrag werde noch geprüft.",
        [("Aus Kreisen der Bezirksregierung", "indirect", "der Antrag werde noch geprüft")],
    ),
    (  # de: districts ("in den Kreisen …") are no speaker
        "de",
        "In den Kreisen Soest und Unna fiel der Unterricht aus, sagte ein Sprecher.",
        [("ein Sprecher", "indirect", "In den Kreisen Soest und Unna fiel der Unterricht aus")],
    ),
    (  # ru: the parties to a lawsuit are speakers
        "ru",
        "По словам истцов, ремонт затянулся на три года.",
        [("истцов", "indirect", "ремонт затянулся на три года")],
    ),
    (  # uk: the same
        "uk",
        "За словами відповідача, позов безпідставний і його слід відхилити.",
        [("відповідача", "indirect", "позов безпідставний і його слід відхилити")],
    ),
    (  # ru: a quantifier before a plural noun of speakers is no name
        "ru",
        "Другие жители говорят, что шум не прекращается по ночам.",
        [("Другие жители", "indirect", "шум не прекращается по ночам")],
    ),
    (  # uk: the same
        "uk",
        "Деякі батьки кажуть, що нова форма коштує занадто дорого.",
        [("Деякі батьки", "indirect", "нова форма коштує занадто дорого")],
    ),
    (  # en: "who did not want to be named" without commas makes the noun before it an anonymous speaker
        "en",
        "A regular who did not want to be named said the landlord had been treated unfairly.",
        [("A regular", "indirect", "the landlord had been treated unfairly")],
    ),
    (  # en: another relative clause is dropped as before
        "en",
        "An engineer who inspected the bridge said it was safe.",
        [("An engineer", "indirect", "it was safe")],
    ),
    (  # en: a long that-less clause with "been" after a cue that needs "that"
        "en",
        "The club insisted the agreement with the sponsor had been approved by the league before the season began.",
        [
            (
                "The club",
                "indirect",
                "the agreement with the sponsor had been approved by the league before the season began",
            )
        ],
    ),
    (  # en: not an object with a relative clause ...
        "en",
        "Zelensky highlighted the lack of progress that has been made since he took the stage last year.",
        [],
    ),
    (  # ... nor one with a pronoun in it ...
        "en",
        "The mayor repeated the promises she has been making to voters since the floods of last winter.",
        [],
    ),
    (  # ... nor an infinitive
        "en",
        "The families renewed their call to admit the decision to close the maternity ward had been a serious mistake.",
        [],
    ),
    (  # en: a place after the cue and before "that" is no part of the statement
        "en",
        "The defendant's mother said outside the courthouse that the family would appeal.",
        [("The defendant's mother", "indirect", "the family would appeal")],
    ),
    (  # en: "outside" before a plain noun is the subject's adjective
        "en",
        "The minister said outside experts had found that the bridge was unsafe.",
        [("The minister", "indirect", "outside experts had found that the bridge was unsafe")],
    ),
    (  # en: "two warning letters": a participle without a comma and without "that" splits nothing
        "en",
        "The mayor said the council had sent two warning letters to the owner.",
        [("The mayor", "indirect", "the council had sent two warning letters to the owner")],
    ),
    (  # en: nor does "before adding" + an object
        "en",
        "The minister said schools should think very carefully before adding costs.",
        [("The minister", "indirect", "schools should think very carefully before adding costs")],
    ),
    (  # en: ", adding that" still opens a second statement ...
        "en",
        "The minister said the plan was dead, adding that talks would resume next week.",
        [
            ("The minister", "indirect", "the plan was dead"),
            ("The minister", "indirect", "talks would resume next week"),
        ],
    ),
    (  # ... and so does "before adding that"
        "en",
        "The minister said the plan was dead before adding that talks would resume next week.",
        [
            ("The minister", "indirect", "the plan was dead"),
            ("The minister", "indirect", "talks would resume next week"),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_113)
def test_rules_1_113(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


def test_one_of_them_role_and_name_is_one_person() -> None:
    """ "One of them, retired teacher Ann Moss, said …" and a later "she said" share the person id."""
    text = (
        "Neighbours complained. One of them, retired teacher Ann Moss, said the noise was constant. "
        '"We cannot sleep," she said.'
    )
    found = extract_statements(ArticleText(id="r1", text=text, title="", language="en"))
    assert [s.quote for s in found] == ["the noise was constant", "We cannot sleep"]
    assert found[0].speaker_id == found[1].speaker_id
