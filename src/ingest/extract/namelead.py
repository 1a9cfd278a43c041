"""Which name of a speaker phrase's segments leads it (moved from ``personnames``, rules-1.378): a better score,
but not a name that only modifies a noun in a later apposition or after "to"/"for"."""

from __future__ import annotations

_PARTY_WORDS = ("Republican", "Democrat", "Tory", "Socialist")


def name_takes_lead(
    index: int, seg: str, found: tuple[str, int, list[str]], best: int, best_inside: bool
) -> bool:
    """Whether the name ``found`` in segment ``index`` of a speaker phrase becomes its name: a better score,
    but not a name that only modifies a noun in a later apposition ("Leon, a George W. Bush appointee,",
    rules-1.37); or a bare name in apposition after a name inside a role phrase ("The successor of … Christian
    Streiff, Louis Gallois,", rules-1.36)."""
    name, score, titles = found
    if not name:
        return score > best
    text = seg.strip(" ,")
    at = text.find(name)
    after = text[at + len(name) :] if at >= 0 else ""
    if (
        index
        and text[:at].strip().lower() in ("a", "an", "the")
        and after[:1] == " "
        and after[1:2].islower()
    ):
        return False
    party = best >= 1 and name.rsplit(" ", 1)[-1] in _PARTY_WORDS  # "Ryan, the Wisconsin Republican," (1.223)
    if index and (best >= 2 or party) and text[:at].strip().lower() in ("a", "an", "the"):
        return False  # "Senator Bob Corker, a Tennessee Republican": no one is named with an article (1.111)
    if index and best >= 1 and text[:at].rstrip().endswith((" to", " for", " under")):
        return False  # "Ari Fleischer, former press secretary to George W. Bush": whose (rules-1.104)
    return score > best or (best_inside and score >= 2 and bare_name(seg, name, titles))


def bare_name(seg: str, name: str, titles: list[str]) -> bool:
    """The segment is the name alone, or with its titles ("General George Casey")."""
    return all(w in titles for w in seg.strip(" ,").replace(name, "", 1).split())
