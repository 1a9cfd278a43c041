"""rules-1.463: a Ukrainian or Russian view verb whose clause ends in an inverted cue of saying ("Китай считает,
что …, заявил представитель МИД …"): the trailing speaker states the body's view, so the view's subject (a country,
a body, a group) is no speaker; the trailing cue gives it, the statement is the view's complement."""

from __future__ import annotations

import re
from bisect import bisect_left

from ingest.extract.cues import Token
from ingest.extract.forward import parse_forward
from ingest.extract.plausible import plausible_speaker

_VIEW_CUES = frozenset(
    (
        "считает",
        "считают",
        "полагает",
        "полагают",
        "уверен",
        "уверена",
        "уверены",
        "вважає",
        "вважають",
        "переконаний",
        "переконана",
        "переконані",
    )
)
_VIEW_SUBJECT_KINDS = frozenset(("organisation", "group"))
_FINAL_SAY_CYR_RE = re.compile(
    r",\s+(?P<cue>заяви(?:л[аи]?|в)|сказа(?:л[аи]?|в)|сообщи(?:л[аи]?)|повідоми(?:в|л[аи])|отмети(?:л[аи]?)"
    r"|зазначи(?:в|л[аи])|подчеркну(?:л[аи]?)|наголоси(?:в|л[аи]))\s+[\w«\"]"
)


def view_final_at(text: str, toks: list[Token], comp: int, e: int, cue: str, kind: str, lang: str) -> int:
    """The offset of the comma before a trailing inverted cue of saying that ends the complement of a view verb
    ``cue`` whose subject is of ``kind`` and gives a speaker; -1 when there is none (a person's view, a verb of
    saying, no such cue, a cue whose speaker cannot be read)."""
    if lang not in ("uk", "ru") or cue.lower() not in _VIEW_CUES or kind not in _VIEW_SUBJECT_KINDS:
        return -1
    k = text.rfind(", ", comp, e)
    while k > comp:
        if (m := _FINAL_SAY_CYR_RE.match(text, k, e)) is not None:
            j = bisect_left(toks, m.start("cue"), key=_TOKEN_START)
            if j >= len(toks) or toks[j].start() != m.start("cue"):
                return -1
            raw = parse_forward(toks[j + 1 :], text, lang)[0]
            sp = plausible_speaker(raw, lang) if raw else None
            return k if sp is not None and sp.kind != "pronoun" else -1  # "…, заявил он": his or its view
        k = text.rfind(", ", comp, k)
    return -1


_TOKEN_START = re.Match.start
