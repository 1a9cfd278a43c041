"""A German body named by its place after "von" ("die Bank von Russland", "die Polizei von Minneapolis"): the
whole phrase names the body, not the place alone (rules-1.213)."""

from __future__ import annotations

from collections.abc import Sequence
from re import Match

from ingest.extract.given_names import is_first_name
from ingest.extract.nametails import ZU_IDIOMS
from ingest.extract.roles import is_org_word

_DE_PLURAL_DATIVE = ("ern", "en", "ung", "heit", "keit")  # "sagte Anna zu Reportern": the listener


def body_of_place(toks: list[str], k: int) -> bool:
    """``toks[k:]`` is one capitalised word after "von", and the word before "von" is an organisation word;
    or (rules-1.224) one capitalised word after "in" and a diplomatic mission before it ("Ukraine's embassy in
    Warsaw": the embassy, not "Warsaw"; rules-1.425: "the EU's delegation in Tbilisi")."""
    if k < 2 or len(toks) != k + 1:
        return False
    if toks[k - 1] == "in":
        return toks[k - 2] in _MISSIONS
    return toks[k - 1] == "von" and is_org_word(toks[k - 2]) and toks[k - 2][:1].isupper()


_MISSIONS = frozenset(("embassy", "consulate", "mission", "delegation", "legation"))  # 1.425: a delegation


def de_particle(tokens: list[str], k: int) -> bool:
    """A German particle between two capitalised words: "der" only after "Von"/"Van" opening a sentence
    ("Von der Leyen"), else the article ("die Sanierung der Schulen", rules-1.33)."""
    if tokens[k] == "von":  # rules-1.213: not after a body ("die Bank von Japan": the bank, no "von Japan")
        return k == 0 or not is_org_word(tokens[k - 1])
    if tokens[k] == "zu":  # "Karl-Theodor zu Guttenberg": only after a given name (rules-1.275)
        nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
        if k == 0 or nxt.endswith(_DE_PLURAL_DATIVE):
            return False
        return is_first_name(tokens[k - 1].split("-")[0]) or _double_surname(tokens, k, nxt)
    return tokens[k] != "der" or (k > 0 and tokens[k - 1] in ("Von", "Van"))


def _double_surname(tokens: list[str], k: int, nxt: str) -> bool:
    """rules-1.359: "zu" between a given name's surname and a second one ("Hinrich Meyer zu Westerholt"): a
    capitalised word after a given name before it, and no idiom's noun or genitive article after it."""
    if k < 2 or not tokens[k - 1][:1].isupper() or nxt in ZU_IDIOMS:
        return False
    after = tokens[k + 2] if k + 2 < len(tokens) else ""
    return after not in ("der", "des") and is_first_name(tokens[k - 2].split("-")[0])


def zu_in_name(toks: Sequence[Match[str]], i: int, out: Sequence[Match[str]]) -> bool:
    """A German "zu" at ``i`` between a given name and a capitalised surname ("Karl-Theodor zu Guttenberg"),
    not a listener ("sagte Anna zu Reportern"; rules-1.275)."""
    if not out or i + 1 >= len(toks) or toks[i].group() != "zu":
        return False
    nxt = toks[i + 1].group()
    before = [t.group() for t in out[-2:]]
    after = [toks[i + 2].group()] if i + 2 < len(toks) else []
    return nxt[:1].isupper() and de_particle([*before, "zu", nxt, *after], len(before))
