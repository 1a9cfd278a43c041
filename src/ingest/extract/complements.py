"""The statements of one sentence as reported._sentence emits them: a complement from its start to its end,
cut at a second predicate or a quotation's own attribution, split at ", adding that …"/"and that …", or a
whole quotation after the cue ("X argued “…”"). A class rather than a closure rebuilt per sentence (the
compiled extractor calls its method directly and keeps the sentence's locals out of a closure's
environment)."""

from __future__ import annotations

import re
from bisect import bisect_right

from ingest.extract.about import bare_attribution, finish
from ingest.extract.andname import and_name_before_quote
from ingest.extract.clauses import LISTENER_RE
from ingest.extract.coordination import cut_before_next_subject
from ingest.extract.cues import Raw, cue_gender, guarded
from ingest.extract.konjunktiv import konj1_in
from ingest.extract.lexicon import trie_pattern
from ingest.extract.lexicon import words as _w
from ingest.extract.opens_statement import opens_statement
from ingest.extract.quotes import has_words, in_quote
from ingest.extract.relclause import relative_clause_end
from ingest.extract.secondpred import CUT_RE, act_after_perfect, second_predicate
from ingest.extract.sentences import Sentence
from ingest.extract.speakers import SpeakerPhrase

_PARTS = _w("adding saying noting stressing arguing warning insisting")
_SPLIT_WORDS = frozenset(
    (*_w("and but und aber і та але и но although though while whereas obwohl хоча хотя – —"), *_PARTS)
)
# rules-1.397: an English topic frame before a whole quotation ("As for complexity, “…,” said X", "Asked about the
# delay, “…,” she said", "On taxes, ''…,'' said the mayor"): the writer's, not the speaker's words; not a phrase of
# the claim's own ("With thousands of counting systems, “there is no single point of failure,” he said")
_LEAD_IN_RE = re.compile(
    r"(?:As\s+(?:for|to)|On|Regarding|Turning\s+to|(?:When\s+)?[Aa]sked\s+(?:about|whether|if|why|how|what))"
    r"\b[^,;:“”\"‘’«»]{1,80},\s*(?=[“\"‘']|'')"
)
_LEAD_IN_FIRST = frozenset("AORTWa")
SPLIT_RE = guarded(  # (a lookahead first: blanks and a word that can follow them, else the position fails at once)
    rf"(?=[,”\"’»“]{{0,3}}\s+(?:{trie_pattern(_SPLIT_WORDS | {'before', 'after'})}))"
    r"(?P<all>,?\s+(?:and|but|und|aber|і|та|але|и|но)\s+(?P<that>that|dass|що|что)\s"
    r"|,?\s+(?:and|but|und|aber|і|та|але|и|но)\s+(?:ha[ds]\s+|have\s+)?(?:also\s+|auch\s+|також\s+|также\s+)?(?P<cue1>\w+)"
    r"(?=[\s,])(?:(?:\s+(?:in|on|last|earlier)(?:\s+[\w-]+){1,2})?\s+that|\s+dass|,?\s+що|,?\s+что|\s+(?:an|bekannt|zu)(?=,))?"
    # (", и добавил, что"; "und gab an,"; rules-1.236: "… and had warned in June that …")
    # a participle after a comma or a quote mark, or before "that"/":" (rules-1.113: not "ignored two warning
    # letters", "before adding costs")
    r"|(?:,[”\"’»“]?,?|[”\"’»“],|[”\"’»“]?(?=\s+(?:(?:before|after|while)\s+)?(?:adding|saying|noting|stressing|arguing|"
    r"warning|insisting)(?:\s+that\b|:)))"
    r"\s+(?:before\s+|after\s+|while\s+)?(?P<part>adding|saying|noting|stressing|arguing|warning|"
    r"insisting)(?=[\s:])(?:\s+that)?"
    r"|,?\s+(?:although|though|while|whereas|but|and|obwohl|aber|хоча|але|хотя|но|[–—])\s+(?:he|she|they|er|sie|він|вона|"
    r"вони|он|она|они)\s+(?:also\s+|auch\s+|також\s+|также\s+)?(?P<cue2>\w+)(?=\s)(?:\s+that|,?\s+dass|,?\s+що|,?\s+что)?)",
    r"[\s,”\"’»“]",
)
# rules-1.137: an adverbial participle phrase alone ("Выступая перед делегатами", "Виступаючи на з'їзді")
_SLAVIC_PARTICIPLE_PHRASE_RE = re.compile(
    r"(?:[А-ЯІЇЄҐ][а-яіїєґ'’]+(?:ючи|учи|ячи|ачи|уя|юя|ясь|вшись)"
    r"|Выступая|Отвечая|Подводя|Оценивая|Касаясь|Говоря|Подчеркивая|Подчёркивая)(?:\s[^,.!?«»\"]{1,80})?[\s,]*"
)
# rules-1.252: the listener of a second "told" up to its "that" (one phrase: no punctuation, no verb-like joint)
_TOLD_THAT_RE = re.compile(
    r"\s*(?:(?!(?:and|but|who|which|that)\b)[^\s,;:.!?\"“”«»]+\s+){1,12}?that\s+(?=\w)"
)
_THAT_BEFORE_RE = re.compile(r"\b(?:that|dass|що|что)\s*$", re.I)
_AND_AUX_RE = re.compile(r",?\s+(?:and|but)\s+(?:had|has|have)\s")
_FINITE_AUX_RE = re.compile(r"\b(?:had|has|have|was|were|is|are|would|will|could|should|did)\b")


def _shared_aux(seg: str, m: re.Match[str]) -> bool:
    """ "… and had warned in June that …" opens the speaker's second statement only with "that" and after an object
    ("called for a zone around the plant and had warned …", rules-1.236); after a clause with an auxiliary of its
    own ("Rourke had forged … and had charged …") the perfect goes on with the clause's subject, and without "that"
    it is no cue ("… began under Bush and have continued under Obama")."""
    if _AND_AUX_RE.match(seg, m.start("all")) is None:
        return False
    return not m.group("all").endswith("that") or _FINITE_AUX_RE.search(seg, 0, m.start()) is not None


def _cue_with(seg: str, m: re.Match[str]) -> bool:
    """ "… was arrested and charged with murder", "… and credited with the rescue": a verb with "with" after "and"
    is a second predicate of the clause, no statement of its own (rules-1.334)."""
    return m.group("cue1") is not None and seg.startswith(" with ", m.end("cue1"))


# rules-1.319: ", which" and another source (one to four words, no pronoun) that says something of it
_WHICH_OTHER_SAID_RE = re.compile(
    r", which (?!(?:he|she|they|it|we|I)\b)(?:[\w'’-]+ ){1,4}"
    r"(?:said|say|says|believe|believes|estimated|estimate|estimates)\b"
)

# rules-1.438: ", a figure (that) the ministry later raised to …": another source's revision of the number
_FIGURE_REVISED_RE = re.compile(
    r", an? (?:figure|number|total|toll|estimate|count) (?:that |which )?(?![a-z]+ (?:is|was|of|for)\b)"
    r"(?:[\w'’.-]+ ){1,5}?(?:later |since |subsequently |has since |had since )?"
    r"(?:put|raised|revised|lowered|cut|corrected|increased|reduced|disputed|contested|questioned|halved|doubled)\b"
)


class Emitter:
    """Collects the statements of the sentence ``sent`` (its statements start at ``s``) in ``found``."""

    def __init__(
        self,
        text: str,
        sent: Sentence,
        s: int,
        lang: str,
        spans: list[tuple[int, int]],
        qstarts: list[int],
        used: set[int],
        direct: list[Raw],
    ) -> None:
        self.text = text
        self.sent = sent
        self.s = s
        self.lang = lang
        self.spans = spans
        self.qstarts = qstarts
        self.used = used
        self.direct = direct
        self.found: list[Raw] = []

    def emit(self, cs: int, ce: int, sp: SpeakerPhrase | None, cue: str, conf: float,
             same_as_prev: bool = False, keep: bool = False) -> None:  # fmt: skip
        text, lang, spans, qstarts, found = self.text, self.lang, self.spans, self.qstarts, self.found
        cs, ce = finish(text, cs, ce)
        if ce - cs < 3 or not has_words(text[cs:ce], 2) or bare_attribution(text, cs, ce, lang):
            return
        if lang in ("uk", "ru") and _SLAVIC_PARTICIPLE_PHRASE_RE.fullmatch(text, cs, ce) is not None:
            return  # "Выступая перед делегатами, X пообещал …": an adverbial phrase, not content (1.137)
        if any(0 <= d.start - cs <= 1 and cs <= d.cue_pos < ce for d in self.direct):
            return  # “…,” he said, according to Interfax: a quote with its own attribution (rules-1.14)
        ce = cut_before_next_subject(text, cs, ce, self.used, lang)
        if lang == "en" and (rel := relative_clause_end(text, cs, ce)) is not None:
            ce = rel  # "Bell, who said he had been dropped at 21, asked whether …" (rules-1.173)
        if (
            lang == "en"
            and (w := text.find(", which ", cs, ce)) != -1
            and _WHICH_OTHER_SAID_RE.match(text, w)
        ):
            ce = w  # "…, which shipping agents said would allow …": another source's claim (rules-1.319)
        if (
            lang == "en"
            and (w := text.find(", a", cs, ce)) != -1
            and (fig := _FIGURE_REVISED_RE.search(text, w, ce))
        ):
            ce = (
                fig.start()
            )  # "…, a figure the operators' data later put at …": not the speaker's (rules-1.438)
        if lang == "en" and (at := and_name_before_quote(text, cs, ce, self.direct)) is not None:
            ce = at  # "… asked for a photo and Clinton said, “…”" (rules-1.129)
        if lang == "en" and text[cs : cs + 1] in _LEAD_IN_FIRST and (lead := _LEAD_IN_RE.match(text, cs, ce)):
            k = (
                bisect_right(qstarts, lead.end()) - 1
            )  # "As for complexity, “…,” said X": the quotation (1.397)
            cs = lead.end() if k >= 0 and spans[k][0] == lead.end() and spans[k][1] >= ce - 1 else cs
        seg = text[cs:ce]
        k = bisect_right(qstarts, cs) - 1
        whole = spans[k] if k >= 0 and spans[k][1] >= ce - 1 else None
        if seg[0] in '“"«„‘' and whole is not None and not _THAT_BEFORE_RE.search(text, max(0, cs - 8), cs):
            # "X argued “…”": the complement is one whole quotation → a direct statement. After "that"
            # ("X said that “…”") it stays indirect, marks included (the mixed-quote convention).
            qs, qe = finish(text, whole[0] + 1, whole[1])
            if has_words(text[qs:qe], 2):
                hint = cue_gender(cue)
                raw = Raw(
                    qs,
                    qe,
                    text[qs:qe],
                    "direct",
                    cue,
                    sp,
                    self.s,
                    conf,
                    gender_hint=hint,
                    para=self.sent.para,
                )
                raw.parts = [(qs, qe)]
                found.append(raw)
            return
        cut = (  # not inside a quotation ("“…content; it just …,” says X", rules-1.29)
            None
            if keep or not (";" in seg or "," in seg or "speaking" in seg or " but " in seg or " and " in seg)
            else next(
                (
                    c
                    for c in CUT_RE.finditer(seg)
                    if not in_quote(cs + c.start(), spans, qstarts) and not act_after_perfect(seg, c)
                ),
                None,
            )
        )
        if cut is None and lang in ("uk", "ru") and not keep:  # ", и потребовала …" (rules-1.48)
            cut = second_predicate(seg, cue, lang, lambda p: in_quote(cs + p, spans, qstarts))
        rest: tuple[int, int, str] | None = None
        if cut:  # a German clause in Konjunktiv I after ";" goes on with the speaker (rules-1.28)
            if lang == "de" and cut.group().strip() == ";" and konj1_in(text[cs + cut.end() : ce]):
                rest = (cs + cut.end(), ce, cue)
            ce = cs + cut.start()
            cs, ce = finish(text, cs, ce)
            seg = text[cs:ce]
        split = None
        if not (keep or (_SPLIT_WORDS.isdisjoint(seg.lower().split()) and "ing:" not in seg)):
            # the first coordination that opens a statement ("… the city and its outskirts and that …")
            split = next(
                (
                    m
                    for m in SPLIT_RE.finditer(seg)
                    if opens_statement(m, lang) and not _shared_aux(seg, m) and not _cue_with(seg, m)
                ),
                None,
            )
        if split:
            rest = (
                cs + split.end("all"),
                ce,
                split.group("part") or split.group("cue1") or split.group("cue2") or cue,
            )
            if (split.group("cue1") or "").lower() in ("told", "tells"):
                rest = (_told_clause_start(text, rest[0], ce), ce, rest[2])
            ce = cs + split.start()
            cs, ce = finish(text, cs, ce)
        if has_words(text[cs:ce], 2):
            raw = Raw(
                cs,
                ce,
                text[cs:ce],
                "indirect",
                cue,
                sp,
                self.s,
                conf,
                gender_hint=cue_gender(cue) or _subject_gender(text, cs, sp, lang),
                para=self.sent.para,
            )
            if same_as_prev and found:
                raw.speaker = found[-1].speaker
            found.append(raw)
        if rest is not None:
            self.emit(rest[0], rest[1], found[-1].speaker if found else sp, rest[2], conf * 0.95)


def _subject_gender(text: str, cs: int, sp: SpeakerPhrase | None, lang: str) -> str:
    """The gender of an English role speaker without one, from the pronoun that opens its clause ("The California
    Democrat spoke …, saying she feels …": a woman), else "" (rules-1.104)."""
    if lang != "en" or sp is None or sp.kind != "role" or sp.gender:
        return ""
    head = text[cs : cs + 4]
    return "f" if head == "she " else "m" if head[:3] == "he " else ""


def _told_clause_start(text: str, start: int, end: int) -> int:
    """Where the clause of a second "told" starts after its listener: "…, and told analysts on a call that
    …", "… and told staff the plant would stay open" (rules-1.252; before, the listener opened the quote)."""
    if (m := _TOLD_THAT_RE.match(text, start, end)) is not None:
        return m.end()
    m = LISTENER_RE.match(text, start, end)
    if m is not None and m.end() > start and _CLAUSE_OPENER_RE.match(text, m.end(), end) is not None:
        return m.end()
    return start


_CLAUSE_OPENER_RE = re.compile(r"\s+(?:the|a|an|he|she|it|they|we|its|his|her|their|this|there)\s+\w+\s+\w")
