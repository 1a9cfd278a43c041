"""German sentences that look like a trailing attribution or a cue's clause but hold no statement (rules-1.325,
found with blind batch EJ)."""

from __future__ import annotations

import re

# a phrase of nouns and function words only (no verb) before a relative clause: "In einem Bericht an den
# Ausschuss, der der Deutschen Presse-Agentur vorliegt, warnen die Prüfer vor …"
_DE_PP_RELATIVE_RE = re.compile(
    r"(?:In|Im|Auf|An|Am|Bei|Beim|Mit|Nach|Vor|Aus|Unter|Über)(?:\s+(?:[A-ZÄÖÜ][\w-]*|der|die|das|dem|den|des|ein|"
    r"eine|einem|einen|einer|eines|an|in|im|am|auf|aus|bei|mit|nach|von|vom|zu|zum|zur|über|für))+,\s+"
    r"(?:der|die|das|dem|den|denen|deren|dessen)\s[^,]+"
)
# a bare zu-infinitive closing the clause ("das Bad zu schließen", "das Verfahren einzustellen")
_DE_ZU_INF_END_RE = re.compile(r"(?:\szu\s+[a-zäöüß]+|[a-zäöüß]zu[a-zäöüß]+en)[.!]?\s*$")


def pp_relative_only(text: str, start: int, end: int) -> bool:
    """``text[start:end]``, the words before a German trailing cue, are an adjunct and its relative clause
    only ("In einem Bericht, der der dpa vorliegt"): no statement. A main clause before the relative ("Am
    Abend sollten die Gäste mit Bussen fahren, die …") keeps it."""
    return ", d" in text[start:end] and _DE_PP_RELATIVE_RE.fullmatch(text, start, end) is not None


def decision_infinitive(cue: str, text: str, comp: int, end: int) -> bool:
    """ "entschied" before a bare zu-infinitive ("Der Stadtrat entschied, das Bad zu schließen"): a decision,
    not a court's reported ruling ("…, entschied das Gericht.")."""
    return cue[:8] == "entschie" and _DE_ZU_INF_END_RE.search(text, comp, end) is not None
