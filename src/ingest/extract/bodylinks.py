"""A body called by what it is ("the airline", "the regulator", "the company") is the body of that kind
named before it in the article ("Nordvik Air", "the Civil Aviation Authority"), so that both get one id.

English only. The latest named body of the right kind quoted within ``WINDOW`` characters before wins.
When no named body was quoted there, a company or an airline may also be the one body of that kind
that opens a sentence before ("Nordvik Air cancelled 40 flights …"), if only one does (a capitalised
name whose last word is a body's word); a public body never is, since its names vary too much
("Immigration and Customs Enforcement"). The kind is read from the generic noun: an airline is a body
whose name has "Air", "Airlines" or "Airways"; a regulator one with "Authority", "Commission",
"Office" …; "the company" or "the firm" any body that is no public one (no ministry, agency, council,
union, court …). "The group", "the agency", "the commission" and "the court" are left alone: in news
they are as often another body. (rules-1.34) "The outlet" and "the publication" are the organisation quoted
last; "the newspaper", "the paper", "the magazine" and "the broadcaster" only when its name is a medium's
("… Times", "… News"; rules-1.37).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ingest.extract.bodies import named_org
from ingest.extract.bodyheads import EN_TRADE_NOUNS
from ingest.extract.bodykeys import short_body_name
from ingest.extract.entities import Resolved
from ingest.extract.given_names import is_first_name
from ingest.extract.lexicon import words as _w
from ingest.extract.lexicon_countries import COUNTRY_SPEAKERS
from ingest.extract.names import org_id
from ingest.extract.roles import is_org_word
from ingest.extract.sentences import lead_stamp_end
from ingest.extract.tradefirms_de import DE_TRADE_FIRM_RE, de_trade_name

if TYPE_CHECKING:
    from ingest.extract.resolve import Resolver

WINDOW = 2500
_AIRLINE = frozenset(_w("air airlines airways aviation"))
_REGULATOR = frozenset(_w("authority commission office regulator board agency"))
_UNION = frozenset(_w("union unions workers federation guild"))
_KINDS: dict[str, frozenset[str]] = {
    "airline": _AIRLINE,
    "carrier": _AIRLINE,
    "regulator": _REGULATOR,
    "watchdog": _REGULATOR,
    "union": _UNION,
    "ministry": frozenset(_w("ministry department")),
    "council": frozenset(_w("council")),
    "office": frozenset(_w("office")),  # "the safety office" after "the Office for Product Safety"
    "authority": frozenset(_w("authority")),
    "department": frozenset(_w("department ministry")),
    "institute": frozenset(_w("institute")),
    "university": frozenset(_w("university")),
    "hospital": frozenset(_w("hospital trust")),
    "bank": frozenset(_w("bank")),
    "lender": frozenset(_w("bank")),
    "police": frozenset(_w("police constabulary")),
    # rules-1.175: "the force" (British news: the police force) after "Westshire Police said"; not "the air
    # force", "the task force" (a bare "the force" or "the police force" only, see body_named_before)
    "force": frozenset(_w("police constabulary")),
    "headquarters": frozenset(
        _w("headquarters")
    ),  # rules-1.144: "the headquarters" after "the … Headquarters"
}
_PUBLIC = frozenset(
    _w(
        "ministry department agency authority commission council police court government union office service "
        "regulator parliament army committee administration tribunal constabulary federation "
        "navy military forces fleet guard staff command kremlin embassy"  # rules-1.450: not a company
    )
)
_COMPANY = frozenset(_w("company firm operator manufacturer maker retailer insurer developer business")) | {
    n for n in EN_TRADE_NOUNS if not n.endswith("s")
}  # rules-1.133: "the brewer", "the housebuilder"
# "the airline", "The state-owned carrier", "the company": a definite article, at most two lower-case
# modifiers (or a place's "-based", rules-1.133: "the Yorkshire-based brewer") and the noun
_GENERIC_RE = re.compile(r"[Tt]he\s+(?:(?:[a-z][\w-]*|[A-Z][\w.’'-]*-based)\s+){0,2}(?P<noun>[a-z]+)")
# an article, or a firm's securities before its name ("Shares of Skyforge Systems rose …": the firm, rules-1.225)
_ARTICLE_RE = re.compile(r"^(?:The|A|An|(?:Shares|Stock|Bonds|Units)\s+(?:of|in))\s+")
# a capitalised name of two to five words ("Nordvik Air", "the Civil Aviation Authority")
_NAME_RE = re.compile(r"(?<![\w’'-])[A-Z][\w&’'-]*(?:[ \t]+(?:of[ \t]+|for[ \t]+)?[A-Z][\w&’'-]*){1,4}")


def _names_at(text: str, starts: set[int], pos: int, end: int) -> list[re.Match[str]]:
    """The matches of ``_NAME_RE.finditer(text, pos, end)`` that start at one of ``starts``, found by trying only
    those starts (speed: the window was scanned at every capital); the scan itself when a name could run on over
    a start (a word and a blank right before it)."""
    at = sorted(s for s in starts if pos <= s < end)
    if any(_may_run_on(text, s) for s in at):
        return [m for m in _NAME_RE.finditer(text, pos, end) if m.start() in starts]
    return [m for s in at if (m := _NAME_RE.match(text, s, end)) is not None]


def _may_run_on(text: str, s: int) -> bool:
    """Whether a name before ``s`` could run on over it: "&" right before it, or blanks after a word character."""
    k = s
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k > 0 and (k < s or text[k - 1] == "&") and (text[k - 1].isalnum() or text[k - 1] in "_&’'-")


def body_named_before(r: Resolver, name: str, ref: int) -> Resolved | None:
    """The named body that ``name`` ("the airline") stands for, or None."""
    m = _GENERIC_RE.fullmatch(name)
    if m is None:
        return None
    noun = m.group("noun")
    if noun == "force" and name.lower() not in ("the force", "the police force"):
        return None
    if noun in _OUTLET_NOUNS:
        return _outlet_quoted_before(r, noun, ref)
    if noun == "agency":
        return _agency_quoted_last(r, ref)
    if noun not in _KINDS and noun not in _COMPANY:
        return None
    spoke = False  # a named body was quoted before: only those are candidates
    for res in _named_bodies_quoted(r, ref):
        if _fits(noun, res.speaker, known=True):
            return res
        spoke = True
    if spoke:
        return None
    if noun not in _COMPANY and noun not in ("airline", "carrier"):
        return None  # a public body only by a statement of its own (its names vary: "Customs Enforcement")
    starts = set(r.sent_starts)  # the body that opens a sentence ("Nordvik Air cancelled 40 flights …")
    firsts = [s for s in starts if s < ref and (s == 0 or r.text[s - 1] == "\n")]  # after a dateline (1.225)
    starts |= {lead_stamp_end(r.text, s, min(len(r.text), s + 120), True) for s in firsts}
    names = {
        named
        for mention in _names_at(r.text, starts, max(0, ref - WINDOW), ref)
        if " " in (named := _ARTICLE_RE.sub("", mention.group())) and _fits(noun, named)
    }
    if len(names) != 1:  # none, or two bodies of that kind: which one is meant is not known
        return None
    only = names.pop()
    if re.search(rf"(?<![\w-]){re.escape(only)}\s+(?:and|&)\s+[A-Z]", r.text[:ref]):
        return None  # "Brightline Foods and Meadow Dairy Group signed …": two bodies (rules-1.225)
    return Resolved(only, org_id(only), "organisation")


# "…, said NerdWallet. …, said the outlet.": the outlet quoted last (rules-1.37); a newspaper, magazine or
# broadcaster only when the name says it is one ("the paper" after the ministry is another body)
_OUTLET_NOUNS = frozenset(_w("outlet publication newspaper paper magazine broadcaster"))
_MEDIA_NAME_WORDS = frozenset(
    _w(
        "news times post journal herald telegraph tribune guardian magazine gazette press radio tv daily weekly"
    )
)


def _outlet_quoted_before(r: Resolver, noun: str, ref: int) -> Resolved | None:
    last = next(_named_bodies_quoted(r, ref, one_word_names=noun in ("outlet", "publication")), None)
    if last is None or not (
        noun in ("outlet", "publication") or not _MEDIA_NAME_WORDS.isdisjoint(last.speaker.lower().split())
    ):
        return None  # none, or the body quoted last is no outlet
    return last


# German: "das Unternehmen", "der Konzern" after a named company quoted before (rules-1.37)
_DE_COMPANY_NOUNS = frozenset(
    _w(
        "unternehmen konzern firma hersteller betreiber zulieferer fluggesellschaft airline händler anbieter "
        "dienstleister versicherer autobauer reederei"
    )
)
_DE_PUBLIC_RE = re.compile(
    r"(?i:ministerium|behörde|polizei|gericht|stadt|gemeinde|regierung|amt\b|ämter|staatsanwaltschaft|verband|"
    r"gewerkschaft|partei|kommission|rat\b|bundestag|landtag|feuerwehr|kreis\b|verwaltung|institut|universität|"
    r"bistum|diözese|kirche|pfarrei|dekanat|kloster)"  # rules-1.102: church bodies are no company either
)


_DE_FIRM_AFTER_RE = re.compile(r"[ \t]+((?:[A-ZÄÖÜ][\w&-]*[ \t]+){1,3}(?:AG|SE|GmbH|KGaA))(?![\w-])")


def de_firm_after(text: str, at: int) -> str:
    """(rules-1.183) A firm's name with its legal form right after a body's noun at ``at`` ("Der Chemiekonzern
    Lindauer AG", "beim Autozulieferer Brenner & Söhne GmbH"): the name the noun's body goes by; else ""."""
    m = _DE_FIRM_AFTER_RE.match(text, at)
    return m[1] if m else ""


def de_company_before(r: Resolver, name: str, ref: int) -> Resolved | None:
    """The named company quoted last before "das Unternehmen" / "der Konzern" (``name``), else None."""
    words = name.split()  # also a compound's end: "des Prüfunternehmens" (rules-1.67)
    if not words or len(words) > 2 or not any(words[-1].lower().endswith(n) for n in _DE_COMPANY_NOUNS):
        return None
    for res in _named_bodies_quoted(r, ref):
        named = res.speaker.split()
        if len(named) == 1 and named[0].lower() in _DE_COMPANY_NOUNS:
            continue  # another "Unternehmen"
        return None if _DE_PUBLIC_RE.search(res.speaker) else res
    return _de_trade_firm_before(r, ref)


def _de_trade_firm_before(r: Resolver, ref: int) -> Resolved | None:
    """ "das Unternehmen" with no named firm quoted before: the one firm named after its trade's compound in the
    statement's sentence or the two before ("Der Landmaschinenhersteller Kettler-Agrar will …"), else None."""
    i = bisect_right(r.sent_starts, ref) - 1
    lo = r.sent_starts[max(0, i - 2)] if i >= 0 else 0
    names = {n for m in DE_TRADE_FIRM_RE.finditer(r.text, lo, ref) if (n := de_trade_name(m))}
    if len(names) != 1:
        return None
    name = names.pop()
    return Resolved(name, org_id(name), "organisation")


# "the agency" after "The World Health Organization says …" or "the Federal Aviation Administration said"
_AGENCY_WORDS = frozenset(
    _w("agency administration authority service bureau organization organisation office commission institute")
)


def _agency_quoted_last(r: Resolver, ref: int) -> Resolved | None:
    """The public body quoted last, when it is one by its name or an acronym (rules-1.37); a company or
    a ministry quoted last is no "agency" named before, so the phrase keeps its own id."""
    last = next(_named_bodies_quoted(r, ref), None)
    words = last.speaker.split() if last is not None else []
    agency = not _AGENCY_WORDS.isdisjoint(w.lower() for w in words) or (
        len(words) == 1 and words[0].isupper()
    )
    return last if agency else None


def _named_bodies_quoted(r: Resolver, ref: int, one_word_names: bool = False) -> Iterator[Resolved]:
    """The bodies named (capitalised, not "the company") and quoted within ``WINDOW`` before ``ref``, the
    latest first; with ``one_word_names`` also a one-word name the resolver took for a person ("NerdWallet")."""
    for at, k, res in reversed(r.last):
        if at < ref - WINDOW:
            return
        one_word = one_word_names and k == "person" and " " not in res.speaker
        if (
            (k == "organisation" or one_word)
            and (res.speaker[:1].isupper() or short_body_name(res.speaker))  # "staatlichen … (SEZ)" (1.198)
            and not _GENERIC_RE.fullmatch(res.speaker)
        ):
            yield res


def _fits(noun: str, named: str, known: bool = False) -> bool:
    """``named`` is a body's name of the kind ``noun`` says (``known``: it is a body's name; else its last
    word must be a body's word)."""
    words = named.split()
    kind = _KINDS.get(noun)
    if not (known and kind is not None) and not is_org_word(words[-1]):
        return False  # ("the company": a body's word ends the name even when it spoke: not "PSE")
    low = {w.lower() for w in words}
    return bool(low & kind) if kind is not None else not (low & _PUBLIC)


# rules-1.185: uk/ru "компанія", "перевізник" (the company, the carrier) with no «name» after a company-like
# noun: the company quoted last within three sentences, else the one-word name opening the statement's sentence
# (or the one before) when the article also writes it capitalised inside a sentence ("Укрзалізниця з 20 грудня
# призначає … Про це компанія повідомила …", later "голова правління Укрзалізниці"); no public body, person, country
# rules-1.196: also "оператор" (a telecom operator) and a state corporation ("госкорпорация", "держкорпорація")
_CYR_COMPANY_RE = re.compile(
    r"(?:(?:в|у|во)\s+)?(?:компані|компани|перевізник|перевозчик|оператор|госкорпорац|держкорпорац)[а-яіїєё]*"
)
_CYR_PUBLIC_RE = re.compile(  # a public body's word anywhere in the name ("МЧС по Тверской области", "Верховний Суд")
    r"(?<![\w-])(?:мініст|минист|мін|мин|уряд|правительств|служб|управлін|управлен|поліц|полиц|рад[аиіы]|дум|суд|"
    r"прокурат|мчс|мвд|мвс|дснс|фсб|сбу|зсу|генштаб|штаб|адміністрац|администрац|мэри|мері|департамент|відомств|"
    r"ведомств|комітет|комитет|інспекц|инспекц|кремл|офіс|офис|госдум|парламент|сенат)"
)
_CYR_PLACE_PREPOSITIONS = frozenset(_w("у в на з із зі до під біля від по над за с со из от под около во"))
_CYR_OPENER_RE = re.compile(r"[А-ЯІЇЄҐ][а-яіїєґё'’]{4,}(?=\s+[а-яіїєґё0-9])")


def cyr_company_before(r: Resolver, name: str, ref: int) -> Resolved | None:
    """The company that "компанія"/"перевізник" (``name``) stands for, or None."""
    if r.lang not in ("uk", "ru"):
        return None
    if (embassy := _cyr_embassy_before(r, name, ref)) is not None:
        return embassy
    if _CYR_PRESS_ONLY_RE.fullmatch(name.lower()):
        return _press_service_before(r, ref)
    if not _CYR_COMPANY_RE.fullmatch(name.lower()):
        return None
    if named_org(r.text, ref):
        if not _named_only_later(r, ref):
            return None  # "компании" after "авиакомпания «Сибавиа»" is found by its «name»
        # (rules-1.196) the one named later is another company: the company quoted last, else the noun itself
        return _company_before(r, ref) or Resolved(name, org_id(name), "organisation")
    return _company_before(r, ref)


# rules-1.225: a bare embassy ("В посольстве заявили", "в заявлении дипмиссии") and an embassy named with its
# country ("Посольство России в США", "посольства Росії у США")
_CYR_EMBASSY_BARE_RE = re.compile(r"(?:(?:в|у|во)\s+)?(?:посольств|дипмисси|дипмісі)[а-яіїєё]*")
_CYR_EMBASSY_NAMED_RE = re.compile(
    r"(?<![\w-])[Пп]осольств[а-яіїє]*\s+(?P<of>[А-ЯІЇЄҐ][А-ЯІЇЄҐа-яіїєё'’-]+)(?:\s+(?P<in>(?:в|во|у)\s+[А-ЯІЇЄҐ][\w-]*))?"
)


def _cyr_embassy_before(r: Resolver, name: str, ref: int) -> Resolved | None:
    """The one embassy named with its country before ``ref`` that a bare "посольство"/"дипмиссия" stands for
    (the news names an embassy once, then calls it "посольство" or "дипмиссия"), else None."""
    if not _CYR_EMBASSY_BARE_RE.fullmatch(name.lower()):
        return None
    named = {
        (m["of"], m["in"] or "") for m in _CYR_EMBASSY_NAMED_RE.finditer(r.text, max(0, ref - WINDOW), ref)
    }
    if len(named) != 1:
        return None  # none, or two embassies: which one is meant is not known
    of, where = named.pop()
    full = f"Посольство {of} {where}".strip()
    return Resolved(full, org_id(full), "organisation")


# rules-1.202: a press service with no body after it ("Как уточнили в пресс-службе, …", "у пресслужбі додали")
_CYR_PRESS_ONLY_RE = re.compile(r"(?:(?:в|у|во)\s+)?(?:пресс|прес)-?служб[а-яіїєё]*")


def _press_service_before(r: Resolver, ref: int) -> Resolved | None:
    """The press service a bare one is: the speaker quoted last, when that is a body's press service named with its
    body within three sentences ("…, сообщили в пресс-службе Уральской железной дороги. Как уточнили в пресс-службе,
    …"); None after anyone else (a person's own press service, perhaps, or the company itself: the gold sets keep a
    press service apart from its company) or with nobody quoted before."""
    for at, kind, res in reversed(r.last):
        if at >= ref:
            continue
        low = res.speaker.lower()
        ok = kind == "organisation" and r.sentences_apart(at, ref) <= 3 and low.startswith(_PRESS_STEMS)
        return res if ok and not _CYR_PRESS_ONLY_RE.fullmatch(low) else None
    return None


_PRESS_STEMS = (
    "пресс-служб",
    "прес-служб",
    "пресслужб",
    "в пресс-служб",
    "у пресс-служб",
    "в прес",
    "у прес",
)


def _company_before(r: Resolver, ref: int) -> Resolved | None:
    """The company quoted last within three sentences, or the one-word name opening the statement's sentence or the
    one before (see cyr_company_before), or None."""
    for at, kind, res in reversed(r.last):
        if at >= ref or kind != "organisation":
            continue
        if r.sentences_apart(at, ref) > 3:
            break
        low = res.speaker.lower()
        if (  # rules-1.345: a name in quotes too ("В «Россети Центр» уточнили … добавили в компании")
            res.speaker.lstrip('«„“"')[:1].isupper()
            and not _CYR_COMPANY_RE.fullmatch(low)
            and not _CYR_PUBLIC_RE.search(low)
        ):
            return res
        return None  # a public body or another "компанія" quoted last: which company is meant is not known
    i = bisect_right(r.sent_starts, ref) - 1  # the statement's sentence, then the one before
    for start in r.sent_starts[max(0, i - 1) : i + 1][::-1]:
        if (named := _named_opener(r, start)) is not None:
            return named
    return None


def _named_only_later(r: Resolver, ref: int) -> bool:
    """(rules-1.196) The only company named as "<noun> «Name»" is named after the sentence of ``ref``, so it is not
    the one meant ("— заявили в компании. Аналитики компании «Инфощит» указали …": another company)."""
    if named_org(r.text[:ref], ref):
        return False
    k = bisect_right(r.sent_starts, ref)
    end = r.sent_starts[k] if k < len(r.sent_starts) else len(r.text)
    return r.text.find(named_org(r.text, ref), ref) >= end


def _named_opener(r: Resolver, start: int) -> Resolved | None:
    """The one-word name of a company opening the sentence at ``start``, or None."""
    m = _CYR_OPENER_RE.match(r.text, start)
    if m is None or _CYR_PUBLIC_RE.search(m.group().lower()) or m.group() in COUNTRY_SPEAKERS:
        return None
    word = m.group()
    if is_first_name(word) or r.find_surname(word) is not None:
        return None
    stem = word[: max(5, len(word) - 2)]
    # capitalised after a word that is no preposition of place: a name ("голова правління Укрзалізниці",
    # "Гендиректор Аэрофлота"), not an opener, nor a town ("У Житомирі")
    if not any(
        before.group(1).lower() not in _CYR_PLACE_PREPOSITIONS
        for before in re.finditer(rf"([\w»]+),? {re.escape(stem)}", r.text)
    ):
        return None
    return Resolved(word, org_id(word), "organisation")
