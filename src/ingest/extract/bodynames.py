"""A Ukrainian or Russian body whose name joins two genitives ("повідомили в Міністерстві освіти і науки",
"в Министерстве науки и высшего образования", rules-1.109): the conjunction continues the name."""

from __future__ import annotations

from ingest.extract.cues import Token, is_cue
from ingest.extract.lexicon import words as _w
from ingest.extract.lexicon_slavic import CYR_COUNT_WORDS
from ingest.extract.roles import is_cyr_role, is_org_word

CYR_AND = frozenset(("і", "й", "та", "и"))
_GEN_ENDS = (
    "и",
    "ы",
    "і",
    "ї",
    "ої",
    "ой",
    "ого",
    "ія",
    "ия",
    "а",
    "у",
    "я",
    "ей",
    "ів",
    "ов",
    "их",
    "іх",
    "ій",
)
_ADJ_GEN_ENDS = ("ої", "ой", "ого", "ей", "их", "іх")


def _genitive_word(w: str, lang: str) -> bool:
    return w.isalpha() and w.islower() and len(w) > 3 and w.endswith(_GEN_ENDS) and not is_cue(w, lang)


def joined_genitive_end(toks: list[Token], i: int, out: list[Token], lang: str) -> int:
    """``toks[i]`` is "і"/"та"/"и" after a body word and a lower-case genitive ("Міністерстві освіти"): the
    index after the genitive (an adjective and its noun: "та інформаційної політики") that it joins, else -1."""
    if len(out) < 2 or i + 1 >= len(toks) or not any(is_org_word(t.group()) for t in out[:-1]):
        return -1
    if not _genitive_word(out[-1].group(), lang) or not _genitive_word(nxt := toks[i + 1].group(), lang):
        return -1
    k = i + 2
    if nxt.endswith(_ADJ_GEN_ENDS) and k < len(toks) and _genitive_word(toks[k].group(), lang):
        k += 1  # "та інформаційної політики", "и высшего образования"
    return k


def count_or_one_of(toks: list[Token], j: int) -> bool:
    """A count ("два сотрудника") or "one of" before a role noun ("одна из пассажирок", rules-1.197) at toks[j],
    opening an unnamed speaker after an outlet that listens (``forward``)."""
    w = toks[j].group().lower()
    if w in CYR_COUNT_WORDS:
        return True
    nxt = toks[j + 1 : j + 3]
    return (
        w in _CYR_ONE and len(nxt) == 2 and nxt[0].group() in _CYR_OF and is_cyr_role(nxt[1].group().lower())
    )


_CYR_ONE = frozenset(_w("один одна одно одне"))
_CYR_OF = frozenset(_w("из із з зі"))
