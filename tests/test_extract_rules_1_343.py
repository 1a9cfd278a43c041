"""rules-1.343 (blind batch EN): a hyphenated title of the form "X-in-Y" ("Commander-in-Chief") has the role
class of its first part, so that "the commander" later in the article is the same person; Ukraine's official
romanisation of women's names in "-iia" ("Solomiia") is a known first name; a plural head's relative clause that
opens with its present-tense verb ("Volunteers who organize trips from Lviv say …") is no speaker of its own; a
state body's phrase is measured without "of"/"the" ("the General Staff of the Armed Forces of Ukraine")."""

from __future__ import annotations

import pytest

from extract_rule_helpers import linked_records, run_rules
from ingest.extract.given_names import gender_of_first
from ingest.extract.roles import role_class
from ingest.extract.statebodies import state_body_key


@pytest.mark.parametrize(
    ("phrase", "cls"),
    [
        ("Commander-in-Chief of the Armed Forces of Ukraine", "general"),
        ("the commander-in-chief", "general"),
        ("Commander-in-Chief", "general"),
        ("the commander", "general"),
        # left alone: a compound whose first part is no role noun, and plain role phrases
        ("editor-in-chief", ""),
        ("the son-in-law", ""),
        ("the committee chairman", "head"),
        ("the army chief", "head"),
    ],
)
def test_in_compound_role_class(phrase: str, cls: str) -> None:
    assert role_class(phrase) == cls


def test_commander_in_chief_then_the_commander_is_one_person() -> None:
    text = (
        "Russia has moved up to 40,000 troops to the border, Commander-in-Chief of the Armed Forces Taras "
        "Melnyk said on Saturday.\nThe commander said the defense lines were being reinforced."
    )
    recs = linked_records(text, "en")
    ids = {str(r["speaker_id"]) for r in recs}
    assert len(recs) == 2 and len(ids) == 1, recs


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Solomiia", "f"),
        ("Sofiia", "f"),
        ("Nataliia", "f"),
        ("Anastasiia", "f"),
        ("Solomiya", "f"),
        ("Natalija", "f"),
        # left alone: men's names with that ending, and names that never had it
        ("Zakhariia", ""),
        ("Ilija", ""),
        ("Illia", "m"),
        ("Oleksii", "m"),
    ],
)
def test_official_romanisation_iia_is_a_womans_name(name: str, gender: str) -> None:
    assert gender_of_first(name) == gender


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Deputy Minister Kateryna Melnyk said a third had finished training.\nOpposition MP Solomiia Hnatiuk "
            "criticized the pace of the reform. She said the army needed answers.",
            ("Solomiia Hnatiuk", "indirect", "the army needed answers"),
        ),
        (
            "Deputy Minister Kateryna Melnyk said a third had finished training.\nSofiia Hnatiuk criticized "
            "the pace of the reform. She said the army needed answers.",
            ("Sofiia Hnatiuk", "indirect", "the army needed answers"),
        ),
        # left alone: a woman named before with a known spelling
        (
            "Deputy Minister Kateryna Melnyk said a third had finished training.\nOpposition MP Oksana Hnatiuk "
            "criticized the pace of the reform. She said the army needed answers.",
            ("Oksana Hnatiuk", "indirect", "the army needed answers"),
        ),
    ],
)
def test_iia_woman_is_the_pronouns_antecedent(text: str, row: tuple[str, str, str]) -> None:
    assert row in run_rules(text, "en")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Volunteers who organize donor trips from Lviv say the problem is logistics.",
            ("Volunteers who organize donor trips from Lviv", "indirect", "the problem is logistics"),
        ),
        (
            "Drivers who bring aid from Poland say the border crossing is slow.",
            ("Drivers who bring aid from Poland", "indirect", "the border crossing is slow"),
        ),
        (
            "Residents who live near the plant in Enerhodar said the water was brown.",
            ("Residents who live near the plant in Enerhodar", "indirect", "the water was brown"),
        ),
        # left alone: a subject inside the relative clause, and a relative clause closed by commas
        (
            "It was Ivan Petrenko who officials said had signed the order.",
            ("officials", "indirect", "had signed the order"),
        ),
        (
            "Marcus Bell, who said he had been dropped at 21, asked whether the club would pay.",
            ("Marcus Bell", "indirect", "he had been dropped at 21"),
        ),
        (
            "Volunteers from Lviv say the problem is logistics.",
            ("Volunteers from Lviv", "indirect", "the problem is logistics"),
        ),
    ],
)
def test_plural_head_relative_clause_opens_with_its_verb(text: str, row: tuple[str, str, str]) -> None:
    assert row in run_rules(text, "en")


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("General Staff of the Armed Forces of Ukraine", "staff ua"),
        ("the General Staff of the Armed Forces of Ukraine", "staff ua"),
        ("Ministry of Defence of the Russian Federation", "defence ru"),
        ("the Ministry of Foreign Affairs of the Republic of Poland", "foreign pl"),
        ("Генштаб ЗСУ", "staff ua"),
        # left alone: a bare body without a country, and a unit inside the body
        ("the General Staff", ""),
        ("the Main Intelligence Directorate of the Ministry of Defence of Ukraine", ""),
    ],
)
def test_state_body_of_the_country_not_counting_small_words(phrase: str, key: str) -> None:
    assert state_body_key(phrase.lower()) == key


def test_long_and_short_general_staff_are_one_body() -> None:
    text = (
        "Drones struck a depot overnight, the General Staff of the Armed Forces of Ukraine said on Thursday.\n"
        "According to the General Staff, the depot stored shells."
    )
    recs = linked_records(text, "en")
    assert len(recs) == 2 and len({str(r["speaker_id"]) for r in recs}) == 1, recs
