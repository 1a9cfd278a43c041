"""Written notices: a quote after a colon that only gives what a sign, poster or banner says ("A notice on the gate
reads: "No entry."", "An der Tür hängt ein Schild: „Geschlossen.“", "На дверях висит объявление: «Вход закрыт»") is no
one's statement (rules-1.105)."""

from __future__ import annotations

import re

# The nouns of written notices, by language (whole words, any case ending for Ukrainian and Russian).
_SIGN_NOUNS_RE = {
    "en": re.compile(
        r"\b(?:signs?|signposts?|notices?|posters?|banners?|placards?|plaques?|inscriptions?|graffiti|billboards?|"
        r"stickers?)\b",
        re.I,
    ),
    "de": re.compile(
        r"\b(?:\w*[Ss]child(?:er|e?s)?|Aushang|Aushänge[n]?|Plakat(?:e|en|s)?|Transparent(?:e|en|s)?|Banner[ns]?|"
        r"Aufschrift(?:en)?|Inschrift(?:en)?|Schriftzug(?:e?s)?|Aufkleber[ns]?|Zettel[ns]?|Graffit[io])\b"
    ),
    "uk": re.compile(
        r"(?<![\w-])(?:оголошенн\w*|табличк\w*|табличц\w*|плакат\w*|напис|написом|написи|написів|вивіск\w*|"
        r"транспарант\w*|банер\w*|графіті|наліпк\w*)(?![\w-])",
        re.I,
    ),
    "ru": re.compile(
        r"(?<![\w-])(?:объявлени\w*|табличк\w*|табличек|плакат\w*|надпис\w*|вывеск\w*|вывесок|транспарант\w*|"
        r"баннер\w*|граффити|наклейк\w*)(?![\w-])",
        re.I,
    ),
}


# "Auf der Website steht der Hinweis: „…“": a "Hinweis" is a notice only where it stands or hangs
_DE_NOTE_RE = re.compile(r"\bHinweis(?:e|es)?\b")
_DE_PLACED_RE = re.compile(r"\b(?:steht|stand|stehen|standen|hängt|hing|hängen|hingen|prangt|prangte)\b")


def is_sign_lead(lead: str, lang: str) -> bool:
    """The words before a colon that opens a quote name a written notice (``lead``: the sentence up to the quote)."""
    pattern = _SIGN_NOUNS_RE.get(lang)
    if pattern is None:
        return False
    if pattern.search(lead) is not None:
        return True
    return lang == "de" and _DE_NOTE_RE.search(lead) is not None and _DE_PLACED_RE.search(lead) is not None
