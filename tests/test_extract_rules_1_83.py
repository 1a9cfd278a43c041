"""Rules of rules-1.83, found on German WikiNews and PolNeAR's train split: a dative apposition after a frame's
source, the subject after a German leading phrase and its verb, an age given before, a body speaking as
"we" after its own sentence, "He also said" after a quote, long group subjects."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run

RULES_1_83: list[tuple[str, str, list[Row]]] = [
    (  # de: "Nach Angaben von X, einem Sprecher …," — the apposition is the source's, not the statement's
        "de",
        "Nach Angaben von Jens Halder, einem Sprecher der Werft, wurde die Fähre bereits ausgeliefert.",
        [("Jens Halder", "indirect", "wurde die Fähre bereits ausgeliefert")],
    ),
    (  # de: after a leading phrase and its verb, the subject ("In … begründete der Kanzler …:")
        "de",
        "In seiner wöchentlichen Videobotschaft begründete der österreichische Kanzler seine Entscheidung "
        "folgendermaßen: „Wir dürfen keine Zeit verlieren.“",
        [("der österreichische Kanzler", "direct", "Wir dürfen keine Zeit verlieren.")],
    ),
    (  # de: an age given before without a name is that unnamed person, not the spokesman last named
        "de",
        "Gegen den 42-Jährigen lag ein Haftbefehl vor. Laut Polizeisprecher Tim Ahrens sei niemand verletzt "
        "worden. Der 42-Jährige gab jedoch an, er habe von nichts gewusst.",
        [
            ("Tim Ahrens", "indirect", "sei niemand verletzt worden"),
            ("Der 42-Jährige", "indirect", "er habe von nichts gewusst"),
        ],
    ),
    (  # de: an age given before with a name is that person
        "de",
        "Der 42-jährige Ralf Simon wurde festgenommen. Laut Polizeisprecher Tim Ahrens sei niemand verletzt "
        "worden. Der 42-Jährige sagte, er habe von nichts gewusst.",
        [
            ("Tim Ahrens", "indirect", "sei niemand verletzt worden"),
            ("Ralf Simon", "indirect", "er habe von nichts gewusst"),
        ],
    ),
    (  # de: a body's sentence, then a quote opening with "Wir": the body's
        "de",
        "Die Grünen wollen am Atomausstieg festhalten. „Wir werden keine neuen Reaktoren genehmigen.“",
        [("Grünen", "direct", "Wir werden keine neuen Reaktoren genehmigen.")],
    ),
    (  # en: the same with "We"
        "en",
        "The union wants a new contract. “We will not give up until the pay gap is closed.”",
        [("The union", "direct", "We will not give up until the pay gap is closed.")],
    ),
    (  # guard: "I" is a person, not the body
        "en",
        "The union wants a new contract. “I will not give up until the pay gap is closed.”",
        [("", "direct", "I will not give up until the pay gap is closed.")],
    ),
    (  # en: "He also said …" after a quote that ends its sentence is a statement of its own
        "en",
        'Mayor Ruiz waved off the question, saying, "the budget speaks for itself." He also said the city would '
        "not raise taxes next year.",
        [
            ("Ruiz", "direct", "the budget speaks for itself."),
            ("Ruiz", "indirect", "the city would not raise taxes next year"),
        ],
    ),
    (  # en: a group subject of 14 words between "But" and "have"
        "en",
        "But current and former officials in the FBI and at the Justice Department have said investigators are "
        "trying to determine whether a crime was committed.",
        [
            (
                "current and former officials in the FBI and at the Justice Department",
                "indirect",
                "investigators are trying to determine whether a crime was committed",
            )
        ],
    ),
    (  # en (rules-1.84, at the merge with batch BB): "tweeting" after a clause, with "that"
        "en",
        "Dean poked at Trump during the debate, tweeting that he had noticed the sniffing.",
        [("Dean", "indirect", "he had noticed the sniffing")],
    ),
    (  # en (rules-1.84): "tweeting" with an object is no cue
        "en",
        "Hillary Clinton was the first candidate to weigh in, tweeting her appreciation Friday afternoon.",
        [],
    ),
    (  # en (rules-1.84): a singular noun cue after a possessive, with no "that", is a noun
        "en",
        "Trump’s warning on Tuesday is the latest in a sustained pressure campaign.",
        [],
    ),
    (  # en (rules-1.84): a headline in title case keeps its cue ("Says" between capitalised words)
        "en",
        "Bernie Sanders Says He's Already Started Writing His Inaugural Address",
        [("Bernie Sanders", "indirect", "He's Already Started Writing His Inaugural Address")],
    ),
    (  # en (rules-1.84): an inverted speaker ending in "'s" before a lower-case word is a possessive
        "en",
        "Now Brazile’s colleague, Jake Tapper, insists Brazile’s actions were “unethical”.",
        [],
    ),
    (  # en (rules-1.85): a no-break space between the cue's comma and the quote
        "en",
        "Asked to respond, Carson said,\u00a0“What does it say about people who jump on the bandwagon?”",
        [("Carson", "direct", "What does it say about people who jump on the bandwagon?")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_83)
def test_rules_1_83(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected
