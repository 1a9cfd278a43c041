"""Organisation keys across languages and spellings (rules-1.159, found with blind batch IDS5), used by
``names.org_key``:

* a body's name loses what is no part of it: an acronym in brackets after it ("State Emergency Service (SES)"),
  a relative clause after a comma ("…, which runs the station"), an English "press service"/"press office"
  ("the SES press service" = "SES");
* five bodies get one key in English, German, Ukrainian and Russian: the World Health Organization
  ("WHO", "Weltgesundheitsorganisation", "ВООЗ", "ВОЗ"), Ukraine's State Emergency Service ("ДСНС", "ГСЧС",
  "der staatliche Katastrophenschutz der Ukraine"), and, only with Ukraine named in a Latin-script phrase
  (the same words are another country's body there), Ukraine's health ministry ("МОЗ", "Міністерство
  охорони здоров'я", "Министерство здравоохранения Украины", "das ukrainische Gesundheitsministerium"), its
  Supreme Court ("Верховний Суд", "Oberster Gerichtshof der Ukraine") and its Air Force ("Повітряні сили ЗСУ",
  "Воздушные силы ВСУ", "Ukraine's Air Force"); rules-1.176 (blind batch IDS6) adds the IAEA ("IAEA", "IAEO",
  "Internationale Atomenergiebehörde", "МАГАТЕ" and the full names);
* Ukrainian and Russian spellings of one body's words share a key (``fold_cyr_word``): "Дністровська водна
  компанія" = "Днестровская водная компания" = "Днестровской водной компании".
"""

from __future__ import annotations

import re

from ingest.extract.bodytable import BODIES as _BODIES  # the table (its own module since rules-1.380)
from ingest.extract.bodytable import BODY_HINTS as _BODY_HINTS

_BRACKET_RE = re.compile(r"\s*\([^()]{1,40}\)")
_OPEN_BRACKET_RE = re.compile(r"\s*\([^()]{1,40}$")
_RELATIVE_TAIL_RE = re.compile(
    r",\s*(?:which|that|who|der|die|das|який|яка|яке|які|который|которая|которое)\b.*$"
    r"|(?<=[a-z]),\s+(?:the|an?|[a-z]+['’]s)\s+[^,]*$"  # rules-1.198: "frontex, the european border … agency"
)
_PRESS_OFFICE_RE = re.compile(r"(?:['’]s)?\s+press\s+(?:service|office)$")
# rules-1.411 (blind batch IDS28): a German press office and a Russian or Ukrainian public relations centre before
# the body it speaks for ("Pressedienst des SBU", "Центр общественных связей ФСБ", "Центр громадських зв'язків
# СБУ") are that body, as the English "the SES press service" is; a press office of no body named after it
# ("Pressestelle", "в центре общественных связей") keeps its words
_PRESS_OF_RE = re.compile(
    r"^presse(?:dienst|stelle|abteilung|amt)\w*\s+(?:des|der)\s+(?=\S)"
    r"|^(?:[вуо]\s+)?центр\w*\s+(?:общественных\s+связей|громадських\s+зв['’ʼ]язків)\s+(?=\S)"
)


_ACRONYM_BRACKET_RE = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<a>[^\W\d_]{2,6})\)")
_NAME_WORD_RE = re.compile(r"[^\W\d_][\w'’ʼ-]*")
_FUNCTION_WORDS = frozenset(
    "of for the and on in at to de der die das des dem den und für von im am по в у з із зі та і й и на при".split()
)


def initials(name: str) -> str:
    """The lower-cased initials of a name's words, function words left out ("державна служба з надзвичайних
    ситуацій" → "дснс")."""
    return "".join(w[0] for w in _NAME_WORD_RE.findall(name.lower()) if w not in _FUNCTION_WORDS)


def tidy_body_name(s: str, acronym: bool = False) -> str:
    """The lower-cased phrase without a bracketed acronym, a relative clause after a comma or an English press
    office; with ``acronym``, a name followed by its own acronym in brackets is that acronym ("royal canadian mounted
    police (rcmp)" → "rcmp", as the bare "RCMP" of other articles)."""
    if "(" in s:
        m = _ACRONYM_BRACKET_RE.match(s)
        if acronym and m is not None and initials(m.group("name")) == m.group("a").lower():
            return m.group("a").lower()
        s = _BRACKET_RE.sub("", s)
        if "(" in s:  # rules-1.320: a bracket the speaker phrase cut before its end ("… енергії (МАГАТЕ")
            s = _OPEN_BRACKET_RE.sub("", s)
    if "," in s:
        s = _RELATIVE_TAIL_RE.sub("", s)
    if "press" in s:
        s = _PRESS_OFFICE_RE.sub("", s)
    if s.startswith(("presse", "центр", "в центр", "у центр", "о центр")):
        s = _PRESS_OF_RE.sub("", s)
    return s.strip()


_UN_SHORT = frozenset(("un", "the un", "u.n.", "the u.n.", "u. n."))
_BODY_HINT_RE = re.compile("|".join(re.escape(h) for h in sorted(_BODY_HINTS, key=len, reverse=True)))


def key_known_body(s: str) -> str:
    """The lower-cased phrase with one of the bodies above replaced by its English key."""
    if s in _UN_SHORT:  # rules-1.320: "the U.N. said", "UN"
        return "united nations"
    if _BODY_HINT_RE.search(s) is None:  # (any of _BODY_HINTS in s, one scan instead of one per hint)
        return s
    for pat, key in _BODIES:
        s = pat.sub(key, s)
    return s


_CYR_VOWELS = str.maketrans("іїиыєэё", "еееееее")
# after strip_accents: "-ая", "-яя", "-ое", "-ее" and the feminine oblique "-ой"/"-ої"/"-ей" ("ои", "оі", "еи")
_RU_ADJ_ENDINGS = ("ая", "яя", "ое", "ее", "ои", "оі", "еи")


def drop_ru_adjective_ending(word: str) -> str:
    """ "водн" for the Russian "водная" and for "водной"/"водної" (whose last letter alone the case endings cut once
    the accents are off), as for the Ukrainian "водна"."""
    return word[:-2] if len(word) > 5 and word.endswith(_RU_ADJ_ENDINGS) else word


def fold_cyr_word(word: str) -> str:
    """A Cyrillic key word with the vowels Ukrainian and Russian spell differently made one (і, ї, и, ы, є, э, ё →
    е: "дністр" = "днестр", "міністерств" = "министерств")."""
    return word.translate(_CYR_VOWELS)


def fold_key(key: str) -> str:
    """``key`` with every Cyrillic word folded as in ``fold_cyr_word`` (org_key folds only keys of two words or more,
    so that "слідства" and "следствия" stay apart; a comparison of a one-word key with a longer one folds both)."""
    return " ".join(fold_cyr_word(w) for w in key.split())


def known_body_keys(text: str) -> list[str]:
    """rules-1.380: the English keys of the bodies of the table that ``text`` names anywhere, in the table's order
    ("The head of the UN nuclear watchdog visited …" → ["international atomic energy agency"])."""
    s = text.lower()
    if _BODY_HINT_RE.search(s) is None:
        return []
    return [key for pat, key in _BODIES if pat.search(s) is not None]


_LEADS = frozenset(("", "the", "der", "die", "das", "des", "dem", "den", "в", "у", "во"))


def body_name_covers(low: str, start: int, end: int) -> bool:
    """rules-1.449: the lower-cased phrase ``low`` is one of the table's names (after an article or "в"/"у" at most),
    and that name spans ``low[start:end]`` whole ("black sea fleet" in "the black sea fleet"; not "воз" for "воз
    ферранте" in "представитель воз ферранте", not "мид россии" in "источник в мид россии")."""
    if _BODY_HINT_RE.search(low) is None:
        return False
    return any(
        m.start() <= start and end <= m.end() and low[: m.start()].strip() in _LEADS
        for pat, _key in _BODIES
        for m in pat.finditer(low)
    )


def known_body_key(phrase: str) -> str:
    """The English key of the body of the table above that ``phrase`` names, or ""."""
    s = key_known_body(tidy_body_name(phrase.lower()))
    return next((key for _pat, key in _BODIES if key in s), "")


# rules-1.198 (blind batch IDS8): a body's short name in its description, in the original case: a bracketed acronym
# ("Slovak Energy Works (SEZ)", "… компанія «Словацькі енергетичні заводи» (SEZ)", "(СЕЗ)") or a Latin name in
# brackets after a Cyrillic description ("Європейське агентство … (Frontex)"), and an acronym after a company or
# agency noun ("компанії СЕЗ")
_SHORT_BRACKET_RE = re.compile(r"^(?P<name>[^()]{4,}?)\s*\((?P<a>[A-ZА-ЯІЇЄҐ]{2,6}|[A-Z][a-z]{3,15})\)")
_NOUN_ACRONYM_RE = re.compile(
    r"^(?:[\w-]+\s+){0,3}?(?:компан\w*|корпорац\w*|концерн\w*|агентств\w*|company|agency|konzern\w*|"
    r"unternehmen\w*)\s+(?P<a>[A-ZА-ЯІЇЄҐ]{2,6})$",
    re.I,
)
_CYR_RE = re.compile(r"[\u0400-\u04ff]")


def short_body_name(phrase: str) -> str:
    """The short name that ``phrase`` gives its body (an acronym, or a Latin name after a Cyrillic description), or
    "": the key other articles reach with that short name alone."""
    if "(" in phrase:
        m = _SHORT_BRACKET_RE.match(phrase)
        if m is not None and (m["a"].isupper() or (_CYR_RE.search(m["name"]) and not _CYR_RE.search(m["a"]))):
            return m["a"]
        return ""
    m = _NOUN_ACRONYM_RE.match(phrase)
    return m["a"] if m is not None and m["a"].isupper() else ""


# rules-1.198: a national border guard is one body in every language ("the Polish Border Guard", "der polnische
# Grenzschutz", "Прикордонна служба Польщі", "Погранслужба Польши", the Polish "Straż Graniczna"), keyed by its
# country when the phrase names one; the same noun without a country keeps a key of its own
_BORDER_GUARD_RE = re.compile(
    r"\bborder guard\w*(?:\s+service)?\b|\bborder (?:service|police)\b|\bgrenzschutz(?:es)?\b|\bgrenzpolizei\b|"
    r"\bпр[иі]кордонн\w* (?:служб|варт)\w*|\bдержприкордонслужб\w*|\bдпсу\b|\bпограничн\w* служб\w*|"
    r"\b(?:гос)?погранслужб\w*|\bstra[żz]\w* graniczn\w*"
)
COUNTRY_STEMS = (
    (
        "pl",
        ("polish", "poland", "polen", "polnisch", "польщ", "польш", "польськ", "польск", "straż", "straz"),
    ),
    ("lt", ("lithuan", "litau", "литв", "литовськ", "литовск")),
    ("lv", ("latvia", "lettland", "lettisch", "латві", "латви", "латвійськ", "латвийск")),
    ("ee", ("estonia", "estland", "estnisch", "естоні", "эстони", "естонськ", "эстонск")),
    ("ua", ("ukrain", "україн", "украин", "держприкордон", "дпсу")),
    ("by", ("belarus", "weißruss", "білорус", "белорус")),
    ("ro", ("romania", "rumän", "румун", "румын")),
    ("md", ("moldov", "moldau", "молдов", "молдав")),
    ("sk", ("slovak", "slowak", "словаччин", "словацьк", "словакии", "словацк")),
    ("hu", ("hungar", "ungarn", "ungarisch", "угорщин", "угорськ", "венгр", "венгер")),
    ("fi", ("finland", "finnish", "finnland", "finnisch", "фінлянд", "финлянд", "фінськ", "финск")),
    ("ru", ("russia", "russland", "russisch", "росі", "росси", "российск", "російськ")),
    ("kz", ("kazakh", "kasach", "казахст")),  # rules-1.320
    # rules-1.389 (blind batch IDS26): the other states whose ministries Ukrainian news quotes most
    ("fr", ("france", "french", "frankreich", "französisch", "франці", "франци", "французьк", "французск")),
    ("gb", ("britain", "british", "united kingdom", "britisch", "британ")),
    ("it", ("italy", "italian", "italien", "італі", "итали", "итальян")),
    ("es", ("spain", "spanish", "spanien", "spanisch", "іспан", "испан")),
    ("tr", ("turkish", "türkei", "türkisch", "туреччин", "турецьк", "турци", "турецк")),
    ("cn", ("china", "chinese", "chinesisch", "китай", "китаю", "китаї")),
)


def border_guard_key(low: str) -> str:
    """ "border guard pl" for a lower-cased phrase naming a border guard of a country, "border guard" for one that
    names none, "" for another phrase."""
    if not _BORDER_GUARD_RE.search(low):
        return ""
    codes = [code for code, stems in COUNTRY_STEMS if any(st in low for st in stems)]
    return "border guard " + codes[0] if len(codes) == 1 else "border guard"
