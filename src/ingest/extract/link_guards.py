"""Bodies named without their country or name in one article (rules-1.198), split from ``link``: a bare border
guard is the article's one border guard named with its country, a bare agency the article's one named body the batch
calls an agency."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ingest.extract.bodykeys import border_guard_key

if TYPE_CHECKING:
    from ingest.extract.pipeline import Extracted

__all__ = ["link_agencies", "link_border_guards"]


def link_border_guards(items: list[Extracted]) -> None:
    """rules-1.198, in place: a border guard named without its country ("the Border Guard said", "hieß es beim
    Grenzschutz") is the one border guard of the article named with its country."""
    named: dict[str, set[str]] = {}
    bare: list[Extracted] = []
    for it in items:
        st = it.statement
        if st.speaker_type != "organisation" or not (guard := border_guard_key(st.speaker.lower())):
            continue
        if guard == "border guard":
            bare.append(it)
        else:
            named.setdefault(st.article_id, set()).add(st.speaker_id)
    for it in bare:
        ids = named.get(it.statement.article_id, set())
        if len(ids) == 1:
            it.statement.speaker_id = next(iter(ids))


_AGENCY_RE = re.compile(r"(?:the\s+|die\s+|в\s+|у\s+)?(?:agency|agentur|агентств[оіеуа]?)")
_AGENCY_WORD_RE = re.compile(r" (?:agency|[\w-]*agentur|агентств\w*) ")


def link_agencies(items: list[Extracted], bodies: Mapping[str, tuple[str, str]]) -> None:
    """rules-1.198, in place: "the agency" ("die Agentur", "агентство") is the one other body the article quotes by
    its name when the batch calls that body an agency somewhere ("Frontex" here, "Frontex, the European Border and
    Coast Guard Agency" in another article); ``bodies`` as ``named_bodies`` gives them."""
    agency_ids = {sid for sid, words in bodies.values() if _AGENCY_WORD_RE.search(words)}
    named: dict[str, set[str]] = {}
    generic: list[Extracted] = []
    for it in items:
        st = it.statement
        if st.speaker_type != "organisation":
            continue
        if _AGENCY_RE.fullmatch(st.speaker.lower()):
            generic.append(it)
        elif st.speaker[:1].isupper():
            named.setdefault(st.article_id, set()).add(st.speaker_id)
    for it in generic:
        ids = named.get(it.statement.article_id, set())
        if len(ids) == 1 and (sid := next(iter(ids))) in agency_ids:
            it.statement.speaker_id = sid
