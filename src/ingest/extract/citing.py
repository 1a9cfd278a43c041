"""A leading frame whose document is cited by someone named in a relative clause (rules-1.239): "Laut einer
Studie, auf die sich der Verband beruft, verbraucht …", "По данным опроса, на который ссылается «Автостат», …",
"Згідно з дослідженням, на яке посилається Марченко, …". The clause is blanked (same length) so the frame
reads as "Laut einer Studie verbraucht …"; a document with no owner of its own is then the citer's."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.extract.cues import Raw
from ingest.extract.entities import Resolved
from ingest.extract.speakers import analyze_np

if TYPE_CHECKING:
    from ingest.extract.resolve import Resolver

# the relative clause, from its comma to the comma closing it
_CITING_RE = {
    "de": re.compile(
        r",[ \t]+auf[ \t]+(?:den|die|das)[ \t]+sich[ \t]+(?P<who>[^,.;:!?\n„“\"]{2,80}?)[ \t]+"
        r"(?:beruft|berufen|berief|beriefen|bezieht|beziehen|bezog|bezogen|stützt|stützen|stützte)[ \t]*,"
    ),
    "ru": re.compile(
        r",[ \t]+на[ \t]+(?:который|которую|которое|которые)[ \t]+(?:ссылается|ссылаются|сослался|сослалась|"
        r"сослались|ссылался|ссылалась|ссылались)[ \t]+(?:в[ \t]+|во[ \t]+)?(?P<who>[^,.;:!?\n]{2,80}?)[ \t]*,"
    ),
    "uk": re.compile(
        r",[ \t]+на[ \t]+(?:який|яку|яке|які)[ \t]+(?:посилається|посилаються|послався|послалася|послалися|"
        r"посилався|посилалася|посилалися)[ \t]+(?:в[ \t]+|у[ \t]+)?(?P<who>[^,.;:!?\n]{2,80}?)[ \t]*,"
    ),
}
# the frame the sentence opens with, before the document
_FRAME_OPEN_RE = {
    "de": re.compile(r"(?:Laut|Gemäß|Gemäss|Nach)[ \t]"),
    "ru": re.compile(r"(?:По[ \t]+(?:данным|информации|оценкам?|подсчетам|подсчётам)|Согласно)[ \t]"),
    "uk": re.compile(
        r"(?:За[ \t]+(?:даними|інформацією|оцінками?|підрахунками)|Згідно[ \t]+з|Відповідно[ \t]+до)[ \t]"
    ),
}


def blank_citing_clauses(text: str, lang: str) -> tuple[str, list[tuple[int, int, str]]]:
    """``text`` with each citing clause after a leading frame's document blanked (German without its commas,
    Ukrainian and Russian keep the comma before the main clause), and the clauses as (start, end, citer)."""
    rx = _CITING_RE.get(lang)
    if rx is None or "," not in text:
        return text, []
    cited: list[tuple[int, int, str]] = []
    parts: list[str] = []
    done = 0
    for m in rx.finditer(text):
        dot = text.rfind(". ", 0, m.start())
        ss = max(dot + 2 if dot != -1 else 0, text.rfind("\n", 0, m.start()) + 1)
        if m.start() - ss > 120 or _FRAME_OPEN_RE[lang].match(text, ss) is None:
            continue
        end = m.end() if lang == "de" else m.end() - 1
        parts.append(text[done : m.start()])
        parts.append(" " * (end - m.start()))
        done = end
        cited.append((m.start(), end, m.group("who")))
    if not parts:
        return text, []
    parts.append(text[done:])
    return "".join(parts), cited


def _after(raw: Raw, b: int) -> bool:
    return 0 <= raw.start - b <= 3


def citing_statements(text: str, lang: str, cited: list[tuple[int, int, str]], found: list[Raw]) -> list[Raw]:
    """The main clause after a blanked citing clause, when no frame read it ("Laut einer Studie, auf die sich
    der Verband beruft, verbraucht …"): the citer's statement."""
    out: list[Raw] = []
    for a, b, who in cited:
        if any(_after(r, b) for r in found):
            continue
        start = b + len(text[b:]) - len(text[b:].lstrip(" \t,"))
        stop = _SENTENCE_END_RE.search(text, start)
        end = stop.start() if stop is not None else len(text)
        if end - start < 12:
            continue
        ss = max(text.rfind(". ", 0, a) + 2, text.rfind("\n", 0, a) + 1, 0)
        out.append(
            Raw(start, end, text[start:end], "indirect", "nach angaben", analyze_np(who, lang), ss, 0.6)
        )
    return out


def cited_speakers(
    resolver: Resolver,
    raws: list[Raw],
    resolved: list[Resolved | None],
    cited: list[tuple[int, int, str]],
    lang: str,
) -> None:
    """A statement after a citing clause is the citer's, whom the clause names (in place)."""
    for i, raw in enumerate(raws):
        who = next((w for _a, b, w in cited if _after(raw, b)), "")
        if who and raw.cue != "nach angaben":
            resolved[i] = resolver.resolve(raw, analyze_np(who, lang), raw.start) or resolved[i]


_SENTENCE_END_RE = re.compile(r"[.!?](?=\s|$)")
