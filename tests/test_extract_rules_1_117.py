"""Rules of rules-1.117, found with holdout batch BN (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract import extract_statements
from ingest.models import ArticleText

RULES_1_117: list[tuple[str, str, list[Row]]] = [
    (  # de: "Wer …, zahle …" goes on with the speaker before ("Wer" is no name, even when it opens another sentence)
        "de",
        "Die Saison beginnt. Wer im Sommer bucht, spart Geld. Die Gebühr sei zu hoch, sagte Stadträtin Eva "
        "Lorenz. Wer früh buche, sei trotzdem im Vorteil.",
        [
            ("Eva Lorenz", "indirect", "Die Gebühr sei zu hoch"),
            ("Eva Lorenz", "indirect", "Wer früh buche, sei trotzdem im Vorteil"),
        ],
    ),
    (  # de: "Ob …, hänge …": a regular Konjunktiv I after the question is reported speech
        "de",
        "Die Sperrung gelte bis Freitag, sagte Bürgermeister Jan Roth. Ob sie verlängert werde, hänge vom "
        "Gutachten ab.",
        [
            ("Jan Roth", "indirect", "Die Sperrung gelte bis Freitag"),
            ("Jan Roth", "indirect", "Ob sie verlängert werde, hänge vom Gutachten ab"),
        ],
    ),
    (  # de: a question the speaker left open stays out
        "de",
        "Die Sperrung gelte bis Freitag, sagte Bürgermeister Jan Roth. Ob er im Amt bleiben wolle, ließ er offen.",
        [("Jan Roth", "indirect", "Die Sperrung gelte bis Freitag")],
    ),
    (  # de: an age noun as the subject of a speech act ("verwies auf") opens a Konjunktiv chain
        "de",
        "Schulleiterin Anna Keller ist seit 2015 im Amt. Die 48-Jährige verwies auf steigende Anmeldungen. Im "
        "Herbst kämen 20 Kinder mehr.",
        [("Anna Keller", "indirect", "Im Herbst kämen 20 Kinder mehr")],
    ),
    (  # de: "„…“, wird X in … zitiert": the auxiliary is no part of the name
        "de",
        "Der Trainer Paul Berg ist entlassen worden. „Ich bin enttäuscht“, wird Berg in der Mitteilung zitiert.",
        [("Paul Berg", "direct", "Ich bin enttäuscht")],
    ),
    (  # de: a conditional "Sollte …" after a quote names nobody; the quote and the sentence are the speaker's
        "de",
        "„Wir prüfen alles“, sagte Vorstand Jonas Frey. „Es gibt keine Eile.“ Sollte sich der Verdacht "
        "bestätigen, werde man Anzeige erstatten, fügte er hinzu.",
        [
            ("Jonas Frey", "direct", "Wir prüfen alles"),
            ("Jonas Frey", "direct", "Es gibt keine Eile."),
            ("Jonas Frey", "indirect", "Sollte sich der Verdacht bestätigen, werde man Anzeige erstatten"),
        ],
    ),
    (  # de: a text on a surface ("Auf … steht:") is no statement
        "de",
        "Auf Schildern an den Masten steht: „Langsam fahren“. Die Stadt kontrolliert stichprobenartig.",
        [],
    ),
    (  # de: "Auf Nachfrage sagte X": the preposition opens an adjunct, the speaker stays
        "de",
        "Auf Nachfrage sagte Müller, die Lage sei ernst.",
        [("Müller", "indirect", "die Lage sei ernst")],
    ),
    (  # de: "Bund …" is a federation
        "de",
        "Dem Bund der Steuerzahler zufolge sind die Kosten um ein Drittel gestiegen.",
        [("Dem Bund der Steuerzahler", "indirect", "sind die Kosten um ein Drittel gestiegen")],
    ),
    (  # uk: "у фінустанові" (the financial institution) is a body
        "uk",
        "Кредити для фермерів подешевшають з квітня, повідомили у фінустанові.",
        [("фінустанові", "indirect", "Кредити для фермерів подешевшають з квітня")],
    ),
    (  # ru: the same
        "ru",
        "В финучреждении сообщили, что отделение закроют в марте.",
        [("финучреждении", "indirect", "отделение закроют в марте")],
    ),
    (  # en: a body named after a descriptor keeps the small words of its name
        "en",
        "Campaign group Friends of the Valley said in a statement that the plan was rushed.",
        [("Friends of the Valley", "indirect", "the plan was rushed")],
    ),
    (  # en: a role and a name after "union" stay a person
        "en",
        "Union leader Bob Crane said the strike would go ahead.",
        [("Bob Crane", "indirect", "the strike would go ahead")],
    ),
    (  # en: "interviewed outside …" after the noun: the speakers are the noun before it
        "en",
        "Several shoppers interviewed outside the store said prices had risen sharply.",
        [("Several shoppers", "indirect", "prices had risen sharply")],
    ),
    (  # en: and not the interviewer after "by"
        "en",
        "Nurses questioned by the Herald said they had not been paid for weeks.",
        [("Nurses", "indirect", "they had not been paid for weeks")],
    ),
    (  # en: a clause with "was … interviewed by" is no noun phrase: the speaker named after it stays
        "en",
        "Mills was then interviewed by the Post about claims from Ann Lee, who told reporters that the deal had "
        "collapsed.",
        [("Ann Lee", "indirect", "the deal had collapsed")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_117)
def test_rules_1_117(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


def _ids(text: str, lang: str) -> list[str]:
    found = extract_statements(ArticleText(id="r1", text=text, title="", language=lang))
    return [s.speaker_id for s in found]


def test_lead_role_of_no_class_is_the_person_named_next_with_that_role() -> None:
    """ "…, the returning officer said." and "Returning officer Mark Hill said …" next share the person id."""
    ids = _ids(
        "Labour won the seat by 12 votes, the returning officer said.\nReturning officer Mark Hill said turnout "
        "was 30 per cent.",
        "en",
    )
    assert len(ids) == 2 and ids[0] == ids[1]


def test_lead_role_of_no_class_is_not_a_person_with_another_role() -> None:
    ids = _ids(
        "Labour won the seat by 12 votes, the returning officer said.\nMark Hill, a teacher, said turnout was 30 "
        "per cent.",
        "en",
    )
    assert len(ids) == 2 and ids[0] != ids[1]


def test_financial_institution_is_the_bank_quoted_before() -> None:
    """ "У банку пояснили …. …, додали у фінустанові.": one body, one id."""
    ids = _ids(
        "Ощадбанк закриє 30 відділень. У банку пояснили, що клієнти рідше приходять до відділень. Кредити для "
        "фермерів подешевшають, додали у фінустанові.",
        "uk",
    )
    assert len(ids) == 2 and ids[0] == ids[1]
