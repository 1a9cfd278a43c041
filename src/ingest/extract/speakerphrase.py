"""A speaker noun phrase as analyze_np classifies it (moved here from speakers, which re-exports it, when its
__init__ was written out: see entities.Entity)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True, init=False)
class SpeakerPhrase:
    text: str  # cleaned phrase as written
    kind: str  # person | organisation | group | anonymous | pronoun | role | unknown
    name: str = ""  # person name ("Kyrylo Budanov" or bare surname "Budanov")
    role: str = ""  # role words ("military intelligence chief", "head of the operator")
    gender: str = ""  # m | f | p | ""
    org: str = ""  # organisation phrase

    def __init__(
        self, text: str, kind: str, name: str = "", role: str = "", gender: str = "", org: str = ""
    ) -> None:
        self.text = text
        self.kind = kind
        self.name = name
        self.role = role
        self.gender = gender
        self.org = org
