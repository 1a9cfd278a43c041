"""Rules of rules-1.32, found with holdout batch AI (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract.speakers import analyze_np

RULES_1_32: list[tuple[str, str, list[Row]]] = [
    (  # en: "told us CLAUSE, adding that …": the told clause is the first statement, not the one after "adding"
        "en",
        "The mayor told us the bridge would reopen in May, adding that the repairs had cost £2m.",
        [
            ("The mayor", "indirect", "the bridge would reopen in May"),
            ("The mayor", "indirect", "the repairs had cost £2m"),
        ],
    ),
    (  # en: "quotes X as saying that …" keeps its clause after "that"
        "en",
        "The Herald quotes Tom Avery as saying that the talks had collapsed.",
        [("Tom Avery", "indirect", "the talks had collapsed")],
    ),
    (  # en: "said NAME, Org's director of operations": the name, not the possessive apposition
        "en",
        '"We moved too slowly," said Lena Park, Vantor\'s head of customer service.',
        [("Lena Park", "direct", "We moved too slowly")],
    ),
    (  # de: a lead adverbial and an apposition before the verb; the name after it is the subject for "er"
        "de",
        "Jan Kolb lobte den Plan. Für die Grünen, Partner der Koalition, verteidigte deren Chef Ole Brandt "
        "den Kurs. Man stehe zum Vertrag, sagte er.",
        [("Ole Brandt", "indirect", "Man stehe zum Vertrag")],
    ),
    (  # de: a role and the bare surname of someone named before open the sentence: its subject
        "de",
        "Neuer Chef ist Co-Trainer Paul Seidel. Im Sommer gingen Max Roth und Tim Wendt. Interimstrainer Seidel "
        "leitet am Montag das Training. „Wir fangen bei null an“, sagte er.",
        [("Paul Seidel", "direct", "Wir fangen bei null an")],
    ),
    (  # de: "warf … vor" is a speech act; Konjunktiv after it is the subject's
        "de",
        "Der finanzpolitische Sprecher der FDP, Karl Ehlers, warf dem Senat Tricksereien vor. Die Schulden "
        "seien doppelt so hoch wie angegeben.",
        [("Karl Ehlers", "indirect", "Die Schulden seien doppelt so hoch wie angegeben")],
    ),
    (  # de: "hieß es in einer Stellungnahme" after a body named since the last statement: the body
        "de",
        "Ein Sprecher wollte nichts sagen. Man prüfe alles, sagte er.\nDer Förderverein kritisierte den Plan. "
        "Die Stadt spare an der falschen Stelle, hieß es in einer Stellungnahme.",
        [
            ("Ein Sprecher", "indirect", "Man prüfe alles"),
            ("Förderverein", "indirect", "Die Stadt spare an der falschen Stelle"),
        ],
    ),
    (  # en: a transcript's capitalised label before a quotation: the person named before with that surname
        "en",
        'Our reporter met Tom Reed and Ann Lowe on the quay.\nREED: "The water came in at six."\n'
        'LOWE: "We lost everything downstairs."',
        [
            ("Tom Reed", "direct", "The water came in at six."),
            ("Ann Lowe", "direct", "We lost everything downstairs."),
        ],
    ),
    (  # en: a label that names nobody ("UPDATE:") gives no speaker
        "en",
        'Prices rose again.\nUPDATE: "We are reviewing the figures."',
        [("", "direct", "We are reviewing the figures.")],
    ),
    (  # ru: "Как отмечают авторы, …": the authors are a group
        "ru",
        "Как отмечают авторы, новый метод в три раза быстрее.",
        [("авторы", "indirect", "новый метод в три раза быстрее")],
    ),
    (  # uk
        "uk",
        "Як зазначають вчені, нова вакцина діє довше.",
        [("вчені", "indirect", "нова вакцина діє довше")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_32)
def test_rules_1_32(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


@pytest.mark.parametrize(
    ("phrase", "lang", "kind"),
    [
        ("Local businesses", "en", "group"),
        ("Some retailers", "en", "group"),
        ("Der Fanklub", "de", "organisation"),
        ("авторы", "ru", "group"),
        ("Lena Park, Vantor's head of customer service", "en", "person"),
    ],
)
def test_speaker_phrases_1_32(phrase: str, lang: str, kind: str) -> None:
    assert analyze_np(phrase, lang).kind == kind
