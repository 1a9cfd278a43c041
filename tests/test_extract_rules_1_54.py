"""Rules of rules-1.54, found with holdout batch AT (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_54: list[tuple[str, str, list[Row]]] = [
    (  # uk: a council in the locative after an adjective, and "наполягають" (insist) in the present
        "uk",
        "Мешканці вийшли на протест. У селищній раді наполягають, що тендер провели чесно.",
        [("селищній раді", "indirect", "тендер провели чесно")],
    ),
    (  # ru: the same with "совете" and "подтверждают"
        "ru",
        "Жители вышли на пикет. В городском совете подтверждают, что бюджет на ремонт урезан.",
        [("городском совете", "indirect", "бюджет на ремонт урезан")],
    ),
    (  # uk: a village council as a source ("За даними сільради")
        "uk",
        "Повінь відступила. За даними сільради, підтоплено 14 дворів.",
        [("сільради", "indirect", "підтоплено 14 дворів")],
    ),
    (  # uk: "раді" alone is "glad", no body
        "uk",
        "Ми раді, що сезон закінчився.",
        [],
    ),
    (  # de: a shortened compound before "und" goes on in the source's name
        "de",
        "Der Winter war mild. Nach Angaben der Industrie- und Handelskammer Rheinhessen fehlen 900 Lehrlinge.",
        [("Industrie- und Handelskammer Rheinhessen", "indirect", "fehlen 900 Lehrlinge")],
    ),
    (  # de: "…, heißt es im Gesetzentwurf.": a draft is its own source, as a report is
        "de",
        "Die Regierung will sparen. Die Kosten lägen bei rund 40 Millionen Euro, heißt es im Gesetzentwurf.",
        [("Gesetzentwurf", "indirect", "Die Kosten lägen bei rund 40 Millionen Euro")],
    ),
    (  # de: a modal before the pronoun subject of a final "sagen"
        "de",
        "Bauleiter Peter Sommer sagte, die Arbeiten lägen im Plan. "
        "Wann die Brücke wieder befahrbar sei, könne er erst im Mai sagen.",
        [
            ("Peter Sommer", "indirect", "die Arbeiten lägen im Plan"),
            ("Peter Sommer", "indirect", "Wann die Brücke wieder befahrbar sei"),
        ],
    ),
    (  # de: a negated modal declines to say: no statement
        "de",
        "Wie viele Filialen schließen, wollte der Konzernchef nicht sagen.",
        [],
    ),
    (  # en: "it said" in the lead, with no one named before: the clause's own body subject
        "en",
        "LEEDS, May 2 - Britain's third-largest building society will close 40 branches this year, "
        "it said on Monday.",
        [
            (
                "Britain's third-largest building society",
                "indirect",
                "Britain's third-largest building society will close 40 branches this year",
            )
        ],
    ),
    (  # en: "One of …'s largest <bodies>" as that subject
        "en",
        "PARIS, May 2 - One of Europe's biggest insurers has stopped selling flood cover in 30 towns, "
        "it said on Tuesday.",
        [
            (
                "One of Europe's biggest insurers",
                "indirect",
                "One of Europe's biggest insurers has stopped selling flood cover in 30 towns",
            )
        ],
    ),
    (  # en: "According to the <body>'s own figures, …" opening a sentence
        "en",
        "Ticket sales rose again. According to the museum's own figures, 1.2 million people visited last year.",
        [("the museum's own figures", "indirect", "1.2 million people visited last year")],
    ),
    (  # en: a long clause, ", he said," and an apposition after it: the whole sentence
        "en",
        "Mayor Tom Price said the pool would reopen. The repairs to the roof and the changing rooms would take "
        "at least eight months, he said, "
        "far longer than the council had hoped.",
        [
            ("Tom Price", "indirect", "the pool would reopen"),
            (
                "Tom Price",
                "indirect",
                "The repairs to the roof and the changing rooms would take at least eight months, he said, far longer "
                "than the council had hoped",
            ),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_54)
def test_rules_1_54(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
