"""rules-1.396 (blind batch IDS27: cross-article identity): namesakes of a surname with particles (a father and his
son, "Pieter van Houten" and "Jan van Houten") keep apart in an article and across a batch, while one person of such
a name keeps the one key of the particle."""

from __future__ import annotations

import pytest

from extract_rule_helpers import ids_of, linked_batch
from ingest.extract.entities import Entity
from ingest.extract.names import first_name_class, person_key
from ingest.extract.namesakes import namesake_key


@pytest.mark.parametrize(
    ("name", "first_named", "apart"),
    [
        ("Pieter van Houten", "Jan van Houten", True),  # a namesake: the key of the name without its particle
        ("Пітер ван Гаутен", "Ян ван Гаутен", True),
        ("Anna von Brück", "Karl von Brück", True),
        ("Jan van Houten", "Jan van Houten", False),  # left alone: the same person
        ("Jan van Houten", "J. van Houten", False),  # left alone: an initial tells no one apart
        ("Johan van Houten", "Johann van Houten", False),  # left alone: spellings of one first name
        ("Van Houten", "Jan van Houten", False),  # left alone: a bare surname
        ("Pieter Houten", "Jan van Houten", False),  # left alone: no particle, its own key as before
    ],
)
def test_namesake_keys(name: str, first_named: str, apart: bool) -> None:
    entities = {person_key(first_named): Entity(first_named, person_key(first_named))}
    plain = person_key(name)
    want = first_name_class(name.split()[0]) + "|" + plain.split("|", 1)[1] if apart else plain
    assert namesake_key(name, "en", entities) == want
    assert (want != plain) == apart


def test_a_father_and_his_son_of_a_particle_name_keep_apart_across_articles() -> None:
    recs = linked_batch(
        (
            "en",
            "Jan van Dam, the firm's chief executive, said the work was finished. His father Pieter van Dam "
            'was more cautious. "We will check every beam," Pieter van Dam said.',
        ),
        ("ru", "Основатель компании Питер ван Дам заявил, что фирма оплатит ремонт."),
        ("de", "Jan van Dam sagte, die Arbeiten seien abgeschlossen."),
    )
    son = ids_of(recs, "work was finished") | ids_of(recs, "Arbeiten seien")
    father = ids_of(recs, "every beam") | ids_of(recs, "оплатит ремонт")
    assert len(son) == 1
    assert len(father) == 1
    assert not son & father


def test_one_person_of_a_particle_name_keeps_one_id() -> None:
    recs = linked_batch(
        ("en", "Ursula von der Leyen said the money would be paid."),
        ("en", "Von der Leyen said the money would be paid in May."),
        ("de", "Ursula von der Leyen sagte, das Geld werde gezahlt."),
    )
    assert len(ids_of(recs, "money would be paid") | ids_of(recs, "Geld werde")) == 1
