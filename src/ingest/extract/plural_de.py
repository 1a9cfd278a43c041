"""German plural subjects that no word list names ("Die Mönche des Klosters erklärten, …", "Viele
Landwirte sagen, …"): a plural article or quantifier and a capitalised noun before a cue whose ending
is plural ("erklärten", "sagen", "fordern") are a group, whatever the noun (rules-1.75)."""

from __future__ import annotations

import re

from ingest.extract.speakers import SpeakerPhrase

# "Die (betroffenen) Landwirte (des Kreises / aus dem Dorf)", "Viele Anwohner", "Mehrere Eltern"
_DE_PLURAL_NP_RE = re.compile(
    r"\s*(?P<np>(?:[Dd]ie|Viele|Einige|Mehrere|Zahlreiche|Beide|Alle|Manche)\s+"
    r"(?:[a-zäöüß]+(?:e|en|er)\s+)?[A-ZÄÖÜ][a-zäöüß]{2,}"
    r"(?:\s+(?:des|der|vom|von|aus|im|in|am|an|bei)\s+(?:[A-Za-zÄÖÜäöüß-]+\s+){0,3}?[A-ZÄÖÜ][\w-]+)?)(?:\s+(?:aus|von|vom|im|in|am|bei))?\s*,?\s*"
)
# feminine singular nouns after "die" that read as bodies or people, never a plural group
_DE_SINGULAR_ENDS = ("in", "ung", "heit", "keit", "schaft", "ion", "tät", "ei", "ik", "ur")


def de_plural_group(left: str, cue: str, lang: str) -> SpeakerPhrase | None:
    """The group a German plural subject names before a plural cue, or None: the cue must end in "n"
    (a plural verb: "erklärten", "sagen"; singular forms end in "-te" or "-t"), the phrase must be
    a plural determiner and one capitalised noun (with an adjective before it or a genitive or place
    after it), and the noun must not end as a feminine singular does ("Die Ministerin", "Die Regierung")."""
    if lang != "de" or not cue.endswith("n"):
        return None
    m = _DE_PLURAL_NP_RE.fullmatch(left)
    if m is None:
        return None
    np = m.group("np")
    head = np.split()[1] if np.split()[1][:1].isupper() else np.split()[2]
    if head.endswith(_DE_SINGULAR_ENDS):
        return None
    return SpeakerPhrase(np, "group", gender="p")
