"""A minister of another country named only by role, one id across the batch (rules-1.204, blind batch IDS9).

"The Polish defence minister said …" in one article, "Der polnische Verteidigungsminister sagte …" in a second and
"Министр обороны Польши заявил …" in a third are one person, though the batch never names them: an unnamed role
phrase gets an id scoped to its article (``names.unknown_id``), since "the regional governor" of two articles need
not be one person. A minister with a portfolio and a country is one person at a time, so such phrases share one
id across the batch: the key is the portfolio and the country, each folded across English, German, Ukrainian and
Russian. A deputy, a former or an acting minister keeps the article's id.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ingest.extract.link_offices import COUNTRIES, NOT_HOLDER, office_of, offices_match, person_roles
from ingest.extract.names import unknown_id

if TYPE_CHECKING:
    from ingest.extract.pipeline import Extracted

__all__ = [
    "by_office",
    "holder_offices",
    "link_nation_ministers",
    "link_offices",
    "link_role_holders",
    "office_key",
    "own_role",
    "person_roles",
]

# rules-1.320: "Міністерка …", and the head of a foreign ministry by its acronym ("Глава МИД Австрии") as its minister
# rules-1.337: not the German ministry ("Sprecherin des … Außenministeriums" is no minister)
_MINISTER_RE = re.compile(
    r"minister(?!ium)|міністр|министр|міністерк|(?:глава|голова|очільни\w*)\s+(?:мид|мзс)\b", re.I
)
_NOT_HOLDER_RE = re.compile(NOT_HOLDER, re.I)
_PORTFOLIOS = (
    ("defence", re.compile(r"defen[cs]e|verteidigung|оборон", re.I)),
    ("foreign", re.compile(r"foreign|au(?:ß|ss)en|закордонн|иностранн|\b(?:мид|мзс)\b", re.I)),
    ("interior", re.compile(r"interior|home|innen|внутрішн|внутренн", re.I)),
    ("finance", re.compile(r"financ|finanz|фінанс|финанс", re.I)),
    ("energy", re.compile(r"energ|енерг|энерг", re.I)),
    ("justice", re.compile(r"justice|justiz|юстиц", re.I)),
    # rules-1.380: health ("Ukraine's health minister", "Gesundheitsminister", "міністр охорони здоров'я",
    # "министр здравоохранения Украины")
    ("health", re.compile(r"health|gesundheit|охорони\s+здоров|здравоохранени", re.I)),
)
PORTFOLIOS = _PORTFOLIOS


@lru_cache(maxsize=16384)
def office_key(phrase: str) -> str:
    """ "defence|pl" for "The Polish defence minister", "Der polnische Verteidigungsminister", "Министр обороны
    Польши"; "" for a phrase that is not one country's minister of one portfolio."""
    if not _MINISTER_RE.search(phrase) or _NOT_HOLDER_RE.search(phrase):
        return ""
    ports = {name for name, rx in _PORTFOLIOS if rx.search(phrase)}
    lands = {code for code, rx in COUNTRIES if rx.search(phrase)}
    if not lands and "МЗС" in phrase:  # rules-1.337: Kyiv's own acronym ("Глава МЗС"), as org_key reads "МЗС"
        lands = {"ua"}
    if len(ports) != 1 or len(lands) != 1:
        return ""
    return f"{ports.pop()}|{lands.pop()}"


def link_offices(items: list[Extracted]) -> None:
    """In place: unnamed ministers (person statements with an article-scoped id) of one portfolio and country
    share one id across the batch; rules-1.320: the id of the one named person the batch introduces as that
    minister ("Switzerland's foreign minister, Matthias X" for "Der Schweizer Außenminister sagte"), if one."""
    groups: dict[str, list[Extracted]] = {}
    named: dict[str, set[str]] = {}
    for it in items:
        st = it.statement
        if st.speaker_type == "person" and st.speaker_id.startswith("U-") and (key := office_key(st.speaker)):
            groups.setdefault(key, []).append(it)
        elif it.key and it.roles and not it.surname_only and st.speaker_id.startswith("P-"):
            for key in roles_minister_keys(it.roles):
                named.setdefault(key, set()).add(st.speaker_id)
    for key, its in groups.items():
        holders = named.get(key, set())
        if len(holders) == 1:
            sid = next(iter(holders))
        elif len({it.statement.article_id for it in its}) > 1:
            sid = unknown_id("minister " + key.replace("|", " "), "batch")
        else:
            continue
        for it in its:
            it.statement.speaker_id = sid


def link_nation_ministers(items: list[Extracted]) -> None:
    """rules-1.320, in place: "the Swiss minister", "швейцарський міністр" (a nation and a minister, no portfolio,
    an article-scoped id) is the one minister of that nation its article quoted before under a batch id
    ("Switzerland's foreign minister"); with none or two such ministers it keeps its id."""
    seen: dict[str, dict[str, set[str]]] = {}  # article -> country -> ids
    for it in items:
        st = it.statement
        if st.speaker_type != "person":
            continue
        mine = seen.setdefault(st.article_id, {})
        if not st.speaker_id.startswith("U-"):
            keys = set(roles_minister_keys(it.roles)) if it.roles else set()
            if key := office_key(st.speaker):
                keys.add(key)
            for key in keys:
                mine.setdefault(key.split("|")[1], set()).add(st.speaker_id)
        elif (
            _MINISTER_RE.search(st.speaker)
            and not office_key(st.speaker)
            and not _NOT_HOLDER_RE.search(st.speaker)
        ):
            lands = {code for code, rx in COUNTRIES if rx.search(st.speaker)}
            ids = mine.get(lands.pop(), set()) if len(lands) == 1 else set()
            if len(ids) == 1:
                st.speaker_id = next(iter(ids))


@lru_cache(maxsize=4096)
def roles_minister_keys(roles: str) -> frozenset[str]:
    """The ministers' offices (``office_key``) of the own parts of a " | "-separated list of a person's roles."""
    return frozenset(k for p in roles.split(" | ") if (k := office_key(own_role(p))))


def link_role_holders(items: list[Extracted]) -> None:
    """In place: an unnamed role phrase of one article (an article-scoped id: "Ukraine's prosecutor general") is
    the one person of the batch whom another article introduces with the same office (``office_of``:
    "Generalstaatsanwalt Oleh X", "Генеральний прокурор Олег X"), when the phrase's date lies within the dates of
    the articles that name that person (a role that changes holders in the week is no one's outside them; of two
    holders, the one named around that date)."""
    holders: dict[str, tuple[str, set[str]]] = {}  # person key -> (id, dates); offices by key below
    offices: dict[str, set[str]] = {}
    for it in items:
        st = it.statement
        if not it.key or it.surname_only or st.speaker_type != "person" or not st.speaker_id.startswith("P-"):
            continue
        _sid, dates = holders.setdefault(it.key, (st.speaker_id, set()))
        dates.add(it.when)
        if it.roles and (found := roles_offices(it.roles)):
            offices.setdefault(it.key, set()).update(found)
    for it in items:
        st = it.statement
        if (
            st.speaker_type != "person"
            or not st.speaker_id.startswith("U-")
            or not (mine := office_of(st.speaker))
        ):
            continue
        cands = [k for k, offs in offices.items() if any(offices_match(mine, o) for o in offs)]
        held = [k for k in cands if _within(it.when, holders[k][1])]
        if mine.endswith("|") and mine.startswith(("mayor", "governor")):
            continue  # "the mayor", "der Gouverneur des Gebiets": which town's, which region's?
        if len(held) == 1:
            st.speaker_id = holders[held[0]][0]


def _within(when: str, dates: set[str]) -> bool:
    """``when`` lies between the first and the last of ``dates`` (undated: always)."""
    known = sorted(d for d in dates if d)
    return not when or not known or known[0] <= when <= known[-1]


# rules-1.305 (blind batch IDS16): the part of a role phrase that is the person's own office, cut before a
# relative clause ("an MP who chairs a subcommittee and is not related to the intelligence chief" holds no
# intelligence office; "депутатка, яка очолює …"); a literal test each, no pattern
_RELATIVE_WORDS = (
    " who ",
    " whose ",
    " which ",
    ", der ",
    ", die ",
    ", das ",
    " який ",
    " яка ",
    " яке ",
    " які ",
    " котрий ",
    " который ",
    " которая ",
    " которое ",
    " которые ",
)


def own_role(phrase: str) -> str:
    """``phrase`` up to its first relative pronoun (rules-1.305)."""
    low = phrase.lower()
    cut = len(phrase)
    for word in _RELATIVE_WORDS:
        i = low.find(word)
        if 0 <= i < cut:
            cut = i
    return phrase[:cut]


@lru_cache(maxsize=16384)
def roles_offices(roles: str) -> frozenset[str]:
    """The offices (``office_of``) of the own parts (``own_role``) of a " | "-separated list of role phrases (cached:
    a batch repeats each person's list with every statement)."""
    return frozenset(o for p in roles.split(" | ") if (o := office_of(own_role(p))))


def holder_offices(items: list[Extracted], canon: dict[str, str]) -> dict[str, set[str]]:
    """rules-1.305: the offices (``office_of``) each named person of the batch is introduced with, by canonical
    person key."""
    out: dict[str, set[str]] = {}
    for it in items:
        if not it.key or it.surname_only or not it.roles or it.statement.speaker_type != "person":
            continue
        if found := roles_offices(it.roles):
            out.setdefault(canon.get(it.key, it.key), set()).update(found)
    return out


def by_office(cands: set[str], roles: str, offices: dict[str, set[str]]) -> set[str]:
    """rules-1.305: of several persons of one surname, the one whose office the bare surname's own role phrase names
    ("Der Geheimdienstchef Hordijenko" of the intelligence chief, not of the MP of that surname); else all."""
    mine = roles_offices(roles)
    if not mine:
        return cands
    keep = {c for c in cands if any(offices_match(m, o) for m in mine for o in offices.get(c, ()))}
    return keep if len(keep) == 1 else cands
