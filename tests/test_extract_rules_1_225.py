"""Rules of rules-1.225, found with holdout batch CX (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract import extract_records

RULES_1_225: list[tuple[str, str, list[Row]]] = [
    (  # de: "Das räumte X ein." hands the sentence before to X, as "Das teilte X mit." does
        "de",
        "BERLIN. Die Reform kommt ein Jahr später. Das räumte die Ministerin am Montag ein.",
        [("die Ministerin", "indirect", "Die Reform kommt ein Jahr später")],
    ),
    (
        "de",
        "BERLIN. Die Reform kommt ein Jahr später. Das stellte der Sprecher des Ministeriums, Jan Roth, klar.",
        [("Jan Roth", "indirect", "Die Reform kommt ein Jahr später")],
    ),
    (
        "de",
        "BERLIN. Die Reform kommt später. Das hat die Ministerin eingeräumt.",
        [("die Ministerin", "indirect", "Die Reform kommt später")],
    ),
    (  # the same verbs with another particle, or none: no speech, as before
        "de",
        "BERLIN. Die Polizei fand zwei Waffen. Das stellte die Polizei sicher.",
        [],
    ),
    (
        "de",
        "BERLIN. Der Schnee lag hoch. Das räumte die Stadt weg.",
        [],
    ),
    (  # de: a compound military rank is a title before a name ("Generalleutnant", "Vizeadmiral")
        "de",
        "„Wir sind bereit“, sagte der Leiter der Beschaffung im Pentagon, Generalleutnant Marcus Delacroix. "
        "Die Senatorin Ellen Whitford sagte, er lüge.",
        [("Marcus Delacroix", "direct", "Wir sind bereit"), ("Ellen Whitford", "indirect", "er lüge")],
    ),
    (  # en: ", X said," with a source of its own after it ("according to …"): X's words end at the cue
        "en",
        "Revenue rose 12% to $940 million, the retailer said, compared with analysts' average estimate of "
        "$902 million, according to LSEG data.",
        [("the retailer", "indirect", "Revenue rose 12% to $940 million")],
    ),
    (
        "en",
        "Net income was $2.1 billion, the bank said, up from $1.7 billion, according to Refinitiv.",
        [("the bank", "indirect", "Net income was $2.1 billion")],
    ),
    (  # no source after the cue: the whole sentence, as before
        "en",
        "Revenue rose 12% to $940 million, the retailer said, compared with $802 million a year earlier.",
        [
            (
                "the retailer",
                "indirect",
                "Revenue rose 12% to $940 million, the retailer said, compared with $802 million a year earlier",
            )
        ],
    ),
    (  # a short clause before the cue: the whole sentence, as before
        "en",
        "It was, he said, one of the worst years, according to his diary.",
        [("", "indirect", "It was, he said, one of the worst years, according to his diary")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_225)
def test_rules_1_225(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


# The ids: one speaker, one id; ``kinds`` the speaker types in order
IDS_1_225: list[tuple[str, str, list[tuple[str, str]]]] = [
    (  # en: a firm named by what it makes ("Systems", "Dynamics", "Foods") is a body, and "the company" is it
        "en",
        "Brightline Systems said it would cut 200 jobs.\nThe cuts were painful, the company said.",
        [("Brightline Systems", "organisation"), ("Brightline Systems", "organisation")],
    ),
    (  # en: "the Leeds-based company" is the firm named before, as "the company" is
        "en",
        "Harwick Foods raised its forecast on Tuesday.\nThe Leeds-based company said sales had risen 8%.",
        [("Harwick Foods", "organisation")],
    ),
    (  # en: a date-only dateline and "Shares of X" before the firm's name
        "en",
        "Nov 25 (Reuters) - Shares of Vantor Dynamics rose 9% on Tuesday.\nRevenue rose 41%, the company said.",
        [("Vantor Dynamics", "organisation")],
    ),
    (  # en: a one-word name after the body was named (not quoted) with it is that body
        "en",
        "Pelham Foods has agreed to buy snack maker Corvane Brands for $4.8 billion.\n"
        "In a filing, Corvane said the agreement included a break fee.",
        [("Corvane Brands", "organisation")],
    ),
    (  # en: the lead's role and the person named next with a rank only (no office): one person
        "en",
        "WASHINGTON, Nov 27 (Reuters) - The head of the Pentagon's fuel procurement office told senators on "
        'Thursday that deliveries had fallen behind schedule.\n"We have the money," Major General Ruth Alvarado '
        "testified.",
        [("Ruth Alvarado", "person"), ("Ruth Alvarado", "person")],
    ),
    (  # ru: a bare "посольство" / "дипмиссия" is the one embassy named before with its country
        "ru",
        "МОСКВА. Посольство Франции в Москве выступило с заявлением.\n«Мы осуждаем нападение», — говорится в "
        "заявлении дипмиссии.\nВ посольстве также заявили, что сотрудники не пострадали.",
        [("Посольство Франции в Москве", "organisation"), ("Посольство Франции в Москве", "organisation")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), IDS_1_225)
def test_ids_1_225(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    recs = list(extract_records([{"id": "r1", "language": lang, "title": "", "text": text}]))
    assert [(r["speaker"], r["speaker_type"]) for r in recs] == expected
    assert len({r["speaker_id"] for r in recs}) == 1


# What the rules must not do (no body or person is picked): another person with an office after the lead's role, an
# indefinite "a Leeds-based company", two embassies, a one-word name of two bodies
NOT_1_225: list[tuple[str, str, list[str]]] = [
    (
        "en",
        "WASHINGTON, Nov 27 (Reuters) - The head of the army's logistics command said on Thursday that "
        'deliveries had fallen behind schedule.\n"We have the money," Senator Ellen Whitford said.',
        ["The head of the army's logistics command", "Ellen Whitford"],
    ),
    (
        "en",
        "Harwick Foods raised its forecast.\nSales rose 8%, a Leeds-based company said.",
        ["Leeds-based company"],
    ),
    (
        "ru",
        "Посольство России в США и посольство Франции в Москве выступили с заявлениями.\nВ посольстве заявили, "
        "что будут добиваться доступа.",
        ["посольстве"],
    ),
    (
        "en",
        "Pelham Foods has agreed to buy Corvane Brands and Corvane Capital.\nCorvane said the deal was good.",
        ["Corvane"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "speakers"), NOT_1_225)
def test_not_1_225(lang: str, text: str, speakers: list[str]) -> None:
    recs = list(extract_records([{"id": "r1", "language": lang, "title": "", "text": text}]))
    assert [r["speaker"] for r in recs] == speakers
