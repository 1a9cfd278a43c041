"""Cue-verb lookup per language, word tokens with offsets, and the candidate record shared by the
direct-quote and reported-speech finders (``Raw``, defined in ``raw``)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.extract.given_names import is_first_name
from ingest.extract.lexicon import (
    DE_PARTICLE_CUES,
    DE_PERFECT_PARTICIPLES,
    DE_SPEECH_CUES,
    EN_COGNITION,
    EN_NEEDS_THAT,
    EN_SPEECH_CUES,
    SLAVIC_AFTER_QUOTE_CUES,
    SLAVIC_EVIDENCE_CUES,
    SLAVIC_OBJECT_CUES,
    UK_RU_CUES,
)
from ingest.extract.lexicon import trie_pattern as trie_pattern  # re-exported
from ingest.extract.lexicon import words as _w
from ingest.extract.lexicon_de import DE_HABEN, DE_WERDEN
from ingest.extract.lexicon_slavic import SLAVIC_DOC_PASSIVES, SLAVIC_NOT_EXCLUDE_CUES, UK_ONLY_CUES
from ingest.extract.nouncontext import noun_context as noun_context  # re-exported
from ingest.extract.raw import Raw as Raw  # re-exported

# The matches of r"\w+(?:[’'\-]\w+)*|[^\w\s]", written to start with a character class (\S) so that
# the engine skips white space in C instead of trying both alternatives there; the repeated group only
# after a first "’", "'" or "-" (re sets up a group's repeat, an allocation, at every token otherwise).
WORD_TOKEN_RE = re.compile(r"\S(?:(?<=\w)\w*(?:[’'\-]\w+(?:[’'\-]\w+)*|)|(?<!\w))")
_CUE_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(EN_SPEECH_CUES),
    "de": frozenset(DE_SPEECH_CUES),
    "uk": frozenset(UK_RU_CUES) | UK_ONLY_CUES,
    "ru": frozenset(UK_RU_CUES),
}


def guarded(pattern: str, first: str) -> re.Pattern[str]:
    """``pattern`` compiled for fast searching: a one-character match at a character of the class
    ``first`` (every character a match of ``pattern`` can start with) whose lookbehind holds
    ``pattern`` as a lookahead. A pattern that starts with a character class is scanned in C, the
    other positions skipped; one that starts with ``\\b``, a lookaround or a repeat is tried at every
    position. ``m.start()`` is where ``pattern`` matched; use named groups for its extent (``m.end()``
    is ``m.start() + 1``, and finditer may give overlapping matches). Flags go inline (``(?i:…)``)."""
    return re.compile(rf"{first}(?<=(?=(?:{pattern}))(?s:.))")


# Common word characters (each of them matches \w): ASCII, Latin-1 and Latin Extended-A/B letters,
# Cyrillic letters. A class of everything else is a superset of the non-word characters that re can
# test quickly (a negated \w tests the Unicode category of every character).
WORD_CHARS = "0-9A-Za-z_\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0400-\u0481\u048a-\u04ff"
_CASE_EXTRA = {"i": "İı", "s": "ſ", "k": "\u212a"}  # what re.I also matches for these letters


def first_letters(words: Iterable[str]) -> str:
    """A character class of the first letters of ``words`` in both cases, as re.I matches them (the
    ``first`` argument of guarded for a case-insensitive pattern)."""
    chars: set[str] = set()
    for w in words:
        c = w[:1].lower()
        chars.update((c, c.upper(), *_CASE_EXTRA.get(c, "")))
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


_EXTRA = {
    "en": r"|according to\b|as\s(?=[^,.]{2,60}?\s(?:reported|said|noted|told|wrote|stated|announced|explained)\b)"
    r"|in\s(?=(?:his|her|their)\s(?:view|words|opinion|estimation),)",  # rules-1.60: "…, in his view, …"
    "de": r"|gemä(?:ß|ss)\s(?!(?:de[mnr]\s|die\s)?(?:artikel|art\.|§|paragra|absatz|ziffer|gesetz|verfassung|vertrag|verordnung|vorschrift|richtlinie|statut|regel|plan|abkommen|beschluss|urteil))|(?:laut|zufolge|angaben|einschätzung|ansicht|auffassung|darstellung|so)\b"
    # rules-1.11: "Nach Informationen der Zeitung …"; rules-1.19: "Nach Schätzungen der UN …"
    r"|nach\s+(?:informationen|auskunft|schätzungen|berechnungen|erkenntnissen|aussagen?)\b"  # 1.25: "Aussage(n)"
    # rules-1.140: an adjective before the findings ("Nach ersten Erkenntnissen der Polizei …"), and one
    # estimate by a named source ("… dürfte sich nach Schätzung der Universität auf … belaufen")
    r"|nach\s+[a-zäöü]\w+en\s+(?:informationen|schätzungen|berechnungen|erkenntnissen)(?=\s+(?:des|der|von)\s)"
    r"|nach\s+schätzung(?=\s+(?:des|der|von)\s)|aus\s+sicht(?=\s+(?:des|der|von)\s)"  # 1.238: "Aus Sicht der X"
    r"|nach\s+(?:[a-zäöü]\w+en\s+)?(?:zahlen|daten)(?=\s+(?:des|der|von)\s)"  # rules-1.71: "Nach Zahlen des X"
    r"|nach\s+(?:seinen|ihren|den|\w{2,}?(?:s|[sxzß][’']))?\s*(?:worten|zahlen|daten)\b"  # 1.15; 1.256; 1.344 "Nach Ficos Worten"
    r"|nach\s+(?:\w{4,}?(?:angaben|informationen|berichten)|einem\s+bericht|berichten|meldungen)\b"  # 1.25, 1.34
    r"|nach\s+einer\s+(?:[a-zäöü]\w+en\s+)?(?:studie|umfrage|untersuchung|analyse|prognose|schätzung|erhebung|statistik|auswertung|hochrechnung)\b"
    r"|(?:gab|gaben|gibt|wies|wiesen|weist)\s(?=(?:[\w-]+\s+){0,5}?(?:an|bekannt|zu|hin|zu\s+protokoll),)"  # 1.25, 1.166
    r"|(?:hielt|hielten|hält|wandte|wandten|wendet)\s(?=(?:[\w-]+\s+){0,5}?(?:entgegen|dagegen|ein|vor|fest(?=,\s+dass\s)),)"  # 1.27, 1.38, 1.382
    r"|(?:rechnete|rechneten|rechnet)(?=\s(?:[\w-]+\s+){0,5}?(?:vor(?:,|\s*[.!])|damit,\s+dass\s))"  # 1.29, 1.169
    r"|begründe(?:te|ten|t)(?=\s(?:[\w-]+\s+){0,5}?damit,\s+dass\s)"  # 1.388: "begründete X damit, dass"
    r"|(?:schloss|schlossen|schließt)\s(?=(?:[\w-]+\s+){0,5}?nicht\s+aus,\s+dass\s)"  # 1.399: "schloss nicht aus, dass"
    r"|(?:geht|gehen|ging|gingen)(?=\s(?:[\w-]+\s+){0,4}?davon\s+aus,\s+dass\s)"  # 1.189: "geht davon aus, dass"
    r"|(?:machte|machten|macht)(?=\s(?:[\w-]+\s+){0,6}?deutlich,)"  # 1.35: "machte … deutlich, dass"
    r"|(?:ließ|ließen|lässt)\s(?=(?:[\w-]+\s+){0,8}?(?:verlauten|mitteilen|erklären|wissen|verbreiten|ausrichten),)"
    r"|(?:gestand|gestanden|gesteht)\s(?=(?:[\w-]+\s+){0,5}?ein,)"  # 1.61, 1.63
    r"|(?:warf|warfen|wirft|werfen|schlug|schlugen|schlägt|schlagen)\s(?=(?:[\w-]+\s+){0,6}?vor,)"  # 1.90, 1.111
    r"|(?:machte|machten|macht)\s(?=(?:[\w-]+\s+){0,5}?geltend,)"  # 1.88: "Der Kläger machte geltend, …"
    r"|(?:hat|hatte|hatten|haben)\s(?=(?:[\w-]+\s+){0,5}?geltend\s+gemacht,)"  # 1.88: "hatte geltend gemacht, …"
    r"|(?<!“, )(?<!\", )(?<!», )(?:hob|hoben|hebt)\s(?=(?:[\w-]+\s+){0,5}?hervor(?:,|\s*[.!]))"  # rules-1.169, and the next three
    r"|(?<!“, )(?<!\", )(?<!», )(?:führte|führten|führt)\s(?=(?:[\w-]+\s+){0,5}?aus(?:,|\s*[.!]))"
    r"|(?<!“, )(?<!\", )(?<!», )(?:stellte|stellten|stellt)\s(?=(?:[\w-]+\s+){0,5}?(?:fest|klar|heraus)(?:,|\s*[.!]))"
    r"|(?:zeigte|zeigten|zeigt)\s(?=sich\s+(?:[\w-]+\s+){0,5}?(?:überzeugt|zuversichtlich|optimistisch|"
    r"besorgt|enttäuscht|erleichtert|skeptisch),\s+dass\s)"
    r"|wie\s(?=[^,]{2,80}?\sbekannt\s+(?:gab|gaben|gibt|gegeben\s+hat)\s*,)"
    r"|(?<=, )(?:ließ|ließen|lässt)\s(?=(?:[\w-]+\s+){0,6}?(?:mitteilen|verlauten|ausrichten)\s*[.!])",  # 1.275
    "uk": r"|(?:за|по|на|со|зі|із)\s+(?:\w+\s+)?(?:словам\w*|слов|даним\w*|данным|інформаці\w*|информаци\w*|думку|"
    r"мнению|оцін\w*|оценк\w*|подсч[её]т\w*|підрахунк\w*|расч[её]т\w*|розрахунк\w*|твердженн\w*|утверждени\w*|"
    r"прогноз\w*|переконання|убеждению|погляд|взгляд)\b|словами\b|як\b|как\b"  # rules-1.67: "По расчётам X, …"
    r"|(?:мовляв|мол|дескать)(?=,\s)"  # rules-1.394: the particle of reported speech ("Частину коштів, мовляв, …")
    r"|(?:йдеться|говориться|говорится|зазначено|отмечается|наводяться|наводиться|приводятся|приводится|"
    r"містяться|содержатся|сообщается|повідомляється|сказано|указано|вказано|" + SLAVIC_DOC_PASSIVES + r")\b"
    # rules-1.33: "Рибак звернув увагу, що …", "Она обратила внимание на то, что …"
    r"|(?:звернув|звернула|звернули|обратил|обратила|обратили"
    r"|звертає|звертають|обращает|обращают)(?=\s+(?:увагу|внимание)(?:,|\s+на\s+(?:те|то),))"  # 1.88: present
    # rules-1.35: "…, свідчить звіт.", "…, свидетельствуют данные опроса." (a report or data, then the end)
    r"|(?:свідчить|свідчать|свидетельствует|свидетельствуют)(?=\s+(?:звіт|дан|статистик|дослідженн|"
    r"опитуванн|документ|результат|отчет|исследовани|опрос)\w*(?:\s+\w+){0,3}\s*[.!?])"
    r"|(?:(?<=[»”\"], — )|(?<=[»”\"] — ))показ(?:ывают|ывает|ують|ує|ал|ала|ав)\b"  # 1.76: "«…», — показывает X"
    r"|(?<=\bне )(?:виключ|исключ)(?:ає|ають|ив|ила|или|ает|ают|ил)(?=,?\s+(?:що|что)\s)",  # 1.190: "не виключає, що"
}
_EXTRA["ru"] = _EXTRA["uk"]
# rules-1.388: "Das Gericht begründete seine Entscheidung damit, dass …": a cue of the scan only before "damit,
# dass" (its lookahead), no cue word elsewhere ("In seiner Rede begründete der Präsident seine Position so: „…“")
_DE_REASON_CUES = frozenset(("begründet", "begründete", "begründeten"))
_LOOKAHEAD_ONLY = DE_PARTICLE_CUES | SLAVIC_OBJECT_CUES | SLAVIC_EVIDENCE_CUES
_LOOKAHEAD_ONLY |= frozenset(SLAVIC_AFTER_QUOTE_CUES) | frozenset(SLAVIC_NOT_EXCLUDE_CUES)
_CUE_BODY = {
    # (the particle, object, evidence, after-quote and "не" cues only through the lookaheads of _EXTRA)
    lang: r"(?:" + trie_pattern(words - _LOOKAHEAD_ONLY) + r"\b" + _EXTRA[lang] + ")"
    for lang, words in _CUE_WORDS.items()
}


def _flat_body(words: frozenset[str], extra: str) -> str:
    """The English body as one alternation of per-first-letter tries (each with its ``\b``) with the
    extras after the "a" branch: the same matches in the same order of trial (the branches exclude
    each other by their first letter), but the engine tries one level of alternatives per position."""
    by_first: dict[str, list[str]] = {}
    for w in sorted(words):
        by_first.setdefault(w[0], []).append(w)
    alts: list[str] = []
    for c in sorted(by_first):
        alts.append(trie_pattern(by_first[c]) + r"\b")
        if c == "a":
            alts.append(extra[1:])
    return "(?:" + "|".join(alts) + ")"


_CUE_BODY["en"] = _flat_body(_CUE_WORDS["en"], _EXTRA["en"])
# How far a match of the English scan pattern reads past the character it starts at: "as" and a
# blank, at most 60 characters, a blank, a cue word of up to 9 letters and the character after it
# (cue words are shorter than 20). find_cues bounds its searches with it to skip quotations.
_EN_CUE_REACH = 80
# Patterns over lower-cased text (see find_cues): a cue at the start of the text, and a cue after a
# character that is not in WORD_CHARS (consumed; find_cues checks that it is no word character). A pattern that starts with a
# character class is scanned in C, the other positions skipped: much faster than a leading ``\b``.
_CUE_HEAD_RE = {lang: re.compile(body) for lang, body in _CUE_BODY.items()}
_CUE_SCAN_RE = {lang: re.compile(rf"[^{WORD_CHARS}](" + body + ")") for lang, body in _CUE_BODY.items()}
# The same for ASCII text, where the class is a bitmap (tested faster than one with ranges beyond ASCII)
_CUE_SCAN_ASCII_RE = {lang: re.compile(r"[^0-9A-Za-z_](" + body + ")") for lang, body in _CUE_BODY.items()}


def find_cues(
    text: str, lang: str, quotes: list[tuple[int, int]] | None = None
) -> list[tuple[int, int, str]]:
    """(start, end, word) of the cue words (and "according to", "laut", "за словами", …) in ``text``, case-
    insensitively: the matches of ``\b(?:cue words)\b`` in the lower-cased text. With ``quotes`` (sorted, non-
    overlapping (open, close) offsets of quote marks) the cues inside a quotation may be left out (English)."""
    if lang not in _CUE_SCAN_RE:
        lang = "en"
    low = text.lower()
    flags = 0
    if len(low) != len(text):  # lower-casing changed the length (rare letters): search the text itself
        low, flags = text, re.I
    head = re.compile(_CUE_HEAD_RE[lang].pattern, flags) if flags else _CUE_HEAD_RE[lang]
    scan = re.compile(_CUE_SCAN_RE[lang].pattern, flags) if flags else _CUE_SCAN_RE[lang]
    if low.isascii():
        scan = _CUE_SCAN_ASCII_RE[lang]
    out: list[tuple[int, int, str]] = []
    pos = 0
    m = head.match(low)
    if m is not None:
        out.append((0, m.end(), m.group()))
        pos = m.end() - 1  # its last character may be the boundary before the next cue ("as as he said")
    found = _scan_outside(low, scan, pos, quotes if quotes and lang == "en" else [], out)
    if lang == "en" and any(text[c[0]].isupper() for c in found):
        found = [c for c in found if not _in_title_case_name(text, c[0], c[1])]
    if lang == "de" and any(w in _DE_NAMING for _, _, w in found):  # "Die Pflegerin heißt Anja Demir, …"
        found = [c for c in found if c[2] not in _DE_NAMING or not _DE_NAME_AFTER_RE.match(text, c[1])]
    if lang == "de" and any(w in DE_PERFECT_PARTICIPLES for _, _, w in found):
        found = [
            c for c in found if c[2] not in DE_PERFECT_PARTICIPLES or _after_perfect_aux(low, c[0], c[1])
        ]
    return found


# "heißt"/"hieß" before a capitalised name names a person, it reports nothing (rules-1.136); "heißt es" does
_DE_NAMING = frozenset(("heißt", "hieß", "heisst"))
_DE_NAME_AFTER_RE = re.compile(r"\s+(?!Es\b)[A-ZÄÖÜ][a-zäöüß]+")
_TITLE_CASE_AROUND_RE = re.compile(r"[A-Z][\w'’-]*\s+$")
_TITLE_CASE_AFTER_RE = re.compile(r"\s+[A-Z]")


def _in_title_case_name(text: str, start: int, end: int) -> bool:
    """An English cue word capitalised between two capitalised words is part of a name or title ("a group
    called Slough Says No", "the Simon Says Trust"), not a verb (rules-1.82)."""
    if not (  # (the anchored match first: the search before the word is tried at each of 30 positions)
        text[start].isupper()
        and _TITLE_CASE_AFTER_RE.match(text, end) is not None
        and _TITLE_CASE_AROUND_RE.search(text, max(0, start - 30), start) is not None
    ):
        return False
    # (rules-1.84: not in a headline written in title case, "Bernie Sanders Says He's Already Started …")
    near = text[max(0, start - 40) : start].split()[-4:] + text[end : end + 40].split()[:4]
    return (
        sum(w[:1].isupper() for w in near) * 10 < len(near) * 7
    )  # (most words around capitalised: a headline)


# "hat"/"hatte" before a participle cue in its sentence, and no passive after it ("gerügt worden")
_PERFECT_AUX_RE = re.compile(rf"(?<![^\W\d_])(?:{'|'.join(DE_HABEN)})(?![^\W\d_])")
_PASSIVE_AFTER_RE = re.compile(rf"\s+(?:worden|{'|'.join(DE_WERDEN)})\b")
_SENTENCE_END_RE = re.compile(r"[.!?]\s|\n")


def _after_perfect_aux(low: str, start: int, end: int) -> bool:
    """A German participle cue at ``start`` is the perfect of a saying: "Die Ministerin hat angekündigt, …"
    (rules-1.36)."""
    lo = max(0, start - 160)
    begin = lo
    for m in _SENTENCE_END_RE.finditer(low, lo, start):
        begin = m.end()
    return _PERFECT_AUX_RE.search(low, begin, start) is not None and not _PASSIVE_AFTER_RE.match(low, end)


def _scan_outside(
    low: str, scan: re.Pattern[str], pos: int, quotes: list[tuple[int, int]], out: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """find_cues' left-to-right search (without the insides of ``quotes``, if any): the same matches outside
    them. A match that starts before an opening mark ends before it (a cue word holds no quote mark)
    and reads at most _EN_CUE_REACH characters, so a search bounded there finds it; the matches
    inside a quotation end by its closing mark, so the search goes on from there."""
    k = 0
    n = len(quotes)
    while True:
        while k < n and quotes[k][1] <= pos:
            k += 1
        if k < n and quotes[k][0] <= pos:
            pos = quotes[k][1]  # inside (or at the opening mark of) a quotation
            k += 1
            continue
        m = scan.search(low, pos, quotes[k][0] + _EN_CUE_REACH) if k < n else scan.search(low, pos)
        if m is None or (k < n and m.start() >= quotes[k][0]):
            if k == n:
                return out
            pos = quotes[k][1]
            k += 1
            continue
        c = low[m.start()]
        if c.isalnum() or c == "_":  # a letter of another script: no word boundary before the cue
            pos = m.start() + 1
            continue
        out.append((m.start(1), m.end(), m.group(1)))
        pos = m.end() - 1  # a cue that ends in a blank ("as "): that blank opens the next match


Token = re.Match[str]  # a word or punctuation token: .group(), .start(), .end() are absolute offsets
EMPTY_RE = re.compile("")


def tokens(text: str, start: int, end: int) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]`` (match objects: cheap to build)."""
    return list(WORD_TOKEN_RE.finditer(text, start, end))


def count_tokens(text: str, start: int, end: int) -> int:
    """Number of tokens in text[start:end] (the index of the token that starts at ``end``)."""
    return len(WORD_TOKEN_RE.findall(text, start, end))


def is_cue(word: str, lang: str) -> bool:
    return word.lower() in _CUE_WORDS.get(lang, _CUE_WORDS["en"])


def is_scan_cue(word: str, lang: str) -> bool:
    """A cue word, or one the cue scan finds only by its lookahead ("begründete … damit, dass", rules-1.388)."""
    return is_cue(word, lang) or (lang == "de" and word.lower() in _DE_REASON_CUES)


# cue words that are also nouns ("a media report that …", "his remarks")
NOUNISH_CUES = frozenset(
    _w(
        "report reports claim claims estimate estimates note notes state states call calls hopes fears posts "
        "comments promise promises forecast forecasts tweet tweets pledge pledges vow vows remarks reply replies "
        "add adds say tell ask urge denies warning"
    )
)
_NOUN_PREPOSITIONS = frozenset(_w("on about over amid despite following after of against"))
_NOUN_FORECAST_RE = re.compile(r"(?:.*,)?\s*(?:(?:an?|another|one)\s|.*['’]s\s)", re.I | re.S)  # (1.183)


def noun_after(prev: str, cue: str, text: str, end: int) -> bool:
    """A cue word that is a noun by the word before it: a preposition ("on reports that …", rules-1.23) or a
    possessive before a singular with no "that" after it ("Trump’s warning on Tuesday is …", not "Trump’s
    claim that …"; rules-1.84)."""
    possessive = prev[-2:] in ("’s", "'s") and cue[-1:] != "s" and text[end : end + 5].lower() != " that"
    return prev in _NOUN_PREPOSITIONS or possessive


def verb_before_that(low: str, text: str, s: int, t: re.Match[str], nxt: re.Match[str]) -> bool:
    """A nounish cue before "that" that is a verb: "forecasts", "The bank forecast" (not "a bank forecast", 1.183)"""
    forecast = low == "forecast" and not _NOUN_FORECAST_RE.match(text[s : t.start()])
    return nxt.group() == "that" and (low.endswith("s") or forecast)


# A short label opening a paragraph ("Rail fares: …", "Tierheim: …"), as in news digests
_HEADING_RE = re.compile(r"[A-ZÄÖÜА-ЯІЇЄҐ][\w’'-]*(?:[ \t]+[\w’'-]+){0,3}:[ \t]+(?=[A-ZÄÖÜА-ЯІЇЄҐ])")


def digest_label_end(text: str, s: int, e: int, lang: str) -> int | None:
    """The end of a digest label opening text[s:e] ("Heatwave warning: …", "Transfer news: …"): no cue
    word and no person's name ("Zelensky said:", "Olena Koval:" are not), else None."""
    h = _HEADING_RE.match(text, s, e) if text.find(":", s, e) != -1 else None  # (the label ends in ":")
    if h is None:
        return None
    words = h.group().rstrip(": \t").split()
    if is_first_name(words[0]) or any(
        is_cue(w, lang) and w.islower() and not w.endswith("ing") and w not in NOUNISH_CUES for w in words
    ):
        return None
    return h.end()


def cue_confidence(word: str, lang: str) -> float:
    w = word.lower()
    if lang == "en":
        return EN_SPEECH_CUES.get(w, 0.0)
    if lang == "de":
        return DE_SPEECH_CUES.get(w, 0.9 if w in _DE_REASON_CUES else 0.0)
    return 0.9 if w in UK_RU_CUES or (lang == "uk" and w in UK_ONLY_CUES) else 0.0


def needs_that(word: str) -> bool:
    return word.lower() in EN_NEEDS_THAT


def is_cognition(word: str) -> bool:
    return word.lower() in EN_COGNITION


def cue_gender(word: str) -> str:
    return UK_RU_CUES.get(word.lower(), "")


_THAT_PARTICIPLES = frozenset(("adding", "saying", "noting", "stressing", "arguing", "warning", "insisting"))


def closes_apposition(toks: list[Token], i: int, s: int) -> bool:
    """The cue at ``i`` (a plural verb that is also a noun: "say", "claim") follows the comma that closes an
    apposition after the subject ("The organisers, a local group, say …"): a verb, not a noun (rules-1.82)."""
    if i < 3 or toks[i - 1].group() != "," or toks[i].group().lower().endswith("s"):
        return False
    return any(toks[k].group() == "," and toks[k].start() >= s for k in range(max(0, i - 14), i - 2))


def breaks_before_that(toks: list[Token], k: int) -> bool:
    """The "that" at ``k`` opens a second clause, not the cue's first: after "and"/"but" ("told parliament
    the breach was unacceptable and that …"), or after ", adding" ("told us the council had asked …,
    adding that …", rules-1.32; not "quotes X as saying that …")."""
    prev = toks[k - 1].group()
    return prev in ("and", "but") or (prev in _THAT_PARTICIPLES and k > 1 and toks[k - 2].group() == ",")


def empty_at(text: str, pos: int) -> Token:
    """A zero-width token at ``pos`` (an attribution without a cue word)."""
    m = EMPTY_RE.match(text, pos)
    assert m is not None
    return m


def in_acronym(toks: list[Token], j: int) -> bool:
    """The full stop toks[j] belongs to a dotted acronym ("U.S.", "U.K.")."""

    def letter(k: int) -> bool:
        w = toks[k].group() if 0 <= k < len(toks) else ""
        return len(w) == 1 and w.isupper()

    def dot(k: int) -> bool:
        return 0 <= k < len(toks) and toks[k].group() == "."

    return letter(j - 1) and ((dot(j - 2) and letter(j - 3)) or (letter(j + 1) and dot(j + 2)))
