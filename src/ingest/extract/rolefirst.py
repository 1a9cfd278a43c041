"""rules-1.358 (blind batch ES): a person introduced by role first and named in the next statement.

Wire copy often gives a role first and the name only in the following attribution: "The trust's chief executive
said the hospital had been …. “…,” Dr. Sarah Whitlock said at a board meeting." or "A Met Office meteorologist
said the strongest gust …. “…,” Alex Dunmore told Holdout." The role phrase names no one, so it got an id of its
own article (``names.unknown_id``) and the person two ids. Here a singular English role phrase with such an id
(``the``/``a``/``an``/``its``/``their`` + role) is the person of the statement right after its own, when that
person's first mention in the article comes after the role's sentence opens and within ``_REACH`` characters of
the role's statement, no other person is first named between them, the person is given by name alone (no role
of their own but an honorific, no apposition after the name), and the phrase is no spokesperson's (a spokesperson speaks for
someone else). Left alone: a person named with an office ("Fire Chief Roberto Salas", "Mayor X") or an
apposition ("said Jane Roe, a resident"), a plural role ("officials"), a person named before the role, and any
language but English. rules-1.408: a role phrase may open with a capitalised possessive ("Ukraine's human rights
commissioner"), and the person's own title may be a word of the role phrase ("Speaker Gennady Ovsyannikov" after
"the speaker of the State Duma"); a title of another office ("Mayor X") is still left alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from ingest.extract.cues import is_cue
from ingest.extract.entities import Entity, Resolved
from ingest.extract.raw import Raw

_DETERMINERS = frozenset(("the", "a", "an", "its", "their"))
_REACH = 400
_HONORIFICS = frozenset(
    ("dr.", "dr", "cllr", "cllr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "dame")
)
_OPEN_ENDS = frozenset(".!?\"”’'")
_NOT_A_HOLDER = ("spokes", "representative", "official", "source", "aide", "former", "deputy")


def _role_phrase(raw: Raw, res: Resolved | None) -> bool:
    sp = raw.speaker
    if res is None or sp is None or sp.kind != "role" or not res.speaker_id.startswith("U-"):
        return False
    words = sp.text.split()
    if (
        len(words) < 2
        or len(words) > 6
        or not (words[0].lower() in _DETERMINERS or _possessive_name(words[0]))
    ):
        return False
    last = words[-1].lower()
    if last.endswith("s") and not last.endswith("ss"):
        return False  # "officials", "researchers": a group
    low = sp.text.lower()
    return not any(w in low for w in _NOT_A_HOLDER)


def _named_alone(text: str, raw: Raw, person: Entity, role: str) -> bool:
    """The person is first named in this statement's attribution, by name alone: no role of their own but an
    honorific, nothing before the name but a quotation's close, a sentence start or a cue ("said Jane Roe"), no
    apposition after it, and no word of the name in the role phrase ("a Hallvard sales executive")."""
    sp = raw.speaker
    if sp is None or sp.kind != "person" or "," in sp.text or person.first_pos < raw.anchor:
        return False
    role_words = set(role.lower().split())
    own = {r.lower() for r in person.roles} - _HONORIFICS
    if any(r not in role_words for r in own):
        return (
            False  # "Fire Chief Roberto Salas": an office of their own, not the role phrase's (rules-1.408)
        )
    if any(len(w) > 2 and w in role for w in person.name.split()):
        return False
    if text.find(person.name.split()[-1]) < person.first_pos:
        return False  # "… with his counterpart, Ion Cebotari. He said": named before, in an apposition
    end = person.first_pos + len(person.name)
    if text.find(",", end, end + 2) >= 0:
        return False  # "said Jane Roe, a resident"
    before = text[max(0, person.first_pos - 40) : person.first_pos].split()
    if before and (before[-1].lower() in _HONORIFICS or before[-1].lower() in own):
        before.pop()  # "Dr. Jane Roe"; "Speaker Jan Roe" after "the speaker of the Duma" (rules-1.408)
    if not before:
        return True
    last = before[-1]
    return last[-1] in _OPEN_ENDS or is_cue(last, "en")


def roles_named_next(
    text: str, raws: list[Raw], resolved: list[Resolved | None], entities: Iterable[Entity]
) -> list[Resolved | None]:
    """``resolved`` with each role phrase of ``_role_phrase`` given the person named in the next statement."""
    roles = [i for i, (raw, res) in enumerate(zip(raws, resolved, strict=True)) if _role_phrase(raw, res)]
    if not roles:
        return resolved
    by_key = {e.key: e for e in entities}
    firsts = sorted(e.first_pos for e in by_key.values())
    out = list(resolved)
    for i in roles:
        res = resolved[i]
        assert res is not None
        j, person = person_next(resolved, i, by_key)
        if person is None:
            continue
        nxt = resolved[j]
        role_raw = raws[i]
        if not (role_raw.anchor < person.first_pos <= role_raw.end + _REACH):
            continue
        if any(role_raw.anchor < p < person.first_pos for p in firsts) or not _named_alone(
            text, raws[j], person, role_raw.speaker.text if role_raw.speaker else ""
        ):
            continue
        for k, r in enumerate(resolved):
            if r is not None and r.speaker_id == res.speaker_id:
                out[k] = nxt
    return out


def _possessive_name(word: str) -> bool:
    """A capitalised possessive opening a role phrase ("Ukraine's human rights commissioner", rules-1.408)."""
    return word[:1].isupper() and word[-2:] in ("'s", "’s")


def person_next(
    resolved: list[Resolved | None], i: int, by_key: dict[str, Entity]
) -> tuple[int, Entity | None]:
    """(index, person) of the first statement after ``resolved[i]`` and the run of its own speaker's statements
    right after it, when that statement's speaker is a named person; else (-1, None)."""
    res = resolved[i]
    assert res is not None
    j = i + 1
    while j < len(resolved) and (r := resolved[j]) is not None and r.speaker_id == res.speaker_id:
        j += 1
    nxt = resolved[j] if j < len(resolved) else None
    if nxt is None or not nxt.speaker_id.startswith("P-") or (person := by_key.get(nxt.key)) is None:
        return -1, None
    return j, person
