"""A German subordinate clause after a cue's subject that ends the sentence: the writer's, not a reported
clause (rules-1.282)."""

from __future__ import annotations

from ingest.extract.cues import Token
from ingest.extract.speakers import is_cap

# "…, sagte Lindner, wobei er vor schnellen Schlüssen warnte.", "…, sagte sie, nachdem sie die Zahlen vorgestellt
# hatte.": a conjunction that opens a clause with its verb last; when no comma follows it before the sentence's
# end, no main clause (the reported one: "sagte er, als er ankam, sei alles ruhig gewesen") comes after it.
# Before, the clause was read as the statement, or the sentence ran on over the cue into it
_DE_SUBORDINATORS = frozenset(
    "wobei nachdem obwohl obgleich bevor ehe sobald womit weshalb weswegen wodurch woraufhin indem".split()
)
# "als" and "während" only before a pronoun subject: "während der Sitzung", "als Minister" are no clauses
_DE_PRONOUN_SUBJECTS = frozenset("er sie es ich wir ihr man".split())
_AMBIGUOUS = frozenset(("als", "während"))


def de_trailing_subclause(text: str, at: int, e: int) -> bool:
    """text[at:e] (after a comma) is a German subordinate clause that runs to the sentence's end ``e``."""
    words = text[at : at + 40].split(None, 2)
    if not words or not (words[0] in _DE_SUBORDINATORS or words[0] in _AMBIGUOUS):
        return False
    if words[0] in _AMBIGUOUS and (len(words) < 2 or words[1] not in _DE_PRONOUN_SUBJECTS):
        return False
    return text.find(",", at, e) == -1


# rules-1.368 (blind batch EW): a day and an occasion after the cue, the subject before it ("X sagte am Donnerstag
# bei einem Besuch von Journalisten in Rukla, derzeit seien …"): the reported clause's comma may come four words later
_DE_OCCASION_HEADS = frozenset(("bei", "beim", "während", "auf", "vor", "nach"))


def de_after_day(toks: list[Token], i: int) -> bool:
    """The words after the cue toks[i] open with a day ("am Donnerstag") and then an occasion ("bei einem
    Besuch …"), or with the occasion itself."""
    j = i + 1
    if j + 2 < len(toks) and toks[j].group() == "am" and is_cap(toks[j + 1].group()):
        j += 2
    return j < len(toks) and toks[j].group() in _DE_OCCASION_HEADS and toks[j - 1].group() != ","
