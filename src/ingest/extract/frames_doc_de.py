"""The source of a document before a German frame ("Dem Bericht des Schulamts zufolge …", "Laut Angaben der
Polizei …"): the genitive after the document's noun (moved from ``frames_de``)."""

from __future__ import annotations

import re

# rules-1.28: a document of a source before "zufolge" ("Dem Bericht des Schulamts zufolge …", "Einer Studie
# der Universität X zufolge …"): the genitive; rules-1.156: "Den Angaben des Landratsamts zufolge"
_DE_DOC_OF_RE = re.compile(
    r"(?:Dem|Einem|Einer|Der|Den|Jüngsten|Neuen|Aktuellen)\s+(?:[\wäöüß-]+\s+)?\w*(?:[Bb]ericht|[Ss]tudie|[Uu]mfrage|"
    r"Angaben|[Aa]nalyse|[Uu]ntersuchung|[Mm]itteilung|[Ee]rklärung|[Ss]chätzung|[Pp]rognose|[Gg]utachten|[Ss]tatistik|"
    r"[Zz]ahlen|[Dd]aten|[Aa]uswertung|[Bb]erechnungen|[Ee]rkenntnissen|[Uu]nterlagen|[Pp]apier|[Ss]chreiben)"
    r"(?:e?n|es|s)?\s+(?P<src>(?:des|der|eines|einer)\s+\S.*)"
)


def de_doc_source(np_text: str) -> str:
    """The source of a document before "zufolge" ("Dem Bericht des Schulamts" → "des Schulamts"), else
    the phrase."""
    if " de" not in np_text and " ein" not in np_text:
        return np_text
    m = _DE_DOC_OF_RE.fullmatch(np_text) or _DE_PLAIN_DOC_OF_RE.fullmatch(np_text)
    return m.group("src") if m is not None else np_text


# "Laut Angaben der Polizei": the source after the plural without an article (rules-1.37)
_DE_PLAIN_DOC_OF_RE = re.compile(
    r"(?:Angaben|Informationen|Aussagen|Berichten|Schätzungen|Erkenntnissen)\s+(?P<src>(?:des|der|eines|einer)\s+\S.*)"
)
