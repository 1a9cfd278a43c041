"""Rules of rules-1.111, found on PolNeAR's train split and German WikiNews: a relative clause set off by dashes
between the subject and its cue; no name after an article in an apposition; middle initials and generational
suffixes in a full name; German "-land" surnames, roles of a named person, "Auch die …" subjects before a colon and
views stated as nouns ("ist der Ansicht, dass")."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_111: list[tuple[str, str, list[Row]]] = [
    (  # en: "<subject> — who … — said": the aside is no clause break and no part of the speaker
        "en",
        "The governor — who has rarely spoken about the dispute — said the talks had failed.",
        [("The governor", "indirect", "the talks had failed")],
    ),
    (  # en: … with spaced hyphens and a long aside
        "en",
        "Mara Jensen, director of the Coastal Trust - which was founded in 1998 by a group of fishermen and which "
        "has opposed the project - said the permit should be withdrawn.",
        [("Mara Jensen", "indirect", "the permit should be withdrawn")],
    ),
    (  # de: "<Subjekt> – der … – sagte"
        "de",
        "Der Landrat – der seit Jahren für die Umgehung kämpft – sagte, die Entscheidung sei ein Fehler.",
        [("Der Landrat", "indirect", "die Entscheidung sei ein Fehler")],
    ),
    (  # guard: a dash aside that is no relative clause before an inverted cue gives nothing, as before
        "en",
        "Prices rose sharply — far faster than wages — said the report.",
        [],
    ),
    (  # en: "<Name>, a <Place> Republican who …": the apposition names nobody
        "en",
        "“He is ready,” said Senator Carl Ostrander, a Montana Republican who has met the nominee twice.",
        [("Carl Ostrander", "direct", "He is ready")],
    ),
    (  # en: a middle initial and "Jr." do not push the first name out of the name
        "en",
        "“We will not wait,” said Vice President Joseph R. Halvorsen Jr.",
        [("Joseph R. Halvorsen Jr", "direct", "We will not wait")],
    ),
    (  # en: … nor a generational numeral
        "en",
        "Former Representative Thomas M. Ridley III said the district had changed.",
        [("Thomas M. Ridley III", "indirect", "the district had changed")],
    ),
    (  # de: a surname ending in "-land" after a short stem is a name, not a country ("so Wieland")
        "de",
        "„Die Kontrolle ist schwierig“, so Nieland.",
        [("Nieland", "direct", "Die Kontrolle ist schwierig")],
    ),
    (  # de: a plural role with the genitive of the name it serves is the role's holders, not that person
        "de",
        "Die Verteidiger Brandstätters argumentierten, ihr Mandant habe nicht fliehen wollen.",
        [("Die Verteidiger Brandstätters", "indirect", "ihr Mandant habe nicht fliehen wollen")],
    ),
    (  # de: … and "von" + name in the singular: the lawyer, unnamed
        "de",
        "Der Anwalt von Jens Kroll sagte, sein Mandant sei unschuldig.",
        [("Der Anwalt von Jens Kroll", "indirect", "sein Mandant sei unschuldig")],
    ),
    (  # de: "Auch die <adjective> Sprecherin …, <Name>, … an: <Konjunktiv>" is her statement
        "de",
        "„Das geht zu weit“, so Vogt. Auch die innenpolitische Sprecherin der Fraktion, Gisela Brenner, schloss "
        "sich der Kritik an: Die Mittel seien nicht mehr verhältnismäßig.",
        [
            ("Vogt", "direct", "Das geht zu weit"),
            ("Gisela Brenner", "indirect", "Die Mittel seien nicht mehr verhältnismäßig"),
        ],
    ),
    (  # de: "X ist der Ansicht, dass …" / "vertritt die Auffassung, …": the subject's view
        "de",
        "Die Landrätin ist der Ansicht, dass die Brücke saniert werden müsse.",
        [("Die Landrätin", "indirect", "die Brücke saniert werden müsse")],
    ),
    (
        "de",
        "Der Verband vertritt wie die Gewerkschaft die Auffassung, die Reform komme zu spät.",
        [("Verband", "indirect", "die Reform komme zu spät")],
    ),
    (  # guard: a view noun without a subject clause is no statement
        "de",
        "Das ist die Meinung vieler Experten, die schon lange warnen.",
        [],
    ),
    (  # de: "Dies gibt X bekannt." / "Das teilt X mit." in the present hand the sentence before to X
        "de",
        "Die Fähre fällt bis Freitag aus. Dies gibt die Reederei Nordlicht bekannt.",
        [("Reederei Nordlicht", "indirect", "Die Fähre fällt bis Freitag aus")],
    ),
    (  # guard: "Das gibt es …" is no speech
        "de",
        "Die Fähre fällt bis Freitag aus. Das gibt es selten.",
        [],
    ),
    (  # de: a proposal "X schlug (Y) vor, … zu …" is X's statement, like an accusation
        "de",
        "Die Stadträtin schlug dem Ausschuss vor, die Halle später zu sanieren.",
        [("Die Stadträtin", "indirect", "die Halle später zu sanieren")],
    ),
    (  # guard: "schlug … als … vor" without a clause is none
        "de",
        "Die Partei schlug ihn als Kandidaten vor.",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_111)
def test_rules_1_111(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
