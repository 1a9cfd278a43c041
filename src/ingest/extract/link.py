"""Batch linking: one speaker id per person across the articles of one call.

* A bare surname ("Budanov") becomes the one full-name person of that surname seen in the batch
  (or in the registry).
* Full names whose keys differ only by romanisation the folding missed are merged when the
  surnames are at least ``FUZZY_THRESHOLD`` similar (rapidfuzz ratio) and the first names agree
  (same class or similar). The canonical form is the registry's, else the most frequent, else the
  smallest key, so the result does not depend on input order.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

import numpy as np
from rapidfuzz import fuzz, process

from ingest.extract.brandlinks import brand_body, brand_index
from ingest.extract.firmchiefs import link_firm_chiefs
from ingest.extract.idlinks import hyphen_parts, link_patronymic_address, link_rank_nouns
from ingest.extract.initials import merge_initials
from ingest.extract.link_guards import link_agencies, link_border_guards
from ingest.extract.namefold import loose_first
from ingest.extract.namelinks import link_acronym_tails, link_body_names, link_generic_bodies
from ingest.extract.names import CYRILLIC_RE, person_id, person_key
from ingest.extract.namesakes import split_particle_namesakes
from ingest.extract.personbodies import body_of_person, make_body, named_bodies
from ingest.extract.pipeline import Extracted
from ingest.extract.registry import Registry
from ingest.extract.rolelink import (
    by_office,
    holder_offices,
    link_nation_ministers,
    link_offices,
    link_role_holders,
)

FUZZY_THRESHOLD = 88.0
FIRST_NAME_THRESHOLD = 80.0
BLOCK_ABOVE = 6000  # more distinct surnames than this: compare only those with the same first letter


_SIBILANT_RE = re.compile(r"[csz]")
_VOWEL_LETTERS = frozenset("aeiouy")


def loose_surname(surname_fold: str) -> str:
    """A folded surname with the letters romanisations swap for one sound made one (rules-1.145): h = g (Ukrainian
    "Г" and an English "H", Russian "Х" for an English "H": "Харрингтон" = "Harrington") and c = s = z (German "z"
    for "ц", "s" for "з": "Krawez" = "Kravets", "Moros" = "Moroz")."""
    return _SIBILANT_RE.sub("s", surname_fold.replace("h", "g")).replace("ou", "u")


def spelling_variants(surname_fold: str) -> list[str]:
    """Further loose keys of a folded surname (rules-1.198): a Polish "sz" and "cz" as "sh" and "ch" (which fold to
    "s" and "c": "Szwaczko" = "Shvachko" = "Schwatschko"; a Hungarian "sz" is an "s" too), and a final "ts" (a
    Romanian "ț", a Cyrillic "ц") against a final "t" written without its comma ("Știrbeț" = "Stirbet")."""
    out = []
    if "sz" in surname_fold or "cz" in surname_fold:
        out.append(loose_surname(surname_fold.replace("szcz", "s").replace("sz", "s").replace("cz", "c")))
    if len(surname_fold) >= 5 and surname_fold[-1] in "ct":
        out.append("tc:" + loose_surname(surname_fold[:-1] + "t"))
    if (
        len(surname_fold) >= 6
        and surname_fold[-2:] in ("ov", "ev")
        and surname_fold[-3] not in _VOWEL_LETTERS
    ):
        # rules-1.327: a Russian "ё" written "е" ("Ковалев", "Kovalev") against "ьо", "jo", "yo" ("Ковальов",
        # "Kowaljow", "Kovalyov", all folding to "kovalov"); the first names must agree as for any variant
        out.append("yo:" + loose_surname(surname_fold[:-2]))
    return out


def merge_variants(keys: list[str], cyrillic: frozenset[str] = frozenset()) -> dict[str, str]:
    """Map each person key to the first key (in `keys` order) it is a spelling variant of (``cyrillic``: the
    surnames seen only in Cyrillic script).

    Only pairs whose surnames are similar enough are compared (found at once with rapidfuzz's
    cdist), so the cost grows with the number of look-alike names, not with its square."""
    surnames = sorted({k.split("|", 1)[1] for k in keys})
    similar: dict[str, set[str]] = {s: {s} for s in surnames}
    blocks: dict[str, list[str]] = {}
    for sur in surnames:
        blocks.setdefault(sur[:1] if len(surnames) > BLOCK_ABOVE else "", []).append(sur)
    for block in blocks.values():
        scores = process.cdist(block, block, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD, dtype=np.uint8)
        for i, j in zip(*np.nonzero(scores), strict=True):
            similar[block[i]].add(block[j])
    loose: dict[str, list[str]] = {}
    for sur in surnames:
        if len(sur) >= 4 or (len(sur) == 3 and sur[0] in "sz"):  # "Schuk" = "Жук" (rules-1.204)
            loose.setdefault(loose_surname(sur), []).append(sur)
            for v in spelling_variants(sur):
                loose.setdefault(v, []).append(sur)
        if len(sur) >= 6 and "c" in sur:  # a German "ch" for "х" ("Lawruchin" = "Lavrukhin", rules-1.176)
            loose.setdefault("ch:" + loose_surname(sur.replace("c", "h")), []).append(sur)
        if (
            len(sur) >= 6 and "h" in sur
        ):  # (rules-1.277: also with a "ц": "Zozchalaschwili" = "Tsotskhalashvili")
            loose.setdefault("ch:" + loose_surname(sur), []).append(sur)
        if len(sur) >= 5 and "oe" in sur:  # rules-1.186: a German "ö" as "ё" or "е" in Cyrillic ("Kößler" =
            for v in {sur.replace("oe", "o"), sur.replace("oe", "e")}:  # "Кёслер" = "Кеслер"), not "Kessler"
                loose.setdefault("oe:" + loose_surname(v), []).append(sur)
        elif len(sur) >= 4 and sur in cyrillic:
            loose.setdefault("oe:" + loose_surname(sur), []).append(sur)
    for group in loose.values():
        for sur in group:
            similar[sur].update(group)
    position = {k: n for n, k in enumerate(keys)}
    by_surname: dict[str, list[str]] = {}
    for k in keys:
        by_surname.setdefault(k.split("|", 1)[1], []).append(k)
    canon: dict[str, str] = {}
    for k in keys:
        if k in canon:
            continue
        canon[k] = k
        f1, s1 = k.split("|", 1)
        candidates = sorted(
            (k2 for s2 in similar[s1] for k2 in by_surname.get(s2, ())), key=position.__getitem__
        )
        alone = True
        same_surname = "|" + s1
        for k2 in candidates:
            grouped = k2 in canon
            if grouped and (not alone or canon[k2] in (k, k2) or k2.endswith(same_surname)):
                continue  # (a group's head and the same surname were compared when the group was made)
            f2 = k2.split("|", 1)[0]
            if k2.endswith("~sr") != k.endswith("~sr"):
                continue  # a father and his son of the same name (rules-1.186)
            if not (
                f1 == f2 or fuzz.ratio(f1, f2) >= FIRST_NAME_THRESHOLD or loose_first(f1) == loose_first(f2)
            ):
                continue
            if not grouped:
                canon[k2] = k
                alone = False
            elif _same_first(f1, canon[k2]):
                # rules-1.277: a spelling like the variant of a name grouped before ("Kücüksahin" like
                # "Kucuksahin", itself merged into "Кючюкшахин") joins that group when it has none of its own
                canon[k] = canon[k2]
                break
    return canon


def _same_first(f1: str, key: str) -> bool:
    f2 = key.split("|", 1)[0]
    return f1 == f2 or fuzz.ratio(f1, f2) >= FIRST_NAME_THRESHOLD


_VOWELS_RE = re.compile(r"[aeiouy]+")
CROSS_SCRIPT_THRESHOLD = 75.0


def _skeleton(surname_fold: str) -> str:
    return _VOWELS_RE.sub("", surname_fold)


def merge_across_scripts(canon: dict[str, str], items: list[Extracted], order: list[str]) -> None:
    """Join a name seen only in Cyrillic to the one name seen only in Latin script with the same
    first-name class and the same consonants in the surname ("Роберт Вітфілд" = "Robert Whitfield":
    a transliterated English vowel is no evidence of another person; rules-1.139). In place."""
    scripts: dict[str, set[bool]] = {}
    for it in items:
        if it.key and not it.surname_only:
            scripts.setdefault(canon.get(it.key, it.key), set()).add(
                bool(CYRILLIC_RE.search(it.statement.speaker))
            )
    latin: dict[tuple[str, str], list[str]] = {}
    for k, sc in scripts.items():
        f, sur = k.split("|", 1)
        if sc == {False} and f != "?" and len(_skeleton(sur)) >= 3:
            latin.setdefault((f, _skeleton(sur)), []).append(k)
    at = {k: i for i, k in enumerate(order)}
    for k in sorted(scripts, key=at.__getitem__):  # (order.index was quadratic in the batch's names)
        f, sur = k.split("|", 1)
        if scripts[k] != {True}:
            continue
        cands = [
            c
            for c in latin.get((f, _skeleton(sur)), [])
            if fuzz.ratio(sur, c.split("|", 1)[1]) >= CROSS_SCRIPT_THRESHOLD
        ]
        if len(cands) == 1:
            for k2, c in canon.items():
                if c == k:
                    canon[k2] = cands[0]


_DOUBLE_SURNAME_RE = re.compile(r"^(\w+)-(\w+)$")
_ARTICLE_FIRST_RE = re.compile(r"\b(?:al|el|аль|эль|ель)[-\s]", re.I)


def merge_name_parts(canon: dict[str, str], items: list[Extracted], names: Mapping[str, str]) -> None:
    """rules-1.148, in place: (a) a double surname ("Anna Schmidt-Weber") joins the one name of the batch with the
    same first name and one of its parts as the surname ("Anna Weber"); (b) "Al Mansoori", an Arabic article read
    as a first name, joins the one full name of similar surname written with the article ("Khaled al-Mansouri";
    "Al Gore" stays, no "Tipper al-Gore")."""
    present = set(canon.values())
    for it in items:
        if not it.key or it.surname_only:
            continue
        words = it.statement.speaker.split()
        f, sur = it.key.split("|", 1)
        if sur.endswith("~sr"):
            continue  # "Hans Weber-старший" is the father, not "Hans Weber" (rules-1.186)
        cands: set[str] = set()
        if len(words) >= 2 and (m := _DOUBLE_SURNAME_RE.match(words[-1])) and min(map(len, m.groups())) >= 3:
            for part in m.groups():
                k2 = person_key(" ".join([*words[:-1], part]))
                if k2 in canon and canon[k2] != canon[it.key]:
                    cands.add(canon[k2])
        elif f in ("al", "el", "аль", "эль", "ель"):
            cands = {
                c
                for c in present
                if c.split("|", 1)[0] not in ("?", f)
                and fuzz.ratio(sur, c.split("|", 1)[1]) >= FIRST_NAME_THRESHOLD
                and _ARTICLE_FIRST_RE.search(names.get(c, ""))
            }
            cands = {c for c in cands if c.split("|", 1)[1] == sur} or cands  # the same spelling first
        if len(cands) == 1:
            target = next(iter(cands))
            old = canon[it.key]
            for k2, c in canon.items():
                if c == old:
                    canon[k2] = target


def cyrillic_surnames(items: list[Extracted]) -> frozenset[str]:
    """The folded surnames of the batch's full names that are written only in Cyrillic script."""
    scripts: dict[str, set[bool]] = {}
    for it in items:
        if it.key and not it.surname_only:
            scripts.setdefault(it.key.split("|", 1)[1], set()).add(
                bool(CYRILLIC_RE.search(it.statement.speaker))
            )
    return frozenset(sur for sur, sc in scripts.items() if sc == {True})


def link_batch(
    items: list[Extracted], registry: Registry | None = None, known: Mapping[str, str] | None = None
) -> None:
    """Rewrite speaker ids (and names for bare surnames) in place.

    `known` maps person keys seen in earlier batches to their names: they take part in the linking
    and win over new spellings, so a person keeps the id it was first given.
    """
    split_particle_namesakes(items)  # "Pieter van Houten" is not "Jan van Houten" (rules-1.396)
    bodies = named_bodies(items)
    for it in items:
        if it.key and not it.surname_only and (body := body_of_person(it, bodies, {})):
            make_body(it, body)
    full: Counter[str] = Counter()
    names: dict[str, str] = dict(known or {})
    for key in names:
        full[key] += 0
    for it in items:
        if it.key and not it.surname_only:
            full[it.key] += 1
            names.setdefault(it.key, it.statement.speaker)
    reg_keys = {p.key for p in registry.persons} if registry is not None else set()
    old_keys = set(known or ())
    # fuzzy merge of full names: registry keys first, then keys known from earlier batches
    keys = sorted(full, key=lambda k: (k not in reg_keys, k not in old_keys, -full[k], k))
    canon = merge_variants(keys, cyrillic_surnames(items))
    merge_across_scripts(canon, items, keys)
    merge_name_parts(canon, items, names)
    merge_initials(canon, items)  # rules-1.213: "В. А. Тихомиров" is the batch's "Всеволод … Тихомиров"
    by_surname: dict[str, set[str]] = {}
    for k, c in canon.items():
        by_surname.setdefault(k.split("|", 1)[1], set()).add(c)
    by_loose: dict[str, set[str]] = {}
    for sur, cs in by_surname.items():
        if len(sur) >= 4:
            by_loose.setdefault(loose_surname(sur), set()).update(cs)
            for v in spelling_variants(sur):
                by_loose.setdefault(v, set()).update(cs)
            if "c" in sur or "h" in sur:  # a German "ch" for "х" (rules-1.186, as in merge_variants)
                by_loose.setdefault("ch:" + loose_surname(sur.replace("c", "h")), set()).update(cs)
    for part, c in hyphen_parts(items, canon):  # "Bilous" of "Kostenko-Bilous" (rules-1.310)
        by_loose.setdefault(loose_surname(part), set()).add(c)
    offices = holder_offices(items, canon)
    brands = brand_index(items)
    for it in items:
        body = body_of_person(it, bodies, by_surname) if it.key and it.surname_only else ""
        if (
            it.key
            and it.surname_only
            and not body
            and not surname_cands(it.key.split("|", 1)[1], by_surname, by_loose)
        ):
            body = brand_body(it, brands)  # "Dniprofarm said" = "ПрАТ «Дніпрофарм»" (rules-1.352)
        if body:
            make_body(it, body)
        if not it.key:
            if it.statement.speaker_id.startswith("U-") and it.statement.speaker_type == "person":
                link_role_surname(it, by_surname, by_loose)  # "мер Островський" (rules-1.305)
            continue
        if it.surname_only:
            sur = it.key.split("|", 1)[1]
            cands = surname_cands(sur, by_surname, by_loose)
            if len(cands) > 1 and it.roles:
                cands = by_office(cands, it.roles, offices)  # "Geheimdienstchef Hordijenko" (rules-1.305)
            if len(cands) == 1:
                target = next(iter(cands))
                it.key = target
                it.surname_only = False
                name = names.get(target, it.statement.speaker)
                if bool(CYRILLIC_RE.search(name)) == bool(CYRILLIC_RE.search(it.statement.speaker)):
                    it.statement.speaker = (
                        name  # "Волков" after "Artjom Wolkow" keeps its script (rules-1.157)
                    )
                it.statement.speaker_id = person_id(target)
            elif registry is not None and (rp := registry.by_surname(sur)) is not None:
                it.key = rp.key
                it.surname_only = False
                it.statement.speaker = rp.name
                it.statement.speaker_id = person_id(rp.key)
            continue
        target = canon.get(it.key, it.key)
        if target != it.key:
            it.key = target
            it.statement.speaker_id = person_id(target)
    link_patronymic_address(items)  # "Татьяна Николаевна" after "Т. Н. Москвина" (rules-1.310)
    link_rank_nouns(items)  # "the general" of the article's one general (rules-1.310)
    link_border_guards(items)
    link_agencies(items, bodies)
    link_generic_bodies(items)  # "the party" after "the opposition party Clean Shores" (rules-1.291)
    link_body_names(items)  # «Річкова варта» = "Ritschkowa Warta" (rules-1.291)
    link_acronym_tails(items)  # "Inlandsgeheimdienst SBU" = "SBU" (rules-1.305)
    link_offices(items)  # an unnamed minister of another country (rules-1.204)
    link_nation_ministers(items)  # "the Swiss minister" after "Switzerland's foreign minister" (rules-1.320)
    link_role_holders(items)  # a role phrase as the person another article names with it (rules-1.204)
    link_firm_chiefs(items)  # "the company's chief executive" as the firm's named chief (rules-1.352)


def surname_cands(sur: str, by_surname: dict[str, set[str]], by_loose: dict[str, set[str]]) -> set[str]:
    """The batch's full-name persons (canonical keys) a folded bare surname can be."""
    cands = by_surname.get(sur, set())
    if not cands and len(sur) >= 4:
        cands = by_loose.get(loose_surname(sur), set())
        for v in spelling_variants(sur) if not cands else ():
            cands = cands | by_loose.get(v, set())
        if not cands and ("c" in sur or "h" in sur):
            cands = by_loose.get("ch:" + loose_surname(sur.replace("c", "h")), set())
    return cands


def link_role_surname(it: Extracted, by_surname: dict[str, set[str]], by_loose: dict[str, set[str]]) -> None:
    """rules-1.305, in place: an unnamed speaker phrase that ends in a capitalised word ("мер Островський",
    "Бывший министр энергетики Бондарь") is the one full-name person of the batch with that surname; a phrase
    ending in an acronym or a place the batch names no one by is left alone."""
    words = it.statement.speaker.split()
    last = words[-1] if len(words) > 1 else ""
    if len(last) < 4 or not last[0].isupper() or last.isupper() or not last.isalpha():
        return
    if len(words) > 2 and not words[-2][:1].islower():
        return  # "a professor at Northwestern University": a capitalised name, no role word, before it
    cands = surname_cands(person_key(last).split("|", 1)[1], by_surname, by_loose)
    if len(cands) == 1:
        it.key = next(iter(cands))
        it.surname_only = False
        it.statement.speaker_id = person_id(it.key)
