"""Where a mention of a person can start in a text (``mentions._mention_matches``; speed only)."""

from __future__ import annotations

import re

from ingest.extract.given_names import CYR_FEMALE_NAMES, CYR_MALE_NAMES, FEMALE_NAMES, MALE_NAMES
from ingest.extract.lexicon_people import MENTION_TITLES

CAP = "A-ZÀ-ÞА-ЯІЇЄҐĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"  # Latin Extended-A capitals (rules-1.21)
FIRST_NAMES = sorted(
    {
        n[:1].upper() + n[1:]
        for n in (*FEMALE_NAMES, *MALE_NAMES, *CYR_FEMALE_NAMES, *CYR_MALE_NAMES)
        if len(n) > 1
    }
)
# Where a mention can start: a capital after no word character, apostrophe or hyphen, and the run of word
# characters, apostrophes and hyphens after it, with a "." after the run ("Dr."). A mention's title or first name
# ends where a blank or (a first name) a "-" follows, so that run is a title or a first name, or its part before
# a "-" is a first name, or (German) it ends like a compound title (may_open). A position inside the run follows
# a word character, where no mention starts. The mention pattern is tried at those runs only: tried at every
# capital, it cost more than the rest of the mention scan (speed only; the matches are the same).
CAP_WORD_RE = re.compile(rf"[{CAP}](?<![\w’'\-].)[\w’'\-]*\.?")
HEADS = frozenset(x.split(" ", 1)[0] for x in (*FIRST_NAMES, *MENTION_TITLES))
DE_TITLE_ENDS = (
    "minister", "ministerin", "präsident", "präsidentin", "sprecher", "sprecherin", "chef", "chefin", "kanzler",
    "kanzlerin", "leiter", "leiterin", "direktor", "direktorin", "vorsitzende", "abgeordnete",
)  # fmt: skip


def may_open(word: str, de: bool) -> bool:
    if word in HEADS or (de and word.endswith(DE_TITLE_ENDS)):
        return True
    i = word.find("-")
    while i != -1:
        if word[:i] in HEADS:
            return True
        i = word.find("-", i + 1)
    return False
