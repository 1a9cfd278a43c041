"""Rules of rules-1.238, found with holdout batch DC (other sentences than the batch's)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract import extract_statements
from ingest.extract.names import org_id
from ingest.models import ArticleText

RULES_1_238: list[tuple[str, str, list[Row]]] = [
    (  # a verb that reports speech after a quote only with its particle closing the attribution
        "de",
        "„Das ist frei erfunden“, wies Landrat Uwe Brinkmann den Bericht der Zeitung zurück. Man habe nie "
        "Fördergeld beantragt.",
        [
            ("Uwe Brinkmann", "direct", "Das ist frei erfunden"),
            ("Uwe Brinkmann", "indirect", "Man habe nie Fördergeld beantragt"),
        ],
    ),
    (
        "de",
        "„Wir haben das Tempo unterschätzt“, gab Bauamtsleiterin Sonja Kreutzer zu.",
        [("Sonja Kreutzer", "direct", "Wir haben das Tempo unterschätzt")],
    ),
    (
        "de",
        "„Ich bleibe bis zum Saisonende“, ließ Kapitän Marco Lindqvist über seinen Berater ausrichten.",
        [("Marco Lindqvist", "direct", "Ich bleibe bis zum Saisonende")],
    ),
    (  # the subject ends before the verb's object: "die Stadt", not "die Stadt die Kritik …"
        "de",
        "„Die Zahlen stimmen nicht“, wies die Stadt die Kritik der Anwohner zurück.",
        [("Stadt", "direct", "Die Zahlen stimmen nicht")],
    ),
    # not "gab" without its particle, nor "wies … hin" after a quote (a pointer, not the quote's cue)
    ("de", "„Zugabe!“, gab es am Ende Rufe aus dem Saal.", []),
    ("de", "„Wir haben verloren“, wies der Trainer auf die vielen Verletzten hin.", []),
    (  # a decimal comma is no clause boundary: no inverted speaker "9 Prozent"
        "de",
        "Im Frühjahr hatten die Forscher noch 1,9 Prozent erwartet.",
        [],
    ),
    (  # a statement with a decimal figure and a real inverted cue stays
        "de",
        "Der Umsatz sei um 2,4 Prozent gestiegen, sagte Finanzvorständin Katja Behrens.",
        [("Katja Behrens", "indirect", "Der Umsatz sei um 2,4 Prozent gestiegen")],
    ),
    (  # "Aus Sicht der X" opens a frame as "Nach Ansicht der X" does
        "de",
        "Aus Sicht der Verbraucherzentrale ist die Preiserhöhung nicht gerechtfertigt.",
        [("Verbraucherzentrale", "indirect", "ist die Preiserhöhung nicht gerechtfertigt")],
    ),
    (  # not in Konjunktiv: the sentence goes on with the speaker before, who reports that view
        "de",
        "Der Vorsitzende des Mietervereins, Olaf Brandes, lehnt die Pläne ab. Aus Sicht der Mieter sei die "
        "Erhöhung nicht tragbar.",
        [("Olaf Brandes", "indirect", "Aus Sicht der Mieter sei die Erhöhung nicht tragbar")],
    ),
    (  # a main clause "…, das stütze …" with a Konjunktiv I in -e goes on the statement before
        "de",
        "„Der Export zieht an“, sagte Verbandspräsident Jörg Sander. Die Aufträge stiegen wieder, das "
        "stütze die Stimmung.",
        [
            ("Jörg Sander", "direct", "Der Export zieht an"),
            ("Jörg Sander", "indirect", "Die Aufträge stiegen wieder, das stütze die Stimmung"),
        ],
    ),
    (  # not an adjective after "das": indicative narration stays the writer's
        "de",
        "„Der Export zieht an“, sagte Verbandspräsident Jörg Sander. Die Aufträge stiegen, das eigene "
        "Werk arbeitet voll.",
        [("Jörg Sander", "direct", "Der Export zieht an")],
    ),
    (  # "der Landeswahlleiterin" is a feminine genitive: not the man quoted before
        "de",
        "„Wir haben gewonnen“, sagte Landeschef Bernd Kühne. Nach Angaben der Kreiswahlleiterin lag die "
        "Beteiligung bei 61 Prozent.",
        [
            ("Bernd Kühne", "direct", "Wir haben gewonnen"),
            ("der Kreiswahlleiterin", "indirect", "lag die Beteiligung bei 61 Prozent"),
        ],
    ),
    (  # a woman who holds that office, named before, is still found
        "de",
        "„Alles lief ruhig“, sagte Kreiswahlleiterin Petra Vogt. Nach Angaben der Kreiswahlleiterin lag die "
        "Beteiligung bei 61 Prozent.",
        [
            ("Petra Vogt", "direct", "Alles lief ruhig"),
            ("Petra Vogt", "indirect", "lag die Beteiligung bei 61 Prozent"),
        ],
    ),
    (  # a body in an oblique case between a title and a foreign name belongs to the title
        "uk",
        "Речник Пентагону Джон Кірбі заявив, що допомога надійде до кінця місяця.",
        [("Джон Кірбі", "indirect", "допомога надійде до кінця місяця")],
    ),
    (
        "ru",
        "Вице-президент Бундесбанка Ульрике Бергхоф заявила, что инфляция замедлится.",
        [("Ульрике Бергхоф", "indirect", "инфляция замедлится")],
    ),
    (  # three words of a name with no body among them stay whole
        "uk",
        "Депутатка Марина Оксана Петренко заявила, що законопроєкт доопрацюють.",
        [("Марина Оксана Петренко", "indirect", "законопроєкт доопрацюють")],
    ),
]

# rules-1.238: a one-word name the article gave a firm's trade before ("chipmaker Nordtek") is that firm
TRADE_FIRMS: list[tuple[str, str]] = [
    ("Shares in chipmaker Nordtek fell 6%. Nordtek said on Monday that demand had slowed.", "O-"),
    ("Workers at carmaker Varnholt's plant in Ghent walked out. Varnholt said talks would resume.", "O-"),
    ("The veteran driver Nordtek said on Monday that demand had slowed.", "P-"),  # no trade: a person
    (  # a person of that surname named in full before is still the person
        "Shares in chipmaker Nordtek fell. Anna Nordtek, a trader, said demand had slowed. Nordtek added that "
        "prices would rise.",
        "P-",
    ),
]


@pytest.mark.parametrize(("text", "prefix"), TRADE_FIRMS)
def test_trade_firm_one_word_name(text: str, prefix: str) -> None:
    doc = ArticleText(id="r1", text=text, title="", language="en")
    assert {s.speaker_id[:2] for s in extract_statements(doc)} == {prefix}


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_238)
def test_rules_1_238(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Bundesbank", "Bundestag", False),  # one compound each: no common key "bundes"
        ("Bundesliga", "Bundeswirtschaftsministerium", False),
        ("Landesregierung", "Landeskriminalamt", False),
        ("Бундесбанку", "Бундестагу", False),
        ("Bundestag", "des Bundestages", True),  # its genitive and its case forms are one body
        ("Bundesamts", "Bundesamt", True),
        ("Бундесбанком", "Бундесбанк", True),
        ("Ukrzaliznytsia", "Ukrzaliznytsya", True),  # romanisations stay one
        ("Ukrzaliznytsia", "Ukrainian Railways", True),  # a body keyed across languages keeps its key
        ("Deutsche Bundesbank", "der Deutschen Bundesbank", True),  # names of two words as before
    ],
)
def test_compound_body_ids(a: str, b: str, same: bool) -> None:
    assert (org_id(a) == org_id(b)) is same
