"""German people described, not named, after the indefinite article ("eine 67-jährige Frau aus Friedberg",
"Eine 19-jährige Rekrutin aus Leipzig")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.extract.given_names import is_first_name

if TYPE_CHECKING:
    from ingest.extract.speakers import SpeakerPhrase

# German "Frau"/"Mann" after the indefinite article: someone unnamed ("eine ältere Frau aus Celle"), not
# the title before a surname ("Frau Merkel"); a place after it is no name (rules-1.38), nor a relative
# clause (", die seit Jahren hier lebt", rules-1.76)
_DE_WOMAN_MAN_RE = re.compile(
    r"(?P<head>[Ee]ine?\s+(?:[\w-]+(?:e|en|er)\s+){0,2}(?P<noun>Frau|Mann))"
    r"(?:\s+(?:aus|von|vom|in|im)\s+\S.*|,\s+(?:(?:die|der)\s+[a-zäöüß\d]|(?:deren|dessen)\s+\w).*)?"
)
# rules-1.224: the indefinite article, an age ("19-jährige") and a capitalised noun: someone described by
# age and what they are ("Eine 19-jährige Rekrutin aus Leipzig", "Ein 40-jähriger Schichtarbeiter"), not
# a person named by the noun or by the place after "aus" (before, "Leipzig" was the speaker's name when
# the noun was not in the lists of role nouns)
_DE_AGED_NOUN_RE = re.compile(
    r"(?P<head>(?P<art>[Ee]ine?)\s+(?:[a-zäöüß]+(?:e|en|er)\s+)?\d{1,3}-jährige[rn]?\s+"
    r"(?P<noun>[A-ZÄÖÜ][a-zäöüß]{2,}))"
    r"(?:\s+(?:aus|von|vom|in|im)\s+(?:(?:dem|der|den)\s+)?[A-ZÄÖÜ]\S*(?:\s+\S+){0,3})?"
)


def de_unnamed_person(phrase: str, make: type[SpeakerPhrase]) -> SpeakerPhrase | None:
    """The role of a German phrase that describes someone unnamed (``None`` for any other phrase)."""
    if (m := _DE_WOMAN_MAN_RE.fullmatch(phrase)) is not None:
        g = "f" if m.group("noun") == "Frau" else "m"  # "eine 67-jährige Frau aus Friedberg" (rules-1.38)
        return make(m.group("head"), "role", role=m.group("head"), gender=g)
    if (m := _DE_AGED_NOUN_RE.fullmatch(phrase)) is not None and not is_first_name(m.group("noun")):
        g = "f" if m.group("art").lower() == "eine" else "m"
        return make(m.group("head"), "role", role=m.group("head"), gender=g)
    return None
