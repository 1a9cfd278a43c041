"""The fast scanners of the extractor give exactly what the plain versions they replace give.

For speed the extractor finds cue words, mentions, claims, sentence ends and quote marks with patterns
that re can scan in C (a character class first, see ``cues.guarded``) or with str.find, and tests
abbreviations with a lookup. Each is checked here against a straightforward reference on generated
text; the golden-output test (test_extract_golden.py) checks the whole pipeline."""

from __future__ import annotations

import os
import re
from bisect import bisect_right

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.extract import (
    claims,
    clausebreaks,
    clauses,
    complements,
    cues,
    final,
    mentions,
    mentions_en,
    namenorm,
    names,
    nouncontext,
    personnames,
    plausible,
    quotes,
    reported,
    secondpred,
    sentences,
)

SETTINGS = settings(
    max_examples=int(os.environ.get("SCAN_EXAMPLES", "400")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def text_of(*pieces: str, size: int = 14) -> st.SearchStrategy[str]:
    """Strings glued from ``pieces``: words, marks and separators that exercise one scanner."""
    return st.lists(st.sampled_from(pieces), max_size=size).map("".join)


SEPARATORS = (" ", "  ", "\n", ",", ".", "-", "’", "'", "“", "”", "(", "÷", "é", "_", "1", "\u0482", "\u00a0")

# --- cue words ----------------------------------------------------------------------------------


def reference_cues(text: str, lang: str) -> list[tuple[int, int, str]]:
    pattern = re.compile(r"\b" + cues._CUE_BODY[lang])
    low = text.lower()
    if len(low) != len(text):
        return [(m.start(), m.end(), m.group()) for m in re.compile(pattern.pattern, re.I).finditer(text)]
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(low)]


@SETTINGS
@given(
    text_of(
        *SEPARATORS, "said", "Said", "unsaid", "says", "according to", "told", "states", "İ", "ẞ",
        "sagte", "laut", "so", "заявив", "за словами", "сказал", "как", "йдеться", "x", "re-",
    ),
    st.sampled_from(["en", "de", "uk", "ru", "fr"]),
)  # fmt: skip
def test_find_cues_matches_the_plain_pattern(text: str, lang: str) -> None:
    assert cues.find_cues(text, lang) == reference_cues(text, "en" if lang == "fr" else lang)


# --- mentions -----------------------------------------------------------------------------------


@SETTINGS
@given(
    text_of(
        *SEPARATORS, "Olena ", "Marchenko", "President ", "Barack ", "Obama", "Mr. ", "Kerry", "of ", "State ",
        "John ", "Deputy ", "Minister ", "Verteidigungsministerin ", "Sandra ", "Kühn", "Олена ", "Литвин",
        "Міністр ", "Прем’єр-міністр ", "Chair", "man ", "’s", "Dr.", "Sen.", "Jean-", "Claude ", "Hans-", "/",
        "Innenminister ", "Ex-", "U.S.", ".",
    ),
    st.sampled_from(["en", "de", "uk"]),
)  # fmt: skip
def test_mention_scan_matches_finditer(text: str, lang: str) -> None:
    plain = mentions.mention_re("plain-de" if lang == "de" else "plain")
    want = [(m.start(), m.end(), m.group("title"), m.group("name")) for m in plain.finditer(text)]
    got = [
        (m.start("m"), m.end("m"), m.group("title"), m.group("name"))
        for m in mentions._mention_matches(text, lang)
    ]
    assert got == want


# --- sentences ----------------------------------------------------------------------------------


def reference_abbreviation(text: str, ps: int, dot: int) -> bool:
    if text[dot - 1 : dot].isdigit() and dot - 1 >= 0:
        return sentences._is_ordinal(text, ps, dot)  # "am 3. Oktober" (German ordinals)
    if dot - ps >= 3 and text[dot - 3 : dot].isalpha() and text[dot - 3 : dot].islower():
        k = max(text.rfind(" ", ps, dot), text.rfind("\n", ps, dot), ps - 1)
        if dot - k > 8:
            return False
    j = dot
    while j > ps and (
        text[j - 1].isalnum() or (text[j - 1] == "." and j - 2 >= ps and text[j - 2].isalnum())
    ):
        j -= 1
    word = text[j:dot]
    if not word:
        return False
    last = word.rsplit(".", 1)[-1]
    return word in sentences._ABBREVIATIONS or (len(last) == 1 and last.isupper())


def reference_unit_end(text: str, ps: int, dot: int) -> bool:
    word = text[ps:dot].rsplit(" ", 1)[-1]
    nxt = text[dot + 1 : dot + 4]
    if nxt[1:2] in ("«", "„", "“", '"'):  # an opening quote mark before the capital (rules-1.124)
        nxt = nxt[0] + nxt[2:]
    return word in {"млн", "млрд", "тис", "тыс", "грн", "руб"} and len(nxt) >= 2 and nxt[1].isupper()


def reference_split(text: str, quote_spans: list[tuple[int, int]]) -> list[sentences.Sentence]:
    spans = sorted(quote_spans)
    out: list[sentences.Sentence] = []
    pi = -1
    for pm in re.finditer(r"[^\n]+", text):
        if pm.group().isspace():
            continue
        pi += 1
        ps, pe = pm.span()
        cur, first = ps, True
        for m in sentences.SENT_END_RE.finditer(text, ps, pe):
            cut = m.end()
            i = bisect_right([s for s, _ in spans], cut - 1) - 1
            if i >= 0 and spans[i][0] < cut - 1 < spans[i][1]:
                continue
            if (
                text[m.start()] == "."
                and reference_abbreviation(text, ps, m.start())
                and not re.search(r"[\"”»“]", m.group())
                and not reference_unit_end(text, ps, m.start())
            ):
                continue
            seg = text[cur:cut]
            if seg.strip():
                s = cur + len(seg) - len(seg.lstrip())
                out.append(sentences.Sentence(s, s + len(seg.strip()), pi, first))
                first = False
            cur = cut
        seg = text[cur:pe]
        if seg.strip():
            s = cur + len(seg) - len(seg.lstrip())
            out.append(sentences.Sentence(s, s + len(seg.strip()), pi, first))
    return out


SENTENCE_PIECES = (
    "Mr. ", "Smith", " said. ", "He", "\n", "\n\n", " \n", "“", "”", ". ", "! ", "? ", "U.S. ", "A", "b", "...", " 3.5 ",
    "»", "«", "  ", ".", "…", '"', ")", "(", "1", "т.д. ", "млн. ", "грн. ", "approx. ", "infrastructure. ", "x-etc. ", "З",
)  # fmt: skip


@SETTINGS
@given(text_of(*SENTENCE_PIECES, size=18))
def test_split_sentences_matches_the_paragraph_scan(text: str) -> None:
    spans = [(q.open_pos, q.close_pos) for q in quotes.find_quotes(text)]
    assert sentences.split_sentences(text, spans) == reference_split(text, spans)
    assert sentences.split_sentences(text) == reference_split(text, [])


@SETTINGS
@given(
    text_of(*SENTENCE_PIECES, "Co", "Sept", "z.B", "р", "г", "ст", "tp", "am ", "der ", "12", "3", size=10)
)
def test_abbreviation_test_matches_the_word_scan(text: str) -> None:
    for dot, ch in enumerate(text):
        if ch == ".":
            for ps in range(dot + 1):
                assert sentences._is_abbreviation(text, ps, dot) == reference_abbreviation(text, ps, dot)


# --- quote marks, claims ------------------------------------------------------------------------


@SETTINGS
@given(text_of(*SEPARATORS, "«", "»", "„", "‚", "‘", "‹", "›", "‟", "a"))
def test_char_positions_matches_the_pattern(text: str) -> None:
    assert quotes.char_positions(text, quotes.QUOTE_CHARS) == [
        m.start() for m in quotes.QUOTE_CHAR_RE.finditer(text)
    ]


NOT_WORD = str.maketrans({c: " " for c in ".,;:!?\"'()«»„“”’‘—–-/"})


@SETTINGS
@given(
    text_of(
        *SEPARATORS, "12", "3.5", "1,200", "40%", "%", "one ", "two", "ONE", "half", "up to ", "more than ",
        "million", " times", "ein ", "Hälfte", "понад ", "тис", "×", "÷", ":", "May ", "2024", "ä",
    ),
    st.sampled_from(["en", "de", "uk"]),
)  # fmt: skip
def test_claims_match_the_plain_pattern(text: str, lang: str) -> None:
    """Same claims and every group at the same offsets (the group texts may come from the lower-cased
    text: find_claims takes case-sensitive texts from the quote by offsets)."""
    groups = [g for g in claims._CLAIM_HEAD_RE.groupindex if g != "m"]
    want = [(m.span(), [m.span(g) for g in groups]) for m in claims.CLAIM_RE.finditer(text)]
    got = [(m.span("m"), [m.span(g) for g in groups]) for m in claims._claim_matches(text)]
    assert got == want
    words = set(text.lower().translate(NOT_WORD).split())
    assert claims._has_number_word(text) == (not claims._NUMBER_WORDS.isdisjoint(words))


# --- guarded patterns (a character class first) ---------------------------------------------------


GUARDED = [
    (secondpred.CUT_RE, secondpred.CUT_RE.pattern),
    (complements.SPLIT_RE, complements.SPLIT_RE.pattern),
    (reported._THAT_AHEAD_RE, reported._THAT_AHEAD_RE.pattern),
    (clausebreaks._RELATIVE_RE, clausebreaks._RELATIVE_RE.pattern),
    (plausible._CLAUSE_VERB_RE, plausible._CLAUSE_VERB_RE.pattern),
]


def unguarded(pattern: str) -> re.Pattern[str]:
    """The pattern inside ``guarded``'s lookahead."""
    inner = pattern[pattern.index("(?<=(?=") + len("(?<=(?=") : -len(")(?s:.))")]
    return re.compile(inner)


@SETTINGS
@given(
    text_of(
        *SEPARATORS, ";", "; ", ", speaking", ", according to", " and that ", ", adding ", "”, adding ",
        " although she said ", "who", "WHO", "That", "that", "dass", "що", "Что", "is", "İs", "ſhall", "was",
        "будет", " speaking on condition", ":", "x",
    )
)  # fmt: skip
def test_guarded_patterns_find_the_same_matches(text: str) -> None:
    for fast, pattern in GUARDED:
        plain = unguarded(pattern)
        want = [m.start() for m in plain.finditer(text)]
        got: list[int] = []
        end = 0
        for m in fast.finditer(text):  # guarded matches may overlap; keep those finditer gives
            if m.start() >= end:
                full = plain.match(text, m.start())
                assert full is not None
                got.append(m.start())
                end = max(full.end(), m.start() + 1)
        assert got == want


def test_first_letters_covers_case_insensitive_matches() -> None:
    cls = re.compile(cues.first_letters(["is", "sind", "kein", "war"]))
    for c in map(chr, range(0x3000)):
        if re.match(r"(?i)[iskw]", c):
            assert cls.match(c), c


def test_word_chars_are_word_characters() -> None:
    cls = re.compile(f"[{cues.WORD_CHARS}]")
    assert all(c.isalnum() or c == "_" for c in map(chr, range(0x10000)) if cls.match(c))


# --- name runs ----------------------------------------------------------------------------------


def reference_runs(tokens: list[str], lang: str) -> list[list[int]]:
    """Capitalised tokens joined over one particle (in German not over "der" alone but after
    "Von"/"Van", rules-1.33), or over a
    particle pair (in German only after one word)."""
    runs: list[list[int]] = []
    cur: list[int] = []
    between: list[int] = []
    for i, t in enumerate(tokens):
        if not t[:1].isupper():
            between.append(i)
            continue
        gap = tuple(tokens[k] for k in between)
        joins = cur and (
            not gap
            or (
                len(gap) == 1
                and gap[0] in personnames._PARTICLES
                and (lang != "de" or gap[0] != "der" or tokens[i - 2] in ("Von", "Van"))
            )
            or (len(gap) == 2 and gap in personnames._PARTICLE_PAIRS and (lang != "de" or len(cur) == 1))
        )
        if joins:
            cur += [*between, i]
        else:
            if cur:
                runs.append(cur)
            cur = [i]
        between = []
    if cur:
        runs.append(cur)
    return runs


@SETTINGS
@given(
    st.lists(st.sampled_from("de van der den la Ursula von Von Leyen the Trump x Al al".split())),
    st.sampled_from(["en", "de"]),
)
def test_name_runs_match_the_token_loop(tokens: list[str], lang: str) -> None:
    assert personnames._name_runs(tokens, lang) == reference_runs(tokens, lang)


# --- coordination after a final attribution ------------------------------------------------------

COORD_PLAIN_RE = re.compile(r"(?:\s+(?:on\s+)?\w+day)?,\s+(?:and|but)\s")


@SETTINGS
@given(
    text_of("on", "Monday", "holiday", "day", ",", ", ", "and", "but", " ", "\n", "\t", "said", "x", size=16)
)
def test_coordination_cut_matches_the_plain_pattern(tail: str) -> None:
    m = COORD_PLAIN_RE.search(tail)
    assert final.coordination_cut(tail) == (m.start() if m else None)


# --- speed-1: quotations skipped, string tests before regexes, ASCII classes ----------------------


@SETTINGS
@given(
    text_of(
        *SEPARATORS, "said", "Said", "told", "according to", "as he said", "as ", "“", "”", "«", "»", '"',
        "sagte", "laut", "заявив", "за словами", "x",
    ),
    st.sampled_from(["en", "de", "uk"]),
)  # fmt: skip
def test_find_cues_outside_quotations(text: str, lang: str) -> None:
    spans = [(q.open_pos, q.close_pos) for q in quotes.find_quotes(text)]
    starts = [a for a, _ in spans]

    def outside(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        return [c for c in found if not quotes.in_quote(c[0], spans, starts)]

    assert outside(cues.find_cues(text, lang, spans)) == outside(reference_cues(text, lang))


@SETTINGS
@given(
    text_of(" ", "  ", "\n", "\t", ",", "(", "_", "é", "\u00a0", "the", "The", "an", "its", "İts", "ſ", "United", "x", "2")
)  # fmt: skip
def test_noun_context_matches_the_regex(text: str) -> None:
    for pos in range(len(text) + 1):
        want = nouncontext._NOUN_CONTEXT_RE.search(text, max(0, pos - 12), pos) is not None
        assert nouncontext.noun_context(text, pos) == want


@SETTINGS
@given(
    text_of(
        " ", "\t", ",", "\n", "KYIV", "Kyiv", "(Reuters)", "(dpa/lni)", "-", "—", "11:20", "9.30", "GMT", "am",
        "Lüneburg", "ИНТЕРФАКС-УКРАИНА", "Киев", "A", "1", "٣", "x",
    ),
    st.booleans(),
)  # fmt: skip
def test_lead_stamp_end_matches_the_regex(text: str, first: bool) -> None:
    for s in range(len(text) + 1):
        if not first and (s - text.rfind("\n", 0, s) > 26 or not text[s : s + 1].isalpha()):
            want = s
        else:
            m = sentences.LEAD_STAMP_RE.match(text, s, len(text))
            want = m.end() if m is not None else s
        assert sentences.lead_stamp_end(text, s, len(text), first) == want


@SETTINGS
@given(text_of("a", "b", "aa", "\n", "İ", "ı", "X", "x", size=10))
def test_collapse_runs_matches_the_substitution(word: str) -> None:
    assert names._collapse_runs(word) == re.sub(r"(.)\1+", r"\1", word)


@SETTINGS
@given(text_of("i", "e", "a", "o", "u", "ii", "x", "\n", size=10))
def test_vowel_glide_matches_the_template_substitution(word: str) -> None:
    assert names._VOWEL_GLIDE_RE.sub("", word) == re.sub(r"i([eauo])", r"\1", word)


@SETTINGS
@given(text_of(*SEPARATORS, "is", "IS", "Was", "that", "Because", "xis", "is_", "CAN", "mays", "a"))
def test_ascii_patterns_match_the_general_ones(text: str) -> None:
    if text.isascii():
        want = plausible._CLAUSE_VERB_RE.search(text) is not None
        assert (plausible._CLAUSE_VERB_LOWER_RE.search(text.lower()) is not None) == want
    plain = re.compile(r"\w+(?:[’'\-]\w+)*|[^\w\s]")
    assert [m.span() for m in cues.WORD_TOKEN_RE.finditer(text)] == [m.span() for m in plain.finditer(text)]


# The clause hint as the flat alternation it was before its words became a trie (speed round four).
_FLAT_CLAUSE_HINT_RE = re.compile(
    r"\b(?:is|are|was|were|will|would|could|can|should|may|might|must|has|have|had|did|does|do|shall|"
    r"\w{3,}ed|\w{3,}s|\w+n[’']t|took|gave|went|came|saw|found|left|put|set|cut|sent|spent|built|brought|began|"
    r"became|ran|won|lost|met|paid|rose|fell|struck|stood|led|heard|knew|grew|drew|threw|thought|told|said|made|"
    r"kept|held|got|felt|meant|sold|bought|caught|taught|fought|hit|hurt|let|shut|spread|understood|wrote|broke|"
    r"cost|costs|beat|bet|quit|split|sought|lent|bent|shot|read|dealt|rang|sang|swore|wore|tore|"
    r"chose|spoke|stole|forgot|froze|hid|shook|flew|take|make|need|want|remain|continue|plan|expect|think|know|"
    r"see|come|get|give|work|try|show|feel|become|seem|stay|keep|hold|face|support|oppose|ought)\b"
)


@SETTINGS
@given(text_of("is", "was", "a", "can", "cans", "know", "known", "ought", "ed", "s", "n’t", "x", *SEPARATORS))
def test_clause_hint_trie_finds_what_the_flat_alternation_finds(text: str) -> None:
    assert (clauses._CLAUSE_HINT_RE.search(text) is None) == (_FLAT_CLAUSE_HINT_RE.search(text) is None)


# --- speed-5: scans that start at a capital or a literal ---------------------------------------------

# en_role_name_mentions' pattern before: a role noun tried at every lower-case letter
_EN_ROLE_NAME_PLAIN_RE = re.compile(
    r"(?<![\w’'-])(?P<role>[a-z]{3,})[ \t]+(?P<name>[A-Z][a-zà-ÿ’'-]+[ \t]+[A-Z][a-zà-ÿ’'-]+)(?=[ \t]+[a-z]|,)"
)


@SETTINGS
@given(
    text_of(
        *SEPARATORS, "coach ", "farmer ", "the ", "The ", "ward ", "councillor ", "Dev ", "Malik", " said", " told",
        "Tunde ", "Bakare", "\t", "ab ", "x", "Britain's ", "and ", ", ", ". ", "Kyiv ", "Police ", "O’Neill", "-",
        "ab Dev Malik said", "coach Tunde Bakare, ", "xcoach Dev Malik told", "the  Dev Malik said",
    ),
)  # fmt: skip
def test_en_role_names_match_the_plain_pattern(text: str) -> None:
    starts = [m.start("name") for m in _EN_ROLE_NAME_PLAIN_RE.finditer(text)]
    found = [
        (m.start("name"), m.group("name"), m.group("role")) for m in _EN_ROLE_NAME_PLAIN_RE.finditer(text)
    ]
    assert [(m.start(), m.group(), r) for m, r in _pairs(text)] == found
    assert all(pos in starts for pos, _, _ in mentions_en.en_role_name_mentions(text, set()))


def _pairs(text: str) -> list[tuple[re.Match[str], str]]:
    out = []
    for m in mentions_en._EN_NAME_PAIR_RE.finditer(text):
        at, end = mentions_en._role_span(text, m.start())
        if at >= 0:
            out.append((m, text[at:end]))
    return out


@SETTINGS
@given(
    text_of(
        *SEPARATORS, "al-", "el-", "l-", "аль-", "ель-", "Mansouri", "Мансури", "well-", "Known", "x", "A"
    )
)
def test_name_articles_match_the_plain_substitution(text: str) -> None:
    plain = namenorm._NAME_ARTICLE_RE.sub(lambda m: m.group().capitalize(), text)
    assert namenorm.capitalise_name_articles(text) == plain
