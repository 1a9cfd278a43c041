"""English role noun + name mentions with a first name outside the lists ("Running coach Dev Malik
described …", "The ward councillor Tunde Bakare said …"; rules-1.107)."""

from __future__ import annotations

import re

from ingest.extract.appositions import is_role_word
from ingest.extract.speakers import is_first_name, is_org_word, is_title_token

_NAME_WORD = r"[A-Z][a-zà-ÿ’'-]+"
# exactly two capitalised words after a blank, then a lower-case word (the verb) or a comma; the role noun
# before them is read backwards in Python (en_role_name_mentions). The pattern opens with a capital, so
# re tries only the capitals (a pattern opening with the role's lower-case letters was tried at every letter)
_EN_NAME_PAIR_RE = re.compile(rf"[A-Z](?<=[ \t].)[a-zà-ÿ’'-]+[ \t]+{_NAME_WORD}(?=[ \t]+[a-z]|,)")
_ROLE_BOUNDARY_RE = re.compile(r"[\w’'-]")  # a character that may not precede the role noun
_SENTENCE_OPENERS = '.!?:\n"“”'
_ARTICLES = frozenset(("the", "a", "an"))


def _opens_sentence(text: str, pos: int) -> bool:
    """The role at ``pos`` is in a short phrase that opens its sentence ("Running coach …", "The local
    farmer …"): at most three words before it, the first capitalised, none a possessive ("Britain's
    ambassador Jane Roe" is the country's, whom a role phrase elsewhere must not find) or a lower-case
    word other than an article or a modifier."""
    lo = max(0, pos - 60)
    seg = text[lo:pos]
    cut = max(seg.rfind(c) for c in _SENTENCE_OPENERS)
    if cut == -1 and lo > 0:
        return False
    words = seg[cut + 1 :].split()
    if len(words) > 3 or (words and not words[0][:1].isupper()):
        return False
    return not any(w.endswith(("'s", "’s", "s'", "s’")) or w.lower() in ("and", "or") for w in words)


def _role_span(text: str, start: int) -> tuple[int, int]:
    """The role noun before the name at ``start``: a run of at least three letters a–z, then blanks, right
    before ``start``, after a character that is no word character, apostrophe or hyphen (or at the text's
    start); (-1, -1) when there is none."""
    end = start
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    at = end
    while at > 0 and "a" <= text[at - 1] <= "z":
        at -= 1
    if end - at < 3 or (at > 0 and _ROLE_BOUNDARY_RE.match(text, at - 1)):
        return -1, -1
    return at, end


def en_role_name_mentions(text: str, seen: set[int]) -> list[tuple[int, str, str]]:
    """(position, name, role) for "Running coach Dev Malik", "The ward councillor Tunde Bakare": a person-role
    noun before two capitalised words that are neither titles nor organisation words, the second no first
    name, when no listed name was found there; only in a short phrase that opens the sentence."""
    found: list[tuple[int, str, str]] = []
    for m in _EN_NAME_PAIR_RE.finditer(text):
        start = m.start()
        at, end = _role_span(text, start)
        role = text[at:end]
        if at < 0 or start in seen or role in _ARTICLES or not is_role_word(role):
            continue
        name = m.group()
        if not _opens_sentence(text, at):
            continue
        words = name.split()
        if any(is_title_token(w) or is_org_word(w) for w in words) or is_first_name(words[1]):
            continue
        found.append((start, name, role))
    return found
