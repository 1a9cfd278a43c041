"""Statements of a round-up's or a live blog's list lines (rules-1.227, found with blind batch CZ): a quote
with its speaker after a dash and no cue ("Zitat des Tages: „…“ – Zoodirektorin Anke Wiese über …", "•
«…» — прем'єр-міністр Олег Кравчук."), a bullet that opens with a person's surname and a colon ("– Wendt:
Die Zahl sei gestiegen."), and a bullet that ends with its source in brackets ("— занятия отменены до конца
недели (Серебряков);"). Before, none of them had a statement: there is no cue verb on the line."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ingest.extract.quotes import has_words
from ingest.extract.raw import Raw
from ingest.extract.speakers import SpeakerPhrase, analyze_np

# a whole line: an optional bullet or label ("Zitat des Tages:", "Цитата дня:"), a quotation, a dash, the
# speaker (up to eight words, no cue), an optional topic after "über/о/про/on/about …", an optional stop
_QUOTE_DASH_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?:[-–—•*][ \t]+)?(?:[A-ZÄÖÜА-ЯІЇЄҐ][\w’'-]*(?:[ \t]+[\w’'-]+){0,3}:[ \t]+)?"
    r"[«„“\"](?P<quote>[^«»„“”\"\n]{8,}?)[»“”\"][ \t]*[–—][ \t]*"
    r"(?P<speaker>[\w’'.-]+(?:[ \t]+[\w’'.-]+){0,7}?)"
    r"(?:[ \t]+(?:über|zu|zum|zur|о|об|про|щодо|on|about)[ \t][^\n]*?)?[ \t]*[.;]?[ \t]*$"
)

# a bullet line: a dash or bullet, one or two capitalised words and a colon, a clause to its stop
_SURNAME_BULLET_RE = re.compile(
    r"(?m)^[ \t]*[-–—•*][ \t]+(?P<label>[A-ZÄÖÜА-ЯІЇЄҐ][\w’'-]+(?:[ \t]+[A-ZÄÖÜА-ЯІЇЄҐ][\w’'-]+)?):[ \t]+"
    r"(?P<claim>[^\s«„“\"][^\n]*?[^\s.;])[.;]?[ \t]*$"
)

# a bullet line that ends with its source in brackets: "— занятия … отменены (Серебряков);"
_BRACKET_BULLET_RE = re.compile(
    r"(?m)^[ \t]*[-–—•*][ \t]+(?P<claim>[^\s«„“\"(][^\n()]*?[^\s,;])[ \t]+"
    r"\((?P<label>[\w’'-]+(?:[ \t]+[\w’'-]+){0,3})\)[ \t]*[.;,]?[ \t]*$"
)


def _named_before(text: str, surname: str, end: int) -> bool:
    """``surname`` occurs before ``end`` right after a capitalised word ("Thomas Wendt"): a person of the
    article, not a heading ("Hinweis:") or a word of the text."""
    i = text.find(" " + surname, 0, end)
    while i > 0:
        k = i + 1 + len(surname)
        prev = text[max(0, i - 30) : i].split()
        if prev and prev[-1][:1].isupper() and (k >= len(text) or not text[k].isalpha()):
            return True
        i = text.find(" " + surname, i + 1, end)
    return False


def _line_source(text: str, label: str, at: int, lang: str) -> SpeakerPhrase | None:
    """A person named before ``at`` by this surname, or a body ("прокуратура"), else None."""
    sp = analyze_np(label, lang)
    if sp.kind == "organisation":
        return sp
    if sp.kind == "person" and " " not in label.strip() and _named_before(text, label, at):
        return sp
    return None


def _overlaps(taken: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether the span a–b overlaps a statement already found."""
    return any(s < b and a < e for s, e in taken)


def _line_matches(
    pattern: re.Pattern[str], text: str, test: Callable[[str], bool]
) -> Iterator[re.Match[str]]:
    """``pattern``'s matches (each anchored at a line start) on the lines that pass ``test``, a cheap necessary
    condition: one ``match`` per such line instead of a scan of the whole text (rules-1.257, speed)."""
    pos = 0
    for line in text.split("\n"):
        if test(line) and (m := pattern.match(text, pos)) is not None:
            yield m
        pos += len(line) + 1


def _quote_dash_line(line: str) -> bool:
    return ("–" in line or "—" in line) and any(q in line for q in '«„“"')


def _bullet_line(line: str) -> bool:
    return line.lstrip(" \t")[:1] in ("-", "–", "—", "•", "*")


def _bracket_bullet_line(line: str) -> bool:
    return ")" in line and _bullet_line(line)


def find_list_statements(text: str, lang: str, found: list[Raw]) -> list[Raw]:
    """The statements of list lines that no statement found so far holds."""
    taken = [(r.start, r.end) for r in found if r.start >= 0]
    out: list[Raw] = []
    if "–" in text or "—" in text:
        for m in _line_matches(_QUOTE_DASH_LINE_RE, text, _quote_dash_line):
            qs, qe = m.span("quote")
            if not has_words(m.group("quote"), 3) or _overlaps(taken, qs, qe):
                continue
            sp = analyze_np(m.group("speaker"), lang)
            if sp.kind != "person" or not sp.name or " " not in sp.name:
                continue  # a full name after the dash: "— глава города Максим Рудаков", not a title's subtitle
            out.append(Raw(qs, qe, text[qs:qe], "direct", "—", sp, m.start(), 0.6))
    if ":" in text:
        for m in _line_matches(_SURNAME_BULLET_RE, text, _bullet_line):
            cs, ce = m.span("claim")
            if not has_words(m.group("claim"), 4) or _overlaps(taken, cs, ce):
                continue
            src = _line_source(text, m.group("label"), m.start(), lang)
            if src is not None and src.kind == "person":
                out.append(Raw(cs, ce, text[cs:ce], "indirect", ":", src, m.start(), 0.6))
    if "(" in text:
        for m in _line_matches(_BRACKET_BULLET_RE, text, _bracket_bullet_line):
            cs, ce = m.span("claim")
            if not has_words(m.group("claim"), 4) or _overlaps(taken, cs, ce):
                continue
            src = _line_source(text, m.group("label"), m.start(), lang)
            if src is not None:
                out.append(Raw(cs, ce, text[cs:ce], "indirect", "()", src, m.start(), 0.6))
    return out


# a reported clause that is only the question put to the speaker before an inverted cue ("Auf die Frage, ob …,
# antwortete Wendt ausweichend."), in German, Ukrainian and Russian (rules-1.227; English: plausible.asked_only)
_ASKED_CLAUSE_RE = re.compile(
    r"\s*(?:Auf\s+die\s+Frage\b|Gefragt,\s+(?:ob|wie|warum|wann|was|wer|welche)\b|"
    r"На\s+(?:за)?питання\b|На\s+вопрос\b|Отвечая\s+на\s+вопрос\b|Відповідаючи\s+на\s+(?:за)?питання\b)"
)


def asked_clause(quote: str, lang: str) -> bool:
    """Whether ``quote`` opens with the question asked ("Auf die Frage, ob …", "На вопрос, …"): what was
    asked, not what the speaker said; before, the clause before "antwortete X" was the speaker's."""
    return lang in ("de", "uk", "ru") and _ASKED_CLAUSE_RE.match(quote) is not None
