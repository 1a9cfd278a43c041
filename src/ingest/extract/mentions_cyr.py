"""Ukrainian and Russian mentions that the title pattern misses (rules-1.251): a role with two or three
lower-case genitives, a country in the genitive and a two-word name ("Міністр сільського господарства Польщі
Марек Кольбушевський", "Министр иностранных дел Венгрии Петер Сийярто"): the name is the person's even when
the given name is outside the lists, so that "За його словами, …" after it finds him, not a speaker before."""

from __future__ import annotations

import re

from ingest.extract.appositions import is_role_word
from ingest.extract.cues import is_cue
from ingest.extract.lexicon_countries import is_cyr_gen_place
from ingest.extract.speakers import is_org_word

_CYR_ROLE_PLACE_NAME_RE = re.compile(
    r"(?<![\w'’-])(?P<role>[А-ЯІЇЄҐЁа-яіїєґё][а-яіїєґё'’-]{3,})(?P<gen>(?:[ \t]+[а-яіїєґё][а-яіїєґё'’-]+){2,3})"
    r"[ \t]+(?P<place>[А-ЯІЇЄҐЁ][а-яіїєґё'’-]+)"
    r"[ \t]+(?P<name>[А-ЯІЇЄҐЁ][а-яіїєґё'’]+[ \t]+[А-ЯІЇЄҐЁ][а-яіїєґё'’-]+)(?![\w'’-])(?![ \t]+[А-ЯІЇЄҐЁ])"
)


def cyr_role_place_name_mentions(text: str, lang: str, seen: set[int]) -> list[tuple[int, str, str]]:
    """(position, name, title) of the names after a role, its genitives and a country in the genitive; not
    after a cue among those words ("Міністр заявив журналістам України …"), nor a body's name."""
    if lang not in ("uk", "ru"):
        return []
    found: list[tuple[int, str, str]] = []
    for m in _CYR_ROLE_PLACE_NAME_RE.finditer(text):
        pos, name = m.start("name"), m.group("name")
        if pos in seen or not is_role_word(m.group("role").lower()) or not is_cyr_gen_place(m.group("place")):
            continue
        words = m.group("gen").split()
        if any(is_cue(w, lang) for w in words) or any(is_org_word(w) for w in name.split()):
            continue
        found.append((pos, name, f"{m.group('role')}{m.group('gen')} {m.group('place')}"))
    return found
