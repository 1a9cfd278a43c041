"""The subject of a clause: the noun phrase before its first verb ("The board urged X to act:",
"Auf Instagram postete er:"), and the person a paragraph opens with (the speaker of a quote that
follows without a cue)."""

from __future__ import annotations

import re

from ingest.extract.adjuncts import LEAD_ADVERBIAL
from ingest.extract.clauses import clause_before, clause_start
from ingest.extract.cues import Token, is_cue, tokens
from ingest.extract.forward import parse_forward
from ingest.extract.lexicon import words as _w
from ingest.extract.personnames import named_in_full
from ingest.extract.plausible import opens_with_participle, plausible_speaker
from ingest.extract.roles import is_org_word
from ingest.extract.speakers import SpeakerPhrase, analyze_np, is_cap


def paragraph_subject(text: str, open_pos: int, lang: str) -> SpeakerPhrase | None:
    """ "Die Pflegerin Merve Aydın, seit zwölf Jahren im Haus, erzählte von … . „…“": the person named in
    full who is the subject of the one sentence (without quotes) that opens the quote's paragraph."""
    a = text.rfind("\n", 0, open_pos) + 1
    lead = text[a:open_pos].rstrip()
    if not lead.endswith(".") or any(c in lead for c in '“"«„»”') or lead.count(". ") or lead.count(" ") > 30:
        return None
    head = lead.split(",", 1)[0]
    if lang == "en" and "," in lead and head.split(" ", 1)[0].lower() in LEAD_ADVERBIAL:
        # "On artificial intelligence, she was blunt. “We …”": a leading adverbial, no subject (rules-1.350)
        rest = lead[len(head) + 1 :]
        a += len(head) + 1 + len(rest) - len(rest.lstrip())
        lead = rest.lstrip()
        head = lead.split(",", 1)[0]
    sp = (
        leading_np(text, tokens(text, a, a + len(head)), lang)
        if "," not in lead
        else plausible_speaker(head, lang)
    )
    if sp is not None and sp.kind in ("organisation", "group") and _WE_OPEN_RE.match(text, open_pos + 1):
        return sp  # "Die SPD will am Kurs festhalten. „Wir wollen …“": a body speaking as "we" (rules-1.83)
    if sp is None or sp.kind != "person" or (" " not in sp.name and not named_in_full(text[:a], sp.name)):
        return None  # a surname alone only for someone named in full before ("Lindemann widersprach.", 1.30)
    return sp if "," not in lead or head.endswith(sp.name) else None


def leading_np(text: str, toks: list[Token], lang: str) -> SpeakerPhrase | None:
    """Subject NP at the start of a clause: the tokens before its first verb-like word."""
    if lang == "en" and len(toks) > 1 and opens_with_participle(toks[0].group(), toks[1].group()):
        # "Switching to English as he addressed …, Merz …": the subject follows the clause (rules-1.23)
        comma = next((k for k, tk in enumerate(toks) if tk.group() == ","), -1)
        return leading_np(text, toks[comma + 1 :], lang) if comma > 0 else None
    end = 0
    lead_pp = lang == "de" and bool(toks) and toks[0].group() in _DE_LEAD_PREPS
    for j, tk in enumerate(toks):
        w = tk.group()
        low = w.lower()
        if (
            j > lead_pp  # (after a leading preposition, its own next word is no verb: "In seiner …")
            and not is_cap(w)
            and w.isalpha()
            and (is_cue(low, lang) or low.endswith("ed") or low in _VERBISH or _past_verb(toks, j, lang))
            and not (j and low.endswith("ed") and toks[j - 1].group().lower() in _DEGREE_BEFORE_ADJ)
        ):  # (rules-1.173: "Britain's most decorated rower, X, has accused …": an adjective, no verb)
            end = j
            break
    if end == 0:
        return None
    if lang in ("uk", "ru") and (rel_subj := _before_relative(text, toks, end, lang)) is not None:
        return rel_subj  # "Письменниця X, чий роман … став бестселером, працює …" (rules-1.237)
    if lang in ("uk", "ru") and _SLAVIC_PRESENT_RE.search(toks[end].group()):
        while end > 1 and toks[end - 1].group().isalpha() and toks[end - 1].group().islower():
            end -= 1  # "Лелека програму підтримує, але вважає, що …": the object before the verb (rules-1.88)
    if lead_pp:  # "Auf Instagram postete er …:" (rules-1.30)
        pron = toks[end + 1].group() if end + 1 < len(toks) else ""
        if pron in ("der", "die", "das", "ein", "eine") or is_cap(
            pron
        ):  # "In seiner Radioansprache begründete
            raw = _DE_OBJECT_START_RE.sub(
                "", parse_forward(toks[end + 1 :], text, lang)[0]
            )  # der Präsident …:"
            return plausible_speaker(raw, lang) if raw else None  # (rules-1.83; without "seine Position")
        return analyze_np(pron, lang) if pron in ("er", "sie") else None
    if (
        lang == "en"
        and 1 < end <= 6
        and toks[0].group() in _EN_LATER_WORDS
        and toks[end - 1].group() in _EN_SUBJECT_PRONOUNS
    ):  # rules-1.300: "Later (in the day) he raised the figure, adding that …": the pronoun after a time adverb
        return analyze_np(toks[end - 1].group(), lang)
    if lang == "en" and toks[0].group() in _EN_LEAD_WORDS:
        # rules-1.281: a leading adjunct with its comma is no part of the subject ("In a later post on
        # Facebook, the deputy minister gave …, saying …"); before, the whole phrase was read as a body
        commas = [k for k in range(1, end) if toks[k].group() == ","]
        if len(commas) == 1 and _plain_subject(
            toks[commas[0] + 1 : end]
        ):  # (not "On Friday, the aide, X, 31, who")
            return plausible_speaker(text[toks[commas[0] + 1].start() : toks[end - 1].end()], lang)
    return plausible_speaker(text[toks[0].start() : toks[end - 1].end()], lang)


def _plain_subject(toks: list[Token]) -> bool:
    """rules-1.281: a short subject after a leading adjunct: an article or a capitalised word first, no pronoun
    (whom it stands for is another question), no possessive ("Hillary Clinton's right-hand woman") and no
    clause ("Clinton talks about the blame that Wall Street")."""
    if not toks or len(toks) > 6 or toks[0].group().lower() in _OPEN_PRONOUNS:
        return False
    if toks[0].group() not in ("the", "a", "an") and not is_cap(toks[0].group()):
        return False
    return not any(
        t.group().lower() in _CLAUSE_WORDS or t.group().endswith(("'s", "’s", "'", "’")) for t in toks
    )


_OPEN_PRONOUNS = frozenset(_w("he she they it we i you"))
_CLAUSE_WORDS = frozenset(_w("that who which whom whose about"))

# rules-1.281: words an English sentence opens an adjunct with before its subject
_EN_LATER_WORDS = frozenset(_w("Later Earlier"))
_EN_SUBJECT_PRONOUNS = frozenset(_w("he she"))
_EN_LEAD_WORDS = frozenset(
    _w("In On At After During Before Later Earlier Separately Elsewhere Afterwards Meanwhile")
)


_SLAVIC_RELATIVES = frozenset(
    _w(
        "чий чия чиє чиї який яка яке які котрий котра котре котрі чей чья чьё чьи который которая которое которые"
    )
)


def _before_relative(text: str, toks: list[Token], end: int, lang: str) -> SpeakerPhrase | None:
    """(rules-1.237) The subject before a relative clause between commas whose own verb came first ("X, чий
    роман торік став бестселером, працює …"): the words before the comma, when a verb follows the clause."""
    rel = next(
        (
            k
            for k in range(2, end)
            if toks[k - 1].group() == "," and toks[k].group().lower() in _SLAVIC_RELATIVES
        ),
        None,
    )
    if rel is None:
        return None
    close = next((k for k in range(end + 1, len(toks)) if toks[k].group() in (",", ".", "—")), None)
    if close is None or toks[close].group() != "," or close + 1 >= len(toks):
        return None
    nxt = toks[close + 1].group()
    if not (nxt.isalpha() and nxt.islower() and (is_cue(nxt, lang) or _past_verb(toks, close + 1, lang))):
        return None
    return plausible_speaker(text[toks[0].start() : toks[rel - 2].end()], lang)


_DEGREE_BEFORE_ADJ = frozenset(_w("most more least less best highly well widely much so"))
_WE_OPEN_RE = re.compile(r"\s*(?:We|Our|Wir|Unser\w*|Ми|Наш\w*|Мы)\b")
_DE_OBJECT_START_RE = re.compile(r"\s(?:seine[nmrs]?|ihre[nmrs]?|sein|ihr|den|einen|diese[nmrs]?)\s.*$")
_DE_LEAD_PREPS = frozenset(_w("Auf In Im Am Bei Nach Mit Über Vor Seit Während Zuvor Dort Für"))
_SLAVIC_PAST_RE = re.compile(r"(?:[аеиіоуыяю]в|[аеиіоуыя]л|ла|ли|ло)$")
# rules-1.88: the present ("підтримує", "поддерживает", "вітають"), verb-final after an object
_SLAVIC_PRESENT_RE = re.compile(r"(?:[аяуюі]є|[аяуюі]ють|[аяуе]ет|[аяуе]ют)$")
# rules-1.353: Russian masculine pasts without "-л" ("Министр отверг обвинения и заявил, что …")
_RU_PAST_NO_L = frozenset(
    _w(
        "отверг опроверг сверг помог смог мог достиг постиг пренебрёг пренебрег принёс принес внёс внес вынес "
        "перенёс перенес привёз привез вывез вырос возрос умер запер стёр стер сжёг сжег поджёг поджег зажёг "
        "зажег испёк спас потряс влез"
    )
)
_DE_NOT_VERB = frozenset(
    _w("der die das den dem des ein eine einer eines einem einen und von vom zum zur im am")
)


def _past_verb(toks: list[Token], j: int, lang: str) -> bool:
    """A past-tense verb ending the subject of a coordinated clause ("Він відкинув … і заявив",
    "Der Minister wies … zurück und sagte"): Ukrainian/Russian -в/-л/-ла/-ли/-ло (and the present, -ає/-ує/-ает
    …, "Лелека програму підтримує, але вважає"); German a lower-case
    word right after a capitalised noun that is no article or preposition."""
    w = toks[j].group()
    if lang in ("uk", "ru"):
        return len(w) > 3 and bool(
            _SLAVIC_PAST_RE.search(w) or _SLAVIC_PRESENT_RE.search(w) or w in _RU_PAST_NO_L
        )
    if lang == "de":
        prev = toks[j - 1].group()
        if prev == "," and j > 1 and is_cap(toks[j - 2].group()) and w not in _DE_NOT_VERB and w.isalpha():
            return True  # "Der Regierungssprecher, Steffen Seibert, versuchte …:" (rules-1.61)
        return w not in _DE_NOT_VERB and is_cap(prev) and prev.lower() not in _DE_NOT_VERB
    return False


_VERBISH = frozenset(
    _w(
        "kept held made took gave went came saw found left put set cut sent spent built brought began became ran won "
        "lost met paid rose fell struck stood led heard is was are were has had will would wants urges calls "
        # rules-1.55: irregular pasts that are no nouns ("Carly Fiorina threw her support behind X, saying …")
        "threw got thought bought fought caught sought spoke broke chose drove wore shook stole froze woke hid drew "
        "grew knew flew blew stuck swung sank sang rang drank fled felt meant slept swept sat sold quit "
        "ist sind war waren hat haben hatte wird wurde forderte fordert schlug rief appellierte "
        "заявив заявила закликав закликала закликали призвал призвала призвали"
    )
)


_BARE_SUBJECT_RE = re.compile(r"^\s*(?:(?:but|and|yet|so|while|as|then)\s+)+")


def bare_subject(text: str, start: int, cue: int, lang: str) -> tuple[SpeakerPhrase, int] | None:
    """The subject of a cue right before its quote ("…, but Tehran says “…”", "Rep. Dana Rohrabacher,
    R-Calif., said “…”"; rules-1.50): the phrase after the last comma, an apposition, or the clause's
    subject before "and said"; with where it starts."""
    raw = text[start:cue]
    if raw.rstrip().endswith((" and", " but")):  # "X, the other author, shared the note and said “…”"
        sub = leading_np(text, tokens(text, start, cue), lang)
        return (sub, start) if sub is not None and sub.kind in ("person", "pronoun", "role") else None
    tail = _BARE_SUBJECT_RE.sub("", raw if raw.rstrip().endswith(",") else raw.rsplit(", ", 1)[-1])
    sp = plausible_speaker(tail, lang, appositive=True) if 0 < len(tail.split()) <= 12 else None
    if sp is None or sp.kind not in ("person", "organisation", "pronoun", "role", "group"):
        return None
    return sp, text.rfind(tail, start, cue)


# "One of England's largest exam boards has …": one of a plural of bodies, before its verb (rules-1.54)
_ONE_OF_BODIES_RE = re.compile(
    r"One\s+of\s+(?:[\w'’-]+\s+){0,5}?(?P<head>[a-z]+)s\s+(?:has|have|had|is|was|will|would|[a-z]{3,}ed)\b"
)


def own_body_subject(text: str, start: int, end: int, pron: str, lang: str) -> SpeakerPhrase | None:
    """rules-1.54: "Britain's biggest bank has cut 3,000 jobs, it said on Wednesday.": in an article's lead,
    where no one is named before, an "it" after a clause whose subject is a body is that body."""
    if lang != "en" or pron.strip().lower() != "it":
        return None
    m = _ONE_OF_BODIES_RE.match(text, start, end)
    if m is not None:
        if not is_org_word(m.group("head")):
            return None
        np = text[start : m.start("head") + len(m.group("head")) + 1]
        return SpeakerPhrase(np, "organisation", org=np, gender="o")
    sp = leading_np(text, tokens(text, start, end), lang)
    return sp if sp is not None and sp.kind == "organisation" else None


PARTICIPLE_DOCS = frozenset(
    _w("statement letter release post tweet message memo email video")
)  # "a statement saying"
_DOC_DETERMINERS = frozenset(_w("a an the its his her their another new short brief written joint press"))
_DOC_VERBS = frozenset(_w("sent put wrote issued released posted published gave made shared put out"))


def doc_participle_subject(text: str, toks: list[Token], i: int, s: int, lang: str) -> SpeakerPhrase | None:
    """The subject of "<X> issued a statement saying …" (the participle at toks[i] after a document noun):
    the phrase before the verb that put the document out, from its clause's start ("Shortly after the call
    ended, Rubio's campaign sent out a press release saying …"; rules-1.81), else None."""
    if i < 3 or toks[i - 1].group() not in PARTICIPLE_DOCS:
        return None
    k = i - 2  # before the document noun
    while k > 0 and toks[k].group().lower() in _DOC_DETERMINERS:
        k -= 1
    if k > 0 and toks[k].group() == "out":
        k -= 1  # "sent out"
    if k <= 0 or not (toks[k].group() in _DOC_VERBS or toks[k].group().endswith("ed")):
        return None
    for left_from in dict.fromkeys(clause_start(toks, k, s)):
        left = text[left_from : toks[k].start()]
        sp = plausible_speaker(left, lang, appositive=True)
        if sp is not None and not clause_before(left, sp.text):
            return sp
    return None
