"""A speaker phrase that coordinates bodies ("France and Germany said", "A joint statement from Britain, France,
Germany, Sweden, and the Netherlands said"): the bodies together, not a person named by the last conjunct
(rules-1.206)."""

from __future__ import annotations

import re

# the separators of a coordination: commas (with or without a conjunction after them) and the conjunctions
_CONJUNCTION_RE = re.compile(r"\s*,\s*(?:(?:and|und|і|й|та|и)\s+)?|\s+(?:and|und|і|й|та|и)\s+")
# a list: phrases separated by commas, the last after a conjunction ("A, B, and C", "A und B"); no comma inside a part
_COORDINATION_RE = re.compile(r"[^,]+(?:,\s*[^,]+)*,?\s+(?:and|und|і|й|та|и)\s+[^,]+")
_ARTICLE_RE = re.compile(r"^(?:the|The)\s+")


def coordinated_bodies(cleaned: str, lang: str) -> str:
    """The phrase as one body's name when it coordinates two or more phrases that each name a body (a country,
    an institution), else ""."""
    if _COORDINATION_RE.fullmatch(cleaned) is None:
        return ""
    parts = [p for p in _CONJUNCTION_RE.split(cleaned) if p]
    if len(parts) < 2:
        return ""
    from ingest.extract.speakers import analyze_np  # (speakers imports this module's caller)

    first = analyze_np(parts[0], lang)
    if first.kind != "organisation" or not all(analyze_np(p, lang).kind == "organisation" for p in parts[1:]):
        return ""
    # the first conjunct's own words before its body go ("A joint statement from Britain, France and …")
    at = cleaned.find(first.org) if first.org and parts[0].endswith(first.org) else 0
    return _ARTICLE_RE.sub("", cleaned[max(at, 0) :])
