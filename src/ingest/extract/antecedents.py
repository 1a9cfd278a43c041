"""The antecedent of "they"/"it" when it is a body or a group (rules-1.42 moved it here from resolve), and
the person a lead's opening role stands for (rules-1.45)."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from ingest.extract.entities import Entity, Resolved
from ingest.extract.given_names import is_first_name
from ingest.extract.holders import president_as_head
from ingest.extract.names import group_id, org_id, org_key
from ingest.extract.roles import is_title_token, role_class
from ingest.extract.speakers import analyze_np, is_org_word

if TYPE_CHECKING:
    from ingest.extract.resolve import Resolver


# uk/ru: a subject and a plural past verb opening a sentence ("Спостерігачі мережі ОПОРА повідомили про …")
_CYR_PLURAL_SUBJECT_RE = re.compile(
    r"\s*(?P<np>[А-ЯІЇЄҐ][^,.!?:;\n„“]{1,60}?)\s+(?:не\s+)?[а-яіїєґё]{3,}ли\b"
)


# rules-1.67: en/de, a subject opening the sentence before, up to its first verb ("Council planning officers had
# recommended approval. In a report …, they said …"; "Die Verbraucherzentrale Hessen beobachtet … Nach ihren Zahlen …")
_SUBJECT_BEFORE_RE = {
    "en": re.compile(
        r"\s*(?P<np>[A-Z][^,.!?:;\n\"“”]{1,60}?)\s+(?:had|have|has|were|are|did|would|will|could|[a-z]{3,}ed)\b"
    ),
    # (rules-1.236: also after attributes, "Die von Russland eingesetzte Kraftwerksleitung wies …", "Die neue …")
    "de": re.compile(
        r"\s*(?P<art>Der|Die|Das)\s+(?P<np>(?:(?:(?:von|vom|aus|im|in|mit)\s+(?:(?:der|dem|den|des)\s+)?"
        r"[A-ZÄÖÜ][\w-]*\s+)?[a-zäöüß-]+(?:e|en|er|es)\s+){0,2}[A-ZÄÖÜ][^,.!?:;\n„“]{1,60}?)\s+[a-zäöüß]{3,}\b"
    ),
}


# rules-1.109: "The main contractor, Drayton Civil Engineering, apologised …. It said …": a body named in
# apposition to a descriptive subject opening the sentence before
_EN_APPOSITIVE_BODY_RE = re.compile(
    r"\s*(?P<np>(?:The|Its|Their)\s+(?:[a-z-]+\s+){0,3}[a-z]+,\s+[A-Z][^,.!?:;\n\"“”]{1,60}?),\s+"
    r"(?:[a-z]{3,}ed|has|had|was|is|will|would)\b"
)
_PRONOUN_OPENERS = frozenset(("They", "We", "He", "She", "It", "I", "You", "Sie", "Er", "Es", "Wir"))


def subject_before(r: Resolver, g: str, ref: int) -> Resolved | None:
    """The body or group opening the sentence right before ``ref``'s (en/de), when no body or group was quoted
    since that sentence began and its gender fits the pronoun (German "ihr" for "die", "sein" for "der"/"das")."""
    k = bisect_right(r.sent_starts, ref) - 1
    rx = _SUBJECT_BEFORE_RE.get(r.lang)
    if rx is None or k < 1 or any(p >= r.sent_starts[k - 1] for p, _k, _res in r.last if p < ref):
        return None
    m = rx.match(r.text, r.sent_starts[k - 1], r.sent_starts[k])
    if m is None:
        return None
    if r.lang == "de" and (m.group("art") == "Die") != (g in ("f", "p")):
        return None
    np_words = m.group("np").split()
    if np_words[0] in _PRONOUN_OPENERS or np_words[-1] in ("who", "that", "which"):
        return None  # "They know many people who entered …": no subject phrase (rules-1.70)
    sp = analyze_np(m.group("np"), r.lang)
    if sp.kind == "group" and g == "p":
        return Resolved(sp.text, group_id(sp.text), "group")
    if sp.kind == "organisation" and (g in ("o", "p") or r.lang == "de"):
        return Resolved(sp.org or sp.text, org_id(sp.org or sp.text), "organisation")
    return None


def frame_body(r: Resolver, g: str, ref: int) -> Resolved | None:
    """The body a German "Nach seinen Angaben"/"Nach ihren Zahlen" stands for: "sein" is also neuter, so the
    body just quoted (the sentence before at most), else the body opening the sentence before (rules-1.67)."""
    if g == "m" and r.last and r.last[-1][1] == "organisation" and r.sentences_apart(r.last[-1][0], ref) <= 1:
        return r.last[-1][2]
    if (
        g in ("m", "f")
        and r.last
        and r.last[-1][1] == "organisation"
        and _told_just_before(r, r.last[-1][0], ref)
    ):
        return r.last[-1][2]  # "… Das teilte die Luftwaffe mit. Nach ihren Angaben …" (rules-1.176)
    return subject_before(r, g, ref)


_DE_POINTER_RE = re.compile(r"(?:Das|Dies)\s")


def _told_just_before(r: Resolver, quoted: int, ref: int) -> bool:
    """The body's statement at ``quoted`` is the sentence two before ``ref``, told in the one just before it
    ("Das teilte die ukrainische Luftwaffe mit.")."""
    k = bisect_right(r.sent_starts, ref) - 1
    return (
        r.lang == "de"
        and k >= 2
        and r.sentences_apart(quoted, ref) == 2
        and _DE_POINTER_RE.match(r.text, r.sent_starts[k - 1]) is not None
    )


def plural_antecedent(r: Resolver, g: str, ref: int) -> Resolved | None:
    """The body or group quoted last before ``ref`` for "they"/"it"; for "they" in Ukrainian and Russian
    a body or group that is the subject of a plural verb opening the sentence before, when nearer
    ("… ОПОРА повідомили про 17 порушень. За їхньою оцінкою, …", rules-1.42)."""
    last = next(
        ((p, res) for p, k, res in reversed(r.last) if k in ("organisation", "group", "anonymous")), None
    )
    if (
        g == "p" and (before := subject_before(r, g, ref)) is not None
    ):  # "they", not "it" ("The agency has …")
        return before
    k = bisect_right(r.sent_starts, ref) - 1
    if g == "p" and r.lang in ("uk", "ru") and k >= 1 and (last is None or last[0] < r.sent_starts[k - 1]):
        m = _CYR_PLURAL_SUBJECT_RE.match(r.text, r.sent_starts[k - 1], r.sent_starts[k])
        sp = analyze_np(m.group("np"), r.lang) if m is not None else None
        if sp is not None and sp.kind == "group":
            return Resolved(sp.text, group_id(sp.text), "group")
        if sp is not None and sp.kind == "organisation":
            return Resolved(sp.org or sp.text, org_id(sp.org or sp.text), "organisation")
    if g == "o" and r.lang == "en" and (body := _appositive_body_before(r, ref)) is not None:
        return body  # "The main contractor, Drayton Civil Engineering, apologised …. It said …" (rules-1.109)
    # rules-1.313: no body quoted since the sentence before began
    quiet = k >= 1 and (last is None or last[0] < r.sent_starts[k - 1])
    if g == "o" and r.lang == "en" and quiet and (body := _body_opening_before(r, k)) is not None:
        return body  # "The Russian embassy rejected the report. In a statement, it said …" (rules-1.313)
    if last is None and g == "o" and r.last and (body := _body_named_as_person(r, ref)) is not None:
        return body
    if last is None and g == "o" and r.lang == "en" and (body := _its_subject_before(r, ref)) is not None:
        return body  # "Zambezi Copper lowered its forecast …. Output will fall …, it said." (rules-1.124)
    return last[1] if last is not None else None


# rules-1.313: a body opening a sentence before a verb in "-ed" ("The Russian embassy rejected the report.");
# rules-1.456: or before a negated past or perfect ("Russia's Defence Ministry did not mention the train.")
_EN_BODY_OPENING_RE = re.compile(
    r"(?P<np>(?:[Tt]he\s+)?[A-Z][^,.;:!?“”\"\n]{1,70}?)\s+(?=[a-z]{3,}ed\s|(?:did|has|had)\s+not\s+[a-z]{3,}\s)"
)


def _body_opening_before(r: Resolver, k: int) -> Resolved | None:
    """The body that opens sentence ``k - 1`` as the subject of a verb in "-ed" (what "it" in sentence ``k``
    stands for when no body was quoted since), else None."""
    m = _EN_BODY_OPENING_RE.match(r.text, r.sent_starts[k - 1], r.sent_starts[k])
    np = m.group("np") if m is not None else ""
    if not any(w[:1].isupper() for w in np.split()[1:]):
        return None  # "The company called …": a body named before, the one quoted last stands for it
    sp = analyze_np(np, "en")
    if sp.kind != "organisation":
        return None
    return Resolved(sp.org or sp.text, org_id(sp.org or sp.text), "organisation")


# rules-1.124: a name of capitalised words opening a sentence, a verb, then "its" within two more words
_EN_ITS_SUBJECT_RE = re.compile(
    r"\s*(?:[A-Z][A-Z .'-]+(?:,[^-–—\n]{0,30})?(?:\s*\([^)\n]{1,30}\))?\s*[-–—]\s*)?"  # a dateline
    r"(?P<np>[A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){1,3})\s+[a-z]{2,}\s+"
    r"(?:[a-z]+\s+){0,2}its\s"
)


def _its_subject_before(r: Resolver, ref: int) -> Resolved | None:
    """The body whose name opens the sentence right before ``ref``'s and is taken up by "its" in its own clause
    ("Zambezi Copper lowered its forecast …"): what "it" stands for when no body was quoted before."""
    k = bisect_right(r.sent_starts, ref) - 1
    if k < 1:
        return None
    m = _EN_ITS_SUBJECT_RE.match(r.text, r.sent_starts[k - 1], r.sent_starts[k])
    if m is None:
        return None
    words = m.group("np").split()
    if words[0] in _PRONOUN_OPENERS or any(is_first_name(w) or is_title_token(w) for w in words):
        return None
    return Resolved(m.group("np"), org_id(m.group("np")), "organisation")


def _appositive_body_before(r: Resolver, ref: int) -> Resolved | None:
    """The body named in apposition to the descriptive subject opening the sentence right before ``ref``'s
    ("The main contractor, Drayton Civil Engineering, apologised …"), when nothing was quoted since."""
    k = bisect_right(r.sent_starts, ref) - 1
    if k < 1 or any(p >= r.sent_starts[k - 1] for p, _k, _res in r.last if p < ref):
        return None
    m = _EN_APPOSITIVE_BODY_RE.match(r.text, r.sent_starts[k - 1], r.sent_starts[k])
    if m is None:
        return None
    sp = analyze_np(m.group("np"), r.lang)
    words = sp.text.split()
    if sp.kind == "person" and (  # a firm's name read as a person's: no given name or title in it
        any(is_first_name(w) or is_title_token(w) for w in words)
        or not (len(words) > 1 or is_org_word(m.group("np").split(",")[0].split()[-1]))
    ):
        return None
    if sp.kind not in ("organisation", "person"):
        return None
    return Resolved(sp.org or sp.text, org_id(sp.org or sp.text), "organisation")


def _body_named_as_person(r: Resolver, ref: int) -> Resolved | None:
    """ "Crownline Games said … The numbers were …, it said.": "it" after a speaker of the sentence before who
    was taken for a person but has no known first name, title, role or gender is that body (rules-1.49)."""
    pos, kind, res = r.last[-1]
    ent = r.entities.get(res.key)
    words = res.speaker.split()
    if kind != "person" or ent is None or len(words) < 2 or r.sentences_apart(pos, ref) > 1:
        return None
    if ent.gender or ent.roles or is_first_name(words[0]):
        return None
    return res


# the lead's subject when it is a role ("LONDON, Nov 18 - The chief executive of Quellwater was accused …")
# rules-1.275: also "LONDON (Reuters) - " and a country's possessive ("Britain's transport secretary said …")
_DATELINE_RE = re.compile(r"[A-Z][A-Z .'-]+(?:,[^-–—\n]{0,30}|\s*\([^)\n]{1,30}\)\s*)[-–—]\s*")
_LEAD_ROLE_RE = re.compile(
    r"(?:The|A|[A-Z][a-z]+['’]s)\s+[^,\n]{3,60}?(?=\s+(?:was|were|has|had|is|said|says|told|will|would)\b)"
)


def lead_role_holder(r: Resolver, phrase: str, ref: int = -1) -> Entity | None:
    """The person a role phrase (``phrase``, "the chief executive") stands for when the lead opens with a
    role of the same class and the second paragraph opens with a person named in full who has no role of
    their own ("Daniel Voss, who was paid …"; English, rules-1.45)."""
    if r.lang in ("uk", "ru"):
        return president_as_head(
            r, phrase, ref
        )  # "глава ассоциации" after "президент Ассоциации … X" (1.336)
    cls = role_class(phrase) if r.lang == "en" else ""
    nl = r.text.find("\n")
    if not cls or nl < 0:
        return None
    d = _DATELINE_RE.match(r.text, 0, nl)
    m = _LEAD_ROLE_RE.match(r.text, d.end() if d else 0, nl)
    shared = (
        set(phrase.lower().split()) & set(m.group().lower().split()) - {"the", "a", "an", "of"} if m else ()
    )
    if (
        m is None or role_class(m.group()) != cls or not shared
    ):  # "the chief executive", "the Quellwater boss"
        return None
    end = r.text.find("\n", nl + 1) % (len(r.text) + 1)
    named = [e for e in r.entities.values() if nl < e.first_pos < end and " " in e.name]
    first = min(named, key=lambda e: e.first_pos) if named else None
    if first is None or (first.role_classes and first.role_classes != {"general"}) or cls == "general":
        return (
            None  # a rank is no office: "The head of the drone office …" then "Lieutenant General X" (1.225)
        )
    first.add_role(m.group())
    return first


# uk/ru "відомство"/"ведомство" (the agency): a word for any public body, never a body's own name
_AGENCY_RE = re.compile(
    r"(?:(?:в|у|во)\s+)?(?:відомств|ведомств|фінустанов|финучрежден)\w*"
)  # "у фінустанові" (1.117)
_OUTLET_STEMS = ("издани", "видання", "газет", "редакц", "телеканал", "журнал")


def agency_quoted(r: Resolver, name: str, ref: int) -> Resolved | None:
    """ "По данным ведомства, …" after "…, сообщили в Главном управлении МЧС": the body quoted last, in this
    sentence or the two before (rules-1.49); None otherwise."""
    if r.lang in ("uk", "ru") and _MINISTRY_RE.fullmatch(name.lower()):
        return _ministry_quoted(r, ref)
    if r.lang not in ("uk", "ru") or not _AGENCY_RE.fullmatch(name.lower()):
        return None
    at, res = next(
        (
            (p, res)
            for p, k, res in reversed(r.last)
            if k == "organisation" and not res.speaker.lower().startswith(_OUTLET_STEMS)
        ),
        (-1, None),
    )  # an outlet ("по информации издания") is no agency (rules-1.60)
    named = _agency_named(r.text, max(at, 0), ref)
    if res is None or r.sentences_apart(at, ref) > 2 or _AGENCY_RE.fullmatch(res.speaker.lower()):
        return named
    if named is not None and named.speaker.lower()[:5] in res.speaker.lower():
        return res  # "… сообщили в управлении Росприроднадзора …": the body quoted, by its full name
    return named or res  # a public body named after the one quoted: "… — говорится в ответе компании.
    # Росздравнадзор … уже направил запрос. В ведомстве напомнили …" (rules-1.60)


# rules-1.167: "уточнили в міністерстві", "В министерстве добавили": the ministry alone, by what it is
_MINISTRY_RE = re.compile(r"(?:(?:в|у|во)\s+)?(?:міністерств|министерств)\w*")
# ("мед", "мен…": the keys of "МИД России", "Минобороны России", rules-1.236)
_MINISTRY_ACRONYMS = frozenset(("моз", "мзс", "мид", "мед", "мвс", "мвд", "мон"))
_MINISTRY_KEYS = _MINISTRY_ACRONYMS | {"foreign", "defence"}  # a state body's key, "defence ru" (rules-1.228)
_MINISTRY_SHORT_RE = re.compile(r"(?:мін|мин|мен)(?!ськ|ск|едж)[а-яіїєґё]{2}")


def _ministry_quoted(r: Resolver, ref: int) -> Resolved | None:
    """The ministry quoted last before ``ref`` by its name ("Про це повідомило Міністерство енергетики. …, уточнили
    в міністерстві."), in this sentence or the three before; None when there is none (the phrase keeps an id of
    its own in the article)."""
    for at, kind, res in reversed(r.last):
        if at >= ref or kind != "organisation":
            continue
        if r.sentences_apart(at, ref) > 3:
            return None
        key = org_key(res.speaker).split()
        if (len(key) > 1 and any(w in ("minist", "мініст", "минист") for w in key)) or (
            len(key) <= 2 and any(w in _MINISTRY_KEYS or _MINISTRY_SHORT_RE.match(w) for w in key)
        ):
            return res  # also by an acronym or a short name ("МОЗ", "МЗС", "Минздрав", "Мінфін"), with its
            # country ("Минобороны России", key "рф менобо": rules-1.236)
    return None


# a one-word body as a sentence's subject: "Росздравнадзор, по информации издания, …", "Росстат уже …"
_CYR_CAP_RE = re.compile(
    r"(?:^|(?<=[.!?»]\s)|(?<=\n))(?:(?:В|У|Во)\s+(?=[А-ЯІЇЄҐ][\w-]{3,}\s+[а-яіїєґё]))?"  # 1.239: "В Минпромторге …"
    r"(?P<b>[А-ЯІЇЄҐ][\w-]{3,})(?=,|\s+(?:уже|также|ранее|тоже|вже|також|раніше)\b"
    r"|\s+[а-яіїєґё'’]+(?:л|ла|ло|ли)\b|(?<=е|і)\s+[а-яіїєґё])"
)


def _agency_named(text: str, after: int, ref: int) -> Resolved | None:
    """The last public body named in a word of its own after ``after`` and in the 300 characters before
    "в ведомстве" ("Росздравнадзор, по информации издания, … В ведомстве напомнили"), rules-1.60."""
    found = [
        m.group("b")
        for m in _CYR_CAP_RE.finditer(text, max(after, ref - 300), ref)
        if is_org_word(m.group("b")) and not m.group("b").lower().startswith(_OUTLET_STEMS)
    ]
    return Resolved(found[-1], org_id(found[-1]), "organisation") if found else None


def later_unnamed(r: Resolver, phrase: str, e: Entity | None, ref: int, gender: str) -> Resolved | None:
    """The unnamed speaker "the diplomat" stands for when one with that head word ("A Western diplomat in
    Yerevan, speaking on condition of anonymity, said …") spoke after the last mention of ``e``, the person of
    the same role class (a foreign ministry's spokeswoman) the role lookup found (English, rules-1.303)."""
    if e is None or r.lang != "en" or phrase[:4].lower() != "the " or " " in phrase[4:].strip():
        return None  # only a bare "the <noun>": "the Russian diplomat" may well be the named one
    last = max([p for p in e.subject_pos if p <= ref] or [e.first_pos])
    found = r.recent_unnamed_at(gender, ref + 1, last, phrase[4:].strip().lower())
    return found[1] if found is not None else None
