"""The author of a document a statement is given to ("A statement by the defence ministry said …" … "…, the
statement said."): the body or person named with the latest document of the same kind before it."""

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
