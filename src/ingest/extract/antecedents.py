"""The antecedent of "they"/"it" when it is a body or a group (rules-1.42 moved it here from resolve)."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from ingest.extract.entities import Resolved
from ingest.extract.names import group_id, org_id
from ingest.extract.speakers import analyze_np

if TYPE_CHECKING:
    from ingest.extract.resolve import Resolver


# uk/ru: a subject and a plural past verb opening a sentence ("Спостерігачі мережі ОПОРА повідомили про …")
_CYR_PLURAL_SUBJECT_RE = re.compile(
    r"\s*(?P<np>[А-ЯІЇЄҐ][^,.!?:;\n„“]{1,60}?)\s+(?:не\s+)?[а-яіїєґё]{3,}ли\b"
)


def plural_antecedent(r: Resolver, g: str, ref: int) -> Resolved | None:
    """The body or group quoted last before ``ref`` for "they"/"it"; for "they" in Ukrainian and Russian
    a body or group that is the subject of a plural verb opening the sentence before, when nearer
    ("… ОПОРА повідомили про 17 порушень. За їхньою оцінкою, …", rules-1.42)."""
    last = next(
        ((p, res) for p, k, res in reversed(r.last) if k in ("organisation", "group", "anonymous")), None
    )
    k = bisect_right(r.sent_starts, ref) - 1
    if g == "p" and r.lang in ("uk", "ru") and k >= 1 and (last is None or last[0] < r.sent_starts[k - 1]):
        m = _CYR_PLURAL_SUBJECT_RE.match(r.text, r.sent_starts[k - 1], r.sent_starts[k])
        sp = analyze_np(m.group("np"), r.lang) if m is not None else None
        if sp is not None and sp.kind == "group":
            return Resolved(sp.text, group_id(sp.text), "group")
        if sp is not None and sp.kind == "organisation":
            return Resolved(sp.org or sp.text, org_id(sp.org or sp.text), "organisation")
    return last[1] if last is not None else None
