"""What a speaker phrase says of its person after the head (rules-1.274): a Ukrainian or Russian speaker who gave
only a first name ("Один зі звільнених, який назвався лише Тарасом", "Местная жительница, которая представилась
Анной": the person is the name, in the nominative), and an English past participle of what befell the speaker
("A soldier freed in the swap", "A man arrested in the raid", "A woman accused of fraud": the noun before it)."""

from __future__ import annotations

import re

from ingest.extract.inflect import first_nominative

_SELF_NAMED_RE = re.compile(
    r",\s+(?:який|яка|который|которая)\s+(?:назвав(?:ся)?|назвала(?:ся|сь)|назвал(?:ся|ась)|представив(?:ся)?|"
    r"представила(?:ся|сь)|представил(?:ся|ась))\s+(?:(?:лише|тільки|только|лишь)\s+)?"
    r"(?:(?:своїм\s+|своим\s+)?(?:ім['’]ям|именем)\s+)?(?P<name>[А-ЯІЇЄҐЁ][а-яіїєґё'’]+)\s*,?"
)


def self_named(phrase: str, lang: str) -> str:
    """The nominative of the first name a speaker phrase gives after "який назвався …", else ""."""
    if ("назва" not in phrase and "представи" not in phrase) or (m := _SELF_NAMED_RE.search(phrase)) is None:
        return ""
    if phrase[m.end() :].strip():
        return ""  # more words after the name: not a phrase that ends with it
    nom = first_nominative(m.group("name"), lang)
    return nom[0] if nom is not None and nom[1] == "ins" else ""


# the head: one to four words, no clause word, not a preposition's object ("With his mother detained in 2018, …")
_EN_BEFALLEN_RE = re.compile(
    r"(?P<head>(?!(?i:with|after|as|while|when|despite|without|in|on|at|for|from|since|under|because|if)\b)"
    r"(?:(?!(?:was|were|is|are|be|been|has|have|had|then|who|which|that|and|but|or)\b)[A-Za-z][\w'-]*\s+){0,3}"
    r"[A-Za-z][\w'-]*)\s+(?:freed|arrested|detained|injured|wounded|rescued|evacuated|captured|jailed|accused|"
    r"charged|suspected)\s+(?:outside|at|in|on|near|after|during|for|this|last|over|of|with|from)\s.+"
)
_BEFALLEN_WORDS = ("freed ", "arrested ", "detained ", "injured ", "wounded ", "rescued ", "evacuated ",
                   "captured ", "jailed ", "accused ", "charged ", "suspected ")  # fmt: skip


def befallen_head(phrase: str) -> str:
    """The noun before a past participle of what befell the speaker ("A man arrested in the raid"), else ""."""
    if not any(w in phrase for w in _BEFALLEN_WORDS) or (m := _EN_BEFALLEN_RE.fullmatch(phrase)) is None:
        return ""
    return m.group("head")
