"""Rules of rules-1.60, found with holdout batch AU (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_60: list[tuple[str, str, list[Row]]] = [
    (  # de: a day before the place of 'hieß es … aus der Kammer', and '-kammer' as a body
        "de",
        "Die Ärztekammer will sich nicht äußern. Man prüfe den Fall noch, hieß es am Dienstag aus der Kammer.",
        [("Ärztekammer", "indirect", "Man prüfe den Fall noch")],
    ),
    (  # ru: 'Такие данные привёл X' hands the sentence before to X
        "ru",
        "За неделю в регионе выявили 1200 случаев гриппа. Такие данные привёл областной Роспотребнадзор.",
        [("областной Роспотребнадзор", "indirect", "За неделю в регионе выявили 1200 случаев гриппа")],
    ),
    (  # uk: 'Такі дані навела X'
        "uk",
        "Торік на дорогах області загинули 212 людей. Такі дані навела обласна поліція.",
        [("обласна поліція", "indirect", "Торік на дорогах області загинули 212 людей")],
    ),
    (  # uk: a department ('відділ' in every case) is a body
        "uk",
        "Ремонт мосту завершать до липня, повідомили у відділі капітального будівництва.",
        [("відділі капітального будівництва", "indirect", "Ремонт мосту завершать до липня")],
    ),
    (  # ru: 'Отдельные' (some) is no department
        "ru",
        "Отдельные жители говорят, что вода пахнет хлоркой.",
        [("Отдельные жители", "indirect", "вода пахнет хлоркой")],
    ),
    (  # ru: owners ('хозяева') speak for themselves
        "ru",
        "Урожай вишни в этом году небывалый, говорят хозяева садов.",
        [("хозяева садов", "indirect", "Урожай вишни в этом году небывалый")],
    ),
    (  # uk: 'господарі' speak, 'Господарства' (farms) do not
        "uk",
        "Господарства області зібрали рекордний урожай. Ціни впадуть, кажуть господарі.",
        [("господарі", "indirect", "Ціни впадуть")],
    ),
    (  # ru: a reply to an outlet's request is the replier's
        "ru",
        "Завод молчит. «Линия остановлена на ремонт», — говорится в ответе завода на запрос агентства.",
        [("завода", "direct", "Линия остановлена на ремонт")],
    ),
    (  # ru: an inverted cue's object before a preposition is no speaker
        "ru",
        "Ритейлер, сеть «Продмаг», объясняет рост цен подорожанием доставки из Китая.",
        [],
    ),
    (  # ru: 'в ведомстве' after a public body named as a subject, not the outlet
        "ru",
        "Ростехнадзор, по информации газеты, приостановил работу шахты. В ведомстве уточнили, что проверка продлится месяц.",
        [
            ("газеты", "indirect", "Ростехнадзор, по информации газеты, приостановил работу шахты"),
            ("Ростехнадзор", "indirect", "проверка продлится месяц"),
        ],
    ),
    (  # de: an article after 'für' inside a body's name
        "de",
        "Die Stiftung für den Schutz der Meere teilte mit, die Zahl der Robben sei gestiegen.",
        [("Stiftung für den Schutz der Meere", "indirect", "die Zahl der Robben sei gestiegen")],
    ),
    (  # en: ', in her view,' inside a sentence: the whole sentence, by the pronoun's referent
        "en",
        "Helen Marsh, who chairs the parish council, said the vote was close. The bypass, in her view, would split the village in two.",
        [
            ("Helen Marsh", "indirect", "the vote was close"),
            ("Helen Marsh", "indirect", "The bypass, in her view, would split the village in two"),
        ],
    ),
    (  # en: 'In his words, …' at the start
        "en",
        "The mayor, Tom Reyes, backed the scheme. In his words, the city could not afford to wait.",
        [("Tom Reyes", "indirect", "the city could not afford to wait")],
    ),
    (  # ru: a body's name goes on through a preposition phrase to its acronym in brackets
        "ru",
        "Проверка выявила нарушения, сообщила Северная инспекция по надзору на транспорте (СИНТ).",
        [("Северная инспекция по надзору на транспорте (СИНТ)", "indirect", "Проверка выявила нарушения")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_60)
def test_rules_1_60(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
