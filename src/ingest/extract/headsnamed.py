"""rules-1.431 (blind batch IDS30): a head or a member of parliament named earlier is the role phrase that follows.

An official introduced with a full title and named ("The commander of the State Border Guard Service, Lieutenant
General X", "Голова правління … Y", "Opposition MP Z") is often named next by a role phrase that shares no word with
that title ("The border guard chief said", "Der Grenzschutzchef fügte hinzu", "Очільник прикордонників додав",
"Глава погранведомства добавил", "the MP told", "sagte der Abgeordnete"). The phrase names no one, so it got an id
of its own article (``names.unknown_id``) and the person two ids. Here a singular role phrase of a head (chief,
boss, head, ``-chef``, очільник, керівник, глава, голова, начальник, руководитель, командувач) or of a member of
parliament (MP, lawmaker, Abgeordnete(r), депутат, нардеп) with such an id is the one person of the article, named
before its statement, whose own role phrases or the words before the name in its sentence are of that kind, when
that person speaks in the article. Left alone: a phrase naming a body by acronym, quotes or a capitalised name
("голова ОВА", "the Naftogaz boss": which body's head?), a phrase whose own qualifying words (their first five
letters) are not in the person's introduction and hold no generic body noun ("Голова району" after "Голова
Бородянської громади": the head of another body; "The gas company's boss" after "the head of Naftogaz" is kept), a spokesperson's, a former or deputy one's, a plural, and
an article with two such persons or none named before the phrase, and an office of ``link_offices`` ("Міський
голова" is the mayor, "Глава украинской военной разведки" the intelligence chief, whoever the article named before):
rules-1.204 links those across the batch.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.extract.cues import cue_gender
from ingest.extract.entities import Entity, Resolved
from ingest.extract.link_offices import NOT_HOLDER, office_of
from ingest.extract.names import person_id
from ingest.extract.raw import Raw

_HEAD_RE = re.compile(
    r"\b(?:chief|boss|head|commander)\b|[a-zäöüß]chef(?:in)?\b|^chef(?:in)?\b|\bkommandeur|"
    r"\bочільни(?:к|ка|ку|ком|ця|ці)\b|\bкерівни(?:к|ка|ку|ком|ця)\b|\bглав(?:а|и|і|е|у|ою|ой)\b|"
    r"\bголов(?:а|и|і|у|ою)\b|\bначальни(?:к|ка|ку|ком)\b|\bруководител(?:ь|я|ю|ем)\b|\bкомандувач|\bкомандующ",
    re.I,
)
_MP_RE = re.compile(
    r"\bMPs?\b|\blawmaker\b|abgeordnete[rn]?\b|\bдепутат(?:а|у|ом|ка)?\b|\bнардеп(?:а|у|ом|ка)?\b",
    re.I,
)
_OFF_RE = re.compile(NOT_HOLDER + r"|spokes|sprecher|речни|пресс|прес-|пресл|представ|mps\b", re.I)
_DETS = frozenset(("the", "der", "die", "des", "dem", "den"))
# a generic body noun names back any body ("The gas company's boss" after "the head of Naftogaz")
_GENERIC_BODY_RE = re.compile(
    r"compan|\bfirm|agency|konzern|unternehmen|компан|агентств|відомств|ведомств", re.I
)
_SENT_END_RE = re.compile(r"[.!?…]\s|\n")
_CUE = ("chief", "boss", "head", "chef", "Chef", "очіл", "Очіл", "керів", "Керів", "глав", "Глав", "голов")
_CUE2 = ("Голов", "началь", "Началь", "руковод", "Руковод", "MP", "lawmaker", "bgeordnet", "депутат")
_CUES = (*_CUE, *_CUE2, "Депутат", "нардеп", "Нардеп", "ommand", "команд", "Команд")  # 1.440: commanders


def _kind(phrase: str, lang: str, acronym_ok: bool = False) -> str:
    """The kind of a singular role phrase naming no body: "head", "mp" or "" (``acronym_ok``: "командувач ВМС")."""
    if len(phrase) > 60 or not any(c in phrase for c in _CUES) or _OFF_RE.search(phrase):
        return ""
    words = phrase.split()
    for i, w in enumerate(words):
        bare = w.strip(",.")
        if "«" in w or '"' in w or any(ch.isdigit() for ch in w):
            return ""
        if len(bare) >= 2 and bare.isupper() and bare != "MP" and not acronym_ok:
            return ""  # "голова ОВА": a body by acronym
        if (
            i > 0
            and lang != "de"
            and bare[:1].isupper()
            and bare != "MP"
            and not (acronym_ok and bare.isupper())
        ):
            return ""  # "the Naftogaz boss"
    if office_of(phrase):
        return ""  # "Міський голова", "Глава украинской военной разведки": the batch's office linking (1.204)
    if _MP_RE.search(phrase):
        return "mp"
    return "head" if _HEAD_RE.search(phrase) else ""


def _intro(text: str, person: Entity) -> str:
    """The person's role phrases and the words before its first mention, in that mention's sentence."""
    lo = max(0, person.first_pos - 120)
    ends = [m.end() for m in _SENT_END_RE.finditer(text, lo, person.first_pos)]
    return " | ".join(person.roles) + " | " + text[ends[-1] if ends else lo : person.first_pos]


def _of_kind(intro: str, kind: str, phrase: str) -> bool:
    if _OFF_RE.search(intro) or (_MP_RE if kind == "mp" else _HEAD_RE).search(intro) is None:
        return False
    stems = _qualifier_stems(phrase)
    low = intro.lower()
    return not stems or any(st in low for st in stems) or _GENERIC_BODY_RE.search(phrase) is not None


def _qualifier_stems(phrase: str) -> list[str]:
    """The first five letters of the words that qualify the head in ``phrase`` ("border", "guard" of "the border
    guard chief", "grenz" of "Der Grenzschutzchef", "район" of "Голова району")."""
    out = []
    for w in phrase.lower().replace("’", "'").split():
        w = _HEAD_RE.sub("", w.removesuffix("'s")).strip(",.'")
        if len(w) >= 4 and w not in _DETS:
            out.append(w[:5])
    return out


def heads_named_before(
    text: str, lang: str, raws: list[Raw], resolved: list[Resolved | None], entities: Iterable[Entity]
) -> list[Resolved | None]:
    """``resolved`` with each head's or MP's role phrase (``_kind``) given the one such person named before it."""
    todo: list[tuple[int, str]] = []
    for i, res in enumerate(resolved):
        if res is not None and res.speaker_id[:2] == "U-" and res.speaker_type == "person" and res.speaker:
            kind = _kind(res.speaker, lang) or ("next" if _kind(res.speaker, lang, True) == "head" else "")
            if kind:
                todo.append((i, kind))
    if not todo:
        return resolved
    everyone = [e for e in entities if e.key]
    out = list(resolved)
    for i, kind in todo:
        res = resolved[i]
        assert res is not None
        gender = raws[i].gender_hint or cue_gender(raws[i].cue)  # "— зазначила очільниця": not a man (1.444)
        people = [e for e in everyone if not gender or e.gender in ("", gender)]
        at = raws[i].anchor if raws[i].anchor >= 0 else raws[i].start
        cands = []
        if kind != "next":
            cands = [e for e in people if e.first_pos < at and _of_kind(_intro(text, e), kind, res.speaker)]
        said = [r for r in resolved if len(cands) == 1 and r is not None and r.key == cands[0].key]
        said = [r for r in said if r.speaker_id[:2] == "P-"]
        if not said and raws[i].kind == "direct" and raws[i].start >= 0:
            said = subject_just_before(text, raws[i].start, people)  # rules-1.440
        if not said:
            continue
        for k, r in enumerate(resolved):
            if r is not None and r.speaker_id == res.speaker_id:
                out[k] = said[0]
    return out


_OPENERS = " \"«„“'\n"


def subject_just_before(text: str, start: int, people: list[Entity]) -> list[Resolved]:
    """rules-1.440: a quote opening its sentence, given to a head's role phrase ("the army chief said", "sagte der
    Marinechef", "— сказав командувач ВМС"), is the one person named in the sentence just before it, when that
    sentence opens with the name ("Vice Admiral X drew up the week's balance. "…," the navy commander said"): the
    writer's variation on the name just given. Left alone: a quote inside its sentence, a sentence before that names
    two people or none, or names its person after its opening words."""
    ends = [m.end() for m in _SENT_END_RE.finditer(text, max(0, start - 400), start)]
    if len(ends) < 1 or text[ends[-1] : start].strip(_OPENERS):
        return []
    prev = ends[-2] if len(ends) > 1 else max(0, start - 400)
    if len(ends) == 1 and prev > 0:
        return []  # the sentence before began beyond the window
    here = [e for e in people if any(prev <= p < ends[-1] for p in (e.first_pos, *e.subject_pos))]
    if len(here) != 1:
        return []
    e = here[0]
    first = min(p for p in (e.first_pos, *e.subject_pos) if prev <= p < ends[-1])
    if first - prev > 40:
        return []
    return [Resolved(e.name, person_id(e.key), "person", e.key)]
