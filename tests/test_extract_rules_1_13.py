"""Rules of rules-1.13, found with holdout batch R (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_13: list[tuple[str, str, list[Row]]] = [
    (  # a port, an airport, a terminal or a prison is a body ("…, the port said on Monday, …")
        "en",
        "The ferry terminal will stay shut until noon, the port said on Monday, delaying dozens of lorries.",
        [("the port", "indirect", "The ferry terminal will stay shut until noon")],
    ),
    (  # ', telling <listener> that …' after the subject's own clause
        "en",
        'The health minister, Dana Kerr, defended the cuts on Friday, telling Sky News that they were "painful but necessary".',
        [("Dana Kerr", "indirect", 'they were "painful but necessary"')],
    ),
    (  # ', while X said …' starts a new subject; a name after a body's 'of' is the body's
        "en",
        'The farmers\' union welcomed the subsidy, while the Federation of Rural Shops said the change would "come too late".',
        [("Federation of Rural Shops", "indirect", 'the change would "come too late"')],
    ),
    (  # 'according to …' inside a clause after 'X said' is X's source, not the speaker; 'own reports' is a noun
        "en",
        "Liam Ortt, who runs the Save Our Pool campaign, said attendance had doubled since May, according to the trust's own reports.",
        [("Liam Ortt", "indirect", "attendance had doubled since May")],
    ),
    (  # staff nouns; '"…," he was quoted as saying by <outlet>'
        "en",
        'A caretaker at the school, who asked not to be named, said the boiler had failed twice. "Nobody listened," he was quoted as saying by the Courier.',
        [
            ("A caretaker at the school", "indirect", "the boiler had failed twice"),
            ("A caretaker at the school", "direct", "Nobody listened"),
        ],
    ),
    (  # 'X, asked about …, said': the participle clause is no part of the speaker
        "en",
        "Finance director Ruth Pellow presented the accounts.\nPellow, asked about the Care Quality Commission's report, said the contractor had gone bust.",
        [("Ruth Pellow", "indirect", "the contractor had gone bust")],
    ),
    (  # the head of a regional (military) administration is the governor
        "en",
        "Ihor Tkach, the head of the Sumy regional military administration, said two people were hurt.\nThe governor said later that power had been restored.",
        [
            ("Ihor Tkach", "indirect", "two people were hurt"),
            ("Ihor Tkach", "indirect", "power had been restored"),
        ],
    ),
    (  # a genitive in -ого finds a surname in -ой
        "ru",
        "Главный инженер Павел Луговой сообщил, что ремонт завершен. По словам Лугового, трубы заменят летом.",
        [
            ("Павел Луговой", "indirect", "ремонт завершен"),
            ("Павел Луговой", "indirect", "трубы заменят летом"),
        ],
    ),
    (  # 'глава <city in -ска>' is the mayor
        "ru",
        "Глава Томска Илья Зорин заявил, что дороги расчистят к утру. Как отметил мэр, техника работает круглосуточно.",
        [
            ("Илья Зорин", "indirect", "дороги расчистят к утру"),
            ("Илья Зорин", "indirect", "техника работает круглосуточно"),
        ],
    ),
    (  # a body named with 'für' and an acronym in brackets after 'Nach Angaben'
        "de",
        "Nach Angaben des Instituts für Ostseeforschung (IOW) ist das Wasser so warm wie nie.",
        [("Institut für Ostseeforschung", "indirect", "ist das Wasser so warm wie nie")],
    ),
    (  # a masculine role noun in the genitive, written in the nominative
        "de",
        "Nach Angaben eines Gerichtssprechers ist das Urteil rechtskräftig.",
        [("Gerichtssprecher", "indirect", "ist das Urteil rechtskräftig")],
    ),
    (  # '…, ließ er über seine Anwältin erklären'
        "de",
        "Gegen Bernd Kohl wird ermittelt. Kohl bestreitet alles. Er habe keine Akten vernichtet, ließ er über seine Anwältin erklären.",
        [("Bernd Kohl", "indirect", "Er habe keine Akten vernichtet")],
    ),
    (  # '…, teilte der Leiter …, Name, auf Telegram mit': an apposition, no parenthesis
        "de",
        "Zwei Häuser seien beschädigt worden, teilte der Leiter der Stadtverwaltung, Witali Lunin, auf Telegram mit.",
        [("Witali Lunin", "indirect", "Zwei Häuser seien beschädigt worden")],
    ),
    (  # 'Role von X, Name (Partei), kritisierte …': the subject, no statement before an inverted cue
        "de",
        "Die Oberbürgermeisterin von Neustadt, Karin Ebel (Grüne), rügte die Personalpolitik des Verbands.",
        [],
    ),
    (  # 'Eine Pflegerin aus X, die …, sagte': a role from a place, and a German relative clause
        "de",
        "Eine Pflegerin aus Cottbus, die ihren Namen nicht nennen will, sagte, sie habe seit Wochen keinen freien Tag gehabt.",
        [("Eine Pflegerin", "indirect", "sie habe seit Wochen keinen freien Tag gehabt")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_13)
def test_rules_1_13(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
