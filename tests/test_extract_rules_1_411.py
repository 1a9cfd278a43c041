"""rules-1.411 (blind batch IDS28: cross-article identity): a body by its bare Cyrillic acronym keys as its Latin
spelling (with a country's adjective or genitive and a public relations centre dropped), a German press office or a
Russian public relations centre before a body is that body, "vom Dienst" is no body, and the German "die Behörde"
stands for the public body named in the sentence before."""

from __future__ import annotations

import pytest

from extract_rule_helpers import ids_of, linked_batch, run_rules
from ingest.extract.bodies import org_before
from ingest.extract.names import org_id


@pytest.mark.parametrize(
    ("phrase", "other", "same"),
    [
        ("НАБУ", "NABU", True),  # a Cyrillic acronym = its Latin spelling
        ("ФСБ", "FSB", True),
        ("Російська ФСБ", "FSB", True),  # a country's adjective before it
        ("российская ФСБ", "ФСБ", True),
        ("ФСБ России", "FSB", True),  # a country's genitive after it
        ("Центре общественных связей ФСБ", "FSB", True),  # its public relations centre
        ("Центр громадських зв'язків СБУ", "SBU", True),
        ("Pressedienst des SBU", "SBU", True),  # a German press office of a body
        ("Pressestelle der Polizei", "Polizei", True),
        ("ЗСУ", "Збройні сили України", True),  # left alone: the short forms' key
        ("МВС", "МВД", True),  # left alone: the short forms' key
        ("Харківська ОВА", "Одеська ОВА", False),  # left alone: a region's adjective, two bodies
        ("Львівська ОДА", "Київська ОДА", False),
        ("ДБР", "НАБУ", False),  # two acronyms, two bodies
        ("Pressestelle", "Polizei", False),  # left alone: a press office of no body named
        ("центре общественных связей", "ФСБ", False),
    ],
)
def test_body_keys(phrase: str, other: str, same: bool) -> None:
    assert (org_id(phrase) == org_id(other)) == same


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Energoatom erklärte, der Manager sei vom Dienst suspendiert worden. Er", ""),  # a duty, no body
        ("Der Minister ist seit zwei Jahren im Amt. Er", ""),
        ("Das Amt teilte mit, alles sei gut. Er", "Amt"),  # left alone: the office as a body
        ("Der Geheimdienst teilte mit, alles sei gut. Er", "Geheimdienst"),
    ],
)
def test_duty_is_no_body(text: str, want: str) -> None:
    assert org_before(text, "de", len(text)) == want


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Der ukrainische Militärgeheimdienst HUR hat neue Details genannt. Der russische Dienst habe den Mann "
            "angeworben, teilte die Behörde am Dienstag mit.",
            "HUR",  # the body of the sentence before, by its acronym
        ),
        (
            "Gegen den Manager ermittelt nun auch das Nationale Antikorruptionsbüro der Ukraine (NABU). Der Mann "
            "soll Geld angenommen haben, erklärte die Behörde am Mittwoch.",
            "NABU",  # its acronym in brackets
        ),
        (
            "Die Staatsanwaltschaft hat den Mann angeklagt. Ein Gericht habe Haft angeordnet, teilte die Behörde mit.",
            "Staatsanwaltschaft",  # not the court inside the statement
        ),
        (
            "Nach dem Leck hat die Agentur für Hafensicherheit (ABP) Ermittlungen aufgenommen. Das Schiff werde erst "
            "nach einer Prüfung freigegeben, teilte die Behörde mit.",
            "ABP",  # its acronym after its name's complement
        ),
        (
            "Das russische Außenministerium drohte mit Gegenmaßnahmen. Vaitkutės Behörde zufolge passieren noch acht "
            "Züge am Tag die Grenze.",
            "Vaitkutės Behörde",  # left alone: a person's authority
        ),
        (
            "Der Atomkonzern hat den Mann entlassen. Das Werk arbeite normal, teilte die Behörde mit.",
            "Behörde",  # left alone: a firm is no authority
        ),
    ],
)
def test_die_behoerde(text: str, speaker: str) -> None:
    assert [s for s, _k, _q in run_rules(text, "de")] == [speaker]


def test_a_cyrillic_acronym_links_across_languages() -> None:
    recs = linked_batch(
        ("en", "The FSB said the agent had been detained in the Kursk region."),
        ("uk", "Російська ФСБ заявила, що агента затримали в Курській області."),
        ("ru", "Как сообщили в Центре общественных связей ФСБ, агент задержан в Курской области."),
    )
    found = ids_of(recs, "agent had been") | ids_of(recs, "агента затримали") | ids_of(recs, "агент задержан")
    assert len(found) == 1
