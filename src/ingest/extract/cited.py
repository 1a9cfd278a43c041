"""Ukrainian and Russian attributions by an outlet that quotes someone (rules-1.82): "…, цитирует
председателя палаты Николая Брыкина издание «Вечерняя Казань».", "…, цитує міністра видання «…»": the
speaker is the one quoted (the cue's object, in the accusative), not the outlet that quotes him."""

from __future__ import annotations

import re

from ingest.extract.about import finish
from ingest.extract.cues import Raw
from ingest.extract.inflect import nominative_name
from ingest.extract.plausible import plausible_speaker
from ingest.extract.sentences import Sentence
from ingest.extract.speakers import SpeakerPhrase

# the outlet after the one quoted: a medium's noun and a name in quote marks, or a name in capitals
_OUTLET = (
    r"(?:издание|агентство|газета|портал|телеканал|радиостанция|сайт|журнал|видання|газета|телеканал|портал|"
    r"радіостанція|сайт|журнал|агенція)\s+«[^»]{1,60}»|«[^»]{1,60}»|[A-ZА-ЯІЇЄҐЁ][\w-]*(?:\s+[A-ZА-ЯІЇЄҐЁ0-9][\w-]*){0,2}"
)
_CITED_RE = re.compile(
    r",\s+(?:цитирует|цитируют|цитирует\s+слова|цитує|цитують|цитує\s+слова)\s+(?P<who>[^,.;«»]{3,90}?)\s+"
    r"(?P<outlet>" + _OUTLET + r")\s*\.?\s*$"
)
# rules-1.360: "…, цитирует ТАСС представителя компании «ФПК».": the outlet first, then the one quoted (a lower-case
# role in the accusative); before, the outlet and the role were one speaker and the quoted company the outlet
_CITED_LEAD_RE = re.compile(
    r",\s+(?:цитирует|цитируют|цитує|цитують)\s+(?:[A-ZА-ЯЁІЇЄҐ]{2,6}|«[^»]{1,60}»)\s+"
    r"(?P<who>[а-яёіїєґ][^,.;]{2,89}?)\s*\.?\s*$"
)

# rules-1.157: "«…», — цитирует его телеграм-канал группы поддержки.": an object pronoun after the cue is the one
# quoted (his words, whoever quotes them), not the medium after it
_CITED_PRONOUN_RE = re.compile(r"(?P<pr>его|её|ее|их|його|її|їх)\s+\S", re.I)
_PRONOUN_NOMINATIVE = {
    "его": ("он", "m"),
    "її": ("вона", "f"),
    "його": ("він", "m"),
    "её": ("она", "f"),
    "ее": ("она", "f"),
    "их": ("они", "p"),
    "їх": ("вони", "p"),
}


def cited_pronoun(np: str, cue: str) -> SpeakerPhrase | None:
    """The pronoun quoted in "цитирует его/её/их <medium>" (see _CITED_PRONOUN_RE), or None."""
    m = _CITED_PRONOUN_RE.match(np)
    if m is None or "цит" not in cue.lower() or "слова" in cue.lower():
        return None
    word, gender = _PRONOUN_NOMINATIVE[m.group("pr").lower()]
    return SpeakerPhrase(word, "pronoun", gender=gender)


def cited_statements(text: str, lang: str, sents: list[Sentence], found: list[Raw]) -> list[Raw]:
    """Sentences that end in "…, цитирует <whom> <outlet>." and hold no statement found before."""
    if lang not in ("uk", "ru") or "цит" not in text:
        return []
    taken = [(r.start, r.end) for r in found if r.start >= 0]
    out: list[Raw] = []
    for s in sents:
        if "цит" not in text[s.start : s.end]:
            continue
        m = _CITED_LEAD_RE.search(text, s.start, s.end) or _CITED_RE.search(text, s.start, s.end)
        if m is None or any(a < m.start() and s.start < b for a, b in taken):
            continue
        sp = plausible_speaker(m.group("who"), lang)
        if sp is None or sp.kind not in ("person", "role", "organisation", "anonymous"):
            continue
        if sp.kind == "person" and sp.name:  # the accusative: a man's is his genitive ("Николая Брыкина")
            name = nominative_name(sp.name, lang, "gen")
            name = nominative_name(sp.name, lang) if name == sp.name else name
            sp = SpeakerPhrase(sp.text, sp.kind, name=name, role=sp.role, gender=sp.gender, org=sp.org)
        cs, ce = finish(text, s.start, m.start())
        if ce - cs < 12:
            continue
        out.append(Raw(cs, ce, text[cs:ce], "indirect", "цитирует", sp, s.start, 0.6, para=s.para))
    return out
