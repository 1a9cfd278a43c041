"""Person names inside a speaker phrase: runs of capitalised words, titles and role words peeled
off ("Atlantic City Mayor Don Guardian" → Don Guardian, "die Abgeordnete Miriam Kessler" → Miriam
Kessler), middle initials kept ("Harry M. Reid"), German common nouns and organisations refused."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.given_names import is_first_name
from ingest.extract.inflect import first_nominative
from ingest.extract.initials import opens_cyr_initials
from ingest.extract.lexicon import ORG_HEADS, PERSON_NOUNS, ROLE_CLASSES
from ingest.extract.lexicon import words as _w
from ingest.extract.lexicon_countries import COUNTRY_SPEAKERS, SETTLEMENT_NOUNS, is_cyr_gen_place
from ingest.extract.namelead import name_takes_lead as name_takes_lead
from ingest.extract.possessors import cyr_owner, switches_script
from ingest.extract.roles import (
    _CALENDAR,
    _DE_ARTICLES,
    _DE_NOUN_SUFFIX_RE,
    _DE_ROLE_SUFFIXES,
    CAP_STOP,
    is_cyr_role,
    is_named_org_head,
    is_org_word,
    is_title_token,
)
from ingest.extract.vonbodies import de_particle

TOKEN_RE = re.compile(r"\w+(?:[’'\-.]\w+(?:[’'\-.]\w+)*|)[’']?|[^\w\s]")  # (see cues.WORD_TOKEN_RE)
ACRONYM_RE = re.compile(r"^[A-ZА-ЯІЇЄҐ]{2,6}s?$")
_POSSESSIVE_RE = re.compile(r"['’]s?$")


def is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def best_name(seg: str, lang: str) -> tuple[str, int, list[str]]:
    """(name, score, title words) of the best person-name run in ``seg``: score 3 with a known
    first name, 2 for two or more words, 1 for one word, 0 for none."""
    return _best_name_cached(seg, lang)


def _name_runs(tokens: list[str], lang: str = "en") -> list[list[int]]:
    """Runs of capitalised tokens (indices), allowing one or two name particles between two of them
    ("Charles de Gaulle", "Ursula von der Leyen", "Rafael van der Vaart"); in German two only after a
    single capitalised word ("Jana Köhler von der Verbraucherzentrale" is a person and her employer), and
    a German "der" alone is the article ("die Sanierung der Schulen", rules-1.33)."""
    caps = [i for i, t in enumerate(tokens) if t[:1].isupper()]
    runs: list[list[int]] = []
    for i in caps:
        gap = i - runs[-1][-1] - 1 if runs else -1
        pair = gap == 2 and (tokens[i - 2], tokens[i - 1]) in _PARTICLE_PAIRS
        if (
            (gap == 0 and not opens_cyr_initials(tokens, i) and not switches_script(tokens, i))
            or (gap == 1 and tokens[i - 1] in _PARTICLES and (lang != "de" or de_particle(tokens, i - 1)))
            or (pair and (lang != "de" or len(runs[-1]) == 1 or is_first_name(tokens[i - 3])))
        ):
            runs[-1].extend(range(i - gap, i + 1))
        else:
            runs.append([i])
    return runs


# a country or union in the genitive before a foreign name ("Туреччини", "Индии", "США", "ЄС")
# a region named by two compass words is part of the name, not a demonym before it (rules-1.76)
_COMPASS_PAIRS = frozenset((a, b) for a in ("North", "South") for b in ("West", "East", "Western", "Eastern"))
# rules-1.263: the particles in Cyrillic too ("Ян ван дер Берг", "Урсула фон дер Ляєн"); 1.350: "do" ("Águas do Porto"); 1.372: "ap"
_PARTICLES = frozenset(
    _w("de van von zu der al bin binti binte arap ap da di do le la del dos ван фон де дер ден дель дос")
)
_AFFILIATION = frozenset(_w("of at from"))
_PARTICLE_PAIRS = frozenset(tuple(p.split()) for p in ("von der", "van der", "van den", "van de", "de la", "de los",
                                                       "ван дер", "ван ден", "ван де", "фон дер", "де ла"))  # fmt: skip
# a street, square or dedication named after a person: the name after it names nobody present
_CYR_NAMED_AFTER = frozenset(
    _w(
        "улица улице улицы улицу проспект проспекте проспекта переулок переулке площадь площади бульвар "
        "бульваре набережная набережной имени им вулиця вулиці вулицю проспекті провулок провулку площа "
        "площі бульварі набережна набережній імені ім"
    )
)


def de_noun(tok: str) -> bool:
    """A German common noun by its suffix ("Regierung", "Konferenz"); short words ("Lenz", "Franz") are
    surnames more often than nouns; a given name ("Lorenz", 1.196) or "Weißkirchen" ("-chen", 1.289) none."""
    low = tok.lower()
    if is_first_name(tok) or low.endswith("kirchen"):  # "sagte Dominik", "sagte Lorenz", "sagte Weißkirchen"
        return False
    m = _DE_NOUN_SUFFIX_RE.search(low)
    if m is not None and m.start() == 3 and low.endswith("land") and low not in _SHORT_LANDS:
        return False  # "Wieland", "Weiland": surnames; "Estland", "Ausland" are listed (rules-1.111)
    return (m is not None and m.start() >= 3) or _DE_STREET_RE.search(low) is not None


_SHORT_LANDS = frozenset(("estland", "ausland", "holland", "neuland", "umland"))

# a street or square ("der Merseburger Straße", "am Goetheplatz") names no person (rules-1.22)
_DE_STREET_RE = re.compile(r"(?:straße|strasse|gasse|allee|platz)$")

_HONORIFICS = frozenset(_w("Mr Mrs Ms Miss Dr Prof"))
_MID_TITLES = frozenset(
    [
        *ROLE_CLASSES,
        *PERSON_NOUNS,
        *_w("mr mrs ms dr prof sen rep gov gen secretary chancellor senator judge"),
        *_w("hon datuk seri alhaji engr chief cllr comrade barrister atty thiru"),  # rules-1.378: honorifics
    ]
) - frozenset(_w("man woman friend partner member leader father mother"))


@lru_cache(maxsize=16384)
def _is_mid_title(tok: str) -> bool:
    """A title inside a capitalised run ("Atlantic City Mayor Don Guardian"): a role word, not an
    adjective that also starts names ("New York", "National Bank")."""
    low = tok.lower().rstrip(".")
    return low in _MID_TITLES or bool(_DE_ROLE_SUFFIXES.search(low)) or is_cyr_role(low)


def _given_slavic(tok: str) -> bool:
    """A Ukrainian or Russian first name, also in the genitive or dative ("Дениса", "Олени")."""
    return (
        is_first_name(tok)
        or first_nominative(tok, "uk") is not None
        or first_nominative(tok, "ru") is not None
    )


def cyr_lead_before_name(first: str, second: str) -> bool:
    """``first`` is a place or a body in the genitive before a name that opens with ``second``
    ("Индии Пиюш Гоял"; rules-1.137: "депутата Госдумы Артема Гладышева", not "Госдумы Артема")."""
    return bool(is_cyr_gen_place(first)) or (not _given_slavic(first) and _given_slavic(second))


_INITIAL_RE = re.compile(r"^[A-ZА-ЯЁІЇЄҐ](?:\.[A-ZА-ЯЁІЇЄҐ])*$")  # rules-1.213: Cyrillic initials too


def _join_initials(toks: list[str]) -> list[str]:
    """ "Harry", "M", ".", "Reid" → "Harry", "M.", "Reid" (a middle initial stays inside the name)."""
    if "." not in toks:
        return toks
    out: list[str] = []
    for k, t in enumerate(toks):  # (a Cyrillic initial only before a capital: "Игорь К." ends with one)
        nxt = toks[k + 1] if k + 1 < len(toks) else ""
        if t == "." and out and _INITIAL_RE.match(out[-1]) and (out[-1].isascii() or is_cap(nxt)):
            out[-1] += "."
        else:
            out.append(t)
    return out


@lru_cache(maxsize=16384)
def _best_name_cached(seg: str, lang: str) -> tuple[str, int, list[str]]:
    if seg.islower():
        return "", 0, []  # no capital letter: no name
    return _best_name(_join_initials(TOKEN_RE.findall(seg)), lang)


def _best_name(toks: list[str], lang: str) -> tuple[str, int, list[str]]:
    """Best person-name run: score 3 known first name, 2 two+ tokens, 1 single token, 0 none."""
    best, best_score, best_titles = "", 0, []
    prev_last = -1
    n = len(toks)
    for run in _name_runs(toks, lang):
        first, last = run[0], run[-1]
        prev = toks[first - 1].lower() if first > 0 else ""
        found = _run_name(
            tuple(toks[i] for i in run),
            toks[first - 2].lower() if prev == "." and first > 1 else prev,  # "Mr. King": "mr"
            last + 1 < n and toks[last + 1].isalpha(),
            lang,
        )
        if found is None:
            continue
        name, score, titles = found
        if score == best_score and best and lang == "en" and toks[first - 1] in _AFFILIATION:
            continue  # "Mei-Lin Hargreaves of Corbel Research": the person, not her employer (rules-1.27)
        if score >= best_score or (
            lang == "en" and score >= 2 and _after_modifier_role(toks, first, prev_last)
        ):
            pre = [t for t in toks[max(0, first - 3) : first] if t.isalpha() and not is_cap(t)]
            best, best_score, best_titles = name, score, pre + titles
        prev_last = last
    return best, best_score, best_titles


def _after_modifier_role(toks: list[str], first: int, prev_last: int) -> bool:
    """An English name right after "<Name> <role noun>" ("former George W. Bush speechwriter Noam Neusner",
    "Trump campaign manager Corey Lewandowski"): the earlier name modifies the role (rules-1.104)."""
    gap = toks[prev_last + 1 : first]
    return (
        prev_last >= 0
        and 1 <= len(gap) <= 2
        and all(t.isalpha() and t.islower() and t not in _NOT_ROLE_WORDS for t in gap)
        and _ROLE_NOUN_END_RE.search(gap[-1]) is not None
    )


_NOT_ROLE_WORDS = frozenset(
    _w("and or of at for from in with to the a an by on said says told after over under")
)
_ROLE_NOUN_END_RE = re.compile(
    r"(?:er|or|ist|ant|ent|man|woman|aide|chief|head|official|secretary|counsel|envoy|adviser|advisor|ally|"
    r"spokesperson|candidate|nominee|appointee)$"
)


_HONORIFICS_LOW = frozenset(h.lower() for h in _HONORIFICS)
_LEGAL_FORMS = frozenset(_w("GmbH mbH AG SE KG KGaA eG Ltd Inc plc PLC LLC Corp"))


_CYR_PLACE_PREPS = frozenset(("в", "у", "во", "на"))
_CYR_FROM = frozenset(("из", "з", "із", "зі", "от", "від", "в", "у", "во", "на", "до", "при"))  # (1.177)


@lru_cache(maxsize=16384)
def _run_name(
    run: tuple[str, ...], before: str, next_alpha: bool, lang: str
) -> tuple[str, int, list[str]] | None:
    """(name, score, title words) of one run of capitalised tokens, or None when it names nobody;
    ``before`` is the lower-cased token before the run, ``next_alpha`` whether a word follows it.
    Cached: runs ("Trump", "Hillary Clinton", "The") recur in many phrases (treat as read-only)."""
    names = list(run)
    titles: list[str] = []
    if _POSSESSIVE_RE.search(names[-1]) and next_alpha:
        return None  # "Hillary Clinton's campaign": the possessor is not the speaker
    if names[-1] in _LEGAL_FORMS:
        return None  # "ein Sprecher der Netzbetreiber Süd GmbH": a company, no person (rules-1.49)
    if len(names) == 1 and before in ("for", "of", "in", "to") and names[0] in COUNTRY_SPEAKERS:
        return None  # "the special envoy for Syria": a country after a role's preposition (rules-1.29)
    # "… университета Мерилин Коппель": two capitals mid-sentence are a name, not a role (rules-1.21)
    mid = (
        lang in ("uk", "ru") and len(names) == 2 and before.isalpha() and names[0].lower() not in ROLE_CLASSES
    )
    while (
        not mid
        and names
        and (is_title_token(names[0]) or names[0].lower() in CAP_STOP)
        and not (is_first_name(names[0]) and len(names) > 1)
        and (titles[-1].lower() if titles else before) not in _HONORIFICS_LOW  # "Mr. King" (rules-1.29)
        and not (len(names) > 1 and (names[0], names[1]) in _COMPASS_PAIRS)  # "South West Water" (1.76)
    ):
        titles.append(names.pop(0))
    while names and names[-1].lower() in _CALENDAR and not (len(names) == 2 and is_first_name(names[0])):
        names.pop()
    if lang == "de" and names:
        if (before in _DE_ARTICLES or (titles and titles[-1].lower() in _DE_ARTICLES)) and not (
            is_first_name(names[0]) and len(names) > 1
        ):
            titles.append(names.pop(0))  # "der Staatsanwalt", "die Abgeordnete Miriam Kessler"
        if any(de_noun(t) for t in names) and not (is_first_name(names[0]) and len(names) > 1):
            return None
    while (
        len(names) > 1
        and _is_mid_title(names[-1])
        and not is_first_name(names[-2])  # rules-1.336: "УГМС Дмитрий Лесников" (a surname of a trade name)
        and not ("-" in names[-1] and (is_first_name(names[-2]) or _titled_hyphen_surname(names, titles)))
    ):
        titles.append(names.pop())  # "Bayerns Wirtschaftsminister": no name ("Thomas Richter" is one)
    if (
        len(names) == 1
        and titles
        and _is_mid_title(titles[-1])
        and not is_first_name(names[0])
        and titles[-1] not in _HONORIFICS  # "Mr Whitcombe" is "Mr. Whitcombe" (rules-1.31)
        # "President Trump", "Chancellor Merz" (rules-1.36); not "MS Now" (a title in capitals)
        and not (
            lang in ("en", "de")
            and titles[-1].rsplit("-", 1)[-1][1:].islower()
            and names[0] not in COUNTRY_SPEAKERS
            # German only with the title before the name ("Der Bürgermeister Albrecht", not "Viele Winzer", 1.126)
            and (lang == "en" or run.index(titles[-1]) < run.index(names[0]))
        )
    ):
        return None
    t_in = max((j for j in range(len(names) - 1) if _is_mid_title(names[j]) and not mid), default=-1)
    if t_in >= 0 and not (is_first_name(names[t_in]) and t_in == 0):
        titles.extend(names[: t_in + 1])  # "Atlantic City Mayor Don Guardian" → Don Guardian
        names = names[t_in + 1 :]
    given = is_first_name if lang not in ("uk", "ru") else _given_slavic
    if before in _CYR_NAMED_AFTER and names:  # "на улице Гагарина", "імені Шевченка": a street, a dedication
        k = next((j for j in range(1, len(names)) if given(names[j])), 0)  # (rules-1.16)
        if not k:
            return None
        titles.extend(names[:k])  # "на улице Шаумяна Нина Бородина": the person after the street
        names = names[k:]
    k = next((i for i, t in enumerate(names[1:], 1) if given(t) and i < len(names) - 1), 0)
    if k and not (given(names[0]) or _given_after_title(names, k, titles[-1] if titles else before, lang)):
        titles.extend(names[:k])  # "Recorder Helen Purcell"
        names = names[k:]
    if (
        lang in ("uk", "ru")
        and len(names) > 1
        and (
            is_cyr_gen_place(names[0])
            or ((len(names) > 2 or titles) and (ACRONYM_RE.match(names[0]) or before in SETTLEMENT_NOUNS))
            or (
                len(names) > 2 and cyr_owner(names[0], titles) and before not in _CYR_FROM
            )  # "Депутат Госдумы Том …"; rules-1.238: "Речник Пентагону Джон Кірбі"
        )
        and not given(names[0])
    ):  # "Міністр торгівлі Туреччини Омер Болат"; "голова ЦВК Думітру …" (1.21), "Глава ГУР Журавель" (1.327)
        titles.append(names.pop(0))
    if lang in ("uk", "ru") and len(names) > 2 and is_cyr_gen_place(names[0]) and not given(names[0]):
        titles.append(names.pop(0))  # "МИД Австрии Катарина …": a country after the acronym (1.320)
    if lang in ("uk", "ru") and before in _CYR_PLACE_PREPS and len(names) > 2 and not given(names[0]):
        titles.append(names.pop(0))  # "Посол ЄС в Україні Катаріна …": the place after "в" (rules-1.153)
    if not names:
        return None
    named = len(names) > 1 and given(names[0])  # after a known first name only a plain body noun counts
    if any((is_named_org_head(t) if named else is_org_word(t)) for t in names) or all(
        ACRONYM_RE.match(t) for t in names
    ):
        return None
    if len(names) == 1 and (
        before in ORG_HEADS or before in {"outlet", "agency", "newspaper", "channel", "website"}
    ):
        return None
    score = 3 if is_first_name(names[0]) and len(names) > 1 else (2 if len(names) > 1 else 1)
    return " ".join(_keep_last_three(names)), score, titles


def _given_after_title(names: list[str], k: int, title: str, lang: str) -> bool:
    """rules-1.378: in English, after a title ("Alhaji", "Minister"), a run of three or more capitalised words with
    a known first name inside ("Olatunde Adebayo Ogunleye", "Ahmad Faizal bin …") is one name: the words before
    the known one are unknown first names, not titles ("Recorder Helen Purcell" has no title before it)."""
    return (
        lang == "en"
        and len(names) > 2
        and bool(title)
        and _is_mid_title(title)
        and not any(is_title_token(t) or _is_mid_title(t) for t in names[:k])
    )


def _titled_hyphen_surname(names: list[str], titles: list[str]) -> bool:
    """ "Stadtbrandmeister Ole Weber-Richter": after a title, a first name and a hyphenated word whose first
    part is a surname-like word (no role, acronym or prefix) is a double surname ending in a role word, not
    a title ("Sven Mahlow-Richter" with a known first name: rules-1.21; any first name after a title:
    rules-1.22)."""
    before = names[-3] if len(names) > 2 else (titles[-1] if titles else "")
    if not before or not _is_mid_title(before):
        return False
    head = names[-1].split("-", 1)[0]
    return len(head) >= 3 and head[1:].islower() and head[0].isupper() and not _is_mid_title(head)


def _keep_last_three(names: list[str]) -> list[str]:
    """The last three words of a name, particles not counted ("Ursula von der Leyen", rules-1.21)."""
    if len(names) <= 3:
        return names
    k, n = len(names), 0
    while k > 0 and n < 3:
        k -= 1
        # particles, middle initials and generational suffixes do not count ("Joseph R. Biden Jr.", 1.111)
        n += (
            names[k] not in _PARTICLES
            and names[k] not in _SUFFIXES
            and not _INITIAL_DOT_RE.fullmatch(names[k])
        )
    if k + 3 == len(names) and is_title_token(names[k]) and not is_first_name(names[k]):
        k += 1  # "Secretary of Homeland Security Jeh Johnson": a title word is no name (rules-1.162)
    return names[k:]


_SUFFIXES = frozenset(_w("Jr Jr. Sr Sr. II III IV"))
_INITIAL_DOT_RE = re.compile(r"[A-Z]\.")


def named_in_full(text: str, surname: str) -> bool:
    """``surname`` after a known first name somewhere in ``text`` ("Frank Lindemann" … "Lindemann") (1.30)."""
    i = text.find(" " + surname)
    while i > 0:
        first = text[max(0, i - 30) : i].rsplit(None, 1)[-1] if text[max(0, i - 30) : i].strip() else ""
        if is_first_name(first) and not text[i + 1 + len(surname) : i + 2 + len(surname)].isalpha():
            return True
        i = text.find(" " + surname, i + 1)
    return False
