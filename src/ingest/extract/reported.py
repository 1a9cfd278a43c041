"""Reported (indirect) speech: "X said (that) …", "…, X said.", "according to X, …", "X told Reuters …",
"X was quoted as saying …", "X called on … to …", ", adding that …", and the German, Ukrainian and
Russian equivalents ("sagte, dass", "laut X", "nach Angaben", "заявив, що", "за словами", "по словам")."""

from __future__ import annotations

import re
from bisect import bisect_right

from ingest.extract.attribution import leading_np, parse_forward, plausible_np
from ingest.extract.cues import Raw, Token, cue_confidence, cue_gender, find_cues, is_cue, needs_that, tokens
from ingest.extract.lexicon import words as _w
from ingest.extract.quotes import QuoteSpan, word_count
from ingest.extract.sentences import Sentence
from ingest.extract.speakers import PRONOUNS, SpeakerPhrase, analyze_np, is_cap

_LEAD_CONJ_RE = re.compile(r"^(?:But|And|However|Meanwhile|Aber|Але|Но)\s*,?\s+")
_THAT_RE = re.compile(r"\bthat\b")

_PARTICIPLES = frozenset(_w("adding saying noting stressing arguing warning explaining insisting claiming"))
_COORD = frozenset(_w("and but і та а але и но und aber"))
_LEAD_ADVERBIAL = frozenset(
    _w(
        "in on at during after before speaking earlier later meanwhile however separately still also but "
        "and yet asked when while in addition instead "
    )
)
_ADJUNCT_RE = re.compile(
    r"\s*,?\s*(?:(?:(?:late|early)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight|earlier|later|previously|again|also|"
    r"last\s+(?:week|month|year|night)|this\s+(?:week|month|year)|on\s+(?:" + r"Telegram|X|Twitter|Facebook|"
    r"Instagram|social\s+media|television|TV|radio)|in\s+(?:a|an|the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:statement|interview|address|briefing|post|video|speech|conference|letter|message|comments?|remarks|"
    r"broadcast|report|op-ed|column|podcast)(?:\s+(?:with|to|on)\s+(?:[A-Z][\w’'-]*\s*){1,3})?|at\s+a\s+"
    r"(?:[\w-]+\s+){0,2}(?:conference|briefing|meeting|summit|event|hearing|rally))\b\s*,?"
)
_LISTENER_RE = re.compile(
    r"\s*(?:reporters|journalists|lawmakers|parliament|the\s+media|the\s+press|a\s+(?:[\w-]+\s+){0,2}?"
    r"(?:conference|briefing|committee|hearing|meeting|forum|audience|session)|the\s+(?:[A-Z][\w-]*\s*){1,3}|"
    r"(?:[A-Z][\w’'-]*\s*){1,3}|(?:his|her|their)\s+\w+|(?:a|an|the)\s+\w+\s+\w*|us|them|him|her)"
)
_CLAUSE_HINT_RE = re.compile(
    r"\b(?:is|are|was|were|will|would|could|can|should|may|might|must|has|have|had|did|does|do|shall|"
    r"\w{3,}ed|\w{3,}s|\w+n[’']t|took|gave|went|came|saw|found|left|put|set|cut|sent|spent|built|brought|began|"
    r"became|ran|won|lost|met|paid|rose|fell|struck|stood|led|heard|knew|grew|drew|threw|thought|told|said|made|"
    r"kept|held|got|felt|meant|sold|bought|caught|taught|fought|hit|hurt|let|shut|spread|understood|wrote|broke|"
    r"chose|spoke|stole|forgot|froze|hid|shook|flew|take|make|need|want|remain|continue|plan|expect|think|know|"
    r"see|come|get|give|work|try|show|feel|become|seem|stay|keep|hold|face|support|oppose|ought)\b"
)
_CUT_RE = re.compile(
    r"\s*;\s|,\s+(?:speaking|according\s+to|citing\s+(?:sources|officials)|he\s+said|she\s+said|they\s+said|calling|"
    r"sagte\s+er|sagte\s+sie|so\s+\w+|—\s*(?:сказав|сказала|сказал|заявив|заявила|заявил))\b"
    r"|\s+(?:speaking\s+on\s+condition)\b"
)
_SPLIT_RE = re.compile(
    r",?\s+(?:and|but|und|aber|і|та|але|и|но)\s+(?:also\s+|auch\s+|також\s+|также\s+)?(?P<cue1>\w+)"
    r"(?=\s)(?:\s+that|\s+dass|,?\s+що|,?\s+что)?"
    r"|,\s+(?P<part>adding|saying|noting|stressing|arguing|warning|insisting)(?=\s)(?:\s+that)?"
)
_PARTICIPLE_TAIL_RE = re.compile(r",\s+(?:adding|saying|noting|stressing|arguing|warning|insisting|citing)\b")
_MIXED_QUOTE_RE = re.compile(r'\s*[“"«„][^”"»“]{1,200}[”"»“][,;]?\s+\w+\W+\w+')
_TAIL_ADJUNCT_RE = re.compile(
    r"\s*(?:on|in|at|to|during|late|earlier|last|this|yesterday|today|told|am|im|bei|vor|gegenüber|"
    r"журналістам|журналистам|у|в|на|під|во|агентству|виданню|изданию)\b"
)
_NOUN_CONTEXT_RE = re.compile(
    r"\b(?:the|a|an|this|these|those|its|his|her|their|our|my|your|United)\s+$", re.I
)
_OBJECT_WORDS = frozenset(
    ["this", "so", "nothing", "it", "goodbye", "hello", "yes", "no", "much", "little", "something"]
)
_PARTICIPLE_TAIL_RE = re.compile(r",\s+(?:adding|saying|noting|stressing|arguing|warning|insisting|citing)\b")
_OBJECT_WORDS = frozenset(_w("this so nothing it goodbye hello yes no much little something"))
_SKIP_SPEAKERS = frozenset(
    _w(
        "data figures estimates polls report reports statistics survey poll statement document documents "
        "study research analysis calculations sources "
    )
)
_UKRU_ACCORDING_RE = re.compile(
    r"^(?:За|По)\s+(?:(?P<pron>його|її|їх|їхніми|его|её|ее|их)\s+)?(?:словами|словам|даними|данным|"
    r"інформацією|информации)\s*(?P<np>[^,]{0,80}?)\s*,\s*",
    re.I,
)
_UKRU_AS_RE = re.compile(r"^(?:Як|Как)\s+(?P<cue>\w+)\s+(?:(?:в|у|во)\s+)?(?P<np>[^,]{1,80}?)\s*,\s*")
_PRON_POSS = {"його": "m", "его": "m", "її": "f", "её": "f", "ее": "f", "їх": "p", "їхніми": "p", "их": "p"}
_EN_ACCORDING_START_RE = re.compile(r"^(?:But\s+|And\s+)?[Aa]ccording\s+to\s+(?P<np>[^,]{2,90}?)\s*,\s*")
_EN_ACCORDING_END_RE = re.compile(r",\s+according\s+to\s+(?P<np>[^.;]{2,120}?)\s*[.!]?$")
_DE_FRAME_RE = re.compile(
    r"^(?:(?:Aber|Doch|Und|Auch)\s+)?(?P<frame>Laut|Gemäß|Nach\s+(?:Angaben|Ansicht|Worten|Einschätzung|Darstellung|"
    r"Informationen|Aussage|Auskunft))\s+"
)
_DE_ZUFOLGE_RE = re.compile(r"^(?P<np>[^,.]{3,80}?)\s+zufolge\s+")
_DE_RELATIVE = frozenset(_w("der die das dem den welche welcher welches wo"))
_DE_NP_LINKS = frozenset(_w("des der dem den die das von vom aus einem einer eines eine ein und zur zum"))
_DE_SO_RE = re.compile(
    r",\s+(?:so|sagte|erklärte|betonte|meinte)\s+(?P<np>(?:(?:der|die|das)\s+)?(?:\w+\s+){0,3}\w+)\s*[.!]?$"
)


def _clause_like(s: str, lang: str) -> bool:
    if word_count(s) < 2:
        return False
    if lang != "en":
        return word_count(s) >= 3
    return bool(_CLAUSE_HINT_RE.search(s))


def _finish(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t,:—–-":
        s += 1
    while e > s and text[e - 1] in " \t.,;:!—–-":
        e -= 1
    return s, e


def reported_statements(
    text: str, sents: list[Sentence], quotes: list[QuoteSpan], lang: str, direct: list[Raw]
) -> list[Raw]:
    used_cues = {r.cue_pos for r in direct if r.cue_pos >= 0}
    spans = [(q.open_pos, q.close_pos) for q in quotes]
    qstarts = [s for s, _ in spans]
    out: list[Raw] = []
    sstarts = [s.start for s in sents]
    by_sent: dict[int, set[int]] = {}
    for m in find_cues(text, lang):
        pos = m.start()
        si = bisect_right(sstarts, pos) - 1
        if si < 0 or pos >= sents[si].end or pos in used_cues or _in_quote(pos, spans, qstarts):
            continue
        if _NOUN_CONTEXT_RE.search(text, max(0, pos - 12), pos):
            continue  # "the report", "a statement", "his remarks": a noun, not a verb
        by_sent.setdefault(si, set()).add(pos)
    for si, cue_starts in by_sent.items():
        out.extend(_sentence(text, sents[si], lang, spans, qstarts, cue_starts, direct))
    return out


def _in_quote(pos: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] < pos < spans[i][1]


def _sentence(text: str, sent: Sentence, lang: str, spans: list[tuple[int, int]], qstarts: list[int],
              used: set[int], direct: list[Raw]) -> list[Raw]:  # fmt: skip
    """Statements of one sentence; ``used`` holds the offsets of its free cue words."""
    s, e = sent.start, sent.end
    stext = text[s:e]
    found: list[Raw] = []
    sp: SpeakerPhrase | None

    def emit(
        cs: int, ce: int, sp: SpeakerPhrase | None, cue: str, conf: float, same_as_prev: bool = False
    ) -> None:
        cs, ce = _finish(text, cs, ce)
        if ce - cs < 3 or word_count(text[cs:ce]) < 2:
            return
        seg = text[cs:ce]
        if seg[0] in '“"«„‘' and any(a <= cs and b >= ce - 1 for a, b in spans):
            return  # the complement is a direct quote
        cut = _CUT_RE.search(seg)
        if cut:
            ce = cs + cut.start()
            cs, ce = _finish(text, cs, ce)
            seg = text[cs:ce]
        split = _SPLIT_RE.search(seg)
        rest: tuple[int, int, str] | None = None
        if split and (split.group("part") or (split.group("cue1") and is_cue(split.group("cue1"), lang))):
            rest = (cs + split.end(), ce, split.group("part") or split.group("cue1"))
            ce = cs + split.start()
            cs, ce = _finish(text, cs, ce)
        if word_count(text[cs:ce]) >= 2:
            raw = Raw(
                cs, ce, text[cs:ce], "indirect", cue, sp, s, conf, gender_hint=cue_gender(cue), para=sent.para
            )
            if same_as_prev and found:
                raw.speaker = found[-1].speaker
            found.append(raw)
        if rest is not None:
            emit(rest[0], rest[1], found[-1].speaker if found else sp, rest[2], conf * 0.95)

    # sentence-level frames first
    if lang == "en":
        m = _EN_ACCORDING_START_RE.match(stext)
        if m and _speakerish(m.group("np"), lang):
            emit(s + m.end(), e, analyze_np(m.group("np"), lang), "according to", 0.85)
            return found
        m = _EN_ACCORDING_END_RE.search(stext)
        if m and _speakerish(m.group("np"), lang):
            emit(s, s + m.start(), analyze_np(m.group("np") + ",", lang), "according to", 0.8)
            return found
    elif lang in ("uk", "ru"):
        m = _UKRU_ACCORDING_RE.match(stext)
        if m:
            pron = m.group("pron")
            sp = (
                SpeakerPhrase(pron, "pronoun", gender=_PRON_POSS[pron.lower()])
                if pron
                else analyze_np(m.group("np"), lang)
            )
            if sp.kind != "unknown":
                emit(s + m.end(), e, sp, "за словами" if lang == "uk" else "по словам", 0.85)
                return found
        m = _UKRU_AS_RE.match(stext)
        if m and is_cue(m.group("cue"), lang):
            sp = analyze_np(m.group("np"), lang)
            if sp.kind != "unknown":
                emit(s + m.end(), e, sp, m.group("cue"), 0.85)
                return found
    elif lang == "de":
        m = _DE_FRAME_RE.match(stext) or _DE_ZUFOLGE_RE.match(stext)
        if m:
            if "np" in m.groupdict() and m.group("np"):
                np_text, frame_end = m.group("np"), s + m.end()
            else:
                np_text, frame_end = _de_np(text, s + m.end(), e)
            sp = analyze_np(np_text, lang)
            if np_text and sp.kind != "unknown" and frame_end < e:
                emit(frame_end, e, sp, (m.groupdict().get("frame") or "zufolge").split()[0].lower(), 0.75)
                return found
        m = _DE_SO_RE.search(stext)
        if m and not _in_quote(s + m.start(), spans, qstarts):
            sp = analyze_np(m.group("np"), lang)
            if sp.kind in ("person", "organisation", "role", "pronoun") and stext.lstrip()[0] not in '„“"»«':
                emit(s, s + m.start(), sp, "so", 0.8)
                return found

    toks = tokens(text, s, min(e, max(used) + 300))
    for i, t in enumerate(toks):
        if t.start() not in used or not is_cue(t.group(), lang):
            continue
        if found and t.start() < found[-1].end:
            continue  # inside a complement already taken (", adding that", "which he said")
        conf = cue_confidence(t.group(), lang)
        prev = toks[i - 1] if i else None
        low = t.group().lower()
        # participles: ", adding that …"
        if lang == "en" and low in _PARTICIPLES and prev is not None and prev.group() == ",":
            sp = found[-1].speaker if found else None
            if sp is None:
                sp = next((d.speaker for d in reversed(direct) if s <= d.cue_pos < t.start()), None)
            if sp is None:
                sp = _leading_np(text, toks, lang)
            if sp is not None:
                c = _after_that(toks, i + 1)
                emit(c if c is not None else t.end(), e, sp, t.group(), conf * 0.9)
            continue
        if low in ("quoted",) and lang == "en":
            k = next(
                (j for j in range(i + 1, min(len(toks), i + 10)) if toks[j].group().lower() == "saying"), None
            )
            if k is not None:
                subj = (
                    text[s : toks[max(0, i - 1)].start()]
                    if prev is not None and prev.group().lower() in ("was", "is", "been")
                    else ""
                )
                sp = analyze_np(subj, lang)
                c = _after_that(toks, k + 1)
                emit(
                    c if c is not None else toks[k].end(),
                    e,
                    sp if plausible_np(sp, subj) else None,
                    "quoted as saying",
                    0.9,
                )
            continue
        rel_from, subj_from = _clause_start(toks, i, s)
        coordinated = prev is not None and prev.group().lower() in _COORD
        sp = None
        if coordinated:
            sp = found[-1].speaker if found else _leading_np(text, toks, lang)
        elif prev is not None and (
            prev.group().lower() in _DETERMINERS
            or (
                low in _NOUNISH
                and not (
                    is_cap(prev.group())
                    or prev.group().lower() in PRONOUNS
                    or prev.group().lower().endswith("s")
                )
            )
        ):
            sp = None  # "a media report that …": the cue word is a noun here
        else:
            for left_from in dict.fromkeys((rel_from, subj_from)):
                left = text[left_from : t.start()]
                if left.count(" ") > 32:
                    sp = None
                    continue
                sp = analyze_np(left, lang)
                if plausible_np(sp, left) and not _clause_before(left, sp.text):
                    break
                sp = None
        comp = _complement(text, toks, i, e, lang) if sp is not None else None
        if sp is not None and comp is not None:
            emit(comp, e, sp, t.group(), conf)
            continue
        if sp is None and not coordinated and lang in ("de", "uk", "ru") and prev is not None:
            # verb-second order: "Am Dienstag sagte Albrecht, dass …", "Тоді заявив міністр, що …"
            raw_np, _pos = parse_forward(toks[i + 1 :], text, lang)
            sp_inv = analyze_np(raw_np, lang) if raw_np else None
            if sp_inv is not None and plausible_np(sp_inv, raw_np):
                comp = _complement(text, toks, i, e, lang)
                if comp is not None and comp > toks[i].end() + len(raw_np):
                    emit(comp, e, sp_inv, t.group(), conf * 0.9)
                    continue
        fin = _final_attribution(text, toks, i, e, lang)
        if fin is not None:
            sp2, comp_end = fin
            start = s
            m2 = _LEAD_CONJ_RE.match(stext)
            if m2:
                start += m2.end()
            emit(start, comp_end, sp2, t.group(), conf * 0.95)
    return found


def _clause_before(left: str, np: str) -> bool:
    """True when the material before the subject NP is a clause ("X happened, the ministry said"),
    not a leading adverbial ("In an interview on Monday, X said")."""
    k = left.rfind(np.split(",")[0]) if np else -1
    prefix = left[:k].strip(" ,") if k > 0 else ""
    if not prefix or "," not in left[: k + 1]:
        return False
    pw = prefix.split()
    if not pw:
        return False
    first = pw[0]
    if (
        first.lower() in _LEAD_ADVERBIAL
        or (first.endswith("ing") and len(first) > 4)
        or len(prefix.split()) <= 3
    ):
        return False
    return bool(_CLAUSE_HINT_RE.search(prefix))


def _de_np(text: str, start: int, end: int) -> tuple[str, int]:
    """German NP after "Laut"/"Nach Angaben": capitalised words, articles, "von", adjectives before a
    noun; ends at the verb of the V2 clause ("Laut der Polizei wurden …")."""
    toks = tokens(text, start, min(end, start + 200))
    k = 0
    while k < len(toks):
        w = toks[k].group()
        if w == ",":
            return text[start : toks[k].start()], toks[k].end()
        nxt = toks[k + 1].group() if k + 1 < len(toks) else ""
        if (
            is_cap(w)
            or w in _DE_NP_LINKS
            or (w.isalpha() and w.endswith(("e", "en", "em", "er", "es")) and is_cap(nxt))
        ):
            k += 1
            continue
        break
    if k == 0 or k >= len(toks):
        return "", end
    return text[start : toks[k - 1].end()], toks[k].start()


def _speakerish(np: str, lang: str) -> bool:
    words = np.lower().split()
    if not words or words[-1] in _SKIP_SPEAKERS or len(words) > 10:
        return False
    return analyze_np(np, lang).kind != "unknown" or is_cap(np.split()[-1])


def _clause_start(toks: list[Token], i: int, s: int) -> tuple[int, int]:
    """(relative-clause start, sentence-subject start) for the cue at toks[i]."""
    rel = -1
    for j in range(i - 1, -1, -1):
        tx = toks[j].group()
        if tx in _CLAUSE_PUNCT:
            return toks[j].end(), toks[j].end()
        if rel < 0 and tx.lower() in _RELATIVE:
            rel = toks[j].end()
    start = s
    if toks and toks[0].group().lower() in _LEAD_ADVERBIAL:  # "In an interview, X said"
        for j in range(0, i):
            if toks[j].group() == ",":
                start = toks[j].end()
                break
    return (rel if rel >= 0 else start), start


_CLAUSE_PUNCT = frozenset(_w("; : ” » “ — –"))
_RELATIVE = frozenset(_w("which who that що что dass"))
_NOUNISH = frozenset(
    _w(
        "report reports claim claims estimate estimates note notes state states call calls hopes fears posts "
        "comments promise promises forecast forecasts tweet tweets pledge pledges vow vows remarks reply replies "
        "add adds say tell ask urge denies warning"
    )
)
_DETERMINERS = frozenset(
    _w("a an the this that these those its his her their our my your any some every each")
)


def _after_that(toks: list[Token], j: int) -> int | None:
    for k in range(j, min(len(toks), j + 3)):
        if toks[k].group().lower() in {"that", "dass", "що", "что"}:
            return toks[k].end()
    return toks[j].start() if j < len(toks) else None


def _complement(text: str, toks: list[Token], i: int, e: int, lang: str) -> int | None:
    """Start offset of the reported clause after the cue at toks[i], or None."""
    t = toks[i]
    low = t.group().lower()
    n = len(toks)
    if lang in ("uk", "ru", "de"):
        for k in range(i + 1, min(n, i + 10)):
            tx = toks[k].group()
            if tx in {".", "!", "?"}:
                return None
            if tx == ":" or tx == ",":
                if k + 1 < n and toks[k + 1].group() in {"“", "«", "„", '"', "»"}:
                    return None  # a direct quote follows
                nxt = toks[k + 1].group().lower() if k + 1 < n else ""
                if lang != "de" and tx == "," and nxt not in {"що", "что", "мол", "буцімто"}:
                    return None
                if lang == "de" and nxt in _DE_RELATIVE and k + 2 < n and toks[k + 2].group()[:1].islower():
                    return None  # ", der am Sonntag …": a relative clause, not the reported one
                return (
                    toks[k + 2].start()
                    if nxt in {"що", "что", "dass", "мол"} and k + 2 < n
                    else (toks[k + 1].start() if k + 1 < n else None)
                )
        return None
    if low in ("called", "calls", "urged", "urges", "asked", "asks"):
        if i + 1 < n and toks[i + 1].group().lower() in ("on", "upon", "for"):
            return toks[i + 2].start() if i + 2 < n else None
        if low.startswith("urge") and any(tk.group().lower() == "to" for tk in toks[i + 1 : i + 8]):
            return toks[i + 1].start() if i + 1 < n else None
        return None
    # "that" within an adjunct-only stretch
    for k in range(i + 1, min(n, i + 14)):
        tk = toks[k]
        if tk.group().lower() == "that":
            between = text[t.end() : tk.start()]
            if (
                low in ("told", "tells", "tell")
                or not between.strip()
                or _ADJUNCT_RE.fullmatch(between)
                or re.match(
                    r"^\s*(?:on|in|at|during|to|via|through|after|before|late|earlier|last|this|yesterday|today|,)\b",
                    between,
                )
            ):
                return tk.end()
            break
        if tk.group() in {".", ";", "!", "?"}:
            break
    if i + 1 < n and toks[i + 1].group() == ":":
        return toks[i + 2].start() if i + 2 < n and toks[i + 2].group() not in {"“", '"', "«"} else None
    if needs_that(low):
        return None
    p = t.end()
    if low in ("told", "tells", "tell"):
        m = _LISTENER_RE.match(text, p, e)
        if not m:
            return None
        p = m.end()
    m = _ADJUNCT_RE.match(text, p, e)
    while m and m.end() > p:
        p = m.end()
        m = _ADJUNCT_RE.match(text, p, e)
    rest = text[p:e]
    if not rest.strip() or rest.lstrip()[0] in ",.;:" or not _clause_like(rest, lang):
        return None
    if rest.lstrip()[0] in '“"«„' and not _MIXED_QUOTE_RE.match(rest):
        return None  # the complement is a direct quote (handled by the quote finder)
    first = rest.split()[0].lower()
    if first in _OBJECT_WORDS and not _CLAUSE_HINT_RE.search(" ".join(rest.split()[1:3])):
        return None
    return p


def _final_attribution(
    text: str, toks: list[Token], i: int, e: int, lang: str
) -> tuple[SpeakerPhrase, int] | None:
    """ "…, its chief executive said on Monday." / "…, said the ministry." → (speaker, complement end)."""
    t = toks[i]
    tail = text[t.end() : e]
    prev = toks[i - 1] if i else None
    if prev is not None and prev.group() in {",", "—", "–"}:  # inverted: ", said X."
        j = i - 1
        while j > 0 and toks[j - 1].group() in {",", "—", "–"}:
            j -= 1
        raw, _pos = parse_forward(toks[i + 1 :], text, lang)
        if not raw:
            return None
        rest = text[text.find(raw, t.end()) + len(raw) : e]
        if len(rest.split()) > 8:
            return None
        sp = analyze_np(raw, lang)
        return (sp, toks[j].start()) if plausible_np(sp, raw) and j > 0 else None
    part = _PARTICIPLE_TAIL_RE.search(tail)
    if part:
        tail = tail[: part.start()]
    if len(tail.split()) > 9 or _THAT_RE.search(tail):
        return None
    if (
        tail.strip(" .!")
        and not _ADJUNCT_RE.match(tail)
        and not _TAIL_ADJUNCT_RE.match(tail)
        and not (t.group().lower() in ("told", "tells", "tell") and _LISTENER_RE.match(tail))
    ):
        return None
    # NP between the last comma and the cue
    for j in range(i - 1, max(-1, i - 14), -1):
        if toks[j].group() in {",", "—", "–"}:
            raw = text[toks[j].end() : t.start()]
            sp = analyze_np(raw, lang)
            if plausible_np(sp, raw) and j > 1:
                k = j
                while k > 0 and toks[k - 1].group() in {",", "—", "–"}:
                    k -= 1
                return sp, toks[k].start()
            return None
    return None


def _leading_np(text: str, toks: list[Token], lang: str) -> SpeakerPhrase | None:
    return leading_np(text, toks, lang)
