"""A Ukrainian or Russian body whose name joins two genitives ("повідомили в Міністерстві освіти і науки",
"в Министерстве науки и высшего образования", rules-1.109): the conjunction continues the name."""

from __future__ import annotations

from ingest.extract.cues import Token, is_cue
from ingest.extract.roles import is_org_word

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
