"""Mentions of people that the name lists alone do not find: a role noun before a name with a first name outside
the lists (``mentions_de``, ``mentions_en``; rules-1.100, 1.107), a kin noun before a first name (rules-1.107) and,
since rules-1.167, a member of the public named by a listed first name alone with an age ("Margaret, 79, was …",
"Anwohnerin Sabine (52) war …", "68-річна Марія …", "Ольга, 45 лет, …"): a mention, so that a pronoun after it
("„…“, sagte sie.") finds her rather than a speaker quoted before."""

from __future__ import annotations

import re

from ingest.extract.appositions import is_role_word
from ingest.extract.mentions_cyr import cyr_role_place_name_mentions
from ingest.extract.mentions_de import de_kin_name_mentions, de_role_name_mentions
from ingest.extract.mentions_en import en_role_name_mentions
from ingest.extract.mentions_oblique import oblique_name_mentions
from ingest.extract.speakers import is_first_name, is_org_word, is_title_token

# a capitalised word with the age right after it ("Margaret, 79,", "Sabine (52)", "Ольга, 45 лет") or before it
# ("68-річна Марія", "45-летняя Ольга", "die 52-jährige Sabine"; rules-1.239: also with one lower-case noun
# between, "29-річна програмістка Дарина"), not followed by another capitalised word
_AGED_RE = {
    # rules-1.313: also "Serhiy, a 34-year-old former lorry driver, …"
    "en": re.compile(r"(?<![\w’'-])(?P<a>[A-Z][a-z]+),[ \t]+(?:\d{1,3},|an?[ \t]+\d{1,3}-year-old\b)"),
    "de": re.compile(
        r"(?<![\w’'-])(?P<a>[A-ZÄÖÜ][a-zäöüß]+)[ \t]+\(\d{1,3}\)"
        r"|\b\d{1,3}-jährige[rn]?[ \t]+(?P<b>[A-ZÄÖÜ][a-zäöüß]+)(?![ \t]+[A-ZÄÖÜ])"
    ),
    "uk": re.compile(
        r"(?<![\w’'-])(?P<a>[А-ЯІЇЄҐ][а-яіїєґ’'-]+),[ \t]+\d{1,3}[ \t]+(?:рік|роки|років)\b"
        r"|\b\d{1,3}-річн(?:ий|а)[ \t]+(?:[а-яіїєґ’'-]{4,}[ \t]+)?(?P<b>[А-ЯІЇЄҐ][а-яіїєґ’'-]+)(?![ \t]+[А-ЯІЇЄҐ])"
    ),
    "ru": re.compile(
        r"(?<![\w’'-])(?P<a>[А-ЯЁ][а-яё-]+),[ \t]+\d{1,3}[ \t]+(?:год|года|лет)\b"
        r"|\b\d{1,3}-летн(?:ий|яя)[ \t]+(?:[а-яё-]{4,}[ \t]+)?(?P<b>[А-ЯЁ][а-яё-]+)(?![ \t]+[А-ЯЁ])"
    ),
}
_WORD_BEFORE_RE = re.compile(r"(\S+)[ \t]+$")
# a cheap test first: the age's own shape, found by a scan that starts at a literal ("speed": 3% of a pass before)
_AGE_HINT_RE = {
    "en": re.compile(r",[ \t]+(?:\d{1,3},|an?[ \t]+\d{1,3}-year-old)"),
    "de": re.compile(r"\(\d{1,3}\)|\d-jährige"),
    "uk": re.compile(r"\d[ \t]+(?:рік|роки|років)\b|\d-річн"),
    "ru": re.compile(r"\d[ \t]+(?:год|года|лет)\b|\d-летн"),
}


# rules-1.334: the first word of a sentence's adverbial opener ("Next to her, Taras, 16, …", "Outside the station,
# Olha, 72, …"): the name after its comma is no apposition
_OPENER_WORDS = frozenset(
    ("in", "at", "on", "outside", "inside", "next", "near", "behind", "beside", "across", "along", "around", "by",
     "from", "nearby", "downstairs", "upstairs", "opposite", "back", "there", "here", "later", "earlier",
     "nearer", "further", "among", "between", "under", "above", "below", "beyond", "past", "after", "before")
)  # fmt: skip
_OPENERS_END = ".!?\n"


def _after_opener(text: str, comma_word: int) -> bool:
    """The phrase that ends at the comma after ``comma_word`` opens its sentence and starts with a preposition or a
    place adverb."""
    lo = max(0, comma_word - 80)
    cut = max(text.rfind(c, lo, comma_word) for c in _OPENERS_END)
    if cut == -1 and lo > 0:
        return False
    head = text[cut + 1 : comma_word + 1].lstrip(' \t"“”')
    first = head.split(None, 1)[0].lower() if head.strip() else ""
    return first in _OPENER_WORDS and text.count(",", cut + 1, comma_word) == 0


def _alone(text: str, pos: int) -> bool:
    """The first name at ``pos`` stands alone: the word before it (if any, in its sentence) is no capitalised
    name ("Michael Jordan, 20,": the surname) and closes no phrase with a comma, only a lower-case word, an age
    or a role noun ("Anwohnerin")."""
    m = _WORD_BEFORE_RE.search(text, max(0, pos - 40), pos)
    if m is None:
        return True
    word = m.group(1)
    if (
        word[-1:] == ","
    ):  # "His sister, Ruth, 72,": an apposition; the speaker is the whole phrase (rules-1.33)
        return _after_opener(
            text, m.start()
        )  # "Next to her, Taras, 16, …": an adverbial before (rules-1.334)
    if word[-1:] in '.!?:;»”“"' or not word[:1].isupper():
        return True
    return is_role_word(word.lower()) or word[:1].isdigit()


def aged_first_name_mentions(text: str, lang: str, seen: set[int]) -> list[tuple[int, str, str]]:
    """(position, first name, "") for a listed first name alone with an age, not found already."""
    pattern = _AGED_RE.get(lang)
    if pattern is None or _AGE_HINT_RE[lang].search(text) is None:
        return []
    found: list[tuple[int, str, str]] = []
    for m in pattern.finditer(text):
        group = "a" if m.group("a") else "b"
        pos, name = m.start(group), m.group(group)
        if pos not in seen and is_first_name(name) and _alone(text, pos):
            found.append((pos, name, ""))
    return found


def more_name_mentions(text: str, lang: str, seen: set[int]) -> list[tuple[int, str, str]]:
    """The mentions above, for ``scan_mentions`` (``seen``: the positions of the names found already)."""
    found: list[tuple[int, str, str]] = []
    if lang in ("de", "en"):  # "Mieterin Sevgi Aydın sieht …", "Running coach Dev Malik …" (1.100, 1.107)
        found.extend((de_role_name_mentions if lang == "de" else en_role_name_mentions)(text, seen))
        found.extend(de_kin_name_mentions(text, seen) if lang == "de" else ())  # "Sohn Jonas" (1.107)
    found.extend(cyr_role_place_name_mentions(text, lang, seen))  # "Міністр … Польщі Марек …" (1.251)
    found.extend(oblique_name_mentions(text, lang, seen | {p for p, _, _ in found}))  # "призначила Остапа …"
    return found + aged_first_name_mentions(text, lang, seen | {p for p, _, _ in found})


# rules-1.239: a capitalised word right before a mention, not after a sentence's end ("… Penobscot Bay Marine …")
_CAP_BEFORE_RE = re.compile(r"(?<![.!?:][ \t])\b[A-Z][\w’'-]+[ \t]+$")


def inside_body_name(text: str, pos: int, name: str) -> bool:
    """ "the Penobscot Bay Marine Laboratory": a given name ("Marine") and a body noun after another capitalised
    word are part of a body's name, nobody's (rules-1.239); not after a title ("Atlantic City Mayor Don Guardian"),
    nor at a sentence's start ("Grace Church said")."""
    if " " not in name or not is_org_word(name.rsplit(None, 1)[-1]):
        return False
    m = _CAP_BEFORE_RE.search(text, max(0, pos - 30), pos)
    return (
        m is not None
        and not is_title_token(m.group().strip())
        and not is_role_word(m.group().strip().lower())
    )
