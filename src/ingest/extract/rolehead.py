"""The head noun of a role phrase that the resolver compares with the roles of people named before
("Die Mutter eines Achtjährigen" is a mother, not the spokeswoman before her; rules-1.76)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.extract.appositions import is_role_word
from ingest.extract.lexicon_people import TITLE_GENDER
from ingest.extract.lexicon_roles import DE_ROLE_SUFFIXES
from ingest.extract.names import fold_word
from ingest.extract.orgnames import head_word

if TYPE_CHECKING:
    from ingest.extract.entities import Entity
    from ingest.extract.resolve import Resolver
    from ingest.extract.speakers import SpeakerPhrase

# someone not named yet: "a spokesman", "ein Sprecher"; rules-1.153: also "the son of one resident", "the mother
# of a pupil"; rules-1.313: "the second diplomat", "the other official" (not the one who spoke before)
INDEFINITE_ROLE_RE = re.compile(
    r"(?:a|an|one|another|ein|eine|einer|eines|einem|the\s+(?:second|third|fourth|other))\s|"
    r"the\s+[a-z]+\s+of\s+(?:one|an?)\s",
    re.I,
)
_DE_GENITIVE_TAIL_RE = re.compile(r"(?<=\w)\s+(?:eines|einer|des|der)\s.*$", re.S)


def de_without_genitive(phrase: str) -> str:
    """A German role phrase without its genitive complement ("Die Mutter eines Achtjährigen" → "Die Mutter")."""
    return _DE_GENITIVE_TAIL_RE.sub("", phrase)


def role_head(phrase: str, lang: str) -> str:
    """The lower-cased head noun of a definite role phrase: its last word, in German the last word before a
    genitive complement ("Die Mutter eines Achtjährigen" → "mutter", rules-1.76)."""
    return (de_without_genitive(phrase) if lang == "de" else phrase).split()[-1].lower()


def de_role_heads(roles: list[str]) -> list[str]:
    """The lower-cased German role nouns heading ``roles``, each without its genitive complement ("Eine
    Sprecherin der Stadt" → "sprecherin", not "stadt")."""
    heads = [head_word(de_without_genitive(x)).lower() for x in roles if x]
    return [h for h in heads if DE_ROLE_SUFFIXES.search(h)]


# rules-1.128: a role owned by a name in the possessive ("Hart's spokeswoman", "Oberländers Sprecherin")
_ROLE_OWNER_RE = re.compile(r"(?P<owner>[A-ZÄÖÜ][\w-]+?)(?:['’]s|(?<=[a-zäöüß])s)\s+\S")


def other_owner(r: Resolver, phrase: str, holder: Entity, ref: int) -> bool:
    """Whether a role owned by a person named in the article ("Hart's spokeswoman", German "Oberländers
    Sprecherin") is not ``holder``, the person the role alone finds: no role of the holder names the owner ("An
    attorney for Pagliano") and the phrase does not name the holder ("Rubio's campaign manager, Rich Beeson")."""
    m = _ROLE_OWNER_RE.match(phrase)
    if (
        m is None
        or holder.first_pos >= ref
        or (r.lang != "de" and phrase[m.end("owner") : m.end("owner") + 1] == "s")
    ):
        return False  # (a holder named only after the cue is the apposition: "said Rubio's manager, Rich Beeson")
    owner = m.group("owner")
    if r.find_surname(owner if r.lang != "de" else owner + "s") is None:
        return False  # "Russia's foreign minister", "Bayerns Innenminister": no person owns the role
    return holder.surname.lower() not in phrase.lower() and not any(owner in role for role in holder.roles)


_EN_GENDERED_HONORIFIC_RE = re.compile(r"(?:Mr|Mrs|Ms|Miss)\.?\s+[A-Z]")


def honorific_person(r: Resolver, sp: SpeakerPhrase, found: Entity | None, ref: int) -> Entity | None:
    """The person "Mrs Ashdown" (``sp``) names, given ``found``, the one its surname finds ("Tom Ashdown"): an
    English honorific of the other sex names another person of the family (rules-1.128), the one of that sex
    with the surname and a full name before ("Mr. Trump" after "Ivanka Trump" is Donald Trump) or a new one."""
    if (
        found is None
        or not _EN_GENDERED_HONORIFIC_RE.match(sp.role)
        or {sp.gender, found.gender} != {"m", "f"}
    ):
        return found
    same = (
        e
        for e in r.entities.values()
        if e.surname == found.surname and e.gender == sp.gender and " " in e.name
    )
    return next(same, None) or r.entity_for(sp.role, ref, sp.gender)


def titled_surname_entity(r: Resolver, name: str, title: str) -> Entity | None:
    """(rules-1.132) The person a mention "Mrs Webb" (a surname after an English honorific, ``title``) names when
    exactly one person of that surname and of a compatible sex was named in full before ("Karen Webb"), so that a
    pronoun after "Mrs Webb said …" finds her full name; else None (a new entity "Webb", as before)."""
    if " " in name or r.lang != "en" or (gender := TITLE_GENDER.get(title, "")) == "":
        return None
    folded = fold_word(name, r.lang)
    hits = [
        e for e in r.entities.values() if " " in e.name and e.surname == folded and e.gender in ("", gender)
    ]
    return hits[0] if len(hits) == 1 else None


# rules-1.148: a role phrase with a qualifier ("the customs chief") among several holders of its class
# (rules-1.367: three letters too, "the oil minister", "the gas chief"; not "the new"/"top"/"own")
_QUAL_WORD_RE = re.compile(r"[a-z][a-z-]{2,}")
_NOT_QUALIFIER = frozenset(
    "this that their former then acting senior local same the new top own its his her our old key".split()
)


def _sentence_at(text: str, pos: int) -> str:
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    ends = [e for e in (text.find(". ", pos), text.find("\n", pos)) if e != -1]
    return text[start : min(ends) if ends else len(text)].lower()


# rules-1.306: a company's chief executive and its finance chief share the class "head"; a role phrase naming one of
# the two offices is not the holder introduced with the other
_FIRM_OFFICE_RE = re.compile(
    r"(?P<ceo>\bchief\s+executive|\bceo\b)|(?P<cfo>\bfinanc\w*\s+(?:chief|director|officer|head)"
    r"|\bchief\s+financial\b|\bcfo\b)"
)


def office_of(roles: list[str]) -> str:
    """ "ceo" or "cfo" when the roles name only that one of the two offices, else ""."""
    found = {m.lastgroup or "" for x in roles for m in _FIRM_OFFICE_RE.finditer(x.lower())}
    return found.pop() if len(found) == 1 else ""


def narrow_by_qualifier(text: str, phrase: str, cands: list[Entity], ref: int) -> list[Entity]:
    """The one candidate named before ``ref`` whose first sentence holds a qualifier of the English role ``phrase``
    ("the customs chief" after "X, head of the State Customs Service" and "Y, who heads the State Tax Service"),
    else all."""
    if len(cands) > 1 and phrase.isascii() and (office := _FIRM_OFFICE_RE.search(phrase.lower())) is not None:
        kept = [e for e in cands if office_of(e.roles) in ("", office.lastgroup)]
        cands = kept or cands  # "the chief executive" is not the "Finance chief" (rules-1.306)
    if len(cands) < 2 or not phrase.isascii() or len(phrase.split()) != 3:  # "the customs chief" only
        return cands
    quals = [
        w[:5]
        for w in _QUAL_WORD_RE.findall(phrase.lower())
        if w not in _NOT_QUALIFIER and not is_role_word(w)
    ]
    if not quals:
        return cands
    hits = [
        e
        for e in cands
        if e.first_pos <= ref
        and any(re.search(rf"\b{re.escape(q)}", _sentence_at(text, e.first_pos)) for q in quals)
    ]
    return hits if len(hits) == 1 else cands
