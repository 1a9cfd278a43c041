"""A bare state body takes the country of the body of its class named before it in the article (rules-1.228):
"das Ministerium" / "Außenministerium" after "Das ukrainische Außenministerium", "die Notenbank" after "Die
Nationalbank der Ukraine (NBU)", "the regulator" or "Регулятор" after the central bank, "По данным министерства"
after "МИД Украины" get the key of ``statebodies.state_body_key`` ("foreign ua"), the id the body has where its
country is named."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ingest.extract.councils import (
    council_class,
    council_id,
    council_in_text,
    council_key,
    is_bare_council,
)
from ingest.extract.entities import Resolved
from ingest.extract.names import org_id
from ingest.extract.officeholder import office_holder
from ingest.extract.resolve_phrases import resolve_organisation
from ingest.extract.statebodies import (
    ANY_CLASS,
    COUNTRY_CODES,
    countries_in,
    country_in_text,
    is_bare_body,
    state_body_class,
    state_body_phrase,
)

if TYPE_CHECKING:
    from ingest.extract.resolve import Resolver
    from ingest.extract.speakers import SpeakerPhrase

# words for a body of no class that stand for the last state body named: a regulator is a central bank, a
# ministry or a "department" one of the ministries
_REGULATOR_RE = re.compile(r"(?:the\s+|die\s+|der\s+)?(?:regulator|регулятор\w*)")
_MINISTRY_RE = re.compile(
    r"(?:the\s+|das\s+)?(?P<adj>\w+\s+)?(?:ministry|ministerium\w*|м[іи]н[іи]стерств[оаіуе]\w*|в[іи]домств\w*|ведомств\w*)"
)
# a press service speaks for its body: "пресслужбі Міністерства", "the ministry's press service"
_PRESS_RE = re.compile(
    r"^(?:пресс?-?служб\w*|pressestelle\s+(?:des|der)|press service of)\s+|['’]s press service$"
)


def resolve_body(r: Resolver, sp: SpeakerPhrase, ref: int) -> Resolved:
    """``resolve_organisation``, then a bare state body's country from the article (rules-1.228)."""
    if (holder := office_holder(r, sp, ref)) is not None:
        return holder  # "her office said", "Hesketh's office" (rules-1.318)
    res = resolve_organisation(r, sp, ref)
    low = _PRESS_RE.sub("", res.speaker.lower().strip())
    if is_bare_council(low):  # "the regional council" after "Poltava Regional Council" (rules-1.243)
        at = r.text.find(sp.text, ref) if sp.text else -1
        cls = council_class(low)
        skel = council_in_text(r.text, cls, at if at >= 0 else ref)
        return Resolved(res.speaker, council_id(cls, skel), "organisation") if skel else res
    cls = state_body_class(low)
    if cls and countries_in(low):
        return res
    named = countries_in(low) if not cls else ()  # "Російське відомство"
    at = r.text.find(sp.text, ref) if sp.text else -1  # the phrase itself (``ref`` may be the quote's start)
    end = min(len(r.text), (at if at >= 0 else ref) + len(sp.text) + 1)
    if not cls and _REGULATOR_RE.fullmatch(low):
        cls = "centralbank"
    elif not cls and (m := _MINISTRY_RE.fullmatch(low)) and (m.group("adj") is None or named):
        cls = last_ministry_class(r.text, end)  # (an adjective only of a country: not "the energy ministry")
    core = low if state_body_class(low) else _MINISTRY_RE.sub(" ", _REGULATOR_RE.sub(" ", low))
    if not cls or len(named) > 1 or (not named and (not is_bare_body(core) or cls in _NAMED_ONLY)):
        return res  # a word that may name another country the stems do not know ("Iran's", "турецькому")
    cc = named[0] if named else country_in_text(r.text, cls, end) or article_country(r.lang)
    return Resolved(res.speaker, org_id(state_body_phrase(cls, cc)), "organisation") if cc else res


# rules-1.389: a government or an embassy is keyed only where its own phrase names the country: a bare "die
# Regierung", "уряду", "Botschaft" keeps its article's key
_NAMED_ONLY = frozenset(("government", "embassy"))


def article_country(lang: str) -> str:
    """Ukraine for a bare body of a Ukrainian article that names no country of that class of body (its bare "МЗС",
    "Міноборони", "Генштаб" are Kyiv's), else "" (an English "The General Staff said" in an article naming no
    country, or naming Ukraine elsewhere, keeps its key: which state's it is is not said)."""
    return "ua" if lang == "uk" else ""


def last_ministry_class(text: str, end: int) -> str:
    """The class of the last ministry named in ``text`` before ``end`` ("foreign", "defence"), or ""."""
    found = ""
    for m in ANY_CLASS.finditer(text, 0, end):
        cls = state_body_class(m.group().lower())
        if cls in ("foreign", "defence"):
            found = cls
    return found


def unify_state_bodies(resolved: list[Resolved | None]) -> list[Resolved | None]:
    """A bare state body resolved by another path (a Konjunktiv sentence after "Nach Angaben des ukrainischen
    Generalstabs …") takes the id of the one body of its class with a country that the article's other statements
    have, if there is one."""
    bare: dict[str, list[int]] = {}
    for i, res in enumerate(resolved):
        if res is not None and res.speaker_type == "organisation":
            low = res.speaker.lower().strip()
            if (cls := state_body_class(low)) and not countries_in(low) and is_bare_body(low):
                bare.setdefault(cls, []).append(i)
    out = list(resolved)
    for cls, where in bare.items():
        known = _known_ids(cls)
        found = {res.speaker_id for res in resolved if res is not None and res.speaker_id in known}
        if len(found) == 1:
            sid = found.pop()
            for i in where:
                res = resolved[i]
                assert res is not None
                out[i] = Resolved(res.speaker, sid, "organisation")
    return out


@lru_cache(maxsize=16)
def _known_ids(cls: str) -> frozenset[str]:
    """The ids of the bodies of class ``cls`` of every country (computed once per class: rules-1.267, speed)."""
    return frozenset(org_id(state_body_phrase(cls, code)) for code in COUNTRY_CODES)


_DE_DEFINITE_RE = re.compile(r"(?:der|des|dem|den)\s", re.I)


def council_role(r: Resolver, sp: SpeakerPhrase, ref: int) -> Resolved | None:
    """A German council read as a role ("Der Stadtrat von Poltawa erklärte", "Der Gebietsrat"): the body, when the
    phrase names its place or the article names a council of that level with one (rules-1.243); "ein Stadtrat",
    "Stadtrat Lang" stay people."""
    low = sp.text.lower().strip()
    if r.lang != "de" or not _DE_DEFINITE_RE.match(low) or not (cls := council_class(low)):
        return None
    if council_key(low):
        return Resolved(sp.text.split(None, 1)[1], org_id(low), "organisation")
    skel = council_in_text(r.text, cls, ref) if is_bare_council(low) else ""
    return Resolved(sp.text.split(None, 1)[1], council_id(cls, skel), "organisation") if skel else None
