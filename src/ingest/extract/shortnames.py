"""A person named in an article by first name and patronymic or by a diminutive only (rules-1.243, found with blind
batch IDS11): "пообещал Александр Викторович" after "Александр Харченко", "каже Сашко" after "Олександр
Харченко", "Volodya said" after "Volodymyr Kravets" are that person, when the article names exactly one person
with a full name of that first name's class. A diminutive of either sex ("Саша", "Женя") may stand for a man or a
woman of the class; two holders of the class, or none, leave the mention alone."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ingest.extract.entities import Entity
from ingest.extract.names import first_name_class

PATRONYMIC_ONLY_RE = re.compile(
    r"[А-ЯІЇЄҐ][а-яіїєґё']+ [А-ЯІЇЄҐ][а-яіїєґё]+(?:ович|евич|ьич|овна|евна|ична|івна|ївна)"
    r"|[A-Z][a-z]+ [A-Z][a-z]+(?:ovych|ovich|evych|evich|ivna|ovna|evna)"
)
# canonical first names (their classes in ``names.first_name_class``): the diminutives that stand for them
_DIMINUTIVES = """
oleksandr oleksandra: sasha sashko shura sanya
volodymyr: volodya volodia vova vovka
dmytro: dima dimka
mykola: kolya kolia
mykhailo: misha
oleksiy: lyosha alyosha liosha
serhiy: seryozha serezha serhiyko
yevhen yevheniya: zhenya zhenia
andriy: andriyko andryusha
ivan: vanya ivanko
petro: petya petrus
pavlo: pasha
yuriy: yura yurko
vasyl: vasya
kostiantyn: kostya
viktor: vitya
anatoliy: tolya
mariya: masha mariyka
olena: lena olenka
nataliya: natasha
tetiana: tanya
kateryna: katya
iryna: ira
olha: olya
hanna: anya hannusya
svitlana: sveta
yuliya: yulya
anastasiya: nastya
daria: dasha
halyna: halya galya
"""


@lru_cache(maxsize=1)
def _diminutive_classes() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for line in _DIMINUTIVES.strip().splitlines():
        full, dims = line.split(":")
        classes = frozenset(first_name_class(w) for w in full.split())
        for d in dims.split():
            out[first_name_class(d)] = classes
    return out


@lru_cache(maxsize=8192)
def short_name_classes(name: str, lang: str) -> frozenset[str]:
    """The first-name classes a name of first name and patronymic, or a diminutive alone, may stand for."""
    parts = name.split()
    if len(parts) == 2 and PATRONYMIC_ONLY_RE.fullmatch(name):
        return frozenset((first_name_class(parts[0], lang),))
    if len(parts) == 1 and len(name) >= 3:
        return _diminutive_classes().get(first_name_class(name, lang), frozenset())
    return frozenset()


def first_name_holder(entities: Iterable[Entity], name: str, lang: str) -> Entity | None:
    """The one person of the article with a full name whose first name's class ``name`` stands for, or None."""
    classes = short_name_classes(name, lang)
    if not classes:
        return None
    hits = [
        e
        for e in entities
        if e.key.split("|", 1)[0] in classes and " " in e.name and not PATRONYMIC_ONLY_RE.fullmatch(e.name)
    ]
    return hits[0] if len(hits) == 1 else None


def knight_holder(entities: Iterable[Entity], text: str, lang: str) -> Entity | None:
    """(rules-1.372) The person "Sir Alistair" or "Dame Clara" (a title and a first name, the British style for a
    knight or dame) names: the one person of the article named in full with that first name ("Sir Alistair
    Voyle"); a surname after the title ("Sir Keir"), or two holders of the first name, leave it alone."""
    if lang != "en" or not text.startswith(("Sir ", "Dame ")):
        return None
    words = text.split()
    if len(words) != 2:
        return None
    first = words[1]
    hits = [e for e in entities if " " in e.name and e.name.split()[0] == first]
    return hits[0] if len(hits) == 1 else None
