"""Rules of rules-1.33, found with holdout batch AJ (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract import extract_statements
from ingest.extract.speakers import analyze_np
from ingest.models import ArticleText

RULES_1_33: list[tuple[str, str, list[Row]]] = [
    (  # en: "…, according to minutes …": a document, its issuer's (the body quoted before)
        "en",
        "The central bank said prices were easing. Four members wanted a bigger cut, according to minutes "
        "released on Friday.",
        [
            ("The central bank", "indirect", "prices were easing"),
            ("The central bank", "indirect", "Four members wanted a bigger cut"),
        ],
    ),
    (  # en: "…, according to X, which said …": the source's own clause is a second statement
        "en",
        "The road will stay shut until Monday, according to the highways agency, which said two bridges "
        "needed repairs.",
        [
            ("the highways agency", "indirect", "The road will stay shut until Monday"),
            ("the highways agency", "indirect", "two bridges needed repairs"),
        ],
    ),
    (  # en: "…, a trade body said": "body" heads an organisation
        "en",
        "Ticket prices will rise by 4% in January, a trade body said.",
        [("trade body", "indirect", "Ticket prices will rise by 4% in January")],
    ),
    (  # en: an age after a relative's name is no part of the speaker; "she said" goes on with her
        "en",
        'Ken Lowry praised the coach. "He was tough," Lowry said.\nHis sister, Ruth, 72, told the Echo that he '
        'had never missed a game. "He was a stubborn man," she said.',
        [
            ("Ken Lowry", "direct", "He was tough"),
            ("His sister, Ruth", "indirect", "he had never missed a game"),
            ("His sister, Ruth", "direct", "He was a stubborn man"),
        ],
    ),
    (  # en: "One of the …, NAME, AGE, told X she …": the person named (her id), not the listener
        "en",
        'One of the stranded drivers, Helen Marsh, 41, told the Courier she had waited six hours. "It was '
        'freezing," she said.',
        [
            ("One of the stranded drivers, Helen Marsh", "indirect", "she had waited six hours"),
            ("Helen Marsh", "direct", "It was freezing"),
        ],
    ),
    (  # en: two people share a surname: the bare surname is the one named first
        "en",
        "Ann Hale, the novelist, has died. Her daughter, Kate Hale, said she had been ill. Rob Kerr called "
        'her a friend. "She was brave," Kerr said.\nIn a 1998 interview, Hale was asked why she wrote. '
        '"Because I had to," she replied.',
        [
            ("Kate Hale", "indirect", "she had been ill"),
            ("Rob Kerr", "direct", "She was brave"),
            ("Ann Hale", "direct", "Because I had to"),
        ],
    ),
    (  # de: a regular Konjunktiv I in -e before ", dass" continues the speaker
        "de",
        "Die Zahl der Insolvenzen steige weiter, sagte der Ökonom Paul Berger. Die Lage belege, dass die "
        "Krise viele kleine und mittlere Betriebe in der Region an den Rand der Pleite treibe.",
        [
            ("Paul Berger", "indirect", "Die Zahl der Insolvenzen steige weiter"),
            (
                "Paul Berger",
                "indirect",
                "Die Lage belege, dass die Krise viele kleine und mittlere Betriebe in der Region an den Rand "
                "der Pleite treibe",
            ),
        ],
    ),
    (  # de: "Ob …, ließ sie offen" is a question left open, no statement
        "de",
        "Man brauche mehr Geld, sagte Lea Brandt. Ob sie noch einmal antreten werde, ließ sie offen.",
        [("Lea Brandt", "indirect", "Man brauche mehr Geld")],
    ),
    (  # de: "Ob …, lasse sich …" (Konjunktiv I in the main clause) stays reported speech
        "de",
        "Man brauche mehr Geld, sagte Lea Brandt. Ob die Mittel reichten, lasse sich noch nicht sagen.",
        [
            ("Lea Brandt", "indirect", "Man brauche mehr Geld"),
            ("Lea Brandt", "indirect", "Ob die Mittel reichten, lasse sich noch nicht sagen"),
        ],
    ),
    (  # de: a Konjunktiv clause after a quote is no speaker of the quote ("Ihre Pläne seien …"); the role
        # after it is the person quoted
        "de",
        "„Ich freue mich“, sagte Nora Kühn. „Jetzt geht die Arbeit los.“ Ihre wichtigsten Vorhaben seien die "
        "Sanierung der Bäder und neue Radwege, kündigte die künftige Landrätin an.",
        [
            ("Nora Kühn", "direct", "Ich freue mich"),
            ("Nora Kühn", "direct", "Jetzt geht die Arbeit los."),
            (
                "Nora Kühn",
                "indirect",
                "Ihre wichtigsten Vorhaben seien die Sanierung der Bäder und neue Radwege",
            ),
        ],
    ),
    (  # uk: "На запитання …" before the subject
        "uk",
        "На запитання журналістів про нові трансфери тренер відповів, що переговорів поки немає.",
        [("тренер", "indirect", "переговорів поки немає")],
    ),
    (  # uk: "звернув увагу, що …" is a cue with its object
        "uk",
        "Економіст Павло Гуменюк звернув увагу, що ціни на пальне зросли вдвічі.",
        [("Павло Гуменюк", "indirect", "ціни на пальне зросли вдвічі")],
    ),
    (  # uk: without a clause it is none ("звернув увагу на знак")
        "uk",
        "Водій звернув увагу на знак і зупинився.",
        [],
    ),
    (  # ru
        "ru",
        "Аналитик Ольга Миронова обратила внимание на то, что спрос на жильё падает третий месяц.",
        [("Ольга Миронова", "indirect", "спрос на жильё падает третий месяц")],
    ),
    (  # ru: "градоначальник" is a role (the mayor named before)
        "ru",
        "Мэр Ильин распорядился закрыть катки. «Лёд слишком тонкий», — пояснил градоначальник.",
        [("Ильин", "direct", "Лёд слишком тонкий")],
    ),
    (  # uk: "У самому інституті кажуть": the body itself, the one quoted before
        "uk",
        "За даними університету, набір зріс на 10%. У самому університеті кажуть, що нові корпуси відкриють "
        "восени.",
        [
            ("університету", "indirect", "набір зріс на 10%"),
            ("університету", "indirect", "нові корпуси відкриють восени"),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_33)
def test_rules_1_33(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


def test_one_of_named_has_the_persons_id() -> None:
    """ "One of the …, NAME," is shown as written but has the id of the person named (rules-1.33)."""
    doc = ArticleText(
        id="r1",
        text='One of the stranded drivers, Helen Marsh, 41, told the Courier she had waited six hours. "It was '
        'freezing," she said.',
        title="",
        language="en",
    )
    ids = {s.speaker_id for s in extract_statements(doc)}
    assert len(ids) == 1 and next(iter(ids)).startswith("P-")


@pytest.mark.parametrize(
    ("phrase", "lang", "expected"),
    [
        ("an industry body", "en", ("organisation", "", "", "industry body")),
        ("Joan Pike, 58,", "en", ("person", "Joan Pike", "", "")),  # the age is no role
        ("One of the guests, Joan Pike,", "en", ("anonymous", "Joan Pike", "", "")),
        ("die Sanierung der Schulen", "de", ("unknown", "", "", "")),  # "der" alone is no name particle
        ("Jana Köhler von der Verbraucherzentrale", "de", ("person", "Jana Köhler", "", "")),
        ("Von der Leyen", "de", ("person", "Von der Leyen", "", "")),  # "Von der" opening a sentence
        ("Die Autoren der Untersuchung", "de", ("group", "", "", "")),  # a study's authors
        ("в самой компании", "ru", ("organisation", "", "", "компании")),  # the body itself
    ],
)
def test_speaker_phrases_1_33(phrase: str, lang: str, expected: tuple[str, str, str, str]) -> None:
    sp = analyze_np(phrase, lang)
    assert (sp.kind, sp.name, sp.role, sp.org) == expected
