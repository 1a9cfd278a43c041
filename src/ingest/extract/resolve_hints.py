"""Small coreference hints for the resolver: German verb-second subjects ("Gespräche mit Moskau hält Hordijenko
für möglich"), nationality adjectives in role phrases, quote marks before a name, adjectival surnames ("Лозовой")."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ingest.extract.answered import asked_person, subject_opener
from ingest.extract.bodies import org_before
from ingest.extract.cues import Raw
from ingest.extract.entities import Entity, Resolved
from ingest.extract.holders import de_held_roles, other_office
from ingest.extract.lexicon import FEMALE_ROLE_WORDS, MALE_ROLE_WORDS, PERSON_NOUNS, ROLE_CLASSES
from ingest.extract.lexicon_roles import DE_ROLE_SUFFIXES
from ingest.extract.mentions import role_before
from ingest.extract.names import org_id
from ingest.extract.officeopen import office_opening
from ingest.extract.rolenamed import find_appositive_holder
from ingest.extract.roles import role_class
from ingest.extract.roles_cyr import in_cyr_that_clause
from ingest.extract.scarequotes import name_quote_end
from ingest.extract.sides import prosecuting_before

if TYPE_CHECKING:
    from ingest.extract.resolve import Resolver


# A German finite verb followed by a capitalised word: an inverted subject
_DE_V2_SURNAME_RE = re.compile(
    r"[ \t]([a-zäöüß]{3,})[ \t]([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b(?![-’'])"
)
_DE_NOT_VERBS = frozenset(
    "der die das des dem den ein eine einer eines einem von vom mit für auf aus bei nach über unter vor und oder "
    "gegen laut seit zum zur durch ohne um".split()
)
# Nationality adjectives in a role phrase ("der ukrainische Minister", "the Polish minister", "российский министр")
_NATION_RE = re.compile(
    r"(?<!\w)(ukrain|україн|украин|russ|росій|россий|americ|amerik|америк|german|deutsch|німец|немец|polish|poln|"
    r"польськ|польск|french|franz|француз|british|britisch|британ|belarus|білорус|белорус|hungar|ungar|угорськ|венгер)",
    re.I,
)

# rules-1.421: the country's own name in the genitive after the office ("министр энергетики Польши Петр X", then
# "Польский министр сказал"; "Poland's energy minister, Piotr X", then "the Polish minister")
_NATION_NOUN: dict[str, tuple[str, ...]] = {
    "польськ": ("польщ",),
    "польск": ("польш",),
    "polish": ("poland",),
    "poln": ("polen",),
    "росій": ("росії",),
    "россий": ("росси",),
    "німец": ("німеч",),
    "немец": ("герман",),
    "француз": ("франці", "франци"),
    "угорськ": ("угорщ",),
    "венгер": ("венгр",),
    "hungar": ("hungary",),
}


def role_in_previous_sentence(res: Resolver, gender: str, ref: int, after: int) -> Entity | None:
    """The named holder of a role mentioned in the sentence before ``ref`` (after ``after`` and after any unnamed
    speaker since), as a German verb-second subject often is ("Zu X wollte sich der HUR-Chef nicht äußern.")."""
    phrase, pos = role_before(res.text, res.lang, gender, ref)
    if not phrase or pos <= after or res.sentences_apart(pos, ref) != 1:
        return None
    unnamed = res.recent_unnamed_at(gender, ref, after)
    if unnamed is not None and unnamed[0] > pos:
        return None
    return find_appositive_holder(res, phrase, pos) or res.by_role(phrase, ref, gender)  # (1.175: rolenamed)


def de_inverted_surname(text: str, ss: int) -> str | None:
    """The capitalised word after the finite verb of the German sentence at ``ss`` (in its first 90 characters)."""
    end = text.find("\n", ss, ss + 90)
    for m in _DE_V2_SURNAME_RE.finditer(text, ss, end if end != -1 else min(len(text), ss + 90)):
        if m.group(1) not in _DE_NOT_VERBS:
            return m.group(2)
    return None


def nation_holder(entities: Iterable[Entity], text: str, phrase: str, ref: int, gender: str) -> Entity | None:
    """For a role phrase with a nationality adjective, the one person named before ``ref`` whose first
    mention has the same nationality word just before it ("seinem ukrainischen Amtskollegen Denys …")."""
    nation = _NATION_RE.search(phrase)
    if nation is None:
        return None
    stem = nation.group(1).lower()
    stems = (stem, *_NATION_NOUN.get(stem, ()))
    near = [
        e
        for e in entities
        if e.first_pos <= ref
        and any(st in text[max(0, e.first_pos - 50) : e.first_pos].lower() for st in stems)
        and not other_office(text, phrase, gender, e)  # another gender or office (rules-1.204)
    ]
    return near[0] if len(near) == 1 else None


_QUOTE_MARK_RE = re.compile(r"[“”«»„\"]")


def adj_stem(folded: str) -> str | None:
    """Stem of a folded adjectival surname (-ий/-ый/-ой: "lozovi", "lozovoi" → "lozov")."""
    return folded[:-2] if folded.endswith("oi") else folded[:-1] if folded.endswith("i") else None


# "Für die SPD-Fraktion, …, verteidigte deren Vorsitzender Timo Albers …": the name after the verb (1.32)
_DE_LEAD_VERB_RE = re.compile(
    r"(?:Für|Namens|Seitens|Im|In|Bei|Auf|Nach)\b[^.!?\"„“»«]{0,90},\s+[a-zäöüß]+te\s+"
    r"(?:(?:der|die|deren|dessen|sein|seine|ihr|ihre)\s+)?(?:[\w-]+\s+){0,2}"
)


def subject_near(text: str, lang: str, ss: int, pos: int, end: int = -1) -> bool:
    """A name at ``pos`` (ending at ``end``) is the subject of the sentence opening at ``ss``: near its start,
    after a German lead adverbial and the verb, or (English, rules-1.97) after a leading clause's comma and
    right before a past verb ("On Friday, the day that Mr. Stone stood …, Mr. Trump bashed …"); no quotation
    in between, nor a Ukrainian or Russian that-clause ("…, что не винит вратаря Илью Соколова", rules-1.150)."""
    near = pos - ss <= 60 or (lang == "de" and _DE_LEAD_VERB_RE.fullmatch(text, ss, pos) is not None)
    if not near and lang == "en" and end > 0 and _EN_MAIN_VERB_RE.match(text, end):
        near = _EN_AFTER_COMMA_RE.search(text, max(ss, pos - 24), pos) is not None
    if near and _AGENT_LEAD_RE.match(text, ss, pos) and _AGENT_BEFORE_RE.search(text, max(ss, pos - 40), pos):
        return (
            False  # "Asked by moderator Claire Webb how …, Raman said": the agent (rules-1.42; only after a
        )
        # leading participle: "… was criticised by fund manager Michael Burry. He said …" is his, rules-1.43)
    return near and not quote_between(text, ss, pos) and not in_cyr_that_clause(text, lang, ss, pos)


_EN_MAIN_VERB_RE = re.compile(r"\s+(?:[a-z]{2,}ed|said|says|told|wrote|took|made|spoke|went|came|gave)\b")
_EN_AFTER_COMMA_RE = re.compile(r",\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.?\s+|[A-Z][a-z]+\s+)?$")
# "by" and up to three lowercase words (a role) right before a name: the agent of a passive
_AGENT_BEFORE_RE = re.compile(r"\bby\s+(?:[a-z][\w'-]*\s+){0,3}$")
_AGENT_LEAD_RE = re.compile(
    r"\s*(?:Asked|Pressed|Questioned|Challenged|Interviewed|Introduced|Joined)\s+by\b"
)


_SENTENCE_END_RE = re.compile(r"[.!?]\s")


def body_since(text: str, lang: str, span: tuple[int, int], last_speaker: str) -> Resolved | None:
    """The German body named in a sentence after the statement quoted last (``span``: from it to the
    document): "Der Fanklub … kritisierte …. Die Führung suche …, hieß es in einer Stellungnahme." is the
    club's (rules-1.32); None when that body is the speaker quoted last ("Gesundheitsamt des …")."""
    last, ref = span
    if lang != "de" or (m := _SENTENCE_END_RE.search(text, last, ref)) is None:
        return None
    org = org_before(text, lang, ref)
    if not org or org in last_speaker or text.rfind(org, m.start(), ref) < m.start():
        return None
    return Resolved(org, org_id(org), "organisation")


def quote_between(text: str, a: int, b: int) -> bool:
    """A quotation mark in text[a:b] other than those around a short name ("der Initiative „Gegenwind“,
    Renate Sailer": she is still the subject of the sentence)."""
    m = _QUOTE_MARK_RE.search(text, a, b)
    while m is not None:
        end = name_quote_end(text, m.start())
        if end == -1 or end > b:
            return True
        m = _QUOTE_MARK_RE.search(text, end, b)
    return False


def described_as(res: Resolver, head: str, ref: int) -> Entity | None:
    """The one person named before ``ref`` whose apposition has the noun ``head`` ("Coyle, an engineer, said …" …
    "The engineer rejected …"), rules-1.14; or named after "for the prosecution," (``prosecuting_before``)."""
    found = [
        e
        for e in res.entities.values()
        if e.first_pos < ref
        and (
            any(head in x.lower().split() for x in e.roles) or prosecuting_before(res.text, e.first_pos, head)
        )
    ]
    return found[0] if len(found) == 1 else None


_CYR_MALE_SURNAME = ("ов", "ев", "ёв", "ин", "ский", "цкий", "ський", "цький")
_CYR_FEMALE_SURNAME = ("ова", "ева", "ёва", "ина", "ская", "цкая", "ська", "цька")


def surname_gender(name: str, lang: str) -> str:
    """The gender a Russian or Ukrainian surname shows ("Веденеев" m, "Сорокина" f), or "" (rules-1.14:
    for a name whose first word is no known first name)."""
    if lang not in ("uk", "ru"):
        return ""
    last = name.rsplit(None, 1)[-1].lower()
    if last.endswith(_CYR_FEMALE_SURNAME):
        return "f"
    return "m" if last.endswith(_CYR_MALE_SURNAME) else ""


_SUBJECT_PRONOUN_OPENING = {"m": ("He ", "Він ", "Он ", "Er "), "f": ("She ", "Вона ", "Она ", "Sie ")}


def speaker_not_spoken_of(res: Resolver, raw: Raw, gender: str, cand: Entity, ref: int) -> Resolved | None:
    """A quote that opens with "He …" about the person last named (``cand``) is not by that person:
    "Pascoe had met the crew … “He did not even stay,” he said" is the crew member quoted just before
    (the latest person speaker of that gender within two sentences), rules-1.14; unless that speaker is
    named again after ``cand``, when the quote's "He" is more likely them (rules-1.23)."""
    if (asked := asked_person(res, raw, gender, ref)) is not None:
        return None if asked.key == cand.key else asked  # "Журналист спросил Лаптева …. «…», — ответил он."
    if (subj := subject_opener(res, raw, gender)) is not None:
        return subj  # "Asked whether …, Okafor smiled. “…,” he said." (rules-1.318)
    owner = _possessive_opener(res, gender, ref) if res.lang == "en" and gender in ("m", "f") else None
    if owner is not None:  # "Serhiy's shift ends at 2 a.m. He says …" (rules-1.313)
        return None if owner.key == cand.key else res.person(owner)
    if raw.kind != "direct" or gender not in _SUBJECT_PRONOUN_OPENING:
        return None
    if not raw.quote.startswith(_SUBJECT_PRONOUN_OPENING[gender]):
        return None
    for at, kind, r in reversed(res.last):
        if at >= ref or kind != "person" or not r.key:
            continue
        if r.key == cand.key or res.sentences_apart(at, ref) > 2:
            return None
        ent = res.entities.get(r.key)
        if ent is None or ent.gender != gender:
            return None
        named = max([p for p in cand.subject_pos if p <= ref] or [cand.first_pos])
        if res.text.find(ent.name.rsplit(None, 1)[-1], named, ref) != -1:
            return None  # "Roe … argued that it left too much power in Cole's hands. “He …,” he said": Roe
        return r
    return None


# rules-1.313: a name in the possessive before a noun of no person opening a sentence ("Serhiy's shift ends at 2 a.m.")
_POSSESSIVE_OPENER_RE = re.compile(r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+(?P<noun>[a-z]+)\s")


def _possessive_opener(res: Resolver, gender: str, ref: int) -> Entity | None:
    """The person whose name, in the possessive before a thing ("Serhiy's shift"), opens the sentence before the
    one at ``ref`` when that sentence opens with "He"/"She" of the person's gender, else None ("Putin's spokesman
    said … He added": a person noun, the spokesman)."""
    k = bisect_right(res.sent_starts, ref) - 1
    if k < 1 or not res.text.startswith(_SUBJECT_PRONOUN_OPENING[gender], res.sent_starts[k]):
        return None
    m = _POSSESSIVE_OPENER_RE.match(res.text, res.sent_starts[k - 1], res.sent_starts[k])
    if m is None or m.group("noun") in PERSON_NOUNS or m.group("noun") in ROLE_CLASSES:
        return None
    name = m.group("name")
    for e in res.entities.values():
        if (e.name == name or name in e.name.split()) and e.gender in ("", gender):
            return e
    return None


_HEADS_RE = re.compile(
    r", who (?:heads|leads|runs|chairs|directs|(?:is|was|has been) (?:its|the|their) (?P<r>[a-z]+)) "
)


_APPOSED_HEAD_RE = re.compile(
    r", (?:the |its )?(?P<r>head|chief|leader|director|chairman|chairwoman) of (?:the )?[A-Z]"
)


def held_roles(text: str, lang: str) -> dict[int, str]:
    """Roles given by a relative clause after a name, by the clause's offset: "Élise Maréchal, who heads
    the rescue unit" is a chief (rules-1.12), "Derek Tonkin, who has been its coxswain" a coxswain
    (rules-1.14)."""
    if lang != "en":
        return de_held_roles(text) if lang == "de" else {}  # "der Leiter der …, Name Surname," (rules-1.324)
    out = {}
    for m in _HEADS_RE.finditer(text) if ", who " in text else ():
        role = m.group("r") or "chief"
        if role == "chief" or role in PERSON_NOUNS:
            out[m.start()] = role
    for m in _APPOSED_HEAD_RE.finditer(text):  # "Kyrylo Danylenko, the head of the GUR," (rules-1.30)
        role = m.group("r")
        out.setdefault(m.start(), "chief" if role in ("head", "leader") else role)
    return out


# an article, one or two lower-case adjectives and a noun: "Eine frühere Mitarbeiterin", "a former employee"
_ADJ_ROLE_RE = re.compile(
    r"(?<!\w)(?i:a|an|the|ein|eine|einer|einem|eines|der|die|dem|den)\s+"
    r"(?:(?!(?:als|aus|von|vom|mit|im|in|an|am|zu|und|of|at|from|for|with|and|who|to)\s)[a-zäöüß][\w-]*\s+){1,2}"
    r"(?P<role>[\w-]+)\b"
)


def role_before_any(res: Resolver, gender: str, ref: int) -> tuple[str, int]:
    """role_before, or the role opening the sentence before ``ref`` with adjectives between its article and
    its noun, which role_before reads as the adjective ("Eine frühere Mitarbeiterin, die als Zeugin …
    „…“, sagte sie", "A former nurse, who …", rules-1.20)."""
    text, lang = res.text, res.lang
    phrase, pos = role_before(text, lang, gender, ref)
    if not phrase and gender in ("m", "f", ""):  # "Глава МИД Украины прибыл … — заявил он" (rules-1.337)
        phrase, pos = office_opening(res, ref, gender)
    if gender not in ("m", "f") or lang not in ("en", "de"):
        return phrase, pos
    opens = bool(phrase) and res.opens_previous_sentence(pos, ref)
    if opens and (
        pos + len(phrase) >= ref or not text[pos + len(phrase) + 1 : pos + len(phrase) + 2].isupper()
    ):
        return phrase, pos  # not "Eine langjährige" before "Spielerin"
    k = bisect_right(res.sent_starts, ref) - 1
    for st in res.sent_starts[max(0, k - 1) : k + 1]:  # only the openings of this sentence and the one before
        while st < ref and text[st].isspace():
            st += 1
        if (m := _ADJ_ROLE_RE.match(text, st, ref)) is None:
            continue
        word = m.group("role").lower()
        if not (word in PERSON_NOUNS or word in ROLE_CLASSES or DE_ROLE_SUFFIXES.search(word)):
            continue
        female = word in FEMALE_ROLE_WORDS or (word.endswith("in") and lang == "de")
        if (gender == "m" and female) or (
            gender == "f" and (word in MALE_ROLE_WORDS or (lang == "de" and not female))
        ):
            continue
        if res.opens_previous_sentence(m.start(), ref):
            return m.group().strip(), m.start()
    return phrase, pos


def holder_named_after(res: Resolver, cls: str, cands: list[Entity], ref: int) -> Entity:
    """A role phrase (of class ``cls``) before anyone holding it is named ("… nach Angaben des
    Beschaffungschefs …"): the next person named, when that person has no role of their own and a word of
    the class stands just before the name ("…, sagte der Leiter der Agentur, Kostjantyn Lytwyntschuk"),
    else the nearest later holder of the role (rules-1.20)."""
    later = [e for e in res.entities.values() if e.first_pos > ref]
    nxt = min(later, key=lambda e: e.first_pos) if later else None
    if nxt is not None and not nxt.role_classes:
        window = res.text[max(ref, nxt.first_pos - 80) : nxt.first_pos]
        window = window[max(window.rfind("\n"), window.rfind(". ")) + 1 :]  # the name's own sentence
        if any(role_class(w) == cls for w in window.split()[-6:]):
            return nxt
    return min(cands, key=lambda e: e.first_pos)


def gender_from_complement(r: Resolver, raw: Raw, res: Resolved) -> None:
    """A person's gender from the reported clause's first word ("X said her …", "X said he …")."""
    if raw.kind != "indirect" or res.speaker_type != "person":
        return
    first = raw.quote.split(maxsplit=1)[0].lower() if raw.quote else ""
    g = {"her": "f", "she": "f", "his": "m", "he": "m"}.get(first, "")
    e = r.entities.get(res.key)
    if g and e is not None and not e.gender:
        e.gender = g


# a relative clause's pronoun subject: its antecedent may be earlier in the sentence (1.29; "that it says": 1.224)
_REL_PRONOUN_RE = re.compile(r",\s+(?:which|who|that)\s+(?:he|she|they|it)\s|\sthat\s+it\s+(?=sa[iy]d?s?\s)")


def pronoun_ref(text: str, ref: int, raw: Raw) -> int:
    """Where the speaker of ``raw`` is looked for: ``ref``, or for a pronoun at ", which he said" between
    ``ref`` and the complement, so that "Prime Minister X will …, which he said …" finds X."""
    if raw.speaker is None or raw.speaker.kind != "pronoun":
        return ref
    rel = _REL_PRONOUN_RE.search(text, ref, raw.start)
    return rel.start() if rel else ref
