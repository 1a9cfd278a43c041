"""Elected councils by level and place, in every language (rules-1.243, found with blind batch IDS11).

* ``council_key``: a city, district or regional council with one place named in the phrase has one key in
  English, German, Ukrainian and Russian ("Poltava Regional Council" = "Gebietsrat von Poltawa" = "Полтавська
  обласна рада" = "Полтавский областной совет" → "council region pltv"), and the city council of the same place
  another ("Полтавська міська рада" = "Stadtrat von Poltawa" → "council city pltv"). The place is compared by its
  consonants (``place_skeleton``), so transliterations and case endings agree ("Poltawa", "Полтави",
  "Полтавській").
* ``council_class`` and ``council_in_text``: a bare council ("the regional council", "Gebietsrat", "В облраді")
  takes the place of the last council of its level named with a place before it in the article, or of the only
  one named in it (``statebody_resolve.resolve_body``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from ingest.extract.prefilter import NeedledPattern

_LEVELS = (
    (
        "region",
        r"regional council|oblast council|gebietsrat\w*|regionalrat\w*|обласн\w* рад\w*|облрад\w*|"
        r"областн\w* совет\w*|облсовет\w*",
    ),
    (
        "city",
        r"city council|town council|municipal council|stadtrat\w*|gemeinderat\w*|м[іи]ськ\w* рад\w*|міськрад\w*|"
        r"городск\w* совет\w*|горсовет\w*|"
        # rules-1.310 (blind batch IDS17): a city's hall for its council ("Odesa's city hall", "Rathaus von
        # Odessa", "мерія Одеси", "мэрия Одессы"); the case forms only ("Мэри" is a name)
        r"city hall|town hall|rathaus|мер[іи](?:я|ї|ю|єю|и)\b|мэри(?:я|и|ю|ей)\b",
    ),
    ("district", r"district council|bezirksrat\w*|районн\w* рад\w*|райрад\w*|районн\w* совет\w*|райсовет\w*"),
    # rules-1.291: a region's commercial court, keyed by its place as a council is ("Commercial Court of Bilozir
    # Region" = "Wirtschaftsgericht des Gebiets Bilosir" = "Господарський суд Білозірської області")
    (
        "court",
        r"commercial court|economic court|wirtschaftsgericht\w*|господарськ\w* суд\w*|хозяйственн\w* суд\w*",
    ),
)
_LEVEL_RES = tuple((name, re.compile(p)) for name, p in _LEVELS)
ANY_COUNCIL_RE = re.compile("|".join(f"(?:{p})" for _, p in _LEVELS), re.I)
_ANY_COUNCIL = NeedledPattern(ANY_COUNCIL_RE)  # (whole articles: tried only where a council's name can start)
# a member or officer of the council, not the council: no key
_NOT_THE_COUNCIL_RE = re.compile(
    r"member|chair|head|speaker|deputy|secretary|vorsitz|mitglied|chef|sprecher|голов|депутат|секретар|"
    r"член|председат|спікер|спикер|очільн"
)
_FUNCTION_RE = re.compile(
    r"\b(?:the|of|for|its|in|von|der|des|die|dem|den|im|у|в|во|на|прес\w*|пресс\w*|служб\w*|press|service)\b"
)
_CYR_ADJ_RE = re.compile(
    r"(?:ськ|цьк|зьк|ск|цк)(?:ий|ій|ого|ому|ої|ою|ой|ом|их|им|ым|ая|ое|ую|ие|[аеиіоуыяюєїй])?$"
)
_CYR_CONS = str.maketrans(dict(zip("бвгґджзклмнпрстфхцчшщ", "bvHHdSsklmnprstfHCHSS", strict=True)))
_LATIN_SEQ = (
    ("tsch", "H"), ("shch", "S"), ("sch", "S"), ("sh", "S"), ("zh", "S"), ("ch", "H"), ("kh", "H"),
    ("cz", "H"), ("ts", "C"), ("tz", "C"), ("c", "C"), ("w", "v"), ("g", "H"), ("h", "H"), ("z", "s"),
    ("x", "ks"), ("q", "k"),
)  # fmt: skip
_KEEP = frozenset("bdfklmnprstvHSC")
_ARTICLES = frozenset(("the", "der", "die", "das", "den", "dem", "des"))
_REGION_WORDS = frozenset(("region", "oblast", "області", "области", "oblasti"))


def place_after(after: list[str]) -> int:
    """rules-1.291: how many of the lower-cased words ``after`` a council's or court's noun name its region, the
    place last ("des Gebiets Bilosir": 3; "Білозірської області": 2, the place first), or 0."""
    if len(after) >= 3 and after[0] in ("des", "der") and after[1].startswith("gebiet"):
        return 3
    if len(after) >= 2 and after[1] in _REGION_WORDS and re.search("[а-яіїєґё]", after[0]):
        return 2 if _CYR_ADJ_RE.search(after[0]) else 0
    return 0


@lru_cache(maxsize=8192)
def place_skeleton(word: str) -> str:
    """The consonants of a place name, folded across scripts and transliterations ("Poltava", "Poltawa",
    "Полтави", "Полтавська" → "pltv"; "Kharkiv", "Charkiw", "Харьковский" → "Hrkv"); "" for a word too short."""
    w = word.lower()
    if re.search("[а-яіїєґё]", w):
        w = _CYR_ADJ_RE.sub("", w).translate(_CYR_CONS)
    else:
        w = "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
        for a, b in _LATIN_SEQ:
            w = w.replace(a, b)
    out = "".join(c for c in w if c in _KEEP)
    out = re.sub(r"(.)\1+", r"\1", out)
    if out[-1:] in ("s", "S", "C"):
        out = out[
            :-1
        ]  # the adjective's "-ськ-" takes the stem's "с", "ц" ("Вінниця" → "Вінницька", "Одеська")
    # rules-1.310: one consonant left of a word of four letters or more is a place too ("Odesa", "Одеси",
    # "Одеська" → "d", whose "s" the adjective rule takes)
    return out if len(out) >= 2 or (out and len(word) >= 4) else ""


@lru_cache(maxsize=8192)
def council_class(low: str) -> str:
    """The level of council a lower-cased phrase of at most six words names ("region", "city", "district"), or
    "" (none, two, or a member or officer of it)."""
    if len(low.split()) > 6 or _NOT_THE_COUNCIL_RE.search(low):
        return ""
    found = {name for name, pat in _LEVEL_RES if pat.search(low)}
    return found.pop() if len(found) == 1 else ""


def _place_words(low: str) -> list[str]:
    rest = _FUNCTION_RE.sub(" ", ANY_COUNCIL_RE.sub(" ", low))
    return [w for w in re.findall(r"[^\W\d_]+", rest) if len(w) >= 3]


def _is_function(word: str) -> bool:
    return _FUNCTION_RE.fullmatch(word) is not None or len(word) < 3


@lru_cache(maxsize=8192)
def council_key(low: str) -> str:
    """ "council region pltv" for a lower-cased phrase naming Poltava's regional council, …; "" for a phrase that
    names no council, or no place right before its noun or after "of", "von" ("Kreisen des Stadtrats": none), or
    other words besides."""
    cls = council_class(low)
    m = ANY_COUNCIL_RE.search(low) if cls else None
    if m is None:
        return ""
    before = re.findall(r"[^\W\d_]+", low[: m.start()].replace("'s ", " ").replace("’s ", " "))  # "Odesa's"
    after = re.findall(r"[^\W\d_]+", low[m.end() :])
    places = [before.pop()] if before and not _is_function(before[-1]) else []
    if len(after) >= 2 and after[0] in ("of", "von"):
        places.append(after[1])
        after = after[2:]
        if after[:1] and after[0] in _REGION_WORDS:
            after = after[1:]  # "Commercial Court of Bilozir Region"
    elif n := place_after(after):
        places.append(after[n - 1] if n == 3 else after[0])
        after = after[n:]
    elif cls == "city" and len(after) == 1 and not places and re.search("[а-яіїєґё]", after[0]):
        places.append(
            after.pop()
        )  # rules-1.310: a Cyrillic genitive after the noun ("мерії Одеси", "мэрии Одессы")
    if len(places) != 1 or not all(_is_function(w) for w in [*before, *after]):
        return ""
    skel = place_skeleton(places[0])
    return f"council {cls} {skel}" if skel else ""


def is_bare_council(low: str) -> bool:
    """A council's noun alone ("the regional council", "Gebietsrat", "облраді"), no word that could be its place."""
    return bool(council_class(low)) and not _place_words(low)


def council_id(cls: str, skel: str) -> str:
    """The organisation id (``names.org_id``) of the council whose ``council_key`` is ``council {cls} {skel}``."""
    return "O-" + hashlib.sha1(f"council {cls} {skel}".encode()).hexdigest()[:12]


def council_in_text(text: str, cls: str, end: int) -> str:
    """The place skeleton of the last council of level ``cls`` named with one place in ``text`` before ``end``
    (two words before its noun, or a genitive after it), else of the only such place in the whole text, or ""."""
    before_end, seen = "", set()
    for m in _ANY_COUNCIL.finditer(text):
        low = m.group().lower()
        if council_class(low) != cls:
            continue
        head = re.split(r"[.!?;]\s", text[max(0, m.start() - 30) : m.start()])[-1].split()
        if head and head[-1].lower() in _ARTICLES:
            head = head[:-1]  # "In Poltava, the regional council"; not "Hlushko said the regional council"
        if head and head[-1].lower().rstrip(",") in ("itself", "selbst"):
            head = head[:-1]  # rules-1.291: "In Bilozir itself, the city council"
        tail = re.split(r"[.!?;,]\s?", text[m.end() : m.end() + 40])[0].split()[:3]
        if n := place_after([w.lower() for w in tail]):
            tail = (
                tail[n - 1 : n] if n == 3 else tail[:1]
            )  # rules-1.291: "des Gebiets Bilosir", "Білозірської області"
        else:
            tail = (
                tail[1:2] if tail[:1] and tail[0].lower() in ("of", "von", "der", "des") else []
            )  # not "Stadtrat Lang"
        words = [w.strip(",") for w in [*head[-1:], *tail] if w[:1].isupper() and w.lower() not in _ARTICLES]
        key = council_key(" ".join([*words, low]).lower())
        if key:
            skel = key.rsplit(" ", 1)[1]
            seen.add(skel)
            if m.start() < end:
                before_end = skel
    return before_end or (next(iter(seen)) if len(seen) == 1 else "")
