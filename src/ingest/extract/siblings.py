"""A brother named by his first name after his sibling (rules-1.277).

"Torhüter Dawit X … Sein Bruder Nika, der das Anschlusstor köpfte, sagte, …": the speaker is "Nika X", the
brother of the person named just before (a brother has the family's surname), not a person "Bruder Nika" of his
own. English "his brother Nika", Ukrainian and Russian "його брат Ніка", "её брат Ника", "младший брат Давид"
likewise. Only a brother: a sister or a wife may have another surname.
"""

from __future__ import annotations

import re

from ingest.extract.fullnames import person_before

_BROTHER_RE = re.compile(
    r"(?:(?:[Ss]ein|[Ii]hr|[Hh]is|[Hh]er|[Йй]ого|[Її]ї|[Ее]го|[Ее]е|[Ее]ё)\s+)?"
    r"(?:(?:jüngerer|älterer|younger|elder|older|молодший|старший|младший)\s+)?"
    r"(?:[Zz]willingsbruder|[Bb]ruder|(?:twin\s+)?brother|брат)\s+(?P<first>[A-ZА-ЯІЇЄҐ][a-zа-яіїєґёäöüß'’-]+)"
)


def sibling_name(text: str, lang: str, phrase: str, ref: int) -> str:
    """The full name of the brother ``phrase`` names by his first name ("Sein Bruder Nika"), with the surname of
    the person named last before it; "" when ``phrase`` is no such phrase or no such person is named."""
    head = phrase.split(",", 1)[0].strip()  # (not the relative clause: "Sein Bruder Nika, der … köpfte")
    m = _BROTHER_RE.fullmatch(head)
    if m is None:
        return ""
    first = m.group("first")
    at = text.rfind(head, 0, ref + len(phrase))
    full, _pos = person_before(text, lang, at if at >= 0 else ref)
    words = full.split()
    if len(words) < 2 or words[0] == first or not words[-1][:1].isupper():
        return ""
    return f"{first} {words[-1]}"
