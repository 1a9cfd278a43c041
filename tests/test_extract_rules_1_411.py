"""rules-1.411 (blind batch IDS28: cross-article identity): a Cyrillic acronym with a country's adjective or genitive
or a public relations centre keys as the bare acronym, a German press office before a body is that body, "vom Dienst"
is no body, and the German "die Behörde" stands for the public body named in the sentence before."""

from __future__ import annotations

import pytest

from extract_rule_helpers import ids_of, linked_batch, linked_records, run_rules
from ingest.extract.bodies import org_before
from ingest.extract.names import org_id


@pytest.mark.parametrize(
    ("phrase", "other", "same"),
    [
        ("Російська ФСБ", "ФСБ", True),  # a country's adjective before the acronym
        ("российская ФСБ", "ФСБ", True),
        ("ФСБ России", "ФСБ", True),  # a country's genitive after it
        ("Центре общественных связей ФСБ", "ФСБ", True),  # its public relations centre
        ("Центр громадських зв'язків СБУ", "SBU", True),
        ("Pressedienst des SBU", "SBU", True),  # a German press office of a body
        ("Pressestelle der Polizei", "Polizei", True),
        ("ЗСУ", "Збройні сили України", True),  # left alone: the short forms' key
        ("МВС", "МВД", True),  # left alone: the short forms' key
        ("Харківська ОВА", "Одеська ОВА", False),  # left alone: a region's adjective, two bodies
        ("Львівська ОДА", "Київська ОДА", False),
        ("ДБР", "НАБУ", False),  # two acronyms, two bodies
        ("НАБУ", "NABU", False),  # left alone: a bare Cyrillic acronym keeps its Cyrillic key
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


def test_a_cyrillic_acronym_links_across_its_spellings() -> None:
    recs = linked_batch(
        ("ru", "ФСБ России заявила, что агент задержан в Курской области."),
        ("uk", "Російська ФСБ заявила, що агента затримали в Курській області."),
        ("ru", "Как сообщили в Центре общественных связей ФСБ, агент задержан в Брянской области."),
    )
    found = (
        ids_of(recs, "агент задержан в Курской") | ids_of(recs, "агента затримали") | ids_of(recs, "Брянской")
    )
    assert len(found) == 1


@pytest.mark.parametrize(
    ("text", "same"),
    [
        (
            "Льдину отнесло от берега, сообщили в Главном управлении МЧС по Приморскому краю. Рыбаки спасены.\n"
            "В МЧС напомнили, что выход на лёд запрещён.",
            True,  # the bare acronym by its own letters, as before its Latin key
        ),
        (
            "Льдину отнесло от берега, сообщили в Главном управлении МЧС по Приморскому краю. Рыбаки спасены.\n"
            "В ФСБ напомнили, что выход на лёд запрещён.",
            False,  # left alone: another acronym
        ),
    ],
)
def test_a_cyrillic_acronym_after_its_directorate(text: str, same: bool) -> None:
    recs = linked_records(text, "ru")
    assert len(recs) == 2
    assert (recs[0]["speaker_id"] == recs[1]["speaker_id"]) == same
