"""A German body named by its place after "von" ("die Bank von Russland", "die Polizei von Minneapolis"): the
whole phrase names the body, not the place alone (rules-1.213)."""

from __future__ import annotations

from ingest.extract.roles import is_org_word


def body_of_place(toks: list[str], k: int) -> bool:
    """``toks[k:]`` is one capitalised word after "von", and the word before "von" is an organisation word;
    or (rules-1.224) one capitalised word after "in" and a diplomatic mission before it ("Ukraine's embassy in
    Warsaw": the embassy, not "Warsaw")."""
    if k < 2 or len(toks) != k + 1:
        return False
    if toks[k - 1] == "in":
        return toks[k - 2] in _MISSIONS
    return toks[k - 1] == "von" and is_org_word(toks[k - 2]) and toks[k - 2][:1].isupper()


_MISSIONS = frozenset(("embassy", "consulate", "mission"))


def de_particle(tokens: list[str], k: int) -> bool:
    """A German particle between two capitalised words: "der" only after "Von"/"Van" opening a sentence
    ("Von der Leyen"), else the article ("die Sanierung der Schulen", rules-1.33)."""
    if tokens[k] == "von":  # rules-1.213: not after a body ("die Bank von Japan": the bank, no "von Japan")
        return k == 0 or not is_org_word(tokens[k - 1])
    return tokens[k] != "der" or (k > 0 and tokens[k - 1] in ("Von", "Van"))
