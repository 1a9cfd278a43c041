"""The full name of a person the article also calls by one name: "Ken Groberg" for "Groberg", "María
Corina Machado" for "Machado", and, for names that put the family name first or people called by their
given name, "Zhu Song-chun" for "Zhu" and "Anutin Charnvirakul" for "Anutin" (rules-1.25)."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.cues import is_cue
from ingest.extract.lexicon_countries import place_or_acronym
from ingest.extract.mentions import _CAP, _LOW, _NAME_PAIR_RE, CAP_STOP, headline_pair, name_before
from ingest.extract.mentions import _WORD_BEFORE_RE as WORD_BEFORE_RE
from ingest.extract.possessors import switches_script
from ingest.extract.roles import _CALENDAR as CALENDAR_WORDS
from ingest.extract.speakers import gender_of_first, is_first_name, is_org_word, is_title_token

# the capitalised word after a bare name ("Zhu Song-chun", "Lee Jae-myung"), no possessive or initial
_WORD_AFTER_RE = re.compile(rf"[ \t]([{_CAP}][{_LOW}]+(?:-[{_CAP}]?[{_LOW}]+)*)(?![\w’'\-])")
_NEXT_CAP_RE = re.compile(rf"[ \t]+[{_CAP}]")
# a place named after its first word ("the Duomo Cathedral", "Trump Tower"): no person
_PLACE_HEADS = frozenset(
    "street avenue road square cathedral church mosque temple tower bridge park hall palace museum river lake "
    "mountain mountains island islands valley bay airport station stadium arena hotel castle gate".split()
)
_ARTICLES = frozenset(
    ("the", "a", "an", "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines")
)
# German words before a surname that are no first names: a frame's noun, a sentence's first function word
_DE_FRAME_NOUNS = frozenset(
    "Angaben Worten Einschätzung Ansicht Auffassung Darstellung Sicht Wie Laut".split()
)
_EMPHATIC = frozenset(("Сам", "Сама", "Сами", "Самі"))  # "himself", "herself" before a surname
_HEADING_CHARS = 100  # a paragraph this short without a full stop at its end is a heading
_WORD_END_RE = re.compile(r"(\w+)[ \t]+$")


# a nickname and the full name it stands for: "Lulu, as the club's keeper Luisa Mendes is known, said …"
_KNOWN_AS_RE = re.compile(
    r"(?<![\w’'])(?P<nick>[A-Z][\w’'-]+), as (?:[\w’'-]+ ){0,6}?(?P<name>[A-Z][\w’'-]+ [A-Z][\w’'-]+) is "
    r"(?:also |widely |better |commonly )?(?:known|called)\b"
)


@lru_cache(maxsize=256)  # per article and name: it runs for every statement of a bare name
def full_name(text: str, surname: str) -> str:
    """The full name of a bare name: "Ken Groberg" when the text has it after a capitalised word that is
    no title ("María Corina Machado" with a known first name before that word); when that word is no
    known first name, rather the name with the word after it ("Zhu Song-chun", not "Physiker Zhu")."""
    if len(surname) < 3 or not surname[:1].isupper() or "." in surname:
        return ""
    if ", as " in text and (nick := _KNOWN_AS_RE.search(text)) is not None and nick.group("nick") == surname:
        return nick.group("name")  # "Quinzinho, as the striker Joaquim Ferreira is known," (rules-1.186)
    before = name_before_surname(text, surname)
    if before and is_first_name(before.split(" ", 1)[0]):
        return before
    if before.split(" ", 1)[0] in _EMPHATIC:
        return surname  # "Сам Малышев заявил …": the surname alone, "Сам" is no first name (rules-1.157)
    return name_after(text, surname) or before


@lru_cache(maxsize=256)
def name_before_surname(text: str, surname: str) -> str:
    """ "Ken Groberg": the first place the surname stands after a capitalised word that is no title."""
    i = text.find(surname)
    while i != -1:
        after = text[i + len(surname) : i + len(surname) + 1]
        if not (after.isalnum() or after in "’'"):
            m = WORD_BEFORE_RE.search(text, max(0, i - 40), i)
            first = m.group(1) if m else ""
            if (
                m
                and first
                and not (
                    is_title_token(first)
                    or first.lower() in CAP_STOP
                    or first.endswith(("’s", "'s"))
                    or headline_pair(text, first, i + len(surname))
                    or switches_script([first, surname], 1)  # "в Telegram Гладков" (rules-1.255)
                    or first in _DE_FRAME_NOUNS  # "Nach Angaben Peskows", "Wie Peskow … sagte" (rules-1.256)
                    or place_or_acronym(first)  # "Глава ГУР Журавель" (rules-1.327)
                )
            ):
                given = WORD_BEFORE_RE.search(text, max(0, m.start(1) - 30), m.start(1))
                if given and is_first_name(given.group(1)) and not is_title_token(given.group(1)):
                    return f"{given.group(1)} {first} {surname}"
                return f"{first} {surname}"
        i = text.find(surname, i + 1)
    return ""


def name_after(text: str, name: str) -> str:
    """ "Zhu Song-chun" for "Zhu": the first place the bare name stands before a capitalised word that is
    no title, body, place, calendar or cue word, after no other capitalised word but a title, and before
    no third one (a title-cased heading: "Iran Is Beautiful")."""
    i = text.find(name)
    while i != -1:
        m = _WORD_AFTER_RE.match(text, i + len(name))
        if (
            m is not None
            and not (i and text[i - 1].isalnum())
            and not _NEXT_CAP_RE.match(text, m.end())
            and not in_heading(text, i)
        ):
            before = WORD_BEFORE_RE.search(text, max(0, i - 40), i) if i else None
            prev = before.group(1) if before else ""
            word = m.group(1)
            low = word.lower()
            if (
                not prev
                or is_title_token(prev)
                or (prev.lower() in CAP_STOP and prev.lower() not in _ARTICLES)
                or (before is not None and after_article(text, before.start(1)))  # "Der Physiker Wang Lihua"
            ) and not (
                is_title_token(word)
                or low in CAP_STOP
                or low in CALENDAR_WORDS
                or low in _PLACE_HEADS
                or is_org_word(word)
                or is_cue(word, "en")
                or headline_pair(text, word, m.end())
            ):
                return f"{name} {word}"
        i = text.find(name, i + 1)
    return ""


def after_article(text: str, pos: int) -> bool:
    """The word at ``pos`` follows an article ("the", "der", "eine")."""
    m = _WORD_END_RE.search(text, max(0, pos - 12), pos)
    return m is not None and m.group(1).lower() in _ARTICLES


def in_heading(text: str, pos: int) -> bool:
    """``pos`` is in a short paragraph that ends without punctuation ("Iran Belongs to Everyone")."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : len(text) if end == -1 else end].rstrip()
    return len(line) < _HEADING_CHARS and not line.endswith((".", "!", "?", ":", "”", '"', "»", "“", ")"))


_KNOWN_NAMES_CHARS = 6000  # full names this far back give their bare surnames a person
_BARE_SUBJECT_CHARS = 400


def person_before(text: str, lang: str, ref: int, gender: str = "") -> tuple[str, int]:
    """The person last named before ``ref``: the last two-word name (``name_before``), or a later bare
    surname of a person named in full earlier ("President Donald Trump’s … Trump has repeatedly
    questioned NATO. “…,” he blasted": Donald Trump, not a name between them; rules-1.25)."""
    best, pos = name_before(text, lang, ref, gender)
    fulls: dict[str, str] = {}
    for m in _NAME_PAIR_RE.finditer(text, max(0, ref - _KNOWN_NAMES_CHARS), ref):
        first, last = m.group(1), m.group(2).removesuffix("’s").removesuffix("'s")
        g = gender_of_first(first)
        if g and not is_title_token(first) and not (gender in ("m", "f") and g != gender):
            fulls[last] = f"{first} {last}"
    for sur, full in fulls.items():
        k = text.rfind(sur, max(pos + 1, ref - _BARE_SUBJECT_CHARS), ref)
        while k != -1 and not _bare_at(text, k, sur):
            k = text.rfind(sur, max(pos + 1, ref - _BARE_SUBJECT_CHARS), k)
        if k > pos:
            best, pos = full, k
    return best, pos


def _bare_at(text: str, k: int, sur: str) -> bool:
    """``sur`` at ``k`` is a word of its own, no possessive, after no capitalised word."""
    end = k + len(sur)
    if (k and text[k - 1].isalnum()) or text[end : end + 1].isalnum() or text[end : end + 1] in ("’", "'"):
        return False
    return WORD_BEFORE_RE.search(text, max(0, k - 40), k) is None
