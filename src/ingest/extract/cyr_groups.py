"""Ukrainian and Russian plural agent nouns alone as a subject ("Підприємці стверджують, що …",
"Торговцы жалуются, что …"): a group of speakers, not a person's name nor a role that stands for the
person named before (rules-1.252; before, "Підприємці" was a role read as the last speaker and
"Торговці" a surname)."""

from __future__ import annotations

import re

from ingest.extract.speakerphrase import SpeakerPhrase

# a capitalised word in a plural agent ending: uk "-ці" (of "-ець"), "-ники"; ru "-цы", "-ники", "-тели"
_CYR_PLURAL_AGENT_RE = re.compile(
    r"[А-ЯІЇЄҐ][а-яіїєґё'’]{3,}(?:[бвджзклмнпрстфхчшщ]ці|[бвджзклмнпрстфхчшщ]цы|ники|тели|телі)"
)


def cyr_plural_agent(raw: str, lang: str) -> SpeakerPhrase | None:
    """The one-word subject as a group when it is a plural agent noun, else None."""
    word = raw.strip()
    if lang not in ("uk", "ru") or _CYR_PLURAL_AGENT_RE.fullmatch(word) is None:
        return None
    return SpeakerPhrase(word, "group", gender="p")
