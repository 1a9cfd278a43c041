"""Comma segments of a speaker phrase: which segment is the head ("Ukraine's intelligence chief,
Kyrylo Budanov," → both; "Sergei Naumenko, who heads …," → the name) and which is a relative or
participle clause ("who …", "speaking on …", "asked about …", German ", der seinen Namen …")."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.lexicon import GROUP_NOUNS, ROLE_CLASSES, TITLE_WORDS
from ingest.extract.lexicon import words as _w
from ingest.extract.personnames import best_name, is_cap
from ingest.extract.roles import _DE_ROLE_SUFFIXES, is_cyr_role, is_org_word
from ingest.extract.roles_cyr import _CYR_NOMINATIVE_ADJ_RE

_COMMA_SPLIT_RE = re.compile(r",(?!\d)\s*")  # not inside "900,000" (rules-1.23)
# relative clauses inside a speaker phrase (forward.plausible_speaker)
WHO_SPLIT_RE = re.compile(
    r",\s*(?:(?:who|which|whose)\b|(?:der|die|das|dessen|deren) (?=[a-zäöüß]))"
    r"|\s(?:who|whose)\s"  # "A commander who testified …, and who asked that …," (rules-1.20)
)  # de: rules-1.13
# (German: ", der seinen Namen nicht nennen will,", rules-1.13)
RELATIVE_SEG_RE = re.compile(
    r",\s*(?:(?:who|which|whose|speaking|який|яка|яке|які|который|которая|которое|которые|де|где)\b"  # 1.196: neuter
    r"|(?:der|die|das|dessen|deren) (?=[a-zäöüß]))(?:[^,]|,(?=\d))*(?=,)"  # "900,000" inside (1.23)
    r"|\s(?:who|whose)\s(?:[^,]|,(?=\d))*(?=,)"  # "a hydrologist at X who was not involved in the study,"
)


# a capitalised name in the possessive standing alone as a subject is a shop's or firm's name
# ("Sainsbury's said …", "McDonald's, the fast-food chain, said …"), never a person (rules-1.82)
STORE_NAME_RE = re.compile(
    r"(?!(?:\S+\s+){0,3}(?:It|That|There|Here|What|Who|He|She|Let|Where|This|Editor|Editors|Publisher|Author|"
    r"Today|Tonight|Yesterday|Tomorrow)['’]s$)"  # (rules-1.84: "Editor’s note: …")
    r"(?:[A-Z][\w.-]*\s+(?:&\s+)?){0,3}[A-Z][\w.-]*['’]s"
)


def segments(text: str) -> tuple[list[str], str]:
    """The NP's head segment(s): the last comma segment, or the last two when the phrase ends with a
    comma (an apposition or relative clause closed before the verb: "Ukraine's intelligence chief,
    Kyrylo Budanov," / "Sergei Naumenko, who heads …,"). Leading adverbials are dropped."""
    trailing = text.rstrip().endswith(",")
    segs = [x.strip() for x in _COMMA_SPLIT_RE.split(text) if x.strip()]
    if not segs:
        return [], ""
    if len(segs) > 1 and any(x.isdigit() for x in segs):
        segs = [x for x in segs if not (x.isdigit() and len(x) <= 3)] or segs  # an age: "Samuel, 81," (1.33)
    if trailing and len(segs) >= 4 and (j := _whose_clause_start(segs)):
        keep = segs[j - 1 : j + 1]  # "Mr. Slinker, whose start-up, Paradata, uses big data …," (rules-1.104)
    elif trailing and len(segs) >= 2:
        keep = segs[-2:]
        if (
            is_relative(keep[1])
            and len(segs) >= 3
            and (_name_score(keep[0]) < 1 or (_name_score(segs[-3]) >= 2 and _is_apposition(keep[0])))
        ):
            keep = segs[-3:-1]  # "X, who heads A, B," → X; "Name, a spokeswoman for Y, which …," → Name
        if keep[0].split(None, 1)[0] in _LEAD_PREPOSITIONS:
            keep = keep[1:]  # "Of Carson, Levine, (who …,) said": a leading adverbial (rules-1.104)
    else:
        keep = segs[-1:]
        if len(segs) >= 2 and _is_apposition(segs[-1]) and _name_score(segs[-2]) >= 1:
            keep = segs[-2:]  # "Olena Marchenko, head of the operator"
        elif len(segs) >= 2 and is_relative(segs[-1]) and segs[-1].split()[0].lower() in _RELATIVE_STARTS:
            keep = segs[-2:]  # "A person familiar with …, who was not authorised to speak publicly"
        elif len(segs) >= 2 and DE_REL_RE.match(segs[-1]):
            keep = segs[-2:]  # "Ein Tierarzt aus Husum, der seinen Namen nicht nennen will" (rules-1.13)
        if (
            len(keep) == 2
            and len(segs) >= 3
            and segs[-1].split(None, 1)[0] in ("who", "whose")
            and segs[-2][:1].islower()
            and _name_score(segs[-3]) >= 2
        ):
            keep = segs[-3:]  # "Ari Fleischer, former press secretary to George W. Bush, who …" (rules-1.104)
    return keep, ", ".join(keep)


def _whose_clause_start(segs: list[str]) -> int:
    """The index of an English "who"/"whose" segment after a name that runs on to the phrase's end through
    appositions of its own ("Mr. Slinker, whose start-up, Paradata, uses big data …,"), else 0."""
    last = segs[-1].split(None, 1)[0]
    if not last.islower() or last in _DETERMINERS:
        return 0
    for j in range(1, len(segs) - 2):
        if segs[j].split(None, 1)[0] in ("who", "whose") and _name_score(segs[j - 1]) >= 1:
            return j
    return 0


_LEAD_PREPOSITIONS = frozenset(_w("Of On About Regarding For In At After During"))
_DETERMINERS = frozenset(_w("a an the his her its their our one former"))


def one_of_name(segs: list[str]) -> str:
    """ "One of the injured passengers, Sarah Okafor": one of a group, then her full name (rules-1.33), else "";
    a role before the name is no part of it ("One of them, retired nurse Pauline Mead", rules-1.113)."""
    if len(segs) != 2 or segs[0][:7].lower() != "one of " or _name_score(segs[1]) < 2:
        return ""
    name = best_name(segs[1], "")[0]
    return name if segs[1].endswith(name) and " " in name else segs[1]


def is_relative(seg: str) -> bool:
    words = seg.split(None, 2)
    first = words[0]
    low = first.lower()
    return (
        low in _RELATIVE_STARTS
        or (first.endswith("ing") and first.islower())
        or low.startswith(_CYR_MODIFIERS)
        or (
            first.endswith("ed") and first.islower() and len(words) > 1 and words[1] == "by"
        )  # "published by …"
        or (low in _ASKED and len(words) > 1 and words[1] in _ASKED_NEXT)  # "asked about …" (rules-1.13)
        # "in which the Vice President targeted …", "during whose visit …" (rules-1.25)
        or (first.islower() and len(words) > 1 and words[1].lower() in ("which", "whom", "whose"))
        # rules-1.282: "з яким я розмовляв", "с которым я говорил": a preposition and a Cyrillic relative pronoun
        or (len(words) > 1 and first in _CYR_REL_PREPS and words[1].lower().startswith(_CYR_REL_STEMS))
    )


_CYR_REL_PREPS = frozenset(_w("з із зі с со у в во на по до від от о об про при за під под перед між для"))
_CYR_REL_STEMS = ("котор", "котр", "яки", "якою", "якого", "якому", "якій", "якої", "кого", "ким", "кому")


DE_REL_RE = re.compile(r"(?:der|die|das|dem|den|deren|dessen|denen) [a-zäöüß]")  # ", der seinen Namen …"
_ASKED = frozenset(_w("asked pressed questioned challenged"))
_ASKED_NEXT = frozenset(_w("about whether if why how what when on by"))


# Participles and adjectives that open a modifier after a comma ("собеседник, близкий к …",
# "джерело, обізнане з ситуацією", "источник, пожелавший остаться неизвестным").
_CYR_MODIFIERS = _w(
    "близьк близк знайом знаком обізнан осведомлен пожелав побажав причетн причастн який яка яке які котор знающ "
    "знаюч попросив"
)


def _is_apposition(seg: str) -> bool:
    first = seg.split()[0].lower()
    return (
        is_relative(seg)
        or first in ROLE_CLASSES
        or first in {"a", "an", "the", "its", "his", "her"}
        # "X's chief" (1.14), "X's director of operations" (1.32: the head before "of", "for", "at")
        or (
            first.endswith(("'s", "’s")) and _HEAD_END_RE.split(seg, 1)[0].split()[-1].lower() in ROLE_CLASSES
        )
        or (first in TITLE_WORDS and not is_cap(seg))
        or (
            not is_cap(seg)
            and (is_cyr_role(first) or bool(_DE_ROLE_SUFFIXES.search(first)) or _cyr_adj_role(seg))
        )
    )


def _cyr_adj_role(seg: str) -> bool:
    """A Ukrainian or Russian nominative adjective before a role noun ("бывший директор завода", "перший
    заступник міністра"): an apposition as the role alone is (rules-1.226)."""
    ws = seg.lower().split(None, 2)
    return len(ws) > 1 and _CYR_NOMINATIVE_ADJ_RE.fullmatch(ws[0]) is not None and is_cyr_role(ws[1])


_HEAD_END_RE = re.compile(r" (?:of|for|at|in) ")


def _name_score(seg: str) -> int:
    if seg[-2:] in ("'s", "’s") and STORE_NAME_RE.fullmatch(seg) is not None:
        return 1  # "Hartwell's, Britain's sixth-largest supermarket chain" (rules-1.82)
    return best_name(seg, "")[1]


_RELATIVE_STARTS = frozenset(
    _w(
        "who which whose whom speaking who’s який яка яке які що де где куди куда который которая которое которые"
    )
)


# "X, who chairs the board, has urged …" (rules-1.25): the relative clause is closed before an auxiliary
_CLOSED_RELATIVE_RE = re.compile(r",(?:\s+(?:has|have|had|will|would|also|again|later|then)){0,2}$")


def closed_relative(left: str) -> bool:
    """``left`` (the text before a cue) ends with a comma, or a comma and an auxiliary or adverb: a
    relative clause before it is closed ("X, who gathered outside, urged …", "X, who …, has urged")."""
    left = left.rstrip()
    return left.endswith(",") or ("," in left[-16:] and _CLOSED_RELATIVE_RE.search(left) is not None)


@lru_cache(maxsize=8192)
def head_after_name(phrase: str, name: str, nseg: int) -> str:
    """The last of one to three lower-case words that follow the name in the same segment and end the
    phrase ("United Nations refugee agency": "agency"), else ""."""
    at = phrase.find(name)
    if nseg != 1 or at < 0:
        return ""
    rest = phrase[at + len(name) :]
    if " and " in rest and (two := rest.split(" and ", 1))[1].islower():
        rest = two[
            0
        ]  # "The Democratic presidential front-runner and former secretary of state" (rules-1.129)
    # rules-1.205: a possessive role before the head ("the Cook County prosecutor's office"); not the name's own
    # ("John Smith's office": the "'s" stands alone after the name)
    tail = [
        w[:-2] if w[-2:] in ("'s", "’s") and i < len(rest.split()) - 1 else w
        for i, w in enumerate(rest.split())
    ]
    return (
        tail[-1]
        if 0 < len(tail) <= 3 and all(w.islower() and w.replace("-", "").isalpha() for w in tail)
        else ""
    )


def described_person(phrase: str, words: list[str], name: str, score: int, lang: str, nseg: int) -> bool:
    """An English indefinite phrase whose name only modifies a lower-case head ("a Trump confidant", "one
    Clinton family friend"): a person described, not the one named (rules-1.104)."""
    if lang != "en" or score < 1 or not name or words[0] not in _INDEFINITE or len(words) > 7:
        return False
    head = head_after_name(phrase, name, nseg)
    return bool(head) and head not in GROUP_NOUNS and not is_org_word(head)  # not "a Romney aide": anonymous


_INDEFINITE = frozenset(("a", "an", "one", "another"))  # a person described, not named
