"""rules-1.237: "«…», — йдеться в його повідомленні." / "— говорится в ее обращении.": a document with a
possessive pronoun after a quote is the work of the person the pronoun stands for — the subject of the
sentence before the quote in its paragraph when that is a person of the pronoun's gender, else the pronoun
itself, resolved as any pronoun (the person quoted before)."""

from __future__ import annotations

import re

from ingest.extract.cues import tokens
from ingest.extract.lexicon_slavic import SLAVIC_DOC_NOUNS, SLAVIC_DOC_PASSIVES
from ingest.extract.speakers import SpeakerPhrase
from ingest.extract.subjects import leading_np

_POSS_DOC_AFTER_RE = re.compile(
    rf"[,\s—–-]*(?:йдеться|говориться|говорится|сказано|зазначено|отмечается|{SLAVIC_DOC_PASSIVES})\s+(?:у|в|во)\s+"
    r"(?P<poss>його|її|его|ее|её)\s+"
    rf"(?P<doc>(?:{'|'.join(SLAVIC_DOC_NOUNS)})\w*)\s*[.!?]"
)
_POSSESSIVE = {
    "його": ("він", "m"),
    "его": ("он", "m"),
    "її": ("вона", "f"),
    "ее": ("она", "f"),
    "её": ("она", "f"),
}
_SENTENCE_END_RE = re.compile(r"[.!?…](?:\s|$)")


def possessive_doc_author(text: str, start: int, end: int, lang: str) -> tuple[SpeakerPhrase, int] | None:
    """The author of "в його/её <document>" right after a statement ending at ``start``: (speaker, offset)."""
    if lang not in ("uk", "ru"):
        return None
    m = _POSS_DOC_AFTER_RE.match(text, start, end)
    if m is None:
        return None
    word, gender = _POSSESSIVE[m.group("poss").lower()]
    found, subj = _subject_before_quote(text, start, lang)
    if subj is not None and subj.kind == "organisation":
        return subj, m.start("poss")  # "Уряд ухвалив …. «…», — йдеться в його постанові."
    if (
        subj is not None
        and subj.kind == "person"
        and subj.gender in ("", gender)
        and (len(subj.name.split()) >= 2 or subj.role)  # a name in full or with a role, as rules-1.173 wants
    ):
        return subj, m.start("poss")
    if found:
        return None  # a sentence before in the paragraph whose subject is not the author: left unknown
    return SpeakerPhrase(word, "pronoun", gender=gender), m.start("poss")


def _subject_before_quote(text: str, start: int, lang: str) -> tuple[bool, SpeakerPhrase | None]:
    """Whether a sentence stands before the quote that ends at ``start`` in its paragraph, and that
    sentence's leading subject."""
    q = text.rfind("«", 0, start)
    if q == -1:
        return True, None
    para = text.rfind("\n", 0, q) + 1
    head = text[para:q].rstrip()
    if not head:
        return False, None
    if head[-1] not in ".!?…":
        return True, None
    ends = [e.end() for e in _SENTENCE_END_RE.finditer(head, 0, len(head) - 1)]
    s0 = para + (ends[-1] if ends else 0)
    toks = tokens(text, s0, para + len(head))
    return True, (leading_np(text, toks, lang) if toks else None)
