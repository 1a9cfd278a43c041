"""Ukrainian and Russian two-word descriptions of a person just spoken of (rules-1.277).

Cyrillic has no article, so only a one-word role ("— сказав хокеїст") or an age ("28-річний баск") was read as
"the …" is in English. Two more shapes are the same description of the person just named, as sports pages write:

* a role noun and a city's people in the genitive plural: "Наставник харків'ян", "наставник харьковчан", "тренер
  киян", "капитан киевлян" (the coach of the club of Kharkiv, Kyiv);
* a nationality adjective and a noun: "голландский специалист", "турецький півзахисник", "бразильский вингер".
"""

from __future__ import annotations

import re

from ingest.extract.roles import is_cyr_role, is_org_word

_CITY_PEOPLE_RE = re.compile(r"[а-яіїєё]+(?:['’ʼ]ян|чан|лян|ян)")
_NATION_ADJ_RE = re.compile(
    r"(?:нідерландськ|нидерландск|голландськ|голландск|бразильськ|бразильск|іспанськ|испанск|турецьк|турецк|"
    r"аргентинськ|аргентинск|португальськ|португальск|хорватськ|хорватск|грузинськ|грузинск|англійськ|английск|"
    r"французьк|французск|німецьк|немецк|італійськ|итальянск|баскськ|баскск)(?:ий|ій|ый|ой|а|ая)"
)


def described_pair(phrase: str) -> bool:
    """``phrase`` is one of the two-word descriptions above."""
    words = phrase.split()
    if len(words) != 2 or not words[1][:1].islower() or is_org_word(words[1]):
        return False
    first = words[0].lower()
    if _CITY_PEOPLE_RE.fullmatch(words[1]) is not None:
        return is_cyr_role(first)
    return _NATION_ADJ_RE.fullmatch(first) is not None and (is_cyr_role(words[1]) or words[1] == "специалист")
