"""Pronoun hints for the resolver (rules-1.75): a first-person "I" outside quotes is the writer, and a
German "sie" with no woman named before is the feminine body named before ("Die Polizei … Sie teilte
mit, dass …"); an age ("der 39-Jährige") given before to no named person is that unnamed person (rules-1.83)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from ingest.extract.bodies import doc_author_before, locative_body_before, org_before
from ingest.extract.bodykeys import fold_key
from ingest.extract.entities import Resolved
from ingest.extract.mentions import plural_phrase
from ingest.extract.names import org_id, org_key, unknown_id
from ingest.extract.speakers import analyze_np, gender_of_first, is_first_name, is_org_word

if TYPE_CHECKING:
    from ingest.extract.resolve import Resolver

_DE_FEM_ARTICLE_RE = re.compile(r"\b(?:[Dd]ie|der)\s+(?:[a-zäöüß]+e[nr]?\s+)?$")


def in_open_quote(text: str, ref: int) -> bool:
    """A quotation mark opened in the paragraph before ``ref`` and not closed: "“But I think that …"."""
    seg = text[text.rfind("\n", 0, ref) + 1 : ref]
    return seg.count("“") > seg.count("”") or seg.count('"') % 2 == 1


def de_feminine_body(text: str, lang: str, ref: int) -> Resolved | None:
    """The body named before ``ref`` when "die" (or the feminine "der") stands before its last mention
    ("Die Bahn hat … gesperrt. Sie erklärte, …"), else None; only for German."""
    if lang != "de" or not (body := org_before(text, lang, ref)):
        return None
    at = text.rfind(body.split()[0], 0, ref)
    if at < 0 or _DE_FEM_ARTICLE_RE.search(text, max(0, at - 30), at) is None:
        return None
    return Resolved(body, org_id(body), "organisation")


_DE_AGE_RE = re.compile(r"(\d+)-[Jj]ährig")


def de_age_referent(text: str, phrase: str, ref: int) -> str | None:
    """Whom "Der 39-Jährige gab an, …" means: the person named with that age before ("der 39-jährige Jan
    Roth", "Jan Roth (39)"), or "" when "39-Jährig…" stood before only without a name ("gegen den
    39-Jährigen": an unnamed person, not the person last spoken of); None when the age was not given before."""
    m = _DE_AGE_RE.search(phrase) if "hrig" in phrase else None
    if m is None:
        return None
    age, before = m.group(1), text[: max(0, ref)]
    named = re.search(
        rf"\b{age}-[Jj]ährige[nmrs]?\s+([A-ZÄÖÜ]\w+\s+[A-ZÄÖÜ]\w+)|([A-ZÄÖÜ]\w+\s+[A-ZÄÖÜ]\w+)\s+\({age}\)",
        before,
    )
    if named is not None:
        return named.group(1) or named.group(2)
    return "" if re.search(rf"\b{age}-[Jj]ährig", before) else None


def aged_person(r: Resolver, phrase: str, ref: int) -> Resolved | None:
    """ "Der 39-Jährige …" by ``de_age_referent``: the person named with that age, an unnamed person of
    their own, or None (the usual role resolution)."""
    aged = de_age_referent(r.text, phrase, ref)
    if aged is None:
        return None
    return (
        r.person(r.entity_for(aged, ref))
        if aged
        else Resolved(phrase, unknown_id(phrase, r.article_id), "person")
    )


_BODY_JUST_NAMED = frozenset(("es", "darin", "hierin", "dort"))  # "…, hieß es.", "Darin heißt es:" (1.34)


def body_for_pronoun(r: Resolver, word: str, g: str, ref: int) -> Resolved | None:
    """The body a neuter pronoun or adverb stands for: "Там утверждают" (the body in the locative before),
    "…, hieß es." (the body just named; rules-1.34), "…, heißt es darin." (the author of the document just
    named, else the body; rules-1.80); None for other words or when no body is found."""
    if word == "it" and (subject := subject_for_relative_it(r.text, ref)):
        return Resolved(subject, org_id(subject), "organisation")
    if g != "o":
        return None
    if word in ("там", "тут"):
        body = locative_body_before(r.text, ref)
        if body:
            return _locative_body(r, body)
    elif word == "es" and (went_on := _went_on(r, ref) or _circles_before(r, ref)) is not None:
        return went_on
    elif word in _BODY_JUST_NAMED:
        body = (doc_author_before(r.text, ref) if word in ("darin", "hierin") else "") or org_before(
            r.text, r.lang, ref
        )
    else:
        return None
    return Resolved(body, org_id(body), "organisation") if body else None


_WENT_ON = (", hieß es weiter", ", heißt es weiter")  # how the statement's own sentence ends


def _went_on(r: Resolver, ref: int) -> Resolved | None:
    """rules-1.428: "…, hieß es weiter." after a person's statement (at most two sentences back, where a
    continuation of theirs may stand between) goes on with their words ("„…“, sagte X. Busse stünden bereit. Die
    Menschen würden …, hieß es weiter."); after a body's statement, or with no "weiter", the body just named stays."""
    if not r.last or " es weiter" not in r.text[ref : ref + 400]:
        return None
    nxt = bisect_right(r.sent_starts, ref)
    end = r.sent_starts[nxt] if nxt < len(r.sent_starts) else len(r.text)
    if not r.text[ref:end].rstrip().rstrip(".").endswith(_WENT_ON):
        return None
    at, kind, res = r.last[-1]
    return res if kind == "person" and r.sentences_apart(at, ref) <= 2 else None


def _circles_before(r: Resolver, ref: int) -> Resolved | None:
    """rules-1.437: "…, hieß es." right after unnamed circles' statement ("Das verlautete aus Koalitionskreisen.
    Die Finanzierung sei gesichert, hieß es.") goes on with the circles, not with a body their words named."""
    if not r.last:
        return None
    at, kind, res = r.last[-1]
    if kind == "pronoun" or not res.speaker.endswith(("kreisen", "kreise")):  # (circles are kept as "person")
        return None
    return res if r.sentences_apart(at, ref) <= 2 else None  # (2: "Das verlautete aus …" stands between)


def _locative_body(r: Resolver, body: str) -> Resolved:
    """rules-1.281: the body "Там" stands for keeps the id its statement just before had ("У прокуратурі
    зазначили, що …. …, додали там."; before, "там" gave "прокуратурі" an id of its own): the last body quoted
    whose key ends with the body's key, as a body's short form is found in resolve_phrases."""
    key = fold_key(org_key(body))
    for _ref, kind, res in reversed(r.last):
        if kind == "organisation" and key and fold_key(org_key(res.speaker)).endswith(key):
            return Resolved(body, res.speaker_id, "organisation")
    return Resolved(body, org_id(body), "organisation")


_GO_ON_CUES = frozenset(("added", "adds", "continued", "continues"))


def bare_speaker_before(r: Resolver, cue: str, ref: int, found: tuple[int, object] | None) -> Resolved | None:
    """The speaker of the statement just before, named by a bare surname (no gender, no entity), when a pronoun's
    sentence follows it and the person the mentions offer was last a subject before it: "Brafman said, “…” He
    added, “…”" after "Dinesh D'Souza was sentenced" (rules-1.138)."""
    if found is None or not r.last or cue.lower() not in _GO_ON_CUES:
        return None  # ("he added" goes on from the statement before; "he said" may be anyone's)
    at, kind, res = r.last[-1]
    if kind != "person" or not res.key.startswith("?|") or at <= found[0] or r.sentences_apart(at, ref) > 1:
        return None
    return res


def first_name_speaker_before(
    r: Resolver, gender: str, ref: int, found: tuple[int, object] | None
) -> Resolved | None:
    """The speaker of the statement just before, named by a first name alone ("Tom, a father of two, said he had
    queued … “…,” he said"), of the pronoun's gender, in the sentence before or the same one, after the person the
    mentions offer was last a subject (rules-1.140: a member of the public named by a first name only)."""
    if found is None or not r.last or gender not in ("m", "f"):
        return None
    at, kind, res = r.last[-1]
    name = res.speaker
    if kind != "person" or " " in name or not is_first_name(name) or gender_of_first(name) != gender:
        return None
    return res if at > found[0] and at < ref and r.sentences_apart(at, ref) <= 1 else None


def recent_unnamed_at(
    res_: Resolver, gender: str, ref: int, after: int, head: str = ""
) -> tuple[int, Resolved] | None:
    """The latest unnamed person speaker before ``ref`` (after ``after``) of a compatible gender, with ``head`` in
    its phrase when given (moved from ``Resolver``)."""
    for r, k, res in reversed(res_.last):
        if r >= ref:
            continue
        if r <= after:
            break
        if k not in ("anonymous", "person") or res.key or not res.speaker:
            continue
        sp = analyze_np(res.speaker, res_.lang)
        own = sp.gender if sp.gender in ("m", "f") or res_.lang != "en" else possessive_gender(res.speaker)
        if plural_phrase(res.speaker) or (gender in ("m", "f") and own in ("m", "f") and own != gender):
            continue
        if head and not any(
            w == head or (res_.lang == "de" and w.endswith(head)) for w in res.speaker.lower().split()
        ):
            continue
        return r, res
    return None


def body_quoted_before(r: Resolver, g: str, ref: int) -> Resolved | None:
    """(rules-1.183) The body a Ukrainian or Russian "він"/"вона"/"its" pronoun stands for when no person is there to
    stand for ("Про це повідомила асоціація. За її даними, …", "По его данным, …" after a ministry): the body quoted
    last, within the two sentences before; None in other languages or with no body quoted just before."""
    if r.lang not in ("uk", "ru") or g not in ("m", "f") or not r.last:
        return None
    at, kind, res = r.last[-1]
    return res if kind == "organisation" and at < ref and r.sentences_apart(at, ref) <= 2 else None


def body_named(r: Resolver, name: str, ref: int) -> Resolved | None:
    """(rules-1.183) A one-word name nobody was named by that is the first word of a body quoted before it in the
    article ("Harcastle said …" after "Harcastle Group said …"): that body, not a person "Harcastle"; a first name
    ("Morgan" after "Morgan Stanley") is not taken. rules-1.197: also a body of that one word ("Fingrid later
    said …" after "Grid operator Fingrid said …")."""
    if is_first_name(name):
        return None
    for at, kind, res in reversed(r.last):  # (the kind first: a split per earlier statement was quadratic)
        if kind == "organisation" and at < ref and (words := res.speaker.split()) and words[0] == name:
            return res
    ends, single, trade = _name_sites(r.text, name)
    k = bisect_right(ends, ref)  # the sites that end before ``ref``
    if single[k]:
        phrase = single[k]
        return Resolved(phrase, org_id(phrase), "organisation")
    if r.lang == "en" and trade[k]:
        return Resolved(name, org_id(name), "organisation")  # "… at carmaker Reuther's plant" (rules-1.238)
    return None


# rules-1.238: a firm's trade right before its one-word name ("Workers at carmaker Reuther's plant …", "Shares in
# chipmaker Nordtek fell"): "Reuther said …" is that firm, not a person Reuther (no trade a person is called by)
_EN_TRADE_NOUNS = (
    r"(?:carmaker|automaker|chipmaker|drugmaker|steelmaker|planemaker|retailer|airline|lender|insurer|broadcaster|"
    r"conglomerate|manufacturer)"
)
_CAP_WORDS_AFTER_RE = re.compile(r"(?:[ \t]+[A-Z][\w&.’'-]*){1,3}")
_TRADE_BEFORE_RE = re.compile(rf"\b{_EN_TRADE_NOUNS}\s+$")


def _name_ends(text: str, name: str, ref: int) -> Iterator[int]:
    """Where ``name`` ends as a whole word before ``ref`` (not inside "Crestline-Werk" or "Neo-Crestline")."""
    i = text.find(name, 0, ref)
    while i != -1:
        end = i + len(name)
        if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "-_")) and not (
            end < len(text) and (text[end].isalnum() or text[end] in "-_")
        ):
            yield end
        i = text.find(name, i + 1, ref)


@lru_cache(maxsize=256)
def _name_sites(text: str, name: str) -> tuple[list[int], list[str], list[bool]]:
    """Where ``name`` ends as a whole word in ``text`` (sorted), and for each count k of those sites: the one
    body the first k name by ``name`` and capitalised words ending in a body's word, quoted or not ("Crestline
    said …" after "… agreed to buy snack maker Crestline Brands …"; rules-1.225), or "" (none, or two:
    "Crestline Brands" and "Crestline Capital"); and whether a firm's trade stands before one of them (rules-1.238).
    Computed once per article and name: ``body_named`` runs for every statement of a bare name."""
    ends = list(_name_ends(text, name, len(text)))
    single = [""]
    trade = [False]
    named: set[str] = set()
    for end in ends:  # (str.find, not a pattern compiled per name: rules-1.257)
        if (tail := _CAP_WORDS_AFTER_RE.match(text, end)) is not None:
            words = tail.group().split()
            last = max((k for k, w in enumerate(words) if is_org_word(w.rstrip("."))), default=-1)
            if last >= 0:
                named.add(
                    " ".join([name, *words[: last + 1]]).rstrip(".")
                )  # not "Peabody Energy." at a full stop
        single.append(next(iter(named)) if len(named) == 1 else "")
        trade.append(
            trade[-1]
            or _TRADE_BEFORE_RE.search(text, max(0, end - len(name) - 30), end - len(name)) is not None
        )
    return ends, single, trade


# rules-1.224: "Britain imposed sanctions on 24 tankers that it says carry …", "The army destroyed three
# launchers, which it said were used …": "it" in a relative clause is the body opening the sentence (a
# country, an army: names the body patterns of org_before do not know); before, the speaker was empty
_REL_IT_RE = re.compile(r",?\s(?:which|that)\s+it\s+(?:says?|said)\s")
_DATELINE_RE = re.compile(r"[A-Z][A-Z .'-]+,[^-–—\n]{0,30}[-–—]\s*")
_SENTENCE_SUBJECT_RE = re.compile(
    r"(?P<np>(?:The\s+)?[A-Za-z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?:(?:has|have|had)\s+)?[a-z]+ed\s"
)


def subject_for_relative_it(text: str, ref: int) -> str:
    """The body that opens the sentence of a relative "that it says" at ``ref``, or ""."""
    if _REL_IT_RE.match(text, max(0, ref - 1)) is None and _REL_IT_RE.match(text, ref) is None:
        return ""
    dot = text.rfind(". ", 0, ref)
    start = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, ref) + 1)
    if (d := _DATELINE_RE.match(text, start, ref)) is not None:
        start = d.end()  # "LONDON, Nov 27 - Britain imposed …"
    m = _SENTENCE_SUBJECT_RE.match(text, start, ref)
    if m is None:
        return ""
    sp = analyze_np(m.group("np"), "en")
    return (sp.org or sp.text) if sp.kind == "organisation" else ""


def possessive_gender(phrase: str) -> str:
    """rules-1.313: the gender an English speaker phrase gives its holder by a possessive in its relative clause
    ("the unit's medic, who gave her name as Iryna", "a resident who asked that his name not be used"): "f", "m"
    or "" (none, or both)."""
    if "her" not in phrase and "his" not in phrase:
        return ""
    words = set(phrase.lower().split())
    her, his = bool(words & _HER_WORDS), bool(words & _HIS_WORDS)
    return "f" if her and not his else "m" if his and not her else ""


_HER_WORDS = frozenset(("her", "herself"))
_HIS_WORDS = frozenset(("his", "himself"))
