"""rules-1.368, found with blind batch EW (other sentences than the batch's): a surname in the genitive before the
frame's noun is that person ("Marenkos Angaben zufolge", "Nach Vogts Worten"); a capitalised "Wie" after a closing
quote opens the next sentence ("„…“ Wie der Bahnchef mitteilte, …"), it is no attribution of the quote; "einzige"
is no article and an adverb or a second adjective may stand between the adjective and the noun (", die einzige noch
funktionierende Pumpe sei …"); an adjunct right after the cue is no subject with a relative clause (", sagte am
Abend, die Einsatzkräfte griffen … an"); a day and an occasion after the cue ("sagte am Mittwoch bei einem Besuch
von …, derzeit seien …") leave the reported clause's comma four words further; "Nachfolger" and "Vorgänger" are role
nouns ("Sein Nachfolger Dronow kündigte an, …")."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_368: list[tuple[str, str, list[Row]]] = [
    (  # de: a surname's genitive before "Angaben zufolge"
        "de",
        "Der Bürgermeister von Tiraspol, Igor Marenko, warnte vor Engpässen. Marenkos Angaben zufolge fehlen "
        "40 Busfahrer.",
        [("Igor Marenko", "indirect", "fehlen 40 Busfahrer")],
    ),
    (  # de: and after "Nach … Worten"
        "de",
        "Die Landrätin Petra Vogt besuchte die Baustelle. Nach Vogts Worten soll die Brücke im Mai fertig sein.",
        [("Petra Vogt", "indirect", "soll die Brücke im Mai fertig sein")],
    ),
    (  # de: a country's genitive is the country
        "de",
        "Russlands Angaben zufolge wurden 40 Drohnen abgefangen.",
        [("Russland", "indirect", "wurden 40 Drohnen abgefangen")],
    ),
    (  # de: left alone: an adjective, no name
        "de",
        "Eigenen Angaben zufolge hat die Firma 300 Stellen gestrichen.",
        [("Eigenen Angaben", "indirect", "hat die Firma 300 Stellen gestrichen")],
    ),
    (  # de: left alone: an apostrophe's genitive
        "de",
        "Reuters' Angaben zufolge wurde die Sitzung vertagt.",
        [("Reuters' Angaben", "indirect", "wurde die Sitzung vertagt")],
    ),
    (  # de: "Wie" after a quote opens the next sentence; the quote is the speaker's of the one before
        "de",
        "„Wir bauen die Strecke zu Ende“, sagte Bahnchef Karl Weber. „Das versprechen wir.“ Wie der Bahnchef "
        "mitteilte, beginnen die Arbeiten im März.",
        [
            ("Karl Weber", "direct", "Wir bauen die Strecke zu Ende"),
            ("Karl Weber", "direct", "Das versprechen wir."),
            ("Karl Weber", "indirect", "beginnen die Arbeiten im März"),
        ],
    ),
    (  # de: left alone: "wie" after the quote's comma is its attribution
        "de",
        "„Das ist ein guter Tag“, wie die Ministerin Eva Lorenz sagte.",
        [("Eva Lorenz", "direct", "Das ist ein guter Tag")],
    ),
    (  # de: "einzige" and an adverb before a second adjective
        "de",
        "Die Stadtwerke teilten am Freitag mit, die einzige noch funktionierende Pumpe sei ausgefallen.",
        [("Stadtwerke", "indirect", "die einzige noch funktionierende Pumpe sei ausgefallen")],
    ),
    (  # de: "einzige" before the noun
        "de",
        "Die Polizei teilte mit, die einzige Zeugin habe nichts gesehen.",
        [("Polizei", "indirect", "die einzige Zeugin habe nichts gesehen")],
    ),
    (  # de: two adjectives
        "de",
        "Das Amt teilte mit, die beiden neuen Züge seien bestellt.",
        [("Amt", "indirect", "die beiden neuen Züge seien bestellt")],
    ),
    (  # de: left alone: an adverb after "die" opens a relative clause
        "de",
        "RUNDSCHAU: Was sagen Sie Patienten, die heute keinen Hausarzt finden?",
        [],
    ),
    (  # de: left alone: "noch" first is no adjective
        "de",
        "Die Kammer teilte mit, die noch offene Fragen habe, werde beraten.",
        [],
    ),
    (  # de: an adjunct after the cue, then the reported clause
        "de",
        "Der Sprecher der Feuerwehr, Jan Hofer, sagte am Abend, die Einsatzkräfte griffen das Feuer von zwei "
        "Seiten an.",
        [("Jan Hofer", "indirect", "die Einsatzkräfte griffen das Feuer von zwei Seiten an")],
    ),
    (  # de: left alone: the subject after the cue with its relative clause
        "de",
        "Die Lage sei ernst, sagte die Ärztin, die selbst in der Klinik arbeitet.",
        [("die Ärztin", "indirect", "Die Lage sei ernst")],
    ),
    (  # de: a day and an occasion after the cue
        "de",
        "Die Leiterin des Amtes, Maria Klein, sagte am Mittwoch bei einem Besuch von Abgeordneten in der Kaserne, "
        "derzeit seien 300 Stellen unbesetzt.",
        [("Maria Klein", "indirect", "derzeit seien 300 Stellen unbesetzt")],
    ),
    (  # de: the occasion alone
        "de",
        "Maria Klein sagte bei einer Pressekonferenz im Rathaus der Stadt Halle an der Saale, derzeit seien 300 "
        "Stellen unbesetzt.",
        [("Maria Klein", "indirect", "derzeit seien 300 Stellen unbesetzt")],
    ),
    (  # de: "Nachfolger" is a role before the surname, the person named in full before
        "de",
        "Der Vorsitzende Karl Ott tritt zurück, den Verband führt künftig Peter Lang. Sein Nachfolger Lang sagte, "
        "man werde sparen.",
        [("Peter Lang", "indirect", "man werde sparen")],
    ),
    (  # de: the role alone
        "de",
        "Die Ärztin Eva Roth geht in Rente. Ihr Nachfolger sagte, die Praxis bleibe offen.",
        [("Ihr Nachfolger", "indirect", "die Praxis bleibe offen")],
    ),
    (  # de: left alone: an adjunct longer than the reach
        "de",
        "Der Minister sagte am Montag bei einem Treffen mit Vertretern der Länder und der Kommunen in der Stadt "
        "Berlin vor Journalisten, die Lage sei ernst.",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_368)
def test_rules_1_368(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
