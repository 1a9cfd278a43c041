"""Rules of rules-1.36 found on the German WikiNews corpus, PolNeAR's dev split and the real news feed
snapshots (other sentences than theirs)."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract import extract_statements
from ingest.models import ArticleText

RULES_1_36_NEWS: list[tuple[str, str, list[Row]]] = [
    (  # the German perfect of a separable cue, with a Konjunktiv clause and no "dass"
        "de",
        "Die Bürgermeisterin hat am Dienstag angekündigt, die Bäder würden im Juni wieder öffnen.",
        [("Die Bürgermeisterin", "indirect", "die Bäder würden im Juni wieder öffnen")],
    ),
    (  # the same with "dass", and a participle whose present differs ("mitteilen")
        "de",
        "Am Freitag hatte die Feuerwehr mitgeteilt, dass zwei Scheunen abgebrannt seien.",
        [("Feuerwehr", "indirect", "zwei Scheunen abgebrannt seien")],
    ),
    (  # a participle with its own object says nothing
        "de",
        "Die Gewerkschaft hatte einen Warnstreik angekündigt, Schulz, ihr Sprecher, blieb am Montag stumm.",
        [],
    ),
    (  # a participle in the passive says nothing either
        "de",
        "Trotz der Mängel, die vom Rechnungshof gerügt worden waren, baut die Stadt weiter.",
        [],
    ),
    (  # the subject of the perfect holds a name in apposition after a role with another name
        "de",
        "Die Nachfolgerin der früheren Intendantin Ute Brandl, Carla Wenzel, hat betont, "
        "das Haus werde nicht geschlossen.",
        [("Carla Wenzel", "indirect", "das Haus werde nicht geschlossen")],
    ),
    (  # English: the name in apposition wins over the name inside the role phrase
        "en",
        "The widow of the late conductor Piet Vermeer, Anna Vermeer, said the archive would go to the city.",
        [("Anna Vermeer", "indirect", "the archive would go to the city")],
    ),
    (  # a German perfect before a direct quote: the subject before the auxiliary, not the adjunct after it
        "de",
        "Der Trainer selbst hatte im Interview eingeräumt, „Fehler gemacht“ zu haben.",
        [("Der Trainer", "direct", "Fehler gemacht")],
    ),
    (  # ", wie X, APPOSITION, betont.": the name is the speaker, the frame is no part of the quote
        "de",
        "Die Reparatur wird Monate dauern, wie Jonas Albers, Leiter des Hafenamts, betont.",
        [("Jonas Albers", "indirect", "Die Reparatur wird Monate dauern")],
    ),
    (  # a role with its place, then the name: "…, sagte der Kommandeur … in X, General Y Z …"
        "de",
        "„Die Lage ist ruhig“, sagte der Befehlshaber der Truppen in Mali, General Henrik Laufer heute in Bamako.",
        [("Henrik Laufer", "direct", "Die Lage ist ruhig")],
    ),
    (  # the same in English, with the name closed by a comma
        "en",
        "“The roads are open,” said the senior UN official in Chad, Dr. Amina Diallo, on Friday.",
        [("Amina Diallo", "direct", "The roads are open")],
    ),
    (  # an acronym modifying a role after an inverted cue is no organisation speaker
        "en",
        "“We need more tents,” said the EU envoy.",
        [("the EU envoy", "direct", "We need more tents")],
    ),
    (  # a person noun between the outlet and the name: the name speaks
        "en",
        "“The count is not over,” said BBC correspondent Tom Ashby.",
        [("Tom Ashby", "direct", "The count is not over")],
    ),
    (  # "nach Angaben des X, NAME,": the name in apposition speaks
        "de",
        "Nach Angaben des Sprechers der Wasserwerke, Malte Krüger, ist das Leitungswasser unbedenklich.",
        [("Malte Krüger", "indirect", "ist das Leitungswasser unbedenklich")],
    ),
    (  # "Nach Einschätzung von Experten": the experts, without "von"
        "de",
        "Nach Einschätzung von Experten ist der Deich an zwei Stellen undicht.",
        [("Experten", "indirect", "ist der Deich an zwei Stellen undicht")],
    ),
    (  # the English progressive: "X is saying that …"
        "en",
        "The airline is saying that the strike will cost it $40 million.",
        [("The airline", "indirect", "the strike will cost it $40 million")],
    ),
    (  # the passive "were told that" gives the listener, never a speaker
        "en",
        "Residents were told that the water would be off until noon.",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULES_1_36_NEWS)
def test_rules_1_36_news(lang: str, text: str, expected: list[Row]) -> None:
    assert _run(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a title before a surname alone names a person in English
            "“The tariffs are wrong,” Prime Minister Halvorsen said on Monday.",
            [("Halvorsen", "direct", "The tariffs are wrong")],
        ),
        (
            "Chancellor Brandauer said the budget would pass.",
            [("Brandauer", "indirect", "the budget would pass")],
        ),
        (  # a title in capitals is no title ("MS Now" is a channel)
            "The plant is closing, said MS Now.",
            [],
        ),
        (  # a document named after its body speaks for the body
            "A Coastal Fisheries Council report said catches fell by a third.",
            [("Coastal Fisheries Council", "indirect", "catches fell by a third")],
        ),
        (  # a notification issued by a body
            "A notification issued by the ports authority said the quay would close.",
            [("the ports authority", "indirect", "the quay would close")],
        ),
        (  # a memo is quoted, not a speaker: the person inside the frame speaks
            "According to the memo, the finance director, Ruth Oakes, warned that the fund was empty.",
            [("Ruth Oakes", "indirect", "the fund was empty")],
        ),
    ],
)
def test_titles_and_documents_1_36(text: str, expected: list[Row]) -> None:
    assert _run(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "Offiziellen Angaben zufolge sind die Vorräte fast aufgebraucht.",
            "Offiziellen Angaben",
            "anonymous",
        ),
        ("Unbestätigten Berichten zufolge gab es zwei Verletzte.", "Unbestätigten Berichten", "anonymous"),
        ("Laut Medienberichten ist der Intendant zurückgetreten.", "Medienberichten", "anonymous"),
        ("Angaben zufolge brannte die Halle vollständig aus.", "Angaben", "anonymous"),
        ("Laut Angaben der Feuerwehr brannte die Halle vollständig aus.", "Feuerwehr", "organisation"),
    ],
)
def test_reports_without_a_source_are_no_person_1_37(text: str, speaker: str, kind: str) -> None:
    """A report with no named source gives no person (no person id for "Offiziellen Angaben")."""
    found = extract_statements(ArticleText(id="r1", text=text, title="", language="de"))
    assert [(s.speaker, s.speaker_type) for s in found] == [(speaker, kind)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "the outlet" is the organisation quoted last
            "Mortgage rates rose again, said Coastline News. They may fall by June, said the outlet.",
            ["Coastline News", "Coastline News"],
        ),
        (  # "the paper" only after a medium's name
            "The ministry said the plan was safe. The paper said the minister had misled voters.",
            ["The ministry", "The paper"],
        ),
        (
            "“It is a scandal,” the Valley Herald wrote. The paper said the minister had misled voters.",
            ["Valley Herald", "Valley Herald"],
        ),
    ],
)
def test_the_outlet_is_the_outlet_quoted_before_1_37(text: str, expected: list[str]) -> None:
    found = extract_statements(ArticleText(id="r1", text=text, title="", language="en"))
    assert [s.speaker for s in found] == expected
    assert len({s.speaker_id for s in found}) == (1 if expected[0] == expected[1] else 2)


@pytest.mark.parametrize(
    ("text", "same"),
    [
        (
            "Die Talwerk AG teilte mit, der Umsatz sei gesunken. Das Unternehmen erklärte, man werde sparen.",
            True,
        ),
        (
            "Der Konzern Brisa sagte, die Zahlen seien gut. Der Konzern erklärte zudem, man plane Zukäufe.",
            True,
        ),
        (  # a public body quoted last is no company
            "Das Verkehrsministerium sagte, die Bahn sei pünktlich. Das Unternehmen erklärte, man plane Zukäufe.",
            False,
        ),
    ],
)
def test_das_unternehmen_is_the_company_quoted_before_1_37(text: str, same: bool) -> None:
    found = extract_statements(ArticleText(id="r1", text=text, title="", language="de"))
    assert len(found) == 2
    assert (found[0].speaker_id == found[1].speaker_id) is same


def test_a_country_with_an_apposition_is_the_state_1_37() -> None:
    text = "Norway, another gas supplier to the region, announced on Monday that it was cutting exports."
    found = extract_statements(ArticleText(id="r1", text=text, title="", language="en"))
    assert [(s.speaker, s.speaker_type) for s in found] == [("Norway", "organisation")]


@pytest.mark.parametrize(
    ("text", "same"),
    [
        (
            "The Federal Maritime Administration said the port was safe. The agency said it would review the data.",
            True,
        ),
        (
            "The World Health Organization says the risk is low. Farm workers face a higher risk, the agency said.",
            True,
        ),
        (
            "Lumora Foods said sales fell. The agency said inspections would continue.",
            False,
        ),  # a company: no agency
    ],
)
def test_the_agency_is_the_public_body_quoted_last_1_37(text: str, same: bool) -> None:
    found = extract_statements(ArticleText(id="r1", text=text, title="", language="en"))
    assert len(found) == 2
    assert (found[0].speaker_id == found[1].speaker_id) is same


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a name that only modifies a noun in the apposition is not the speaker
            "“The order stands,” Marsh, a Reagan appointee, wrote in her ruling.",
            [("Marsh", "direct", "The order stands")],
        ),
        (
            "Ola Brekke, a Labour ally, said the vote was fair.",
            [("Ola Brekke", "indirect", "the vote was fair")],
        ),
    ],
)
def test_a_name_modifying_the_apposition_is_no_speaker_1_37(text: str, expected: list[Row]) -> None:
    assert _run(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "said of X": X is the topic, not an inverted speaker; a long apposition after the name
            "“It has the virtue of being cheap,” Maren Holt, director of the independent Harbour Fiscal Institute "
            "and a lecturer at the Northfield School of Economics in Kessing, said of the mayor's plan.",
            [("Maren Holt", "direct", "It has the virtue of being cheap")],
        ),
        (  # a clause after "write about" is no topic: no speaker is invented from the subject's list
            "Contributors to the issue, including the chef Ana Ruiz and investor Paul Ek, write about how food "
            "will change.",
            [],
        ),
    ],
)
def test_said_of_a_topic_1_37(text: str, expected: list[Row]) -> None:
    assert _run(text, "en") == expected


def test_a_role_of_another_party_is_not_the_person_resolved_before_1_39() -> None:
    text = (
        "Ron Daley says he has big plans. The Republican presidential nominee noted that his campaign had money.\n"
        "Giving a speech in Toledo, Okafor says the city is a model. The Democratic presidential nominee says "
        "schools come first."
    )
    found = extract_statements(ArticleText(id="r1", text=text, title="", language="en"))
    by_quote = {s.quote: s.speaker for s in found}
    assert by_quote["his campaign had money"] == "Ron Daley"
    assert by_quote["schools come first"] != "Ron Daley"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # an ad's announcer is nobody named in the article
            "A 2012 ad by Tom Reyes asked whether Ana Cole was ready. As a bell rang, the narrator said, “Time is up.”",
            "the narrator",
        ),
        ("Mara Lind, the narrator, wrote the script. “It is about loss,” the narrator said.", "Mara Lind"),
    ],
)
def test_an_unnamed_voice_is_nobody_named_before_1_39(text: str, speaker: str) -> None:
    found = extract_statements(ArticleText(id="r1", text=text, title="", language="en"))
    assert [s.speaker for s in found] == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "eigenen Angaben zufolge" inside the clause: the subject says it, not a person "Angaben"
            "Die Feuerwehr hat eigenen Angaben zufolge 40 Menschen gerettet.",
            [("Feuerwehr", "indirect")],
        ),
        ("Die Firma habe Anwohnern zufolge Altöl entsorgt.", [("Anwohnern", "indirect")]),
    ],
)
def test_zufolge_inside_a_clause_1_39(text: str, expected: list[tuple[str, str]]) -> None:
    found = extract_statements(ArticleText(id="r1", text=text, title="", language="de"))
    assert [(s.speaker, s.kind) for s in found] == expected
    assert "zufolge" not in found[0].quote


@pytest.mark.parametrize(
    ("lang", "text", "same"),
    [
        (  # the defence is the one defence lawyer of the article
            "de",
            "Die Verteidigung kündigte an, in Revision zu gehen. Ihr Mandant sei unschuldig, sagte Rechtsanwalt "
            "Jonas Peil. Nach Angaben der Verteidigung habe er ein Alibi.",
            True,
        ),
        (
            "en",
            "The defence said the evidence was flawed. Defence lawyer Ruth Kemp said the trial was unfair.",
            True,
        ),
    ],
)
def test_the_defence_is_the_defence_lawyer_1_39(lang: str, text: str, same: bool) -> None:
    found = extract_statements(ArticleText(id="r1", text=text, title="", language=lang))
    assert len(found) >= 2
    assert (len({s.speaker_id for s in found}) == 1) is same


def test_a_place_after_a_role_is_no_name_in_apposition_1_41() -> None:
    text = "“It feels closer,” says Maren Holt, a researcher at University of Wessex, Port Ellery."
    assert _run(text, "en") == [("Maren Holt", "direct", "It feels closer")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "the statement said" is the author of the statement named before, not the body quoted last
            "A statement by the coastguard said two boats sank. The port authority said the harbour was closed. "
            "The search would go on overnight, the statement said.",
            ["the coastguard", "The port authority", "the coastguard"],
        ),
        (  # a post by a body on a platform: the body, not the platform
            "A post by the Mayor’s Office on social media platform X said the parade was cancelled. "
            "It would be held in June instead, the post said.",
            ["Mayor’s Office", "Mayor’s Office"],
        ),
    ],
)
def test_a_document_speaks_for_its_author_1_41(text: str, expected: list[str]) -> None:
    found = extract_statements(ArticleText(id="r1", text=text, title="", language="en"))
    assert [s.speaker for s in found] == expected


def test_the_agent_of_a_passive_main_clause_is_still_the_antecedent_1_43() -> None:
    text = (
        "The bank was criticised this week by fund manager Ole Brandt, played by Tom Hale in a film. "
        "He claimed that the bank hid its losses."
    )
    assert _run(text, "en") == [("Ole Brandt", "indirect", "the bank hid its losses")]


def test_a_lead_role_is_the_person_named_next_1_45() -> None:
    text = (
        "LEEDS, May 2 - The chief executive of Harwell Rail was criticised by MPs on Tuesday.\n"
        "Anton Price, who earned £1 million last year, faced questions for two hours.\n"
        "Committee chair Lena Ortiz was unimpressed. “You failed,” she said.\n"
        "“We have invested more than ever,” the chief executive insisted."
    )
    found = extract_statements(ArticleText(id="r1", text=text, title="", language="en"))
    assert [(s.speaker, s.quote) for s in found][-1] == ("Anton Price", "We have invested more than ever")


def test_a_second_predicate_with_aber_is_no_inverted_attribution_1_45() -> None:
    text = "Der Elternverband begrüßte den Kompromiss, forderte aber kleinere Gruppen."
    found = extract_statements(ArticleText(id="r1", text=text, title="", language="de"))
    assert [s.speaker for s in found] == []
