"""(rules-1.370) A participle clause after a sentence that hands the sentence before to a speaker: "Про це
повідомила X, додавши, що …" / "Об этом сообщил X, добавив, что …" — the clause after "що"/"что" is a
further statement of the same speaker (the sentence before is X's statement already)."""

from __future__ import annotations

import re

from ingest.extract.raw import Raw
from ingest.extract.sentences import Sentence

# the adverbial participles of speech (as lexicon_slavic's rules-1.21 list) before ", що"/", что"
_ADDING_RE = re.compile(
    r",\s+(?P<cue>додавши|зазначивши|наголосивши|пояснивши|підкресливши|уточнивши|повідомивши|"
    r"добавив|отметив|подчеркнув|объяснив|уточнив|сообщив)\s*,\s+(?:що|что)\s+(?=\w)"
)


def about_adding(text: str, sent: Sentence, about: Raw) -> Raw | None:
    """The clause after ", додавши, що" / ", добавив, что" in the about-sentence ``sent``, as ``about``'s
    speaker's statement; None when the sentence holds no such participle."""
    seg = text[sent.start : sent.end]
    if about.speaker is None or (", що " not in seg and ", что " not in seg):
        return None
    m = _ADDING_RE.search(text, sent.start, sent.end)
    if m is None:
        return None
    cs, ce = m.end(), sent.end
    while ce > cs and text[ce - 1] in " \t.,;:!":
        ce -= 1
    if ce - cs < 3:
        return None
    return Raw(
        cs, ce, text[cs:ce], "indirect", m.group("cue"), about.speaker, sent.start, 0.7, para=sent.para
    )
