"""rules-1.410 (blind batch FN): Ukrainian and Russian role words for parliament and audit ("сенатор",
"аудитор", "замгенпрокурор": "По словам сенатора, …", "— сказал аудитор.") with an audience left out
("аудитория"), and a body's present-tense report as a cue ("НАБУ інформує, що …", "Минздрав информирует, что
…"), which leaves "інформує громадян про …" (no clause) alone."""

from __future__ import annotations

import pytest

from extract_rule_helpers import run_rules


@pytest.mark.parametrize(
    ("text", "lang", "rows"),
    [
        # a senator, an auditor, a deputy prosecutor general: role words found again by the role alone
        (
            "Член Совета Федерации Ольга Дымова предложила снизить налог. По словам сенатора, закон примут весной.",
            "ru",
            [("Ольга Дымова", "indirect", "закон примут весной")],
        ),
        (
            "Аудитор Счетной палаты Павел Серов заявил, что деньги потрачены. «Мы нашли пять нарушений», — сказал "
            "аудитор.",
            "ru",
            [
                ("Павел Серов", "indirect", "деньги потрачены"),
                ("Павел Серов", "direct", "Мы нашли пять нарушений"),
            ],
        ),
        (
            "Заместитель генерального прокурора Иван Котов сообщил, что дело закрыто. По словам замгенпрокурора, "
            "суд начнется в мае.",
            "ru",
            [("Иван Котов", "indirect", "дело закрыто"), ("Иван Котов", "indirect", "суд начнется в мае")],
        ),
        ("Сенатор заявила, что бюджет будет принят.", "ru", [("Сенатор", "indirect", "бюджет будет принят")]),
        # left alone: an audience is no auditor
        ("По словам аудитории, концерт понравился.", "ru", []),
        # a body's present-tense report
        (
            "НАБУ інформує, що підозрюваному загрожує до десяти років ув'язнення.",
            "uk",
            [("НАБУ", "indirect", "підозрюваному загрожує до десяти років ув'язнення")],
        ),
        (
            "Минздрав информирует, что прививки начнутся в понедельник.",
            "ru",
            [("Минздрав", "indirect", "прививки начнутся в понедельник")],
        ),
        # left alone: informing someone about something is no statement
        ("Міністерство інформує громадян про зміни у розкладі потягів.", "uk", []),
        ("Ведомство информирует жителей о новых правилах.", "ru", []),
    ],
)
def test_rules_1_410(text: str, lang: str, rows: list[tuple[str, str, str]]) -> None:
    assert run_rules(text, lang) == rows
