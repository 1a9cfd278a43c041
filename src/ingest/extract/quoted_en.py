"""English "X was quoted as saying …" (rules-1.13) and its sentence-final form (rules-1.313): "…, the deputy
prime minister was quoted as saying (by the RIA news agency)." — the complement is what comes before the
comma, the speaker the phrase between the comma and "was"."""

from __future__ import annotations

import re

from ingest.extract.clauses import after_that
from ingest.extract.complements import Emitter
from ingest.extract.cues import Token
from ingest.extract.plausible import plausible_speaker
from ingest.extract.speakers import SpeakerPhrase

# what may follow a sentence-final "as saying": the outlet ("by the RIA news agency") and the full stop
_FINAL_QUOTED_RE = re.compile(r"(?:\s+by\s+[^,;:“”\"]{1,60}?)?\s*[.!]?[\s”\"]*$")

_CONJUNCTIONS = frozenset(("and", "but", "or", "while", "as", "because", "although", "when", "so"))


def quoted_as_saying(em: Emitter, text: str, toks: list[Token], i: int, s: int, e: int, lang: str) -> None:
    """Emit the statement of the "quoted" at ``toks[i]`` (``s``, ``e``: its sentence), if any."""
    prev = toks[i - 1] if i else None
    reach = range(i + 1, min(len(toks), i + 14))  # "quoted in a police interview read to … as saying"
    k = next((j for j in reach if toks[j].group().lower() == "saying"), None)
    passive = prev is not None and prev.group().lower() in ("was", "is", "been")
    if k is None and not passive:  # "TASS quoted X, the firm's deputy director for …, as saying" (1.438)
        far = range(i + 14, min(len(toks), i + 22))
        k = next((j for j in far if toks[j].group() == "saying" and toks[j - 1].group() == "as"), None)
    if k is not None and passive and prev is not None and (fin := _final_quoted(text, toks, i, s, e, k)):
        em.emit(s, fin[1], fin[0], "quoted as saying", 0.9)  # "…, the minister was quoted as saying." (1.313)
        return
    if k is not None and k + 1 < len(toks) and toks[k + 1].group() == "by":  # "… saying by the Echo that"
        k = next((j - 1 for j in range(k + 2, min(len(toks), k + 9)) if toks[j].group() == "that"), None)
    if k is not None:
        subj = text[s : toks[max(0, i - 1)].start()] if passive else ""
        c = after_that(toks, k + 1)
        c = c if c is not None else toks[k].end()
        sp = plausible_speaker(subj, lang)
        if (
            not passive and toks[k - 1].group() == "as" and k - 1 > i + 1
        ):  # "RIA quoted X as saying": X (1.438)
            sp = plausible_speaker(text[toks[i].end() : toks[k - 1].start()], lang, appositive=True) or sp
        em.emit(c, e, sp, "quoted as saying", 0.9)


def _final_quoted(
    text: str, toks: list[Token], i: int, s: int, e: int, k: int
) -> tuple[SpeakerPhrase, int] | None:
    """(speaker, complement end) when "as saying" ends the sentence and a comma closes the complement before
    the subject of "was quoted" (no comma in the subject: "…, Durov was quoted as saying."), else None."""
    if " that " in text[toks[k].end() : e] or _FINAL_QUOTED_RE.match(text, toks[k].end(), e) is None:
        return None
    j = i - 2
    while j > 0 and toks[j].group() != "," and toks[j].start() > s:
        j -= 1
    if j <= 0 or toks[j].group() != "," or toks[j].start() <= s:
        return None
    raw = text[toks[j].end() : toks[i - 1].start()]
    if not raw.strip() or i - 1 - j > 8 or raw.split(None, 1)[0] in _CONJUNCTIONS:
        return None  # "…, and the minister was quoted as saying": no attribution of what came before
    sp = plausible_speaker(raw, "en")
    return (sp, toks[j].start()) if sp is not None else None


_CITE_VERBS = frozenset(("cited", "cites", "cite"))
_VOUCHED_KINDS = frozenset(("group", "anonymous"))  # "cited manufacturers / one of the soldiers as saying"


def cited_as_saying(text: str, toks: list[Token], i: int, s: int) -> tuple[SpeakerPhrase, int] | None:
    """(speaker, complement start) of "X cited Y as saying (that) …" at the "saying" ``toks[i]`` (rules-1.429):
    Y when it names a person, role or body ("RIA cited Peskov as saying"); X when Y is unnamed or a group and X
    names a person ("The ombudsman, Iryna Sokolenko, cited one of the soldiers as saying"), else None."""
    j = next((k for k in range(i - 2, max(0, i - 12), -1) if toks[k].group().lower() in _CITE_VERBS), -1)
    if j <= 0 or toks[j].start() <= s:
        return None
    obj = plausible_speaker(text[toks[j].end() : toks[i - 1].start()], "en")
    if obj is None:
        return None
    c = after_that(toks, i + 1)
    if c is None:
        return None
    if obj.kind not in _VOUCHED_KINDS:
        return obj, c
    subj = plausible_speaker(text[s : toks[j].start()], "en", appositive=True)
    return (subj, c) if subj is not None and subj.kind == "person" else (obj, c)
