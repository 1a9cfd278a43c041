"""A German sentence's subject ending in a person's full name ("Der Bürgermeister von X, Peter Lindqvist,
kritisierte …"): no inverted attribution (moved from final.py, rules-1.408)."""

from __future__ import annotations

import re

from ingest.extract.plausible import plausible_speaker


def lead_person_de(text: str, a: int, b: int) -> bool:
    """text[a:b] is a short phrase ending in a person's full name (the subject of a German sentence:
    "Der Bürgermeister von X, Peter Lindqvist (parteilos), kritisierte …")."""
    raw = _PAREN_TAIL_RE.sub("", text[a:b])
    if raw.count(" ") > 10 or "," not in raw:
        return False
    lead = plausible_speaker(raw, "de")
    if lead is not None and lead.kind == "person" and " " in lead.name and raw.endswith(lead.name):
        return True
    # "Die Pflegerin Merve Aydın, seit zwölf Jahren im Haus," / "Der Landrat, Peter Roth, dem das Haus
    # gehört,": the name ends one of the first two comma segments and a short aside without a
    # subjunctive of reported speech follows (rules-1.23)
    cut = -1
    for _k in range(2):
        cut = raw.find(",", cut + 1)
        if cut < 0:
            return False
        head, rest = raw[:cut], raw[cut:]
        lead = plausible_speaker(head, "de")
        if lead is not None and lead.kind == "person" and " " in lead.name and head.endswith(lead.name):
            return rest.count(" ") <= 8 and not (_DE_REPORTED_WORDS & set(rest.split()))
    return False


_DE_REPORTED_WORDS = frozenset("sei seien habe hätten werde würden könne müsse wäre dürfe solle".split())


_PAREN_TAIL_RE = re.compile(r"\s*\([^()]*\)\s*$")
