"""Initials that open a Ukrainian or Russian name ("Г. В. Орлик", "И. Смирнова") (rules-1.213)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ingest.extract.given_names import gender_of_first
from ingest.extract.lexicon_slavic import UK_RU_CUES

if TYPE_CHECKING:
    from ingest.extract.pipeline import Extracted

CYR_INITIAL_RE = re.compile(r"[А-ЯЁІЇЄҐ]\.")
_CYR_WORD_RE = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+")


def opens_cyr_initials(tokens: list[str], i: int) -> bool:
    """``tokens[i]`` is a Cyrillic initial right after a capitalised Cyrillic word: the initials open a
    name of their own ("Адвокат Латышева Г. В. Орлик": the client in the genitive, then the lawyer), so a
    run of capitalised words breaks before them."""
    if i == 0 or CYR_INITIAL_RE.fullmatch(tokens[i]) is None or _CYR_WORD_RE.fullmatch(tokens[i - 1]) is None:
        return False
    # rules-1.361 (blind batch IDS23): initials that end the run follow their surname ("заявил Савчук В. Н.")
    j = i + 1
    while j < len(tokens) and CYR_INITIAL_RE.fullmatch(tokens[j]) is not None:
        j += 1
    return j < len(tokens) and _CYR_WORD_RE.fullmatch(tokens[j]) is not None


_CYR_VOWELS = frozenset("АЕЄИІЇОУЮЯЫЭЁ")
_PATRONYMIC_ENDS = ("ович", "евич", "івна", "ївна", "овна", "евна", "ич")


def caps_surname(names: list[str]) -> bool:
    """``names`` open with a Cyrillic surname in capitals, as Ukrainian official texts write it, before a first name
    and perhaps a patronymic ("полковник поліції САВЧУК Віктор (Миколайович)"), rules-1.361 (blind batch IDS23):
    a word of five letters or more with two vowels, not an acronym ("США", "НАТО", "ЦВК")."""
    first = names[0]
    return (
        len(first) >= 5
        and "Ѐ" <= first[0] <= "ӿ"
        and sum(c in _CYR_VOWELS for c in first) >= 2
        and (len(names) == 2 or names[2].endswith(_PATRONYMIC_ENDS))
    )


def merge_initials(canon: dict[str, str], items: list[Extracted]) -> None:
    """In place: a name written with Cyrillic initials ("В. А. Тихомиров", key "v|tihomirov") joins the one full
    name of the batch with the same surname whose first name opens with that initial ("Всеволод Аркадьевич
    Тихомиров"); with no such name, or two, it keeps its own id. Since rules-1.284 also a Latin initial ("I.
    Sokolova"), and of two such names the one whose first name has the gender of the statement's Ukrainian or
    Russian cue ("Депутатка О. Коваленко … заявила": Олена, not her husband Остап)."""
    by_sur: dict[str, list[str]] = {}  # the batch's keys by surname, made at the first initial (speed)
    done: set[str] = set()
    for it in items:
        if not it.key or it.surname_only or it.key in done or not _INITIAL_RE.match(it.statement.speaker):
            continue
        done.add(it.key)
        if not by_sur:
            for k2 in canon:
                by_sur.setdefault(k2.split("|", 1)[1], []).append(k2)
        first, sur = it.key.split("|", 1)
        latin = (
            it.statement.speaker[0].lower() if it.statement.speaker[0].isascii() else first
        )  # "Y." for "yuliya"
        # rules-1.310: a Cyrillic "Г." is the "h" the first names fold to ("Г. А. Ломтев" = "Геннадий Ломтев")
        starts = (
            (first, latin, "h") if first == "g" and not it.statement.speaker[0].isascii() else (first, latin)
        )
        if first == "a" and not it.statement.speaker[0].isascii():
            starts = (
                first,
                "oleks",
            )  # rules-1.361: "А. В. Марчук" = "Александр" (key "oleksandr"), "Алексей"
        cands = {
            canon[k2]
            for k2 in by_sur.get(sur, ())
            if len(k2.split("|", 1)[0]) > len(first) and k2.startswith(starts)
        }
        if len(cands) > 1 and (
            g := UK_RU_CUES.get(it.statement.cue.split()[0].lower() if it.statement.cue else "", "")
        ):
            cands = {c for c in cands if _key_gender(c) == g}
        if len(cands) == 1:
            target, old = next(iter(cands)), canon[it.key]
            for k2, c in canon.items():
                if c == old:
                    canon[k2] = target


_INITIAL_RE = re.compile(r"[А-ЯЁІЇЄҐA-Z]\.(?:\s|$)")


@lru_cache(maxsize=2048)
def _key_gender(key: str) -> str:
    """The gender of a person key's first name ("olena|kovalenko": f), "" when unknown."""
    return gender_of_first(key.split("|", 1)[0])
