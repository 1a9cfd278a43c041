"""Spellings of foreign names that the folding of ``names.fold_word`` reads apart (rules-1.277).

* Name particles in Cyrillic as in Latin script: "Шурд ван Дейкгейзен" is known by its particle, as "Sjoerd van
  Dijkhuizen" is; a capitalised "Van"/"Ван", "Von"/"Фон" opening a two-word name is the particle too ("Ван
  Дейкхейзен", "Von Bülow" at the start of a sentence or a headline).
* A Turkish word (one with a letter only Turkish uses: ç, ş, ğ, ı): its "ü" and "ö" are plain vowels ("ю", "ё" in
  Cyrillic, never the German "ue", "oe") and "ç" is "ch": "Küçükşahin" = "Kucuksahin" = "Кючюкшахин".
* First names across scripts (``loose_first``, compared by ``link.merge_variants``): an English "c" before "a",
  "o", "u", "r", "l" is the "к" of Cyrillic spellings, "ai" their "ей", a Dutch "oe" their "у": "Craig" = "Крейг",
  "Sjoerd" = "Шурд", "Colin" = "Колін".
* A Basque (and Catalan) "tx" is "ch": "Etxeberria" = "Етчеберрія" = "Эчеберрия", "Txema" = "Чема".
* A Dutch word (an "ij" before a consonant; a final "ij" is a German "-ий": "Hennadij"): "ij" and "ui" are the "ей" of Cyrillic spellings:
  "Dijkhuizen" = "Дейкгейзен" = "Дейкхейзен", "Dijkstra" = "Дейкстра" ("Rijeka", "Gijón" are no Dutch words);
  the Russian "ёй" such names are given is also written "ей" ("Дейкхёйзен" = "Дейкхейзен").
"""

from __future__ import annotations

import re
from functools import lru_cache

_LATIN = ("van", "von", "zu", "de", "der", "den", "la", "del", "dos", "da", "di", "le")  # ("zu": rules-1.275)
# each particle as its Latin form, so "ван" and "van" give one key
PARTICLES = dict(zip(_LATIN, _LATIN, strict=True)) | dict(
    zip(("ван", "фон", "цу", "де", "дер", "ден", "ла", "дель", "дос", "да", "ди", "ле"), _LATIN, strict=True)
)
PARTICLES["ap"] = "ap"  # rules-1.372: the Welsh "ap" ("Dafydd ap Iorwerth")
# rules-1.378: the Malay "binti"/"binte" (as "bin"), the Kalenjin "arap" ("Daniel arap Moi")
PARTICLES.update(binti="binti", binte="binte", arap="arap")
_LEADING_PARTICLES = frozenset(("van", "von", "ван", "фон"))
_TURKISH_LETTERS = frozenset("çşğı")
_DUTCH_IJ_RE = re.compile(r"ij(?=[bcdfghklmnprstvwxz])")
_TURKISH = str.maketrans({"ü": "u", "ö": "o", "ç": "ch", "ş": "sh", "ğ": "g", "ı": "i"})  # (ğ: "Эрдоган")


def particle_at(parts: list[str], i: int) -> str:
    """The Latin form of ``parts[i]`` (a word of a name before its surname) if it is a surname particle, else ""."""
    p = parts[i]
    low = p.lower()
    if low not in PARTICLES:
        return ""
    if p.islower() or (i == 0 and parts[1].lower() in PARTICLES):
        return PARTICLES[low]
    return PARTICLES[low] if i == 0 and len(parts) == 2 and low in _LEADING_PARTICLES else ""


@lru_cache(maxsize=65536)
def foreign_spelling(word: str) -> str:
    """A lower-cased Latin name word with its Turkish letters and its Basque "tx" spelled as a Cyrillic writer
    reads them (Cyrillic and other words pass through)."""
    if not _TURKISH_LETTERS.isdisjoint(word):
        word = word.translate(_TURKISH)
    if "tx" in word:
        word = word.replace("tx", "ch")
    if "yoy" in word:
        word = word.replace(
            "yoy", "ey"
        )  # a Russian "ёй" for a Dutch "ui" or a German "eu" is also written "ей"
    if "ij" in word and _DUTCH_IJ_RE.search(word):
        word = word.replace("ij", "ei").replace("ui", "ei")
    return word


_HARD_C_RE = re.compile(r"c(?=[aoulr]|$)")


@lru_cache(maxsize=16384)
def loose_first(first_class: str) -> str:
    """A folded first name (or first-name class) with the spellings above made one."""
    if first_class == "?" or len(first_class) < 3:
        return first_class
    return _HARD_C_RE.sub("k", first_class).replace("ai", "ei").replace("oe", "u")


def acronym_first(parts: list[str]) -> bool:
    """rules-1.380 (used by ``names.person_key``): a Cyrillic body's acronym before a surname ("представитель ВОЗ
    Ферранте" → "ВОЗ Ферранте") is no first name: the two words are keyed as the bare surname, which links to the
    batch's one full name of it. Not an initial ("Т. Бондар") nor a name in capitals ("ИВАН ПЕТРОВ")."""
    p = parts[0]
    return (
        len(parts) == 2
        and 2 <= len(p) <= 6
        and p.isupper()
        and p.isalpha()
        and "\u0400" <= p[0] <= "\u04ff"
        and not parts[1].isupper()
    )
