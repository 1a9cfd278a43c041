"""A company's own name inside a description of it (rules-1.186, found with blind batch IDS7): "Російська
державна компанія «Росполімер»" is the company "«Росполимере»" of a Russian article, and "Staatskonzern
Rospolimer" the "Rospolymer" of an English one (``org_key`` cuts words to six letters, so a case ending or "y"
for "i" after them does not matter). ``brand_name`` gives the name alone, in its own script: a Cyrillic name
spelled in Latin letters would join the Latin name of other articles ("«Укренерго»" = "Ukrenergo"), but the
older gold files name such a company apart in each language, and that was left alone."""

from __future__ import annotations

import re

# descriptive words before the quoted name: adjectives and a company noun, in Ukrainian and Russian (not
# "Центре … АО «Апатит»", a unit of the company)
_CYR_ADJ = r"[а-яіїєґё'’ʼ-]+(?:ий|ій|ый|ой|ая|яя|ка|на|ва|ої|ей|ое|ее|ого|ому|ної|ній|ную|ую)\s+"
_CYR_BRAND_RE = re.compile(
    rf"(?:(?:{_CYR_ADJ}){{0,3}}?(?:компан\w*|госкомпан\w*|держкомпан\w*|корпорац\w*|госкорпорац\w*|"
    r"концерн\w*|холдинг\w*|пао|ао|оао|тов|ооо|прат|пат|ват|нак|нек|нэк|дп|гп)\s+)?[«„“\"](?P<n>[а-яіїєґё][а-яіїєґё'’ʼ-]{3,30})[»“”\"]"
)
# "Staatskonzern Rospolimer", "der Konzern Hollerbach", "state-owned company Rospolymer"; rules-1.198: an agency
# ("die EU-Grenzschutzagentur Frontex")
_LATIN_BRAND_RE = re.compile(
    r"(?:(?:der|die|das|the)\s+)?(?:\w+\s+)?(?:staatskonzern|konzern|staatsunternehmen|energiekonzern|"
    r"chemiekonzern|state-owned company|state company|[\w-]*agentur)\s+(?P<n>[a-z][a-z-]{3,30})"
)

# rules-1.352 (blind batch IDS22): a firm's Latin name after a Cyrillic company noun ("концерні Halberg Pharma",
# "німецька компанія Siemens Energy"), the name alone, as the English and German phrases give it
_CYR_LATIN_BRAND_RE = re.compile(
    rf"(?:{_CYR_ADJ}){{0,2}}?(?:компан[іиія]\w*|концерн\w*|корпорац\w*|холдинг\w*)\s+"
    r"(?P<n>[a-z][a-z&.-]{2,30}(?:\s+[a-z][a-z&.-]{1,30}){0,2})"
)


def brand_name(low: str) -> str:
    """The company name (lower case, in its own script) that the lower-cased phrase ``low`` is or describes, or ""."""
    if "«" in low or "„" in low or "“" in low or '"' in low:
        m = _CYR_BRAND_RE.fullmatch(low)
        return m.group("n") if m is not None else ""
    if low[:1] >= "а" and "a" <= low[-1:] <= "z":  # (a Cyrillic word first, a Latin letter last)
        m = _CYR_LATIN_BRAND_RE.fullmatch(low)
        return m.group("n") if m is not None else ""
    m = _LATIN_BRAND_RE.fullmatch(low)
    return m.group("n") if m is not None else ""


def brand_script(name: str) -> str:
    """The language to spell a Cyrillic company name in Latin letters by (rules-1.228): Ukrainian for a name with
    "і", "ї", "є" or "ґ", else Russian ("«Днипротепло»" = "«Дніпротепло»" = "Dniproteplo")."""
    low = name.lower()
    if low.endswith("і") and len(low) > 4:
        # rules-1.346: a case ending is no sign of the name's script ("«Нафтогазі»" = "Naftogaz")
        low = low[:-1]
    return "uk" if any(c in "іїєґ" for c in low) else "ru"
