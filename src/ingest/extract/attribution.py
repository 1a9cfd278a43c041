"""Direct quotes: attach each quote span to its attribution ("…,” X said", "said X", "X said: “…”",
em-dash "«…», — сказала X"), continue split quotes, and separate scare/mixed quotes (not statements).
Interview answers are in ``interviews``; speaker phrases after a cue in ``forward``."""

from __future__ import annotations

import re
from bisect import bisect_right

from ingest.extract.bare_cue import bare_cue_quote, new_sentence_after
from ingest.extract.clauses import clause_like
from ingest.extract.coordination import de_perfect_np
from ingest.extract.cues import (
    WORD_TOKEN_RE,
    Raw,
    Token,
    cue_confidence,
    cue_gender,
    empty_at,
    in_acronym,
    is_cue,
    tokens,
)
from ingest.extract.dashline import dash_line_end
from ingest.extract.describers import describer_after
from ingest.extract.forward import STOP_PUNCT, is_abbreviation, parse_forward
from ingest.extract.frames import source_after
from ingest.extract.frames_de import de_lead_not_subject
from ingest.extract.lexicon import words as _w
from ingest.extract.liveblog import quote_label_speaker
from ingest.extract.plausible import plausible_speaker
from ingest.extract.quotes import QuoteSpan, has_words, quote_is_label, quote_text, window_end, word_count
from ingest.extract.scarequotes import name_quote_end
from ingest.extract.sentences import Sentence, lead_stamp_end
from ingest.extract.separable_de import (
    after_quote_cue,
    closed_cue_subject,
    new_de_statement,
    particle_cue_unfinished,
)
from ingest.extract.signs import is_sign_lead, relayed_message
from ingest.extract.speakers import SpeakerPhrase, analyze_np, clean_np
from ingest.extract.subjects import bare_subject, leading_np, paragraph_subject
from ingest.extract.withparticiple import with_participle_speaker

_SENT_PUNCT_RE = re.compile(r"[.!?]\s")
_PUNCT_ONLY_RE = re.compile(r"^[.!?]?\s*$")
_END_CHARS = frozenset(".?!")
_CAP_PRONOUN_CUE_RE = re.compile(
    r"(?:He|She|They|We|I)\s+(?:(?:also|later|then|further|again)\s+)?(?:said|says|added|told\s+\w+)\s+"
    r"(?P<rest>[^.!?\n]{8,})"  # (rules-1.83: "He also said …")
)

_AFTER_LEAD_RE = re.compile(r"[ \t]*[,.!?]?[ \t]*(?:[—–-]+[ \t]*)?")
_SENT_END_CHARS = frozenset(".!?")
_PARTICIPLE_CUES = frozenset(_w("adding saying noting stressing arguing warning insisting explaining"))
_CLAUSE_PARTICIPLES = _PARTICIPLE_CUES | {"writing", "telling", "declaring", "tweeting"}
_NAME_COLON_RE = re.compile(r"(?P<name>[A-ZА-ЯІЇЄҐ][\w’'\-]+(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]+){0,2})\s*:\s*$")

# a participle or adverbial clause opening the sentence before the subject ("Asked whether …, ")
_NOUN_CUES = frozenset(("states", "state"))  # "… 45 states where …" after a quote: a noun
_THAT_OR_COLON_RE = re.compile(r"\s*(?:,\s*)?(?:that\b|:)|\s*[.!?]")
_XREF_LABELS = ("Read More:", "Read more:", "READ MORE:", "Related:", "RELATED:", "See also:", "Also read:")
# a subordinate clause opening the sentence before the subject (rules-1.21)
_SUB_LEAD_RE = re.compile(
    r"\s*(?:(?:Soon|Shortly|Just|Even|Hours|Days|Minutes|Moments|Weeks)\s+(?:after|before)|While|Although|Though"
    r"|Whereas|Because|If|When|After|Before)\s"  # rules-1.57: "Soon after X was booed …, Canova wrote …:"
)
_LEAD_CLAUSE_RE = re.compile(
    r"\s*(?:Asked|Pressed|Questioned|[A-Z][a-z]{3,}ing)\b"  # "Referencing …, Merz told …:" (rules-1.25)
)
# a question before a verb-second cue; the speaker follows the cue ("Auf die Frage, ob …, sagte X:")
_LEAD_QUESTION_RE = re.compile(r"\s*(?:Auf\s+die\s+Frage|Auf\s+Nachfrage|Gefragt)\b[^:]*,\s*$")
_THAT_END_RE = re.compile(r"\bthat\s*[,:]?\s*$", re.I)


def _ends_with_that(lead: str) -> bool:
    """``_THAT_END_RE.search(lead)``, which re tries at every position of the lead: only when the lead
    ends with "that" and blanks, a comma or a colon (what the pattern needs at its end)."""
    t = lead.rstrip()
    if t[-1:] in (",", ":"):
        t = t[:-1].rstrip()
    return t[-4:].lower() == "that" and _THAT_END_RE.search(lead) is not None


def parse_after(text: str, a: int, b: int, lang: str) -> tuple[SpeakerPhrase, Token, int] | None:
    """Attribution following a closing quote mark within text[a:b]."""
    m = _AFTER_LEAD_RE.match(text, a, b)
    p = m.end() if m else a
    if m and _SENT_END_CHARS.intersection(m.group()) and text[p : p + 1].isupper():
        return None  # „…“. Der Sender berichtete, … : a new sentence, not an attribution
    if (
        lang == "en"
        and text[a - 2 : a - 1] in _END_CHARS
        and (nm := _CAP_PRONOUN_CUE_RE.match(text, p, b)) is not None
        and clause_like(nm.group("rest"), lang)
    ):
        return None  # "…need?" She said her party had written …: a new sentence with its own complement
    src = source_after(text, a, b, lang)
    if src is not None:  # „…“, heißt es in der Erklärung des Ministeriums / «…», — йдеться у заяві X
        return src[0], empty_at(text, p), src[1]
    toks: list[Token] = []
    skip_to = -1
    for t in WORD_TOKEN_RE.finditer(text, p, window_end(text, p, b, 160)):  # lazily: most are short
        if t.start() < skip_to:
            toks.append(t)
            continue
        if t.group() in STOP_PUNCT and not (
            t.group() == "." and toks and (is_abbreviation(toks[-1].group()) or text.startswith(",", t.end()))
        ):  # (a full stop before a comma ends an abbreviation: "…, retired in Cambridge, Mass., said", 1.55)
            if toks and (skip_to := name_quote_end(text, t.start())) != -1:
                toks.append(t)
                continue
            break
        toks.append(t)
        if len(toks) > 34:
            break
    # after a name and a comma, a long apposition ("…,'' Leonard E. Burman, director of …, said", 1.29)
    reach = 32 if any(t.group() == "," for t in toks[1:5]) else 14
    ci = after_quote_cue(toks, reach, lang)  # (rules-1.238: "„…“, wies X den Vorwurf zurück.")
    if lang == "de" and toks and toks[0].group() == "so":  # „…“, so Vereinschef X.
        ci = 0
    if ci is None or particle_cue_unfinished(toks, ci, lang) or new_de_statement(text, a, toks, ci, lang):
        return None  # (rules-1.169: "„…“, stellte der Verein einen Antrag.": no particle, no cue)
    cue = toks[ci]
    if lang == "en" and cue.group() in _NOUN_CUES and not _THAT_OR_COLON_RE.match(text, cue.end()):
        return None  # "… better.” The Buckeye State is one of 45 states where …": a noun (rules-1.64)
    if ci == 0 or (ci == 1 and toks[0].group() in {"—", "–", "-"}):
        raw, pos = parse_forward(closed_cue_subject(toks, ci), text, lang, cue_gender(cue.group()) == "p")
        if not raw:
            return None
        sp = plausible_speaker(raw, lang, appositive=True)
        return (sp, cue, pos) if sp is not None else None
    raw = text[p : cue.start()]
    if (
        lang == "de"
        and raw.endswith(", ")
        and ci + 1 < len(toks)
        and _DE_AFTER_CUE_SUBJECT_RE.fullmatch(toks[ci + 1].group())
    ):
        return None  # „…“ Von den Ärzten arbeiteten 38 dort, sagte sie.: the subject follows the cue (rules-1.409)
    if lang == "de" and cue.group() == "zitiert" and raw.startswith(("wird ", "wurde ")):
        p += raw.index(" ") + 1  # „…“, wird Hensel in der Erklärung zitiert: the auxiliary is no name (1.117)
        raw = text[p : cue.start()]
    if cue.group() == "quoted" and raw.endswith(("was ", "is ")):
        raw = raw[: raw.rstrip().rfind(" ") + 1]  # "…," she was quoted as saying (by the Echo) (rules-1.13)
    sp = plausible_speaker(raw, lang, appositive=True)
    if sp is None or (sp.kind != "person" and "," in raw and "," in clean_np(raw)):
        return None
    return sp, cue, p


# rules-1.409: a German subject right after the cue (a pronoun, an article, a capitalised word)
_DE_AFTER_CUE_SUBJECT_RE = re.compile(r"er|sie|es|der|die|das|ein|eine|[A-ZÄÖÜ]\w*")
# "«A, — сказав X. — B»" / "«A, — каже вона, — b»": an attribution between dashes inside the quote marks
_INNER_ATTRIBUTION_RE = re.compile(
    r"[,.!?…]?[ \t]+[—–][ \t]+(?=[а-яіїєґё])[^—–«»„“”\n]{3,100}?[.,][ \t]+[—–][ \t]+(?=\S)"
)


def _inner_split(text: str, q: QuoteSpan, lang: str, para: int) -> list[Raw]:
    """The two statements of a quote split by its attribution inside the marks (uk, ru; rules-1.22): the
    first with the speaker after the dash, the second by the same speaker; [] when there is none."""
    s, e = q.parts[0]
    if "—" not in text[s:e] and "–" not in text[s:e]:
        return []
    at, after = s, None
    while after is None and (m := _INNER_ATTRIBUTION_RE.search(text, at, e)) is not None:
        after = parse_after(text, m.start(), m.end(), lang) if m.start() > s else None
        at = m.start() + 1  # "«Рынок — это не казино, — отметил X, — …»": the dash of the attribution
    if m is None or after is None:
        return []
    sp, cue, pos = after
    first = Raw(
        s, m.start(), text[s : m.start()], "direct", cue.group(), sp, pos, 0.9, parts=[(s, m.start())]
    )
    second = Raw(
        m.end(), e, text[m.end() : e], "direct", cue.group(), None, m.end(), 0.85, parts=[(m.end(), e)]
    )
    first.cue_pos, first.para, second.para, second.same_as = cue.start(), para, para, first
    return [first, second]


def parse_before(
    text: str, a: int, b: int, lang: str, bare: bool = False
) -> tuple[SpeakerPhrase, Token, int] | None:
    """Attribution before an opening quote: "X said: “…”", "He said, “…”", "Name: «…»" (``bare``: "X said
    “…”", the cue right before the quote)."""
    s = text[a:b].rstrip(" \t\u00a0\u202f\u2009—–-")  # (rules-1.85: a no-break space before the quote)
    if not s or (s[-1] not in ":," and not bare) or (s[-1] == ":" and relayed_message(s, lang)):
        return None  # (rules-1.184: "He showed a message from his son: “…”": the son's words, not his)
    toks = tokens(text, a, a + len(s) - (0 if bare else 1))
    ci = next(
        (i for i in range(len(toks) - 1, max(-1, len(toks) - 9), -1) if is_cue(toks[i].group(), lang)), None
    )
    if ci is None:
        m = _NAME_COLON_RE.search(s)
        if m and s[-1] == ":":
            sp = analyze_np(m.group("name"), lang)
            alone = not s[: m.start()].strip() and m.group("name").strip() == sp.name  # "Berg: “…”" (1.188)
            if sp.kind == "person" and (" " in sp.name or (alone and text.find(f" {sp.name}", 0, a) != -1)):
                return sp, empty_at(text, b), a + m.start()  # (a surname alone: one named in full before)
        if s[-1] == ":" and (w := quote_label_speaker(text, a, b, lang) or with_participle_speaker(s, lang)):
            return w, empty_at(text, b), a  # "…, with X responding: “…”" (1.31), "Police chief: “…”" (1.205)
        if s[-1] == ":" and len(toks) >= 2 and not is_sign_lead(s, lang):  # "Pike interjected:" (1.23; 1.167)
            sp2 = leading_np(text, toks, lang)
            if sp2 is not None and sp2.kind in ("person", "organisation", "pronoun", "role", "group"):
                return sp2, empty_at(text, b), a
        return None
    start = a
    for j in range(ci - 1, -1, -1):
        if toks[j].group() in {".", "!", "?", ";", "”", "»", "“"}:
            if toks[j].group() == "." and (
                in_acronym(toks, j)
                or (j + 1 < len(toks) and toks[j + 1].group() == ",")  # "Rohrabacher, R-Calif., said" (1.50)
                or _middle_initial(toks, j)  # "Col. Steven H. Warren, a military spokesman, said," (1.57)
            ):
                continue  # "the U.S. official said:"
            start = toks[j].end()
            break
    raw = text[start : toks[ci].start()]
    if bare and toks[ci].group()[-3:] != "ing":  # "…, but Tehran says “…”": the subject right before the cue
        subj = bare_subject(text, start, toks[ci].start(), lang)
        return (subj[0], toks[ci], subj[1]) if subj is not None else None
    if not raw.strip() and ci + 1 < len(toks):  # "sagte Albrecht:", "заявил он:"
        raw, _ = parse_forward(toks[ci + 1 :], text, lang)
    if ci + 1 < len(toks) and _LEAD_QUESTION_RE.match(raw):  # "Auf die Frage, wer …, sagte Lohmann:"
        raw, _ = parse_forward(toks[ci + 1 :], text, lang)
    found = plausible_speaker(raw, lang, appositive=True)  # (1.61: "X, pastor of … and a Y supporter, said:")
    if lang == "de" and " ha" in raw and (perf := de_perfect_np(raw, lang)) is not None:
        found = perf  # "Falkner selbst hatte im Prozess eingeräumt, „…“" (rules-1.36)
    if (
        lang == "de"
        and ci + 1 < len(toks)
        and raw[:1].isupper()
        and de_lead_not_subject(raw)  # an adverbial or a listener first (rules-1.16, 1.29)
    ):
        fwd, _ = parse_forward(toks[ci + 1 :], text, lang)  # "Dann sagte Lea Roth:", "Am Abend erklärte sie:"
        found = (plausible_speaker(fwd, lang) if fwd else None) or found
    if ", " in raw and ((found is None and _LEAD_CLAUSE_RE.match(raw)) or _SUB_LEAD_RE.match(raw)):
        # "Asked whether the talks could collapse, the U.S. official said:"; "While the race …, X argued:"
        tail = raw.rsplit(", ", 1)[1]
        tail_sp = plausible_speaker(tail, lang) if tail.strip() else None
        if tail_sp is not None or found is None:
            found = tail_sp
        if tail_sp is not None:
            start = text.rfind(tail, start, toks[ci].start())
    if lang == "en" and toks[ci].group() in _CLAUSE_PARTICIPLES and raw.rstrip().endswith(","):
        # "Lauten later apologized for her post, writing: “…”": the clause's subject (rules-1.50)
        sub = leading_np(text, tokens(text, start, toks[ci].start()), lang)
        if (
            sub is not None
            and sub.kind in ("person", "pronoun", "role")
            and len(sub.text) < len(raw.strip(" ,"))
        ):
            found = sub
    if found is not None:
        return found, toks[ci], start
    lead = leading_np(text, tokens(text, start, toks[ci].start()), lang)  # "Sie wird mit den Worten zitiert:"
    return (lead, toks[ci], start) if lead is not None else None


_NAME_SUBJECT_RE = re.compile(r" [a-zа-яіїєґёäöüß]")


def drop_xref(text: str, raws: list[Raw]) -> list[Raw]:
    """Without the statements of "Read More: …" lines (links to other stories, rules-1.21)."""
    if "Read More:" not in text and "Read more:" not in text and "READ MORE:" not in text:
        return raws
    return [
        r for r in raws if r.start < 0 or not text.startswith(_XREF_LABELS, text.rfind("\n", 0, r.start) + 1)
    ]


def _middle_initial(toks: list[Token], j: int) -> bool:
    """The full stop toks[j] closes a middle initial: a capitalised name, one capital, the stop, a name."""
    return (
        j - 1 > 0
        and j + 1 < len(toks)
        and len(toks[j - 1].group()) == 1
        and toks[j - 1].group().isupper()
        and toks[j - 2].group()[:1].isupper()
        and toks[j - 2].group()[1:].islower()
        and toks[j + 1].group()[:1].isupper()
    )


def direct_statements(text: str, quotes: list[QuoteSpan], sents: list[Sentence], lang: str) -> list[Raw]:
    out: list[Raw] = []
    sstarts = [s.start for s in sents]
    prev_close = -1
    title_from = -1
    prev_raw: Raw | None = None
    for qi, q in enumerate(quotes):
        si = max(0, bisect_right(sstarts, q.open_pos) - 1)
        sent = sents[si] if sents else Sentence(0, len(text), 0, True)
        lead_from = max(sent.start, prev_close + 1)
        if title_from >= sent.start and text[prev_close + 1 : q.open_pos].strip() == ":":
            lead_from = title_from  # "sagte sie dem „Spiegel“: „…“": a title inside the lead (rules-1.395)
        title_from = -1
        if sent.first_in_para:  # "11:20 “…”", "KYIV (Reuters) – “…”": a time stamp or dateline
            lead_from = lead_stamp_end(text, lead_from, q.open_pos, True)
        lead = text[lead_from : q.open_pos]
        lead_end = lead.rstrip()[-1:]
        bare = lang == "en" and lead_end not in (":", ",") and bare_cue_quote(text, q, lead)
        if bare:
            lead_end = ","
        if (lead.strip(" \t—–-([") and lead_end not in (":", ",")) or _ends_with_that(lead):
            if (
                lang == "de"
                and word_count(quote_text(text, q)) <= 4
                and text[q.close_pos - 1] not in _END_CHARS
            ):
                title_from = lead_from  # a name in quote marks: "im ZDF-„Morgenmagazin“", "dem „Spiegel“"
            prev_close = q.close_pos
            continue  # a quote inside a clause: scare quote or part of reported speech
        if (
            lang in ("uk", "ru")
            and not lead.strip(" \t—–-([")
            and _NAME_SUBJECT_RE.match(text, q.close_pos + 1)
        ):
            qtext = quote_text(text, q)
            if qtext[:1].isupper() and word_count(qtext) <= 3:
                prev_close = q.close_pos
                continue  # "«Карпати» оголосили про …": a name in quote marks as the subject
        if (lead_end == ":" and text.startswith(_XREF_LABELS, text.rfind("\n", 0, q.open_pos) + 1)) or (
            quote_is_label(text, q)
        ):
            prev_close = q.close_pos
            continue  # "Read More: ‘…’ How X …" (rules-1.21), a heading or a title ("a series, “Trust.”")
        before = parse_before(text, lead_from, q.open_pos, lang, bare) if lead_end in (":", ",") else None
        clause_start = not lead.strip(" \t—–-([") or before is not None or lead_end == ":"
        continuing = (prev_raw is not None and prev_close >= sent.start and not _SENT_PUNCT_RE.search(lead)
                      and lead_end == ",")  # fmt: skip
        raw: Raw | None = None
        if not clause_start and not continuing:
            prev_close = q.close_pos
            continue  # scare quote or part of reported speech
        if lang in ("uk", "ru") and len(q.parts) == 1 and (split := _inner_split(text, q, lang, sent.para)):
            out.extend(split)  # "«A, — сказав X. — B»"
            prev_raw, prev_close = split[-1], q.close_pos
            continue
        para_end = text.find("\n", q.close_pos)
        para_end = len(text) if para_end == -1 else para_end
        if lang in ("uk", "ru") and not text[q.close_pos + 1 : para_end].strip(" \t,"):
            para_end = dash_line_end(text, para_end)  # "«…»,\n— отметил он." (rules-1.283)
        opens = (quotes[j].open_pos for j in range(qi + 1, len(quotes)))  # (a slice per quote: quadratic)
        nxt_open = next((op for op in opens if name_quote_end(text, op) == -1), len(text))
        qtext = quote_text(text, q)
        wc = 4 if has_words(qtext, 4) else word_count(qtext)
        conf_len = 1.0 if wc >= 4 else 0.7
        after = (
            None  # "X said: “… .” Y said …": a new sentence after a closed quote opened by a colon (rules-1.21)
            if before is not None
            and (bare or lead_end == ":" or new_sentence_after(text, q, lang))
            and qtext[-1:] in ".!?…"
            else parse_after(text, q.close_pos + 1, min(para_end, nxt_open), lang)
        )
        if after is not None:
            sp, cue, pos = after
            raw = Raw(
                q.start, q.end, qtext, "direct", cue.group(), sp, pos, 0.95 * conf_len, parts=list(q.parts)
            )
            raw.cue_pos = cue.start()
        elif before is not None:
            sp, cue, pos = before
            raw = Raw(
                q.start, q.end, qtext, "direct", cue.group(), sp, pos, 0.9 * conf_len, parts=list(q.parts)
            )
            raw.cue_pos = cue.start()
            if cue.group().lower() in _PARTICIPLE_CUES and out and out[-1].anchor >= sent.start:
                raw.speaker = None  # "… Peskov told reporters, adding: “…”": the clause's speaker
                raw.same_as = out[-1]
        elif continuing and prev_raw is not None:
            raw = Raw(
                q.start, q.end, qtext, "direct", prev_raw.cue, None, q.open_pos, 0.85, parts=list(q.parts)
            )
            raw.same_as = out[-1]
        elif wc >= 3 and (dsc := describer_after(text, q.close_pos + 1, para_end, lang)) is not None:
            raw = Raw(q.start, q.end, qtext, "direct", dsc[1], dsc[0], dsc[2], 0.8, parts=list(q.parts))
        elif wc >= 3 and not (lead_end == ":" and is_sign_lead(text[sent.start : q.open_pos], lang)):
            tail = text[q.close_pos + 1 : min(para_end, nxt_open)].strip()  # (1.105: not a sign's words)
            if not tail or _PUNCT_ONLY_RE.match(tail) or (qtext[-1:] in ".!?…" and tail[:1].isupper()):
                raw = Raw(q.start, q.end, qtext, "direct", "", None, q.open_pos, 0.6, parts=list(q.parts))
                raw.speaker = paragraph_subject(text, q.open_pos, lang)  # rules-1.23
        if raw is not None:
            if after is not None or before is not None:
                raw.confidence *= max(0.75, cue_confidence(raw.cue, lang)) if raw.cue else 0.8
            raw.para = sent.para
            out.append(raw)
            prev_raw = raw
        prev_close = q.close_pos
    return out
