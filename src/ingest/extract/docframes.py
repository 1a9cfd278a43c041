"""A document as the source of a Ukrainian or Russian sentence: "Как говорится в заявлении ведомства, …",
"Як ідеться у звіті ООН, …" (moved from frames, rules-1.67) and "У заяві підприємства йдеться, що …", "В
отчёте компании говорится, что …" (rules-1.67): the clause by the document's author, or by the document."""

from __future__ import annotations

import re

from ingest.extract.lexicon_slavic import SLAVIC_DOC_NOUNS, SLAVIC_DOC_PASSIVES
from ingest.extract.speakers import SpeakerPhrase, analyze_np

_DOCS = "|".join(SLAVIC_DOC_NOUNS)
_DOC_CUES = "йдеться|ідеться|говориться|говорится|сказано|зазначено|указано|отмечается|" + SLAVIC_DOC_PASSIVES
_UKRU_AS_DOC_RE = re.compile(
    rf"^(?:Як|Как)\s+(?P<cue>{_DOC_CUES})\s+"
    rf"(?:у|в|во)\s+(?:[\w-]+\s+)?(?P<doc>{_DOCS})(?:\s+(?P<np>[^,]{{2,80}}?))?\s*,\s*",
    re.I,
)
# "У заяві підприємства йдеться, що …", "В сообщении пресс-службы говорится, что …" (the document first)
_UKRU_DOC_FIRST_RE = re.compile(
    rf"^(?:У|В|Во)\s+(?:[\w-]+\s+)?(?P<doc>{_DOCS})(?:\s+(?P<np>[^,]{{2,80}}?))?\s+"
    rf"(?P<cue>{_DOC_CUES}|зазначається|відзначається|указывается)\s*,\s*(?:що|что)\s+"
)


def document_frame(stext: str, lang: str) -> tuple[SpeakerPhrase, int, str] | None:
    """(source, where the clause starts, cue) of a document frame opening ``stext``, or None."""
    m = _UKRU_AS_DOC_RE.match(stext) or _UKRU_DOC_FIRST_RE.match(stext)
    if m is None:
        return None
    np_doc = m.group("np")  # "Как говорится в документе, …": the document's author (rules-1.21)
    sp = analyze_np(np_doc, lang) if np_doc else SpeakerPhrase(m.group("doc"), "document")
    if sp.kind == "unknown" and np_doc and m.re is _UKRU_DOC_FIRST_RE:
        doc = f"{m.group('doc')} {np_doc}"  # "В акте проверки говорится, что …": the document (rules-1.109)
        sp = SpeakerPhrase(doc, "organisation", org=doc, gender="o")
    if sp.kind in ("unknown", "pronoun"):
        return None
    return sp, m.end(), m.group("cue")
