"""A live blog's source label (rules-1.40): a line that opens, after a time stamp, with a body
and a colon, then the body's claim ("13:10 ДСНС: тіла двох загиблих знайшли водолази.", "14:05 Network
Rail: the line will reopen on Monday.")."""

from __future__ import annotations

import re

from ingest.extract.cues import Raw
from ingest.extract.quotes import has_words
from ingest.extract.speakers import SpeakerPhrase, analyze_np

# at a line start: a time stamp, a label of one to four capitalised words, a colon, a clause to the full stop
_LABEL_LINE_RE = re.compile(
    r"(?m)^(?:\d{1,2}[:.]\d{2}(?:\s*(?:GMT|BST|CET|CEST|EET|UTC|MSK|ET|Uhr))?\s*[-–—]?\s+)"
    r"(?!(?:GMT|BST|CET|CEST|EET|UTC|MSK|ET|Uhr)\b)(?P<label>[A-ZА-ЯІЇЄҐÄÖÜ][\w’'-]*(?:\s+[A-ZА-ЯІЇЄҐÄÖÜ][\w’'-]*){0,3}):[ \t]+"
    r"(?P<claim>[^\s«„“\"‘'][^\n]*?[^\s.])\.(?=\s|$)"
)


# rules-1.205: a line's time stamp, then a label of one to four words (the first capitalised) before a quote's colon
_QUOTE_LABEL_RE = re.compile(
    r"(?:\d{1,2}[:.]\d{2}(?:\s*(?:GMT|BST|CET|CEST|EET|UTC|MSK|ET|Uhr))?\s*[-–—]?\s+)?"
    r"(?P<label>[A-ZА-ЯІЇЄҐÄÖÜ][\w’'-]*(?:\s+[\w’'-]+){0,3})\s*:"
)


# rules-1.253: a label that names the statement after its issuer ("CalMac statement", "Police’s statement")
_STATEMENT_SUFFIX_RE = re.compile(r"(?:’s|'s)?\s+statement$")

# a live blog's headings, which all capitals would make acronyms of bodies ("UPDATE: “…”", "СРОЧНО: «…»")
_HEADINGS = frozenset(
    "update updated breaking warning correction latest live alert eilmeldung aktualisierung achtung hinweis "
    "терміново оновлено важливо увага срочно обновлено важно внимание".split()
)


def quote_label_speaker(text: str, a: int, b: int, lang: str) -> SpeakerPhrase | None:
    """The body or role a line opens with, after its time stamp if any, right before the colon of a quote
    that opens at ``b`` ("08:41 Police chief: “…”", "Гидрометцентр: «…»"; rules-1.205), else None; before,
    such a quote had no speaker or the one of the line before. A person alone is left to the name rules."""
    line, end = text.rfind("\n", 0, a) + 1, b
    while end > line and text[end - 1] in " \t\u00a0\u202f\u2009—–-":
        end -= 1
    m = _QUOTE_LABEL_RE.fullmatch(text, line, end)
    if m is None or m.group("label").lower() in _HEADINGS:
        return None
    label = m.group("label")
    if lang == "en" and (st := _STATEMENT_SUFFIX_RE.search(label)) is not None and st.start() > 0:
        label = label[: st.start()]  # "14:32 CalMac statement: “…”": the body whose statement it is (1.253)
    sp = analyze_np(label, lang)
    return sp if sp.kind in ("organisation", "role") else None


def _label_lines(text: str) -> list[re.Match[str]]:
    """The matches of ``_LABEL_LINE_RE.finditer(text)``, the pattern tried only at the line starts that
    open with a digit (re tries its "^" at every position of the text; a match opens with a time stamp
    and spans no line start that opens with a digit, so the left-to-right scan finds the same ones)."""
    out: list[re.Match[str]] = []
    pos = 0
    end = 0  # where the last match ended: finditer goes on from there
    while pos < len(text):
        if pos >= end and text[pos].isnumeric():  # (a superset of \d)
            m = _LABEL_LINE_RE.match(text, pos)
            if m is not None:
                out.append(m)
                end = m.end()
        nl = text.find("\n", pos)
        if nl == -1:
            break
        pos = nl + 1
    return out


def find_label_statements(text: str, lang: str, found: list[Raw]) -> list[Raw]:
    """Claims after a live blog's source label whose label is a body, unless a statement holds them."""
    if ":" not in text:
        return []
    taken = [(r.start, r.end) for r in found if r.start >= 0]
    out: list[Raw] = []
    for m in _label_lines(text):
        cs, ce = m.start("claim"), m.end("claim")
        if not has_words(m.group("claim"), 3) or any(a < ce and cs < b for a, b in taken):
            continue
        sp = analyze_np(m.group("label"), lang)
        if sp.kind != "organisation":
            continue  # "10:05 Update: …", "09:40 Traffic: …": a heading, not a source
        out.append(Raw(cs, ce, text[cs:ce], "indirect", ":", sp, m.start(), 0.6))
    return out
