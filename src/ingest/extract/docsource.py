"""rules-1.358 (blind batch ES): "…, according to a survey published on Thursday by two wildlife charities." —
when what follows "by" names no source the frame knows ("two wildlife charities"), the document before it is the
source ("a survey"), as it is without "published … by …"; before, the sentence had no statement. Left alone: a
source after "by" that the frame knows ("a report published on Monday by the World Bank": the bank, as before)
and a document with "by" but no participle ("a report by two charities")."""

from __future__ import annotations

import re

from ingest.extract.according import according_source, speakerish

_EN_DOC_BEFORE_BY_RE = re.compile(
    r"(?:a|an|the|its|their)\s+(?:[\w’'-]+\s+)?(?:statement|report|release|notice|letter|filing|post|study|survey|"
    r"paper|analysis|document)(?=\s+(?:published|issued|released|filed|posted|sent|circulated)\s+"
    r"(?:on\s+\w+\s+|last\s+\w+\s+)?by\s)"
)


def according_or_document(np: str, lang: str) -> str:
    """``according_source(np)``, or the document opening ``np`` when the source after its "by" is no speaker."""
    src = according_source(np)
    if " by " not in np or speakerish(src, lang):
        return src
    m = _EN_DOC_BEFORE_BY_RE.match(np)
    return m.group() if m is not None else src


def opening_speakerish(np: str, lang: str) -> bool:
    """``speakerish`` for the phrase of an opening "According to X, …", judging a document's author after its
    "issued by" on its own (rules-1.387: "According to a press release issued by the <long body name>, …")."""
    if speakerish(np, lang, owned=True):
        return True
    return (
        " by " in np and _EN_DOC_BEFORE_BY_RE.match(np) is not None and speakerish(according_source(np), lang)
    )
