"""Subjects a sentence opens with: a bare surname of a person named before ("Ilg selbst zeigte Verständnis.",
"Сам Кудрин …"), also after a conjunction ("But Aasland disagreed."), and the person named last in a Ukrainian
or Russian sentence that says who disagrees ("Однако с этим не согласен директор института Михаил Брагин.");
moved here from resolve_hints (rules-1.239)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.extract.entities import Entity
from ingest.extract.given_names import gender_of_first
from ingest.extract.inflect import nominative_name
from ingest.extract.lexicon import ROLE_CLASSES
from ingest.extract.lexicon_roles import DE_ROLE_SUFFIXES
from ingest.extract.resolve_hints import de_inverted_surname, quote_between, subject_near
from ingest.extract.sides import de_final_surname

_OPENING_WORDS_RE = re.compile(r"([^\W\d_][\w’'\-]*)(?:[ \t]+([^\W\d_][\w’'\-]*))?")
# An English opening phrase of up to 50 characters (no quote, no other clause) and a capitalised word
# followed by a lower-case one: "Asked about tariffs, Thornquist declined to give a number."
_OPENER_SURNAME_RE = re.compile(r"[^\n“”\"«»„,.;:()]{2,50},[ \t]+([A-Z][\w’'\-]+)[ \t]+[a-z]")
# rules-1.319: a live blog's time stamp opening a paragraph ("17:02 Costa has just announced …", "09:15 - …")
_TIME_STAMP_RE = re.compile(
    r"\d{1,2}[:.]\d{2}(?:[ \t]*(?:GMT|UTC|CET|EET|a\.m\.|p\.m\.|am|pm))?[ \t]*(?:[—–-][ \t]*)?"
)
_INTENSIFIERS = frozenset(("сам", "сама", "самі", "сами", "само"))

# rules-1.239: a conjunction opening a sentence before its subject ("But Aasland disagreed.", "Doch Kern
# widerspricht.", "Але Гайдай не погодився.", "Однако Кудрин возразил.")
_CONJUNCTION_RE = {
    "en": re.compile(r"(?:But|And|Yet|Still|However,|Meanwhile,)[ \t]+(?=[A-Z])"),
    "de": re.compile(r"(?:Doch|Aber|Und|Allerdings|Dagegen)[ \t]+(?=[A-ZÄÖÜ])"),
    "uk": re.compile(r"(?:Але|Та|Проте|Однак|Утім,|Втім,|Натомість)[ \t]+(?=[А-ЯІЇЄҐ])"),
    "ru": re.compile(r"(?:Но|Однако|Впрочем,|Зато|А)[ \t]+(?=[А-ЯЁ])"),
}

# rules-1.239: uk/ru, a sentence saying who disagrees, with that person named last as the inverted subject
# ("Однако с этим прогнозом не согласен директор … Михаил Брагин.", "Утім, із Лозинським не погоджується
# голова громади Віктор Дьомін.")
_CYR_DISAGREES_RE = re.compile(
    r"\b(?:не[ \t]+(?:соглас(?:ен|на|ны)|соглашаются|погоджу(?:ється|ються)|згод(?:ен|на|ні)|поділяє|разделяет)|"
    r"возража(?:ет|ют)|заперечу(?:є|ють)|спор(?:ит|ят)|сперечаєть?ся|оспаривает|оскаржує)\b[^.!?\n«»„“\"]*$",
    re.IGNORECASE,
)


def after_time_stamp(text: str, ss: int) -> int:
    """The start of the sentence at ``ss`` after a live blog's time stamp ("17:02 Costa has …", rules-1.319)."""
    if not text[ss : ss + 1].isdecimal():
        return ss
    m = _TIME_STAMP_RE.match(text, ss)
    return m.end() if m is not None and m.end() < len(text) and not text[m.end()].isdecimal() else ss


def after_conjunction(text: str, ss: int, lang: str) -> int:
    """The start of the sentence at ``ss`` after a conjunction that opens it ("But", "Doch", "Проте", "Однако")."""
    ss = after_time_stamp(text, ss)
    rx = _CONJUNCTION_RE.get(lang)
    m = rx.match(text, ss) if rx is not None else None
    return m.end() if m is not None else ss


def subject_at(text: str, lang: str, ss: int, pos: int, end: int) -> bool:
    """The name at ``pos`` is the subject of the sentence at ``ss`` (resolve_hints.subject_near), or names
    who disagrees at its end, or closes it after its past verb."""
    ss = after_time_stamp(text, ss)
    return (
        subject_near(text, lang, ss, pos, end)
        or names_who_disagrees(text, lang, ss, pos, end)
        or inverted_closing_subject(text, lang, ss, pos, end)
    )


# rules-1.326: uk/ru, a past verb, "і"/"также", up to four lower-case words (a role) and the full name closing
# the sentence ("Повідомлення з подякою … опублікував і омбудсман Дмитро Лубінець.")
_CYR_VERB_BEFORE_NAME_RE = re.compile(
    r"\s(?P<v>[а-яіїєґё]{3,}(?:в|л|ла))(?:\s+(?:і|й|и|також|также|теж|тоже))?(?:\s+[а-яіїєґё'’-]+){0,4}\s+$"
)


def inverted_closing_subject(text: str, lang: str, ss: int, pos: int, end: int) -> bool:
    """uk/ru: the full name at ``pos`` closes the sentence opening at ``ss`` right after its past verb (and a
    role) in the nominative, the verb of its gender: the subject put last (rules-1.326); not an object
    ("Суд заарештував міністра Івана Петренка.": no nominative) nor a name after a quotation."""
    if lang not in ("uk", "ru") or end < 0 or text[end : end + 1] != "." or pos - ss < 20:
        return False
    m = _CYR_VERB_BEFORE_NAME_RE.search(text, max(ss, pos - 80), pos)
    name = text[pos:end]
    if m is None or " " not in name:
        return False
    g = gender_of_first(name.split()[0])
    verb = m.group("v")
    if not ((g == "f" and verb.endswith("ла")) or (g == "m" and verb.endswith("в" if lang == "uk" else "л"))):
        return False
    return nominative_name(name, lang) == name and not quote_between(text, ss, pos)


def names_who_disagrees(text: str, lang: str, ss: int, pos: int, end: int) -> bool:
    """uk/ru: the name at ``pos`` (ending at ``end``) closes a sentence opening at ``ss`` whose verb says
    someone disagrees ("Однако с Горбуновой не согласен председатель союза Виктор Лаптев."): its subject."""
    if lang not in ("uk", "ru") or end < 0 or text[end : end + 1] != ".":
        return False
    return _CYR_DISAGREES_RE.search(text, ss, pos) is not None


def surname_subjects(entities: Iterable[Entity], text: str, lang: str, starts: list[int]) -> None:
    """A sentence that opens with the bare surname of a person named before ("Ilg selbst zeigte
    Verständnis.", "Сам Кудрин …") has that person as its subject; in German also a surname right
    after the finite verb ("Gespräche mit Moskau hält Hordijenko für möglich")."""
    surnames: dict[str, Entity | None] = {}
    givens: dict[str, Entity | None] = {}
    for e in entities:
        if " " in e.name:
            last = e.name.rsplit(None, 1)[-1]
            had = surnames.get(last)
            if had is None or e.first_pos < had.first_pos:  # two of that name: the one named first,
                surnames[last] = e  # as find_surname reads it ("Okafor … his daughter Ann Okafor", 1.33)
            first = e.name.split(None, 1)[0]
            if lang == "en" and first[1:].islower():
                givens[first] = e if first not in givens else None  # "Anutin insists …" (Thai usage, 1.29)
    for first, held in givens.items():
        surnames.setdefault(first, held)
    if not surnames:
        return
    quick = tuple(surnames) if lang not in ("de", "uk", "ru") else ()  # no intensifier, no verb-second
    for ss in starts:
        ss = after_conjunction(text, ss, lang)  # "But Aasland disagreed." (rules-1.239)
        if quick and not text.startswith(quick, ss):
            # "Asked about tariffs, Thornquist declined …": a short opening phrase, then the surname as
            # the subject (rules-1.26; a full name there already counts, see Resolver._scan_mentions)
            o = _OPENER_SURNAME_RE.match(text, ss) if text.find(",", ss + 2, ss + 51) != -1 else None
            known = surnames.get(o.group(1)) if o is not None else None
            if known is not None and known.first_pos < ss:
                known.subject_pos.append(ss)
            continue  # the sentence cannot open with a known surname
        m = _OPENING_WORDS_RE.match(text, ss)
        if m is None:
            continue
        first = m.group(1).lower()  # "Сам Кудрин …"; "Interimstrainer Kranich soll …" (a role, 1.32)
        lead = first in _INTENSIFIERS or first in ROLE_CLASSES or bool(DE_ROLE_SUFFIXES.search(first))
        word = m.group(2) if lead and m.group(2) else m.group(1)
        known = surnames.get(word)
        if (known is None or known.first_pos >= ss) and lang == "de":
            v2 = de_inverted_surname(text, ss)
            known = surnames.get(v2) if v2 is not None else None
            known = known or surnames.get(de_final_surname(text, ss) or "")  # "…, wies Kern zurück." (1.195)
        if known is not None and known.first_pos < ss:
            known.subject_pos.append(ss)
