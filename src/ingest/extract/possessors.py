"""Names that are not the speaker but whom the speaker belongs to (rules-1.229).

* Ukrainian and Russian put the possessor in the genitive after the head noun: "Мать Ивана Петрова
  заявила" is his mother, "Адвокат Олега Коваленка" his lawyer. A full name whose first name is in an
  oblique case right after a noun in the nominative names the owner; "по словам адвоката Олега
  Коваленка" (head and name both in the genitive) is the lawyer himself, in apposition.
* (German "Die Mutter von Iwan Petrow" is ``plural_de.de_role_of_name``'s, which took "Die Tochter" for a
  plural.)
* A relation noun opening a Cyrillic phrase ("Дружина Коваленка", "Брат загиблого") is a title word, not a
  first name.
* A person's name is written in one script: "гендиректор Nvidia Дженсен Хуанг" is the brand, then the man.
"""

from __future__ import annotations

import re

from ingest.extract.inflect import nominative_name
from ingest.extract.lexicon import ROLE_CLASSES
from ingest.extract.lexicon import words as _w
from ingest.extract.roles import is_org_word

# Ukrainian and Russian kin nouns in the nominative singular: never a first name ("Сестра Петрова")
CYR_KIN_NOMINATIVES = frozenset(
    _w(
        "мать мати мама отец батько тато жена дружина муж чоловік сын син дочь дочка донька брат сестра "
        "вдова удова вдовец вдівець бабушка бабуся дедушка дідусь внук внучка онук онука племянник племінник "
        "племянница племінниця дядя тётя тетя тітка невеста наречена жених наречений друг подруга сосед "
        "сусід сусідка соседка"
    )
)
# … and person nouns: the head of a phrase whose genitive full name is the owner ("Адвокат Олега Коваленка")
CYR_RELATION_NOMINATIVES = CYR_KIN_NOMINATIVES | frozenset(
    _w(
        "коллега колега знакомый знайомий адвокат адвокатка защитник захисник представитель представник "
        "представительница представниця помощник помічник помощница помічниця советник радник советница "
        "радниця заместитель заступник заместительница заступниця соратник соратница соратниця агент агентка "
        "тренер телохранитель охоронець пресс-секретарь прес-секретар прес-секретарка речник речниця"
    )
)
_LATIN_RE = re.compile(r"[A-Za-z]")
_CYR_RE = re.compile(r"[а-яА-ЯёЁіІїЇєЄґҐ]")


def _script(tok: str) -> str:
    if _CYR_RE.match(tok):
        return "cyr"
    return "lat" if _LATIN_RE.match(tok) else ""


def switches_script(tokens: list[str], i: int) -> bool:
    """``tokens[i]`` starts another script than the word before it: the capitalised run breaks there."""
    if i == 0:
        return False
    a, b = _script(tokens[i - 1]), _script(tokens[i])
    return bool(a) and bool(b) and a != b


def owned_by_name(phrase: str, name: str, lang: str) -> bool:
    """``name`` (the best name of ``phrase``) is not the speaker but whom the speaker belongs to ("Мать
    Ивана Петрова", "Адвокат Олега Коваленка"), or a relation noun taken for a first name ("Дружина
    Коваленка", "Брат загиблого")."""
    k = phrase.find(name)
    if lang not in ("uk", "ru") or k < 0:
        return False
    if name.split()[0].lower() in CYR_KIN_NOMINATIVES:
        return True
    if k == 0 or " " not in name or nominative_name(name, lang) == name:
        return False
    before = phrase[:k].split()
    return before[-1].lower() in CYR_RELATION_NOMINATIVES or before[0].lower() in CYR_KIN_NOMINATIVES


_CYR_HEAD_NOMINATIVES = CYR_RELATION_NOMINATIVES | frozenset(k for k in ROLE_CLASSES if k[:1] >= "а")


def owner_surname(role_phrase: str, word: str, surname: str) -> bool:
    """A Ukrainian or Russian role phrase headed by a noun in the nominative, with a surname in another case
    than the person's own ("Заступник Гребіна" of Олександр Гребін): the surname is the owner's, not the
    speaker's; "— сказала професорка Кассель", "за словами міністра Кеслера" name the person."""
    return role_phrase.split()[0].lower() in _CYR_HEAD_NOMINATIVES and word != surname


# rules-1.238: a body in the genitive or dative between a title and a foreign name ("Віцепрезидентка Бундесбанку
# Ульріке Берґгоф", "Речник Пентагону Джон Кірбі", "Вице-президент Бундесбанка Ульрике Бергхоф"): a word in -у/-ю,
# or a long one in -а/-я (a given name in -а is known, or short)
_CYR_OBLIQUE_BODY_RE = re.compile(r"[А-ЯІЇЄҐ][а-яіїєґё']{4,}[ую]|[А-ЯІЇЄҐ][а-яіїєґё']{7,}[ая]")


def cyr_owner(word: str, titles: list[str]) -> bool:
    """``word``, before a name of two more words, owns the title before it: a body's word ("Депутат Госдумы Том
    …"), or a body in an oblique case after a title."""
    return is_org_word(word) or (bool(titles) and _CYR_OBLIQUE_BODY_RE.fullmatch(word) is not None)
