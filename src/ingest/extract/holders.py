"""Who holds a role: Ukrainian/Russian heads of different bodies (rules-1.109: "глава района" is not the person
introduced as "директор турбазы «Кедровый берег»", though both are of the class "head" (role_class)), the person
named after an unresolved role (rules-1.127), and an English described speaker named right after ("His name is …",
rules-1.136)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.extract.entities import Entity
from ingest.extract.roles import role_class

if TYPE_CHECKING:
    from ingest.extract.resolve import Resolver

_CYR_WORD_RE = re.compile(r"(?<![\w«\"])[а-яёіїєґ][а-яёіїєґ'’-]{4,}")


def _complements(phrase: str) -> set[str]:
    """The lower-case words of a role phrase that are not role words themselves (the body it heads: "района",
    "турбазы"), without their last two letters (the case ending); words in quote marks (a name) are left out, and
    so are the words before the role word (rules-1.157: a lead adverbial, "На пресс-конференции председатель ЦБ")."""
    words = _CYR_WORD_RE.findall(phrase.split("«", 1)[0])
    head = next((k for k, w in enumerate(words) if role_class(w)), 0)
    return {w[:-2] for w in words[head:] if not role_class(w) and not w.startswith(_BOARD_STEMS)}


# rules-1.400: a board is part of the role, not a body of its own ("Голова правління «X»", "председатель
# правления", "наглядової ради"): the body is the one the board runs
_BOARD_STEMS = ("правлін", "правлен", "наглядов", "наблюдательн")
_BOARD_BODIES = frozenset(("компан", "банк", "корпорац", "концерн", "холдинг"))  # what a board runs


def _board_bodies(role: str) -> frozenset[str]:
    """The bodies a board runs when ``role`` names one ("Голова правління «X»": a company, a bank), else none
    ("Очільник району" is not the chairman of a company's board)."""
    low = role.lower()  # a board word at a word start: not "начальник управління" (a department, rules-1.441)
    found = ("правл" in low or "наглядов" in low or "наблюдательн" in low) and any(
        w.startswith(_BOARD_STEMS) for w in low.split()
    )
    return _BOARD_BODIES if found else frozenset()


# rules-1.324: a body named by a generic noun ("Очільник відомства", "Глава регулятора", "голова відомства") is the
# body of whoever was introduced as its head, whatever it was called then; rules-1.400: "Голова служби", "глава
# республики" too (the service, the republic just named: "Голова Держспецзв'язку …", "Глава Дагестана …")
# rules-1.439: "очільниця підприємства", "директор предприятия": the enterprise is the utility or plant named before
_GENERIC_BODY_STEMS = ("відомст", "ведомст", "регуля", "служ", "республ", "підприєм", "предприят")


def other_body_head(phrase: str, roles: list[str]) -> bool:
    """``phrase`` ("Глава района") is a generic head of a body and every role of the candidate that is also a
    generic head names another body ("директор турбазы"): another person."""
    if role_class(phrase) != "head":
        return False
    if not (mine := {c for c in _complements(phrase) if not c.startswith(_GENERIC_BODY_STEMS)}):
        return False
    # rules-1.379: the candidate's body by all its words ("Голова Асоціації книговидавців" heads an "асоціація")
    theirs = [
        c for r in roles if role_class(r) == "head" and (c := _complements(r.lower()) | _board_bodies(r))
    ]
    return bool(theirs) and not any(_shared(mine, c) for c in theirs)


def _shared(mine: set[str], theirs: set[str]) -> bool:
    """A complement word in both, one inside the other ("компании" in "госкомпании")."""
    return any(a in b or b in a for a in mine for b in theirs)


def president_as_head(r: Resolver, phrase: str, ref: int) -> Entity | None:
    """rules-1.336: a Ukrainian/Russian generic head of a body ("— сказал глава ассоциации", "голова спілки") is the
    one person introduced as president of a body of that word ("президент Ассоциации предприятий … Сергей …"), when
    nobody is introduced as its head (then the head is found by role class as before); not two such presidents,
    nor one named after the phrase."""
    if r.lang not in ("uk", "ru") or role_class(phrase) != "head":
        return None
    quoted = _quoted_stem(phrase)  # rules-1.400: "очільника «Енергоатому»" after "Президент «Енергоатому» X"
    if not (mine := _complements(phrase)) and not quoted:
        return None
    found: list[Entity] = []
    for e in r.entities.values():
        if e.first_pos > ref:
            continue  # (named later: not yet introduced)
        cls = {role_class(x) for x in e.roles if mine and _shared(mine, _stems(x))}
        if quoted and _quoted_before(r.text, e.first_pos) == quoted:
            cls |= {role_class(x) for x in e.roles}  # the role before the name is of the quoted body
        if "head" in cls:
            return None
        if "president" in cls:
            found.append(e)
    return found[0] if len(found) == 1 else None


def _quoted_stem(phrase: str) -> str:
    """The name in quote marks of a role phrase without its last two letters (any case ending: «Енергоатому»,
    «Енергоатом»), or "" (no «…», or a name of fewer than five letters)."""
    if "«" not in phrase:
        return ""
    name = phrase.split("«", 1)[1].split("»", 1)[0].strip().lower()
    return name[:-2] if len(name) >= 5 else ""


def _quoted_before(text: str, pos: int) -> str:
    """_quoted_stem of a name in quote marks right before ``pos`` (a person's name: "Президент «Енергоатому» Петро
    …"), or ""."""
    k = text.rfind("«", max(0, pos - 60), pos)
    end = text.find("»", k, pos) if k >= 0 else -1
    return _quoted_stem(text[k:pos]) if end >= 0 and not text[end + 1 : pos].strip() else ""


def _stems(phrase: str) -> set[str]:
    """The lower-case Cyrillic words of ``phrase`` without their last two letters (any case ending)."""
    return {w[:-2] for w in _CYR_WORD_RE.findall(phrase.lower())}


def named_after(r: Resolver, ref: int, role: str, gender: str) -> Entity | None:
    """(rules-1.127) The person an unresolved Ukrainian/Russian role at ``ref`` ("Директор филармонии признала, …")
    stands for: the first person named in full after it, in its paragraph or the next ("Как отметила Светлана
    Орлова, …"), not named before it, of the role's gender (both known), with no role of another class."""
    text = r.text
    para_end = text.find("\n", ref) % (len(text) + 1)
    end = text.find("\n", para_end + 1) % (len(text) + 1)
    later = [e for e in r.entities.values() if ref < e.first_pos < end and " " in e.name]
    first = min(later, key=lambda e: e.first_pos) if later else None
    cls = role_class(role)
    if (
        first is None
        or r.lang not in ("uk", "ru")
        or not gender
        or first.gender != gender
        or (first.role_classes - {cls})
        or (first.roles and not any(_shared(_stems(role), _stems(x)) for x in first.roles))
    ):  # rules-1.184: nor one introduced with a role of his own that shares no word ("Представитель … Андрей
        return None  # Цуркан" is not "Пожилой мужчина из Измаила")
    surname = first.name.split()[-1]
    stem = surname[:-2] if len(surname) > 5 else surname  # any case of the surname ("Орловой", "Дороша")
    return first if text.find(stem, 0, ref) == -1 else None


# rules-1.136: "“…,” says the man in the orange drysuit. … His name is Callum Rees, and …": the person just
# described is named right after
_NAME_IS_RE = re.compile(
    r"(?:^|(?<=[.\n]\s)|(?<=\n))(?:His|Her)\s+name\s+is\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+)+)"
)


_MALE_HEAD_RE = re.compile(r"\b(?:man|boy|father|husband|son|grandfather)\b", re.I)
_FEMALE_HEAD_RE = re.compile(r"\b(?:woman|girl|mother|wife|daughter|grandmother)\b", re.I)


def name_given_after(r: Resolver, ref: int, phrase: str, gender: str) -> Entity | None:
    """The person an English described speaker at ``ref`` ("the man in the orange drysuit") stands for when
    the next sentence or paragraph opens with "His name is X" / "Her name is X" (of the speaker's gender when
    known)."""
    para_end = r.text.find("\n", ref) % (len(r.text) + 1)
    end = r.text.find("\n", para_end + 1) % (len(r.text) + 1)
    m = _NAME_IS_RE.search(r.text, ref, end)
    if m is None or r.text.find(".", ref, m.start()) == -1:
        return None
    named = "m" if m[0].startswith("His") else "f"
    gender = gender or (
        "m" if _MALE_HEAD_RE.search(phrase) else "f" if _FEMALE_HEAD_RE.search(phrase) else ""
    )
    return None if gender and gender != named else r.entity_for(m["name"], m.start("name"), named)


# rules-1.204: the nationality or country a role phrase names ("The Polish defence minister", "Министр обороны
# Польши"), by a stem shared by the adjective and the country's genitive in each language
_NATION_STEM_RE = re.compile(
    r"(?<!\w)(ukrain|україн|украин|russ|росі|росси|americ|amerik|америк|german|deutsch|німе|неме|герман|polish|pole|"
    r"poln|polen|польс|польщ|польш|french|franz|frankr|франц|british|brit|британ|belarus|білорус|белорус|hungar|ungar|"
    r"угор|венгр|moldov|moldau|молдов|lithuan|litau|литв|latvi|lett|латв|eston|естон|эстон|roman|rumän|румун|румын|"
    # rules-1.263: the nations sports pages call players and coaches by ("the Dutchman", "голландец")
    r"dutch|niederl|holland|holländ|нідерланд|нидерланд|голланд|argentin|аргентин|brazil|brasil|бразил|spani|испан|"
    r"іспан|croat|kroat|хорват|portug|португ|turkish|turkey|türk|турец|туреч|турок|турц|"
    # rules-1.320 (blind batch IDS18): more of the countries ``link_offices.COUNTRIES`` knows (rules-1.313)
    r"swiss|switz|schweiz|швейцар|austria|österreich|австрі|австри|norw|норвез|норвеж|swed|schwed|швец|швед|"
    r"finnish|finland|finnisch|фінлянд|финлянд|фінськ|финск|danish|denmark|dänemark|dänisch|данськ|датск|ital|італ|"
    r"итал|chin(?:a|ese)|chinesisch|китай)",
    re.I,
)
_NATION_SAME = {"pole": "polish", "poln": "polish", "polen": "polish", "brit": "british", "deutsch": "german",
                "holland": "dutch", "holländ": "niederl", "голланд": "нідерланд", "нидерланд": "нідерланд",
                "brasil": "brazil", "kroat": "croat", "turkey": "turkish", "турец": "турок", "туреч": "турок",
                "турц": "турок", "switz": "swiss", "schweiz": "swiss", "österreich": "austria", "австри": "австрі",
                "norw": "norw", "schwed": "swed", "швец": "швед", "finland": "finnish", "finnisch": "finnish",
                "фінлянд": "фінськ", "финлянд": "финск", "denmark": "danish", "dänemark": "danish",
                "dänisch": "danish", "china": "chinese", "chinesisch": "chinese"}  # fmt: skip


def _nations(text: str) -> set[str]:
    found = {m.group(1).lower() for m in _NATION_STEM_RE.finditer(text)}
    same = {"польс": "польщ", "польш": "польс", "росси": "росі"}
    return {_NATION_SAME.get(n, same.get(n, n)) for n in found}


def other_nation(text: str, phrase: str, e: Entity) -> bool:
    """``e`` cannot hold ``phrase``: the phrase names a nation and the words just before ``e``'s first mention
    name another ("Ukrainian Defence Minister Petro X and his Polish counterpart … The Polish defence minister
    said"; "Министр обороны Украины Пётр X и министр обороны Польши … Министр обороны Польши заявил")."""
    mine = _nations(phrase)
    if not mine:
        return False
    before = text[max(0, e.first_pos - 50) : e.first_pos]
    before = before[
        max(before.rfind(". "), before.rfind("\n"), before.rfind(" and "), before.rfind(" и ")) + 1 :
    ]
    theirs = _nations(" ".join([before, *e.roles]))
    return bool(theirs) and mine.isdisjoint(theirs)


def other_person(text: str, phrase: str, gender: str, e: Entity) -> bool:
    """``e`` cannot hold ``phrase``: another gender, or another nation (``other_nation``)."""
    return (gender in ("m", "f") and e.gender in ("m", "f") and e.gender != gender) or other_nation(
        text, phrase, e
    )


def nations_differ(phrase: str, other: str) -> bool:
    """Both role phrases name a nation, and not the same one ("der ukrainische Minister" is not "der polnische
    Verteidigungsminister" just quoted)."""
    mine, theirs = _nations(phrase), _nations(other)
    return bool(mine) and bool(theirs) and mine.isdisjoint(theirs)


def other_office(text: str, phrase: str, gender: str, e: Entity) -> bool:
    """``e``, introduced with the nationality of ``phrase``, cannot hold it: another gender, or roles of other
    classes only ("Глава украинской военной разведки" is not "Командующий … Украины генерал …", rules-1.204)."""
    cls = role_class(phrase)
    return (gender in ("m", "f") and e.gender in ("m", "f") and e.gender != gender) or (
        bool(cls) and bool(e.role_classes) and cls not in e.role_classes
    )


# rules-1.324: a German head's role before the name in apposition ("Das teilte der Leiter der städtischen
# Militärverwaltung, Wolodymyr Tkatsch, mit", "Der Präsident des Bundesamts …, Thomas Reinhold, sagte"): the
# person holds that role, so "der Verwaltungschef", "der Behördenchef" later is the one named
_DE_ROLE_WORDS = ("Leiter", "räsident", "Chef", "Direktor")
_DE_HEAD_APPOS_RE = re.compile(
    r"(?<![\w-])(?P<r>(?:Leiter|Präsident|Chef|Direktor)(?:in)?\s+(?:der|des)\s+[^,.;:„“\"()\n]{3,60}?),\s+"
    r"(?P<name>[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+){1,2}),"
)


def de_held_roles(text: str) -> dict[int, str]:
    """The role phrases of German heads named in apposition after them, by the end of the name."""
    if not any(w in text for w in _DE_ROLE_WORDS):
        return {}
    return {m.end("name"): m.group("r") for m in _DE_HEAD_APPOS_RE.finditer(text)}
