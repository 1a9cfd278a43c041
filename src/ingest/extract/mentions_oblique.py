"""An inflected Cyrillic first name with its surname after a lower-case word (rules-1.284): "Верховна Рада
призначила Остапа Коваленка міністром", "суд арестовал Ирину Соколову". The name lists hold nominatives, so
such a name was found only after a role word or a title ("Президент призначив …"); now it is a mention, and a
bare "— сказав Коваленко" later in the article finds it."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.inflect import first_nominative

# a lower-case word (not a sentence's start, not a capitalised noun: "Отец Степана Гурова" is the father), a
# capitalised word, a capitalised surname, and no third capitalised word (a patronymic or a longer name is
# another reading's)
_OBLIQUE_PAIR_RE = re.compile(
    r"(?<![\w'’-])[а-яіїєґё][а-яіїєґё'’-]*[ \t]+(?P<name>(?P<first>[А-ЯІЇЄҐЁ][а-яіїєґё'’]+)[ \t]+(?P<sur>[А-ЯІЇЄҐЁ][а-яіїєґё'’]+(?:-[А-ЯІЇЄҐЁ][а-яіїєґё'’]+)?))(?![ \t]+[А-ЯІЇЄҐЁ])(?![\w'’-])"
)
_PATRONYMIC_END_RE = re.compile(r"(?:ович|евич|йович|ич|івн|ївн|овн|евн|ичн)[а-яіїєґё]{0,3}$")
# the endings a surname shows in each oblique case of a man's or a woman's name, or none (indeclinable)
_OBLIQUE_SURNAME_RE = {
    "m": re.compile(r"(?:а|я|у|ю|ові|еві|єві|ом|ем|єм|им|ого|ому|ым|ой|ій|енко|ко|ук|юк|ак|як|ич)$"),
    "f": re.compile(r"(?:ої|ой|ей|у|ю|ою|ій|енко|ко|ук|юк|ак|як|ич|ик|ник|ь|ах)$"),
}


@lru_cache(maxsize=4096)
def _oblique_first(word: str, lang: str) -> tuple[str, str] | None:
    """(case, gender) of a first name in an oblique case ("Остапа": gen, m), or None (a nominative, no name)."""
    got = first_nominative(word, lang)
    return (got[1], got[2]) if got is not None and got[1] != "nom" else None


def oblique_name_mentions(text: str, lang: str, seen: set[int]) -> list[tuple[int, str, str]]:
    """(position, name, "") of each inflected first name with a surname that agrees with it, for ``scan_mentions``."""
    if lang not in ("uk", "ru"):
        return []
    found: list[tuple[int, str, str]] = []
    for m in _OBLIQUE_PAIR_RE.finditer(text):
        if m.start("name") in seen or (got := _oblique_first(m.group("first"), lang)) is None:
            continue
        sur = m.group("sur").lower()
        if _PATRONYMIC_END_RE.search(sur) and not sur.endswith(("ич", "ича", "ичу", "ичем")):
            continue  # "Олену Іванівну": a first name and a patronymic
        if _OBLIQUE_SURNAME_RE[got[1]].search(sur) is None:
            continue
        found.append((m.start("name"), m.group("name"), ""))
    return found
