"""rules-1.352 (blind batch IDS22): a firm's chief executive named by role alone is the person the batch names as
that firm's chief.

"The company's chief executive said …", "sagte der Konzernchef", "Гендиректор компанії повідомив …" name no one; an
unnamed role phrase gets an id of its own article (``names.unknown_id``). When the phrase is a chief executive's
(``CHIEF_RE``), the resolver keeps the names written in it and in the text from the start of the sentence before
it (``chief_context``, nearest first: "Dniprofarm shares rose 6% in Kyiv. The company's chief executive said");
the batch linking (``link_firm_chiefs``) then gives the phrase the id of the one person whom another article
introduces as the chief executive of the nearest of those names that is a chief's firm ("Dniprofarm's chief
executive, Andrii Lysenko", "Dniprofarm-Chef Andrij Lyssenko", "генеральний директор «Дніпрофарму»"), the names
compared by consonants (``councils.place_skeleton``). Left alone: a former or deputy chief (``NOT_HOLDER``), a
phrase whose context names no chief's firm, a firm two named persons of the batch are chief of.

rules-1.380 (blind batch IDS25): the head of an international body too: a director general ("the agency's director
general", "der Generaldirektor", "гендиректор агентства", "очільник агентства") whose context names a body of
``bodytable`` in any of its spellings ("the UN nuclear watchdog", "der Internationalen Atomenergiebehörde", "МАГАТЕ")
is the one person the batch introduces as that body's director general ("IAEA Director General X", "Генеральний
директор МАГАТЕ X"); the body's key stands after the names' skeletons, so a firm named nearer wins. Left alone: a
firm's chief ("Гендиректор концерна" after "В Антимонопольном комитете сообщили" is not the regulator's head).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.extract.bodykeys import known_body_keys
from ingest.extract.councils import place_skeleton
from ingest.extract.link_offices import NOT_HOLDER

if TYPE_CHECKING:
    from ingest.extract.pipeline import Extracted

CHIEF_RE = re.compile(
    r"chief executive|\bceo\b|managing director|konzernchef|vorstandschef|vorstandsvorsitzend|firmenchef|"
    r"unternehmenschef|geschäftsführer|[a-zäöü]-chef(?:in)?\b|генеральн\w* директор|гендиректор|"
    r"director[- ]general|generaldirektor|(?:очільни|керівни|руководител)\w* агентств",  # rules-1.380
    re.I,
)
_NOT_HOLDER_RE = re.compile(NOT_HOLDER, re.I)
_BODY_HEAD_RE = re.compile(r"director[- ]general|generaldirektor|агентств", re.I)
# a firm's name: in quotes, or a capitalised word (the part before "-Chef" of a German compound)
_NAME_RE = re.compile(r"«([^«»]{3,40})»|(?<![\w-])([A-ZÄÖÜА-ЯІЇЄҐ][\w’'-]{3,})")
_MARK = "chief@"
_SENT_END_RE = re.compile(r"[.!?…]\s|\n")


def _skeletons(phrase: str) -> list[str]:
    """The consonant skeletons of the first word of each name in ``phrase``, in order."""
    out = []
    for m in _NAME_RE.finditer(phrase):
        word = (m.group(1) or m.group(2)).split()[0]
        word = re.sub(r"['’]s$|-chef\w*$|-Chef\w*$", "", word)
        if not CHIEF_RE.search(word) and len(skel := place_skeleton(word)) >= 4:
            out.append(skel)
    return out


def chief_context(text: str, speaker: str, speaker_id: str, near: int) -> str:
    """For an unnamed chief executive's phrase (an article-scoped id), the skeletons of the names in it and in the
    text from the start of the sentence before it, nearest first, after a mark; else "". ``near`` is where the
    statement starts."""
    if speaker_id[:2] != "U-" or CHIEF_RE.search(speaker) is None or _NOT_HOLDER_RE.search(speaker):
        return ""
    at = text.find(speaker, max(0, near - 300))
    if at < 0:
        return ""
    lo = max(0, at - 600)
    ends = [m.end() for m in _SENT_END_RE.finditer(text, lo, at)]
    start = ends[-2] if len(ends) >= 2 else lo
    names = _skeletons(speaker)[::-1] + _skeletons(text[start:at])[::-1]
    if (
        _BODY_HEAD_RE.search(speaker) is not None
    ):  # rules-1.380: a body's head, not a firm's ("Гендиректор концерна")
        names += [_body_token(k) for k in known_body_keys(text[start:at] + " " + speaker)]
    return _MARK + " ".join(names) if names else ""


def _body_token(key: str) -> str:
    return "@" + key.replace(" ", "_")


def link_firm_chiefs(items: list[Extracted]) -> None:
    """In place: an unnamed chief executive's phrase (``chief_context``) as the one person of the batch who is
    introduced as the chief of the nearest firm it names or follows."""
    chiefs: dict[str, set[str]] = {}
    for it in items:
        st = it.statement
        if not it.key or it.surname_only or not it.roles or not st.speaker_id.startswith("P-"):
            continue
        for part in it.roles.split(" | "):
            if CHIEF_RE.search(part) is not None and _NOT_HOLDER_RE.search(part) is None:
                own = {place_skeleton(w) for w in st.speaker.split()}  # (the person's own name is no firm)
                for skel in _skeletons(part):
                    if skel not in own:
                        chiefs.setdefault(skel, set()).add(st.speaker_id)
                for key in known_body_keys(part):  # "IAEA Director General", "Генеральний директор МАГАТЕ"
                    chiefs.setdefault(_body_token(key), set()).add(st.speaker_id)
    if not chiefs:
        return
    for it in items:
        if not it.roles.startswith(_MARK) or not it.statement.speaker_id.startswith("U-"):
            continue
        for skel in it.roles[len(_MARK) :].split():
            if skel in chiefs:
                if len(chiefs[skel]) == 1:
                    it.statement.speaker_id = next(iter(chiefs[skel]))
                break
