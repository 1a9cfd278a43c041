"""Adjuncts around a cue word: the adverbials that may open a sentence before its subject ("In an
interview, X said"), and the time, medium and place phrases that may stand between a cue and its
"that" ("said on Monday that", "said, in an interview with CNN, that") (data and patterns)."""

from __future__ import annotations

import re
from typing import Any

from ingest.extract.lexicon import words as _w
from ingest.extract.phrasal import ASIDE_RE

LEAD_ADVERBIAL = frozenset(
    _w(
        "in on at during after before speaking earlier later meanwhile however separately still also but "
        "and yet asked when while in addition instead pressed questioned challenged amid despite although though "
        "seconds minutes months years "  # rules-1.81: "Minutes later, the campaign issued a statement saying …"
        "whereas back if since because once unless until whenever shortly soon moments hours days weeks "
        "as "  # rules-1.50: "As the talks stalled, the ministry said that …"
        "with without following ahead under throughout "  # rules-1.75: "With members in attendance, X said"
        "alongside besides beyond unlike amidst against "  # rules-1.116: "Alongside BLM calls for action, X said"
    )
)
_LY_ADVERB_RE = re.compile(r"[A-Za-z]{3,}(?:al|ous|ive|nt|ing|ed|ate|ful|ib|ab|ar|ct|ic|st)ly")

# A medium before an inverted speaker ("повідомив у Telegram очільник ОВА …", "said in a statement the …")
MEDIUM_ADJUNCT_RE = re.compile(
    r"(?:у|в|во|на|in|im|auf|bei|on)\s+(?:сво\w+\s+|his\s+|her\s+|its\s+|their\s+|a\s+|an\s+|the\s+|einer\s+)?"
    r"(?:Telegram\S*|[Тт]елеграм\S*|Facebook|Twitter|X|Instagram|YouTube|соцмереж\w*|соцсет\w*|ефірі|эфире|"
    r"інтерв['’]ю|интервью|коментарі|комментарии|дописі|блозі|блоге|post|statement|interview|video|"
    r"Erklärung|Interview|Videobotschaft)"
    r"(?:\s+(?:телемарафону|телемарафона|телеканалу|телеканала|каналу|канала|радіо|радио|програми|программы|газете|"
    r"газеті|изданию|виданню|радиостанции|радіостанції))?"
    r"(?:\s+[«„][^«»„“\n]{1,60}[»“])?(?=\s)"  # rules-1.226: the outlet in quote marks ("в интервью «Газете»")
)


def is_lead_adverbial(text: str, tok: re.Match[str]) -> bool:
    """A sentence's leading adverbial: a word of LEAD_ADVERBIAL, or an adverb in -ly right before a comma
    ("Significantly, the judge said …" gave the speaker "Significantly"; rules-1.134)."""
    word = tok.group()
    return word.lower() in LEAD_ADVERBIAL or (
        text[tok.end() : tok.end() + 1] == "," and _LY_ADVERB_RE.fullmatch(word) is not None
    )


ADJUNCT_RE = re.compile(
    r"\s*,?\s*(?:(?:(?:late|early)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight|earlier|later|previously|again|also|"
    r"last\s+(?:week|month|year|night)|this\s+(?:week|month|year)|on\s+(?:" + r"Telegram|X|Twitter|Facebook|"
    r"Instagram|social\s+media|television|TV|radio)|in\s+(?:a|an|the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:statement|interview|address|briefing|post|video|speech|conference|letter|message|comments?|remarks|"
    r"broadcast|report|op-ed|column|podcast)(?:\s+(?:with|to|on)\s+(?:[A-Z][\w’'-]*\s*){1,3})?|at\s+a\s+"
    r"(?:[\w-]+\s+){0,2}(?:conference|briefing|meeting|summit|event|hearing|rally)"
    r"|under\s+(?:questioning|oath|cross-examination|pressure)(?:\s+from\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+)?"
    r"|(?:by|over\s+the)\s+(?:tele)?phone|by\s+(?:e-?mail|text\s+message|video\s+link))\b\s*,?"
)  # rules-1.372: "conceded under questioning that …", "said under pressure from MPs that …"
# rules-1.426: "said by phone that …", "told Holdout over the phone that …", "said by email that …"


# rules-1.50: a prepositional phrase between commas ("said, after his speech, that …", "said, in a
# question-and-answer session with TV host Charlie Rose, that …")
COMMA_ADJUNCT_RE = re.compile(
    r"(?:\s*,\s*(?:after|before|during|in|at|on|from|with|without|via|through|speaking|when|while)\s[^,;:.!?“”\"]{2,90}){1,2}"
    r",\s*"
)
BETWEEN_LEAD_RE = re.compile(
    r"^\s*(?:(?:on|in|at(?!\s+(?:least|most)\b)|during|to|via|through|after|before|late|earlier|last|this|yesterday|"
    r"today|,)\b"  # rules-1.325: "said at least nine states had laws that …": a quantity, no adjunct
    r"|outside\s+(?:(?:the|a|an|his|her|its|their)\s|[A-Z]))"  # rules-1.113: "said outside the court that"
)


def adjunct_between(between: str, no_clause: bool = True) -> bool:
    """Whether the text between a cue and its "that" holds adjuncts only (``no_clause``: no pronoun and
    verb in it, "said in a statement it had … that", rules-1.49)."""
    return bool(
        ADJUNCT_RE.fullmatch(between)
        or (no_clause and BETWEEN_LEAD_RE.match(between))
        or ASIDE_RE.fullmatch(between)
        or COMMA_ADJUNCT_RE.fullmatch(between)
        or _aside_then_adjunct(between)
    )


def _aside_then_adjunct(between: str) -> bool:
    """rules-1.393: an aside word, then one adjunct ("said afterwards in a post on X that …", "said again
    on Friday that …"); not an aside before a clause ("said afterwards the firm had … that")."""
    m = ASIDE_RE.match(between)
    return m is not None and 0 < m.end() < len(between) and ADJUNCT_RE.fullmatch(between, m.end()) is not None


# rules-1.393: a statement read out by someone else ("said in a statement read by her lawyer outside the
# court on Tuesday that …"): the "that" may stand further from the cue than the usual reach
_READ_BY_RE = re.compile(
    r"\s*,?\s*in\s+(?:a|an|the|his|her|its|their)\s+(?:[\w’'-]+\s+)?(?:statement|message|letter)\s+read\s+"
    r"(?:out\s+)?(?:by|on\s+(?:his|her|its|their)\s+behalf)\b"
)


def read_by_medium(text: str, pos: int) -> bool:
    """Whether a statement read out by someone else follows the cue ending at ``pos``."""
    return " read " in text[pos : pos + 48] and _READ_BY_RE.match(text, pos) is not None


# A subject pronoun and an auxiliary right after a cue: a reported clause without "that".
PRONOUN_CLAUSE_RE = re.compile(
    r"\s+(?P<pron>(?:he|she|it|they|we|I)\s+(?:had|has|have|was|were|would|will|could|can|is|are|did|does|"
    r"should|might|may|must)\b)"
)
# "insisted the plan would work", "warned Russia could respond": a short subject and a finite auxiliary
# make a clause without "that" (after a cue that otherwise takes an object: "warned the public")
NP_CLAUSE_RE = re.compile(
    r"\s+(?P<np>(?:(?:the|a|an|this|these|those|its|his|her|their|our|some|many|most|all)\s+(?:[\w’'-]+\s+){0,3}?"
    r"[\w’'-]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:would|will|could|can|had|has|have|was|were|is|are|"
    r"should|might|may|must)\s+(?!been\b)(?:[“\"‘](?=[^”\"’“\n]{1,80}[”\"’]\s+\w))?\w)"  # "was “quiet” after" (1.31)
)
# rules-1.372: a determiner's noun phrase and a finite verb right after the listener of "told" ("told reporters the
# seat was "the one that …"""): its clause opens there, and a later "that" is inside it; a relative word in the
# phrase ("the firm that won was") makes it none
_TOLD_NP_CLAUSE_RE = re.compile(
    r"\s+(?:the|a|an|this|these|its|his|her|their|our)\s+(?:(?!(?:that|which|who|whom)\b)[\w’'-]+\s+){0,2}?"
    r"(?!(?:that|which|who|whom)\b)[\w’'-]+\s+(?:was|were|is|are|would|will|could|had|has|have)\s"
)
# rules-1.306: a pronoun and a finite verb right after the listener of "told" open its clause; a later "that" is inside it
_TOLD_PRONOUN_RE = re.compile(
    r"\s+(?:he|she|it|they|we|there|this)\s+(?:had|has|have|was|were|is|are|would|will|could)\b"
)


def clause_after_listener(text: str, p: int, e: int) -> bool:
    """Whether a clause opens at ``p`` after the listener of "told" (rules-1.306, 1.372)."""
    return _TOLD_PRONOUN_RE.match(text, p, e) is not None or _TOLD_NP_CLAUSE_RE.match(text, p, e) is not None


# rules-1.132: a bare plural noun as the subject ("claimed drivers had reported …", "insisted residents would be
# …"), not a function word ending in "s" ("this", "perhaps", "always"); a plural auxiliary after it
PLURAL_CLAUSE_RE = re.compile(
    r"\s+(?P<np>(?!(?:this|thus|perhaps|always|sometimes|besides|towards|afterwards|whereas|unless)\b)"
    r"[a-z][a-z'’-]+[^s\W]s)\s+(?:would|will|could|can|had|have|were|are|should|might|may|must)\s+\w"
)
# rules-1.113: the same with "been" after the auxiliary ("insisted the contract with the supplier had been
# signed"), when no relative word or pronoun stands in the subject (that is an object's relative clause: "the
# lack of progress that has been made", "the attacks they have been airing"; or a listener: "assures his
# audience he will")
_NOT_IN_NP = r"(?!(?:that|which|who|whom|he|she|it|they|we|I|you)\b)"
SUBJECT_CLAUSE_RE = re.compile(
    r"\s+(?P<np>(?:(?:the|a|an|this|these|those|its|his|her|their|our|some|many|most|all)\s+"
    rf"(?:{_NOT_IN_NP}[\w’'-]+\s+){{0,3}}?{_NOT_IN_NP}"
    r"[\w’'-]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:would|will|could|can|had|has|have|was|were|is|are|"
    r"should|might|may|must)\s+(?:[“\"‘](?=[^”\"’“\n]{1,80}[”\"’]\s+\w))?\w)"
)


# the occasion of a statement, which may run long ("in an interview on the PBS television program …", rules-1.116)
MEDIUM_TAIL_RE = re.compile(
    r"\s*(?:in|during|at)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:interview|statement|appearance|speech|"
    r"address|email|letter|post|briefing|(?:news|press)\s+conference|radio\s+show)\b"
)


# rules-1.158: an occasion after the cue, which may run long ("said on Wednesday after talks with her Ukrainian
# counterpart in Ottawa", "said following a meeting of the cabinet"): a day at most, then a preposition of time and a
# meeting noun
OCCASION_TAIL_RE = re.compile(
    r"\s*(?:(?:late\s+|early\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?"
    r"(?:(?:after|following|before|ahead\s+of)\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:talks|meeting|meetings|call|visit|summit|session|hearing|vote|conversation)\b"
    r"|(?:after|before|while|when)\s+[a-z]{3,}ing\s)"  # rules-1.353: "…, X said after visiting the field."
)


def long_occasion(tail: str) -> bool:
    """A medium or occasion after the cue that may run to 16 words (MEDIUM_TAIL_RE, OCCASION_TAIL_RE)."""
    return bool(MEDIUM_TAIL_RE.match(tail) or OCCASION_TAIL_RE.match(tail))


def subject_clause_at(text: str, start: int, end: int) -> re.Match[str] | None:
    """A that-less clause at ``start`` with a longer subject and "been" (SUBJECT_CLAUSE_RE) or a bare plural
    subject (PLURAL_CLAUSE_RE, rules-1.132)."""
    return SUBJECT_CLAUSE_RE.match(text, start, end) or PLURAL_CLAUSE_RE.match(text, start, end)


# (moved here from final, rules-1.158)
_COORD_TAIL_RE = re.compile(r",\s+(?:and|but)\s")
_DAY_BEFORE_RE = re.compile(r"\s+(?:on\s+)?\w+day\Z")  # "…, he said on Monday, and …": cut before the day


def coordination_cut(tail: str) -> int | None:
    r"""Where ", and …" / ", but …" starts in ``tail``, a day before it included: the first match of
    ``(?:\s+(?:on\s+)?\w+day)?,\s+(?:and|but)\s``, found from the comma (searching that pattern
    tries the optional day at every position)."""
    coord = _COORD_TAIL_RE.search(tail)
    if coord is None:
        return None
    day = _DAY_BEFORE_RE.search(tail, 0, coord.start())
    return coord.start() if day is None else day.start()


# rules-1.246: an anonymous source's complement after an inverted cue ("…, said two people familiar with the talks",
# "…, said a person briefed on the matter", "…, said people close to the negotiations"): part of the speaker
_SOURCE_ADJECTIVES = frozenset(_w("familiar close briefed knowledgeable involved privy acquainted"))
_SOURCE_PREPOSITIONS = frozenset(_w("with to on about in"))
_SOURCE_COMPLEMENT_STOPS = frozenset(_w(', . ; : ! ? who which said says told added “ ” " ( )'))


def source_complement_end(toks: list[Any], i: int, out: list[Any], lang: str) -> int:
    """The index after an English source adjective's complement that starts at ``toks[i]`` (a preposition right
    after "familiar", "close", "briefed" … at the end of ``out``), up to eight words, else -1."""
    if lang != "en" or not out or out[-1].group().lower() not in _SOURCE_ADJECTIVES:
        return -1
    if toks[i].group().lower() not in _SOURCE_PREPOSITIONS:
        return -1
    j = i + 1
    while j < len(toks) and j - i <= 8 and toks[j].group().lower() not in _SOURCE_COMPLEMENT_STOPS:
        j += 1
    return j if j > i + 1 and (j == len(toks) or toks[j].group().lower() in _SOURCE_COMPLEMENT_STOPS) else -1


# rules-1.313: "told a news conference at the fortress, where the ambassador stood beside him": a place after the
# cue (or its listener) and a relative clause about the place, no reported clause
_PLACE_WHERE_RE = re.compile(
    r"\s*(?:at|in|on|outside|inside|near|from)\s+[^,;:.!?“”\"]{1,60},\s+where\s", re.I
)


def place_then_where(rest: str) -> bool:
    """``rest`` (what follows a cue) opens with a place and a ", where" clause."""
    return ", where " in rest and _PLACE_WHERE_RE.match(rest) is not None


# rules-1.318: "said no such commitment had been made", "said no other talks were planned": a modifier after "no"
# pushes the clause's verb one word further than the two words "no" is tested with; "said no such thing" stays
# an object
_NO_MODIFIERS = frozenset(_w("such other single"))
# rules-1.429: "said no passenger train had been hit": a noun before the noun after "no" does the same when an
# auxiliary follows the two ("said no cargo ship has …"); "said no peace talks in Geneva" stays an object
_NO_AUXILIARIES = frozenset(_w("had has have was were is are would will could can should might may must"))
# rules-1.448: two nouns after "no" joined by "or"/"and", then an auxiliary ("said no aircraft or personnel had …");
# "said no ships or planes in the area" stays an object
_NO_COORDINATORS = frozenset(("or", "and"))


def object_window(words: list[str]) -> list[str]:
    """The words after the first of ``rest.split(None, 3)`` that tell a clause from an object ("no such X had")."""
    if len(words) == 4 and words[0].lower() == "no":
        after = words[3].split(None, 1)[0]
        if words[1].lower() in _NO_MODIFIERS or after.lower() in _NO_AUXILIARIES:
            return [words[2], after]
        if words[2].lower() in _NO_COORDINATORS:  # rules-1.448: "said no aircraft or personnel had been lost"
            pair = words[3].split(None, 2)
            if len(pair) > 1 and pair[1].lower() in _NO_AUXILIARIES:
                return pair[:2]
    return words[1:3]


# rules-1.318: "X opened the hearing by saying the companies had …", "responded by warning that …": a participle
# cue after "by" reports only a clause ("that", or a subject and its verb), not an object ("by warning signs in
# the market", "by saying nothing")
_BY_CLAUSE_RE = re.compile(
    r"\s+(?:that\s|(?:[\w’'-]+\s+){1,4}?(?:had|has|have|was|were|would|will|could|can|should|is|are|did|does|might|"
    r"may|must)\s)"
)


def by_participle_clause(text: str, at: int, end: int) -> bool:
    """A reported clause opens at ``at`` (right after a participle cue that follows "by"): "that", or up to four
    words of a subject and an auxiliary ("by saying the companies had “…”")."""
    return _BY_CLAUSE_RE.match(text, at, end) is not None
