"""Bodies named by a head noun (rules-1.133): an English firm named by its trade ("the Yorkshire-based
brewer said"), and a German association's noun before its name ("nach Angaben des Verbands Deutscher
Mühlen")."""

from __future__ import annotations

import re

from ingest.extract.given_names import is_first_name

# rules-1.133: firms named by their trade in business copy, after "the" and at most three modifiers ("the
# brewer said", "the Leeds-based retailer"); a place's "-based" adjective is no person's name
EN_TRADE_NOUNS = frozenset(
    "brewer brewers retailer retailers distiller distillers housebuilder housebuilders homebuilder homebuilders "
    "supermarket supermarkets".split()
)
_EN_TRADE_BODY_RE = re.compile(
    r"(?:the|The)\s+(?:(?:[a-z][\w-]*|[A-Z][\w.’'-]*-based)\s+){0,3}(?P<noun>[a-z]+)"
)
_EN_BASED_RE = re.compile(r"\b[A-Z][\w.’'-]*-based\b")


# rules-1.184: a city or municipality as a speaker, the whole phrase only ("the city"; not "the city embodied the …")
_EN_CIVIC_RE = re.compile(r"(?:the|The)\s+(?:city|municipality)")


# rules-1.225: after a place's "-based", the nouns of any firm ("the Tucson-based company said": the firm named
# before, as "the company"; "a Leeds-based company" is another)
_EN_BASED_FIRM_NOUNS = frozenset(
    "company firm group maker manufacturer operator lender insurer developer".split()
)


def en_trade_body(phrase: str) -> bool:
    """Whether ``phrase`` ("the Yorkshire-based brewer", "the Tucson-based company") names a firm by its trade."""
    m = _EN_TRADE_BODY_RE.fullmatch(phrase)
    return m is not None and (
        m["noun"] in EN_TRADE_NOUNS
        or (m["noun"] in _EN_BASED_FIRM_NOUNS and _EN_BASED_RE.search(phrase) is not None)
    )


def en_based_name(name: str) -> bool:
    """Whether a name read in a phrase is only a place's "-based" adjective ("Leeds-based")."""
    return _EN_BASED_RE.fullmatch(name) is not None


# rules-1.133: a German association's or society's noun, alone or ending a compound, in any case, before
# the capitalised words of its name ("des Verbands Private Brauereien Bayern", "der Verein Mehr Demokratie",
# "Bundesverband Deutscher Banken"); not a bare "Bund" ("Der Bund …")
_DE_HEADS = "verband|verbund|verein|institut|genossenschaft|gesellschaft|stiftung|kammer|akademie|bündnis"
_DE_HEAD_NAME_RE = re.compile(
    r"(?:(?:des|der|dem|den|die|das|eines|einer|einem|ein|eine)\s+)?"
    rf"(?P<head>(?:[A-ZÄÖÜ][a-zäöüß]*(?:{_DE_HEADS}|bund)|(?:{_DE_HEADS.title()}))(?P<gen>es|s|ses)?)"
    r"\s+(?P<name>[A-ZÄÖÜ][\w-]*(?:\s+(?:(?:für|der|und|des|in|im)\s+)?[A-ZÄÖÜ][\w-]*){0,4})"
)
_DE_HEAD_END_RE = re.compile(rf"(?:{_DE_HEADS}|bund)$")


def de_head_named_body(phrase: str) -> str:
    """The body's name in the nominative ("Verband Deutscher Mühlen") when ``phrase`` is a German body noun
    before a name, else ""."""
    m = _DE_HEAD_NAME_RE.fullmatch(phrase)
    if m is None or is_first_name(m["name"].split()[0]):
        return ""  # "der Verein Jens Müllers"? a person's: left alone
    head = m["head"]
    if m["gen"] and _DE_HEAD_END_RE.search(head[: -len(m["gen"])].lower()):
        head = head[: -len(m["gen"])]  # "des Verbands" → "Verband", "des Bündnisses" → "Bündnis"
    elif not _DE_HEAD_END_RE.search(head.lower()):
        return ""
    return f"{head} {m['name']}"


def head_named_body(cleaned: str, lang: str) -> str:
    """The body a phrase names by its head noun, else ""."""
    if lang == "de":
        return de_head_named_body(cleaned)
    if lang == "en" and _EN_CIVIC_RE.fullmatch(cleaned) is not None:
        return cleaned  # rules-1.184: "…, the city said on Monday": the city's government, a body of its own
    return cleaned if lang == "en" and en_trade_body(cleaned) else ""  # "the brewer": the firm named before
