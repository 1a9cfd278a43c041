"""A German body named by its place after "von" ("die Bank von Russland", "die Polizei von Minneapolis"): the
whole phrase names the body, not the place alone (rules-1.213)."""

from __future__ import annotations

from ingest.extract.roles import is_org_word


def de_body_of_place(toks: list[str], k: int) -> bool:
    """``toks[k:]`` is one capitalised word after "von", and the word before "von" is an organisation word."""
    return (
        k > 1
        and len(toks) == k + 1
        and toks[k - 1] == "von"
        and is_org_word(toks[k - 2])
        and toks[k - 2][:1].isupper()
    )


def de_particle(tokens: list[str], k: int) -> bool:
    """A German particle between two capitalised words: "der" only after "Von"/"Van" opening a sentence
    ("Von der Leyen"), else the article ("die Sanierung der Schulen", rules-1.33)."""
    if tokens[k] == "von":  # rules-1.213: not after a body ("die Bank von Japan": the bank, no "von Japan")
        return k == 0 or not is_org_word(tokens[k - 1])
    return tokens[k] != "der" or (k > 0 and tokens[k - 1] in ("Von", "Van"))
