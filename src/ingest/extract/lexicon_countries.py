"""Countries, and capitals that stand for their governments, as speakers (rules-1.29).

"North Korea said …", "Moscow denied …", "Росія заявила …": the state speaks, not a person named "Korea"
or "Moscow". A phrase that is one of these names (with or without "the") is an organisation. Left out on
purpose, because they name people as often: Jordan, Chad and Georgia (also a US state); in English the
capitals Washington, Paris, London, Sofia, Victoria, Lima and Santiago (surnames, first names, or places
that are no government). Only the nominative: "Росії", "Russlands" are left to the general analysis.
"""

from __future__ import annotations

import re

from ingest.extract.given_names import is_first_name
from ingest.extract.inflect import first_nominative
from ingest.extract.lexicon import words as _w

CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
CYR_GEN_PLACE_RE = re.compile(r"(?:\w{3,}(?:ии|ії|ини|ины|щі|ши|стана|стану)|США|ЄС|ЕС|ООН|НАТО|ОБСЄ|ОБСЕ)$")

_EN_COUNTRIES = """
Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahrain
Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Botswana Brazil Brunei Bulgaria
Burundi Cambodia Cameroon Canada Chile China Colombia Comoros Croatia Cuba Cyprus Czechia Denmark
Djibouti Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia
Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia
Iran Iraq Ireland Israel Italy Jamaica Japan Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos
Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia
Maldives Mali Malta Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro Morocco
Mozambique Myanmar Burma Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan
Palau Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa
Senegal Serbia Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland
Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Türkiye Turkmenistan Tuvalu Uganda
Ukraine Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe Britain America
"""
# several words, and the forms with "the"
_EN_COUNTRIES_MULTI = (
    "North Korea",
    "South Korea",
    "South Africa",
    "South Sudan",
    "Saudi Arabia",
    "New Zealand",
    "Sri Lanka",
    "Costa Rica",
    "El Salvador",
    "Papua New Guinea",
    "Sierra Leone",
    "Burkina Faso",
    "Cape Verde",
    "Ivory Coast",
    "East Timor",
    "Timor-Leste",
    "North Macedonia",
    "Bosnia and Herzegovina",
    "Dominican Republic",
    "Czech Republic",
    "Central African Republic",
    "Equatorial Guinea",
    "Trinidad and Tobago",
    "San Marino",
    "Vatican",
    "Holy See",
    "Great Britain",
    "United Kingdom",
    "United States",
    "United Arab Emirates",
    "U.S.",
    "US",
    "USA",
    "U.K.",
    "UK",
    "UAE",
    "Gaza",
)
_EN_CAPITALS = """
Moscow Kyiv Kiev Beijing Tokyo Tehran Ankara Brussels Pyongyang Seoul Taipei Jerusalem Damascus Baghdad
Riyadh Cairo Warsaw Minsk Budapest Delhi Islamabad Kabul Caracas Havana Ottawa Canberra Madrid Vienna
Berlin Stockholm Oslo Helsinki Copenhagen Tbilisi Yerevan Baku Chisinau Bucharest Athens Belgrade Hanoi
Manila Jakarta Bangkok Doha Amman Beirut Tallinn Riga Vilnius Prague Bratislava Ljubljana Zagreb
"""
_DE = """
Russland Deutschland Frankreich Polen Türkei Großbritannien Indien Italien Spanien Österreich Schweiz
Ungarn Tschechien Weißrussland Belarus Moldau Litauen Lettland Estland Finnland Schweden Norwegen
Dänemark Niederlande Belgien Griechenland Rumänien Bulgarien Serbien Kroatien Georgien Armenien
Aserbaidschan Kasachstan Ägypten Syrien Libanon Saudi-Arabien Nordkorea Südkorea Südafrika USA
Moskau Kiew Kyjiw Peking Warschau Brüssel Wien Teheran
"""
_UK = """
Росія Україна США Китай Польща Німеччина Франція Туреччина Іран Ізраїль Британія Білорусь Угорщина
Румунія Молдова Литва Латвія Естонія Фінляндія Швеція Норвегія Данія Японія Індія Італія Іспанія
Грузія Вірменія Азербайджан Казахстан Словаччина Чехія Болгарія Сербія Хорватія КНДР Москва Київ
ОАЕ Катар Ватикан Пекін Вашингтон Варшава Берлін Брюссель Мінськ Тегеран Анкара
"""
_RU = """
Россия Украина США Китай Польша Германия Франция Турция Иран Израиль Британия Великобритания Белоруссия
Беларусь Венгрия Румыния Молдавия Молдова Литва Латвия Эстония Финляндия Швеция Норвегия Дания Япония
Индия Италия Испания Грузия Армения Азербайджан Казахстан Словакия Чехия Болгария Сербия Хорватия КНДР
ОАЭ Катар Ватикан Москва Киев Пекин Вашингтон Варшава Берлин Брюссель Минск Тегеран Анкара
"""

COUNTRY_SPEAKERS = frozenset(
    (
        *_w(_EN_COUNTRIES),
        *_EN_COUNTRIES_MULTI,
        *(f"the {c}" for c in _EN_COUNTRIES_MULTI),
        *(f"The {c}" for c in _EN_COUNTRIES_MULTI),
        "the Netherlands", "The Netherlands", "the Philippines", "The Philippines", "the Gambia",
        *_w(_EN_CAPITALS),
        *_w(_DE),
        "Велика Британія",
        # rules-1.30: names of several words in uk/ru/de ("Объединённые Арабские Эмираты подтвердили …")
        "Объединённые Арабские Эмираты", "Объединенные Арабские Эмираты", "Об'єднані Арабські Емірати",
        "Об’єднані Арабські Емірати", "Саудовская Аравия", "Саудівська Аравія", "Южная Корея", "Северная Корея",
        "Південна Корея", "Північна Корея", "Vereinigte Arabische Emirate", "Vereinigten Staaten",
        *_w(_UK),
        *_w(_RU),
    )
)  # fmt: skip


def _cyr_genitives(nominatives: list[str]) -> frozenset[str]:
    """Ukrainian and Russian genitives of the countries above ("Молдова" → "Молдови", "Молдовы"; "Латвія" →
    "Латвії"), for a country in the genitive before a name (rules-1.198)."""
    out: set[str] = set()
    for w in nominatives:
        if w.endswith("а") and len(w) > 3:
            out.update((w[:-1] + "и", w[:-1] + "ы", w[:-1] + "і"))
        elif w.endswith(("я", "ія", "ия")) and len(w) > 3:
            out.update((w[:-1] + "ї", w[:-1] + "и", w[:-1] + "і"))
    return frozenset(out)


CYR_COUNTRY_GENITIVES = _cyr_genitives([*_w(_UK), *_w(_RU)])
# a settlement noun before a capitalised word: the word is the place ("міста Загонь Жофія Фекете", rules-1.198)
SETTLEMENT_NOUNS = frozenset(_w("міста містечка села селища города городка посёлка поселка деревни"))


def is_cyr_gen_place(word: str) -> bool:
    """``word`` is a place in the genitive: "Индии", "США", or a country of the lists above ("Молдови", "Молдовы",
    rules-1.198)."""
    return bool(CYR_GEN_PLACE_RE.match(word)) or word in CYR_COUNTRY_GENITIVES


def cyr_place_before_name(word: str, before: str) -> bool:
    """``word``, before a two-word name, is a place: a country in the genitive or a town named after a settlement
    noun (``before``: the text before ``word``)."""
    return is_cyr_gen_place(word) or (before.split() or [""])[-1] in SETTLEMENT_NOUNS


def cyr_body_of_place(name: str) -> bool:
    """A two-word Cyrillic "name" after a title that is a body and a country in the genitive ("Нацбанка Украины",
    "Минздрава Молдовы"; rules-1.204): the second word a country of the lists, the first no given name; or
    (rules-1.236) a body named by an adjective in an oblique case and its noun ("Голова Верховної Ради …",
    "Глава Государственной Думы …"): no given name ends as an adjective does."""
    words = name.split()
    return (
        len(words) == 2
        and (words[1] in CYR_COUNTRY_GENITIVES or _CYR_OBLIQUE_ADJ_RE.search(words[0]) is not None)
        and not is_first_name(words[0])
    )


_CYR_OBLIQUE_ADJ_RE = re.compile(r"(?:ої|ого|ому|ой|ых|их|ым|ими|ыми)$")


def cyr_acronym_of_place(name: str) -> bool:
    """A Cyrillic body's acronym and a place in the genitive ("МИД России", "МВД Казахстана", "ДСНС України";
    rules-1.242): a body, not a person of two words."""
    words = name.split()
    return len(words) == 2 and len(words[0]) > 1 and words[0].isupper() and is_cyr_gen_place(words[1])


def place_or_acronym(word: str) -> bool:
    """``word`` is a Cyrillic place in the genitive ("Харківщини", "Індії") or an acronym ("ГУР", "МИД"), no given
    name: before a surname it names the holder's place or body, not his first name (rules-1.327)."""
    if len(word) < 2 or not CYRILLIC_RE.match(word):
        return False
    if word.isupper():
        return len(word) <= 6
    return is_cyr_gen_place(word) and not _given(word)


def _given(word: str) -> bool:
    """A Cyrillic given name, also in an oblique case ("Анастасії", "Марии")."""
    return (
        is_first_name(word)
        or first_nominative(word, "uk") is not None
        or first_nominative(word, "ru") is not None
    )


def cyr_place_before_surname(phrase: str) -> bool:
    """A Cyrillic role phrase whose last word follows a place in the genitive or a body's acronym ("Губернатор
    Харківщини Гордієнко", "Глава ГУР Журавель"): that word is a surname (rules-1.327; a place or an acronym after the
    role names nobody, "посол Німеччини", but a capitalised word after the place does). Not a second place or
    acronym ("Голова ОВА Харківщини")."""
    words = phrase.split()
    if len(words) < 3:
        return False
    last = words[-1]
    if len(last) < 3 or not last[1:].islower() or is_cyr_gen_place(last):
        return False
    return place_or_acronym(words[-2])


def place_first(name: str) -> bool:
    """A two-word Cyrillic "name" whose first word is a place in the genitive ("Харківщини Гордієнко", rules-1.327)."""
    words = name.split()
    return len(words) == 2 and is_cyr_gen_place(words[0]) and not _given(words[0])
