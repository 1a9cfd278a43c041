"""The role a name in apposition belongs to: ", Rasa Vaitkute," after "Lithuania's minister" (the word
before the comma), or after a role phrase that opens the sentence and goes on with a genitive or a place
("Die Wirtin eines Gasthauses am Innufer, Rosi Baumgartner, …", "The landlady of a pub by the river,
Rosi Baumgartner, …"; rules-1.22); a name after a role and its place, role words before a name (the
forward speaker phrase, ``forward.parse_forward``)."""

from __future__ import annotations

import re

from ingest.extract.cues import Token
from ingest.extract.lexicon import PERSON_NOUNS, ROLE_CLASSES
from ingest.extract.lexicon import words as _w
from ingest.extract.lexicon_roles import DE_ROLE_SUFFIXES
from ingest.extract.roles import is_cyr_role, is_org_word
from ingest.extract.speakers import is_cap, is_first_name, is_title_token

_WORD_BEFORE_COMMA_RE = re.compile(r"([^\W\d_][\w\-]*)(?:['’]s)?$")
# the determiner or possessive that opens a role phrase at the start of a sentence
_PHRASE_OPENERS = frozenset("the a an its his her their der die das ein eine sein seine ihr ihre".split())
_SENTENCE_BREAKS = (". ", "\n", "! ", "? ", ": ")


def is_role_word(low: str) -> bool:
    """A lower-cased role or person noun ("minister", "wirtin", "речниця")."""
    return (
        low in ROLE_CLASSES or low in PERSON_NOUNS or bool(DE_ROLE_SUFFIXES.search(low)) or is_cyr_role(low)
    )


def apposition_role(text: str, comma: int) -> str:
    """The role noun that the name after the comma at ``comma`` is in apposition to, or ""."""
    word = _WORD_BEFORE_COMMA_RE.search(text, max(0, comma - 40), comma)
    role = word.group(1).lower() if word is not None else ""
    if role and is_role_word(role):
        return role
    return _phrase_head_role(text, comma)


def _phrase_head_role(text: str, comma: int) -> str:
    """The role noun heading a short phrase from the sentence start to ``comma`` ("Die Wirtin eines
    Gasthauses am Innufer"), or ""."""
    lo = max(0, comma - 80)
    start = -1
    for b in _SENTENCE_BREAKS:
        if (k := text.rfind(b, lo, comma)) != -1:
            start = max(start, k + len(b))
    if start == -1:
        if lo > 0:
            return ""  # no sentence start within reach
        start = 0
    phrase = text[start:comma]
    words = phrase.split()
    if not 2 <= len(words) <= 8 or words[0].lower() not in _PHRASE_OPENERS or "," in phrase:
        return ""
    head = words[1].lower()
    return head if head.isalpha() and is_role_word(head) else ""


def name_after_place(toks: list[Token], i: int, lang: str) -> int:
    """After a role phrase, a place ("на улице Шаумяна", "із Болградського району") followed within
    five tokens by a first name and a capitalised surname: the index of the first name, else -1. In
    German and English the place is capitalised words and a comma before the name ("der General der
    US-Streitkräfte im Irak, General George Casey"): the index of the comma (rules-1.36)."""
    if lang not in ("uk", "ru"):
        k = i + 1
        while k < min(i + 4, len(toks)) and is_cap(toks[k].group()):
            k += 1
        if k == i + 1 or k + 2 >= len(toks) or toks[k].group() != ",":
            return -1
        first = k + 1
        while first < len(toks) - 1 and (is_title_token(toks[first].group()) or toks[first].group() == "."):
            first += 1  # "General", "Dr."
        named = is_first_name(toks[first].group()) or (first > k + 1 and is_cap(toks[first].group()))
        return k if named and is_cap(toks[first + 1].group()) else -1
    for k in range(i + 2, min(i + 7, len(toks) - 1)):
        w = toks[k].group()
        if not w[:1].isalpha():
            return -1
        if is_first_name(w) and is_cap(toks[k + 1].group()):
            return k
        if _unknown_pair_at(toks, k):  # rules-1.463: "посол Японії в Україні Хіроші Танабе"
            return k
        if k > i + 2 and len(w) == 1 and w.isupper() and toks[k + 1].group() == ".":
            return k  # rules-1.310: initials ("по Крыму генерал-майор Г. А. Ломтев")
    return -1


def _unknown_pair_at(toks: list[Token], k: int) -> bool:
    """toks[k] and toks[k + 1] are two capitalised words that end the phrase (the end, a mark or a lower-case
    word after them), neither an adjective's or a body's word nor a role: a first name no list holds and a
    surname after a place ("в Україні Хіроші Танабе")."""
    if k + 1 >= len(toks) or not is_cap(w := toks[k].group()) or not is_cap(w2 := toks[k + 1].group()):
        return False
    if k + 2 < len(toks) and is_cap(toks[k + 2].group()):
        return False
    if w.isupper() or w2.isupper() or not _CYR_WORDS_RE.fullmatch(w + w2):
        return False
    return not (
        _CYR_ADJ_END_RE.search(w) or _CYR_ADJ_END_RE.search(w2) or is_org_word(w) or is_org_word(w2)
        or is_cyr_role(w.lower()) or is_title_token(w)
    )  # fmt: skip


_CYR_WORDS_RE = re.compile(r"[А-ЯЁҐЄІЇа-яёґєії'’-]+")
_CYR_ADJ_END_RE = re.compile(r"(?:[аяыиоі]й|[ао]го|[ео]му|[ыи]х|[аоея]я|[ыи]м|[ыи]ми|ої|ою|[ео]е|ому)$")


def role_before_name(toks: list[Token], i: int) -> bool:
    """toks[i] opens one or two lower-case role words before a capitalised name ("Harbridge manager
    Declan Furey", "Tesla chief executive Elon Musk"; rules-1.19; "MSNBC host Chris Matthews", 1.36)."""
    j = i  # rules-1.61: lower-case modifiers first ("Idaho nutritional-supplement executive Frank VanderSloot")
    while j < len(toks) and j < i + 3 and _is_modifier(toks[j].group()):
        j += 1
    k = j
    while (
        k < len(toks) and k < j + 2 and (toks[k].group() in ROLE_CLASSES or toks[k].group() in PERSON_NOUNS)
    ):
        k += 1
    return j < k < len(toks) and is_cap(toks[k].group())


def _is_modifier(word: str) -> bool:
    """A lower-case word or hyphen that may stand before a role noun ("foreign", "nutritional", "-")."""
    return word == "-" or (
        word.replace("-", "").isalpha()
        and word.islower()
        and word not in ROLE_CLASSES
        and word not in PERSON_NOUNS
    )


def follows_possessive(toks: list[Token], i: int) -> bool:
    """toks[i] is a role word after a body's possessive ("said Nationstead's chief economist", "said
    Barclays' head of research"; rules-1.40): the phrase goes on to the role and its name."""
    j = i  # rules-1.65: lower-case modifiers first ("Mrs. Clinton's communications director")
    while j < len(toks) and j < i + 2 and _is_modifier(toks[j].group()):
        j += 1
    if i < 1 or j >= len(toks) or not (toks[j].group() in ROLE_CLASSES or toks[j].group() in PERSON_NOUNS):
        return False
    prev = toks[i - 1].group()
    return prev.endswith(("'s", "’s")) or (prev in ("'", "’") and i > 1 and toks[i - 2].group().endswith("s"))


# rules-1.290: an age before the name in an apposition ("said one of them, 19-year-old Kateryna Moroz.")
_AGE_ADJ_RE = re.compile(r"\d{1,3}-year-old")


def ends_with_name(toks: list[Token], i: int) -> bool:
    """toks[i:] is a name of two or three capitalised words that ends the phrase (", Farah Qureshi."), or an
    age and such a name (", 19-year-old Kateryna Moroz.", a person described by age: rules-1.290)."""
    before = toks[i - 2].group().lower() if i >= 2 else ""
    aged = (
        i + 1 < len(toks)
        and toks[i].group()[:1].isdigit()
        and _AGE_ADJ_RE.fullmatch(toks[i].group()) is not None
    )
    i += 1 if aged else 0
    k = i
    while (
        k < len(toks) and k < i + 3 and is_cap(toks[k].group()) and toks[k].group().replace("-", "").isalpha()
    ):
        k += 1  # (rules-1.352: a hyphenated double surname, ", Nataliia Bondar-Levytska.")
    # after a role word ("chief economist, Amara Lindqvist.") or with a known given name first: not ", Los
    # Angeles." after "a researcher at University of California" (a place)
    named = i < len(toks) and (
        aged or before in ROLE_CLASSES or before in PERSON_NOUNS or is_first_name(toks[i].group())
    )
    return named and k - i >= 2 and (k == len(toks) or toks[k].group() in (".", ";", "!", "?"))


# rules-1.148: an English apposition after a name ("Dmytro Holub, a battalion commander whose deputy …,")
_ROLE_AFTER_RE = re.compile(
    r",\s+(?:a|an|the)\s+(?P<role>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
    r"(?=\s*[,.;]|\s+(?:who|whose|known|since)\b)"
)


# rules-1.198: the office a person takes ("Martina Sedlakova was sworn in as Slovakia's foreign minister on
# Thursday"), so that "the new foreign minister said" finds her and not her predecessor named after her
_ROLE_TAKEN_RE = re.compile(
    r"\s+(?:(?:was|has been|had been|is)\s+(?:formally\s+)?(?:sworn in|appointed|named|elected|confirmed)\s+as"
    r"|became|becomes)\s+(?:the\s+)?(?:new\s+)?(?:[A-Z][\w-]*(?:['’]s)?\s+)?(?P<role>(?:[a-z][\w-]*[ \t]*){1,3})"
)


def role_after(text: str, end: int) -> str:
    """The role phrase in apposition right after a name ending at ``end`` ("…, a battalion commander whose …"),
    the title of a person named but not quoted there, so "The commander said" finds him later; or ""."""
    m = _ROLE_AFTER_RE.match(text, end)
    if m is None:
        t = _ROLE_TAKEN_RE.match(text, end)
        words = t.group("role").split() if t is not None else []
        last = max((k for k, w in enumerate(words) if is_role_word(w)), default=-1)
        return " ".join(words[: last + 1])
    role = m.group("role")
    return role if is_role_word(role.rsplit(None, 1)[-1]) else ""


# rules-1.342: a noun phrase in apposition to a place before the subject ("In Galati, one of the worst-hit cities,
# Mayor Maria Popa said …"): its plural head ("cities") is no verb of a clause before the speaker
_NP_APPOSITION_OPENERS = ("one of ", "some of ", "among ", "a ", "an ", "the ", "home to ")
_NP_VERB_WORDS = frozenset(_w("is are was were has have had will would can could said says say did does do"))


def apposition_before(text: str, s: int, left_from: int, left: str, np: str) -> bool:
    """The words in ``left`` before the subject ``np`` are a short noun phrase after a comma of the sentence
    (from ``s``): an apposition to what the comma closes, not a clause ("X happened, the ministry said")."""
    if not text[s:left_from].rstrip().endswith(","):
        return False
    k = left.rfind(np.split(",")[0]) if np else -1
    prefix = left[:k].strip(" ,") if k > 0 else ""
    if not prefix or "," in prefix or not prefix.lower().startswith(_NP_APPOSITION_OPENERS):
        return False
    words = prefix.split()
    return len(words) <= 8 and not any(
        w.lower() in _NP_VERB_WORDS or (w.endswith(("ed", "s")) and "-" not in w) for w in words[:-1]
    )
