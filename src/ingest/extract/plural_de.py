"""German plural subjects that no word list names ("Die Mönche des Klosters erklärten, …", "Viele
Landwirte sagen, …"): a plural article or quantifier and a capitalised noun before a cue whose ending
is plural ("erklärten", "sagen", "fordern") are a group, whatever the noun (rules-1.75). A role with the
name whose role it is ("Die Verteidiger Strauss-Kahns", "Der Anwalt von Jens Kroll") names the role's
holders, not that person (rules-1.111)."""

from __future__ import annotations

import re

from ingest.extract.given_names import is_first_name
from ingest.extract.lexicon_roles import DE_ROLE_SUFFIXES
from ingest.extract.roles import is_org_word
from ingest.extract.speakers import SpeakerPhrase

# "Die (betroffenen) Landwirte (des Kreises / aus dem Dorf)", "Viele Anwohner", "Mehrere Eltern"
_DE_PLURAL_NP_RE = re.compile(
    r"\s*(?P<np>(?:[Dd]ie|Viele|Einige|Mehrere|Zahlreiche|Beide|Alle|Manche)\s+"
    r"(?:[a-zäöüß]+(?:e|en|er)\s+)?[A-ZÄÖÜ][a-zäöüß]{2,}"
    r"(?:\s+(?:des|der|vom|von|aus|im|in|am|an|bei)\s+(?:[A-Za-zÄÖÜäöüß-]+\s+){0,3}?[A-ZÄÖÜ][\w-]+)?)(?:\s+(?:aus|von|vom|im|in|am|bei))?\s*,?\s*"
)
# feminine singular nouns after "die" that read as bodies or people, never a plural group
_DE_SINGULAR_ENDS = ("in", "ung", "heit", "keit", "schaft", "ion", "tät", "ei", "ik", "ur")


# rules-1.336: "…, teilte der Tierpark mit", "Das Freibad teilte mit, …": the subject of "mitteilen" (a body's verb)
# that is an article and one capitalised noun no list names is a body ("Tierpark", "Freibad", "Domkapitel"); a
# noun in a list is read as before, and so is a longer phrase ("der Tierpark Hellabrunn"), a kin or role noun
_DE_TEILTE = frozenset(("teilte", "teilt"))
_DE_ONE_NOUN_RE = re.compile(r"\s*(?P<np>[Dd](?:er|ie|as)\s+[A-ZÄÖÜ][a-zäöüß]{3,})\s*,?\s*")


def de_plural_group(left: str, cue: str, lang: str) -> SpeakerPhrase | None:
    """The group a German plural subject names before a plural cue, or None: the cue must end in "n"
    (a plural verb: "erklärten", "sagen"; singular forms end in "-te" or "-t"), the phrase must be
    a plural determiner and one capitalised noun (with an adjective before it or a genitive or place
    after it), and the noun must not end as a feminine singular does ("Die Ministerin", "Die Regierung").
    Before a singular "teilte" (mit) an article and one noun is a body (rules-1.336)."""
    if lang == "de" and cue in _DE_TEILTE and (one := _DE_ONE_NOUN_RE.fullmatch(left)) is not None:
        body = one.group("np").split()[1]
        if body not in _DE_KIN and not DE_ROLE_SUFFIXES.search(body.lower()):  # not "der Bruder"
            return SpeakerPhrase(one.group("np"), "organisation", org=body, gender="o")
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


# "Die Verteidiger Strauss-Kahns", "Die Anwälte von Jens Kroll", "Der Anwalt von Kroll"
_DE_ROLE_OF_NAME_RE = re.compile(
    r"\s*(?P<np>(?P<art>[Dd]ie|[Dd]er|[Ee]ine?)\s+(?P<role>[A-ZÄÖÜ][a-zäöüß]+)\s+(?P<von>von\s+)?"
    r"(?P<name>(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?[A-ZÄÖÜ][\w-]+))\s*,?\s*"
)
_DE_PLURAL_ROLES = frozenset(("Anwälte", "Eltern", "Kollegen", "Unterstützer", "Anhänger", "Angehörigen"))
# kin nouns: one relative of the name ("Die Tochter von Jens Kroll", "Die Witwe Krolls"; rules-1.229)
_DE_KIN = frozenset(
    "Mutter Vater Tochter Sohn Schwester Bruder Witwe Witwer Ehefrau Ehemann Frau Mann Freundin Freund Tante Onkel "
    "Nichte Neffe Enkel Enkelin Cousine Cousin Lebensgefährtin Lebensgefährte Verlobte Großmutter Großvater".split()
)


def de_role_of_name(raw: str) -> SpeakerPhrase | None:
    """A German role followed by the name it belongs to, in the genitive or after "von": the role's holders
    (a group in the plural, an unnamed role-holder in the singular), or None."""
    m = _DE_ROLE_OF_NAME_RE.fullmatch(raw)
    if m is None:
        return None
    role, name, art = m.group("role"), m.group("name"), m.group("art").lower()
    kin = role in _DE_KIN
    if not (kin or role in _DE_PLURAL_ROLES or DE_ROLE_SUFFIXES.search(role.lower())) or is_org_word(
        name.split()[-1]
    ):
        return None
    plural = art == "die" and not role.endswith("in") and (role in _DE_PLURAL_ROLES or role.endswith("er"))
    plural = plural and not kin  # "Die Tochter von …" is one woman (rules-1.229)
    genitive = name.endswith("s") and not is_first_name(name.split()[-1])
    if m.group("von") is None and not ((plural or kin) and genitive):
        return (
            None  # "Der Sprecher Jens Kroll": the spokesman named; only a plural role takes a genitive here
        )
    np = m.group("np")
    return SpeakerPhrase(np, "group", gender="p") if plural else SpeakerPhrase(np, "role", role=np)
