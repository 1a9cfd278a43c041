"""Parenthetical attributions inside a sentence: "It was, he said, one of …", "Das sei, sagte er,
ein Fehler", "Отмена поездов, считает парламентарий, нарушает …" (the whole sentence is the statement)."""

from __future__ import annotations

import re

from ingest.extract.cues import Token, is_cue
from ingest.extract.given_names import is_first_name
from ingest.extract.konjunktiv import konjunktiv_in
from ingest.extract.lexicon import words as _w
from ingest.extract.listeners_de import dative_media_first
from ingest.extract.plausible import plausible_speaker
from ingest.extract.speakers import SpeakerPhrase, is_cap
from ingest.extract.subclause_de import de_trailing_subclause
from ingest.extract.tails import not_verb_of_clause, open_phrase_before

_DE_SUBORDINATORS = frozenset(_w("dass ob wie weil wenn als da damit"))
_DE_NP_START = frozenset(_w("der die das ein eine er sie es man"))
_DE_PRONOUNS = frozenset(_w("er sie"))
_PARENTHETICAL_KINDS = frozenset(("person", "pronoun", "organisation", "role", "group", "anonymous"))
# a German word that may be a verb: lower case, not a small word of an apposition ("…, sagte X, Vorsitzender
# des Verbands Y.": no clause after the comma, rules-1.67)
_DE_NP_WORDS = r"d(?:es|er|ie|as|em|en)|von|für|und|[ia]m|aus|bei|zu[rm]"
DE_LOWER_WORD_RE = re.compile(rf"(?<![\w-])(?!(?:{_DE_NP_WORDS})\b)[a-zäöüß]{{2,}}")


_SLAVIC_RELATIVE_RE = re.compile(
    r"(?:як|котор)(?:ий|ый|ая|ое|ые|ая|ого|ому|ой|ую|ым|ыми|ых|ем|а|е|і|ої|ій|у|им|ими|их|ому)|чий|чия|чиё|чиї|чей|чья"
)
# rules-1.88: a listener in the dative after the cue ("нашему изданию", "журналистам", "своєму колезі")
# rules-1.93: "…, заявил представитель компании, пожелавший остаться неизвестным.": the speaker's participle
_RU_PARTICIPLE_RE = re.compile(r"[а-яё]{2,}(?:вш|ющ|ущ|ящ|ащ)(?:ий|ая|ее|ие)")
_SLAVIC_DATIVE_RE = re.compile(r"(?:наш|ваш|свою|сво|мо|тво)(?:ему|єму|ому)|\w{3,}(?:ам|ям)")
_ASIDE_ING_RE = re.compile(r"[a-z]{3,}ing")
_CLAUSE_OPENERS = frozenset(_w("although though whereas while but"))
_OUT_CUES = frozenset(("pointed", "points"))  # a phrasal cue whose particle stands before the comma
_AUX_VP = frozenset(_w("would will had has have was were is are could should might must can"))


def parenthetical(text: str, toks: list[Token], i: int, lang: str) -> SpeakerPhrase | None:
    """A cue inside commas in mid-sentence: "It was, he said, one of …" (en), "Das sei, sagte er,
    ein Fehler" (de) → the speaker; the whole sentence is the statement."""
    n = len(toks)
    if lang == "de":
        if i < 2 or toks[i - 1].group() != ",":
            return None
        k = next((k for k in range(i + 2, min(n, i + 7)) if toks[k].group() == ","), None)
        if k is None or k + 1 >= n or toks[k + 1].group().lower() in _DE_SUBORDINATORS:
            return None
        if de_trailing_subclause(text, toks[k + 1].start(), toks[-1].end()):
            return None  # "…, sagte Lindner, wobei er … warnte.": the writer's clause after it (rules-1.282)
        if is_first_name(toks[k + 1].group()) and (k + 3 >= n or toks[k + 3].group() in (",", ".", "(")):
            return None  # "…, teilte der Chef der Verwaltung, Alexej Martschenko, mit": an apposition (rules-1.13)
        if not DE_LOWER_WORD_RE.search(text, toks[k].end(), toks[-1].end()):
            return None  # "…, sagt Jürgen Kessler, Vorsitzender des Verbands.": an apposition, no verb (1.67)
        if dative_media_first(toks[i + 1 :]):
            return None  # "Der Leiter, X, sagte der Zeitung, …": a listener in the dative, no speaker (1.298)
        first = toks[i + 1].group()
        if not (is_cap(first) or first.lower() in _DE_NP_START):
            return None  # ", teilte über Twitter mit, dass …" is no parenthesis
        if i - 1 > 7 and not (
            first in _DE_PRONOUNS and konjunktiv_in(text[toks[0].start() : toks[i - 1].start()])
        ):
            return None  # a long clause before: only a Konjunktiv one ("… lägen 27 vor, sagte sie, …", 1.35)
        return _np_or_none(text[toks[i].end() : toks[k].start()], lang)
    if lang in ("uk", "ru"):  # "Отмена поездов, считает парламентарий, нарушает …" (rules-1.14)
        if not 2 <= i <= 8 or toks[i - 1].group() != ",":
            return None
        k = next((k for k in range(i + 2, min(n, i + 6)) if toks[k].group() == ","), None)
        if (
            k is None
            or k + 1 >= n
            or not toks[k + 1].group().islower()
            or toks[k + 1].group() in ("что", "що", "как", "як")
            or _SLAVIC_RELATIVE_RE.fullmatch(toks[k + 1].group())
            or _RU_PARTICIPLE_RE.fullmatch(toks[k + 1].group())
            or _SLAVIC_DATIVE_RE.fullmatch(toks[i + 1].group().lower())
        ):  # (rules-1.71: "…, повідомила пресслужба університету, якому належить будівля": the speaker's relative;
            # rules-1.88: "Тренер, мастер X, рассказал нашему изданию, как …": the listener and what was told)
            return None
        return _np_or_none(text[toks[i].end() : toks[k].start()], lang)
    if (
        lang == "en"
        and i + 3 < n
        and toks[i + 1].group() == "out"
        and toks[i].group() in _OUT_CUES
        and toks[i + 3].group().lower() not in _AFTER_ASIDE_STOP  # not "…, she pointed out, and …" (1.21)
    ):
        toks = toks[: i + 1] + toks[i + 2 :]  # "Two of them, its secretary pointed out, are …" (rules-1.76)
        n -= 1
    if (
        lang == "en"
        and i + 2 < n
        and toks[i + 1].group() != ","
        and (c := _adjunct_comma(toks, i)) is not None
    ):
        toks = toks[: i + 1] + toks[c:]  # "The plan, he told reporters, would be …" (rules-1.104)
        n = len(toks)
    if lang != "en" or i + 1 >= n or toks[i + 1].group() != ",":
        return None
    if i > 5 and _writer_apposition(toks, i + 1) and not open_phrase_before(toks, i):
        return None  # "…, police said on Thursday, the second such attack this year.": a final attribution (1.197)
    if i + 2 < n and _ASIDE_ING_RE.fullmatch(toks[i + 2].group()):
        return None  # "…, a UN official said, speaking on condition …": a final attribution and an aside
    if (
        i + 3 < n
        and toks[i + 2].group() == "without"
        and _ASIDE_ING_RE.fullmatch(toks[i + 3].group())
        and not any(k.group() == "," for k in toks[i + 4 :])
    ):  # "…, a spokeswoman said, without giving details.": so too a closing "without"-gerund (rules-1.304)
        return None
    if (
        i + 3 < n
        and toks[i + 2].group() == "but"
        and (j := _short_subject_comma(toks, i)) is not None
        and not any(is_cue(k.group(), lang) for k in toks[i + 3 :])
    ):  # "Sinkholes were not rare, he said, but one of this size was unusual": his, then no other speech (1.67);
        return _np_or_none(text[toks[j].end() : toks[i].start()], lang)  # ", the agency stressed, but" (1.71)
    if i + 3 < n and toks[i + 2].group() in _CLAUSE_OPENERS and toks[i + 3].group() not in _AUX_VP:
        return None  # "…, the council said, although X said …": a final attribution, then a new clause
    if i + 3 < n and toks[i + 2].group() in ("and", "but") and toks[i + 3].group() in _AUX_VP:
        # "The company had applied in May, he said, and would open …": a verb phrase without its own
        # subject goes on after the parenthesis, so the whole sentence is the statement (rules-1.14)
        j = next((j for j in range(i - 1, max(0, i - 6), -1) if toks[j].group() == ","), None)
        if j is not None and j >= 2:
            return _np_or_none(text[toks[j].end() : toks[i].start()], lang)
    j = next((j for j in range(i - 1, max(0, i - 8), -1) if toks[j].group() == ","), None)
    if (
        j == 1
        and is_cap(w0 := toks[0].group())
        and not w0.endswith("ly")
        and i + 2 < n
        and toks[i + 2].group() in _AUX_VP
    ):
        return _np_or_none(text[toks[j].end() : toks[i].start()], lang)  # "Pask, she said, had been …" (1.46)
    if j == 1 and i <= 4 and _adverb_lead(toks, i):
        return _np_or_none(text[toks[j].end() : toks[i].start()], lang)  # "Now, he says, half …" (1.239)
    if j is not None and j > 8 and _clause_then_apposition(toks, i, j):
        return _np_or_none(text[toks[j].end() : toks[i].start()], lang)  # (rules-1.54)
    if j is not None and j > 8 and _comparison_tail(toks, i):
        return _np_or_none(text[toks[j].end() : toks[i].start()], lang)  # (rules-1.251)
    if j is None or j < 2 or j > 8:
        return None  # the words before the parenthesis are few ("It was, he said, …")
    return _np_or_none(text[toks[j].end() : toks[i].start()], lang)


# what opens a new clause or an aside after ", he said," (then the cue ends an attribution)
_AFTER_ASIDE_STOP = frozenset(
    _w(
        "as while although though whereas because since when once until till after before if unless which who whom "
        "whose where whether "
        "and but or so then adding according in on at for with without during despite amid by from to of "
        "that this these those there it he she they we i you"
    )
)


# rules-1.239: a sentence adverb before the parenthesis ("Now, he says, half his income comes from seaweed.")
_LEAD_ADVERBS = frozenset(
    _w(
        "now today nowadays still yet instead ultimately currently already eventually otherwise overall finally"
    )
)
_NOT_AFTER_LEAD = frozenset(
    _w("and but or which who as while although because if when after before according adding")
)


def _adverb_lead(toks: list[Token], i: int) -> bool:
    """The sentence opens with one adverb and a comma, the parenthesis follows, and a clause goes on after it."""
    w0 = toks[0].group().lower()
    nxt = toks[i + 2].group().lower() if i + 2 < len(toks) else ""
    return (
        (w0 in _LEAD_ADVERBS or (w0.endswith("ly") and len(w0) > 5))
        and nxt.isalnum()
        and nxt not in _NOT_AFTER_LEAD
    )


def _clause_then_apposition(toks: list[Token], i: int, j: int) -> bool:
    """ "Repairing it would cost at least £19 million, she said, money the council did not have.": a long
    clause with an auxiliary before the parenthesis and an apposition after it (a lower-case noun phrase,
    no new clause, participle or aside) make the whole sentence the statement (rules-1.54)."""
    if i + 3 >= len(toks) or not any(toks[k].group() in _AUX_VP for k in range(1, j)):
        return False
    nxt = toks[i + 2].group()
    if nxt.endswith(("ed", "ing")):
        return False  # "…, the group said, compared with …": a participle clause
    return nxt.isalpha() and nxt.islower() and nxt not in _AFTER_ASIDE_STOP and nxt not in _AUX_VP


def _comparison_tail(toks: list[Token], i: int) -> bool:
    """ "Revenue in its European unit rose 9% in the quarter, the company said, compared with 5% a year earlier.":
    after ", X said," a comparison of the figure before it ("compared with/to", "up/down from") goes on with the
    statement, so after a long clause too the whole sentence is X's (rules-1.251; before, no statement)."""
    if i + 3 >= len(toks):
        return False
    w, nxt = toks[i + 2].group(), toks[i + 3].group()
    return (w == "compared" and nxt in ("with", "to")) or (w in ("up", "down") and nxt == "from")


def according_tail_cut(toks: list[Token], i: int, end: int, lang: str) -> int:
    """ "Revenue rose 9%, the company said, compared with analysts' estimate of $574 million, according to LSEG
    data.": after an English ", X said," the rest of the sentence names a source of its own, so it is not X's;
    the offset of the comma before X, where X's statement ends, else ``end`` (rules-1.225). Not after a
    few words ("It was, he said, …", "Pask, she said, …": the whole sentence is the statement)."""
    if lang != "en" or i + 1 >= len(toks) or toks[i + 1].group() != ",":
        return end
    rest = [t.group().lower() for t in toks[i + 2 :]]
    if not any(w == "according" and k + 1 < len(rest) and rest[k + 1] == "to" for k, w in enumerate(rest)):
        return end
    j = next((j for j in range(i - 1, max(0, i - 8), -1) if toks[j].group() == ","), None)
    return toks[j].start() if j is not None and j >= 4 else end


def _writer_apposition(toks: list[Token], c: int) -> bool:
    """After the comma ``c`` that closes an English attribution, a noun phrase with an article and no verb of
    its own runs to the sentence end: the writer's apposition to the whole sentence ("…, police said on
    Thursday, the second such attack this year."), not the rest of a statement (rules-1.197)."""
    rest = [t.group() for t in toks[c + 1 :]]
    if (
        len(rest) > 3
        and rest[1] in _SPAN_UNITS
        and rest[2] in ("after", "before")
        and rest[0] in _SPAN_COUNTS
    ):
        return True  # rules-1.370: the writer's time frame ("…, the ministry said, two days after the fire.")
    if len(rest) < 2 or rest[0] not in ("the", "a", "an") or not (rest[1].isalpha() and rest[1].islower()):
        return False
    if not any(w in _AUX_VP or w in _APPOSITION_STOP for w in rest):
        return True
    # rules-1.237: the apposition's own relative clause ("…, it said on Thursday, a move that could put it at
    # odds with …"): up to three lower-case words, then "that"/"which", and no verb before it
    k = next((k for k in range(2, min(len(rest), 5)) if rest[k] in ("that", "which")), None)
    return k is not None and all(not_verb_of_clause(w) and w not in _AUX_VP for w in rest[1:k])


_APPOSITION_STOP = frozenset(_w("that which who whom whose said says , ;"))
_SPAN_UNITS = frozenset(_w("days hours weeks months"))
_SPAN_COUNTS = frozenset(_w("two three four five six seven eight nine ten several 2 3 4 5 6 7 8 9 10"))


def _adjunct_comma(toks: list[Token], i: int) -> int | None:
    """The comma after a short listener or time adjunct of an English cue in a parenthesis ("…, he told
    reporters, …", "…, Trump said on Tuesday, …"), else None."""
    c = next((c for c in range(i + 2, min(len(toks), i + 5)) if toks[c].group() == ","), None)
    if c is None:
        return None
    words = [x.group() for x in toks[i + 1 : c]]
    if not all(w.isalpha() for w in words) or "that" in words or c + 1 >= len(toks):
        return None
    nxt = toks[c + 1].group()
    if not (nxt in _AUX_VP or (nxt.isalpha() and nxt.islower() and nxt not in _AFTER_ASIDE_STOP)):
        return None  # "…, the agency said on Monday, and must …": a final attribution, then a clause
    if toks[i].group() in ("told", "tells", "tell"):
        return c
    return c if words[0].lower() in _TIME_STARTS else None


_TIME_STARTS = frozenset(
    _w(
        "on in at last this yesterday today tonight earlier later monday tuesday wednesday thursday friday saturday sunday"
    )
)


def _short_subject_comma(toks: list[Token], i: int) -> int | None:
    """The comma before "he"/"she" or "the" and one or two lower-case nouns right before the cue (", the
    organisation stressed,"), with at least two words before that comma."""
    j = next((j for j in range(i - 1, max(0, i - 5), -1) if toks[j].group() == ","), None)
    if j is None or j < 2:
        return None
    np = [k.group() for k in toks[j + 1 : i]]
    if np in (["he"], ["she"], ["He"], ["She"]):
        return j
    ok = np[:1] == ["the"] and 2 <= len(np) <= 3 and all(w.isalpha() and w.islower() for w in np[1:])
    return j if ok else None


def _np_or_none(raw: str, lang: str) -> SpeakerPhrase | None:
    sp = plausible_speaker(raw, lang)
    return sp if sp is not None and sp.kind in _PARENTHETICAL_KINDS else None


# a noun phrase and a relative clause before the cue: the subject, not a statement (rules-1.20)
_CYR_REL_SUBJECT_RE = re.compile(
    r"[^,.!?]{1,80},\s+(?P<rel>який|яка|яке|які|котрий|котра|котре|котрі|который|которая|которое|которые)\s[^,]*,?\s*"
)
_CYR_IN_BODY_RE = re.compile(r"\s+(?:в|у|во|там)\b")
_CYR_PLURAL_RELATIVES = frozenset(("які", "котрі", "которые"))
# rules-1.128: the present-tense cues of an outlet's report, and a name or title opening the words after them
_CYR_MEDIA_CUES = frozenset(("пишет", "пише", "сообщает", "повідомляє", "передает", "передає"))
_CYR_NAME_START_RE = re.compile(r"\s*(?:[«\"]|[A-ZА-ЯІЇЄҐЁ])")


def cyr_relative_subject(text: str, start: int, end: int, cue: str, tail: str) -> bool:
    """text[start:end] before a final cue is a noun phrase with its relative clause, the cue's subject
    ("Джерело в «Леві», яке побажало …, підтвердило …"); not when an impersonal plural cue names the body
    after it and the relative is singular ("…, лікарню, яка має договір, додали в НСЗУ.", rules-1.93)."""
    rel = _CYR_REL_SUBJECT_RE.fullmatch(text, start, end)
    if rel is None or (cue.lower() in _CYR_MEDIA_CUES and _CYR_NAME_START_RE.match(tail) is not None):
        return False  # "…, которая …, пишет «Коммерсантъ».": an outlet after its present-tense cue (1.128)
    return not (
        cue.endswith("ли")
        and rel["rel"] not in _CYR_PLURAL_RELATIVES
        and _CYR_IN_BODY_RE.match(tail) is not None
    )
