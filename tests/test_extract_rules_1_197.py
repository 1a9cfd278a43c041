"""Rules of rules-1.197, found with holdout batch CP (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract import extract_records

RULES_1_197: list[tuple[str, str, list[Row]]] = [
    (  # en: the writer's apposition after a final attribution is no part of the statement
        "en",
        "Two freight trains collided near Lviv overnight, the railway said on Friday, the third such accident "
        "this year.",
        [("the railway", "indirect", "Two freight trains collided near Lviv overnight")],
    ),
    (
        "en",
        "The border crossing will reopen on Monday, the governor said, a week later than planned.",
        [("the governor", "indirect", "The border crossing will reopen on Monday")],
    ),
    (  # a parenthesis inside a short clause, and a clause with its own verb after it: the whole sentence, as before
        "en",
        "It was, she said, a difficult winter.",
        [("", "indirect", "It was, she said, a difficult winter")],
    ),
    (
        "en",
        "The depot will close in June, he said, the staff would move to Kyiv.",
        [("", "indirect", "The depot will close in June, he said, the staff would move to Kyiv")],
    ),
    (  # an attribution inside an open phrase ("but without, he says, a …") is a parenthesis, as before
        "en",
        "Lee winces when she sees the cash that banks are pouring into crypto but without, she says, a real grasp "
        "of the risks.",
        [
            (
                "",
                "indirect",
                "Lee winces when she sees the cash that banks are pouring into crypto but without, she says, a real "
                "grasp of the risks",
            )
        ],
    ),
    (  # and no final attribution either: not cut after "without"
        "en",
        "Investors keep pouring money into the sector but without, she says, a real grasp of the risks.",
        [],
    ),
    (  # a that-less clause after the cue's time adjunct is still the statement
        "en",
        "Officials said on Tuesday, the port would stay shut.",
        [("Officials", "indirect", "the port would stay shut")],
    ),
    (  # de: prepositional adjuncts after an inverted speaker do not end the attribution
        "de",
        "Die Brücke bleibe bis Ostern gesperrt, sagte der Landrat am Dienstagabend bei einer Sitzung des "
        "Kreistags im Rathaus von Neustadt.",
        [("der Landrat", "indirect", "Die Brücke bleibe bis Ostern gesperrt")],
    ),
    (  # a second predicate after the speaker is no adjunct, as before
        "de",
        "Die Brücke bleibe gesperrt, sagte der Landrat am Dienstag und forderte mehr Geld vom Land für die "
        "Sanierung der Straßen im Kreis.",
        [],
    ),
    (  # de: a relative clause after the document of "heißt es in …"
        "de",
        "Die Schulen sollten früher schließen, heißt es in dem Bericht, der dem Sender vorliegt.",
        [("Bericht", "indirect", "Die Schulen sollten früher schließen")],
    ),
    (  # de: an embassy is a body; "hieß es in einer Mitteilung" after it is the embassy's
        "de",
        "Innenministerin Anna Berg warf Moskau Spionage vor. Die Ermittler hätten Beweise, sagte sie.\nDie "
        "russische Botschaft in Berlin wies das zurück. Die Vorwürfe seien absurd, hieß es in einer Mitteilung.",
        [
            ("Anna Berg", "indirect", "Die Ermittler hätten Beweise"),
            ("Botschaft in Berlin", "indirect", "Die Vorwürfe seien absurd"),
        ],
    ),
    (  # a message ("eine klare Botschaft") is no body, as before
        "de",
        "Die Polizei teilte mit, die Straße sei frei. Der Bürgermeister sandte eine klare Botschaft an die "
        "Anwohner. Man werde weiter kontrollieren, hieß es.",
        [
            ("Polizei", "indirect", "die Straße sei frei"),
            ("Polizei", "indirect", "Man werde weiter kontrollieren"),
        ],
    ),
    (  # de: a question the speaker left open is no continuation of the statement
        "de",
        "Die Ministerin sagte, die Förderung werde gekürzt. Sie ließ offen, wann die Länder Bescheid bekämen.",
        [("Die Ministerin", "indirect", "die Förderung werde gekürzt")],
    ),
    (
        "de",
        "Der Trainer sagte, der Kader sei komplett. Er wollte nicht sagen, wer im Tor stehen werde.",
        [("Der Trainer", "indirect", "der Kader sei komplett")],
    ),
    (  # "offen sei" is his own word, as before
        "de",
        "Der Trainer sagte, der Kader sei komplett. Offen sei aber, wer im Tor stehe.",
        [
            ("Der Trainer", "indirect", "der Kader sei komplett"),
            ("Der Trainer", "indirect", "Offen sei aber, wer im Tor stehe"),
        ],
    ),
    (  # ru/uk: "one of …" after the outlet that listens is the speaker
        "ru",
        "«Автобус так и не пришел», — рассказала «Известиям» одна из жительниц поселка.",
        [("одна из жительниц поселка", "direct", "Автобус так и не пришел")],
    ),
    (  # "one of" before a noun that names no one's role: the outlet, as before
        "ru",
        "«Решение принято», — сказал РБК один из участников совещания.",
        [("РБК один из участников совещания", "direct", "Решение принято")],
    ),
    (
        "ru",
        "«Решение принято», — сказал РБК один из депутатов.",
        [("один из депутатов", "direct", "Решение принято")],
    ),
    (
        "uk",
        "«Світла не було дві доби», — розповіла «Суспільному» одна з мешканок будинку.",
        [("одна з мешканок будинку", "direct", "Світла не було дві доби")],
    ),
    (  # the outlet stays the speaker when no one follows it, as before
        "ru",
        "«Решение принято», — сообщили «Известиям».",
        [("Известиям", "direct", "Решение принято")],
    ),
    (  # ru/uk: a time adverb before "ведомство"/"відомство" is no part of the speaker
        "ru",
        "Минздрав сообщил, что заболели 12 человек. Вечером ведомство уточнило, что заболевших уже 15.",
        [
            ("Минздрав", "indirect", "заболели 12 человек"),
            ("Минздрав", "indirect", "заболевших уже 15"),
        ],
    ),
    (
        "uk",
        "МОЗ повідомило, що захворіли 12 людей. Згодом відомство уточнило, що хворих уже 15.",
        [("МОЗ", "indirect", "захворіли 12 людей"), ("МОЗ", "indirect", "хворих уже 15")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_197)
def test_rules_1_197(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


# The ids: a one-word body named again alone is that body, not a person
IDS_1_197: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "en",
        "Energy supplier Voltena said 20,000 homes were without power. Voltena later said the figure had risen "
        "to 35,000.",
        [("Voltena", "organisation")] * 2,
    ),
    (
        "en",
        "Grid operator Nordlast said two lines were down. Nordlast later raised its estimate, saying that four "
        "lines were down.",
        [("Nordlast", "organisation")] * 2,
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), IDS_1_197)
def test_ids_1_197(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    recs = list(extract_records([{"id": "r1", "language": lang, "title": "", "text": text}]))
    assert [(r["speaker"], r["speaker_type"]) for r in recs] == expected
    assert len({r["speaker_id"] for r in recs}) == 1
