"""rules-1.411 (blind batch IDS28): the German "die Behörde" (the authority), a word for any public body, as the
speaker ("…, teilte die Behörde mit", "erklärte die Behörde") stands for the public body named last in the sentence
before, by its acronym when one follows its name ("Der ukrainische Militärgeheimdienst HUR hat …", "das Nationale
Antikorruptionsbüro der Ukraine (NABU)"). Left alone: a body named only inside the statement's own sentence (a
court the statement speaks of), a firm ("beim Atomkonzern"), a "…behörde" named before (found by its head noun, as
before), a person's ("Vaitkutės Behörde") and every other noun ("der Konzern", "das Ministerium")."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from ingest.extract.bodies import DE_ORG_MENTION_RE
from ingest.extract.entities import Resolved
from ingest.extract.names import org_id
from ingest.extract.speakers import analyze_np

if TYPE_CHECKING:
    from ingest.extract.resolve import Resolver

_DE_FIRMS = (
    "konzern",
    "unternehmen",
    "firma",
    "werke",
    "bahn",
    "klinik",
    "klinikum",
    "hersteller",
    "betreiber",
)
# the body's acronym after its name: "HUR", "der Ukraine (NABU)", "für Hafensicherheit (ABP)"
_ACRONYM_AFTER_RE = re.compile(
    r"(?:[ \t]+(?:de[rs]|für)[ \t]+[A-ZÄÖÜ][\w-]+)?[ \t]*(?:\(([A-ZÄÖÜ]{2,6})\)|([A-ZÄÖÜ]{2,6}))(?![\w-])"
)


def de_authority_before(r: Resolver, name: str, ref: int) -> Resolved | None:
    """The public body "die Behörde" (``name``) stands for, or None."""
    words = name.split()
    if r.lang != "de" or not words or words[-1].lower() != "behörde" or len(words) > 2:
        return None
    if len(words) == 2 and words[0][:1].isupper() and not words[0].endswith("er"):
        return None  # "Vaitkutės Behörde" is a person's; "Brüsseler Behörde", "die Behörde" are not
    k = bisect_right(r.sent_starts, ref) - 1
    if k < 1:
        return None
    best = ""
    for m in DE_ORG_MENTION_RE.finditer(r.text, r.sent_starts[k - 1], r.sent_starts[k]):
        noun = m.group().split()[-1].lower()
        if noun.endswith(_DE_FIRMS) or noun == "behörde":
            continue
        sp = analyze_np(m.group(), "de")
        if sp.kind == "organisation":
            acr = _ACRONYM_AFTER_RE.match(r.text, m.end())
            best = (acr.group(1) or acr.group(2)) if acr is not None else sp.org or sp.text
    return Resolved(best, org_id(best), "organisation") if best else None
