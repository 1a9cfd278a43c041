"""Same-length rewrites of the text that let a name scan as one (rules-1.148): offsets stay valid for the
original text, from which quotes are taken."""

from __future__ import annotations

import re

from ingest.extract.given_names import is_first_name

_NAME_ARTICLE_RE = re.compile(r"(?<![\w\-])(?:al|el|аль|эль|ель)-(?=[A-ZА-ЯІЇЄҐ]\w)")
# the Latin article's end before a capital, a pattern with a literal prefix (found by a fast search): a cheap test
# before _NAME_ARTICLE_RE, which starts with a lookbehind and was tried at every character of a text with "l-"
_ARTICLE_HINT_RE = re.compile(r"l-[A-ZА-ЯІЇЄҐ]\w")
# a nickname in quotes between a first name and a surname: Dmytro "Shaman" Holub, Дмитро «Шаман» Голуб; in single
# quotes too (rules-1.387: Everton 'Sly' Reid, the house style of outlets that quote in single marks)
_NICKNAME_RE = re.compile(
    r"(?<![\w’'\-])(?P<first>[A-ZА-ЯІЇЄҐ][a-zа-яіїєґёʼ’'\-]{1,20}) (?P<nick>[«„“\"'‘][A-ZА-ЯІЇЄҐ][\w\-]{1,20}[»“”\"'’] )"
    r"(?=[A-ZА-ЯІЇЄҐ][a-zа-яіїєґё])"
)


def capitalise_name_articles(text: str) -> str:
    """The Arabic article of a surname capitalised ("Khalid al-Mansouri" → "Khalid Al-Mansouri", "сказал
    аль-Мансури"), so the name scans as a capitalised word."""
    if ("l-" not in text or _ARTICLE_HINT_RE.search(text) is None) and "ль-" not in text:
        return text
    return _NAME_ARTICLE_RE.sub(lambda m: m.group().capitalize(), text)


def _blank_nickname(m: re.Match[str]) -> str:
    if not is_first_name(m.group("first")):
        return m.group()
    return m.group("first") + " " * (len(m.group("nick")) + 1)


# the nickname's shape alone, a scan that starts at a literal space: a cheap test before _NICKNAME_RE (2 % of a pass)
_NICK_HINT_RE = re.compile(r" [«„“\"'‘][A-ZА-ЯІЇЄҐ][\w\-]{1,20}[»“”\"'’] [A-ZА-ЯІЇЄҐ]")


def blank_nicknames(text: str) -> str:
    """A nickname in quotes after a known first name and before a surname blanked out, so the first name and the
    surname make one name ("Dmytro \"Shaman\" Holub" reads "Dmytro Holub"; the quote is no statement)."""
    if (
        not (any(c in text for c in '"«„“') or " '" in text or " ‘" in text)
        or _NICK_HINT_RE.search(text) is None
    ):
        return text
    return _NICKNAME_RE.sub(_blank_nickname, text)


def normalise_names(text: str) -> str:
    return blank_nicknames(capitalise_name_articles(text))
