"""Rules of rules-1.115, found with holdout batch BM (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_115: list[tuple[str, str, list[Row]]] = [
    (  # ru: kitchen and restaurant staff are roles
        "ru",
        "Кафе на набережной закрылось. По словам шеф-повара, поставщики подняли цены вдвое.",
        [("шеф-повара", "indirect", "поставщики подняли цены вдвое")],
    ),
    (  # ru: the same after a dash
        "ru",
        "«Мы не справились с арендой», — признался повар.",
        [("повар", "direct", "Мы не справились с арендой")],
    ),
    (  # uk: a cook, feminine, in the genitive
        "uk",
        "Їдальню закрили на ремонт. За словами кухарки, плиту не міняли двадцять років.",
        [("кухарки", "indirect", "плиту не міняли двадцять років")],
    ),
    (  # ru: a confectioner's shop and patronage are no roles
        "ru",
        "Шефство над школой взял завод, сообщили в администрации.",
        [("администрации", "indirect", "Шефство над школой взял завод")],
    ),
    (  # de: any "-arbeiter" is a person
        "de",
        "„Die Maschinen standen drei Tage still“, sagte ein Hafenarbeiter.",
        [("ein Hafenarbeiter", "direct", "Die Maschinen standen drei Tage still")],
    ),
    (  # de: an owner ("Inhaber") is a role
        "de",
        "Der Inhaber des Cafés bestätigte, dass der Betrieb Ende März schließe.",
        [("Der Inhaber des Cafés", "indirect", "der Betrieb Ende März schließe")],
    ),
    (  # de: but a body whose name begins with "Arbeiter" is no worker
        "de",
        "Die Arbeiterwohlfahrt kritisierte, die Mittel reichten nicht aus.",
        [],
    ),
    (  # de: an age noun before a speech act opens a Konjunktiv chain
        "de",
        "Der Laden schließt. Der 71-Jährige nannte die Miete als Grund. Außerdem fehle ihm ein Nachfolger.",
        [("Der 71-Jährige", "indirect", "Außerdem fehle ihm ein Nachfolger")],
    ),
    (  # de: the same after "verteidigte"
        "de",
        "Die 52-Jährige verteidigte den Plan. Die Kosten seien gedeckt.",
        [("Die 52-Jährige", "indirect", "Die Kosten seien gedeckt")],
    ),
    (  # de: no speech act, so Konjunktiv II is no reported speech
        "de",
        "Der 71-Jährige ging im Frühjahr in Rente. Viele Kunden hätten das bedauert.",
        [],
    ),
    (  # de: "In einer Stellungnahme hieß es, …": the words after the frame, by the body before
        "de",
        "Der Verband lehnt den Entwurf ab. In einer Stellungnahme hieß es, man werde dagegen klagen.",
        [("Verband", "indirect", "man werde dagegen klagen")],
    ),
    (  # de: a weekday after the body of a document is no speaker
        "de",
        "Die Linie bleibe bis Juni gesperrt, hieß es in einer Mitteilung der Verkehrsbetriebe vom Dienstag.",
        [("Verkehrsbetriebe", "indirect", "Die Linie bleibe bis Juni gesperrt")],
    ),
    (  # de: a person called Montag keeps his name
        "de",
        "Das Wetter sei schlecht, sagte Ralf Montag.",
        [("Ralf Montag", "indirect", "Das Wetter sei schlecht")],
    ),
    (  # ru: "в своем заявлении" between the subject and the cue is no part of the speaker
        "ru",
        "Компания «Северный порт» в своем заявлении подчеркнула, что причал исправен.",
        [("Компания «Северный порт»", "indirect", "причал исправен")],
    ),
    (  # uk: the same after an apposition
        "uk",
        "Власник заводу, компанія «Дніпросталь», у своїй заяві наголосила, що викидів не було.",
        [("Власник заводу, компанія «Дніпросталь»", "indirect", "викидів не було")],
    ),
    (  # ru: a statement named with its author stays a source
        "ru",
        "В заявлении компании говорится, что причал исправен.",
        [("компании", "indirect", "причал исправен")],
    ),
    (  # en: a number of them after a statement
        "en",
        "The school had been closed without warning, four of them told the BBC.",
        [("four of them", "indirect", "The school had been closed without warning")],
    ),
    (  # en: a number of them that says nothing
        "en",
        "Two of them had worked there for a decade.",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_115)
def test_rules_1_115(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
