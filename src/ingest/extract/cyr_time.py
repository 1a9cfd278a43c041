"""A Ukrainian or Russian time adjunct right after an inverted cue ("сообщило в субботу Министерство
обороны", "заявив вчора", "сообщили в пятницу в ведомстве")."""

from __future__ import annotations

import re

from ingest.extract.cues import Token

CYR_TIME_RE = re.compile(
    r"(?:(?:в|во|у)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|понеділок|вівторок|"
    r"середу|четвер|п['’]ятницю|суботу|неділю)|вчера|сегодня|утром|вечером|ночью|днем|днём|вчора|сьогодні|"
    r"уранці|зранку|ввечері|вночі|увечері)\s+",
    re.I,
)
_CYR_IN = frozenset(("в", "у", "во"))


def skip_time_before_body(toks: list[Token], text: str) -> list[Token]:
    """The tokens after a time adjunct when a locative ("в"/"у") follows it: "сообщили в пятницу в
    ведомстве" reads "в ведомстве" as after "сообщили в ведомстве" (rules-1.261); else ``toks``."""
    if len(toks) < 4 or (tm := CYR_TIME_RE.match(text, toks[0].start())) is None:
        return toks
    k = next((k for k, x in enumerate(toks) if x.start() >= tm.end()), 0)
    return toks[k:] if k and toks[k].group().lower() in _CYR_IN else toks
