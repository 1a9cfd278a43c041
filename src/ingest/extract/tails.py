"""What follows a sentence-final attribution (rules-1.197): the writer's apposition to the whole sentence
("…, police said on Thursday, the second such attack this year."), the German adjuncts after an inverted
speaker ("…, sagte die Außenbeauftragte am Montag nach einem Treffen der Außenminister in Brüssel."), and the
open phrase before a parenthesis that keeps it inside the statement ("… but without, he says, a true …")."""

from __future__ import annotations

import re

from ingest.extract.appositions import is_role_word
from ingest.extract.cues import Token, is_cue
from ingest.extract.lexicon import words as _w

# the writer's noun phrase after the attribution: an article, no finite auxiliary
_APPOSITIVE_TAIL_RE = re.compile(r",\s+(?:the|a|an)\s+[a-z]")
_FINITE_RE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|did|does|do|will|would|could|can|should|may|might|must)\b|n[’']t\b"
)


# rules-1.237: the apposition's own relative clause ("…, it said on Thursday, a move that could put it at odds
# with …"): a noun of up to three words, then "that"/"which"; its finite verb is the relative clause's
_APPOSITIVE_RELATIVE_RE = re.compile(r"(?:[a-z-]+\s+){0,2}[a-z-]+\s+(?:that|which)\s")


# rules-1.370: the writer's time frame after the attribution ("…, the ministry said, two days after the fire."), as
# after a reported clause (secondpred, rules-1.344); "a day after" is an apposition above already
_TIME_FRAME_TAIL_RE = re.compile(
    r",\s+(?:(?:just|only|barely|some)\s+)?(?:a\s+few|two|three|four|five|six|seven|several|\d+)\s+"
    r"(?:days|hours|weeks|months)\s+(?:after|before)\s"
)


def cut_apposition(tail: str) -> int | None:
    """Where the writer's apposition starts in ``tail`` (the English words after a final cue), or None."""
    if (" after " in tail or " before " in tail) and (tf := _TIME_FRAME_TAIL_RE.search(tail)) is not None:
        tail = tail[: tf.start()]
        if (early := cut_apposition(tail)) is not None:
            return early
        return tf.start()
    m = _APPOSITIVE_TAIL_RE.search(tail)
    fin = _FINITE_RE.search(tail)
    if m is None or fin is None:
        return m.start() if m is not None else None
    rel = _APPOSITIVE_RELATIVE_RE.match(tail, m.end() - 1)
    if (
        fin.start() > m.start()
        and rel is not None
        and rel.end() <= fin.start()
        and all(not_verb_of_clause(w) for w in tail[m.end() - 1 : rel.end()].split()[:-1])
    ):
        return m.start()  # the finite verb is inside the apposition's relative clause (rules-1.237)
    return None


_CLAUSE_VERBS = frozenset(_w("show shows showed shown mean means meant"))


def not_verb_of_clause(word: str) -> bool:
    """(rules-1.237) A lower-case word of an apposition's noun phrase before "that"/"which": not a verb that
    opens a clause of its own ("the data show that …", "the company expects that …")."""
    return word.isalpha() and word.islower() and word not in _CLAUSE_VERBS and not is_cue(word, "en")


OPEN_WORDS = frozenset(
    _w(
        "without with of for by but and or the a an to in on at from than as into about over under is was are were"
    )
)


def open_phrase_before(toks: list[Token], i: int) -> bool:
    """The comma before the attribution at ``toks[i]`` follows a word that leaves its phrase open ("… but
    without, he says, a true understanding of …"): the attribution is a parenthesis inside the statement."""
    j = next((j for j in range(i - 1, max(0, i - 6), -1) if toks[j].group() == ","), 0)
    return j > 0 and toks[j - 1].group().lower() in OPEN_WORDS


# the adverbials after a German inverted speaker at the end of a sentence: prepositional phrases only
_DE_ADJUNCT_CHAIN_RE = re.compile(
    r"\s*(?:am|im|in|nach|vor|bei|beim|auf|gegenüber|während|zum|zur|vom|von|mit|über|unter|seit|aus)\s[^,;:!?„“\"]*"
)
_DE_NOT_ADJUNCT = frozenset(
    _w(
        "und oder aber sowie dass ob weil wenn hat hatte habe hätte haben hatten ist war sei sind waren seien "
        "wird wurde werde werden wurden würde kann könne konnte muss müsse soll solle will wolle"
    )
)


# rules-1.397: an English apposition to an inverted speaker that runs to the sentence end ("…, said Kyrylo Budanov,
# head of the Main Intelligence Directorate of the Ministry of Defence.", "…, says Daniel Kritenbrink, formerly U.S.
# Assistant Secretary of State for East Asian and Pacific Affairs."): its opening words, then a relative clause of its own
_APPOSITION_OPENERS = frozenset(
    _w("the a an his her their its formerly previously currently now once also until")
)
_OWN_RELATIVE_RE = re.compile(r",?\s+(?:who|whose)\s")


def speaker_apposition(rest: str) -> bool:
    """English: the words after an inverted speaker (``rest``) are one noun phrase in apposition to it, to the
    sentence end: a comma, then an article or a time adverb ("formerly", "now"), or a role word within its first
    two words ("head of …", "chief economist at …", "Deputy Foreign Minister"); no other comma, no finite verb
    before a relative clause of the speaker's own ("…, who heads the unit"), which may also stand alone."""
    if not rest.startswith(", "):
        # rules-1.398: the apposition's own relative clause right after it ("…, said X, a deputy minister who
        # leads the working group on …": the speaker phrase ends at "minister", the rest is that clause)
        return rest.startswith((" who ", " whose "))
    body = rest[2:].rstrip().rstrip(".!?;")
    if (rel := _OWN_RELATIVE_RE.search(" " + body)) is not None:
        if rel.start() == 0:
            return True  # "…, said X, who led the delegation at the talks in Geneva."
        body = body[: rel.start() - 1]
    if ", " in body:
        body, _c, second = body.partition(", ")
        if not _second_apposition(second):
            return False
    words = body.split()
    if not words or "," in body or _FINITE_RE.search(body) is not None or any(is_cue(w, "en") for w in words):
        return False
    return words[0].lower() in _APPOSITION_OPENERS or any(is_role_word(w.lower()) for w in words[:2])


_ARTICLES = frozenset(_w("the a an"))


def _second_apposition(part: str) -> bool:
    """rules-1.398: the words after a second comma of an inverted speaker's apposition are one more noun phrase
    to the sentence end ("…, said X, a member of the council of Ubari, the town nearest the field."): an article
    first, no other comma, no finite verb, no cue word; not a time frame ("…, a day after the vote")."""
    words = part.split()
    return (
        len(words) > 1
        and words[0].lower() in _ARTICLES
        and "," not in part
        and " after " not in part
        and " before " not in part
        and _FINITE_RE.search(part) is None
        and not any(is_cue(w, "en") for w in words)
    )


def long_rest(rest: str, lang: str) -> bool:
    """The words after an inverted speaker (``rest``, to the sentence end) are too many for an attribution: more
    than eight, unless German prepositional adjuncts only (up to 16 words, no clause, no second predicate); or
    they open with an English finite verb (``clause_tail``)."""
    words = rest.split()
    if clause_tail(rest, lang):
        return True  # "…, said Ukraine needed …": a reported clause (rules-1.245)
    if len(words) <= 8:
        return False
    if lang != "de" or len(words) > 16 or _DE_NOT_ADJUNCT.intersection(words):
        return True
    return _DE_ADJUNCT_CHAIN_RE.fullmatch(rest.rstrip(" .!")) is None


# rules-1.306: also an indirect question ("…, asked Eggli whether …": the one asked is no inverted speaker)
_OBJECT_TAIL_RE = re.compile(r"\s*(?:of|to|that|for|with|about|into|as|whether|if)\b")


def object_tail(rest: str, cue: str, raw: str = "") -> bool:
    """The words after an inverted speaker begin with an object's preposition ("…, accused Moscow of trying …",
    "…, urged the council to act"): no attribution; after "said"/"says" they are the speaker's own ("said an
    adviser to the mayor", "said an official with the ministry", "said Smith of the plan", rules-1.216). Or the
    would-be speaker ``raw`` opens with a gerund after a verb that takes one ("…, denied forcing residents out",
    "…, admitted taking the money": the cue's object, rules-1.398)."""
    if raw[:1].islower() and cue.lower() in _GERUND_OBJECT_CUES:
        first = raw.split(None, 1)[0]
        if len(first) > 5 and first.endswith("ing") and first.isalpha():
            return True
    return _OBJECT_TAIL_RE.match(rest) is not None and cue.lower() not in ("said", "says")


# the English cues whose object may be a gerund clause (rules-1.398)
_GERUND_OBJECT_CUES = frozenset(
    _w(
        "denied denies deny admitted admits admit acknowledged acknowledges recalled recalls suggested suggests "
        "recommended recommends proposed proposes regretted regrets mentioned mentions"
    )
)


# rules-1.245: "Zelensky, in a video address, said Ukraine needed more air defence.": a finite verb right after
# the would-be inverted speaker makes it the subject of the reported clause (the speaker is before the cue)
_EN_CLAUSE_VERB_RE = re.compile(
    r"\s+(?:(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do)\b|"
    r"[a-z]{3,}ed\b(?!\s+(?:by|in|at|on|to|with|from|for|as)\b))"
)
_NOT_PAST = frozenset(_w("indeed need seed speed feed bed red shed ted"))


def clause_tail(rest: str, lang: str) -> bool:
    """English: the words after an inverted speaker open with a finite verb ("…, said Ukraine needed …", "…,
    said Kyiv was …"): the cue's subject is before it, and what follows is the reported clause."""
    if lang != "en" or (m := _EN_CLAUSE_VERB_RE.match(rest)) is None:
        return False
    return m.group().strip() not in _NOT_PAST


def decimal_comma(text: str, comma: Token) -> bool:
    """A comma between two digits ("0,9 Prozent", "1,5 Millionen"): part of a number, no clause boundary
    (rules-1.238: "Im Herbst hatte es noch 0,9 Prozent erwartet." has no speaker "9 Prozent")."""
    return text[comma.start() - 1 : comma.start()].isdigit() and text[comma.end() : comma.end() + 1].isdigit()


# rules-1.408: a medium noun after the cue's preposition ("…, said on her Telegram channel.", "said in a post on its
# website"): where it was said, never an inverted speaker ("…, said the channel." has no preposition)
_MEDIUM_NOUNS = frozenset(
    _w("channel channels account accounts page pages feed website site blog newsletter podcast")
)
_MEDIUM_PREP_RE = re.compile(r"\s+(?:on|in|via|through|at)\s")


def medium_after_cue(tail: str, raw: str) -> bool:
    """The would-be inverted speaker ``raw`` ends in a medium noun and ``tail`` (from the cue on) opens with a
    preposition: the medium of the statement, not its speaker."""
    last = raw.rsplit(None, 1)[-1].lower() if raw else ""
    return last in _MEDIUM_NOUNS and _MEDIUM_PREP_RE.match(tail) is not None
