"""German dative listeners after a cue's speaker ("sagte Fröhlich der Ostthüringer Zeitung"; rules-1.100)."""

from __future__ import annotations

import re
from collections.abc import Collection

from ingest.extract.cues import Token, is_cue
from ingest.extract.personnames import is_cap
from ingest.extract.roles import is_org_head, is_title_token

_MAX_MODIFIERS = 3
# (rules-1.113) an age noun ("die 51-Jährige", "der 58-Jährige") owns no newspaper: what follows is the listener
_AGE_NOUN_RE = re.compile(r"\d{1,3}-[Jj]ährige[nr]?")


def is_named_media_listener(toks: list[Token], k: int, out: list[Token], media: Collection[str]) -> bool:
    """After a name, "der" + up to three capitalised modifiers + a media head ("der Süddeutschen
    Zeitung", "dem Kölner Stadt-Anzeiger Redaktion") is the listener, not a genitive of the name. A role
    ("der Sprecher der Frankfurter Zeitung") or an organisation before it keeps the genitive reading; an
    age noun ("sagte die 51-Jährige der Sächsischen Zeitung") counts as a name."""
    last = out[-1].group() if out else ""
    aged = _AGE_NOUN_RE.fullmatch(last) is not None
    if not aged and (not is_cap(last) or is_title_token(last) or is_org_head(last)):
        return False
    for j in range(k, min(k + _MAX_MODIFIERS + 1, len(toks))):
        word = toks[j].group()
        if word in media:
            return j > k
        if not is_cap(word):
            return aged and j > k and not word[:1].isalpha()  # rules-1.382: "der 52-Jährige der Volksstimme."
    return aged and len(toks) - k in (1, 2, 3)


def de_name_like(word: str) -> bool:
    """A capitalised word or an age noun ("die 31-Jährige"): what a lower-case adverb ends at the end of a speaker
    phrase ("sagte Müller bescheiden.", rules-1.382: "sagte die 31-Jährige bescheiden.")."""
    return is_cap(word) or _AGE_NOUN_RE.fullmatch(word) is not None


# rules-1.150: words of manner and mood that follow the speaker of an inverted cue ("sagte die Regisseurin
# sichtlich bewegt", "sagte Müller hörbar erleichtert", "erklärte der Trainer enttäuscht"); none of them is a
# word of a speaker phrase
_DE_MANNER_WORDS = frozenset(
    "sichtlich hörbar merklich spürbar sichtbar erkennbar zutiefst bewegt gerührt erleichtert enttäuscht "
    "verärgert zufrieden sichtbar ernüchtert zerknirscht frustriert".split()
)


def de_manner_participle(word: str, lang: str) -> bool:
    """(rules-1.132) A German present participle of manner after the speaker of an inverted cue ("sagte die
    44-Jährige lachend", "erklärte der Trainer abschließend"): a lower-case word ending in "-end" ends the speaker
    phrase, as a listener after it does; so does a word of manner or mood ("sichtlich bewegt", rules-1.150)."""
    if lang != "de" or not word.islower():
        return False
    return (len(word) > 5 and word.endswith(("end", "elnd", "ernd"))) or word in _DE_MANNER_WORDS


def cue_or_manner(word: str, lang: str) -> bool:
    """``word`` (lower case) ends a speaker phrase after an inverted cue: a cue word, or a German manner participle."""
    return is_cue(word, lang) or de_manner_participle(word, lang)


# rules-1.256: the outlet told, after the subject of "Wie X der Agentur Interfax sagte, …" ("Wie Peskow der Agentur
# Interfax sagte" gave the organisation "Peskow der Agentur Interfax")
_DE_TRAILING_LISTENER_RE = re.compile(
    r"\s+(?:der|dem)\s+(?:(?:Nachrichtenagentur|Agentur|Zeitung|Tageszeitung|Wochenzeitung|Zeitschrift|Sender|"
    r"Sendung|Redaktion|Funke-Mediengruppe|Deutschen\s+Presse-Agentur|dpa|ARD|ZDF|Presse)\b.*|[„\"»].*)$"
)


def drop_de_listener(np: str) -> str:
    """``np`` without the outlet told after it ("Peskow der Agentur Interfax" → "Peskow"; never all of it)."""
    m = _DE_TRAILING_LISTENER_RE.search(np)
    return np[: m.start()] if m is not None and m.start() > 0 else np


def drop_de_adverb(np: str) -> str:
    """``np`` without an adverb after its noun (rules-1.263: "Wie mehrere Medien übereinstimmend berichten, …"
    → "mehrere Medien"): a lower-case last word after a capitalised one."""
    head, _, last = np.rpartition(" ")
    return head if head and last[:1].islower() and head.rpartition(" ")[2][:1].isupper() else np


def drop_so_weiter(np: str) -> str:
    """``np`` without the "weiter" of "…, so der CSU-Politiker weiter." / "…, sagte die Ministerin weiter."
    (rules-1.325); "weiter" after a lower-case word ("zwei Häuser weiter" is kept by ``drop_de_adverb``) stays."""
    return drop_de_adverb(np) if np.endswith(" weiter") else np


# rules-1.298: feminine media nouns; "der" before one right after a cue is a dative (or genitive), never the
# nominative subject ("sagte der Deutschen Presse-Agentur", "sagte der Zeitung"; not "sagte der Sender")
_DE_FEMININE_MEDIA = frozenset(
    (
        "Nachrichtenagentur",
        "Agentur",
        "Deutschen",
        "Zeitung",
        "Tageszeitung",
        "Wochenzeitung",
        "Zeitschrift",
        "Sendung",
        "Redaktion",
        "Funke-Mediengruppe",
        "Mediengruppe",
    )
)


_NAME_MARKS = frozenset('„“”"»«')


def dative_media_first(toks: list[Token]) -> bool:
    """The words right after a German cue open with "der" and a feminine media noun, then a comma ("sagte der
    Zeitung, …"): the listener in the dative, so no speaker follows the cue."""
    if len(toks) < 3 or toks[0].group() != "der" or toks[1].group() not in _DE_FEMININE_MEDIA:
        return False
    k = 2
    if toks[1].group() == "Deutschen":
        if toks[2].group() != "Presse-Agentur":
            return False
        k = 3
    while k < 6 and k < len(toks) and (toks[k].group()[:1].isupper() or toks[k].group() in _NAME_MARKS):
        k += 1  # the medium's name: "sagte der Nachrichtenagentur Ukrinform, …", "der Zeitung „Bild“" (rules-1.409)
    return k < len(toks) and toks[k].group() == ","
