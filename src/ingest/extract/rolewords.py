"""Role words around a name that the mention scan used to miss or misread (rules-1.139).

* A place adjective before a Cyrillic role noun belongs to the role: "міським головою Миколою …" is
  the mayor ("міський голова"), not any head, so "Міський голова заявив" later finds him.
* A hyphenated German compound whose last part is a role: "Die Grünen-Abgeordnete Katrin …",
  "SPD-Fraktionschefin …", so "die Abgeordnete" later finds her.
* "the General Staff": a title ("General") before one body word after a determiner is a body, not a
  person called "Staff" whom a later "he" could find.
* rules-1.224: a rank between a title and a name ("Behördenpräsident Generalmajor Frank Albers") is a title
  too, so "der General" later finds him.
* rules-1.145: a body's capitalised name in the genitive inside a Cyrillic role before a name ("Председатель
  Национального банка Украины Елена …"), so "глава НБУ" later finds her.
"""

from __future__ import annotations

import re

from ingest.extract.given_names import is_first_name
from ingest.extract.lexicon_roles import DE_ROLE_SUFFIXES
from ingest.extract.speakers import is_org_word, role_class

_CYR_PLACE_ADJ_RE = re.compile(
    r"^[а-яіїєґ]+(?:ськ|цьк|зьк|ск|цк)(?:ий|ій|ой|ый|ого|ому|им|ім|ым|ою|ом|а|ая|ої|ей|ую|у)$"
)
_THE_BEFORE_RE = re.compile(r"(?:^|\W)(?:the|The)[ \t]+$")


_CYR_BODY_WORD_RE = re.compile(r"[А-ЯІЇЄҐ][а-яіїєґ]+(?:ого|ої|ой)|(?:Україн|Украин)[аиіы]")


def genitive_word(word: str, words: int) -> bool:
    """A word of a Cyrillic role phrase before a name, ``words`` words of it read so far: lower case within
    three words ("міністр охорони здоров'я …"), or within four a capitalised adjective or Ukraine in the
    genitive, the words of a body's name ("Председатель Национального банка Украины …", rules-1.145); not a
    city ("Міський голова Кременчука" stays a role word with no title)."""
    if word.islower():
        return words < 3
    return words < 4 and _CYR_BODY_WORD_RE.fullmatch(word) is not None and not is_first_name(word)


def add_place_adjective(text: str, j: int, word: str) -> str:
    """``word`` (a Cyrillic role noun starting after ``j``) with the place adjective before it, if any."""
    if j <= 0 or word[:1].isascii():
        return word
    k = max(text.rfind(" ", max(0, j - 30), j), text.rfind("\n", max(0, j - 30), j))
    prev = text[k + 1 : j]
    return f"{prev} {word}" if _CYR_PLACE_ADJ_RE.match(prev) else word


def role_from(words: list[str], k: int) -> str:
    """The role phrase ``words[k:]`` with the place adjective before it ("міським головою")."""
    return " ".join(words[k - 1 if k > 0 and _CYR_PLACE_ADJ_RE.match(words[k - 1]) else k :])


def de_compound_title(word: str) -> str:
    """``word`` if it is a hyphenated German compound ending in a role ("Grünen-Abgeordnete"), else ""."""
    if "-" not in word or not word.replace("-", "").isalpha():
        return ""
    last = word.rsplit("-", 1)[1]
    ok = last[:1].isupper() and last[1:].islower() and DE_ROLE_SUFFIXES.search(last.lower())
    return word if ok else ""


def titled_body(text: str, m: re.Match[str]) -> bool:
    """A title match whose "name" is one body word after a determiner ("the General Staff")."""
    name = m.group("name")
    before = text[max(0, m.start() - 5) : m.start()]
    return " " not in name and is_org_word(name) and _THE_BEFORE_RE.search(before) is not None


def stacked_title(text: str, m: re.Match[str], inner: re.Match[str]) -> str:
    """The title of mention ``m`` with the one capitalised role word between its name group's start and the
    full name ``inner`` found inside it ("Behördenpräsident" + "Generalmajor" before "Frank Albers")."""
    title = text[m.start("m") : m.start("name")].strip()
    gap = text[m.start("name") : inner.start()].strip()
    if title and gap and " " not in gap and gap[:1].isupper() and gap.isalpha() and role_class(gap):
        return f"{title} {gap}"
    return title
