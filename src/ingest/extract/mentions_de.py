"""German role noun + name mentions with a first name outside the lists ("Mieterin Sevgi Aydın sieht …";
rules-1.100)."""

from __future__ import annotations

import re

from ingest.extract.appositions import is_role_word
from ingest.extract.lexicon_roles import DE_ROLE_SUFFIXES
from ingest.extract.speakers import is_first_name, is_org_word, is_title_token

_NAME_WORD = r"[A-ZÄÖÜÇŞ][a-zäöüßçşğıéèáàíóú]+"
# a capitalised role noun, then exactly two capitalised words, then a lower-case word (the verb) or a comma
_DE_ROLE_NAME_RE = re.compile(
    rf"(?<![\w’'-])(?P<role>[A-ZÄÖÜ][a-zäöüß]{{3,}})[ \t]+(?P<name>{_NAME_WORD}[ \t]+{_NAME_WORD})"
    r"(?=[ \t]+[a-zäöüß]|,)"
)
_DE_ARTICLES = frozenset(
    ("der", "die", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer", "eines")
)


def _opens_phrase(text: str, pos: int) -> bool:
    """The role at ``pos`` starts its sentence or follows an article ("Die Mieterin …"), not a possessor
    ("Uruguays Präsident Tabaré Vázquez": the country's head, whom a role phrase elsewhere must not find)."""
    before = text[max(0, pos - 20) : pos].rstrip(" \t")
    if not before or before[-1] in '.!?:\n"“”„':
        return True
    return before.rsplit(None, 1)[-1].lower() in _DE_ARTICLES


def de_role_name_mentions(text: str, seen: set[int]) -> list[tuple[int, str, str]]:
    """(position, name, role) for "Mieterin Sevgi Aydın", "Landwirt Bekir Yıldız": a person-role noun
    (a title, or a role noun ending like one: -erin, -ler, …) before two capitalised words that are neither
    titles nor organisation words, when the name the lists know ("Petra Albers") was not found already;
    only at the start of a sentence or after an article."""
    found: list[tuple[int, str, str]] = []
    for m in _DE_ROLE_NAME_RE.finditer(text):
        role, name = m.group("role"), m.group("name")
        low = role.lower()
        if (
            m.start("name") in seen
            or not _opens_phrase(text, m.start())
            or not (is_role_word(low) and DE_ROLE_SUFFIXES.search(low))
        ):
            continue
        words = name.split()
        if any(is_title_token(w) or is_org_word(w) for w in words) or is_first_name(words[1]):
            continue
        found.append((m.start("name"), name, role))
    return found


# rules-1.107: a kin noun before a lone listed first name ("Kesslers Sohn Jonas, der …, zeigte sich …", "Ihre
# Tochter Lea sagte …"): the relative named by first name only
_DE_KIN_NAME_RE = re.compile(
    r"(?<![\w’'-])(?:Sohn|Tochter|Bruder|Schwester|Vater|Mutter|Ehefrau|Ehemann|Enkel|Enkelin|Neffe|Nichte|Cousin|"
    rf"Cousine)[ \t]+(?P<name>{_NAME_WORD})(?=,|[ \t]+[a-zäöüß])"
)


def de_kin_name_mentions(text: str, seen: set[int]) -> list[tuple[int, str, str]]:
    """(position, first name, kin noun) for "Kesslers Sohn Jonas", when the word is a listed first name."""
    return [
        (m.start("name"), m.group("name"), text[m.start() : m.start("name")].strip())
        for m in _DE_KIN_NAME_RE.finditer(text)
        if m.start("name") not in seen and is_first_name(m.group("name"))
    ]


# academic titles alone before a name: the role word before them is the name's title (rules-1.275)
ACADEMIC = frozenset(("Dr.", "Prof.", "Prof. Dr.", "Dr.-Ing."))
_ACADEMIC_BEFORE_RE = re.compile(r"(?:(?<=\s)(?:Dr|Prof|Dipl\.-Ing|Dr\.-Ing)\.[ \t]+)+$")


def before_academic(text: str, pos: int) -> int:
    """The start of the academic titles before a name at ``pos`` ("Ministerin Dr. Karin …", "Präsident Prof.
    Dr. Jan …"), so the role word before them is the name's title; ``pos`` without any (rules-1.275)."""
    if pos < 5 or text[pos - 2] != ".":
        return pos
    m = _ACADEMIC_BEFORE_RE.search(text, max(0, pos - 30), pos)
    return m.start() if m else pos
