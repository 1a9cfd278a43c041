"""What coreference keeps per person of an article, and what it gives each statement."""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.extract.speakers import role_class


@dataclass(slots=True)
class Entity:
    name: str
    key: str
    gender: str = ""
    roles: list[str] = field(default_factory=list)
    role_classes: set[str] = field(default_factory=set)
    first_pos: int = 0
    subject_pos: list[int] = field(default_factory=list)  # sentence-subject mentions and statements
    parties: set[str] = field(default_factory=set)  # parties of the role phrases resolved to it (rules-1.39)

    @property
    def surname(self) -> str:
        return self.key.split("|", 1)[1]

    def add_role(self, role: str) -> None:
        if role and role not in self.roles:
            self.roles.append(role)
            c = role_class(role)
            if c:
                self.role_classes.add(c)


@dataclass(slots=True)
class Resolved:
    speaker: str
    speaker_id: str
    speaker_type: str
    key: str = ""  # person key (for the batch linking pass)
