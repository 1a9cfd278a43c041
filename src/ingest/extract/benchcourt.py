"""rules-1.388 (blind batch FE): an unnamed presiding judge speaks for the court. German court reports give the
ruling's reasons both as "sagte die Vorsitzende Richterin" and as "Das Gericht begründete … damit, dass …"; with no
name the judge had an id of the article's own and the court another, so one voice had two ids. Here a German
"der Vorsitzende Richter" / "die Vorsitzende Richterin" left unresolved (a "U-" id) takes the id of the one court
quoted in the same article. Left alone: a judge named anywhere (a person's id), an article quoting no court or two
courts, and any language but German."""

from __future__ import annotations

import re

from ingest.extract.entities import Resolved
from ingest.extract.raw import Raw
from ingest.extract.speakerphrase import SpeakerPhrase
from ingest.extract.unresolved import remap_unresolved

_PRESIDING_RE = re.compile(r"(?:der|die|Der|Die)\s+[Vv]orsitzende\s+Richter(?:in)?")


def judge_for_court(raws: list[Raw], resolved: list[Resolved | None]) -> list[Resolved | None]:
    courts = {
        r.speaker_id
        for r in resolved
        if r is not None and r.speaker_type == "organisation" and "ericht" in r.speaker
    }
    if len(courts) != 1:
        return resolved
    court = next(iter(courts))
    return remap_unresolved(
        raws, resolved, _presiding_judge, lambda res: Resolved(res.speaker, court, res.speaker_type)
    )


def _presiding_judge(sp: SpeakerPhrase) -> bool:
    return "ichter" in sp.text and _PRESIDING_RE.fullmatch(sp.text.strip()) is not None
