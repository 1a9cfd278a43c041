"""The rules found with blind batch EJ (rules-1.325): German agency copy and English wire stories (a hospital
reform, a state election, a fighter-jet purchase, a flood fund, a data-retention ruling, an industrial power
subsidy, an asylum summit, a ticket price; data retention, return hubs, a power subsidy and a flood fund in
English). Other sentences than the batch's; the guards keep what each rule must not do.

* ``sentences.SENT_END_RE``: a German »…« quote closed by "«" after the full stop ends its sentence
  ("»…ist.« Die Kläger wollten …"); before, the next sentence was glued to the quote.
* ``listeners_de.drop_so_weiter``: "…, so der CSU-Politiker weiter." has the speaker "der CSU-Politiker".
* ``compoundkeys.other_compound``: "das Bundeskriminalamt" after "das Bundesverfassungsgericht" is another body
  (two one-word bodies with the same first six letters were one in the article's resolver).
* ``genitives_de.de_genitive_name``: no genitive "-s" is cut after "Laut"/"Gemäß" ("Laut Airbus", "Laut Reuters").
* ``notperson._DE_BODY_OF_SECTOR_RE``: "des Verbands der Chemischen Industrie" is the body, in the nominative.
* ``lexicon``/``bodies``: "the confederation" is a body; "Verbünde" is a plural body ("Nach Berechnungen der Verbünde …").
* ``adjuncts.BETWEEN_LEAD_RE``: "said at least nine states had laws that …": "at least" is no adjunct before
  "that".
* ``final.inverted_after_comma``: "…, said Brussels stood ready to help" is no inverted ", said X.".
* ``reported._DE_PP_RELATIVE_RE``: "In einem Bericht, der der dpa vorliegt, warnen die Prüfer vor …": no
  statement before the cue.
* ``forward._DE_MEDIA_PLURAL``: "sagte Fehr den Zeitungen der Funke Mediengruppe": a dative listener.
* ``mentions.role_before``: a masculine role ("so der CSU-Politiker") is no "Die …" plural mention before it.
* ``bodies.org_before``: an agency that holds a document ("der dpa vorliegt") is not what "darin" stands for;
  "Rechnungshof" is a body noun.
* ``lexicon_de_cues``: "entschied" reports a court's ruling; not before a bare zu-infinitive (a decision).
"""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row, linked_statements
from extract_rule_helpers import run_rules as _run

RULES_1_325: list[tuple[str, str, list[Row]]] = [
    (  # »…« closed by « after the full stop: the next sentence is a statement of its own
        "de",
        "Die Anwältin Petra Lange sagte dem Sender: »Das Gericht hat klar entschieden.« Die Mandanten wollten nun "
        "weiter klagen, sagte Lange.",
        [
            ("Petra Lange", "direct", "Das Gericht hat klar entschieden."),
            ("Petra Lange", "indirect", "Die Mandanten wollten nun weiter klagen"),
        ],
    ),
    (
        "de",
        "»Die Brücke ist gesperrt.« Nach Angaben der Polizei ist die Umleitung ausgeschildert.",
        [("Polizei", "indirect", "ist die Umleitung ausgeschildert")],
    ),
    (  # "so X weiter"
        "de",
        "Die Kosten würden steigen, so der FDP-Politiker weiter.",
        [("der FDP-Politiker", "indirect", "Die Kosten würden steigen")],
    ),
    (
        "de",
        "Man prüfe alle Optionen, sagte die Ministerin weiter.",
        [("die Ministerin", "indirect", "Man prüfe alle Optionen")],
    ),
    (  # "Laut" + a name ending in -s: no genitive
        "de",
        "Laut Siemens sind in dem Werk 800 Stellen betroffen.",
        [("Siemens", "indirect", "sind in dem Werk 800 Stellen betroffen")],
    ),
    (  # guard: "Nach Angaben" + a genitive name keeps the cut
        "de",
        "Nach Angaben Scholz' und Merkels sind 800 Stellen betroffen. Nach Angaben Peskows sind 30 Menschen tot.",
        [("Peskow", "indirect", "sind 30 Menschen tot")],
    ),
    (  # a capitalised adjective in a body's genitive name
        "de",
        "Nach Angaben des Verbands der Deutschen Brauwirtschaft sinkt der Bierabsatz seit Jahren.",
        [("Verband der Deutschen Brauwirtschaft", "indirect", "sinkt der Bierabsatz seit Jahren")],
    ),
    (
        "en",
        "Farm incomes fell 12 percent, the confederation said, citing its own survey.",
        [("the confederation", "indirect", "Farm incomes fell 12 percent")],
    ),
    (  # "at least" before a later relative "that"
        "en",
        "She said at least four ministers had signed letters that were sent to the palace.",
        [("", "indirect", "at least four ministers had signed letters that were sent to the palace")],
    ),
    (  # guard: "at a news conference that" is still an adjunct
        "en",
        "She said at a news conference that the bridge would reopen.",
        [("", "indirect", "the bridge would reopen")],
    ),
    (  # a name and a past tense after ", said": the complement, not an inverted speaker
        "en",
        "Health Minister Jonas Eklund, who toured the ward on Monday, said Stockholm wanted more nurses.",
        [("Jonas Eklund", "indirect", "Stockholm wanted more nurses")],
    ),
    (  # guard: the inverted speaker at the sentence end
        "en",
        "The vote was a clear signal to the capital, said Reuters.",
        [("Reuters", "indirect", "The vote was a clear signal to the capital")],
    ),
    (  # guard: the statement before a trailing cue is kept when a clause holds the relative
        "de",
        "In dem Werk, das seit 1990 besteht, seien alle Stellen sicher, sagte der Sprecher.",
        [("der Sprecher", "indirect", "In dem Werk, das seit 1990 besteht, seien alle Stellen sicher")],
    ),
    (  # guard: a main clause before the relative keeps the statement
        "de",
        "Am Abend sollten die Gäste mit Bussen fahren, die der Veranstalter bezahle, erklärte Heller.",
        [
            (
                "Heller",
                "indirect",
                "Am Abend sollten die Gäste mit Bussen fahren, die der Veranstalter bezahle",
            )
        ],
    ),
    (  # dative plural listener
        "de",
        "Die Preise würden weiter steigen, sagte Körner den Zeitungen der Mediengruppe.",
        [("Körner", "indirect", "Die Preise würden weiter steigen")],
    ),
    (  # guard: a genitive plural stays in the speaker
        "de",
        "Die Lage sei ernst, sagte der Sprecher der Zeitungen.",
        [("der Sprecher der Zeitungen", "indirect", "Die Lage sei ernst")],
    ),
    (  # a court's ruling after "entschied"
        "de",
        "Die Kündigung sei unwirksam, entschied das Landesarbeitsgericht.",
        [("Landesarbeitsgericht", "indirect", "Die Kündigung sei unwirksam")],
    ),
    (
        "de",
        "Nach Schätzungen der Verbünde fehlen im Winter 3.000 Busfahrer.",
        [("der Verbünde", "indirect", "fehlen im Winter 3.000 Busfahrer")],
    ),
]

# sentences the rules must leave without a statement
NONE_1_325: list[tuple[str, str]] = [
    (
        "de",
        "In einem Gutachten, das der Nachrichtenagentur Reuters vorliegt, warnen die Experten vor Engpässen.",
    ),
    ("de", "Der Gemeinderat entschied am Montag, das Hallenbad zu schließen."),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_325)
def test_rules_1_325(lang: str, text: str, expected: list[Row]) -> None:
    got = _run(text, lang)
    for row in expected:
        assert row in got, (row, got)


@pytest.mark.parametrize(("lang", "text"), NONE_1_325)
def test_rules_1_325_no_statement(lang: str, text: str) -> None:
    assert _run(text, lang) == []


def test_two_federal_bodies_keep_two_ids() -> None:
    """ "das Bundeskriminalamt" after "das Bundesverfassungsgericht": two bodies, two speakers."""
    got = linked_statements(
        "Das Gesetz sei nichtig, teilte das Bundesverfassungsgericht mit. Das Bundeskriminalamt teilte mit, "
        "die Ermittlungen würden schwieriger.",
        "de",
    )
    assert ("Bundeskriminalamt", "die Ermittlungen würden schwieriger") in got, got


def test_same_federal_body_in_the_genitive_is_one() -> None:
    got = linked_statements(
        "Das Bundesamt teilte mit, die Zahl sei gestiegen. Nach Angaben des Bundesamts kamen 400 Menschen.",
        "de",
    )
    assert [sp for sp, _ in got] == ["Bundesamt", "Bundesamt"], got


def test_masculine_role_is_no_plural_mention() -> None:
    got = linked_statements(
        "Innenministerin Karin Voss (SPD) und Staatssekretär Ole Brandt (FDP) äußerten sich. Die Lage sei ernst, "
        "sagte Brandt. Die Ermittler brauchten mehr Personal. Man werde handeln, so der FDP-Politiker.",
        "de",
    )
    assert ("Ole Brandt", "Man werde handeln") in got, got


def test_darin_after_a_report_held_by_an_agency() -> None:
    got = linked_statements(
        "Der Bundesrechnungshof kritisiert die Planung. In einem Bericht, der der Deutschen Presse-Agentur "
        "vorliegt, warnen die Prüfer vor Mehrkosten. Die Stadt habe die Kosten zu niedrig angesetzt, heißt es darin.",
        "de",
    )
    assert ("Bundesrechnungshof", "Die Stadt habe die Kosten zu niedrig angesetzt") in got, got
