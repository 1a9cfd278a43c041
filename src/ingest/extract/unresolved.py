"""Speakers the resolver left unresolved, remapped after resolution.

A role or pronoun that names no one gets an id of its article's own (a "U-" id, ``names.unknown_id``). Some
articles name its holder elsewhere in a way the resolver cannot link statement by statement: only in the
headline ("Carla Reyes: ‘…’" over "The minister said …", here), or as the one court of a German ruling
(``benchcourt``). ``remap_unresolved`` is their shared step: each statement whose speaker phrase passes a rule's
test and whose id is a "U-" one takes the id the rule gives. (``rolefirst`` remaps a role phrase to the person
named in the next statement, every statement of that id at once: its own loop.)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.extract.entities import Resolved
from ingest.extract.raw import Raw
from ingest.extract.speakerphrase import SpeakerPhrase


def remap_unresolved(
    raws: list[Raw],
    resolved: list[Resolved | None],
    fits: Callable[[SpeakerPhrase], bool],
    to: Callable[[Resolved], Resolved],
) -> list[Resolved | None]:
    """``resolved`` with ``to(res)`` for each statement whose speaker phrase ``fits`` and whose id is a "U-" one."""
    out = list(resolved)
    for i, (raw, res) in enumerate(zip(raws, resolved, strict=True)):
        sp = raw.speaker
        if res is not None and sp is not None and res.speaker_id.startswith("U-") and fits(sp):
            out[i] = to(res)
    return out


# a spokesperson speaks for someone else: never the headline's person (rules-1.253)
_SPOKES_RE = re.compile(
    r"spokes|sprecher|речни|пресс-?секрет|прес-?секрет|представ|аппарат|апарат|офіс|офис|büro", re.I
)


def _role_or_pronoun(sp: SpeakerPhrase) -> bool:
    return sp.kind in ("role", "pronoun") and len(sp.text.split()) <= 3 and not _SPOKES_RE.search(sp.text)


def roles_to_title_person(
    raws: list[Raw], resolved: list[Resolved | None], title: Resolved | None
) -> list[Resolved | None]:
    """A feed summary that names its person only in the headline ("Carla Reyes: ‘…’", then "The minister
    said …", "she said"): a role or pronoun the body leaves unresolved is the headline's person, when the
    body resolves no person by name (rules-1.253); before, such statements had an id of their own."""
    if title is None or not title.speaker_id.startswith("P-"):
        return resolved
    person = title
    if any(r is not None and r.speaker_id == person.speaker_id for r in resolved):
        return resolved  # the body quotes the headline's person by name: the resolver linked its roles
    first_named = min(
        (
            raw.start
            for raw, r in zip(raws, resolved, strict=True)
            if r is not None and r.speaker_id.startswith("P-")
        ),
        default=-1,
    )
    if first_named < 0:
        return remap_unresolved(raws, resolved, _role_or_pronoun, lambda _res: person)
    # rules-1.421: the body names other people too ("Koval: ‘…’" over "The acting minister promised …, he
    # told reporters …; Mayor X said …"): only the lead's roles and pronouns, before the first statement of a
    # person the body names, are the headline's person; later ones may be anyone's and keep their own id
    lead = [raw.start < first_named for raw in raws]
    out = remap_unresolved(raws, resolved, _role_or_pronoun, lambda _res: person)
    return [o if keep else r for o, r, keep in zip(out, resolved, lead, strict=True)]
