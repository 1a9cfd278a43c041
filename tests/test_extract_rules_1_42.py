"""Rules of rules-1.42, found with holdout batch AO (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_42: list[tuple[str, str, list[Row]]] = [
    (  # en: "hit back that …": a verb that reports speech only with "back"
        "en",
        "The mayor hit back that the developer had ignored every planning rule.",
        [("The mayor", "indirect", "the developer had ignored every planning rule")],
    ),
    (  # en: "fired back at NAME that …"
        "en",
        "The striker fired back at his former coach that he had never been given a chance.",
        [("The striker", "indirect", "he had never been given a chance")],
    ),
    (  # en: … but "fired" without "back … that" reports nothing
        "en",
        "Police fired that evening on a crowd near the station.",
        [],
    ),
    (  # en: "said afterwards that …": an aside between the cue and "that"
        "en",
        "The referee said afterwards that the pitch had been unplayable.",
        [("The referee", "indirect", "the pitch had been unplayable")],
    ),
    (  # en: "campaigns" as a group
        "en",
        "Both campaigns said they would respect the result of the recount.",
        [("Both campaigns", "indirect", "they would respect the result of the recount")],
    ),
    (  # en: the agent after "Asked by" is not the subject a later pronoun refers to
        "en",
        "Senator Maria Lopez spoke first. Asked by host Anne Gray about the budget, Lopez said cuts were "
        'unavoidable.\n"We have no choice," she said.',
        [
            ("Maria Lopez", "indirect", "cuts were unavoidable"),
            ("Maria Lopez", "direct", "We have no choice"),
        ],
    ),
    (  # de: a federation named "…bund" is a body
        "de",
        "Nach Angaben des Landessportbunds haben sich 40 Vereine beworben.",
        [("Landessportbund", "indirect", "haben sich 40 Vereine beworben")],
    ),
    (  # de: "„…?“, fragte X": a quoted question
        "de",
        "„Wer soll das alles bezahlen?“, fragte der Kämmerer Jens Pohl.",
        [("Jens Pohl", "direct", "Wer soll das alles bezahlen?")],
    ),
    (  # de: … but "fragte, ob …" is no statement
        "de",
        "Der Kämmerer fragte, ob das Land die Kosten übernehme.",
        [],
    ),
    (  # de: an interview whose questions carry no label, the answers the interviewee's name
        "de",
        "Wir haben mit dem Förster Uwe Kranz gesprochen.\nHerr Kranz, wie geht es dem Wald?\nKranz: Schlecht. "
        "Die Fichten sterben.\nWas muss passieren?\nKranz: Wir müssen Laubbäume pflanzen, und zwar schnell.",
        [
            ("Uwe Kranz", "direct", "Schlecht. Die Fichten sterben."),
            ("Uwe Kranz", "direct", "Wir müssen Laubbäume pflanzen, und zwar schnell."),
        ],
    ),
    (  # uk: ", за попередніми даними X," inside the sentence: the whole sentence, by X
        "uk",
        "Збитки, за попередніми даними обласної адміністрації, перевищують 40 мільйонів гривень.",
        [
            (
                "обласної адміністрації",
                "indirect",
                "Збитки, за попередніми даними обласної адміністрації, перевищують 40 мільйонів гривень",
            )
        ],
    ),
    (  # uk: "За їхньою оцінкою, …": the group that is the subject of the sentence before
        "uk",
        "Мер Олег Руденко заявив, що міст відкриють у травні. Спостерігачі руху «Чесно» провели аудит "
        "тендеру. За їхньою оцінкою, ціну завищили вдвічі.",
        [
            ("Олег Руденко", "indirect", "міст відкриють у травні"),
            ("Спостерігачі руху «Чесно»", "indirect", "ціну завищили вдвічі"),
        ],
    ),
    (  # ru: "В отделении X по … области сообщили": a branch is a body
        "ru",
        "В отделении Пенсионного фонда по Тверской области сообщили, что выплаты придут вовремя.",
        [("отделении Пенсионного фонда по Тверской области", "indirect", "выплаты придут вовремя")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_42)
def test_rules_1_42(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
