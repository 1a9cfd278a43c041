"""rules-1.421 (blind batch IDS29: cross-article identity): a headline "Name: ‘…’" names the roles and pronouns of
the body's lead even when the body names other people after it, a bare surname the body never names included,
and a Ukrainian or Russian headline "Surname: a clause" without quote marks does the same; a headline's kicker
("Оновлено:", "Видео:") names no one, and a role after the first named person's statement keeps its own id."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row, run_rules
from ingest.extract import extract_statements
from ingest.models import ArticleText


def titled_rows(title: str, text: str, lang: str) -> list[Row]:
    doc = ArticleText(id="r1", text=text, title=title, language=lang)
    return [(s.speaker, s.kind, s.quote) for s in extract_statements(doc)]


@pytest.mark.parametrize(
    ("title", "text", "lang", "speaker", "quote"),
    [
        (
            "Reyes: 'We will not leave the north in the dark'",
            "The acting minister promised on Tuesday that hospitals would keep their power. Mayor John Smith said "
            "the city had enough generators.",
            "en",
            "Reyes",
            "hospitals would keep their power",
        ),
        (
            "Kowal: „Wir brauchen jede Megawattstunde“",
            "Der geschäftsführende Energieminister sagte am Dienstag, die Kliniken würden nicht abgeschaltet. Der "
            "Bürgermeister der Stadt, Roman Weber, sagte, alle Pumpen liefen mit Generatoren.",
            "de",
            "Kowal",
            "die Kliniken würden nicht abgeschaltet",
        ),
        (
            "Садовский: подстанцию восстановят за неделю",
            "Министр энергетики пообещал во вторник, что подстанцию восстановят за неделю. Мэр города Иван Петров "
            "сказал, что все больницы работают.",
            "ru",
            "Садовский",
            "подстанцию восстановят за неделю",
        ),
        (
            "Гнатюк: ремонт триватиме тиждень",
            "Міністр енергетики заявив, що ремонт триватиме тиждень. Мер міста Іван Петренко сказав, що всі "
            "лікарні працюють.",
            "uk",
            "Гнатюк",
            "ремонт триватиме тиждень",
        ),
    ],
)
def test_headline_names_lead_1_421(title: str, text: str, lang: str, speaker: str, quote: str) -> None:
    rows = titled_rows(title, text, lang)
    assert any(speaker in sp and q == quote for sp, _k, q in rows), rows


@pytest.mark.parametrize(
    ("title", "text", "lang", "speaker", "quote"),
    [
        # a kicker before the colon is no name
        (
            "Оновлено: у місті без опалення 200 будинків",
            "Міський голова заявив, що бригади вже на місці.",
            "uk",
            "Оновлено",
            "бригади вже на місці",
        ),
        (
            "Обновлено: пожар на складе локализован",
            "Очевидец рассказал, что дым был виден даже из соседнего города.",
            "ru",
            "Обновлено",
            "дым был виден даже из соседнего города",
        ),
        # a role after the first statement of a person the body names may be anyone's
        (
            "Reyes: 'We will not leave the north in the dark'",
            "Mayor John Smith said the city had enough generators. The minister said the plan would hold.",
            "en",
            "Reyes",
            "the plan would hold",
        ),
        # a headline in English with no quote marks is left alone
        (
            "Reyes: Plan will hold",
            "The minister said the plan would hold.",
            "en",
            "Reyes",
            "the plan would hold",
        ),
    ],
)
def test_headline_left_alone_1_421(title: str, text: str, lang: str, speaker: str, quote: str) -> None:
    rows = titled_rows(title, text, lang)
    assert not any(speaker in sp and q == quote for sp, _k, q in rows), rows


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "quote"),
    [
        # the country's name in the genitive after the office, then its adjective before the role
        (
            "Министр энергетики Украины Олег Коваль и министр энергетики Польши Петр Садовский встретились в "
            "пятницу.\nПольский министр сказал, что к воскресенью линию восстановят.",
            "ru",
            "Садовский",
            "к воскресенью линию восстановят",
        ),
    ],
)
def test_nation_noun_1_421(text: str, lang: str, speaker: str, quote: str) -> None:
    rows = run_rules(text, lang)
    assert any(speaker in sp and q == quote for sp, _k, q in rows), rows


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "quote"),
    [
        # another country's minister is not the Polish one
        (
            "Министр энергетики Украины Олег Коваль встретился в пятницу с коллегами.\nПольский министр сказал, "
            "что к воскресенью линию восстановят.",
            "ru",
            "Коваль",
            "к воскресенью линию восстановят",
        ),
    ],
)
def test_nation_noun_left_alone_1_421(text: str, lang: str, speaker: str, quote: str) -> None:
    rows = run_rules(text, lang)
    assert not any(speaker in sp and q == quote for sp, _k, q in rows), rows
