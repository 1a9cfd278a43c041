"""rules-1.346 (blind batch IDS21: cross-article identity): Ukraine's military intelligence by its acronym with its
ministry, a Ukrainian case ending is no sign of a brand's script, a German grid operator is a firm, a person
described by age is no firm and opens a Ukrainian or Russian description, and a speaker
with an anonymity clause is not the person named before."""

from __future__ import annotations

import pytest

from extract_rule_helpers import linked_records, run_rules
from ingest.extract.brandnames import brand_script
from ingest.extract.names import org_key
from ingest.extract.speakers import analyze_np
from ingest.extract.tradefirms_de import DE_TRADE_FIRM_RE


@pytest.mark.parametrize(
    ("phrase", "same"),
    [
        ("ГУР Минобороны Украины", True),
        ("ГУР Міноборони України", True),
        ("ГУР Минобороны", True),
        ("Главном управлении разведки Минобороны Украины", True),
        ("Russia's military intelligence", False),  # another country's body
    ],
)
def test_hur_with_its_ministry(phrase: str, same: bool) -> None:
    assert (org_key(phrase) == org_key("Ukraine's military intelligence")) is same


@pytest.mark.parametrize(
    ("name", "script"),
    [
        ("нафтогазі", "ru"),  # a locative ending: the name itself has no Ukrainian letter
        ("нафтогаз", "ru"),
        ("дніпротепло", "uk"),  # a Ukrainian letter inside the name
        ("укрзалізниці", "uk"),
        ("сбі", "uk"),  # too short to cut an ending off
    ],
)
def test_brand_script_ignores_a_case_ending(name: str, script: str) -> None:
    assert brand_script(name) == script


def test_brand_in_the_locative_is_the_brand() -> None:
    assert org_key("«Нафтогазі»") == org_key("«Нафтогазе»") == org_key("Naftogaz")


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Der ukrainische Netzbetreiber Ukrenergo hat die Abschaltungen beendet.", "Ukrenergo"),
        ("Der Stromnetzbetreiber Westnetz teilte mit, …", "Westnetz"),
        ("Der Kraftwerksbetreiber Steag hat …", "Steag"),
        ("Der Imbissbetreiber Karl Weber sagte …", ""),  # a trade that names people: left alone
    ],
)
def test_de_grid_operator_is_a_firm(text: str, firm: str) -> None:
    m = DE_TRADE_FIRM_RE.search(text)
    assert (m["name"] if m else "") == firm


def test_de_company_after_a_grid_operator() -> None:
    text = (
        "Der ukrainische Netzbetreiber Ukrenergo hat die Notabschaltungen im Gebiet Poltawa beendet. Ein neuer "
        "Transformator sei eingebaut, teilte das Unternehmen am Sonntag mit."
    )
    assert ("Ukrenergo", "indirect", "Ein neuer Transformator sei eingebaut") in run_rules(text, "de")


@pytest.mark.parametrize(
    ("phrase", "lang", "kind"),
    [
        ("the 41-year-old gas field operator", "en", "role"),
        ("the 35-year-old contractor", "en", "role"),
        ("41-річний оператор установки", "uk", "role"),
        ("52-летний оператор", "ru", "role"),
        # left alone: no age, or an age only a firm has
        ("the gas field operator", "en", "organisation"),
        ("the 100-year-old operator", "en", "organisation"),
        ("the 41-year-old company", "en", "organisation"),
        ("34-річний сержант Олександр", "uk", "person"),  # a name follows: that person
    ],
)
def test_aged_worker_is_a_person(phrase: str, lang: str, kind: str) -> None:
    assert analyze_np(phrase, lang).kind == kind


def test_aged_operator_is_the_person_named_before() -> None:
    text = (
        'Oleksandr Dovhan was checking a gauge when the first missile hit the station. "I heard a whistle, then '
        'the sky turned orange," said the 41-year-old gas field operator.'
    )
    rows = run_rules(text, "en")
    assert ("Oleksandr Dovhan", "direct", "I heard a whistle, then the sky turned orange") in rows


def test_uk_aged_speaker_is_the_person_named_before() -> None:
    text = "Олександр Довгань перевіряв манометр. «Я почув свист», — згадує 41-річний оператор установки."
    assert ("Олександр Довгань", "direct", "Я почув свист") in run_rules(text, "uk")


def test_anonymous_foreman_is_not_the_person_named_before() -> None:
    text = (
        'Oleksandr Dovhan said he had carried a colleague to the gate. "He did not leave anyone behind," said the '
        "shift foreman, who asked not to be named."
    )
    recs = {str(r["quote"]): r for r in linked_records(text, "en")}
    assert recs["He did not leave anyone behind"]["speaker"] == "the shift foreman"
    assert (
        recs["He did not leave anyone behind"]["speaker_id"]
        != recs["he had carried a colleague to the gate"]["speaker_id"]
    )


def test_anonymous_coach_is_the_unnamed_coach_before() -> None:
    text = (
        "A coach in Addis Ababa who has trained several runners said the ban had shocked athletes. "
        '"They all know him," said the coach, who asked not to be identified.'
    )
    recs = linked_records(text, "en")
    assert len({r["speaker_id"] for r in recs}) == 1


def test_foreman_without_anonymity_left_alone() -> None:
    # a described speaker with no anonymity clause is still read as the person just named (rules-1.25's reading)
    text = 'Oleksandr Dovhan said he had carried a colleague to the gate. "He stayed," said the foreman.'
    assert ("Oleksandr Dovhan", "direct", "He stayed") in run_rules(text, "en")
