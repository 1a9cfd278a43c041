"""rules-1.389 (blind batch IDS26: cross-article identity): six more states in the country stems of the state
bodies (France, the United Kingdom, Italy, Spain, Turkey, China), a country's embassy and a country's government
as state bodies keyed by country in four languages (an embassy with its host kept apart), Paris and London as
capitals."""

from __future__ import annotations

import pytest

from extract_rule_helpers import ids_of, linked_batch
from ingest.extract.statebodies import capital_key, state_body_key


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("the french foreign ministry", "foreign fr"),
        ("das französische außenministerium", "foreign fr"),
        ("мзс франції", "foreign fr"),
        ("мид франции", "foreign fr"),
        ("французский мид", "foreign fr"),
        ("the british foreign ministry", "foreign gb"),
        ("мзс італії", "foreign it"),
        ("the russian embassy", "embassy ru"),
        ("посольство росії", "embassy ru"),
        ("die russische botschaft", "embassy ru"),
        ("the russian embassy in paris", ""),  # left alone: an embassy with its host named
        ("посольстве россии в берлине", ""),
        ("the ambassador", ""),  # left alone: the envoy is no embassy
        ("der botschafter", ""),
        ("посол росії", ""),
        ("the french government", "government fr"),
        ("die regierung in paris", "government fr"),
        ("уряд франції", "government fr"),
        ("правительство франции", "government fr"),
        ("the turkish government", "government tr"),
        ("the government", ""),  # left alone: no country named
        ("the governments of france and italy", ""),  # left alone: two governments
        ("the french and italian governments", ""),
    ],
)
def test_state_body_keys(phrase: str, key: str) -> None:
    assert state_body_key(phrase) == key


@pytest.mark.parametrize(
    ("phrase", "key"),
    [("paris", "capital paris"), ("париже", "capital paris"), ("london", "capital london"), ("parisian", "")],
)
def test_capital_keys(phrase: str, key: str) -> None:
    assert capital_key(phrase) == key


def test_a_foreign_ministry_by_country_is_one_body_in_four_languages() -> None:
    recs = linked_batch(
        ("en", "The French foreign ministry said the talks had been useful."),
        ("de", "Das französische Außenministerium erklärte, die Gespräche seien nützlich gewesen."),
        ("uk", "У МЗС Франції заявили, що переговори були корисними."),
        ("ru", "В МИД Франции заявили, что переговоры были полезными."),
    )
    found = (
        ids_of(recs, "useful") | ids_of(recs, "nützlich") | ids_of(recs, "корисн") | ids_of(recs, "полезн")
    )
    assert len(found) == 1


def test_an_embassy_by_country_is_one_body_and_not_its_ambassador() -> None:
    recs = linked_batch(
        ("en", "The Russian embassy said the sailors were being held without charge."),
        ("en", "Russia's embassy said the crew were being held without charge."),
        ("en", 'The Russian ambassador said the sailors would be home soon. "We expect them soon," he said.'),
    )
    embassy = ids_of(recs, "without charge")
    assert len(embassy) == 1
    assert not embassy & ids_of(recs, "home soon")


def test_a_government_by_country_is_one_body_in_four_languages() -> None:
    recs = linked_batch(
        ("en", "The French government said the oil could be sold."),
        ("uk", "Уряд Франції повідомив, що нафту можуть продати."),
        ("ru", "Правительство Франции сообщило, что нефть может быть продана."),
    )
    assert len(ids_of(recs, "could be sold") | ids_of(recs, "продати") | ids_of(recs, "продана")) == 1
