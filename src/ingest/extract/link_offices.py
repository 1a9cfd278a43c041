"""Offices named across languages, for the batch linking of role phrases (rules-1.204, ``rolelink``).

``office_of`` folds a role phrase of English, German, Ukrainian or Russian to "office|country|place": the office
from the table below (a minister by portfolio, a prosecutor general, the head of a central bank or of military
intelligence, a commander of the ground forces, a foreign ministry's spokesperson, a mayor, a regional governor),
the country it names (or ""), and for a mayor or a governor the place (its first four folded letters, or "").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ingest.extract.names import fold_word

if TYPE_CHECKING:
    from ingest.extract.entities import Entity

# words that make a role phrase no holder of the office (a former or deputy one, a counterpart); rolelink's too
NOT_HOLDER = (
    r"former|ex-|deputy|acting|shadow|ehemalig|stellvertret|vize|kommissarisch|колишн|бывш|заступник|замест|"
    r"віце|вице|т\.?\s?в\.?\s?о|и\.?\s?о\.|виконувач|исполняющ|counterpart|amtskolleg|колег"
)
_NOT_HOLDER_RE = re.compile(NOT_HOLDER + r"|press service|pressestelle|прес-служб|пресс-служб", re.I)
_HEAD = (
    r"(?:governor|head|chief|boss|chef|leiter|präsident|president|голов|глав|очільн|керівн|руковод|начальн)"
)
_OFFICES = (
    (
        "prosecutor",
        re.compile(r"prosecutor[- ]general|generalstaatsanw|генпрокурор|генеральн\w*\s+прокурор", re.I),
    ),
    (
        "centralbank",
        re.compile(
            rf"(?:central bank|national bank|nationalbank|notenbank|\bnbu\b|нбу|нацбанк|національн\w* банк|"
            rf"национальн\w* банк)[\w\s'’-]*{_HEAD}|{_HEAD}\w*[\w\s'’-]*(?:central bank|national bank|nationalbank|"
            rf"notenbank|\bnbu\b|нбу|нацбанк|національн\w* банк|национальн\w* банк)|notenbankchef",
            re.I,
        ),
    ),
    (
        "intelligence",
        re.compile(
            rf"(?:intelligence|geheimdienst|розвідк|разведк|\bгур\b|\bhur\b|\bdiu\b)[\w\s'’-]*{_HEAD}|"
            rf"{_HEAD}\w*[\w\s'’-]*(?:intelligence|geheimdienst|розвідк|разведк|\bгур\b|\bhur\b|\bdiu\b)|spy chief",
            re.I,
        ),
    ),
    ("groundforces", re.compile(r"ground forces|landstreitkr|heereskommand|сухопутн", re.I)),
    (
        "fmspokes",
        re.compile(
            r"(?:spokes|sprecher|речни|пресс-секрет|представител)[\w\s-]*(?:foreign|au(?:ß|ss)en|мзс|мид|"
            r"внешнеполит)|(?:foreign|au(?:ß|ss)en)[\w\s-]*(?:spokes|sprecher)",
            re.I,
        ),
    ),
    ("mayor", re.compile(r"mayor|bürgermeister|\bмер\b|\bмэр\b|міськ\w* голов|мерк", re.I)),
    (
        "governor",
        re.compile(
            r"(?<!central bank )governor|gouverneur|губернатор|\b(?:ова|ода|ога|ова)\b|обласн\w*\s+(?:військов\w*\s+)?"
            r"адміністрац|областн\w*\s+(?:военн\w*\s+)?администрац",
            re.I,
        ),
    ),
)
COUNTRIES = (
    ("pl", re.compile(r"(?<!\w)(?:pol(?:ish|and|n|en)|польс|польщ|польш)", re.I)),
    ("ua", re.compile(r"(?<!\w)(?:ukrain|україн|украин)", re.I)),
    ("ru", re.compile(r"(?<!\w)(?:russ|росі|росси|россий)", re.I)),
    ("de", re.compile(r"(?<!\w)(?:german|deutsch|німе|неме|герман)", re.I)),
    ("fr", re.compile(r"(?<!\w)(?:french|france|frankr|franz|франц)", re.I)),
    ("gb", re.compile(r"(?<!\w)(?:british|britain|brit|британ)", re.I)),
    ("us", re.compile(r"(?<!\w)(?:americ|amerik|америк|сша|u\.s\.)", re.I)),
    ("by", re.compile(r"(?<!\w)(?:belarus|weißruss|білорус|белорус)", re.I)),
    ("hu", re.compile(r"(?<!\w)(?:hungar|ungar|угор|венгр)", re.I)),
    ("md", re.compile(r"(?<!\w)(?:moldov|moldau|молдов|молдав)", re.I)),
    ("ro", re.compile(r"(?<!\w)(?:romania|rumän|румун|румын)", re.I)),
    ("lt", re.compile(r"(?<!\w)(?:lithuan|litau|литв)", re.I)),
    ("lv", re.compile(r"(?<!\w)(?:latvi|lettl|lettisch|латв)", re.I)),
    ("ee", re.compile(r"(?<!\w)(?:eston|estland|естон|эстон)", re.I)),
    # rules-1.313: more countries, so that "A Swiss foreign ministry spokeswoman" is nobody's "Russia's …"
    ("ch", re.compile(r"(?<!\w)(?:swiss|switzerland|schweiz|швейцар)", re.I)),
    ("no", re.compile(r"(?<!\w)(?:norw|норвез|норвеж)", re.I)),
    ("se", re.compile(r"(?<!\w)(?:swed|schwed|швец|швед)", re.I)),
    ("fi", re.compile(r"(?<!\w)(?:finn(?:ish|land)|finnisch|фінлянд|финлянд|фінськ|финск)", re.I)),
    ("dk", re.compile(r"(?<!\w)(?:danish|denmark|dänemark|dänisch|данськ|данії|датск|дании)", re.I)),
    ("nl", re.compile(r"(?<!\w)(?:dutch|netherlands|niederländ|нідерланд|нидерланд)", re.I)),
    ("it", re.compile(r"(?<!\w)(?:ital|італ|итал)", re.I)),
    ("es", re.compile(r"(?<!\w)(?:spanish|spain|spanien|іспан|испан)", re.I)),
    ("tr", re.compile(r"(?<!\w)(?:turkish|turkey|türkei|türkisch|турец|туреч|турц)", re.I)),
    ("cn", re.compile(r"(?<!\w)(?:chin(?:a|ese)|chinesisch|китай|китаю)", re.I)),
    ("at", re.compile(r"(?<!\w)(?:austria|österreich|австрі|австри)", re.I)),
)
_REGION_RE = re.compile(r"region|gebiet|oblast|област|ова|ода|ога|губернатор", re.I)
_VOWEL_RE = re.compile(r"[aeiouy]")
_PLACE_RE = re.compile(r"(?<![\w-])[A-ZÄÖÜА-ЯІЇЄҐЁ][a-zäöüßа-яіїєґё'’-]{3,}")
_PLACE_SKIP = frozenset(
    "the der die des ukraine ukraine's ukrainian ukrainische ukrainischen україни украины governor gouverneur "
    "mayor bürgermeister bürgermeisterin міська міський мэр мер губернатор глава голова очільник очільниця "
    "regional gebiets".split()
)


def _place(phrase: str) -> str:
    for m in _PLACE_RE.finditer(phrase):
        w = re.sub(r"['’]s$", "", m.group().lower())
        if w in _PLACE_SKIP or any(rx.match(w) for _c, rx in COUNTRIES):
            continue
        folded = re.sub(r"[csz]", "s", fold_word(w.replace("ch", "h")).replace("w", "v").replace("h", "g"))
        return (folded[0] + _VOWEL_RE.sub("", folded[1:]))[
            :3
        ]  # "Lwiw" = "Lviv" = "Львова", "Charkiw" = "Kharkiv"
    return ""


@lru_cache(
    maxsize=16384
)  # (a batch names the same roles again and again: 97,000 calls for 61,000 statements)
def office_of(phrase: str) -> str:
    """ "prosecutor|ua|" for "Ukraine's prosecutor general", "mayor||odes" for "Мэр Одессы"; "" for none."""
    if not phrase or _NOT_HOLDER_RE.search(phrase):
        return ""
    found = [name for name, rx in _OFFICES if rx.search(phrase)]
    if not found:
        return ""
    office = found[0]
    lands = {c for c, rx in COUNTRIES if rx.search(phrase)}
    country = lands.pop() if len(lands) == 1 else ""
    place = _place(phrase) if office in ("mayor", "governor") else ""
    if office == "governor" and not place and not _REGION_RE.search(phrase):
        return ""  # "the new governor": a central bank's as often as a region's
    return f"{office}|{country}|{place}"


def offices_match(mine: str, theirs: str) -> bool:
    """``theirs`` (a named person's office) is ``mine`` (a role phrase's): the same kind, the same country where
    both name one, and the same place where the phrase names one."""
    a, b = mine.split("|"), theirs.split("|")
    return a[0] == b[0] and (a[1] == b[1] or not a[1] or not b[1]) and (a[2] == b[2] or not a[2])


def person_roles(text: str, e: Entity | None) -> str:
    """The role phrases of a named person in an article (``Entity.roles``) and the words just before the first
    mention ("Ukrainian Defence Minister" before "Petro X"), " | "-separated."""
    if e is None:
        return ""
    before = text[max(0, e.first_pos - 70) : e.first_pos].rstrip(" ,")  # "die Sprecherin des …, Solomija X"
    if before.endswith(
        (".", "!", "?")
    ):  # rules-1.305: the sentence before ends there ("… from Crimea. Olena X")
        return " | ".join(e.roles)
    cut = max(
        before.rfind(". "),
        before.rfind("\n"),
        before.rfind(", "),
        before.rfind(" and "),
        before.rfind(" und "),
    )
    return " | ".join([*e.roles, before[cut + 1 :].strip()])
