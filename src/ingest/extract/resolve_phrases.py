"""How the resolver treats role phrases ("the minister", "ein Sprecher"), organisations ("the
ministry", "в Генштабі") and anonymous sources ("the source", "one of them") in one article."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from ingest.extract import shortforms as sf
from ingest.extract.antecedents import agency_quoted, later_unnamed, lead_role_holder
from ingest.extract.bodies import ORG_NOUNS, named_org
from ingest.extract.bodykeys import fold_key
from ingest.extract.bodylinks import body_named_before, cyr_company_before, de_company_before, de_firm_after
from ingest.extract.compoundkeys import other_compound
from ingest.extract.cues import Raw, cue_gender
from ingest.extract.cyr_described import described_pair
from ingest.extract.de_authority import de_authority_before
from ingest.extract.entities import Entity, Resolved
from ingest.extract.fullnames import person_before
from ingest.extract.holders import name_given_after, named_after, nations_differ, other_nation
from ingest.extract.kremlin import agency_spokesperson, kremlin_aide
from ingest.extract.leadroles import named_next, nearer_named_next, roleless_person
from ingest.extract.lexicon import ROLE_CLASSES
from ingest.extract.lexicon_roles import DE_DESCRIPTIVE_RE, DE_ROLE_SUFFIXES
from ingest.extract.mentions import plural_phrase, role_before
from ingest.extract.names import group_id, org_id, org_key, person_id, unknown_id
from ingest.extract.newroles import office_change
from ingest.extract.npforms import parties_in, party_epithet
from ingest.extract.npheads import named_as_anonymous
from ingest.extract.officeopen import BARE_MINISTER_RE, office_opening
from ingest.extract.resolve_hints import described_as
from ingest.extract.rolehead import INDEFINITE_ROLE_RE, de_role_heads, other_owner, role_head
from ingest.extract.roleholders import not_deputy
from ingest.extract.roles import role_class
from ingest.extract.speakers import HONOUR_NOUNS, SpeakerPhrase, analyze_np, head_word, is_first_name

if TYPE_CHECKING:
    from ingest.extract.resolve import Resolver

# a country after a body ("МИД Украины"): org_key drops it; another country's body is no part of one named before
_CYR_COUNTRY_RE = re.compile(r"(?<!\w)(?:рос[іс]\w*|рф|укра[їи]н\w*)(?!\w)", re.I)
_GENERIC_ORG_RE = re.compile(rf"(?:(?:the|der|die|das|des)\s+)?(?:{ORG_NOUNS})")
_RU_DATIVE_OUTLET_RE = re.compile(r"([а-яё-]{4,})\s+«[^»]{2,30}[ую]»")  # the outlet told after a role
_ANAPHORIC_SOURCE_RE = re.compile(
    r"(?:the\s+(?:source|person|official|insider)\b|собеседник|співрозмовник|джерело\s+(?:агентства|видання)|"
    r"источник\s+(?:агентства|издания)|(?:источник|джерело)$)",
    re.I,
)
_ANAPHORIC_GROUP_RE = re.compile(r"the\s+(?:people|sources|officials|insiders|diplomats)", re.I)
_ONE_OF_THEM_RE = re.compile(
    r"(?:one|some|two|three|four|five|six|several|many|most|none|each|both)\s+of\s+(?:them|those)\b", re.I
)
_POSSESSIVE_IN_RE = re.compile(r"\w['’]s?\s")  # "the candidate's former doctor" is someone else
_DEFINITE_RE = re.compile(r"(?:the|der|die|das|dem|den)\s", re.I)
_ROLE_CLASS_SET = frozenset(ROLE_CLASSES.values())
_CYR_AGE_RE = re.compile(r"\d+-(?:річн|летн)\w*\s")
# roles of doing, not offices: no titled holder → "der Ökonom", "— заявив адвокат" is the person spoken of
_DESCRIPTIVE_CLASSES = frozenset(("analyst", "lawyer", "player", "ombudsman"))  # (ombudsman: rules-1.236)
_NEAR_NAME_CHARS = 400  # a description resolves to a person named this close before it
# descriptions that single out one person: an age, an honour ("the 85-year-old Nobel Peace Prize winner")
_EPITHET_RE = re.compile(rf"\d+[-\u2010\u2011]year[-\u2010\u2011]old|(?:{'|'.join(sorted(HONOUR_NOUNS))})$")


def resolve_role(r: Resolver, raw: Raw, sp: SpeakerPhrase, ref: int) -> Resolved:
    if r.lang == "ru" and (m := _RU_DATIVE_OUTLET_RE.fullmatch(sp.text)):  # "эксперт «Коммерсанту»" (1.159)
        sp = analyze_np(m.group(1), r.lang)
    tail = sp.text.rsplit(", ", 1)[1] if ", " in sp.text else ""
    named = analyze_np(tail, r.lang) if tail[:1].isupper() else None  # not "…, who took over at Vitória"
    if named is not None and named.kind == "person" and named.role and (found := r.resolve(raw, named, ref)):
        return found  # "The chairman, Lord Abernethy": the person named with a title after the role (1.38)
    if r.lang == "en" and named_as_anonymous(
        r.text, sp.text, ref
    ):  # "the foreman, who asked not to be named"
        head = head_word(
            sp.text.split(",")[0]
        ).lower()  # (1.346): the unnamed one of that noun before, no named
        same = r.recent_unnamed(
            sp.gender, ref, ref - 600, head
        )  # person ("A coach in X … said the coach, who …")
        return same or Resolved(sp.text, unknown_id(sp.text, r.article_id), "person")
    if INDEFINITE_ROLE_RE.match(sp.text):  # "a spokesman", "ein Sprecher": someone not named yet
        return Resolved(sp.text, unknown_id(sp.text, r.article_id), "person")
    e = lead_role_holder(r, sp.text, ref) or r.by_role(sp.text, ref, sp.gender or raw.gender_hint)
    e = nearer_named_next(r, ref, sp.text, e)  # a holder named later, not the person named next (1.393)
    if (later := later_unnamed(r, sp.text, e, ref, sp.gender or raw.gender_hint)) is not None:
        return later  # "A Western diplomat … said": "The diplomat said" is not the one before (1.303)
    if changed := office_change(r, sp.text, ref, e, sp.gender or raw.gender_hint or cue_gender(raw.cue)):
        return changed  # "the new minister": the one appointed; "the former minister" (rules-1.254, 1.284)
    if e is not None and other_owner(r, sp.text, e, ref):
        return Resolved(sp.text, unknown_id(sp.text, r.article_id), "person")  # someone's spokeswoman (1.128)
    if e is not None and (cg := cue_gender(raw.cue)) in ("m", "f") and e.gender not in ("", cg):
        # "— наголосив міністр" after a woman minister: the man with a name just before (rules-1.38)
        near, near_pos = person_before(r.text, r.lang, ref, cg)
        e = r.entity_for(near, ref) if near and ref - near_pos <= _NEAR_NAME_CHARS else None
    if e is None and r.registry is not None and (rp := r.registry.role_holder(sp.text, r.when)):
        e = r.entity_for(rp.name, ref, rp.gender)
    bare = r.lang in ("uk", "ru") and (
        " " not in sp.text.strip() or bool(_CYR_AGE_RE.match(sp.text)) or described_pair(sp.text)
    )  # "— сказав хокеїст", "— розповів 22-річний нападник" (no articles); "Наставник харків'ян" (1.277)
    if (
        e is None
        and (_DEFINITE_RE.match(sp.text) or bare)
        and not _POSSESSIVE_IN_RE.search(sp.text.split(" of ", 1)[0])  # not "the candidate's doctor"
    ):
        head = role_head(sp.text, r.lang)  # "Die Mutter eines Schülers": "mutter" (rules-1.76)
        described = described_as(r, head, ref)
        if (
            described is not None
            and not other_nation(r.text, sp.text, described)  # "an engineer" (1.14)
            and not not_deputy(sp.text.lower(), described)  # not the minister for his deputy (1.432)
        ):
            described.subject_pos.append(ref)
            return r.person(described)
        same = None if (epithet := party_epithet(sp.text)) else r.recent_unnamed(sp.gender, ref + 1, -1, head)
        if same is not None and not nations_differ(sp.text, same.speaker):  # (not another nation's, 1.204)
            return same  # "A senior official … said …" … "the official said"
        if head in _UNNAMED_VOICE_RE and not _UNNAMED_VOICE_RE[head].search(r.text, 0, ref):
            # "As a phone rang, the announcer said, “…”": nobody described so before (rules-1.39)
            return Resolved(sp.text, unknown_id(sp.text, r.article_id), "person")
        if role_class(sp.text) in _DESCRIPTIVE_CLASSES or role_class(sp.text) not in _ROLE_CLASS_SET:
            # "die SPD-Politikerin", "the 45-year-old", "die Pädagogin": the person last spoken
            # of, named (a sentence subject) or not (the speaker of the statement before)
            # the cue's gender: "– відповів посадовець" is not the woman named before (rules-1.20)
            subject = r.pronoun_candidate(sp.gender or raw.gender_hint or cue_gender(raw.cue), ref)
            if subject is not None and (ref - subject[0] > 400 or other_nation(r.text, sp.text, subject[1])):
                subject = None  # (rules-1.263: "the Dutchman" is not the Argentine striker just named)
            before = None if epithet else r.recent_unnamed_at(sp.gender, ref + 1, -1)  # (a lawmaker's: 1.104)
            mention, at = role_before(r.text, r.lang, sp.gender, ref)
            latest = max(subject[0] if subject else -1, before[0] if before else -1)
            if mention and _other_role(r.lang, head, [mention]):
                mention = ""  # "Ein Sprecher verwies … Der Vorsitzende Richter kündigte an, …"
            if mention and at > latest and r.opens_previous_sentence(at, ref):
                # "Eine Zeugin hatte … beobachtet. „…“, erzählte die Rentnerin": the subject just before
                return Resolved(mention, unknown_id(mention, r.article_id), "person")
            if (
                before is not None
                and (subject is None or before[0] > subject[0])
                and r.sentences_apart(before[0], ref) <= 1
            ):
                if _other_role(r.lang, head, [before[1].speaker]):
                    return Resolved(sp.text, unknown_id(sp.text, r.article_id), "person")
                return before[1]  # the speaker just before ("…, berichtete die Schulleiterin")
            e = subject[1] if subject is not None else None
            if e is not None and _other_role(r.lang, head, e.roles):
                e = None  # "Der Vorsitzende Richter" is not the prosecutor or the expert named before
            elif subject is None and before is None and not mention and _EPITHET_RE.search(sp.text):
                # "Muhammad Yunus handed over power. “…,” the 85-year-old said": the person just named,
                # who has not spoken yet (rules-1.25)
                near, near_pos = person_before(r.text, r.lang, ref, sp.gender or raw.gender_hint)
                if (
                    near
                    and ref - near_pos <= _NEAR_NAME_CHARS
                    and (is_first_name(near.split()[0]) or r.opens_previous_sentence(near_pos, ref))
                ):
                    e = r.entity_for(near, ref)
        elif not any(role_class(sp.text) in x.role_classes for x in r.entities.values()):
            e = roleless_person(r, sp, ref)  # "The intelligence chief said" about the one person named
            if e is not None and raw.start <= e.first_pos < raw.end:
                e = None  # named first in the words said: spoken of ("sagte der Sprecher, Anna Roth habe …", 1.450)
            if e is None and bare:
                e = _subject_just_before(r, raw, sp, ref)
            if e is not None:
                e.add_role(sp.text)
    mine = parties_in(sp.text)
    if e is not None and mine and (theirs := e.parties | {p for x in e.roles for p in parties_in(x)}):
        e = None if mine.isdisjoint(theirs) else e  # "The Democratic presidential nominee" is not the
        # Republican one resolved before (rules-1.39)
    if e is None and (e := named_next(r, ref, sp.text)) is not None:
        e.add_role(sp.text)  # the lead's role, named at the start of the next paragraph
    elif e is None and (e := named_after(r, ref, sp.text, sp.gender or raw.gender_hint)) is not None:
        e.add_role(sp.text)  # "Директор филармонии признала, … Как отметила Светлана Орлова, …" (rules-1.127)
    elif e is None and r.lang == "en" and (e := name_given_after(r, ref, sp.text, sp.gender)) is not None:
        e.add_role(sp.text)  # "…,” says the man in the orange drysuit. … His name is Callum Rees" (1.136)
    if e is not None:
        e.subject_pos.append(ref)
        e.parties |= mine
        return r.person(e)
    if BARE_MINISTER_RE.fullmatch(sp.text) and (office := office_opening(r, ref, sp.gender, sp.text)[0]):
        return Resolved(office, unknown_id(office, r.article_id), "person")  # "the minister" (rules-1.337)
    return Resolved(sp.text, unknown_id(sp.text, r.article_id), "person")


# voices that are nobody named in the article unless described so ("X, the narrator, …")
_UNNAMED_VOICE_RE = {  # (the pattern: someone described so before, ", the narrator,")
    n: re.compile(rf",\s+(?:the|an?)\s+{n}\b")
    for n in ("announcer", "narrator", "voiceover", "dispatcher", "caller")
}


def _other_role(lang: str, head: str, roles: list[str]) -> bool:
    """German: ``head`` is a role noun ("Richter") and the candidate's role phrases name other role
    nouns only ("Ein Sprecher", "Oberstaatsanwältin"; "Eine Sprecherin der Stadt": not "Stadt", rules-1.76)."""
    if lang != "de" or not DE_ROLE_SUFFIXES.search(head) or DE_DESCRIPTIVE_RE.search(head):
        return False
    stem = head[:-2] if head.endswith("in") and not head.endswith("ein") else head
    heads = de_role_heads(roles)
    cls = role_class(head)  # "Kapitän Lukas Brenner" … "sagte der Mittelfeldspieler": both players
    return bool(heads) and not any(stem in h or h.endswith(head) or role_class(h) == cls for h in heads)


def _subject_just_before(r: Resolver, raw: Raw, sp: SpeakerPhrase, ref: int) -> Entity | None:
    """ "Її лідерка Тетяна Ярошенко заявила, що … «…», — заявила депутатка.": a bare Ukrainian/Russian role
    that nobody holds by title is the person of that gender who was the subject of this sentence or the one
    before (rules-1.22)."""
    if role_class(sp.text) == "spokesperson":
        return None  # "— сказала речниця": someone who speaks for the person named before
    found = r.pronoun_candidate(sp.gender or raw.gender_hint or cue_gender(raw.cue), ref)
    return found[1] if found is not None and r.sentences_apart(found[0], ref) <= 1 else None


def resolve_organisation(r: Resolver, sp: SpeakerPhrase, ref: int) -> Resolved:
    name = sf.de_body_name(sp.text, sp.org or sp.text) if r.lang == "de" else sp.org or sp.text
    if (
        " " not in name
        and name[:1].isupper()
        and (e := r.find_surname(name)) is not None
        and e.first_pos < ref
    ):
        return r.person(e)  # "Oduya-Serrat said": the surname of a person named before (rules-1.17)
    if (aide := kremlin_aide(r, name, ref)) is not None:
        return aide  # "— добавил представитель Кремля": the president's press secretary named before (rules-1.345)
    if (spokes := agency_spokesperson(r, name, ref)) is not None:
        return spokes  # "— ответила официальный представитель ведомства" (rules-1.420)
    if r.registry is not None and (canon := r.registry.organisation(name)):
        name = canon
    else:  # "the ministry" → the ministry named earlier; "в Генштабі" → "Генеральний штаб ЗСУ"
        key = fold_key(org_key(name))  # (rules-1.159: a one-word key is not folded by org_key)
        words = set(key.split())
        if (later := agency_quoted(r, name, ref) or cyr_company_before(r, name, ref)) or (
            r.lang == "de"
            and (
                later := _later_de_body(r, name, ref)
                or de_company_before(r, name, ref)
                or de_authority_before(r, name, ref)
            )
        ):
            return later
        for _ref, k, res in reversed(r.last):
            if k != "organisation":
                continue
            others = [fold_key(org_key(res.speaker)), fold_key(org_key(res.speaker, False))]  # "ВООЗ" (1.159)
            if r.lang == "de" and "(" in res.speaker:
                others = [res.speaker.lower()]  # "Unternehmen" is not "Verband kommunaler Unternehmen (VKU)"
            if any(o.endswith(key) or (r.lang in ("uk", "ru") and words <= set(o.split())) for o in others):
                if other_compound(name, res.speaker):
                    continue  # "Bundeskriminalamt" after "Bundesverfassungsgericht" (rules-1.325)
                if r.lang in ("uk", "ru") and _other_country(name, res.speaker):
                    continue  # "міністерство оборони Росії" after "ГУР Міноборони" (rules-1.29)
                return res
            if r.lang == "de" and " " not in name and res.speaker.lower().endswith(name.lower()):
                return res  # "das Ministerium" after "das Energieministerium" (rules-1.18)
        if _GENERIC_ORG_RE.fullmatch(name.lower()) and (named := named_org(r.text, ref)):
            return Resolved(named, org_id(named), "organisation")  # "компании" → «Сибавиа»
        if r.lang == "en" and (
            apposed := _apposed_body(r, name, ref)
            or _company_just_quoted(r, name, ref)
            or body_named_before(r, name, ref)
        ):
            return apposed
        if short := sf.body_for_short_form(r, name, ref):  # "the court" after "Ukraine's Supreme Court"
            return short
        if sf.UNNAMED_BODY_RE.fullmatch(name.lower()):  # two articles' "the company" are two companies
            return Resolved(name, org_id(name, r.article_id), "organisation")
    return Resolved(name, org_id(name), "organisation")


# a capitalised German body noun, with the acronym or short name after it ("Der Sozialverband VdK")
_DE_BODY_RE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w-]*[a-zäöüß](?:[ \t]+[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,4}[A-ZÄÖÜ])?")


def _later_de_body(r: Resolver, name: str, ref: int) -> Resolved | None:
    """ "der Verband" after "Der Sozialverband VdK begrüßte …": the last body whose noun ends in the phrase's head
    noun, named in this sentence or the one before and after the last body quoted (rules-1.22); else None."""
    words = name.split()
    if len(words) > 2 or (len(words) == 2 and words[0].lower() not in _DE_DEFINITE):
        return None
    head = words[-1].lower()
    if len(head) < 4 or not sf.UNNAMED_BODY_RE.fullmatch(head):
        return None
    k = bisect_right(r.sent_starts, ref) - 1
    lo = r.sent_starts[k - 1] if k >= 1 else 0
    quoted = next((at for at, kind, _res in reversed(r.last) if kind == "organisation" and at < ref), -1)
    lo = max(lo, quoted + 1)
    if head not in r.text[lo:ref].lower():
        return None
    best = ""
    for m in _DE_BODY_RE.finditer(r.text, lo, ref):
        noun = m.group().split()[0].lower()
        if noun.endswith(head) and noun != head:
            firm = de_firm_after(r.text, m.start() + len(noun))  # "Der Chemiekonzern Lindauer AG" (1.183)
            best = firm or sf.with_country_adjective(r.text, m.start(), sf.with_genitive(r.text, m))  # 1.159
    return Resolved(best, org_id(best), "organisation") if best else None


_DE_DEFINITE = frozenset(("der", "die", "das"))
_COMPANY_NOUNS = frozenset("company firm group developer manufacturer drugmaker retailer lender".split())
_ITS_OFFICES = frozenset(("its press service", "its press office", "its media office"))  # rules-1.283


def _company_just_quoted(r: Resolver, name: str, ref: int) -> Resolved | None:
    """ "The company said …" right after a statement of a body named by its name alone ("Meridian
    Biologics said …"), in this sentence or the one before: that body (rules-1.25); also "its press office"."""
    words = name.lower().split()
    the_firm = len(words) == 2 and words[0] == "the" and words[1] in _COMPANY_NOUNS
    if not r.last or not (the_firm or name.lower() in _ITS_OFFICES):
        return None
    at, k, res = r.last[-1]
    if k != "organisation" or not res.speaker[:1].isupper() or r.sentences_apart(at, ref) > 1:
        return None
    return None if sf.UNNAMED_BODY_RE.search(res.speaker.lower()) else res


def _apposed_body(r: Resolver, name: str, ref: int) -> Resolved | None:
    """ "the union" after "…, the union Unite said": the body named right after the same noun (rules-1.20)."""
    words = name.split()
    if len(words) != 2 or words[0].lower() != "the" or not words[1].islower():
        return None
    for _ref, k, res in reversed(r.last):
        if (
            k == "organisation"
            and res.speaker[:1].isupper()
            and r.text.find(f"{words[1]} {res.speaker}", 0, ref) >= 0
        ):
            return res
    return None


def resolve_anonymous(r: Resolver, sp: SpeakerPhrase, ref: int) -> Resolved | None:
    """An anonymous source (or "the people") that refers back to one already quoted, else None."""
    if sp.kind == "group" and (counsel := defence_counsel(r, sp)) is not None:
        return counsel  # "Die Verteidigung kündigte an, …" and "erklärte Rechtsanwältin Nadine Vogt" (rules-1.39)
    if sp.name:  # "One of the injured passengers, Sarah Okafor": the mention as written, her id (rules-1.33)
        return Resolved(sp.text, person_id(r.entity_for(sp.name, ref).key), "person")
    if _ANAPHORIC_GROUP_RE.fullmatch(sp.text):  # "…, the people said": the anonymous group just quoted (1.22)
        for at, k, res in reversed(r.last):
            if at < ref - 600:
                break
            if k == "anonymous" and at < ref and plural_phrase(res.speaker):
                return res
    if sp.kind == "group":
        return sf.rescuers_service(r.text, sp.text, ref, r.last)  # "За даними рятувальників" (1.159, 1.226)
    if _ONE_OF_THEM_RE.match(sp.text):  # "One of them said …"
        for at, k, res in reversed(r.last):
            if at < ref - 800:
                break
            if k in ("group", "anonymous") and at < ref and plural_phrase(res.speaker):
                return Resolved(sp.text, group_id(f"{sp.text} | {res.speaker}"), "anonymous")
    if _DEFINITE_RE.match(sp.text):  # "The spokesman, who was not authorised …"
        same = r.recent_unnamed(sp.gender, ref, ref - 600, head_word(sp.text.split(",")[0]).lower())
        if same is not None:
            return same
    if _ANAPHORIC_SOURCE_RE.match(sp.text):
        for at, k, res in reversed(r.last):  # "the source", "Собеседник агентства": the one just quoted
            if at < ref - 600:
                break
            if k == "anonymous" and at < ref and not plural_phrase(res.speaker):
                return res
    return None


def _other_country(name: str, other: str) -> bool:
    """``name`` names a country ("… Росії") that the body ``other`` does not."""
    m = _CYR_COUNTRY_RE.search(name)
    return m is not None and m.group()[:4].lower() not in other.lower()


# "die Verteidigung", "the defence": the defence lawyer named in the article, when there is one (rules-1.39)
_DEFENCE_RE = re.compile(r"(?i:(?:verteidigung|defen[cs]e)$)")
_COUNSEL_RE = re.compile(
    r"(?i:verteidiger|(?<!staats)anw[aä]lt|defen[cs]e\s+(?:lawyer|attorney|counsel|barrister))"
)


def defence_counsel(r: Resolver, sp: SpeakerPhrase) -> Resolved | None:
    if _DEFENCE_RE.search(sp.text) is None:
        return None
    counsel = [e for e in r.entities.values() if any(_COUNSEL_RE.search(x) for x in e.roles)]
    return r.person(counsel[0]) if len(counsel) == 1 else None
