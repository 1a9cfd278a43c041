"""Pronoun hints for the resolver (rules-1.75): a first-person "I" outside quotes is the writer, and a
German "sie" with no woman named before is the feminine body named before ("Die Polizei … Sie teilte
mit, dass …")."""

from __future__ import annotations

import re

from ingest.extract.bodies import org_before
from ingest.extract.entities import Resolved
from ingest.extract.names import org_id

_DE_FEM_ARTICLE_RE = re.compile(r"\b(?:[Dd]ie|der)\s+(?:[a-zäöüß]+e[nr]?\s+)?$")


def in_open_quote(text: str, ref: int) -> bool:
    """A quotation mark opened in the paragraph before ``ref`` and not closed: "“But I think that …"."""
    seg = text[text.rfind("\n", 0, ref) + 1 : ref]
    return seg.count("“") > seg.count("”") or seg.count('"') % 2 == 1


def de_feminine_body(text: str, lang: str, ref: int) -> Resolved | None:
    """The body named before ``ref`` when "die" (or the feminine "der") stands before its last mention
    ("Die Bahn hat … gesperrt. Sie erklärte, …"), else None; only for German."""
    if lang != "de" or not (body := org_before(text, lang, ref)):
        return None
    at = text.rfind(body.split()[0], 0, ref)
    if at < 0 or _DE_FEM_ARTICLE_RE.search(text, max(0, at - 30), at) is None:
        return None
    return Resolved(body, org_id(body), "organisation")
