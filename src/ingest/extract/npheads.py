"""English speaker phrases: relative clauses after the head and a name before a plural group noun.

rules-1.306 (blind batch EC) moved rules-1.14's apposition rule here from ``speakers.py`` and added the
restrictive relative clause and the named group.
"""

from __future__ import annotations

import re

from ingest.extract.given_names import is_first_name
from ingest.extract.lexicon import GROUP_NOUNS, PERSON_NOUNS, ROLE_CLASSES
from ingest.extract.lexicon_people import ANON_MARKERS
from ingest.extract.lexicon_roles import DE_ROLE_SUFFIXES
from ingest.extract.roles import is_org_word

# a relative clause inside an apposition ("X, an engineer who joined the company …,"): not the head (rules-1.14)
_APPOS_WHO_RE = re.compile(r"(,\s+(?:an?|the)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:who|whose)\s[^,]*")
# rules-1.306: a restrictive relative clause (no comma) after a phrase opened by a determiner and holding a name ("A
# coach in Addis Ababa who has trained several runners"): the phrase before "who"
_RESTRICTIVE_WHO_RE = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal)\s[^,]*?(?=\s(?:who|whose)\s[^,]*$)"
)


def drop_who_clause(cleaned: str) -> str:
    """``cleaned`` without a relative clause that is no part of the speaker's head (callers test " who" first)."""
    out = _APPOS_WHO_RE.sub(r"\1", cleaned)
    # only when a name stands before "who", which the clause would leave as the speaker's name ("A coach in Addis
    # Ababa who …"); "Two people who attended the hearing" keeps its clause, which tells who they are
    m = _RESTRICTIVE_WHO_RE.match(out) if "," not in out else None
    return m.group() if m is not None and any(w[:1].isupper() for w in m.group().split()[1:]) else out


def named_group(head_after: str) -> bool:
    """rules-1.306: a plural group noun after a name ends the phrase ("Chicago Marathon organisers", "Donald Trump
    supporters"): a group of people tied to the name, not the name's bearer."""
    return head_after[-1:] == "s" and head_after in GROUP_NOUNS


# rules-1.127: the first halves of German compounds sharing their last ("der Kutter- und Küstenfischer")
_DE_SUSPENDED_RE = re.compile(r"\b\w+-\s+(?:und|oder)\s+(?=\w)")


def org_word_at_end(kept: str, score: int) -> bool:
    """A body's word among the last three of ``kept`` ("… of the Kremlin"), unless a role noun stands just before a
    lone capitalised word (``score`` 1), which is then that role's holder: "Kremlin spokesman Peskov",
    "government spokesman Leskov" are a person, not a body (rules-1.337)."""
    toks = _DE_SUSPENDED_RE.sub("", kept).split()
    if score == 1 and len(toks) > 1 and toks[-1][:1].isupper() and not toks[-1].isupper():
        before = toks[-2].lower()
        if before in ROLE_CLASSES or before in PERSON_NOUNS or DE_ROLE_SUFFIXES.search(before):
            return False
    return any(is_org_word(t) for t in toks[-3:])


# rules-1.346 (blind batch IDS21): "the 41-year-old gas field operator" is a worker, not a firm: an age of one or
# two digits before a noun that names a person's job as often as a company ("the 100-year-old operator", "the
# gas field operator" stay bodies)
_AGED_WORKER_RE = re.compile(r"(?:the|an?)\s+\d{1,2}-year-old\s+(?:[a-z-]+\s+){0,2}(?P<n>[a-z]+)")
_WORKER_NOUNS = frozenset(
    ("operator", "operators", "developer", "contractor", "trader", "dealer", "supplier")
)


# Ukrainian and Russian: an age adjective opens a person's description, whatever the noun ("41-річний оператор
# установки", "52-летний оператор"), when no name follows
_CYR_AGED_RE = re.compile(r"\d{1,2}-(?:річн|летн)[а-яіїєё]+\s+[а-яіїєґё'’-]+")


def aged_worker(cleaned: str, lang: str) -> bool:
    """Whether the phrase ``cleaned`` describes a person by age and a job a firm may also have (English), or opens
    with an age adjective (Ukrainian, Russian)."""
    if lang in ("uk", "ru"):
        # (a name after the noun makes a person of its own: "34-річний сержант Олександр, який …")
        return cleaned[:1].isdigit() and _CYR_AGED_RE.match(cleaned) is not None and cleaned.islower()
    if lang != "en" or "-year-old" not in cleaned:
        return False
    m = _AGED_WORKER_RE.fullmatch(cleaned.lower())
    return m is not None and m["n"] in _WORKER_NOUNS


def named_as_anonymous(text: str, phrase: str, at: int) -> bool:
    """(rules-1.346) Whether ``phrase`` stands in the sentence from ``at`` with an anonymity clause after it ("said
    the shift foreman, who asked not to be named"): someone not named, never the person named before."""
    i = text.find(phrase + ", who ", at, at + 800) if phrase else -1
    if i < 0:
        return False
    after = text[i + len(phrase) + 2 : i + len(phrase) + 48]
    return any(a in after for a in ANON_MARKERS)


_APPOS_CONJ = frozenset(("and", "or", "und", "oder", "та", "і", "й", "и", "або", "или", "а", "but", "aber"))
# a preposition in the apposition before the other person's name ("nicht verwandt mit …", "a colleague of …", "retail
# analyst at Peel Hunt")
_APPOS_PREP_RE = re.compile(r"(?<!\S)(?:mit|von|vom|zu|to|of|at|for|with|from|für|bei|з|із|від|до|с|от)\s")


def apposed_head(cleaned: str, name: str) -> str:
    """rules-1.352 (blind batch IDS22): the phrase before an apposition that names someone else ("Die Chefin Olena
    Lyssenko, nicht verwandt mit Firmenchef Andrij Lyssenko", "Sarah Pym, retail analyst at Peel Hunt", "Елена
    Лысенко, однофамилица главы «Днепрофарма» Андрея Лысенко"), else "": the name found is in the apposition only,
    after a preposition there or in an oblique case, and the phrase before ends in a given name and a surname. Left
    alone: a role before the comma and its holder after it ("the head of the association, Sam Whitaker", "Ученица
    Гринберга, кардиохирург Дарья Ахметова"), a list ("X, and Y")."""
    head, _, tail = cleaned.partition(", ")
    parts = name.split()
    words = head.split()
    if len(parts) < 2 or len(words) < 2 or name in head or tail.split(" ", 1)[0].lower() in _APPOS_CONJ:
        return ""
    if not (words[-1][:1].isupper() and is_first_name(words[-2])):
        return ""
    at = tail.find(name)
    if (
        at < 0
    ):  # an inflected name ("Андрея Лысенко" for "Андрей Лысенко"): someone else's, in an oblique case
        return head if parts[0][:3] in tail and parts[-1][:4] in tail else ""
    return head if _APPOS_PREP_RE.search(tail, 0, at) else ""
