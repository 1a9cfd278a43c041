"""Coreference inside one article: people mentioned by name, pronouns, bare or inflected surnames,
role phrases ("the DIU chief", "its chief executive", "пресс-секретаря") and registry roles by date."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from ingest.extract.antecedents import frame_body, plural_antecedent
from ingest.extract.bodies import body_before, org_before
from ingest.extract.cues import Raw
from ingest.extract.docauthor import doc_source, document_author
from ingest.extract.entities import Entity, Resolved
from ingest.extract.fullnames import full_name, person_before
from ingest.extract.generations import with_generation
from ingest.extract.heldroles import held_by_name, senior_named
from ingest.extract.inflect import nominative_name
from ingest.extract.kremlin import kremlin_aide
from ingest.extract.lead_person import lead_person
from ingest.extract.lexicon_people import TITLE_GENDER
from ingest.extract.maiden import maiden_hit
from ingest.extract.mentions import name_before, possessive_at, scan_mentions
from ingest.extract.names import fold_word, group_id, org_id, person_id, person_key, unknown_id
from ingest.extract.namesakes import namesake_key
from ingest.extract.registry import Registry
from ingest.extract.resolve_hints import (
    body_since,
    described_as,
    gender_from_complement,
    held_roles,
    holder_named_after,
    nation_holder,
    pronoun_ref,
    role_before_any,
    role_in_previous_sentence,
    speaker_not_spoken_of,
    surname_gender,
)
from ingest.extract.resolve_phrases import resolve_anonymous, resolve_role
from ingest.extract.resolve_pronouns import (
    aged_person,
    bare_speaker_before,
    body_for_pronoun,
    body_named,
    body_quoted_before,
    de_feminine_body,
    first_name_speaker_before,
    in_open_quote,
    recent_unnamed_at,
)
from ingest.extract.rolehead import honorific_person, narrow_by_qualifier, titled_surname_entity
from ingest.extract.roleholders import role_holders
from ingest.extract.rolenamed import find_cue_role_holder
from ingest.extract.shortnames import first_name_holder, knight_holder
from ingest.extract.siblings import sibling_name
from ingest.extract.speakers import SpeakerPhrase, gender_of_first, is_first_name, role_class
from ingest.extract.statebody_resolve import council_role, resolve_body
from ingest.extract.studies import study_source
from ingest.extract.subjects_lead import subject_at, surname_subjects
from ingest.extract.surnames import bare_gender, inflected_hits, of_gender

# German cue verbs in the singular (sagte, erklärte, betont, schrieb), not the plural (sagten, schrieben)
_DE_SINGULAR_CUE_RE = re.compile(r"(?:te|t|ieb|ief|prach)$")
_PATRONYMIC_RE = re.compile(r" [А-ЯІЇЄҐ]\w+(?:ович|евич|ьич|овна|евна|ична|івна|ївна)$")


class Resolver:
    def __init__(self, text: str, lang: str, registry: Registry | None, when: date | None,
                 sent_starts: list[int], article_id: str = "") -> None:  # fmt: skip
        self.text = text
        self.article_id = article_id
        self.lang = lang
        self.registry = registry
        self.when = when
        self.entities: dict[str, Entity] = {}
        self.last: list[tuple[int, str, Resolved]] = []  # (ref, kind, resolved)
        self.ends: list[int] = []  # where the quote of each of self.last ends
        self.role_mention_pos = -1
        self.sent_starts = sorted(sent_starts)
        self.possessive_only: set[str] = set()  # people named only as "X’s": no antecedent by nearness
        self._scanned = False
        self._scan_mentions(self.sent_starts)
        self._scanned = True

    # -- mentions -----------------------------------------------------------------------------
    def _scan_mentions(self, sent_starts: list[int]) -> None:
        """Entities for the people named anywhere in the text; a mention near the start of its
        sentence (outside quotes) counts as a subject for pronouns."""
        starts = sorted(sent_starts)
        text = self.text
        head_at = held_roles(text, self.lang)  # "X, who heads the rescue unit" is "the rescue chief"
        for pos, name, title in scan_mentions(text, self.lang):
            ent = titled_surname_entity(self, name, title) or self.entity_for(name, pos)
            if head_at and (held := head_at.get(pos + len(name))):
                ent.add_role(held)
            if title:
                ent.add_role(title)  # "President Barack Obama": "the president" can find him
                ent.gender = ent.gender or TITLE_GENDER.get(
                    title, ""
                )  # "Mr. Netanyahu", "Ms. Rice" (rules-1.90)
            k = bisect_right(starts, pos) - 1
            ss = starts[k] if k >= 0 else text.rfind("\n", 0, pos) + 1
            if possessive_at(text, pos + len(name)):
                if len(ent.subject_pos) == 0 and ent.first_pos == pos:
                    self.possessive_only.add(ent.key)
                continue
            self.possessive_only.discard(ent.key)
            if subject_at(text, self.lang, ss, pos, pos + len(name)):
                ent.subject_pos.append(pos)
        surname_subjects(self.entities.values(), self.text, self.lang, starts)

    def entity_for(self, name: str, pos: int, gender: str = "") -> Entity:
        if self.lang in ("uk", "ru") and " " in name:
            name = nominative_name(name, self.lang)  # an oblique case ("голову … Сергія Ковальчука")
        name = with_generation(name, self.text[pos : pos + len(name) + 12])  # "X der Ältere" (rules-1.243)
        key = namesake_key(name, self.lang, self.entities)  # "Pieter van Houten" after his son (rules-1.396)
        if self.registry is not None and (rp := self.registry.person(name, self.lang)) is not None:
            key = rp.key
            gender = gender or rp.gender
        ent = self.entities.get(key)
        if ent is None:
            first = name.split()[0]
            ent = Entity(
                name, key, gender or gender_of_first(first) or surname_gender(name, self.lang), first_pos=pos
            )
            self.entities[key] = ent
            # a speaker the scan missed ("Harland Rowe, the chairman, said …"): "Rowe, 61, took over …" later
            last = name.rsplit(None, 1)[-1]
            if self._scanned and self.lang != "de" and last != name and self.text.find(last, pos + 1) != -1:
                later = self.sent_starts[bisect_right(self.sent_starts, pos) :]
                surname_subjects((ent,), self.text, self.lang, later)
        elif gender and not ent.gender:
            ent.gender = gender
        return ent

    # -- resolution ---------------------------------------------------------------------------
    def find_surname(self, word: str, gender: str = "") -> Entity | None:
        f = fold_word(word, self.lang)
        hits = [e for e in self.entities.values() if e.surname == f]
        if not hits and self.lang == "en":  # no case endings: "the Clintons", "Francis" is not Franco (1.129)
            hits = [e for e in self.entities.values() if f == e.surname + "s"]
        elif not hits and len(f) > 3:  # inflected Cyrillic/German forms: Пескарева, Albrechts
            hits = inflected_hits(f, self.entities.values(), self.lang)  # "Лозового": "Сергей Лозовой" (1.13)
        if not hits and (maiden := maiden_hit(self.text, self.lang, f, self.entities.values())) is not None:
            hits = [maiden]  # "X, née Dunn … Dunn said" (rules-1.284)
        hits = of_gender(
            hits, gender
        )  # two of one surname: "Костюк наголосила", "за словами Костюка" (1.176)
        return hits[0] if len(hits) == 1 else (min(hits, key=lambda e: e.first_pos) if hits else None)

    def by_role(self, phrase: str, ref: int, gender: str = "") -> Entity | None:
        cls = role_class(phrase)
        if not cls:
            return None
        if len(self.entities) > 1 and (
            near := nation_holder(self.entities.values(), self.text, phrase, ref, gender)
        ):
            return near  # "der ukrainische Minister": the person introduced as Ukrainian
        cands = role_holders(self, phrase, cls, gender)  # ("очільник відомства": a minister too, rules-1.324)
        if not cands:
            return None
        cands = narrow_by_qualifier(self.text, phrase, cands, ref)  # "the customs chief" of two (rules-1.148)
        if not (before := [e for e in cands if e.first_pos <= ref]):  # named later (rules-1.20)
            return holder_named_after(self, cls, cands, ref)
        return max(before, key=lambda e: max([p for p in e.subject_pos if p <= ref] or [e.first_pos]))

    def pronoun(self, gender: str, ref: int) -> Entity | None:
        found = self.pronoun_candidate(gender, ref)
        return found[1] if found else None

    def pronoun_candidate(self, gender: str, ref: int) -> tuple[int, Entity] | None:
        best: tuple[int, Entity] | None = None
        for e in self.entities.values():
            if gender in ("m", "f") and e.gender and e.gender != gender:
                continue
            ps = [p for p in e.subject_pos if p <= ref]
            if ps and (best is None or max(ps) > best[0]):
                best = (max(ps), e)
        if best is None:  # no subject mention yet: the nearest earlier mention of any kind
            for e in self.entities.values():
                if gender in ("m", "f") and e.gender and e.gender != gender:
                    continue
                if e.key in self.possessive_only:
                    continue
                if e.first_pos <= ref and (best is None or e.first_pos > best[0]):
                    best = (e.first_pos, e)
        return best

    def opens_previous_sentence(self, pos: int, ref: int) -> bool:
        """``pos`` is the start of the sentence holding ``ref`` or of the one before it."""
        starts = self.sent_starts
        k = bisect_right(starts, pos) - 1
        if k < 0 or self.text[starts[k] : pos].strip():
            return False
        return self.sentences_apart(pos, ref) <= 1

    def sentences_apart(self, a: int, b: int) -> int:
        return bisect_right(self.sent_starts, b) - bisect_right(self.sent_starts, a)

    def recent_unnamed(self, gender: str, ref: int, after: int, head: str = "") -> Resolved | None:
        """The speaker of a statement between ``after`` and ``ref`` who has no name ("A senior
        official, who spoke on condition of anonymity, said … He added …"), singular and of a
        compatible gender; with ``head`` only one whose phrase has that head word ("the official"; in
        German also the end of a compound: "der Sprecher" is "ein Unternehmenssprecher")."""
        found = self.recent_unnamed_at(gender, ref, after, head)
        return found[1] if found is not None else None

    def recent_unnamed_at(
        self, gender: str, ref: int, after: int, head: str = ""
    ) -> tuple[int, Resolved] | None:
        return recent_unnamed_at(self, gender, ref, after, head)

    def role_mention(self, gender: str, ref: int) -> Resolved | None:
        """An unnamed role mentioned just before ("… von einer Armeesprecherin bestätigt. Sie sagte …",
        "A spokeswoman for the ministry declined … She said …")."""
        phrase, pos = role_before_any(self, gender, ref)
        if not phrase:
            return None
        self.role_mention_pos = pos
        if gender == "p":
            return Resolved(phrase, group_id(phrase), "group")
        return Resolved(phrase, unknown_id(phrase, self.article_id), "person")

    def person(self, e: Entity) -> Resolved:
        return Resolved(e.name, person_id(e.key), "person", e.key)

    def resolve(self, raw: Raw, sp: SpeakerPhrase, ref: int) -> Resolved | None:
        kind = sp.kind
        e: Entity | None
        if kind == "person" and sp.name:
            sp.name = sibling_name(self.text, self.lang, sp.text, ref) or sp.name  # "Sein Bruder Nika"
            if held := first_name_holder(self.entities.values(), sp.name, self.lang) or knight_holder(
                self.entities.values(), sp.text, self.lang
            ):
                e = held
            elif " " in sp.name:
                e = self.entity_for(with_generation(sp.name, sp.text), ref, sp.gender or raw.gender_hint)
            else:
                g = bare_gender(sp.text, sp.name, self.lang, raw.cue, sp.gender or raw.gender_hint)
                e = senior_named(self, sp.name, ref) or honorific_person(  # "Ковальова-старшого" (1.327)
                    self, sp, self.find_surname(sp.name, g), ref
                )  # "Mrs Ashdown" (1.128)
                if (
                    e is None
                    and self.registry is not None
                    and (rp := self.registry.by_surname(sp.name, self.lang))
                ):
                    e = self.entity_for(rp.name, ref, rp.gender)
            if e is None:  # "Groberg said" after "Ken Groberg …" (a first name the lists do not know)
                full = full_name(self.text, sp.name)
                e = self.entity_for(full, ref, sp.gender or raw.gender_hint) if full else None
            if e is None and sp.gender in ("m", "f") and is_first_name(sp.name):
                e = self.entity_for(sp.name, ref, sp.gender)  # "Местный житель Андрей … добавил он" (1.34)
            if e is None:  # ("Harcastle said" after "Harcastle Group …" is that body, rules-1.183)
                key = person_key(sp.name, self.lang)
                return body_named(self, sp.name, ref) or Resolved(sp.name, person_id(key), "person", key)
            e.add_role(sp.role)
            if raw.gender_hint in ("m", "f") and not e.gender:
                e.gender = raw.gender_hint
            e.subject_pos.append(ref)
            return self.person(e)
        if kind == "pronoun":
            if sp.text == "I" and raw.kind != "direct" and not in_open_quote(self.text, max(ref, raw.start)):
                return None  # "…, I tell myself that …": the writer of a column, not the last person named (1.75)
            g = sp.gender or raw.gender_hint
            de_sie = self.lang == "de" and sp.text.lower() in ("sie", "diese")  # ("Diese bestätigte", 1.75)
            if not g and de_sie and _DE_SINGULAR_CUE_RE.search(raw.cue):
                g = "f"  # "sagte sie", "erklärte sie": a singular verb, so "sie" is she, not they
            elif not g and de_sie and raw.cue.endswith("n"):
                g = "p"  # "fordern sie", "sagten sie": a plural verb
            if raw.cue == "nach angaben" and (fb := frame_body(self, g, ref)) is not None:
                return fb  # "Der Verband … Nach seinen Angaben …"
            if (body := body_for_pronoun(self, sp.text.lower(), g, ref)) is not None:
                return body  # "Там утверждают", "…, hieß es.", "…, heißt es darin." (1.80)
            if g in ("p", "o"):
                if (plural := plural_antecedent(self, g, ref)) is not None:
                    return plural
                if g == "o" and (org := org_before(self.text, self.lang, ref)):  # "The ministry … it said"
                    return Resolved(org, org_id(org), "organisation")
                return self.role_mention("p", ref)
            found = self.pronoun_candidate(g, ref)
            if (
                found is not None
                and (other := speaker_not_spoken_of(self, raw, g, found[1], ref)) is not None
            ):
                return other
            if self.lang == "de" and g in ("m", "f"):
                held = role_in_previous_sentence(self, g, ref, found[0] if found else -1)
                if held is not None:  # "Dazu wollte sich der HUR-Chef nicht äußern. „…“, sagte er."
                    return self.person(held)
            unnamed = self.recent_unnamed(g, ref, found[0] if found else -1)
            if unnamed is not None:
                return unnamed
            if found is not None and g in ("m", "f"):
                # "Der Angeklagte selbst hatte … gebeten. „…“, sagte er": an unnamed role opening the
                # sentence before is nearer than the person named earlier
                phrase, pos = role_before_any(self, g, ref)
                if phrase and pos > found[0] and self.opens_previous_sentence(pos, ref):
                    holder = self.by_role(phrase, ref, g) or described_as(
                        self, phrase.split()[-1].lower(), ref
                    )
                    if holder is not None:
                        return self.person(holder)
                    return Resolved(phrase, unknown_id(phrase, self.article_id), "person")
            if (bare := bare_speaker_before(self, raw.cue, ref, found)) is not None:
                return bare  # "Brafman said, “…” He added, “…”" (rules-1.138)
            if (by_first := first_name_speaker_before(self, g, ref, found)) is not None:
                return by_first  # "Tom, a father of two, said …. “…,” he said." (rules-1.140)
            e = found[1] if found else None
            if e is None:  # no named person of that gender yet: the latest compatible person speaker
                for _r, k, res in reversed(self.last):
                    ent = self.entities.get(res.key)
                    if (
                        k == "person"
                        and res.speaker
                        and not (g and ent is not None and ent.gender not in ("", g))
                    ):
                        return res
                near, near_pos = person_before(self.text, self.lang, ref, g)
                role = self.role_mention(g, ref)
                if near and (role is None or near_pos > self.role_mention_pos):
                    e = self.entity_for(near, ref)  # "Nun hat auch Heidemarie W.-Zeul … Sie wird zitiert"
                    e.subject_pos.append(ref)
                    return self.person(e)
                if role is None and g == "f" and de_sie:
                    return de_feminine_body(self.text, self.lang, ref)  # "Die Bahn … Sie erklärte" (1.75)
                return role if role is not None else body_quoted_before(self, g, ref)  # (rules-1.183)
            e.subject_pos.append(ref)
            return self.person(e)
        if kind == "document":  # "the statement said": whoever issued it, the organisation just quoted
            if (author := document_author(self, sp, ref)) is not None:
                return author  # "A statement by the defence ministry said …" (rules-1.41)
            if (study := study_source(self, sp, ref)) is not None:
                return study  # "Як йдеться в дослідженні, …": not the person's before (rules-1.140)
            for n, (r, k, res) in reversed(list(enumerate(self.last))):
                if r < ref - 1500:
                    break
                if k in ("organisation", "person", "group") and res.speaker:  # after its quote (1.82)
                    return body_since(self.text, self.lang, (max(r, self.ends[n]), ref), res.speaker) or res
            # "…, according to the study.": with nobody quoted before, the study itself (rules-1.17)
            doc = doc_source(sp.text) or body_before(self.text, self.lang, ref)
            return Resolved(doc, org_id(doc), "organisation") if doc else None  # or the body before (1.22)
        if kind == "interviewee":
            ents = sorted(self.entities.values(), key=lambda x: (" " not in x.name, x.first_pos))
            ents = [x for x in ents if not _PATRONYMIC_RE.search(x.name)]  # "— Анна Сергеевна, …?"
            if (named := [x for x in ents if x.first_pos < ref]) and " " in named[0].name:
                return self.person(named[0])  # named before the answers, not someone they speak of
            intro = self.text.find("\n")  # the introduction names the interviewee
            first, _pos = name_before(self.text, self.lang, intro if intro > 0 else len(self.text), "", 600)
            if first:
                return self.person(self.entity_for(first, 0))
            return self.person(ents[0]) if ents else None
        if kind == "role":  # "Der 39-Jährige" (1.83); "der Bürgermeister von Wyk …, Uwe Carstensen" (1.175)
            by_name = aged_person(self, sp.text, ref) or find_cue_role_holder(self, raw, sp.text)
            by_name = by_name or kremlin_aide(self, sp.text, ref)  # "за словами представника Кремля" (1.345)
            body = None if by_name else council_role(self, sp, ref)  # "Der Stadtrat von Poltawa" (1.243)
            return (
                by_name or body or held_by_name(self, sp, ref) or resolve_role(self, raw, sp, ref)
            )  # (1.186)
        if kind == "organisation":
            return resolve_body(self, sp, ref)  # rules-1.228: a bare state body's country
        if kind in ("anonymous", "group") and (earlier := resolve_anonymous(self, sp, ref)) is not None:
            return earlier
        if kind in ("group", "anonymous"):
            return Resolved(sp.text, group_id(sp.text), kind)
        return None

    def resolve_all(self, raws: list[Raw]) -> list[Resolved | None]:
        out: list[Resolved | None] = []
        # a first pass registers named speakers for cataphora ("its chief executive said … said Olena …")
        for raw in raws:
            sp = raw.speaker
            if sp is not None and sp.kind == "person" and " " in sp.name:
                self.entity_for(sp.name, min(raw.start, raw.anchor), sp.gender).add_role(sp.role)
        index = {id(r): k for k, r in enumerate(raws)}
        for i, raw in enumerate(raws):
            ref = min(raw.start, raw.anchor) if raw.start >= 0 else 0
            res: Resolved | None = None
            if raw.speaker is None:
                j = index.get(id(raw.same_as), i - 1) if raw.same_as is not None else i - 1
                j = min(j, i - 1)
                while j >= 0 and out[j] is None:
                    j -= 1
                if j >= 0 and (raw.para < 0 or raws[j].para < 0 or raw.para - raws[j].para <= 1):
                    res = out[j]
                elif j < 0 and not raw.cue and raw.start >= 0:
                    res = lead_person(self, raw.anchor, ref)  # a bare-quote lead (rules-1.426)
            else:
                res = self.resolve(raw, raw.speaker, pronoun_ref(self.text, ref, raw))
                if res is not None and raw.speaker.kind != "pronoun":
                    gender_from_complement(self, raw, res)
            out.append(res)
            if res is not None:
                self.last.append((ref, res.speaker_type, res))
                self.ends.append(max(raw.end, ref))
        return out
