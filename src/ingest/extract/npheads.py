"""English speaker phrases: relative clauses after the head and a name before a plural group noun.

rules-1.306 (blind batch EC) moved rules-1.14's apposition rule here from ``speakers.py`` and added the
restrictive relative clause and the named group.
"""

from __future__ import annotations

import re

from ingest.extract.lexicon import GROUP_NOUNS

# a relative clause inside an apposition ("X, an engineer who joined the company …,"): not the head (rules-1.14)
_APPOS_WHO_RE = re.compile(r"(,\s+(?:an?|the)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:who|whose)\s[^,]*")
# rules-1.306: a restrictive relative clause (no comma) after a phrase opened by a determiner and holding a name ("A
# coach in Addis Ababa who has trained several runners"): the phrase before "who"
_RESTRICTIVE_WHO_RE = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal)\s[^,]*?(?=\s(?:who|whose)\s[^,]*$)"
)


def drop_who_clause(cleaned: str) -> str:
    """``cleaned`` without a relative clause that is no part of the speaker's head (callers test " who" first)."""
    out = _APPOS_WHO_RE.sub(r"\1", cleaned)
    # only when a name stands before "who", which the clause would leave as the speaker's name ("A coach in Addis
    # Ababa who …"); "Two people who attended the hearing" keeps its clause, which tells who they are
    m = _RESTRICTIVE_WHO_RE.match(out) if "," not in out else None
    return m.group() if m is not None and any(w[:1].isupper() for w in m.group().split()[1:]) else out


def named_group(head_after: str) -> bool:
    """rules-1.306: a plural group noun after a name ends the phrase ("Chicago Marathon organisers", "Donald Trump
    supporters"): a group of people tied to the name, not the name's bearer."""
    return head_after[-1:] == "s" and head_after in GROUP_NOUNS
