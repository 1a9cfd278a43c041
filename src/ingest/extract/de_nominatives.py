"""German body names named in the genitive ("Nach Angaben des Statistischen Bundesamts") back in the
nominative the name has on its own ("Statistisches Bundesamt"). Moved out of orgnames (rules-1.252)."""

from __future__ import annotations

import re


def de_nominative(phrase: str) -> str:
    """ "des Ministeriums" → "Ministerium", "des Auswärtigen Amtes" → "Auswärtiges Amt", "des Deutschen
    Wetterdienstes" → "Deutscher Wetterdienst" (rules-1.252: the adjectives' strong ending of the noun's
    gender; before, "Auswärtigen Amt")."""
    words = phrase.split()
    if not words or words[0].lower() not in ("des", "eines"):
        return phrase
    out = []
    for w in words[1:]:
        if w[:1].isupper() and w.endswith("iums"):
            w = w[:-1]
        elif w[:1].isupper() and w.endswith("es") and len(w) > 4:
            w = w[:-2]
        elif w[:1].isupper() and w.endswith("s") and len(w) > 4 and not w.endswith(("ss", "us")):
            w = w[:-1]
        out.append(w)
    return " ".join(strong_adjectives(out))


def strong_adjectives(words: list[str]) -> list[str]:
    """The adjectives in "-en" that open a genitive name take the strong nominative ending of the noun
    after them when its gender shows in its ending: "-es" for a neuter ("Statistisches Bundesamt"), "-er"
    for a masculine ("Deutscher Gewerkschaftsbund"); other nouns keep the words as they are."""
    k = 0
    while k < len(words) - 1 and _ADJ_EN_RE.fullmatch(words[k]) is not None:
        k += 1
    if k == 0 or k >= len(words):
        return words
    noun = words[k].lower()
    ending = "es" if noun.endswith(_NEUTER_ENDS) else "er" if noun.endswith(_MASCULINE_ENDS) else ""
    if not ending:
        return words
    return [w[:-2] + ending for w in words[:k]] + words[k:]


# a capitalised adjective in "-ischen"/"-igen"/"-lichen"/"-alen"/… or a demonym adjective ("Deutschen")
_ADJ_EN_RE = re.compile(r"[A-ZÄÖÜ][a-zäöüß-]{2,}(?:isch|ig|lich|al|ell|är|an|er|sch|nd|en|st)en")
_NEUTER_ENDS = (
    "amt",
    "institut",
    "ministerium",
    "zentrum",
    "gericht",
    "büro",
    "komitee",
    "kommissariat",
    "museum",
    "parlament",
    "präsidium",
    "kabinett",
    "forum",
    "bündnis",
    "klinikum",
    "krankenhaus",
    "theater",
    "netzwerk",
)
_MASCULINE_ENDS = (
    "dienst",
    "bund",
    "verband",
    "rat",
    "verein",
    "konzern",
    "gerichtshof",
    "senat",
    "ausschuss",
    "rundfunk",
    "fonds",
    "landtag",
    "bundestag",
    "städtetag",
    "landkreistag",
)
