"""rules-1.291 (blind batch IDS15): one body across scripts and transliterations by its own name.

A body's own name ("Richkova Varta" in "the group River Guard (Richkova Varta)", "Ukrwodtrans" in
"Staatsunternehmen Ukrwodtrans", «Укрводтранс») is compared by its consonants (``councils.place_skeleton``:
"Ritschkowa Warta" = «Річкова варта» = "Richkova Varta"; "Укрводтрансе" = "Ukrvodtrans"), and the batch's
organisation ids whose speakers carry one such name are joined. Only names written in two spellings join (a
Cyrillic one and a Latin one, or two Latin transliterations), so that a name the batch spells one way keeps the ids
the body keys gave it; acronyms, body words ("Behörde", "the council") and names of fewer than five consonants
take no part. A private "Vodtrans Logistics" is no "Ukrvodtrans": the whole name is compared.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.councils import place_skeleton
from ingest.extract.pipeline import Extracted
from ingest.extract.roles import is_org_word

_PAREN_RE = re.compile(r"\(([^()]{3,60})\)")
_QUOTED_RE = re.compile(r"[«\"„“]([^«»\"„“”]{3,60})[»\"“”]")
_WORD_RE = re.compile(r"[^\W\d_]+")
_CYR_RE = re.compile("[а-яіїєґё]", re.I)
_CYR_CASE_RE = re.compile(r"(?:ом|ем|ою|ей|ам|ах|ями|ами)$")


def _name_skeleton(name: str) -> str:
    words = _WORD_RE.findall(name)
    if not words or any(w.isupper() or is_org_word(w) for w in words):
        return ""  # an acronym ("АБП"), or a body's word ("Behörde", "Umweltorganisation")
    parts = [place_skeleton(_CYR_CASE_RE.sub("", w.lower()) if _CYR_RE.search(w) else w) for w in words]
    if not all(parts) or len("".join(parts)) < 5:
        return ""
    return " ".join(parts)


@lru_cache(maxsize=16384)
def body_names(speaker: str) -> tuple[tuple[str, str], ...]:
    """(skeleton, spelling) of each own name in an organisation's speaker phrase: in brackets or quotes, or its
    last capitalised words after body words ("Staatsunternehmen Ukrwodtrans", "Ukrvodtrans")."""
    names = [m.group(1) for m in _PAREN_RE.finditer(speaker)] + [
        m.group(1) for m in _QUOTED_RE.finditer(speaker)
    ]
    if not names:
        words = speaker.split()
        tail: list[str] = []
        while words and words[-1][:1].isupper() and not is_org_word(words[-1]):
            tail.insert(0, words.pop())
        if tail and all(w[:1].islower() or is_org_word(w) for w in words):
            names.append(" ".join(tail))
    out = []
    for n in names:
        if skel := _name_skeleton(n):
            out.append((skel, " ".join(_WORD_RE.findall(n.lower()))))
    return tuple(out)


def link_body_names(items: list[Extracted]) -> None:
    """Join, in place, the organisation ids of the batch whose speakers carry one name in two spellings."""
    ids: dict[str, set[str]] = {}
    spellings: dict[str, set[str]] = {}
    count: dict[str, int] = {}
    for it in items:
        st = it.statement
        if st.speaker_type != "organisation" or not st.speaker_id:
            continue
        count[st.speaker_id] = count.get(st.speaker_id, 0) + 1
        for skel, spelling in body_names(st.speaker):
            ids.setdefault(skel, set()).add(st.speaker_id)
            spellings.setdefault(skel, set()).add(spelling)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for skel, group in ids.items():
        if len(group) < 2 or len(spellings[skel]) < 2:
            continue
        ordered = sorted(group, key=lambda s: (-count[s], s))
        for other in ordered[1:]:
            a, b = find(ordered[0]), find(other)
            if a != b:
                parent[b] = a
    if not parent:
        return
    for it in items:
        st = it.statement
        if st.speaker_type == "organisation" and st.speaker_id in parent:
            st.speaker_id = find(st.speaker_id)


_GENERIC_RE = re.compile(r"(?:the|die|der|das|в|у|во)?\s*(?:заяв\w+\s+)?([^\W\d_]+)", re.I)


@lru_cache(maxsize=8192)
def generic_noun(speaker: str) -> str:
    """The body noun of a speaker that is only one ("the party", "Organisation", "заяві партії"), lower-cased, else
    ""."""
    m = _GENERIC_RE.fullmatch(speaker.strip())
    if m is None or not is_org_word(m.group(1)) or m.group(1).isupper():
        return ""
    return m.group(1).lower()


_AND_RE = re.compile(r"\s(?:and|und|і|и|та)\s")


def _names_noun(speaker: str, noun: str) -> bool:
    """Whether a named body's phrase has ``noun`` as its head: a word of that stem (Cyrillic) or that word or a German
    compound of it, after no other body word ("Verband kommunaler Unternehmen" is no "Unternehmen") and in no list
    of two bodies ("the court and local media")."""
    low = speaker.lower()
    if _AND_RE.search(low):
        return False
    cyr = bool(_CYR_RE.search(noun))
    for w in _WORD_RE.findall(low):
        if w.startswith(noun[:5]) if cyr else (w == noun or (len(noun) >= 6 and w.endswith(noun))):
            return True
        if is_org_word(w):
            return False
    return False


def link_generic_bodies(items: list[Extracted]) -> None:
    """rules-1.291, in place: a body called by its noun alone ("the party said", "erklärte die Organisation") is the
    one body of the article quoted before it under a name with that noun ("the opposition party Clean Shores",
    "Umweltorganisation Flusswache")."""
    named: dict[str, list[tuple[str, str]]] = {}
    for it in items:
        st = it.statement
        if st.speaker_type != "organisation" or not st.speaker_id:
            continue
        noun = generic_noun(st.speaker)
        seen = named.setdefault(st.article_id, [])
        if noun:
            ids = {sid for sp, sid in seen if sid != st.speaker_id and _names_noun(sp, noun)}
            if len(ids) == 1:
                st.speaker_id = next(iter(ids))
        elif len(st.speaker.split()) >= 2:
            seen.append((st.speaker, st.speaker_id))


_ARTICLE_WORDS = frozenset(("the", "der", "die", "das", "в", "у"))


def _acronym(word: str) -> bool:
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()


def link_acronym_tails(items: list[Extracted]) -> None:
    """rules-1.305, in place: an organisation quoted as a noun and an acronym ("Inlandsgeheimdienst SBU", "the
    regulator NERC") is the body the batch quotes by that acronym alone, when one id has it; a longer phrase
    ("Jugendorganisation der CDU"), a first word that is no body noun ("турецькому МЗС" is not the batch's "МЗС")
    or an acronym of two ids is left alone."""
    alone: dict[str, set[str]] = {}
    tails: list[tuple[Extracted, str]] = []
    for it in items:
        st = it.statement
        if st.speaker_type != "organisation" or not st.speaker_id:
            continue
        words = st.speaker.split()
        if words and words[0].lower() in _ARTICLE_WORDS:
            words = words[1:]
        if len(words) == 1 and _acronym(words[0]):
            alone.setdefault(words[0], set()).add(st.speaker_id)
        elif len(words) == 2 and _acronym(words[1]) and not _acronym(words[0]) and is_org_word(words[0]):
            tails.append((it, words[1]))
    for it, acr in tails:
        ids = alone.get(acr, set())
        if len(ids) == 1:
            it.statement.speaker_id = next(iter(ids))
