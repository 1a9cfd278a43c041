"""The writing outlet's own earlier reports (rules-1.296): "Как писало агентство ранее, …", "Як повідомляло
агентство раніше, …": a bare "агентство"/"агенція" with a past-tense cue of writing or reporting is the agency
whose copy this is, pointing to its own background, not a speaker. A named agency ("агентство Reuters"), the
present tense ("как пишет агентство") and any other body keep their statements."""

from __future__ import annotations

from ingest.extract.raw import Raw

_OWN_OUTLET_WORDS = frozenset(("агентство", "агенція"))
_PAST_REPORT_CUES = frozenset(
    (
        "писало",
        "писала",
        "сообщало",
        "сообщала",
        "передавало",
        "передавала",
        "повідомляло",
        "повідомляла",
    )
)


def is_own_outlet(raw: Raw) -> bool:
    """The speaker is the bare word for the agency itself, cited with a past cue of writing or reporting."""
    sp = raw.speaker
    if sp is None or raw.kind == "direct" or raw.cue.lower() not in _PAST_REPORT_CUES:
        return False
    return sp.text.strip().lower() in _OWN_OUTLET_WORDS
