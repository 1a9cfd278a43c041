"""Rules of rules-1.25, found on the real news feed snapshots: the full name of a person the article
also calls by one name, when the family name comes first or the person is called by the given name
("Zhu Song-chun … Zhu said", "Anutin Charnvirakul … Anutin said"), or a second given name stands
before the known one ("José Luis Ortega", "María Corina Machado"). Other sentences than the feeds'."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract.fullnames import full_name
from ingest.extract.npclean import clean_np

RULES_1_25: list[tuple[str, str, list[Row]]] = [
    (  # family name first, then the family name alone
        "en",
        "Chinese physicist Wang Lihua runs a lab in Hefei. \u201cData alone is not intelligence,\u201d Wang said.",
        [("Wang Lihua", "direct", "Data alone is not intelligence")],
    ),
    (  # a title before the name, a person called by the given name
        "en",
        "Prime Minister Somsak Thepsutin toured the flooded district on Friday. \u201cWe will rebuild every "
        "school,\u201d Somsak told reporters.",
        [("Somsak Thepsutin", "direct", "We will rebuild every school")],
    ),
    (  # a hyphenated given name after the family name
        "en",
        "Opposition leader Park Min-seo spent the morning in the fields. Park said the cuts would hurt farmers.",
        [("Park Min-seo", "indirect", "the cuts would hurt farmers")],
    ),
    (  # two given names, the first one with an accent the name lists spell without
        "en",
        "Mexican senator José Luis Ortega rejected the proposal on Tuesday. \u201cIt is a trap,\u201d Ortega said.",
        [("José Luis Ortega", "direct", "It is a trap")],
    ),
    (  # "PM" is a title; the person is then called by the given name
        "en",
        "Prime Minister Rashid Qureshi met the chancellor in Vienna. PM Rashid said the talks had gone well.",
        [("Rashid Qureshi", "indirect", "the talks had gone well")],
    ),
    (  # a lower-case adverb after the speaker ("now", "still", "-ly") is not part of the phrase
        "en",
        "The mill will close in March, Bloomberg now reports. Local councillors angrily warned that 200 "
        "jobs were at stake.",
        [
            ("Bloomberg", "indirect", "The mill will close in March"),
            ("Local councillors", "indirect", "200 jobs were at stake"),
        ],
    ),
    (  # "according to X, in remarks carried by …": the medium is no speaker
        "en",
        "Hundreds were detained, according to Nasser Karimi, in remarks carried by state radio on Sunday.",
        [("Nasser Karimi", "indirect", "Hundreds were detained")],
    ),
    (  # an age and an honour single out the person just named, who had not spoken yet
        "en",
        "Former central banker Edith Kovacs stepped down on Friday. \u201cMy work here is done,\u201d the "
        "71-year-old Pulitzer Prize winner said.",
        [("Edith Kovacs", "direct", "My work here is done")],
    ),
    (  # a subordinate opening: its first comma closes the complement, the main clause has its own cue
        "en",
        "Although union leaders say the pay offer is an insult, managers argue it is the best they can do.",
        [
            ("union leaders", "indirect", "the pay offer is an insult"),
            ("managers", "indirect", "it is the best they can do"),
        ],
    ),
    (  # … and when the main clause has no cue, the complement still ends at that comma
        "en",
        "While activists claim the dam is unsafe, most engineers have found no cracks.",
        [("activists", "indirect", "the dam is unsafe")],
    ),
    (  # "…, but supporters say": a group noun without an article opens the next clause
        "en",
        "Opponents say the tunnel is too expensive, but supporters say it will cut journeys by an hour.",
        [
            ("Opponents", "indirect", "the tunnel is too expensive"),
            ("supporters", "indirect", "it will cut journeys by an hour"),
        ],
    ),
    (  # a participle opening and a relative clause before the speaker of a colon quote
        "en",
        "Recalling the summit of 2019, at which the Prime Minister walked out, Ines Hartmann told delegates: "
        "\u201cWe will not make that mistake twice.\u201d",
        [("Ines Hartmann", "direct", "We will not make that mistake twice.")],
    ),
    (  # ", said ABC News." after a capitalised word and a noun: inverted, not a subject "Nordic"
        "en",
        "Funding has long favoured Alpine skiing, said Channel Four News.",
        [("Channel Four News", "indirect", "Funding has long favoured Alpine skiing")],
    ),
    (  # countries as a group; family as a role
        "en",
        "Six Baltic countries, including Estonia, on Friday condemned the drills, saying that they "
        "raised the risk of accidents. The pilot's widow said she had not been told.",
        [
            ("Six Baltic countries", "indirect", "they raised the risk of accidents"),
            ("The pilot's widow", "indirect", "she had not been told"),
        ],
    ),
    (  # manner-of-speaking cues; "he" is the person named with a title and a possessive, later by surname
        "en",
        "Talks were strained by President Mark Ellison\u2019s demands. Since March, Ellison has questioned "
        "the treaty.\n\u201cTHEY NEVER PAID THEIR SHARE,\u201d he blasted on social media on Jan. 7. \u201cWe will "
        "always pay ours.\u201d",
        [
            ("Mark Ellison", "direct", "THEY NEVER PAID THEIR SHARE"),
            ("Mark Ellison", "direct", "We will always pay ours."),
        ],
    ),
    (  # "demands" is a noun: no cue
        "en",
        "The city is not backing off its demands to widen the road.",
        [],
    ),
    (  # German "…, so X" with a genitive and an apposition, or a relative clause after the name
        "de",
        "Die Lage sei unter Kontrolle, so der Sprecher der Bewegung Freie Heide, Lutz Brenner. Der Schaden "
        "sei gering, so Weidlich, die auch angab, der Zaun werde ersetzt.",
        [
            ("Lutz Brenner", "indirect", "Die Lage sei unter Kontrolle"),
            ("Weidlich", "indirect", "Der Schaden sei gering"),
        ],
    ),
    (  # German "nach Aussage(n)" as a frame, and the pluperfect "hatte X … gesagt" at the end
        "de",
        "Nach Aussagen des Landratsamts ist die Brücke gesperrt. Es drohe ein Verkehrschaos, hatte Koch bei "
        "seinem Besuch im Rathaus gesagt.",
        [
            ("Landratsamt", "indirect", "ist die Brücke gesperrt"),
            ("Koch", "indirect", "Es drohe ein Verkehrschaos"),
        ],
    ),
    (  # German "nach Polizeiangaben" (the source inside the compound), plural pasts, "Medien"
        "de",
        "Nach Polizeiangaben wurden zwei Menschen verletzt. Die Straße ist nach Behördenangaben gesperrt. "
        "Regionale Medien berichteten, dass der Fahrer geflohen sei.",
        [
            ("Polizei", "indirect", "wurden zwei Menschen verletzt"),
            ("Behörden", "indirect", "Die Straße ist gesperrt"),
            ("Regionale Medien", "indirect", "der Fahrer geflohen sei"),
        ],
    ),
    (  # German separable cue verbs; "es gab" is no cue
        "de",
        "Die Feuerwehr gab an, dass der Brand gelöscht sei. Am Abend gab die Stadt bekannt, die Halle bleibe "
        "geschlossen. Die Ärztin wies darauf hin, dass Rauchgas gefährlich sei. Es gab zwei Verletzte.",
        [
            ("Feuerwehr", "indirect", "der Brand gelöscht sei"),
            ("Stadt", "indirect", "die Halle bleibe geschlossen"),
            ("Die Ärztin", "indirect", "Rauchgas gefährlich sei"),
        ],
    ),
    (  # an adverbial opening before the subject; groups, attorneys and firms as plural speakers
        "en",
        "Back when the mill closed, Mr. Pryce said that the town would recover. If anything, economists "
        "say the slump has deepened. Rights groups said that 40 families had lost their homes. The bridge "
        "will stay shut until May, attorneys for the county said.",
        [
            ("Pryce", "indirect", "the town would recover"),
            ("economists", "indirect", "the slump has deepened"),
            ("Rights groups", "indirect", "40 families had lost their homes"),
            ("attorneys for the county", "indirect", "The bridge will stay shut until May"),
        ],
    ),
    (  # a group named by what it is about: the name after "of"/"on" is not the speaker
        "en",
        "Critics of Governor Ana Ruiz said the levy was unfair. Experts on Central Asia said the pipeline "
        "could be delayed.",
        [
            ("Critics of Governor Ana Ruiz", "indirect", "the levy was unfair"),
            ("Experts on Central Asia", "indirect", "the pipeline could be delayed"),
        ],
    ),
    (  # a subject with a relative clause before "said" and a capitalised complement: not inverted;
        # "Having said that," is no attribution; a share of respondents is a group
        "en",
        "Economist Rita Vance, who studies housing at the Bellmore Institute, said Governor Hale's plan "
        "didn't add up. Having said that, the market is calm. Nine percent said they were not sure.",
        [
            ("Rita Vance", "indirect", "Governor Hale's plan didn't add up"),
            ("Nine percent", "indirect", "they were not sure"),
        ],
    ),
    (  # German: a noun after the article before the name is no given name
        "de",
        "Die Chemikerin Chen Xiaomei forscht in Jena. \u201eWir brauchen mehr Zeit\u201c, sagte Chen.",
        [("Chen Xiaomei", "direct", "Wir brauchen mehr Zeit")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), [(lang, t, e) for lang, t, e in RULES_1_25])
def test_rules_1_25(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The office of Lin Haoran is quiet. Lin was born in Wuhan.", "Lin", "Lin Haoran"),
        ("Opposition leader Ana Lucía Ferrer spoke. Ferrer left.", "Ferrer", "Ana Lucía Ferrer"),
        ("Ken Groberg runs the mill. Groberg said so.", "Groberg", "Ken Groberg"),
        # what is no name: a place, a title-cased heading, an outlet, a weekday, a body
        ("Tourists queue at the famous Duomo Cathedral. Duomo guides said so.", "Duomo", ""),
        ("Essays\nIran Is Beautiful\nIran Belongs to Everyone", "Iran", ""),
        ("said Eric Vale in The Film Stage. Film critics agree.", "Film", ""),
        ("Lee Monday met the press.", "Lee", ""),
        ("Shares of Kessler Group fell. Kessler said so.", "Kessler", ""),
    ],
)
def test_full_name(text: str, name: str, expected: str) -> None:
    assert full_name(text, name) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Reuters now", "Reuters"),
        ("MS Now", "MS Now"),  # an outlet's name: only lower-case adverbs go
        ("Progressive lawmakers wryly", "Progressive lawmakers"),
        ("the family", "the family"),  # nouns ending in -ly stay
        ("the daily", "the daily"),
        ("Some analysts, however", "Some analysts"),
        ("the White House instead", "the White House"),
        ("Khamenei, in remarks carried by the state TV Saturday", "Khamenei"),
    ],
)
def test_clean_np_trailing(phrase: str, expected: str) -> None:
    assert clean_np(phrase) == expected
