"""Rules of rules-1.50, found on the quotes of BASIL's dev half (US news, three outlets) and checked on
PolNeAR and the real feeds; other sentences than theirs."""

from __future__ import annotations

import pytest

from extract_rule_helpers import Row
from extract_rule_helpers import run_rules as _run
from ingest.extract import extract_statements
from ingest.models import ArticleText

RULES_1_50_NEWS: list[tuple[str, list[Row]]] = [
    (  # a quote right after its cue, no comma
        'Councillor Ada Brennick said "the depot will not reopen this year."',
        [("Ada Brennick", "direct", "the depot will not reopen this year.")],
    ),
    (  # the same with the full stop outside the marks, and a new sentence after it
        'Brennick said "the depot will not reopen this year". The council meets on Friday.',
        [("Brennick", "direct", "the depot will not reopen this year")],
    ),
    (  # after a clause: the subject right before the cue, not the clause's
        'The ferry stayed in port on Tuesday, but the operator says "sailings resume on Thursday."',
        [("the operator", "direct", "sailings resume on Thursday.")],
    ),
    (  # a quoted phrase inside a question is no statement
        "Why did the mayor stop saying “world-class city”? Nobody knows.",
        [],
    ),
    (  # "… and said “…”": the subject of the clause before "and"
        "Marta Quist, the union’s lead negotiator, rejected the offer and said “this is not a serious proposal.”",
        [("Marta Quist", "direct", "this is not a serious proposal.")],
    ),
    (  # a participle after a clause: that clause's subject, not the whole clause
        "The governor apologized for the remark, writing: “I chose my words badly and I regret it.”",
        [("The governor", "direct", "I chose my words badly and I regret it.")],
    ),
    (
        "The governor apologized for the remark, writing “I chose my words badly and I regret it.”",
        [("The governor", "direct", "I chose my words badly and I regret it.")],
    ),
    (  # "continued" after a quote
        "“We will appeal,” Ms. Odum said. “Why should a town of 4,000 pay for a regional failure?” Odum continued.",
        [
            ("Odum", "direct", "We will appeal"),
            ("Odum", "direct", "Why should a town of 4,000 pay for a regional failure?"),
        ],
    ),
    (  # … but not "continued to"
        "Prices continued to climb in the spring, the bureau said.",
        [("the bureau", "indirect", "Prices continued to climb in the spring")],
    ),
    ("Living near the border, she has continued to campaign for the crossing to reopen.", []),
    (  # "charged that"
        "The senator also charged that the contract had been rigged from the start.",
        [("The senator", "indirect", "the contract had been rigged from the start")],
    ),
    (  # a US party and state after the name, then a long apposition
        "Rep. Lena Farrow, D-Ore., the ranking member of the transport subcommittee, told reporters the bill "
        "was dead.",
        [("Lena Farrow", "indirect", "the bill was dead")],
    ),
    (
        'Sen. Arlo Pike, R-Mont., said "the bill is dead in this form."',
        [("Arlo Pike", "direct", "the bill is dead in this form.")],
    ),
    (  # an adjunct between commas before "that"
        "The mayor said, after the council vote, that the library would stay open.",
        [("The mayor", "indirect", "the library would stay open")],
    ),
    (
        "The mayor said, in a radio interview with WKLM, that the library would stay open.",
        [("The mayor", "indirect", "the library would stay open")],
    ),
    (  # a leading "As …" clause is an adverbial, and "As X continued" is no frame
        "As the storm moved inland, the utility said that 40,000 homes had lost power.",
        [("the utility", "indirect", "40,000 homes had lost power")],
    ),
    (
        "As the dispute over the pier continued on Monday, the port authority said that the fees would stay.",
        [("the port authority", "indirect", "the fees would stay")],
    ),
    (  # court papers and campaign spots say things
        "“Runoff from the plant reaches the river,” the lawsuit says.",
        [("the lawsuit", "direct", "Runoff from the plant reaches the river")],
    ),
    (
        "The complaint argues that the county ignored three warnings.",
        [("The complaint", "indirect", "the county ignored three warnings")],
    ),
    (
        "“You deserve better roads,” the new advertisement says.",
        [("the new advertisement", "direct", "You deserve better roads")],
    ),
    (  # a document that passes someone's words on is no source of its own
        "According to the lawsuit, the plant manager, Ivo Strand, told staff that the filters could wait.",
        [("Ivo Strand", "indirect", "the filters could wait")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RULES_1_50_NEWS)
def test_rules_1_50_news(text: str, expected: list[Row]) -> None:
    assert _run(text, "en") == expected


RULES_1_52_NEWS: list[tuple[str, list[Row]]] = [
    (  # US and court titles name their holder ("the justice" is the Justice named before), all three names
        "Supreme Court Justice Mara Ellison Quayle faced a backlash on Friday. The justice had started the "
        "storm with an interview. “I regret nothing,” she said.",
        [("Mara Ellison Quayle", "direct", "I regret nothing")],
    ),
    (  # "went on to say": the subject before "went on to"
        "Mayor Lisa Odum spoke on Monday. “Nobody checked the figures,” she went on to say.",
        [("Lisa Odum", "direct", "Nobody checked the figures")],
    ),
    (
        "Mayor Lisa Odum spoke on Monday. She went on to predict that the fees would double.",
        [("Lisa Odum", "indirect", "the fees would double")],
    ),
    (  # "first lady" is a woman: no man with the other role of the phrase is its holder
        "Sen. Tom Ferris spoke first. Nora Vance spoke later. The former first lady and senator said the bill "
        "was flawed.",
        [("The former first lady and senator", "indirect", "the bill was flawed")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RULES_1_52_NEWS)
def test_rules_1_52_news(text: str, expected: list[Row]) -> None:
    assert _run(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "went on to say that": "say" after "went on to" is the verb, not the noun ("have a say")
            "Mayor Lisa Odum spoke on Monday. She went on to say that the fees would double.",
            [("Lisa Odum", "indirect", "the fees would double")],
        ),
        (
            "The Prime Minister went on to claim that the bridge would open in May.",
            [("The Prime Minister", "indirect", "the bridge would open in May")],
        ),
        ("Residents want to have a say that counts.", []),
    ],
)
def test_went_on_to_say_1_55(text: str, expected: list[Row]) -> None:
    assert _run(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an irregular past ends the subject before ", saying …" (not the object "Sen. Ted Cruz")
            "Nora Blake threw her support behind Sen. Tom Ferris (R-Ohio) on Tuesday, saying it is time for a change.",
            [("Nora Blake", "indirect", "it is time for a change")],
        ),
        (  # "Name, role of Body, a …": the last apposition describes the body
            "“We welcome the ruling,” said Priya Anand, executive director of Harbor Rights, a legal aid group.",
            [("Priya Anand", "direct", "We welcome the ruling")],
        ),
        (  # a town and its US state are one place; the abbreviation's full stop ends no sentence
            "“Every hour felt like a day,” Mr. Okafor, now retired in Dayton, Ohio, said on Monday.",
            [("Okafor", "direct", "Every hour felt like a day")],
        ),
        (
            "“Every hour felt like a day,” Mr. Okafor, now retired in Salem, Ore., said by telephone.",
            [("Okafor", "direct", "Every hour felt like a day")],
        ),
        (  # a constituent, donor or ally of someone before a name
            "“The vote was rigged,” said Ferris constituent Dale Hume.",
            [("Dale Hume", "direct", "The vote was rigged")],
        ),
    ],
)
def test_english_appositions_1_56(text: str, expected: list[Row]) -> None:
    assert _run(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a surname, then a role of a body with a capitalised name: the surname is the person
            "Okonkwo, executive director of Harbor Light Partners, said the shelter would stay open.",
            [("Okonkwo", "indirect", "the shelter would stay open")],
        ),
        (  # the body's own apposition may run on, with "that" clauses and an adverb after it
            "Mara Lenz, president of United Dock Workers, a union that has backed the mayor, also said the strike "
            "would go on.",
            [("Mara Lenz", "indirect", "the strike would go on")],
        ),
        (  # a middle initial's full stop ends no sentence before a quote's cue
            "In a call with reporters, Col. Dana R. Whitfield, a military spokesman, said, “The raid is over.”",
            [("Dana R. Whitfield", "direct", "The raid is over.")],
        ),
        (  # ", in a statement released by …," is an aside between the subject and the cue
            "Tom Akers, in a statement released by the campaign on Friday, said he would not resign.",
            [("Tom Akers", "indirect", "he would not resign")],
        ),
        (  # "Soon after …," opens a subordinate clause before the subject
            "Soon after the mayor was booed at the rally, Canova wrote to his followers, “It is time for her to go.”",
            [("Canova", "direct", "It is time for her to go.")],
        ),
    ],
)
def test_english_subjects_1_57(text: str, expected: list[Row]) -> None:
    assert _run(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an adverbial lead after "And" before the subject
            "And in a lukewarm endorsement of Mr. Hale’s plan, Mrs. Ortiz added that it was better than nothing.",
            [("Ortiz", "indirect", "it was better than nothing")],
        ),
        (  # a body named by a dotted acronym, the acronym's full stops inside "according to"
            "The plane may fly again, according to the F.A.A.",
            [("F.A.A", "indirect", "The plane may fly again")],
        ),
        (
            "She appointed just three of them, according to Mr. Hale’s campaign.",
            [("Mr. Hale’s campaign", "indirect", "She appointed just three of them")],
        ),
        (  # the town after a titled name is no name
            "At least 900 people were hurt, according to a report by Dr. Vasquez in Lyon.",
            [("Vasquez", "indirect", "At least 900 people were hurt")],
        ),
    ],
)
def test_english_sources_1_58(text: str, expected: list[Row]) -> None:
    assert _run(text, "en") == expected


def test_dotted_acronym_is_a_body_1_58() -> None:
    found = extract_statements(
        ArticleText(id="r1", text="Aid will resume soon, the U.N. said.", title="", language="en")
    )
    assert [(s.speaker, s.speaker_type) for s in found] == [("U.N.", "organisation")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a long apposition before "said:" and a quote
            'Ruth Amadi, pastor of the Grace Hill Church of Christ and a Ferris supporter, said: "We prayed for him."',
            [("Ruth Amadi", "direct", "We prayed for him.")],
        ),
        (  # a place and lower-case modifiers before the role and the name after an inverted cue
            "“The court matters most,” said Idaho dairy-industry executive Frank Voss, who backed the senator.",
            [("Frank Voss", "direct", "The court matters most")],
        ),
        (  # "Name, role … with Body, a …": the last segment describes the body
            "Lena Fisk, a pollster who works with Civic Pulse, a nonprofit group, said the race was close.",
            [("Lena Fisk", "indirect", "the race was close")],
        ),
        (  # "according to press reports": "reports" is a noun here, and "press" no speaker
            "He resigned in 1998, according to press reports.",
            [],
        ),
    ],
)
def test_english_appositions_1_61(text: str, expected: list[Row]) -> None:
    assert _run(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "ließ … verlauten/mitteilen, dass": a separable announcement
            "Am Abend ließ die Pressestelle des Landratsamts verlauten, dass die Straße gesperrt bleibe.",
            [("Pressestelle des Landratsamts", "indirect", "die Straße gesperrt bleibe")],
        ),
        (  # "Subjekt, Name, Verb … :" before a quote: the verb after the apposition ends the subject
            "Der Sprecher der Stadt, Jonas Brehm, versuchte mit den Worten zu beruhigen: „Das Wasser ist sauber.“",
            [("Jonas Brehm", "direct", "Das Wasser ist sauber.")],
        ),
        (  # a frame's genitive source ends before a new article
            "Die Firma plant nach Angaben der Gewerkschaft Bau den Abbau von 300 Stellen.",
            [("Gewerkschaft Bau", "indirect", "Die Firma plant den Abbau von 300 Stellen")],
        ),
    ],
)
def test_german_sources_1_62(text: str, expected: list[Row]) -> None:
    assert _run(text, "de") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "Wie X (heute) bekannt gab, …"
            "Wie das Landesamt heute bekannt gab, bleibt die Brücke bis Mai gesperrt.",
            [("Landesamt", "indirect", "bleibt die Brücke bis Mai gesperrt")],
        ),
        (  # "gestand ein, dass …"
            "Der Bürgermeister gestand ein, dass die Stadt zu spät gewarnt habe.",
            [("Der Bürgermeister", "indirect", "die Stadt zu spät gewarnt habe")],
        ),
        (  # "ließ … verbreiten": the subject after "ließ" and an adverbial before it
            "Dazu ließ Jana Roth über ihren Anwalt verbreiten, sie werde sich nicht äußern.",
            [("Jana Roth", "indirect", "sie werde sich nicht äußern")],
        ),
    ],
)
def test_german_sources_1_63(text: str, expected: list[Row]) -> None:
    assert _run(text, "de") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a full US state name after the town is no name
            "“The rent doubled,” said Ana Ruiz, a nurse from Camden, New Jersey, who moved last year.",
            [("Ana Ruiz", "direct", "The rent doubled")],
        ),
        (  # a name, then any role with other names inside it, after an inverted cue
            "The cuts were rushed, said Omar Haddad, a budget official under Governors Lane and Mary Price.",
            [("Omar Haddad", "indirect", "The cuts were rushed")],
        ),
        (  # "states" after a quote is a noun unless "that" or a colon follows
            "The chief urged calm, saying, “Fewer guns are better.” The city is one of 12 states where it is legal.",
            [("The chief", "direct", "Fewer guns are better.")],
        ),
        (  # "those who said": no speaker made of the clause before it
            "The mayor won more support from those who said taxes were too high.",
            [("", "indirect", "taxes were too high")],
        ),
    ],
)
def test_english_appositions_1_64(text: str, expected: list[Row]) -> None:
    assert _run(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a possessive role with a modifier after the name
            "“The figures are clear,” said Dana Holt, Mr. Ferris’s communications director.",
            [("Dana Holt", "direct", "The figures are clear")],
        ),
        (  # a closing relative clause after an age and a town is an aside
            "“Both of them scare me,” Ron Tate, 30, of Raleigh, N.C., who was among those polled, said on Monday.",
            [("Ron Tate", "direct", "Both of them scare me")],
        ),
        (  # … but not when a name follows it
            "A farmer in Borova, who gave only his first name, Petro, said the field was mined.",
            [("Petro", "indirect", "the field was mined")],
        ),
    ],
)
def test_english_appositions_1_65(text: str, expected: list[Row]) -> None:
    assert _run(text, "en") == expected


def test_brackets_with_a_comma_in_a_subject_1_68() -> None:
    """A bracket holding a comma inside the subject ("(Nationale Umweltbehörde, NEMA)") is left out of it."""
    text = "Lea Ochieng von der Umweltbehörde Kenias (National Environment Authority, NEA) sagte, die Lage sei ernst."
    assert _run(text, "de") == [("Lea Ochieng", "indirect", "die Lage sei ernst")]


@pytest.mark.parametrize("title", ["Del.", "Atty.", "Supt.", "Cmdr."])
def test_more_title_abbreviations_1_69(title: str) -> None:
    """ "said Del. Stacey Plaskett": the abbreviation's full stop ends no speaker phrase."""
    text = f"“This is a waste of time,” said {title} Mara Quell of the Virgin Islands."
    assert _run(text, "en") == [("Mara Quell", "direct", "This is a waste of time")]


def test_the_speaker_is_a_role_1_72() -> None:
    """ "the speaker said" after "Speaker X" is X; with nobody named, an unnamed person."""
    text = "Speaker Dana Whitcombe met the delegation. “We are ready to vote,” the speaker said."
    assert _run(text, "en") == [("Dana Whitcombe", "direct", "We are ready to vote")]
    assert _run("“We are ready,” the speaker said.", "en") == [("the speaker", "direct", "We are ready")]
