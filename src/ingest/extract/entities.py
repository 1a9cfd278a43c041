"""What coreference keeps per person of an article, and what it gives each statement."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ingest.extract.speakers import is_org_word, role_class

# rules-1.224: a role in a foreign ministry, an ambassador's or a consul's makes its holder "the diplomat" ("официальный
# представитель МИД России Анна Воронова" … "— ответила дипломат"), whatever the role's own class is
_FOREIGN_SERVICE_RE = re.compile(
    r"(?<!\w)(?:МИД|МЗС|МІД|Foreign Office|State Department|Auswärtig\w*|Außenministeri\w*)(?!\w)|"
    r"(?i:foreign ministry|ministry of foreign affairs|иностранных дел|закордонних справ|ambassador|envoy|"
    r"botschafter\w*|посол\w*|посл[аиу]\b|consul\w*|консул\w*)"
)

# rules-1.324: "Der Präsident des Bundesamts …", "Präsidentin der Bundesnetzagentur" heads a body: "der Behördenchef"
_DE_BODY_PRESIDENT_RE = re.compile(
    r"Präsident(?:in)?\s+(?:des|der)\s+(?:[a-zäöüß]+(?:en|er|es)\s+)?([A-ZÄÖÜ][\w-]+)"
)


# (The dataclasses of the extractor write their __init__ out: the one dataclass generates is a Python function
# even in the compiled build, about 2,500 instructions a call there; the same fields, defaults and order.)
@dataclass(slots=True, init=False)
class Entity:
    name: str
    key: str
    gender: str = ""
    roles: list[str] = field(default_factory=list)
    role_classes: set[str] = field(default_factory=set)
    first_pos: int = 0
    subject_pos: list[int] = field(default_factory=list)  # sentence-subject mentions and statements
    parties: set[str] = field(default_factory=set)  # parties of the role phrases resolved to it (rules-1.39)

    def __init__(
        self,
        name: str,
        key: str,
        gender: str = "",
        roles: list[str] | None = None,
        role_classes: set[str] | None = None,
        first_pos: int = 0,
        subject_pos: list[int] | None = None,
        parties: set[str] | None = None,
    ) -> None:
        self.name = name
        self.key = key
        self.gender = gender
        self.roles = [] if roles is None else roles
        self.role_classes = set() if role_classes is None else role_classes
        self.first_pos = first_pos
        self.subject_pos = [] if subject_pos is None else subject_pos
        self.parties = set() if parties is None else parties

    @property
    def surname(self) -> str:
        return self.key.split("|", 1)[1]

    def add_role(self, role: str) -> None:
        if role and role not in self.roles:
            self.roles.append(role)
            self.role_classes.update(classes_of_role(role))


@lru_cache(maxsize=16384)
def classes_of_role(role: str) -> tuple[str, ...]:
    """The role classes a role phrase gives its holder: its own, "diplomat" for a foreign service's role, and both
    of a two-word title ("Behördenpräsident Generalmajor", rules-1.224). Cached: roles recur (rules-1.257, speed)."""
    out = [c] if (c := role_class(role)) else []
    if _FOREIGN_SERVICE_RE.search(role):
        out.append("diplomat")
    two = role.split()
    if (
        len(two) == 2
        and all(w[:1].isupper() for w in two)
        and role_class(two[0])
        and (c2 := role_class(two[1]))
    ):
        out.append(c2)
    if (
        "räsident" in role
        and (b := _DE_BODY_PRESIDENT_RE.search(role)) is not None
        and is_org_word(b.group(1))
    ):
        out.append("head")
    return tuple(out)


@dataclass(slots=True, init=False)
class Resolved:
    speaker: str
    speaker_id: str
    speaker_type: str
    key: str = ""  # person key (for the batch linking pass)

    def __init__(self, speaker: str, speaker_id: str, speaker_type: str, key: str = "") -> None:
        self.speaker = speaker
        self.speaker_id = speaker_id
        self.speaker_type = speaker_type
        self.key = key
