"""A quote with no cue of its own, attributed by the sentence right after it (rules-1.109): "“…” That is how
Carol Baxter describes the letter …", "“…” Those were the words of …", "«…». Так жительница … Нина Захаровна
описывает письмо …", "«…». Так пояснює …", "„…“ So beschreibt Anwohnerin … den Moment …"."""

from __future__ import annotations

import re

from ingest.extract.plausible import plausible_speaker
from ingest.extract.speakers import SpeakerPhrase

_NP = r"(?P<np>[^,.;:!?\n«»“”\"]{2,100}?)"
_EN_RE = re.compile(
    r"[.!?…]?\s*(?:That|This|Those|These)(?:'s|’s|\s+(?:is|was|are|were))\s+(?:"
    rf"how\s+{_NP}\s+(?P<cue>describes|described|puts\s+it|put\s+it|sums\s+(?:it\s+)?up|summed\s+(?:it\s+)?up|"
    r"remembers|remembered|recalls|recalled|explains|explained|sees\s+it|saw\s+it)\b"
    r"|(?:the\s+)?(?P<cue2>verdict|words|view|reaction|message|assessment|warning)\s+(?:of|from)\s+"
    r"(?P<np2>[^,.;:!?\n«»“”\"]{2,80}?)\s*(?=[,.;!?]|\s+(?:who|after|as|when|on)\b))"
)
_CYR_RE = re.compile(
    rf"[.!?…]?\s*Так\s+{_NP}\s+(?P<cue>"
    r"описывает|описала|описал|объясняет|объяснила|объяснил|оценивает|оценила|оценил|комментирует|"
    r"прокомментировала|прокомментировал|характеризует|отреагировала|отреагировал|формулирует|"
    r"описує|описала|описав|пояснює|пояснила|пояснив|оцінює|оцінила|оцінив|коментує|прокоментувала|"
    r"прокоментував|характеризує|відреагувала|відреагував|формулює)(?!\w)"
)
_DE_RE = re.compile(
    r"[.!?…]?\s*So\s+(?P<cue>beschreibt|beschrieb|schildert|schilderte|kommentiert|kommentierte|bewertet|"
    rf"bewertete|fasst|fasste)\s+{_NP}\s+(?=(?:den|die|das|dem|ihren?|seinen?|ihre|seine|es|einen|eine|diese[nrms]?|"
    r"zusammen)\b|[.!?])"
)


def describer_after(text: str, pos: int, end: int, lang: str) -> tuple[SpeakerPhrase, str, int] | None:
    """(speaker, cue, anchor) of the sentence at ``pos`` (right after a closed quote, before ``end``) that
    names who said the quote, or None."""
    rx = _EN_RE if lang == "en" else (_DE_RE if lang == "de" else _CYR_RE)
    m = rx.match(text, pos, end)
    if m is None:
        return None
    key = "np2" if m.groupdict().get("np2") else "np"
    sp = plausible_speaker(m.group(key), lang)
    if sp is None or sp.kind in ("unknown", "pronoun"):
        return None
    return sp, m.group("cue2" if key == "np2" else "cue"), m.start(key)
