"""A state's body by what it is and whose it is, in every language (rules-1.228, found with blind batch IDS10).

* ``state_body_key``: a foreign ministry, a defence ministry, a central bank or a general staff with one country
  named in the phrase (an adjective, a genitive, a possessive, or an acronym that names it: "ЗСУ", "НБУ") gets one
  key in English, German, Ukrainian and Russian ("Ukraine's foreign ministry" = "das ukrainische
  Außenministerium" = "МЗС України" = "МИД Украины" → "foreign ua"; "МИД России" = "the Russian foreign ministry"
  → "foreign ru"); a phrase naming no country or two, or naming a unit inside the body ("ГУР Міноборони",
  "the ministry's intelligence directorate"), gets none.
* ``capital_key``: a capital speaking for its state ("Kyiv said", "Kyjiw", "Київ заявив", "Киев") has one key in
  the four languages.
* ``state_body_class`` and ``country_in_text``: a bare body ("das Ministerium", "Außenministerium", "die
  Notenbank", "the regulator", "министерства") takes the country of the last body of its class named before it
  in the article (``resolve_phrases.resolve_organisation``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.bodykeys import COUNTRY_STEMS
from ingest.extract.prefilter import NeedledPattern

_CLASSES = (
    (
        "foreign",
        r"foreign ministry|ministry of foreign affairs|foreign affairs ministry|au(?:ß|ss)enministeri\w*|"
        r"ausw[äa]rtig\w* amt\w*|\bмзс\b|\bмид(?:а|е|у|ом)?\b|м[іи]н[іи]стерств\w* (?:закордонних справ|иностранных дел)|"
        r"зовн[іи]шньопол[іи]тичн\w* в[іи]домств\w*|внешнеполитическ\w* ведомств\w*",
    ),
    (
        "defence",
        r"defen[cs]e ministry|ministry of defen[cs]e|verteidigungsministeri\w*|\bм[іи]нобор\w*|"
        r"м[іи]н[іи]стерств\w* оборон\w*|оборонн\w* в[іи]домств\w*|военн\w* ведомств\w*",
    ),
    (
        "centralbank",
        r"central bank|national bank|nationalbank\w*|notenbank\w*|zentralbank\w*|\bnbu\b|\bнбу\b|нацбанк\w*|"
        r"нац[іи]ональн\w* банк\w*|центральн\w* банк\w*|центробанк\w*|\bbank of russia\b|\bбанк\w* (?:росс|рос[іи])\w*",
    ),
    ("staff", r"general staff|generalstab\w*|\bгенштаб\w*|генеральн\w* штаб\w*"),
    (  # rules-1.320 (blind batch IDS18)
        "energy",
        r"energy ministry|ministry of energy|energieministeri\w*|\bм[іи]ненерго\b|минэнерго|"
        r"м[іи]н[іи]стерств\w* енергетики|министерств\w* энергетики",
    ),
    ("embassy", r"\bembass(?:y|ies)\b|\bbotschaft\b|\bпосольств\w*"),  # rules-1.389 (blind batch IDS26)
    ("government", r"\bgovernment\b|\bregierung\b|\bуряд(?:у|і|ом)?\b|\bправительств(?:о|а|е|ом)\b"),  # 1.389
)
_CLASS_RES = tuple((name, re.compile(p)) for name, p in _CLASSES)
ANY_CLASS_RE = re.compile("|".join(f"(?:{p})" for _, p in _CLASSES), re.I)
ANY_CLASS = NeedledPattern(ANY_CLASS_RE)  # (whole articles: tried only where a body's name can start)
# a unit inside the body, or a body of many states, or a person: no key of the body's
_NOT_THE_BODY_RE = re.compile(
    r"intelligence|directorate|department|departement|abteilung|geheimdienst|гур\b|розв[іи]дк|разведк|управл[іи]н|"
    r"департамент|european|europ[äa]isch|європейськ|европейск|minister\b|ministerin|міністр|министр|"
    r"spokes|sprecher|речни|представит|speaker|chief|chef|head|голов|глав|очільн|начальн|governor|gouverneur"
)
# acronyms, capitals and the stems of two more countries that name the country themselves
_OWN_COUNTRY = (
    ("ua", re.compile(r"\b(?:зсу|всу|нбу|nbu|afu|kyiv|kiev|kiew|kyjiw|ки[єї]в\w*|киев\w*)\b")),
    ("ru", re.compile(r"\b(?:рф|rf|moscow|moskau|москв\w*)\b")),
    (
        "de",
        re.compile(
            r"\b(?:german\w*|deutsch\w*|bundes\w*|ausw[äa]rtig\w*|н[іи]меч\w*|немец\w*|фрн|фрг|berlin\w*|берл[іи]н\w*)"
        ),
    ),
    ("us", re.compile(r"\b(?:american|u\.s\.|united states|amerikan\w*|сша|америк\w*|washington)\b")),
    ("fr", re.compile(r"\b(?:paris|париж\w*)\b")),  # rules-1.389: "die Regierung in Paris"
    ("gb", re.compile(r"\b(?:london|лондон\w*)\b")),
)
# a phrase whose key is a class and a country's (``state_body_phrase``)
_COUNTRY_NAMES = {"ua": "ukraine", "ru": "russia", "pl": "poland", "lt": "lithuania", "lv": "latvia",
                  "ee": "estonia", "by": "belarus", "ro": "romania", "md": "moldova", "sk": "slovakia",
                  "hu": "hungary", "fi": "finland", "de": "germany", "us": "united states", "kz": "kazakhstan",
                  "fr": "france", "gb": "united kingdom", "it": "italy", "es": "spain", "tr": "turkey", "cn": "china"}  # fmt: skip
COUNTRY_CODES = tuple(_COUNTRY_NAMES)
_CLASS_NAMES = {"foreign": "foreign ministry", "defence": "defence ministry", "centralbank": "central bank",
                "staff": "general staff", "energy": "energy ministry", "embassy": "embassy", "government": "government"}  # fmt: skip


@lru_cache(maxsize=8192)
def countries_in(low: str) -> tuple[str, ...]:
    """The countries a lower-cased phrase names (by the stems of ``bodykeys.COUNTRY_STEMS`` and acronyms)."""
    codes = {code for code, stems in COUNTRY_STEMS if any(st in low for st in stems)}
    codes |= {code for code, pat in _OWN_COUNTRY if pat.search(low)}
    if "by" in codes and "ru" in codes and ("weißruss" in low or "weissruss" in low):
        codes.discard("ru")  # "weißrussisch" holds "russisch"
    return tuple(sorted(codes))


@lru_cache(maxsize=8192)
def state_body_class(low: str) -> str:
    """The class of state body a lower-cased phrase of at most six words names ("foreign", "defence",
    "centralbank", "staff"), or "" (none, or a unit of it, or a person)."""
    words = (
        low.split()
    )  # (rules-1.343: not counting "of"/"the", "the General Staff of the Armed Forces of Ukraine")
    if len(words) - words.count("of") - words.count("the") > 6 or _NOT_THE_BODY_RE.search(low):
        return ""
    found = {name for name, pat in _CLASS_RES if pat.search(low)}
    return found.pop() if len(found) == 1 else ""


# rules-1.320 (blind batch IDS18): a minister's office speaks for the ministry ("the energy minister's office",
# "офіс міністра енергетики", "аппарат министра энергетики Украины", "das Büro des ukrainischen Energieministers")
_MINISTER_OFFICE_RE = re.compile(
    r"^(?:the\s+)?(?P<en>.*\bminister)['’]s office$|"
    r"^(?:das\s+|dem\s+)?b[üu]ro des (?P<de>(?:\w+\s+)?\w+minister)s?$|"
    r"^(?:[ув]\s+)?(?:оф[іи]с|апарат|аппарат)\w* (?P<cyr>м[іи]н[іи]стр)а (?P<rest>[^\W\d_]+(?: [^\W\d_]+){0,2})$"
)


def minister_office_body(low: str) -> str:
    """The ministry a lower-cased phrase naming a minister's office speaks for ("the energy minister's office" →
    "the energy ministry", "офісі міністра енергетики" → "міністерство енергетики"), else the phrase itself."""
    if not (
        "office" in low
        or "büro" in low
        or "buro" in low
        or "оф" in low
        or "апарат" in low
        or "аппарат" in low
    ):
        return low
    m = _MINISTER_OFFICE_RE.match(low)
    if m is None:
        return low
    if m["en"] is not None:
        return m["en"][:-2] + "ry"
    if m["de"] is not None:
        return m["de"] + "ium"
    return ("министерство " if "и" in m["cyr"] else "міністерство ") + m["rest"]


@lru_cache(maxsize=8192)
def state_body_key(low: str) -> str:
    """ "foreign ua" for a lower-cased phrase naming Ukraine's foreign ministry, … ; "" for a phrase that names
    no such body or not exactly one country."""
    low = minister_office_body(low)
    cls = state_body_class(low) or _foreign_office(low)
    if not cls:
        return ""
    if cls == "embassy":
        return _embassy_key(low)
    codes = countries_in(low)
    # a bare Ukrainian ministry is Kyiv's ("Міноборони" = "Міністерство оборони України", "МЗС"); a bare general
    # staff keeps its key in every language ("Генеральний штаб" = "Generalstab", rules-1.139)
    if not codes and cls not in ("staff", "embassy") and is_bare_body(low) and ukrainian_script(low):
        codes = ("ua",)
    return f"{cls} {codes[0]}" if len(codes) == 1 else ""


_HOST_RE = re.compile(r"\s(?:in|im|at|to|in der|bei|в|у|во)\s")


def _embassy_key(low: str) -> str:
    """ "embassy ru" for a country's embassy named with no host ("the russian embassy", "посольство росії"), ""
    when its owner is not one known country or a host is named ("the russian embassy in paris", "посольстве россии
    в берлине" keep the keys they had: an ordinary batch's gold holds each language's apart; rules-1.389)."""
    if _HOST_RE.search(low) is not None:
        return ""
    owner = countries_in(low)
    return "embassy " + owner[0] if len(owner) == 1 else ""


def _foreign_office(low: str) -> str:
    """ "foreign" for a country's "Foreign Office" ("Germany's Foreign Office", "the German Foreign Office": the
    Auswärtiges Amt), "" else; "the Foreign Office" alone keeps its key (London's, in English news; rules-1.337)."""
    if "foreign office" not in low or len(low.split()) > 6 or _NOT_THE_BODY_RE.search(low):
        return ""
    return "foreign" if countries_in(low) else ""


def kyiv_guard(guard: str, low: str) -> str:
    """``guard`` (``bodykeys.border_guard_key``), or Kyiv's for a bare border guard in Ukrainian ("Державна
    прикордонна служба", as a bare "МЗС" is Kyiv's; rules-1.337)."""
    kyivs = guard == "border guard" and ("прикордон" in low or ukrainian_script(low))
    return "border guard ua" if kyivs else guard


_UK_LETTERS_RE = re.compile("[іїєґ]|мзс|ий\\b")


def ukrainian_script(low: str) -> bool:
    """Whether a lower-cased Cyrillic phrase is Ukrainian: "і", "ї", "є", "ґ", "МЗС" or an adjective in "-ий"
    ("Генеральний штаб"), and none of the Russian letters "ы", "э", "ъ", "ё"."""
    return _UK_LETTERS_RE.search(low) is not None and not any(c in low for c in "ыэъё")


def state_body_phrase(cls: str, code: str) -> str:
    """An English phrase for a class of body and a country ("foreign", "ua" → "foreign ministry of ukraine")."""
    return f"{_CLASS_NAMES[cls]} of {_COUNTRY_NAMES[code]}"


_CAPITALS = (
    ("kyiv", r"kyiv|kiev|kiew|kyjiw|ки[їе]в\w*|києв\w*"),
    ("moscow", r"moscow|moskau|москв\w*"),
    ("berlin", r"berlin|берл[іи]н\w*"),
    ("brussels", r"brussels|br[üu]ssel|брюссел\w*|брюсел\w*"),
    ("warsaw", r"warsaw|warschau|варшав\w*"),
    ("beijing", r"beijing|peking|пек[іи]н\w*"),
    ("paris", r"paris|париж\w*"),  # rules-1.389
    ("london", r"london|лондон\w*"),
)
_CAPITAL_RES = tuple((name, re.compile(rf"(?:the\s+)?(?:{p})")) for name, p in _CAPITALS)


@lru_cache(maxsize=8192)
def capital_key(low: str) -> str:
    """ "capital kyiv" for a lower-cased phrase that is one of the spellings of a capital in the four languages
    ("kyjiw", "київ", "киев"), else ""."""
    for name, pat in _CAPITAL_RES:
        if pat.fullmatch(low.strip()):
            return "capital " + name
    return ""


_SENTENCE_END_RE = re.compile(r"[.!?]\s")


_FUNCTION_WORDS_RE = re.compile(
    r"\b(?:the|its|der|die|das|des|dem|den|у|в|во|of|des|press|service|office|pressestelle|прес\w*|пресс\w*|служб\w*)\b"
)


@lru_cache(maxsize=8192)
def is_bare_body(low: str) -> bool:
    """Whether a lower-cased phrase of a class (``state_body_class``) is the body's noun alone, with no word that
    could name whose it is ("Außenministerium", "die Notenbank", "у Генштабі"; not "Iran's foreign ministry",
    "турецькому МЗС", whose country the stems do not know)."""
    rest = _FUNCTION_WORDS_RE.sub(" ", ANY_CLASS_RE.sub(" ", low))
    return not re.sub(r"[\W\d_]+", "", rest)


def country_in_text(text: str, cls: str, end: int) -> str:
    """The country of the last body of class ``cls`` named with exactly one country in ``text`` before ``end``
    (the two words before the body's noun and a genitive after it, within its sentence), or ""."""
    best = ""
    for stop, found, code in _body_mentions(text):  # (each article's bodies read once: rules-1.267, speed)
        if stop > end:
            break
        if found == cls:
            best = code or best
    return best


@lru_cache(maxsize=64)
def _body_mentions(text: str) -> tuple[tuple[int, str, str], ...]:
    """(end, class, country or "") of every body of a class named in ``text``, in order."""
    out = []
    for m in ANY_CLASS.finditer(text):
        low = m.group().lower()
        cls = state_body_class(low)
        if not cls:
            continue
        before = _SENTENCE_END_RE.split(text[max(0, m.start() - 40) : m.start()])[-1].split()[-2:]
        after = _SENTENCE_END_RE.split(text[m.end() : m.end() + 40])[0].split()[:3]
        # after the noun only a genitive ("of Ukraine", "der Ukraine", "Росії", "ЗСУ"), not the verb's object
        after = after if after[:1] and after[0].lower() in ("of", "der", "des") else after[:1]
        after = [w for w in after if w[:1].isupper() or w.lower() in ("of", "der", "des", "the")]
        codes = countries_in(" ".join([*before, low, *after]).lower())
        out.append((m.end(), cls, codes[0] if len(codes) == 1 else ""))
    return tuple(out)
