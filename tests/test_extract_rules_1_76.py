"""Rules of rules-1.76, found with holdout batch AY (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_76: list[tuple[str, str, list[Row]]] = [
    (  # en: two compass words open a name ('North East Ambulance Service'), no demonym before it
        "en",
        "Crews were stretched to the limit over the weekend, North East Rail said.",
        [("North East Rail", "indirect", "Crews were stretched to the limit over the weekend")],
    ),
    (  # en: the same before the cue
        "en",
        "South East Water said supplies would be restored by Friday.",
        [("South East Water", "indirect", "supplies would be restored by Friday")],
    ),
    (  # en: one compass word before a name is still a demonym ('South Korean President Lee')
        "en",
        "South Korean President Lee said the talks would go on.",
        [("Lee", "indirect", "the talks would go on")],
    ),
    (  # en: 'pointed out' inside commas in mid-sentence, as ', he said,'
        "en",
        "The new homes, the planning officer Ruth Gale pointed out, would have no gardens at all.",
        [
            (
                "Ruth Gale",
                "indirect",
                "The new homes, the planning officer Ruth Gale pointed out, would have no gardens at all",
            )
        ],
    ),
    (  # en: a new clause after ', he pointed out,' ends the statement as before (rules-1.21)
        "en",
        "Most of the sites are far away, he pointed out, but the council has not changed its plan.",
        [("", "indirect", "Most of the sites are far away")],
    ),
    (  # en: 'pointed out' with an object is no parenthesis
        "en",
        "The inspector pointed out the cracks, and the council closed the bridge.",
        [],
    ),
    (  # de: an indicative clause before a colon is the writer's; the Konjunktiv after it the speaker's
        "de",
        "Der Mieterbund (DMB) schlägt erneut Alarm: Jede dritte Wohnung in der Stadt sei zu teuer, teilte der "
        "Verband am Mittwoch mit.",
        [("Verband", "indirect", "Jede dritte Wohnung in der Stadt sei zu teuer")],
    ),
    (  # de: a Konjunktiv clause before the colon stays in the statement
        "de",
        "Die Rentenkasse (DRV) sei deshalb unter Druck: Jede dritte Rente reiche nicht zum Leben, teilte der "
        "Sozialverband am Mittwoch mit.",
        [
            (
                "Sozialverband",
                "indirect",
                "Die Rentenkasse (DRV) sei deshalb unter Druck: Jede dritte Rente reiche nicht zum Leben",
            )
        ],
    ),
    (  # de: an indicative clause after the colon is no reason to cut
        "de",
        "Der Sozialverband (VdK) schlägt deshalb Alarm: Jede dritte Rente reicht nicht zum Leben, teilte der "
        "Verband am Mittwoch mit.",
        [
            (
                "Verband",
                "indirect",
                "Der Sozialverband (VdK) schlägt deshalb Alarm: Jede dritte Rente reicht nicht zum Leben",
            )
        ],
    ),
    (  # de: the head of 'Die Mutter eines Schülers' is 'Mutter', not the spokeswoman before
        "de",
        "Eine Sprecherin der Stadt sagte, die Turnhalle bleibe bis Ostern gesperrt.\n"
        "Die Mutter einer Fünftklässlerin aus Nordstadt sagte, der Sportunterricht falle seit Wochen aus.",
        [
            ("Eine Sprecherin der Stadt", "indirect", "die Turnhalle bleibe bis Ostern gesperrt"),
            (
                "Die Mutter einer Fünftklässlerin aus Nordstadt",
                "indirect",
                "der Sportunterricht falle seit Wochen aus",
            ),
        ],
    ),
    (  # de: the same role with its genitive is still the role named before
        "de",
        "Eine Sprecherin der Stadt sagte, die Turnhalle bleibe bis Ostern gesperrt.\n"
        "Die Sprecherin der Stadt sagte, man prüfe eine Zwischenlösung.",
        [
            ("Eine Sprecherin der Stadt", "indirect", "die Turnhalle bleibe bis Ostern gesperrt"),
            ("Eine Sprecherin der Stadt", "indirect", "man prüfe eine Zwischenlösung"),
        ],
    ),
    (  # de: 'Eine Frau, die …, sagte, …': the relative clause does not hide the speaker
        "de",
        "Eine Frau, die seit zwanzig Jahren an der Straße wohnt, sagte, der Lärm sei kaum auszuhalten.",
        [("Eine Frau", "indirect", "der Lärm sei kaum auszuhalten")],
    ),
    (  # de: the same with 'Mann' and 'dessen'
        "de",
        "Ein älterer Mann, dessen Auto abgeschleppt wurde, sagte, niemand habe ihn gewarnt.",
        [("Ein älterer Mann", "indirect", "niemand habe ihn gewarnt")],
    ),
    (  # de: no cue, no statement
        "de",
        "Ein Mann, der zur Polizei ging, wurde festgenommen.",
        [],
    ),
    (  # de: Konjunktiv I after a speech act whose subject follows its verb continues that subject's words
        "de",
        "Die Zahl der Insolvenzen steigt. Als Hauptgrund nennt der Verband die hohen Energiepreise. "
        "Viele Betriebe seien am Ende.",
        [("Verband", "indirect", "Viele Betriebe seien am Ende")],
    ),
    (  # de: the same with 'kritisiert' and a body's name
        "de",
        "Die Zahl der Kündigungen steigt. Scharf kritisiert die Gewerkschaft Verdi den Plan. "
        "Die Beschäftigten seien die Leidtragenden.",
        [("Gewerkschaft Verdi", "indirect", "Die Beschäftigten seien die Leidtragenden")],
    ),
    (  # de: the subject's genitive and the name in apposition after it
        "de",
        "Unterdessen verteidigte der Vorsitzende des Innenausschusses, Eva Roth (SPD), den Entwurf. "
        "Sie halte die Verlängerung für vertretbar.",
        [("Eva Roth", "indirect", "Sie halte die Verlängerung für vertretbar")],
    ),
    (  # de: after another verb the subject says nothing ('Am Montag kamen die Besucher.')
        "de",
        "Die Zahl der Insolvenzen steigt. Am Montag kamen die Besucher. Viele Betriebe seien am Ende.",
        [],
    ),
    (  # ru: 'показывает' right after a quote and its dash is the cue
        "ru",
        "«Здесь был лёд метровой толщины», — показывает егерь Иван Седов, стоя у проруби.",
        [("Иван Седов", "direct", "Здесь был лёд метровой толщины")],
    ),
    (  # uk: the same in Ukrainian, past tense
        "uk",
        "«Тут стояла наша хата», — показала пенсіонерка Ганна Лисенко.",
        [("Ганна Лисенко", "direct", "Тут стояла наша хата")],
    ),
    (  # ru: 'показали, что' elsewhere is no cue
        "ru",
        "Анализы показали, что вода в реке безопасна.",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_76)
def test_rules_1_76(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
