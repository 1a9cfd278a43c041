"""Clause geometry around a cue word: where the subject starts, where the reported clause starts (skipping
adjuncts, listeners and "that"), whether a stretch of text looks like a clause, and the subject's shape."""

from __future__ import annotations

import re

from ingest.extract.adjuncts import (
    ADJUNCT_RE,
    LEAD_ADVERBIAL,
    NP_CLAUSE_RE,
    PRONOUN_CLAUSE_RE,
    adjunct_between,
    clause_after_listener,
    is_lead_adverbial,
    object_window,
    read_by_medium,
    subject_clause_at,
)
from ingest.extract.andname import and_clause_break, and_name_subject
from ingest.extract.asides import dash_aside_open
from ingest.extract.clausebreaks import last_break, last_relative
from ingest.extract.clauses_de import (
    DE_PREPOSITIONS,
    DE_RELATIVE,
    de_article_np,
    de_name_apposition_end,
    de_relative_after,
)
from ingest.extract.cues import Token, breaks_before_that, is_cognition, needs_that
from ingest.extract.lexicon import trie_pattern
from ingest.extract.lexicon import words as _w
from ingest.extract.lexicon_people import TITLE_ABBREVIATIONS
from ingest.extract.nounthat import noun_that
from ingest.extract.phrasal import BACK_CUES, find_back_complement
from ingest.extract.quotes import has_words
from ingest.extract.sentences import lead_stamp_end
from ingest.extract.subclause_de import de_after_day, de_trailing_subclause
from ingest.extract.subordinate import subject_after_subordinator

_THAT_RE = re.compile(r"\bthat\b")
_CONJ_ONLY = frozenset(("But", "And", "Yet"))
LISTENER_RE = re.compile(
    # rules-1.213: an outlet named after its kind ("told state news agency TASS", "told the newspaper Kommersant")
    r"\s*(?:(?:the\s+)?(?:(?:state|state-run|state-owned|official|independent|private|[A-Z][a-z]+)\s+)?"
    r"(?:news\s+agency|newspaper|daily|broadcaster|news\s+site|website|magazine)\s+(?:[A-Z][\w’'-]*\s*){1,3}|"
    r"reporters|journalists|lawmakers|parliament|the\s+media|the\s+press|"
    # rules-1.262: the media by their reach ("told local media they …", "told foreign reporters")
    r"(?:local|national|state|state-run|foreign|international|regional|Western|Russian|Ukrainian)\s+"
    r"(?:media|press|reporters|journalists)\b|"
    # rules-1.174: a broadcaster by its medium ("told national television", "told state TV", "told local radio")
    r"(?:(?:national|state|state-run|state-owned|public|local|regional|private|[A-Z][a-z]+)\s+){0,2}"
    r"(?:television|TV|radio)\b(?!\s+(?:that|the|a|an|he|she|it|they)\b)|a\s+(?:[\w-]+\s+){0,2}?"
    r"(?:conference|briefing|committee|hearing|meeting|forum|audience|session)|the\s+(?:[A-Z][\w-]*\s*){1,3}|"
    r"(?:[A-Z][\w’'-]*\s*){1,3}|(?:his|her|their)\s+\w+|(?:a|an|the)\s+\w+(?:\s+(?!(?:the|a|an|its|his|her|their|he|she|it|"
    r"they|we|I|there)\s)\w*)?|this\s+(?:paper|newspaper|website|site|magazine|programme|program|station|reporter)|"
    r"us|them|him|her|(?<=[Tt]old\s)me\b|(?<=tells\s)me\b|"  # rules-1.282: the writer ("she told me the plan …")
    r"(?:staff|employees|workers|investors|shareholders|analysts|students|supporters|residents|voters|delegates|"
    r"members|colleagues|officials|diplomats|troops|soldiers|viewers|listeners|readers|senators|MPs|deputies|"
    r"passengers|customers|clients|patients|parents|farmers|citizens|lawmakers|ministers|leaders|donors|jurors|"
    r"magistrates|councillors|councilors|(?:both|all|each)\s+(?:sides|parties|camps|teams|groups))\b)"  # 1.38
)
_CLAUSE_HINT_WORDS = _w(  # (only tested for a match: a trie of them is tried far faster than a flat alternation)
    "is are was were will would could can should may might must has have had did does do shall took gave went "
    "came saw found left put set cut sent spent built brought began became ran won lost met paid rose fell struck "
    "stood led heard knew grew drew threw thought told said made kept held got felt meant sold bought caught taught "
    "fought hit hurt let shut spread understood wrote broke cost costs beat bet quit split sought lent bent shot "
    "read dealt rang sang swore wore tore chose spoke stole forgot froze hid shook flew take make need want remain "
    "continue plan expect think know see come get give work try show feel become seem stay keep hold face support "
    "oppose ought"
)
_CLAUSE_HINT_RE = re.compile(rf"\b(?:{trie_pattern(_CLAUSE_HINT_WORDS)}|\w{{3,}}ed|\w{{3,}}s|\w+n[’']t)\b")

_DIGIT_RE = re.compile(r"\d")
_FAR_THAT_BREAK_RE = re.compile(
    r"[,;:](?!\d)|[“”\"«»(]|\b(?:and|but|who|which|when|after|before|because|is|are|was|were|has|have|had|will|would)\b"
)
# after a comma, what opens a reported clause: uk/ru "що", "что", …; German "dass" only far from the cue
_CLAUSE_THAT = frozenset(("що", "что", "мол", "мовляв", "дескать", "буцімто", "dass"))  # 1.394: "мовляв"
_MIXED_QUOTE_RE = re.compile(r'\s*[“"«„][^”"»“]{1,200}[”"»“][,;]?\s+\w+\W+\w+')

_OBJECT_WORDS = frozenset(_w("this so nothing it goodbye hello yes no much little something"))
# a preposition or conjunction after the cue and its adjuncts opens no reported clause ("…, its chief
# executive said on Wednesday, despite a fall in orders": rules-1.18)
_NOT_COMPLEMENT = frozenset(["despite", "amid", "although", "though", "whereas", "unless", "and", "but"])


SUBORDINATE_TAIL_RE = re.compile(
    r",\s+(?:as|while|after|before|because|since|amid|although|though|when|whereas|once|unless|until|if|even\s+as|"
    r"despite|even\s+though|even\s+if|in\s+spite\s+of|in\s+(?:the|a|an|what)|whose|with)\s"  # 1.18, 1.30, 1.134
)


# a finite verb right after "das"/"der" is a main clause with a demonstrative subject ("sagte, das sei
# gut"); a relative clause puts its verb last (rules-1.22)
_DE_FINITE_SECOND = frozenset(
    _w(
        "sei seien habe hätte wäre werde würde könne könnte müsse müsste solle sollte dürfe dürfte gebe "
        "ist sind war waren hat hatte wird kann muss soll"
    )
)


def clause_like(s: str, lang: str) -> bool:
    if not has_words(s, 2):
        return False
    if lang != "en":
        return has_words(s, 3)
    return bool(_CLAUSE_HINT_RE.search(s))


def clause_before(left: str, np: str) -> bool:
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
    if first.lower() in LEAD_ADVERBIAL or (first.endswith("ing") and len(first) > 4) or len(pw) <= 3:
        return False
    if first in _AS_LEADS and pw[1].islower() and "," not in prefix:
        return False  # "Як пише Financial Times (з посиланням на …), X наголосив, що …": the source (rules-1.463)
    if prefix.endswith(
        _PLURAL_TITLES
    ):  # "The ranking members of …, Reps. A and B said": an apposition (1.75)
        return False
    if first[-1:] == "." and first[:-1] in TITLE_ABBREVIATIONS:  # "Sens. Tom Carper, Dianne Feinstein, …
        prefix = prefix[len(first) :]  # and Ben Cardin said": "Sens" is no verb (rules-1.75)
    return bool(_CLAUSE_HINT_RE.search(prefix))


_AS_LEADS = frozenset(("Як", "Как"))
# "…, und gab an, …": a separable cue after "und" starts a further statement (rules-1.75)
_PLURAL_TITLES = (", Sens.", ", Reps.", ", Govs.")
_REL_AFTER_COMMA_RE = re.compile(  # a relative clause or a participle's ("…, opened today by X, a report warns")
    r"\s*(?:which|who|whose|whom|where|[a-z]{2,}(?:ed|en)|led|held|run|hit|set|built|made|won|lost|hosted)\s"
)
_ASKED_LEADS = frozenset(_w("asked pressed questioned challenged"))
_LISTENER_CUES = frozenset(_w("warned warns warn assured assures assure reminded reminds informed informs"))
# while: rules-1.13; although, но, але, однак, aber: rules-1.14
_COORD_BREAK_RE = re.compile(
    r",\s+(?:but|yet|whereas|although|though|но|але|однак|однако|aber|while(?!\s+\w+ing\b))\s"
    r"|(?<=\w)\s+but\s(?=(?:the|a|an|its|his|her|their|some|many|police|officials|critics|[A-Z]\w*)\s)"
    r"|,\s+(?:а|і|и|und)\s(?!(?:також|также|ещё|еще|ще|zwar|auch)\b)"  # rules-1.187
)
_FINITE_RE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|shall|does|did|\w{3,}ed|ran|went|came|fell|rose|hit|struck|broke|left|took|"
    r"made|began|sank|burst|spread|shut|lost|won|sold|paid|kept|held|cut|set|sent|spent|built|gave|found|brought)\b"
)  # (kept … brought: rules-1.418, "The bank kept its rate at 6.5%, and its governor said …")


def plural_listener(between: str) -> bool:
    """ "warned shipowners that …", "assured lenders that …": one lowercase plural noun is the listener (1.438)."""
    w = between.strip()
    return 3 < len(w) < 20 and w[-1] == "s" and w[-2] != "s" and w.isalpha() and w.islower()


def clause_start(toks: list[Token], i: int, s: int) -> tuple[int, int]:
    """(relative-clause start, sentence-subject start) for the cue at toks[i]."""
    text = toks[i].string
    cue = toks[i].start()
    brk = last_break(text, s, cue)
    brk = brk if (op := dash_aside_open(text, s, brk, cue)) is None else last_break(text, s, op)  # (1.107)
    if text.find(", ", max(s, brk), cue) != -1 or text.find(" but ", max(s, brk), cue) != -1:
        for m in _COORD_BREAK_RE.finditer(text, max(s, brk + 1), cue):  # "…, but a spokesperson said"
            brk = m.end() - 1
        if text.find(", and ", max(s, brk), cue) != -1:  # "… was cut, and the minister said …" (a clause
            brk = and_clause_break(text, max(s, brk + 1), cue, brk, _FINITE_RE)  # before it, not a list)
    if (k := and_name_subject(text, max(s, brk + 1), cue, _FINITE_RE)) is not None:
        brk = k  # "… were closed and Clinton said …": the name after "and" opens the subject (rules-1.129)
    if (sub := subject_after_subordinator(text, max(s, brk + 1), cue, _FINITE_RE)) is not None:
        return sub, sub  # "Shares … fell 11% after the company warned that …" (rules-1.48)
    if brk >= 0:
        return brk + 1, brk + 1
    rel = last_relative(text, s, cue, toks[i].group())
    start = lead_stamp_end(text, s, cue, True)  # "10:31 A spokesperson … tells reporters"
    lead = toks[1] if len(toks) > 1 and toks[0].group() in _CONJ_ONLY else toks[0] if toks else None
    if lead is not None and is_lead_adverbial(text, lead) and lead.group() not in _CONJ_ONLY:
        # (rules-1.57: also after "And"/"But": "And in a halfhearted endorsement of …, Mrs. Clinton added")
        # "In an interview, X said" ("But Trump, who …, argued": a conjunction, not an adverbial, 1.21)
        comma = text.find(",", s, cue)
        if comma != -1 and lead.group().lower() in _ASKED_LEADS:  # "Asked whether X, Y, would …, Z said"
            f = _FINITE_RE.search(text, comma, cue)  # the lead clause ends after its verb (rules-1.25)
            comma = max(comma, text.find(",", f.end(), cue)) if f else comma
        while comma != -1 and _REL_AFTER_COMMA_RE.match(text, comma + 1):  # "After the report, which found
            if (nxt := text.find(",", comma + 1, cue)) == -1:  # that …, the campaign contended" (rules-1.75)
                break
            comma = nxt
        if comma != -1:
            start = comma + 1
    return (rel if rel is not None else start), start


CLOSE_MARKS = frozenset("\"”’'»")
_CLAUSE_PUNCT = frozenset(_w("; : ” » “ — –"))


_RELATIVE = frozenset(_w("which who that що что dass"))
# Calls and advice whose complement is an object and an infinitive, not a "що"-clause (singular: the
# plural is often impersonal with the object first, "Українців закликали економити …").
_SLAVIC_CALLS = frozenset(
    _w(
        "закликав закликала закликало закликає порадив порадила радить призвал призвала призвало призывает "
        "посоветовал посоветовала советует"
    )
)


def after_that(toks: list[Token], j: int) -> int | None:
    for k in range(j, min(len(toks), j + 3)):
        if toks[k].group().lower() in {"that", "dass", "що", "что"}:
            return toks[k].end()
    return toks[j].start() if j < len(toks) else None


def participle_complement(toks: list[Token], i: int) -> int | None:
    """Start of the clause after ", adding that …", or after ", telling reporters / the BBC that …"
    (None when "telling" has no "that" after its listener)."""
    if toks[i].group().lower() != "telling":
        return after_that(toks, i + 1)
    k = next((j for j in range(i + 2, min(len(toks), i + 9)) if toks[j].group().lower() == "that"), None)
    return toks[k].end() if k is not None else None


def complement_start(text: str, toks: list[Token], i: int, e: int, lang: str) -> int | None:
    """Start offset of the reported clause after the cue at toks[i], or None."""
    t = toks[i]
    low = t.group().lower()
    n = len(toks)
    if lang in ("uk", "ru", "de"):  # de: a far ", dass" ("berichtete X dem Sender im Gespräch, dass", 1.34)
        if lang == "de" and i + 1 < n and toks[i + 1].group().isdigit():
            return None  # "Verdi fordert 8,5 Prozent mehr Lohn, mindestens …": an object (rules-1.31)
        if low in _SLAVIC_CALLS and i + 2 < n and toks[i + 1].group().isalpha():
            return toks[i + 1].start()  # "закликав мешканців не ігнорувати …": the object and the infinitive
        last_k = i + 10 + (4 if lang == "de" and de_after_day(toks, i) else 0)
        past = 0  # rules-1.437: the closing comma of a name in apposition after the subject
        head = lang == "de" and i > 0 and toks[i - 1].group() not in ',“”"»«'  # not a final ", sagte X, Y,"
        for k in range(i + 1, min(n, i + (16 if lang == "de" else 10))):
            tx = toks[k].group()
            if k < past:
                continue
            if tx == "," and head and k < last_k and (past := de_name_apposition_end(toks, k)):
                last_k += past - k
                continue
            if tx == "." and toks[k - 1].group() in TITLE_ABBREVIATIONS:
                last_k += 1  # "sagte der Sprecher Dr. Jan Roth, …": no sentence's end, no word (rules-1.275)
                continue
            if tx in {".", "!", "?"}:
                return None
            if tx in ":," and toks[k - 1].group().isdigit() and _DIGIT_RE.match(text, toks[k].end()):
                continue  # a clock time ("з 17:00") or a decimal comma ("8,5 Prozent", rules-1.31)
            if tx == ":" or tx == ",":
                if k + 1 < n and toks[k + 1].group() in {"“", "«", "„", '"', "»"}:
                    return None  # a direct quote follows
                nxt = toks[k + 1].group().lower() if k + 1 < n else ""
                if nxt not in _CLAUSE_THAT and ((lang != "de" and tx == ",") or k >= last_k):
                    return None
                if (
                    lang == "de"
                    and nxt in DE_RELATIVE
                    and k + 2 < n
                    and toks[k + 2].group()[:1].islower()
                    and (toks[i + 1].group() == "einen" or not de_article_np(toks, k + 2))
                    and toks[k + 2].group() not in _DE_FINITE_SECOND
                ):  # ", der am Sonntag …"; "fordert einen Vertrag, der feste …" (an object's, rules-1.34)
                    return None  # a relative clause, not the reported one
                if lang == "de" and nxt in DE_PREPOSITIONS and de_relative_after(toks, k + 2):
                    return None  # "erzählte von Schichten, in denen sie …": a relative clause (rules-1.23)
                if lang == "de" and k + 1 < n and de_trailing_subclause(text, toks[k + 1].start(), e):
                    return None  # "…, sagte Lindner, wobei er … warnte.": the writer's clause (rules-1.282)
                return (
                    toks[k + 2].start()
                    if nxt in {"що", "что", "dass", "мол", "мовляв", "дескать"} and k + 2 < n
                    else (toks[k + 1].start() if k + 1 < n else None)
                )
        return None
    if low in ("called", "calls", "urged", "urges", "asked", "asks"):
        if i + 1 < n and toks[i + 1].group().lower() in ("on", "upon", "for"):
            return toks[i + 2].start() if i + 2 < n else None
        if low.startswith("urge") and any(tk.group().lower() == "to" for tk in toks[i + 1 : i + 8]):
            return toks[i + 1].start() if i + 1 < n else None
        return None
    if low in BACK_CUES:  # rules-1.42: "hit back that …"
        return find_back_complement(text, t.end(), e)
    # "that" within an adjunct-only stretch
    reach = 26 if i + 1 < n and toks[i + 1].group() == "," else 14  # "said, after …, in …, that" (1.50)
    far = reach == 14 and low in ("told", "tells")  # rules-1.252: a long listener ("told a crowd of 2,000 …")
    reach = 30 if far or (reach == 14 and read_by_medium(text, t.end())) else reach  # rules-1.393
    window_end = toks[min(n, i + reach) - 1].end() if i + 1 < n else t.end()
    for k in range(i + 1, min(n, i + reach) if "that" in text[t.end() : window_end].lower() else 0):
        tk = toks[k]
        if tk.group().lower() == "that":
            between = text[t.end() : tk.start()]
            if noun_that(between, toks[k - 1].group()):
                return None  # "said on Monday, after complaints that …": the noun's clause (rules-1.408)
            if low[:3] == "tel" or low == "told":
                lm = LISTENER_RE.match(text, t.end(), tk.start())
                if (
                    lm is not None
                    and lm.end() > t.end()
                    and clause_after_listener(text, lm.end(), tk.start())
                ):
                    return lm.end()  # "told reporters there had been "no incident that …"" (rules-1.306)
            if far and k - i >= 14 and _FAR_THAT_BREAK_RE.search(between):
                break  # past the usual reach only across one listener phrase (rules-1.252)
            if breaks_before_that(toks, k) and not LISTENER_RE.fullmatch(
                text[t.end() : toks[k - 1].start()].strip()
            ):
                break  # "told parliament the breach was unacceptable and that …": a clause before "and that"
            if (
                low in ("told", "tells", "tell")
                or (
                    low in _LISTENER_CUES
                    and (LISTENER_RE.fullmatch(between.rstrip()) or plural_listener(between))
                )
                or not between.strip()
                or adjunct_between(between, PRONOUN_CLAUSE_RE.search(between) is None)
            ):
                return tk.end()
            break
        if tk.group() in {".", ";", "!", "?"}:
            break
    if i + 1 < n and toks[i + 1].group() == ":":
        return toks[i + 2].start() if i + 2 < n and toks[i + 2].group() not in {"“", '"', "«"} else None
    if needs_that(low):
        if not is_cognition(low) and (m := PRONOUN_CLAUSE_RE.match(text, t.end(), e)) is not None:
            return m.start("pron")  # "confirmed it had received …", "warned they would …"
        if not is_cognition(low) and (
            m := NP_CLAUSE_RE.match(text, t.end(), e) or subject_clause_at(text, t.end(), e)
        ):
            return m.start("np")  # "insisted the plan would work"
        return None
    p = t.end()
    if low in ("told", "tells", "tell"):
        m = LISTENER_RE.match(text, p, e)
        if not m:
            return None
        p = m.end()
    m = ADJUNCT_RE.match(text, p, e)
    while m and m.end() > p:
        p = m.end()
        m = ADJUNCT_RE.match(text, p, e)
    rest = text[p:e]
    if not rest.strip() or rest.lstrip()[0] in ",.;:" or not clause_like(rest, lang):
        return None
    if rest.lstrip()[0] in '“"«„' and not _MIXED_QUOTE_RE.match(rest):
        return None  # the complement is a direct quote (handled by the quote finder)
    words = rest.split(None, 3)
    first = words[0].lower()
    if first in _NOT_COMPLEMENT:
        return None
    if first in _OBJECT_WORDS and not _CLAUSE_HINT_RE.search(" ".join(object_window(words))):
        return None
    if len(words) == 2 and first in _OBJECT_DETERMINERS:
        return None  # "…, announcing the tariffs.": an object, no reported clause (rules-1.23)
    return p


_OBJECT_DETERMINERS = frozenset(_w("the a an its his her their our new"))
