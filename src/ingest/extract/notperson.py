"""Names read as a person's that name something else (rules-1.206): bodies (nptidy.body_not_person, coordinated
bodies), a brand written in camel case ("NerdWallet", "YouGov"), a movement known by one word ("Hamas"), and a
people named by its plural demonym ("Iranians", "Israelis"), a group."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ingest.extract.bodyheads import head_named_body
from ingest.extract.bodykeys import body_name_covers
from ingest.extract.given_names import is_first_name
from ingest.extract.lexicon import DEMONYMS
from ingest.extract.lexicon import words as _w
from ingest.extract.nptidy import body_not_person
from ingest.extract.outlets import known_outlet
from ingest.extract.roles import is_org_word

if TYPE_CHECKING:
    from ingest.extract.speakers import SpeakerPhrase

# a capital inside a word after lower-case letters: a brand ("NerdWallet", "TicketData"), not a surname's prefix
_CAMEL_RE = re.compile(r"(?P<prefix>[A-Z][a-z]+)[A-Z][a-z]+[A-Za-z]*")
_SURNAME_PREFIXES = frozenset(
    _w("Mc Mac De Di Da Du Del Della La Le Van Von Fitz St Ter Ten Abu Al El Bin Ben")
)
# movements and armed groups named by one word, as a whole speaker phrase ("Hamas said", "the Taliban said")
_ONE_WORD_MOVEMENTS = frozenset(_w("hamas hezbollah hizbollah taliban fatah isis isil daesh wagner"))
# a firm named with an ampersand between capitalised words or initials ("H&R Block", "AT&T", "Marks & Spencer")
_AMPERSAND_NAME_RE = re.compile(
    r"(?:[A-Z][\w.'’-]*\s)*[A-Z][\w.'’-]*\s?&\s?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)*"
)
# rules-1.318: a country's dotted abbreviation before a body's name ("the U.S. Food and Drug Administration", "U.K.
# Export Finance"): no person's initials ("U.S. Food" is no name); the body is the rest when it ends in a body noun
_DOTTED_COUNTRIES = ("U.S. ", "U.K. ")
_QUANTIFIERS = frozenset(_w("many some most ordinary young older other the"))
# rules-1.212: a representative of a body whose name opens with an adjective in the genitive, capitalised at the
# start of a sentence ("Представитель Всемирной организации здравоохранения", "Представник Міжнародного комітету"):
# the two capitals are no given name and surname; the body's representative speaks, as "Представитель мэрии"
_CYR_REPRESENTATIVE_OF_RE = re.compile(
    r"(?:Представител|Представник)\w*\s+[А-ЯІЇЄҐ]\w+(?:ого|ой|ей|ої)\s+[а-яіїєґ]"
)

# rules-1.227: a capitalised adjective (a region's: "Уральском", "Київське") before an acronym in capitals names a
# body ("в Уральском УГМС", "Приволжское МВД"); no surname is written in capitals after a word in -ском/-ське
_CYR_ADJ_ACRONYM_RE = re.compile(
    r"[А-ЯІЇЄҐ][а-яіїєґ']+(?:ский|ская|ское|ском|ского|ской|ские|ских|ськ(?:ий|а|е|ому|ого|ій|і|их))"
    r"\s+[А-ЯІЇЄҐ]{2,6}(?:\s+[А-ЯІЇЄҐ]{2,6})?"
)

# rules-1.309: a German association of a sector in the genitive ("der Verband der sächsischen Metall- und
# Elektroindustrie", "der Verein der Bayerischen Chemie"): the sector's noun after an adjective is no surname
_DE_GENITIVE_HEAD_RE = re.compile(r"^(\w*(?:verband|verein|bund|Verband|Verein|Bund))e?s(?= )")
_DE_BODY_OF_SECTOR_RE = re.compile(
    r"(?:(?:[Dd]er|[Dd]ie|[Dd]as|des|dem|den)\s+)?(?P<body>(?:[A-ZÄÖÜ][a-zäöüß]*(?:verband|verein|bund)(?:e?s)?|"
    r"[A-ZÄÖÜ][a-zäöüß]*(?:kammer|vereinigung)|Verband|Verein|Bund|Verbande?s|Vereins|Bundes|Kammer|Vereinigung)\s+"
    r"(?:der|des)\s+(?:[A-ZÄÖÜa-zäöüß][a-zäöüß]+(?:en|er)\s+)?[A-ZÄÖÜ][a-zäöüß]+-?(?:\s+(?:und|oder)\s+[A-ZÄÖÜ][a-zäöüß]+)?)"
)  # rules-1.325: a capitalised adjective of a name ("des Verbands der Chemischen Industrie")


# rules-1.319: a body's head in capitals before "and" and the capitalised words read as a name ("Ukraine's
# Ministry for Communities and Territories Development", "the Agency for Roads and Transport Safety")
_BODY_HEAD_AND_RE = re.compile(
    r"(?:.*\s)?(?:Ministry|Department|Committee|Agency|Service|Council|Commission|Office|Authority|Bureau|"
    r"Institute|Union|Association|Federation|Inspectorate)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:,?\s+[A-Z][\w'’-]*)*\s+and\s+"
)


# rules-1.425: a body's capitalised title with "of" after a country's possessive ("Japan's Joint Chiefs of
# Staff"): the body, not a person "Joint Chiefs"
_POSSESSIVE = ("'s ", "’s ")
_POSSESSED_TITLE_RE = re.compile(
    r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)* of (?:the )?[A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|of|and|the))*"
)
# rules-1.320 (blind batch IDS18): the United Nations as a whole, not a person "United Nations" or a group of nations
_UN_RE = re.compile(r"(?:the\s+)?(?:united\s+nations|u\.\s?n\.)", re.I)


def un_body(cleaned: str, make: type[SpeakerPhrase]) -> SpeakerPhrase | None:
    """The body for a speaker phrase that is "the United Nations" or "the U.N." alone, else None."""
    if ("Nations" not in cleaned and "U." not in cleaned) or _UN_RE.fullmatch(cleaned) is None:
        return None
    return make(cleaned, "organisation", org=cleaned, gender="o")


# rules-1.457: a body named by its head noun and an adjective with a noun ("das Kommando Territoriale Aufgaben", "das
# Zentrum Liberale Moderne"): no person "Liberale Moderne" in the role "das Zentrum"
_DE_HEAD_ADJ_NOUN_RE = re.compile(
    r"(?:der|die|das)\s+(?P<body>(?P<head>[A-ZÄÖÜ][a-zäöüß]+)\s+[A-ZÄÖÜ][a-zäöüß]+e\s+[A-ZÄÖÜ][a-zäöüß]+)"
)


def not_a_person(name: str, cleaned: str, lang: str, make: type[SpeakerPhrase]) -> SpeakerPhrase | None:
    """The speaker that ``cleaned`` names when the person ``name`` read in it is none, else None."""
    if (
        lang == "en"
        and " and " in cleaned
        and cleaned.endswith(" " + name)
        and not is_first_name(name.split()[0])
        and _BODY_HEAD_AND_RE.fullmatch(cleaned, 0, len(cleaned) - len(name)) is not None
    ):
        return make(cleaned, "organisation", org=cleaned, gender="o")  # rules-1.319
    if lang == "de" and name[:1] != cleaned[:1] and (first := name.split(" ", 1)[0])[-1:] == "e":
        m = _DE_HEAD_ADJ_NOUN_RE.fullmatch(cleaned)
        if m is not None and is_org_word(m["head"]) and not is_first_name(first):
            return make(cleaned, "organisation", org=m["body"], gender="o")
    if outlet := known_outlet(cleaned, lang):
        return make(
            cleaned, "organisation", org=outlet, gender="o"
        )  # "Суспільного", "Интерфакса" (rules-1.267)
    if (org := body_not_person(name, cleaned, lang)) and not (
        lang == "de" and head_named_body(cleaned, lang)
    ):
        return make(cleaned, "organisation", org=org)  # "Haus & Grund Sachsen" (1.74), "France and Germany"
    if lang == "de" and " de" in cleaned and (sb := _DE_BODY_OF_SECTOR_RE.fullmatch(cleaned)) is not None:
        # rules-1.325: the head in the nominative ("des Verbands der …" → "Verband der …")
        org = _DE_GENITIVE_HEAD_RE.sub(r"\1", sb["body"])
        return make(cleaned, "organisation", org=org, gender="o")  # "der Verband der … Industrie"
    if "&" in cleaned and (amp := _AMPERSAND_NAME_RE.search(cleaned)) is not None and name in amp.group():
        org = (
            amp.group().rstrip(".")
            if amp.group().endswith(".") and "&" in amp.group().split()[-1]
            else amp.group()
        )
        return make(cleaned, "organisation", org=org, gender="o")  # "H&R Block", "AT&T" (rules-1.215)
    if lang in ("uk", "ru") and _CYR_REPRESENTATIVE_OF_RE.match(cleaned) and cleaned.startswith(name + " "):
        body = cleaned.split(",", 1)[0]  # "Представитель Всемирной организации …", not ", пожелавший …"
        return make(body, "organisation", org=body, gender="o")
    if (
        lang in ("uk", "ru")
        and _CYR_ADJ_ACRONYM_RE.fullmatch(name) is not None
        and cleaned.endswith(name)
        and cleaned[: len(cleaned) - len(name)].strip().lower() in ("", "в", "у", "во")
    ):  # not "Глава Тверской ОГА": a role of the body
        return make(cleaned, "organisation", org=name, gender="o")  # "Уральском УГМС" (rules-1.227)
    if lang == "en" and name.startswith(_DOTTED_COUNTRIES) and (k := cleaned.find(name)) != -1:
        body = cleaned[k + 5 :]
        if " " in body and is_org_word(body.rsplit(None, 1)[1]):
            return make(cleaned, "organisation", org=body, gender="o")
    if (
        lang == "en"
        and " of " in cleaned
        and (k := cleaned.find(name)) > 3
        and cleaned[k - 3 : k] in _POSSESSIVE
        and not is_first_name(name.split()[0])
        and _POSSESSED_TITLE_RE.fullmatch(cleaned, k) is not None
    ):
        return make(cleaned, "organisation", org=cleaned, gender="o")  # rules-1.425
    if (" " not in name or not is_first_name(name.split()[0])) and table_body_named(name, cleaned):
        return make(
            cleaned, "organisation", org=cleaned, gender="o"
        )  # "Die ukrainische Marine" (rules-1.449)
    if lang != "en" or " " in name:
        return None
    words = cleaned.split()
    if len(words) > 2 or (len(words) == 2 and words[0].lower() not in _QUANTIFIERS):
        return None
    if name.lower() in _ONE_WORD_MOVEMENTS:
        return make(cleaned, "organisation", org=name, gender="o")
    if (m := _CAMEL_RE.fullmatch(name)) is not None and m.group("prefix") not in _SURNAME_PREFIXES:
        return make(cleaned, "organisation", org=name, gender="o")
    if name.endswith("s") and name[:-1].lower() in DEMONYMS:
        return make(cleaned, "group", gender="p")  # "Iranians", "Many Israelis"
    if name.endswith(("ists", "icians")) and name[1:].islower() and len(name) > 7:
        return make(cleaned, "group", gender="p")  # "Meteorologists say", "Physicians" (rules-1.306)
    return None


@lru_cache(maxsize=16384)
def table_body_named(name: str, cleaned: str) -> bool:
    """rules-1.449 (blind batch IDS32): the words read as a person's name in ``cleaned`` lie inside the name of a
    body of the key table (bodytable.py): "The Black Sea Fleet", "Die ukrainische Marine", "Військово-морські сили
    ЗСУ" are the body; "Black Sea Fleet commander Viktor Lesenko" and "представитель ВОЗ Ферранте" are not."""
    low = cleaned.lower()
    at = low.find(name.lower())
    return at >= 0 and len(low) == len(cleaned) and body_name_covers(low, at, at + len(name))


# a subject that names nobody: "No official", "Not a single officer", "None of the ministers", "Keiner der Abgeordneten"
_NO_ONE_RE = re.compile(  # (not "No wonder Trump said", "No doubt she said")
    r"(?:No(?!\s+(?:wonder|doubt|matter|surprise|longer|sooner|less|more)\b)|Not\s+(?:a\s+single|one)|None\s+of"
    r"|Neither)\s+[a-z]|(?:Kein|Keine|Keiner|Niemand)\b"
)


def names_nobody(cleaned: str) -> bool:
    """A subject that names nobody ("No official", "Not a single officer", "Keiner der …"): its statement goes."""
    return _NO_ONE_RE.match(cleaned) is not None
