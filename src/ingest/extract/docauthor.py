"""The author of a document a statement is given to ("A statement by the defence ministry said …" … "…, the
statement said."): the body or person named with the latest document of the same kind before it; and the
document itself as the source when nobody is named ("…, according to the study.")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.extract.entities import Resolved
from ingest.extract.resolve_phrases import resolve_organisation
from ingest.extract.speakers import SpeakerPhrase, analyze_np

if TYPE_CHECKING:
    from ingest.extract.resolve import Resolver

# "A statement by the defence ministry said …" … "…, the statement said.": the document's author named with it
_DOC_AUTHOR_RE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Ii]n\s+an?)\s+(?:joint\s+|written\s+|new\s+)?(?P<noun>statement|report|release|"
    r"notice|announcement|post|letter)\s+(?:from|by|issued\s+by|released\s+by|published\s+by)\s+"
    r"(?P<by>(?:the\s+)?[\w’'-]+(?:\s+(?:of\s+|for\s+|and\s+)?[\w’'-]+){0,5}?)(?=\s+(?:on|said|says|"
    r"stated|added|in|to)\b|[,.])"
)


def document_author(r: Resolver, sp: SpeakerPhrase, ref: int) -> Resolved | None:
    """The author named with the latest document of the same kind before ``ref`` (within 1,500 characters)."""
    noun = sp.text.rsplit(None, 1)[-1].lower() if sp.text else ""
    found = [m for m in _DOC_AUTHOR_RE.finditer(r.text, max(0, ref - 1500), ref) if m.group("noun") == noun]
    if not found:
        return None
    by = analyze_np(found[-1].group("by"), r.lang)
    if by.kind == "organisation":
        return resolve_organisation(r, by, ref)
    return r.person(r.entity_for(by.name, ref)) if by.kind == "person" and " " in by.name else None


# rules-1.309: a declaration, a resolution, a document ("говорится в итоговой декларации", "the document said")
_STUDY_NOUNS = tuple(
    "study survey paper analysis research declaration document документе документі заявлении заяві декларации "
    "декларації резолюции резолюції коммюнике комюніке".split()
)
_DOC_HEAD_RE = re.compile(r"(?P<head>.+?)\s+(?:that|which|published|released)\s")


def doc_source(phrase: str) -> str:
    """The document itself as the source when nobody was quoted before it: "…, according to the study."
    (rules-1.17), and a new report without its relative clause ("according to a new report that calls
    for …": "a new report", rules-1.29); "" otherwise."""
    m = _DOC_HEAD_RE.match(phrase)
    head = m.group("head") if m is not None else phrase
    if head.endswith(_STUDY_NOUNS) or (head.startswith(("a ", "an ")) and head.endswith("report")):
        return head
    return ""
