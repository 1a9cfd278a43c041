"""Rules of rules-1.157, found with holdout batch CD (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract import extract_records

RULES_1_157: list[tuple[str, str, list[Row]]] = [
    (  # ru: "— отрезал он" is a cue after a quote
        "ru",
        "Министр отказался от комментариев. «Спросите у прокуратуры», — отрезал Сергей Петров.",
        [("Сергей Петров", "direct", "Спросите у прокуратуры")],
    ),
    (  # uk: "— відрізав" likewise
        "uk",
        "«Жодних переговорів не буде», — відрізав Олег Мартинюк.",
        [("Олег Мартинюк", "direct", "Жодних переговорів не буде")],
    ),
    (  # ru: but cutting bread is no statement
        "ru",
        "Повар отрезал кусок хлеба и положил его на тарелку.",
        [],
    ),
    (  # ru: "— цитирует его <medium>": the one quoted, not the medium
        "ru",
        "Суд приговорил Андрея Смирнова к трем годам. «Я ни о чем не жалею», — цитирует его местный портал «Кама онлайн».",
        [("Андрей Смирнов", "direct", "Я ни о чем не жалею")],
    ),
    (  # uk: "— цитує його видання …"
        "uk",
        "Олег Бондар прийшов до суду. «Я нічого не крав», — цитує його видання «Суспільне».",
        [("Олег Бондар", "direct", "Я нічого не крав")],
    ),
    (  # ru: a man's surname is not the woman of the family named later
        "ru",
        "Суд приговорил Андрея Климова к году колонии. Климов заявил, что не признает вину. "
        "Его сестра Мария Климова рассказала, что будет добиваться пересмотра.",
        [
            (
                "Андрей Климов",
                "indirect",
                "не признает вину",
            ),  # rules-1.284: "приговорил Андрея Климова" names him
            ("Мария Климова", "indirect", "будет добиваться пересмотра"),
        ],
    ),
    (  # ru: the woman's surname still finds her
        "ru",
        "Мария Климова выступила в суде. «Брат невиновен», — сказала Климова.",
        [("Мария Климова", "direct", "Брат невиновен")],
    ),
    (  # ru: the emphatic "Сам" before a surname is no first name
        "ru",
        "Суд оштрафовал компанию Андрея Рябова. Сам Рябов заявил, что обжалует решение.",
        [("Андрей Рябов", "indirect", "обжалует решение")],  # rules-1.284: "компанию Андрея Рябова" names him
    ),
    (  # ru: a source between commas inside a cue's "что" clause is the cue subject's reasoning
        "ru",
        "Министр финансов Олег Лавров подчеркнул, что дефицит бюджета, по оценке Минэкономразвития, сократится вдвое.",
        [("Олег Лавров", "indirect", "дефицит бюджета, по оценке Минэкономразвития, сократится вдвое")],
    ),
    (  # uk: likewise
        "uk",
        "Директорка школи Ірина Бондар розповіла, що кількість учнів, за даними управління освіти, зросла на десять відсотків.",
        [
            (
                "Ірина Бондар",
                "indirect",
                "кількість учнів, за даними управління освіти, зросла на десять відсотків",
            )
        ],
    ),
    (  # ru: without a cue before it the source between commas is the frame, as before
        "ru",
        "Дефицит бюджета, по оценке Минэкономразвития, сократится вдвое.",
        [("Минэкономразвития", "indirect", "Дефицит бюджета, по оценке Минэкономразвития, сократится вдвое")],
    ),
    (  # de: a compound of "-organisation" is a body, so "Nach ihren Angaben" finds it
        "de",
        "Der Lehrer Jan Born wurde verurteilt. Die Hilfsorganisation Medico nennt das Urteil politisch. "
        "Nach ihren Angaben sitzen 40 Lehrer in Haft.",
        [("Hilfsorganisation Medico", "indirect", "sitzen 40 Lehrer in Haft")],
    ),
    (  # uk: the sides of a court case as speakers
        "uk",
        "На думку сторони захисту, обвинувачений нікуди не тікав.",
        [("сторони захисту", "indirect", "обвинувачений нікуди не тікав")],
    ),
    (
        "ru",
        "По мнению стороны обвинения, подсудимый может скрыться.",
        [("стороны обвинения", "indirect", "подсудимый может скрыться")],
    ),
    (  # ru: a defender is still a person
        "ru",
        "Защитник Петров заявил, что приговор будет обжалован.",
        [("Защитник Петров", "indirect", "приговор будет обжалован")],
    ),
    (  # ru: a channel as the source between commas
        "ru",
        "Местный канал опубликовал видео. Жители, по словам канала, слышали три взрыва.",
        [("канала", "indirect", "Жители, по словам канала, слышали три взрыва")],
    ),
    (  # ru: a lead adverbial before the role does not make the role another body's head
        "ru",
        "На совещании председатель Росстата Ольга Петрова сказала, что данные уточнят. "
        "Глава ведомства подчеркнула, что сроки не изменятся.",
        [
            ("Ольга Петрова", "indirect", "данные уточнят"),
            ("Ольга Петрова", "indirect", "сроки не изменятся"),
        ],
    ),
    (  # ru: the head of another body stays another person, as before
        "ru",
        "На совещании директор турбазы Ольга Петрова сказала, что мест нет. Глава района подчеркнула, что дорогу починят.",
        [("Ольга Петрова", "indirect", "мест нет"), ("Глава района", "indirect", "дорогу починят")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_157)
def test_rules_1_157(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


def _batch(records: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    arts = [
        {"id": f"b{i}", "text": t, "title": "", "language": lang, "outlet": "x", "url": f"u{i}"}
        for i, (lang, t) in enumerate(records)
    ]
    return [(r["article_id"], r["speaker"], r["speaker_id"]) for r in extract_records(arts)]


def test_bare_surname_linked_across_scripts_keeps_its_script() -> None:
    """A bare surname linked to a full name of another script keeps its own spelling and takes the full name's id."""
    out = _batch(
        [
            ("de", "Der Anwalt Pawel Smirnow sagte, das Urteil sei politisch."),
            ("ru", "Смирнов заявил журналистам, что приговор будет обжалован."),
        ]
    )
    assert [(a, s) for a, s, _ in out] == [("b0", "Pawel Smirnow"), ("b1", "Смирнов")]
    assert out[0][2] == out[1][2]


def test_bare_surname_linked_in_its_script_takes_the_full_name() -> None:
    """In the same script the full name is still given to the bare surname, as before."""
    out = _batch(
        [
            ("ru", "Адвокат Павел Смирнов сказал, что приговор несправедлив."),
            ("ru", "Смирнов заявил журналистам, что приговор будет обжалован."),
        ]
    )
    assert [(a, s) for a, s, _ in out] == [("b0", "Павел Смирнов"), ("b1", "Павел Смирнов")]
