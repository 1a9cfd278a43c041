"""Person links across the articles of a batch found with blind batch IDS17 (rules-1.310).

* A part of a hyphenated double surname used alone ("Bilous", "Професорка Білоус" after "Iryna Kostenko-Bilous")
  is that person (``hyphen_parts``: the parts, which ``link.link_batch`` adds to its loose surname index, so a
  part two people share, or a part that is another person's surname, stays unlinked).
* A Russian or Ukrainian address by first name and patronymic ("Татьяна Николаевна", "Kirill Olegovich") is the
  one person of the same article with that first name (``link_patronymic_address``).
* A rank or title alone as the speaker ("the general", "der General", "генерал", "die Professorin") is the one
  person quoted in the same article whom the batch gives that rank (``link_rank_nouns``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.extract.names import person_key

if TYPE_CHECKING:
    from ingest.extract.pipeline import Extracted

__all__ = ["hyphen_parts", "link_patronymic_address", "link_rank_nouns"]


def hyphen_parts(items: list[Extracted], canon: dict[str, str]) -> list[tuple[str, str]]:
    """(folded surname of a part, canonical person key) for each part of four letters or more of a hyphenated
    surname of the batch's full names ("Kostenko-Bilous": "kostenko", "bilous")."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for it in items:
        sp = it.statement.speaker
        if not it.key or it.surname_only or "-" not in sp or it.key in seen:
            continue
        seen.add(it.key)
        last = sp.split()[-1]
        if "-" not in last or not last[:1].isupper():
            continue
        for part in last.split("-"):
            if len(part) < 4 or not part[0].isupper() or not part.isalpha():
                continue
            key = person_key(part)
            sur = key.split("|", 1)[1] if "|" in key else ""
            if len(sur) >= 4:
                out.append((sur, canon.get(it.key, it.key)))
    return out


# folded patronymics ("nikolaevna", "mikolaivna", "olegovic", "sergevic", "ilinicna"), male and female
_PATRONYMIC_ENDS = ("ovic", "evic", "ovna", "evna", "ivna", "icna")


def _is_patronymic(key: str) -> bool:
    sur = key.split("|", 1)[1] if "|" in key else ""
    return len(sur) > 6 and sur.endswith(_PATRONYMIC_ENDS)


def link_patronymic_address(items: list[Extracted]) -> None:
    """In place: a speaker of two words read as first name and surname whose "surname" is a patronymic
    ("Татьяна Николаевна" after "Т. Н. Москвина") is the one person of the same article with that first name and
    a surname; with none or two ("Павел Сергеевич" of two Pavels) it keeps its id."""
    addressed = [
        it
        for it in items
        if it.key
        and not it.surname_only
        and it.statement.speaker_type == "person"
        and it.statement.speaker.count(" ") == 1
        and _is_patronymic(it.key)
    ]
    if not addressed:
        return
    arts = {it.statement.article_id for it in addressed}
    named: dict[str, list[tuple[str, str, str]]] = {}  # article -> (person id, key, speaker) with a surname
    for it in items:
        st = it.statement
        if st.article_id not in arts or not it.key or it.surname_only or not st.speaker_id.startswith("P-"):
            continue
        if not _is_patronymic(it.key):
            named.setdefault(st.article_id, []).append((st.speaker_id, it.key, st.speaker))
    for it in addressed:
        first = it.key.split("|", 1)[0]
        patronymic = it.statement.speaker.split()[1]
        cands = {
            (sid, key)
            for sid, key, speaker in named.get(it.statement.article_id, ())
            if _fits(first, patronymic, key.split("|", 1)[0], speaker)
        }
        if len({sid for sid, _key in cands}) == 1:
            sid, key = next(iter(cands))
            it.key = key
            it.statement.speaker_id = sid


def _fits(first: str, patronymic: str, other: str, speaker: str) -> bool:
    """The folded first name ``other`` (of a person written ``speaker``) is ``first``, or an initial of it whose
    second initial, if any, opens ``patronymic`` ("Т. Н. Ковалева" for "Тамара Николаевна")."""
    if other == first:
        return True
    if len(other) != 1 or not (first.startswith(other) or (other == "g" and first.startswith("h"))):
        return False
    inits = [w[0] for w in speaker.split() if len(w) == 2 and w[1] == "."]
    return len(inits) < 2 or inits[1].lower() == patronymic[:1].lower()


# a rank or academic title as the whole speaker phrase, and the rank words a person's role phrases hold
_RANK_NOUNS = {
    "the general": "general",
    "der general": "general",
    "general": "general",
    "генерал": "general",
    "the professor": "professor",
    "der professor": "professor",
    "die professorin": "professor",
    "професор": "professor",
    "професорка": "professor",
    "профессор": "professor",
}
_RANK_WORDS_RE = {
    # "Lt Gen.", "Major General", "Generalleutnant", "генерал-лейтенант"; not "Prosecutor General",
    # "Secretary General", "Generalstaatsanwalt", "генеральний прокурор"
    "general": re.compile(
        r"(?<![\w-])(?:gen\.|(?:lieutenant|major|brigadier)[- ]general|general(?:leutnant|major|oberst)?|"
        r"генерал(?:-лейтенант|-майор|-полковник)?)(?![\w-])(?<!prosecutor general)(?<!secretary general)"
        r"(?<!attorney general)(?<!director general)(?<!inspector general)(?<!surgeon general)",
        re.I,
    ),
    "professor": re.compile(r"prof\.|professor|професор|профессор", re.I),
}


def link_rank_nouns(items: list[Extracted]) -> None:
    """In place: an unnamed speaker that is a rank or title alone ("the general", "der General") takes the id of
    the one person quoted in the same article whom any article of the batch introduces with that rank ("Lt Gen.
    Vadym X", "Generalleutnant X"); with none or two such persons it keeps its own id."""
    todo = [
        (it, rank)
        for it in items
        if it.statement.speaker_id.startswith("U-")
        and (rank := _RANK_NOUNS.get(it.statement.speaker.lower(), ""))
    ]
    if not todo:
        return
    roles: dict[str, str] = {}  # person id -> its role phrases across the batch
    quoted: dict[str, set[str]] = {}  # article -> person ids quoted in it
    for it in items:
        st = it.statement
        if st.speaker_type == "person" and st.speaker_id.startswith("P-"):
            quoted.setdefault(st.article_id, set()).add(st.speaker_id)
            if it.roles:
                roles[st.speaker_id] = roles.get(st.speaker_id, "") + " | " + it.roles
    for it, rank in todo:
        rx = _RANK_WORDS_RE[rank]
        cands = [sid for sid in quoted.get(it.statement.article_id, ()) if rx.search(roles.get(sid, ""))]
        if len(cands) == 1:
            it.statement.speaker_id = cands[0]
