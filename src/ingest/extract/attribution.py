"""Direct quotes: attach each quote span to its attribution ("…,” X said", "said X", "X said: “…”",
em-dash "«…», — сказала X"), continue split quotes, and separate scare/mixed quotes (not statements).
Also the "Name: answer" lines of interviews."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ingest.extract.cues import EMPTY_RE, Raw, Token, cue_confidence, cue_gender, is_cognition, is_cue, tokens
from ingest.extract.frames import source_after
from ingest.extract.lexicon import words as _w
from ingest.extract.quotes import QuoteSpan, has_words, quote_text, word_count
from ingest.extract.sentences import Sentence
from ingest.extract.speakers import (
    SpeakerPhrase,
    analyze_np,
    clean_np,
    is_cap,
    is_first_name,
    is_org_word,
    is_speaker_noun,
    is_title_token,
)

_WHO_SPLIT_RE = re.compile(r",\s*(?:who|which|whose)\b")
_SENT_PUNCT_RE = re.compile(r"[.!?]\s")
_PUNCT_ONLY_RE = re.compile(r"^[.!?]?\s*$")

_AFTER_LEAD_RE = re.compile(r"[ \t]*[,.!?]?[ \t]*(?:[—–-]+[ \t]*)?")
# A live-blog time stamp or a wire dateline at the start of a paragraph.
LEAD_STAMP_RE = re.compile(
    r"[ \t]*(?:\d{1,2}[:.]\d{2}(?:[ \t]*(?:GMT|UTC|CET|CEST|EET|EEST|MSK|BST|ET|a\.m\.|p\.m\.|am|pm|Uhr))?"
    r"(?:[ \t]*[—–-])?"
    r"|[A-ZА-ЯІЇЄҐÄÖÜ][A-ZА-ЯІЇЄҐÄÖÜ\-]+(?:[ \t]+[A-ZА-ЯІЇЄҐÄÖÜ\-]+)?,?(?:[ \t]+[\w.]+[ \t]+\d{1,2})?"
    r"(?:[ \t]*\([^)]{2,20}\))?[ \t]*[—–-])[ \t]*"
)
_SENT_END_CHARS = frozenset(".!?")
_PARTICIPLE_CUES = frozenset(_w("adding saying noting stressing arguing warning insisting explaining"))
_STOP_PUNCT = frozenset('.!?;:“”«»„"')
_FWD_STOP = frozenset(
    _w(
        "in at on during after before to from with when while as by late earlier today yesterday that "
        "adding citing according who which journalists reporters reuters afp ap bloomberg am im bei vor "
        "nach auf gegenüber laut zu zum zur und and but і й та у в на під після під-час журналістам "
        "журналистам агентству газеті газете виданню изданию телеканалу в во во-время после перед ранее "
        "раніше також также dem mit an hinzu zufolge bekannt "
    )
)
_DE_MEDIA = frozenset(
    _w(
        "Zeitung Nachrichtenagentur Agentur Deutschen Presse-Agentur Tageszeitung Wochenzeitung Zeitschrift "
        'Sendung Sender Funke-Mediengruppe Mediengruppe Redaktion „ "'
    )
)
_CLAUSE_VERB_RE = re.compile(
    r"\b(?:is|are|was|were|will|would|could|can|should|may|might|must|did|does|do|shall|that|if|because|"
    r"ist|sind|war|waren|wird|werden|hat|haben|є|был|была|было|были|буде|будет)\b",
    re.I,
)
QA_LINE_RE = re.compile(r"(?:Q|Question|Frage|Питання|Вопрос|В)\s*[:.—–-]")
_QA_KEYS = ("\nQ", "\nFrage", "\nПитання", "\nВопрос", "\nВ")
_QA_ANY_RE = re.compile(r"(?m)^(?:Q|Question|Frage|Питання|Вопрос|В)\s*[:.—–-]")
ANSWER_LINE_RE = re.compile(
    r"^(?P<name>[A-ZА-ЯІЇЄҐ][\w’'\-.]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]+){0,2})\s*:\s+(?P<quote>\S.*)$", re.M
)
_NAME_COLON_RE = re.compile(r"(?P<name>[A-ZА-ЯІЇЄҐ][\w’'\-]+(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]+){0,2})\s*:\s*$")


_ABBREVIATIONS = frozenset(_w("Dr Mr Mrs Ms Prof Gen Lt Col Sen Rep Gov St Jr Maj Capt Sgt Adm Sr"))
_THAT_END_RE = re.compile(r"\bthat\s*[,:]?\s*$", re.I)
_RELATIVE_SEG_RE = re.compile(
    r",\s*(?:who|which|whose|speaking|який|яка|які|который|которая|которые)\b[^,]*(?=,)"
)


def plausible_np(sp: SpeakerPhrase, raw: str) -> bool:
    """Whether ``raw`` (analysed as ``sp``) can be a speaker phrase: not too long, and no clause
    inside unless it names a person."""
    if sp.kind == "unknown" or not sp.text:
        return False
    return _plausible(sp.kind == "person", raw)


@lru_cache(maxsize=8192)
def _plausible(person: bool, raw: str) -> bool:
    core = _RELATIVE_SEG_RE.sub(" ", raw + ",")
    if len(core.split()) > 14 or len(raw.split()) > 40:
        return False
    core = _WHO_SPLIT_RE.split(raw, maxsplit=1)[0]
    return person or not _CLAUSE_VERB_RE.search(core)


_NAME_QUOTE_RE = re.compile(r"[«„“\"]([A-ZА-ЯІЇЄҐÄÖÜ0-9][^«»„“”\".!?,:;\n]{0,40})[»“”\"]")
_CYR_IN = frozenset(_w("в у во"))
_MEDIUM_ADJUNCT_RE = re.compile(
    r"(?:у|в|во|на|in|im|auf|bei|on)\s+(?:сво\w+\s+|his\s+|her\s+|its\s+|their\s+|a\s+|an\s+|the\s+|einer\s+)?"
    r"(?:Telegram\S*|[Тт]елеграм\S*|Facebook|Twitter|X|Instagram|YouTube|соцмереж\w*|соцсет\w*|ефірі|эфире|"
    r"інтерв['’]ю|интервью|коментарі|комментарии|дописі|блозі|блоге|post|statement|interview|video|"
    r"Erklärung|Interview|Videobotschaft)"
    r"(?:\s+(?:телемарафону|телеканалу|каналу|радіо|радио|програми|программы))?(?=\s)"
)


def name_quote_end(text: str, pos: int) -> int:
    """End offset of a short name in quote marks starting at ``pos`` ("банка «Восток»", "НЕК
    «Укренерго»", "der Zeitung „Bild“"), or -1. Such marks belong to a noun phrase, not a quote."""
    if pos == 0 or text[pos - 1] != " " or not (text[pos - 2 : pos - 1].isalnum()):
        return -1
    m = _NAME_QUOTE_RE.match(text, pos)
    if m is None or len(m.group(1).split()) > 4:
        return -1
    return m.end()


def parse_forward(toks: list[Token], text: str, lang: str, org_in: bool = False) -> tuple[str, int]:
    """Speaker NP right after an inverted cue ("said Olena Marchenko, head of the operator, in …").
    With ``org_in`` (a plural Ukrainian/Russian cue) a locative body is the speaker ("повідомили в
    Генштабі")."""
    out: list[Token] = []
    i = 0
    med = _MEDIUM_ADJUNCT_RE.match(text, toks[0].start()) if toks and not org_in else None
    if med is not None:  # "повідомив у Telegram очільник ОВА …", "said in a statement the ministry …"
        while i < len(toks) and toks[i].start() < med.end():
            i += 1
    if org_in and lang in ("uk", "ru") and len(toks) > 1 and toks[0].group().lower() in _CYR_IN:
        w1 = toks[1].group()
        if is_cap(w1) or is_org_word(w1) or w1.lower().startswith(("пресс", "прес")) or w1 in '«"':
            out.append(toks[0])
            i = 1
    if (
        lang in ("uk", "ru") and not out and i == 0
    ):  # "рассказал РБК собеседник …": the outlet is the listener
        j = 0
        while j < min(3, len(toks)) and (is_cap(toks[j].group()) or toks[j].group() in '«»"'):
            j += 1
        if 0 < j < len(toks) and is_speaker_noun(toks[j].group()):
            i = j
    skip_to = -1
    while i < len(toks):
        t = toks[i]
        if t.start() < skip_to:
            out.append(t)
            i += 1
            continue
        if out and t.group() in '«„“"' and (qe := name_quote_end(text, t.start())) != -1:
            skip_to = qe
            out.append(t)
            i += 1
            continue
        if t.group() == "." and out and out[-1].group() in _ABBREVIATIONS:
            out.append(t)  # "Dr. Ivanna Rudenko"
            i += 1
            continue
        if t.group() in _STOP_PUNCT or (t.group() == "," and not out):
            break
        if t.group() == ",":
            # apposition: ", head of the operator," / ", Anja Brandt" / ", who …" (relative clause: stop)
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is None or not (
                nxt.group().lower() in {"the", "a", "an"}
                or is_title_token(nxt.group())
                or nxt.group().lower() in {"head", "chief"}
                or is_first_name(nxt.group())
                or (
                    lang == "de" and is_cap(nxt.group()) and i + 2 < len(toks) and is_cap(toks[i + 2].group())
                )
            ):
                break
            j = i + 1
            while j < len(toks) and toks[j].group() not in {",", "."} and toks[j].group() not in _STOP_PUNCT:
                j += 1
            out.extend(toks[i:j])
            i = j
            continue
        low = t.group().lower()
        if low == "und" and out and out[-1].group() == "-":
            out.append(t)  # "die Industrie- und Handelskammer"
            i += 1
            continue
        if not is_cap(t.group()) and (low in _FWD_STOP or is_cue(low, lang)) and out:
            break
        if (
            lang == "de"
            and out
            and low in ("der", "den")
            and i + 1 < len(toks)
            and toks[i + 1].group() in _DE_MEDIA
        ):
            break  # "sagte die Ministerin der Zeitung „Bild“": the listener
        if not is_cap(t.group()) and not out and low in _FWD_STOP:
            break
        if (
            not is_cap(t.group())
            and out
            and is_cap(out[-1].group())
            and low not in {"of", "von", "de"}
            and (lang == "en" or (lang in ("uk", "ru") and len(out) >= 3))
        ):
            break  # "Литвин журналістам", "Koval said" - a lowercase word after the name ends it
        out.append(t)
        if len(out) > 12:
            break
        i += 1
    if not out:
        return "", -1
    return text[out[0].start() : out[-1].end()], out[0].start()


def parse_after(text: str, a: int, b: int, lang: str) -> tuple[SpeakerPhrase, Token, int] | None:
    """Attribution following a closing quote mark within text[a:b]."""
    m = _AFTER_LEAD_RE.match(text, a, b)
    p = m.end() if m else a
    if m and _SENT_END_CHARS.intersection(m.group()) and text[p : p + 1].isupper():
        return None  # „…“. Der Sender berichtete, … : a new sentence, not an attribution
    src = source_after(text, a, b, lang)
    if src is not None:  # „…“, heißt es in der Erklärung des Ministeriums / «…», — йдеться у заяві X
        return src[0], _empty_at(text, p), src[1]
    toks: list[Token] = []
    skip_to = -1
    for t in tokens(text, p, min(b, p + 160)):
        if t.start() < skip_to:
            toks.append(t)
            continue
        if t.group() in _STOP_PUNCT and not (
            t.group() == "." and toks and toks[-1].group() in _ABBREVIATIONS
        ):
            if toks and (skip_to := name_quote_end(text, t.start())) != -1:
                toks.append(t)
                continue
            break
        toks.append(t)
        if len(toks) > 30:
            break
    ci = next(
        (i for i, t in enumerate(toks[:14]) if is_cue(t.group(), lang) and not is_cognition(t.group())), None
    )
    if lang == "de" and toks and toks[0].group() == "so":  # „…“, so Vereinschef X.
        ci = 0
    if ci is None:
        return None
    cue = toks[ci]
    if ci == 0 or (ci == 1 and toks[0].group() in {"—", "–", "-"}):
        raw, pos = parse_forward(toks[ci + 1 :], text, lang, cue_gender(cue.group()) == "p")
        if not raw:
            return None
        sp = analyze_np(raw, lang)
        return (sp, cue, pos) if plausible_np(sp, raw) else None
    raw = text[p : cue.start()]
    sp = analyze_np(raw, lang)
    if not plausible_np(sp, raw) or ("," in clean_np(raw) and sp.kind != "person"):
        return None
    return sp, cue, p


def _empty_at(text: str, pos: int) -> Token:
    """A zero-width token at ``pos`` (an attribution without a cue word)."""
    m = EMPTY_RE.match(text, pos)
    assert m is not None
    return m


def parse_before(text: str, a: int, b: int, lang: str) -> tuple[SpeakerPhrase, Token, int] | None:
    """Attribution before an opening quote: "X said: “…”", "He said, “…”", "Name: «…»"."""
    s = text[a:b].rstrip(" \t—–-")
    if not s or s[-1] not in ":,":
        return None
    toks = tokens(text, a, a + len(s) - 1)
    ci = next(
        (i for i in range(len(toks) - 1, max(-1, len(toks) - 9), -1) if is_cue(toks[i].group(), lang)), None
    )
    if ci is None:
        m = _NAME_COLON_RE.search(s)
        if m and s[-1] == ":":
            sp = analyze_np(m.group("name"), lang)
            if sp.kind == "person" and " " in sp.name:
                return sp, _empty_at(text, b), a + m.start()
        if s[-1] == ":" and len(toks) >= 3:  # "The association urged the board to act: “…”"
            sp2 = leading_np(text, toks, lang)
            if sp2 is not None and sp2.kind in ("person", "organisation", "pronoun", "role", "group"):
                return sp2, _empty_at(text, b), a
        return None
    start = a
    for j in range(ci - 1, -1, -1):
        if toks[j].group() in {".", "!", "?", ";", "”", "»", "“"}:
            start = toks[j].end()
            break
    raw = text[start : toks[ci].start()]
    if not raw.strip() and ci + 1 < len(toks):  # "sagte Albrecht:", "заявил он:"
        raw, _ = parse_forward(toks[ci + 1 :], text, lang)
    sp = analyze_np(raw, lang)
    if plausible_np(sp, raw):
        return sp, toks[ci], start
    lead = leading_np(text, tokens(text, start, toks[ci].start()), lang)  # "Sie wird mit den Worten zitiert:"
    return (lead, toks[ci], start) if lead is not None else None


def leading_np(text: str, toks: list[Token], lang: str) -> SpeakerPhrase | None:
    """Subject NP at the start of a clause: the tokens before its first verb-like word."""
    end = 0
    for j, tk in enumerate(toks):
        w = tk.group()
        low = w.lower()
        if (
            j
            and not is_cap(w)
            and w.isalpha()
            and (is_cue(low, lang) or low.endswith("ed") or low in _VERBISH)
        ):
            end = j
            break
    if end == 0:
        return None
    raw = text[toks[0].start() : toks[end - 1].end()]
    sp = analyze_np(raw, lang)
    return sp if plausible_np(sp, raw) else None


_VERBISH = frozenset(
    _w(
        "kept held made took gave went came saw found left put set cut sent spent built brought began became ran won "
        "lost met paid rose fell struck stood led heard is was are were has had will would wants urges calls "
        "ist sind war waren hat haben hatte wird wurde forderte fordert schlug rief appellierte "
        "заявив заявила закликав закликала закликали призвал призвала призвали"
    )
)


def direct_statements(text: str, quotes: list[QuoteSpan], sents: list[Sentence], lang: str) -> list[Raw]:
    out: list[Raw] = []
    sstarts = [s.start for s in sents]
    prev_close = -1
    prev_raw: Raw | None = None
    for qi, q in enumerate(quotes):
        si = max(0, bisect_right(sstarts, q.open_pos) - 1)
        sent = sents[si] if sents else Sentence(0, len(text), 0, True)
        para_end = text.find("\n", q.close_pos)
        para_end = len(text) if para_end == -1 else para_end
        nxt_open = next(
            (x.open_pos for x in quotes[qi + 1 :] if name_quote_end(text, x.open_pos) == -1), len(text)
        )
        qtext = quote_text(text, q)
        wc = 4 if has_words(qtext, 4) else word_count(qtext)
        lead_from = max(sent.start, prev_close + 1)
        if sent.first_in_para and (stamp := LEAD_STAMP_RE.match(text, lead_from, q.open_pos)):
            lead_from = stamp.end()  # "11:20 “…”", "KYIV (Reuters) – “…”": a time stamp or dateline
        lead = text[lead_from : q.open_pos]
        lead_end = lead.rstrip()[-1:]
        if (lead.strip(" \t—–-([") and lead_end not in (":", ",")) or _THAT_END_RE.search(lead):
            prev_close = q.close_pos
            continue  # a quote inside a clause: scare quote or part of reported speech
        before = parse_before(text, lead_from, q.open_pos, lang) if lead_end in (":", ",") else None
        clause_start = not lead.strip(" \t—–-([") or before is not None or lead_end == ":"
        continuing = (prev_raw is not None and prev_close >= sent.start and not _SENT_PUNCT_RE.search(lead)
                      and lead_end == ",")  # fmt: skip
        raw: Raw | None = None
        conf_len = 1.0 if wc >= 4 else 0.7
        if not clause_start and not continuing:
            prev_close = q.close_pos
            continue  # scare quote or part of reported speech
        after = parse_after(text, q.close_pos + 1, min(para_end, nxt_open), lang)
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
        elif wc >= 3:
            tail = text[q.close_pos + 1 : min(para_end, nxt_open)].strip()
            if not tail or _PUNCT_ONLY_RE.match(tail) or (qtext[-1:] in ".!?…" and tail[:1].isupper()):
                raw = Raw(q.start, q.end, qtext, "direct", "", None, q.open_pos, 0.6, parts=list(q.parts))
        if raw is not None:
            if after is not None or before is not None:
                raw.confidence *= max(0.75, cue_confidence(raw.cue, lang)) if raw.cue else 0.8
            raw.para = sent.para
            out.append(raw)
            prev_raw = raw
        prev_close = q.close_pos
    return out


_DASH_LINE_RE = re.compile(r"^[ \t]*[—–-][ \t]+(?=\S)", re.M)


def dash_answers(text: str) -> list[Raw]:
    """Interviews set as dialogue ("— Question?" / "— Answer."): in a run of dash paragraphs whose
    odd members are mostly questions, the even members are the interviewee's answers."""
    runs: list[list[tuple[int, int]]] = []
    last_end = -2
    for m in _DASH_LINE_RE.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end == -1 else end
        if runs and text[last_end : m.start()].strip() == "":
            runs[-1].append((m.end(), end))
        else:
            runs.append([(m.end(), end)])
        last_end = end
    out: list[Raw] = []
    for run in runs:
        if len(run) < 2:
            continue
        questions = run[0::2]
        if sum(text[a:b].rstrip().endswith("?") for a, b in questions) * 2 < len(questions):
            continue
        for a, b in run[1::2]:
            while b > a and text[b - 1].isspace():
                b -= 1
            if text[a:b].rstrip().endswith("?") or not has_words(text[a:b], 2):
                continue
            raw = Raw(a, b, text[a:b], "direct", "", SpeakerPhrase("", "interviewee"), a, 0.8, parts=[(a, b)])
            out.append(raw)
    return out


def interview_answers(text: str, lang: str) -> list[Raw]:
    """'Name: answer' lines of an interview (only when the text has 'Q:' question lines), and
    dialogue-style interviews (see dash_answers)."""
    if ("\n—" in text or "\n–" in text or "\n- " in text) and _DASH_LINE_RE.search(text):
        found = dash_answers(text)
        if found:
            return found
    if not (text[:1] in "QFПВ" or any(k in text for k in _QA_KEYS)) or not _QA_ANY_RE.search(text):
        return []
    out = []
    for m in ANSWER_LINE_RE.finditer(text):
        name = m.group("name")
        if name.rstrip(".") in {
            "Q",
            "Question",
            "Frage",
            "Питання",
            "Вопрос",
            "В",
            "A",
            "Answer",
            "Antwort",
            "Відповідь",
            "Ответ",
            "О",
        }:
            if name.rstrip(".") not in {"A", "Answer", "Antwort", "Відповідь", "Ответ", "О"}:
                continue
            sp = SpeakerPhrase("", "interviewee")
        else:
            sp = analyze_np(name, lang)
            if sp.kind not in ("person", "organisation"):
                continue
        qs, qe = m.start("quote"), m.end("quote")
        while qe > qs and text[qe - 1].isspace():
            qe -= 1
        q = text[qs:qe]
        if len(q) >= 2 and q[0] in '“"«„‘' and q[-1] in '”"»“’':
            qs, qe, q = qs + 1, qe - 1, q[1:-1]
        out.append(Raw(qs, qe, q, "direct", "", sp, m.start(), 0.85, parts=[(qs, qe)]))
    return out
