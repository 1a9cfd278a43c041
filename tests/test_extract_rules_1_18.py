"""Rules of rules-1.18, found with holdout batch W (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_18: list[tuple[str, str, list[Row]]] = [
    (  # a subordinate tail after a final attribution with a day: ', despite …' (en)
        "en",
        "Ticket prices will rise by 4% in January, the operator's chairman said on Thursday, despite a government appeal to freeze fares for another year.",
        [("the operator's chairman", "indirect", "Ticket prices will rise by 4% in January")],
    ),
    (  # 'despite' after the cue and its adjuncts opens no reported clause (en)
        "en",
        "Nordwind Airlines expects to add 12 routes next summer, its chief executive said on Wednesday, despite a fall in bookings.",
        [("its chief executive", "indirect", "Nordwind Airlines expects to add 12 routes next summer")],
    ),
    (  # 'according to a survey that …': a document noun ends the source before its relative clause (en)
        "en",
        "Teenagers sleep an hour less than a decade ago, according to a survey that questioned 5,000 pupils.",
        [("a survey", "indirect", "Teenagers sleep an hour less than a decade ago")],
    ),
    (  # 'according to research published …': bare 'research' is a document, the study itself when nobody was quoted (en)
        "en",
        "Glaciers in the Alps lost 4% of their volume this year, according to research published on Monday.",
        [("research", "indirect", "Glaciers in the Alps lost 4% of their volume this year")],
    ),
    (  # an outlet as listener before a count: 'рассказали «Ведомостям» два сотрудника' (ru)
        "ru",
        "Сделка сорвалась, рассказали «Ведомостям» два сотрудника банка.",
        [("два сотрудника банка", "indirect", "Сделка сорвалась")],
    ),
    (  # an outlet as listener before 'в пресс-службе …' (ru)
        "ru",
        "Как сообщили РБК в пресс-службе министерства, выплаты начнутся в июне.",
        [("пресс-службе министерства", "indirect", "выплаты начнутся в июне")],
    ),
    (  # an outlet in quotes as listener before a speaker noun: 'Как рассказал «Коммерсанту» источник' (ru)
        "ru",
        "Как рассказал «Коммерсанту» источник в правительстве, решение отложено.",
        [("источник в правительстве", "indirect", "решение отложено")],
    ),
    (  # a name after an outlet in quotes: 'сказав «Економічній правді» Андрій Мельник' (uk)
        "uk",
        "Угоду підпишуть у грудні, сказав «Економічній правді» Андрій Мельник.",
        [("Андрій Мельник", "indirect", "Угоду підпишуть у грудні")],
    ),
    (  # a count after an outlet in quotes: 'повідомили «Українській правді» троє депутатів' (uk)
        "uk",
        "Засідання перенесли, повідомили «Українській правді» троє депутатів.",
        [("троє депутатів", "indirect", "Засідання перенесли")],
    ),
    (  # '-rätin' is a woman on a council, a person (de)
        "de",
        "Die Schichtpläne seien nicht verhandelbar, sagte die Personalrätin.",
        [("die Personalrätin", "indirect", "Die Schichtpläne seien nicht verhandelbar")],
    ),
    (  # Konjunktiv II after a speech act without a reported clause ('kritisierte …') continues it (de)
        "de",
        "Landrat Peter Sommer kritisierte die Kürzung. Ohne die Mittel müssten drei Buslinien eingestellt werden.",
        [("Peter Sommer", "indirect", "Ohne die Mittel müssten drei Buslinien eingestellt werden")],
    ),
    (  # 'генеральний директор' is a head, not a general: 'Очільник компанії' is the director (uk)
        "uk",
        "Ціни на добрива знизяться. Про це заявив генеральний директор компанії «Агромаш» Ігор Петренко. Очільник компанії також повідомив, що завод відновить виробництво до літа.",
        [
            ("Ігор Петренко", "indirect", "Ціни на добрива знизяться"),
            ("Ігор Петренко", "indirect", "завод відновить виробництво до літа"),
        ],
    ),
    (  # a dateline with a multi-word place ('Bad Tölz (dpa) -') is no part of the statement before 'Das teilte … mit' (de)
        "de",
        "Bad Tölz (dpa) - Das Landratsamt will zwei Brücken sperren lassen. Das teilte die Behörde am Montag mit.",
        [("Behörde", "indirect", "Das Landratsamt will zwei Brücken sperren lassen")],
    ),
    (  # a dateline after a short lead split off as sentences ('Москва. 3 марта. ИНТЕРФАКС -') (ru)
        "ru",
        "Москва. 3 марта. ИНТЕРФАКС - Цены на бензин вырастут, сообщил министр энергетики Петр Сидоров.",
        [("Петр Сидоров", "indirect", "Цены на бензин вырастут")],
    ),
    (  # 'das Ministerium' after 'das Gesundheitsministerium': the ministry named before (de)
        "de",
        "Nach Angaben des Gesundheitsministeriums sind 40 Kliniken betroffen. Weitere Schließungen seien nicht geplant, teilte das Ministerium mit.",
        [
            ("Gesundheitsministerium", "indirect", "sind 40 Kliniken betroffen"),
            ("Gesundheitsministerium", "indirect", "Weitere Schließungen seien nicht geplant"),
        ],
    ),
    (  # a place after the source of a leading frame ('Nach Angaben der Feuerwehr in Bremen wurden …') (de)
        "de",
        "Nach Angaben der Feuerwehr in Bremen wurden drei Menschen verletzt.",
        [("Feuerwehr", "indirect", "wurden drei Menschen verletzt")],
    ),
    (  # a lead's role held by the person named after a quote opening the next paragraph (en)
        "en",
        'The airline will cut 40 routes next year, its chief executive said on Monday.\n"We have no choice," Maria Lund told reporters.',
        [
            ("Maria Lund", "indirect", "The airline will cut 40 routes next year"),
            ("Maria Lund", "direct", "We have no choice"),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_18)
def test_rules_1_18(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
