"""Initials that open a Ukrainian or Russian name ("Г. В. Орлик", "И. Смирнова") (rules-1.213)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ingest.extract.pipeline import Extracted

CYR_INITIAL_RE = re.compile(r"[А-ЯЁІЇЄҐ]\.")
_CYR_WORD_RE = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+")


def opens_cyr_initials(tokens: list[str], i: int) -> bool:
    """``tokens[i]`` is a Cyrillic initial right after a capitalised Cyrillic word: the initials open a
    name of their own ("Адвокат Латышева Г. В. Орлик": the client in the genitive, then the lawyer), so a
    run of capitalised words breaks before them."""
    return (
        i > 0
        and CYR_INITIAL_RE.fullmatch(tokens[i]) is not None
        and _CYR_WORD_RE.fullmatch(tokens[i - 1]) is not None
    )


def merge_initials(canon: dict[str, str], items: list[Extracted]) -> None:
    """In place: a name written with Cyrillic initials ("В. А. Тихомиров", key "v|tihomirov") joins the one full
    name of the batch with the same surname whose first name opens with that initial ("Всеволод Аркадьевич
    Тихомиров"); with no such name, or two, it keeps its own id."""
    for it in items:
        if not it.key or it.surname_only or not CYR_INITIAL_RE.fullmatch(it.statement.speaker.split()[0]):
            continue
        first, sur = it.key.split("|", 1)
        cands = {
            c
            for k2, c in canon.items()
            if k2.split("|", 1)[1] == sur and len(k2.split("|", 1)[0]) > len(first) and k2.startswith(first)
        }
        if len(cands) == 1:
            target, old = next(iter(cands)), canon[it.key]
            for k2, c in canon.items():
                if c == old:
                    canon[k2] = target
