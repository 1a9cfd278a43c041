"""Organisation names and head words of speaker phrases: "the independent outlet Verstka" →
Verstka, "des Ministeriums" → Ministerium, the head noun of "A spokesman for the office"."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from ingest.extract.given_names import is_first_name
from ingest.extract.lexicon import DEMONYMS, PERSON_NOUNS, ROLE_CLASSES
from ingest.extract.lexicon import words as _w
from ingest.extract.personnames import TOKEN_RE, is_cap
from ingest.extract.roles import is_cyr_role, is_org_word, is_title_token
from ingest.extract.vonbodies import body_of_place

_LEAD_DET_RE = re.compile(r"^(?:the|a|an|der|die|das|des)\s+", re.I)
_POSSESSIVE_RE = re.compile(r"['’]s?$")


_ORG_CONTEXT_WORDS = frozenset(_w("outlet agency newspaper channel website broadcaster company"))
_CYR_LEAD_SKIP = frozenset(_w("в у на з із из від от регіональному региональном місцевому местном"))
# "für": rules-1.13 ("des Bundesamts für Sicherheit in der Informationstechnik" → "Bundesamts")
_TO_HEADS = frozenset(_w("aide aides adviser advisers advisor advisors assistant envoy ambassador"))
_HEAD_STOP_SET = frozenset(
    _w(
        "of who familiar with from at in on inside within near aboard for für close that де з из behind"
    )  # 1.80
)


def org_context(phrase: str) -> bool:
    low = phrase.lower()
    return not _ORG_CONTEXT_WORDS.isdisjoint(low.split())


# "Friends of the Earth", "The Church of England", "Veterans of Foreign Wars": a body named in title case
_TITLED_OF_RE = re.compile(
    r"(?:[Tt]he )?(?P<head>[A-Z][a-z]+)(?: [A-Z][a-z]+)* (?:of|on|for) (?:the )?[A-Z][\w’'-]*"
    r"(?: (?:[A-Z][\w’'-]*|of|on|the|and|for))*"
)  # (also "on", "for": "the European Council on Foreign Relations")
_TITLED_AND_RE = re.compile(
    r"(?:[Tt]he )?[A-Z][a-z]+(?: [A-Z][a-z]+)* and (?:[A-Z][a-z]+ )*(?P<last>[A-Z][a-z]+)"
)


def titled_body(phrase: str, name: str) -> bool:
    """``phrase`` names a body in title case with "of", and its apparent person ``name`` is only a
    word after "of" ("Friends of the Earth" is no person "Earth"); not with a singular role before
    "of" ("Secretary of State", "The Mayor of London") or a known first name ("… Marco Rubio") (rules-1.29)."""
    if " and " in phrase and (a := _TITLED_AND_RE.fullmatch(phrase)) is not None:
        return is_org_word(a.group("last"))  # "Citizenship and Immigration Services" (rules-1.34)
    if " o" not in phrase and " for " not in phrase:
        return False
    m = _TITLED_OF_RE.fullmatch(phrase)
    if m is None or any(is_first_name(w) for w in phrase.split()):
        return False
    head = m.group("head").lower()
    return not ((head in ROLE_CLASSES or head in PERSON_NOUNS) and not head.endswith("s"))


def org_name(phrase: str) -> str:
    """Display form of an organisation: its trailing proper name ("the independent outlet Verstka" →
    "Verstka", "the Ministry of Defence" → "Ministry of Defence"), else the phrase minus article."""
    base = _strip_det(phrase)
    if base != phrase and base.islower() and phrase[:4].lower() == "the ":
        return phrase  # "the newspaper", "the rights group": a common noun keeps its article
    if "\u0400" <= base[:1] <= "\u04ff":
        return base  # "пресслужба Кабміну", "Генеральний штаб ЗСУ": a Slavic head noun with its genitive
    toks = TOKEN_RE.findall(base)
    k = len(toks)
    while k > 0 and (
        is_cap(toks[k - 1])
        or (toks[k - 1].lower() in _ORG_LINKS and k < len(toks))
        or (toks[k - 1] in _FUER_ARTICLES and k > 1 and toks[k - 2] == "für" and k < len(toks))
        or (
            k > 1 and toks[k - 2] == "für" and k < len(toks) and _DE_ADJ_RE.fullmatch(toks[k - 1]) is not None
        )
        or (toks[k - 1] == "-" and k < len(toks) and toks[k] in ("und", "oder"))  # "Städte- und …" (1.54)
    ):
        k -= 1
    year = (
        k > 1
        and k < len(toks)
        and _YEAR_RE.fullmatch(toks[k - 1]) is not None
        and toks[k - 2].lower() == "the"
    )
    while k < len(toks) and not is_cap(toks[k]):
        k += 1
    if year:
        k -= 1  # rules-1.150: "the 1884 Trust", "the 1923 Society": a year opens the name
    tail = toks[k:]
    if tail in (["TV"], ["Radio"], ["Television"]):
        return base  # "Iranian state TV": a medium, not a name of its own (rules-1.29)
    if tail and k > 0 and not _POSSESSIVE_RE.search(tail[0]) and tail[0].lower() not in DEMONYMS:
        if k > 1 and (toks[k - 1].lower() in ("of", "for") or body_of_place(toks, k)):
            return base  # "the prefecture of Haute-Vérane", "its regional office for Europe" (for: 1.30)
        if k > 1 and toks[k - 2] in ("des", "der"):  # "Aus dem Umfeld des englischen Klubs" (1.30)
            return _DE_FROM_RE.sub("", base)
        return " ".join(tail).replace(" - und ", "- und ").replace(" - oder ", "- oder ")
    return base


_YEAR_RE = re.compile(r"1[89]\d\d|20\d\d")
_DE_FROM_RE = re.compile(r"^(?:(?:[Aa]us|[Vv]on)\s+(?:dem\s+|der\s+|den\s+)?(?:[Rr]eihen\s+)?)?(?:des\s+)?")
_ORG_LINKS = frozenset(_w("of for and the on de für der des in und"))  # in: rules-1.13; und: rules-1.20
# rules-1.60: an article after "für" ("Deutsche Gesellschaft für das Badewesen", "Stiftung für den Wald")
_FUER_ARTICLES = frozenset(_w("das dem den die"))
# rules-1.274: an adjective after "für" ("Ministerium für strategische Industrien", "Bundesamt für soziale Sicherung")
_DE_ADJ_RE = re.compile(r"[a-zäöü][a-zäöüß]+(?:e|en|er|es)")


def _strip_det(s: str) -> str:
    return _LEAD_DET_RE.sub("", s)


def head_word(seg: str) -> str:
    """Head noun of a speaker phrase segment ("A spokesman for the office" → "spokesman")."""
    return _head_word(seg)


@lru_cache(maxsize=16384)
def _head_word(seg: str) -> str:
    toks = [t for t in TOKEN_RE.findall(seg) if t[0].isalnum()]
    if not toks:
        return ""
    if "\u0400" <= toks[0][:1] <= "\u04ff" and len(toks) > 1:
        lead = [t for t in toks if t.lower() not in _CYR_LEAD_SKIP] or toks[:1]
        k = 0  # Slavic NPs: the head comes first ("пресслужба Офісу президента"), after its lower-case
        while k < len(lead) - 1 and _CYR_ADJ_LEAD_RE.search(lead[k]) and not is_cyr_role(lead[k].lower()):
            k += 1  # adjectives, not a noun like one ("Высокопоставленный американский чиновник", 1.177)
        return lead[k]
    # the noun before the first preposition or relative word ("A spokeswoman for the port of Odesa")
    idx = next(
        (
            i
            for i, t in enumerate(toks[1:], 1)
            if t.lower() in _HEAD_STOP_SET or (t == "to" and toks[i - 1] in _TO_HEADS)
        ),
        0,
    )  # rules-1.306: "An aide to one of the sponsors": the person noun before "to" (not "the Campaign to …")
    return toks[idx - 1] if idx else toks[-1]


# rules-1.284: also the short "новий", "новый", "новая" ("— заявил новый министр": the head is "министр")
_CYR_ADJ_LEAD_RE = re.compile(r"^(?:[А-ЯІЇЄҐа-яіїєґё][а-яіїєґё'’-]{3,}|[Нн]ов)(?:ый|ий|ій|ой|ая|яя)$")
_CYR_NOT_ORG = frozenset(
    _w(
        "telegram facebook twitter x instagram youtube інтерв'ю інтерв’ю интервью ефірі эфире коментарі "
        "комментарии соцмережах соцсетях етері"
    )
)


_CYR_LOC_ADJ_RE = re.compile(r"(?:ому|ім|ом|ем|ій|ой)$")  # a locative adjective ("в региональном управлении")


def loc_adj_org(adj: str, noun: str) -> bool:
    """ "региональном управлении": a lower-case locative adjective before an organisation word, before an
    acronym ("в региональном МЧС", rules-1.23) or before the body's capitalised adjective (rules-1.326)."""
    if not (adj.islower() and _CYR_LOC_ADJ_RE.search(adj)):
        return False
    acronym = noun.rstrip(".,;:")
    if acronym.lower() in _COUNCIL_LOC:  # "у міській раді", "в городском совете" (rules-1.54)
        return True
    if noun[:1].isupper() and acronym[1:].islower() and _CYR_LOC_ADJ_RE.search(acronym) is not None:
        return True  # "в украинском Координационном штабе": the body's own adjective (rules-1.326)
    return is_org_word(noun) or (len(acronym) >= 2 and acronym.isupper() and acronym.isalpha())


# rules-1.54: a council in the locative, after an adjective only ("раді" is also "glad", "совет" also "advice")
_COUNCIL_LOC = frozenset(("раді", "раде", "совете"))


def loc_body_start(w1: str, w2: str) -> bool:
    """The words after "в"/"у" that start a body ("в Генштабі", "у пресслужбі", "в «Укренерго»",
    "в региональном управлении лесами")."""
    return (
        is_cap(w1)
        or is_org_word(w1)
        or w1.lower().startswith(("пресс", "прес"))
        or w1 in '«"'
        or loc_adj_org(w1, w2)
    )


def lower_body_start(w1: str, w2: str) -> bool:
    """A body in lower case after "в"/"у" ("в пресс-службе", "у міністерстві", "в региональном
    управлении"), not a capitalised name, which may be a medium ("в Telegram")."""
    return is_org_word(w1) or w1.lower().startswith(("пресс", "прес")) or loc_adj_org(w1, w2)


# an outlet as listener before the speaker: "РБК", "ТАСС", "«Медузе»" (rules-1.18)
_CYR_OUTLET_LISTENER_RE = re.compile(
    # rules-1.158: an acronym with a capitalised word ("РИА Новости источник в …")
    r"(?:«[^»]{1,40}»|[A-ZА-ЯІЇЄҐ]{2,}(?:-[A-ZА-ЯІЇЄҐ]+)?(?:\s+[А-ЯІЇЄҐ][а-яіїєґ]+)?|[А-ЯІЇЄҐ][а-яіїєґ']+[ую])"
    r"\s+(?=[а-яіїєґ])"
)
# rules-1.158: a source's participle or adjective apposition after "Как сообщили два источника," ("знакомые с
# ходом переговоров,", "близкий к компании,", "обізнані з ситуацією,"): part of the source, not of the statement
_CYR_SOURCE_APPOS_RE = re.compile(
    r"(?:знаком|близк|осведомл|пожелавш|попросивш|знайом|близьк|наближен|обізнан|поінформован|побажав|попросив)"
    r"\w*\s[^,«»„“\"]{1,80},\s*"
)


def after_source_apposition(stext: str, end: int) -> int:
    """The end of a source's apposition of the CYR_SOURCE_APPOS_RE kind at ``end`` (else ``end``)."""
    m = _CYR_SOURCE_APPOS_RE.match(stext, end)
    return m.end() if m is not None else end


_CYR_IN_WORDS = frozenset(_w("в у во"))


def drop_outlet_listener(np: str, counts: frozenset[str], speaker_noun: Callable[[str], bool]) -> str:
    """ "РБК в пресс-службе банка" → "в пресс-службе банка", "«Медузе» два сотрудника театра" → "два
    сотрудника театра", "Укрінформу джерело в уряді" → "джерело в уряді": the outlet told is no part of
    the speaker, who follows it."""
    if not (np[:1] == "«" or np[:1].isupper()):
        return np
    m = _CYR_OUTLET_LISTENER_RE.match(np)
    if m is None:
        return np
    rest = np[m.end() :]
    first, _, after = rest.partition(" ")
    if first in counts or speaker_noun(first):
        return rest
    if first in _CYR_IN_WORDS:
        w1, _, tail = after.partition(" ")
        if lower_body_start(w1, tail.split(" ", 1)[0]):
            return rest
    return np


_CYR_SELF_LOC = frozenset(_w("самому самій самом самой"))  # "у самому інституті" (rules-1.33)


def in_org(phrase: str, words: list[str]) -> str:
    """ "в Генштабі", "у пресслужбі МВС", "в НЕК «Укренерго»": a place or body in the locative names
    the organisation that speaks through a plural verb ("повідомили в …"); the body without its
    preposition (and without an intensifier: "У самому інституті", rules-1.33), else ""."""
    w1 = words[1].strip('«»"')
    if w1 in _CYR_NOT_ORG:
        return ""
    if len(words) > 2 and w1 in _CYR_SELF_LOC:  # not "в самом деле"
        return in_org(words[0] + " " + phrase.split(None, 2)[-1], [words[0], *words[2:]])
    second = phrase.split()[1].lstrip('«"')
    found = (
        second[:1].isupper()
        or is_org_word(w1)
        or w1.startswith(("пресс", "прес"))
        or (len(words) > 2 and loc_adj_org(w1, phrase.split()[2]))
    )
    return phrase.split(None, 1)[1] if found else ""


# rules-1.11: a body or group named with its place ("Das Kultusministerium in Hannover", "Beekeepers in
# eastern England", "das Gesundheitsamt des Landkreises Wesertal"): the place is not the speaker.
_PLACE_LINKS = frozenset(_w("in im at des der"))
_DETS = frozenset(_w("the a an das die der den dem ein eine"))
_PLURAL_GROUP_RE = re.compile(r"(?:ers|ists|ians|ants|ents)$")


def body_before_place(phrase: str, name: str) -> str:
    """The part of the phrase before the link to the place when it ends with (or, before a German
    genitive, starts with) an organisation word or a plural group noun; "" otherwise."""
    at = phrase.find(name)
    if at <= 0:
        return ""
    pre = phrase[:at].split()
    if (
        len(pre) >= 3
        and pre[0].lower() in ("das", "die", "der")
        and pre[2] in ("des", "der")
        and is_org_word(pre[1])
    ):
        return phrase  # "das Gesundheitsamt des Landkreises Wesertal": the body with its genitive
    k = len(pre) - 1
    while k > 0 and pre[k].islower() and pre[k] not in _PLACE_LINKS:
        k -= 1  # "in eastern England": lower-case adjectives before the place
    if k <= 0 or pre[k] not in _PLACE_LINKS:
        return ""
    head = pre[k - 1]
    if pre[k] in ("des", "der") or not all(
        w.islower() or w.lower() in _DETS or w.endswith(("'s", "’s")) for w in pre[: k - 1]
    ):  # a possessive belongs to the body: "Russia's embassy in London" (rules-1.224)
        return ""  # "Die Schulleiterin einer Grundschule in Mannheim": the body is not the head
    plural = head[:1].isupper() and k == 1 and head.endswith("s")
    if is_org_word(head) or (plural and (_PLURAL_GROUP_RE.search(head) or head[:-1].lower() in PERSON_NOUNS)):
        return " ".join(pre[:k])
    return ""


def name_in_quotes(phrase: str, name: str) -> bool:
    """The name lies inside quote marks («Амурский тигр», „Harzer Rundschau“): a title, not a person."""
    at = phrase.find(name)
    if at < 0:
        return False
    before = phrase[:at]
    opened = before.count("«") + before.count("„") + before.count("“")
    closed = before.count("»") + before.count("“") + before.count("”")
    if "„" in before:
        closed -= before.count("“")  # German „…“ closes with “
        opened -= before.count("“")
    return opened > closed


def is_title_after_the(word: str) -> bool:
    """A capitalised word after "The" that names no person and no role: a publication or a body."""
    low = word.lower()
    return (
        word[:1].isupper()
        and word.isalpha()
        and not is_first_name(word)
        and low not in ROLE_CLASSES
        and low not in PERSON_NOUNS
        and not is_title_token(word)
    )


def acronym_end(toks: Sequence[re.Match[str]], i: int) -> int:
    """The end of "на вулканические извержения (KVERT)" from the preposition at ``i``: up to five lower-case
    words and then an acronym in brackets continue a body's name; ``i`` when they do not."""
    j = i + 1
    while j < len(toks) and j <= i + 5 and toks[j].group().isalpha() and toks[j].group().islower():
        j += 1
    if j == i + 1 or j + 2 >= len(toks) or toks[j].group() != "(" or toks[j + 2].group() != ")":
        return i
    acr = toks[j + 1].group()
    return j + 3 if len(acr) > 1 and acr.isupper() and acr.isalpha() else i


# "the Department for Environment, Food and Rural Affairs", "the Ministry of Culture, Youth and Sport": a body
# whose name lists its fields with commas; the last field after "and" ends at the cue (rules-1.82)
_LISTED_BODY_RE = re.compile(
    r"(?:\b[Tt]he\s+)?\b(?:Department|Ministry|Minister|Secretary|Office|Committee|Commission|Institute|Agency|"
    r"Council|Board|Faculty|School|Museum)\s+(?:for|of)\s+(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*"
    r"(?:,\s+(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)*$"
)
_LISTED_LAST_RE = re.compile(
    r"\s*(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*\s+(?:and|&)\s+(?:[A-Z][\w'’-]*\s*){1,4}$"
)


def listed_body_start(text: str, comma: int, raw: str) -> int:
    """Where a listed body's name opens when ``raw`` (the words after the comma at ``comma``, before the
    cue) closes its list ("…, the Department for Environment, Food and Rural Affairs said"), else -1."""
    if ("and" not in raw and "&" not in raw) or _LISTED_LAST_RE.fullmatch(raw) is None:
        return -1  # (its last field follows "and" or "&": a pre-check before the pattern's backtracking)
    m = _LISTED_BODY_RE.search(text, max(0, comma - 160), comma)
    return m.start() if m is not None else -1


def listed_body(phrase: str) -> str:
    """The name of a listed body that is the whole ``phrase`` ("the Department for Environment, Food and Rural
    Affairs" → "Department for Environment, Food and Rural Affairs"), else ""."""
    k = phrase.rfind(", ")
    if k == -1 or (phrase.find("and", k) == -1 and phrase.find("&", k) == -1):
        return ""  # (the last field follows "and" or "&")
    if _LISTED_LAST_RE.fullmatch(phrase, k + 1) is None:
        return ""
    m = _LISTED_BODY_RE.match(phrase, 0, k)
    if m is None or m.end() != k:
        return ""
    return phrase[4:] if phrase[:4] in ("the ", "The ") else phrase


# where a description's head noun ends: "one of the largest lenders", "an installer based in Leeds"
_DESC_TAIL_RE = re.compile(r"\s(?:of|in|at|from|with|based|near|for|on|that|which|who|що|который|которая)\s")


def name_before_description(kept: Sequence[str], lang: str) -> str:
    """ "Gazprom, the state gas giant", "UK Finance, the banking trade body": the body's name when the phrase
    is a name (capitalised words) followed only by descriptions ending in a common noun; "" otherwise ("The
    union, the Transport Workers' Guild", "Владелец здания, компания …", German, rules-1.160)."""
    if len(kept) < 2 or lang == "de":
        return ""
    toks = TOKEN_RE.findall(_LEAD_DET_RE.sub("", kept[0].strip(" ,")))
    if not toks or not all(is_cap(t) or not t[:1].isalpha() for t in toks):
        return ""
    for seg in kept[1:]:
        last = TOKEN_RE.findall(_DESC_TAIL_RE.split(seg, 1)[0])  # "a solar installer based in Burton"
        if not seg.strip(" ,")[:1].islower() or not last or not last[-1].islower():
            return ""
        if last[-1] in ROLE_CLASSES or last[-1] in PERSON_NOUNS or last[-1].endswith("master"):
            return ""  # "Kelly, the harbour master": a person's role, not a body's description
    return kept[0].strip(" ,")


def name_after_of(phrase: str, name: str, first: str) -> bool:
    """The capitalised name right after "of"/"for" names what the word before belongs to, not a person: a
    body's ("the Federation of Small Firms", rules-1.13) or, after "the" and a role, a place or a portfolio ("The
    MP for Leeds North", "the commissioner for Human Rights", "the governor of New York"; rules-1.177)."""
    k = phrase.find(" of " + name)
    if k <= 0 and (k := phrase.find(" for " + name)) <= 0:
        return False
    w = phrase[:k].rsplit(None, 1)[-1]
    return is_org_word(w) or (first == "the" and (w.lower() in PERSON_NOUNS or w.lower() in ROLE_CLASSES))
