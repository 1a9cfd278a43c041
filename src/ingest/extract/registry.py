"""The registry of tracked people and organisations (speakers.toml).

Format::

    [[person]]
    name = "Kyrylo Budanov"                       # canonical name (its key gives the speaker id)
    aliases = ["Kirill Budanov", "Кирило Буданов"]
    gender = "m"                                   # optional: m | f
    wikidata = "Q..."                              # optional
    [[person.roles]]
    role = "DIU chief"                             # role phrase; aliases are other phrasings
    aliases = ["chief of the GUR", "head of military intelligence"]
    from = 2020-08-05                              # TOML date or "YYYY-MM-DD"; missing = open
    to = 2026-01-02

    [[organisation]]
    name = "Ministry of Energy"
    aliases = ["energy ministry", "Міненерго"]
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from ingest.config import ConfigError
from ingest.extract.lexicon import words as _w
from ingest.extract.names import fold_word, org_key, person_key, strip_accents

_STOP = frozenset(_w("the a an of its his her their for and der die das des"))


def _role_words(phrase: str) -> frozenset[str]:
    words = re.findall(r"\w+", strip_accents(phrase).lower().replace("’s", "").replace("'s", ""))
    return frozenset(w for w in words if w not in _STOP)


@dataclass(slots=True)
class Role:
    phrases: list[str]
    start: date | None = None
    end: date | None = None

    def active(self, when: date | None) -> bool:
        if when is None:
            return self.end is None
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass(slots=True)
class RegistryPerson:
    name: str
    aliases: list[str] = field(default_factory=list)
    gender: str = ""
    wikidata: str = ""
    roles: list[Role] = field(default_factory=list)

    @property
    def key(self) -> str:
        return person_key(self.name)


@dataclass(slots=True)
class Registry:
    persons: list[RegistryPerson] = field(default_factory=list)
    organisations: dict[str, str] = field(default_factory=dict)  # org key → canonical name
    _by_key: dict[str, RegistryPerson] = field(default_factory=dict)
    _by_surname: dict[str, list[RegistryPerson]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for p in self.persons:
            self._index(p)

    def _index(self, p: RegistryPerson) -> None:
        for n in [p.name, *p.aliases]:
            k = person_key(n)
            self._by_key.setdefault(k, p)
            sur = k.split("|", 1)[1]
            lst = self._by_surname.setdefault(sur, [])
            if p not in lst:
                lst.append(p)

    def add_person(self, p: RegistryPerson) -> None:
        self.persons.append(p)
        self._index(p)

    def person(self, name: str, lang: str | None = None) -> RegistryPerson | None:
        """The registered person for a full name or alias (any romanisation the folding covers)."""
        return self._by_key.get(person_key(name, lang))

    def by_surname(self, surname: str, lang: str | None = None) -> RegistryPerson | None:
        lst = self._by_surname.get(fold_word(surname, lang), [])
        return lst[0] if len(lst) == 1 else None

    def role_holder(self, phrase: str, when: date | None) -> RegistryPerson | None:
        """Who held the role named by ``phrase`` ("the DIU chief") on ``when``."""
        words = _role_words(phrase)
        if not words:
            return None
        best: tuple[int, RegistryPerson] | None = None
        for p in self.persons:
            for r in p.roles:
                if not r.active(when):
                    continue
                for ph in r.phrases:
                    rw = _role_words(ph)
                    if rw and (rw <= words or (words <= rw and len(words) >= 2)):
                        score = len(rw & words)
                        if best is None or score > best[0]:
                            best = (score, p)
        return best[1] if best else None

    def organisation(self, phrase: str) -> str | None:
        return self.organisations.get(org_key(phrase))


def _as_date(v: object, where: str) -> date | None:
    if v is None or v == "":
        return None
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    if isinstance(v, str):
        try:
            return date.fromisoformat(v)
        except ValueError:
            raise ConfigError(f"{where}: bad date {v!r} (want YYYY-MM-DD)") from None
    raise ConfigError(f"{where}: bad date {v!r} (want YYYY-MM-DD)")


def parse_registry(data: dict[str, object], source: str = "<registry>") -> Registry:
    reg = Registry()
    persons = data.get("person", [])
    if not isinstance(persons, list):
        raise ConfigError(f"{source}: [[person]] must be an array of tables")
    for i, p in enumerate(persons):
        where = f"{source}: person #{i + 1}"
        if not isinstance(p, dict) or not isinstance(p.get("name"), str) or not p["name"].strip():
            raise ConfigError(f"{where}: needs a 'name'")
        roles = []
        for r in p.get("roles", []):
            if not isinstance(r, dict) or not isinstance(r.get("role"), str):
                raise ConfigError(f"{where}: each role needs a 'role' phrase")
            phrases = [r["role"], *[a for a in r.get("aliases", []) if isinstance(a, str)]]
            roles.append(Role(phrases, _as_date(r.get("from"), where), _as_date(r.get("to"), where)))
        aliases = p.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise ConfigError(f"{where}: 'aliases' must be a list of strings")
        reg.add_person(
            RegistryPerson(
                p["name"].strip(), aliases, str(p.get("gender", "")), str(p.get("wikidata", "")), roles
            )
        )
    orgs = data.get("organisation", [])
    if not isinstance(orgs, list):
        raise ConfigError(f"{source}: [[organisation]] must be an array of tables")
    for i, o in enumerate(orgs):
        if not isinstance(o, dict) or not isinstance(o.get("name"), str):
            raise ConfigError(f"{source}: organisation #{i + 1} needs a 'name'")
        for n in [o["name"], *o.get("aliases", [])]:
            reg.organisations.setdefault(org_key(n), o["name"])
    return reg


def load_registry(path: str | Path | None = None) -> Registry:
    """Read speakers.toml; ``None`` gives an empty registry; problems raise a one-line ConfigError."""
    if path is None:
        return Registry()
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"{p}: speakers registry not found")
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8-sig"))  # a BOM from Notepad is no error
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{p}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{p}: invalid TOML: {exc}") from None
    return parse_registry(data, str(p))
