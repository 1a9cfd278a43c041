"""rules-1.456: an unnamed official of a body in the lead, named in the next statement with an apposition that
takes up the body's head noun: "…, a senior official of the state nuclear corporation said. TASS quoted Yevgeny
Parfyonov, the corporation's deputy director for …, as saying …". The indefinite phrase got a group id of its
own and the person two ids; here it is that person when the person is first named after the phrase's sentence
opens and within ``_REACH`` characters of its statement, no one else is first named between them, and the name
is followed by ", the <head noun>'s". Left alone: a plural phrase ("officials of the ministry"), a phrase with
no "of/at the" body, an apposition naming another body ("Jane Roe, the agency's director" after "an official of
the ministry"), a person named before the phrase (English only)."""

from __future__ import annotations

from collections.abc import Iterable

from ingest.extract.entities import Entity, Resolved
from ingest.extract.raw import Raw
from ingest.extract.rolefirst import person_next

_REACH = 400


def _head_noun(raw: Raw, res: Resolved | None) -> str:
    """The body's head noun of an indefinite official's phrase ("a senior official of the state nuclear
    corporation" → "corporation"), else ""."""
    sp = raw.speaker
    if res is None or sp is None or not res.speaker_id.startswith("G-"):
        return ""
    words = sp.text.split()
    if len(words) < 5 or len(words) > 10 or words[0].lower() not in ("a", "an"):
        return ""
    low = [w.lower() for w in words]
    at = next((k for k in range(1, len(low) - 2) if low[k] in ("of", "at") and low[k + 1] == "the"), -1)
    last = low[-1]
    if at < 0 or not last.isalpha() or len(last) < 4 or (last.endswith("s") and not last.endswith("ss")):
        return ""
    return last


def officials_named_next(
    text: str, raws: list[Raw], resolved: list[Resolved | None], entities: Iterable[Entity]
) -> list[Resolved | None]:
    """``resolved`` with each indefinite official of ``_head_noun`` given the person named next with an
    apposition ", the <head noun>'s …"."""
    heads = [
        (i, h) for i, (raw, res) in enumerate(zip(raws, resolved, strict=True)) if (h := _head_noun(raw, res))
    ]
    if not heads:
        return resolved
    by_key = {e.key: e for e in entities}
    firsts = sorted(e.first_pos for e in by_key.values())
    out = list(resolved)
    for i, head in heads:
        res = resolved[i]
        assert res is not None
        j, person = person_next(resolved, i, by_key)
        if person is None:
            continue
        nxt = resolved[j]
        if not (raws[i].anchor < person.first_pos <= raws[i].end + _REACH):
            continue
        if any(raws[i].anchor < p < person.first_pos for p in firsts):
            continue
        end = person.first_pos + len(person.name)
        after = text[end : end + len(head) + 9].lower().replace("’", "'")
        if not after.startswith(", the " + head + "'s "):
            continue
        for k, r in enumerate(resolved):
            if r is not None and r.speaker_id == res.speaker_id:
                out[k] = nxt
    return out
