"""Speaker phrases: find the name, role, type and gender in a noun phrase like
"Ukraine's military intelligence chief, Kyrylo Budanov," or "two officials familiar with the plans"."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.bodyheads import en_based_name, head_named_body
from ingest.extract.de_nominatives import de_nominative
from ingest.extract.given_names import gender_of_first, is_first_name
from ingest.extract.inflect import nominative_name
from ingest.extract.lexicon import (
    ANON_MARKERS,
    FEMALE_ROLE_WORDS,
    GROUP_NOUNS,
    MALE_ROLE_WORDS,
    NUMBER_WORDS_EN,
    OUTLET_ROLE_NOUNS,
    PERSON_NOUNS,
    ROLE_CLASSES,
)
from ingest.extract.lexicon import words as _w
from ingest.extract.lexicon_countries import cyr_acronym_of_place, cyr_place_before_surname
from ingest.extract.lexicon_people import LOWER_PERSON_NOUNS_EN
from ingest.extract.lexicon_roles import CYR_FEMALE_ROLE_RE, de_surname_role
from ingest.extract.lexicon_slavic import CYR_COUNT_WORDS
from ingest.extract.notperson import names_nobody, not_a_person, un_body
from ingest.extract.npclean import clean_np, strip_medium
from ingest.extract.npforms import COUNTRY_SPEAKERS, GROUP_OF_RE, ONE_OF_RE, np_shape, which_body
from ingest.extract.npheads import aged_worker, apposed_head, drop_who_clause, named_group, org_word_at_end
from ingest.extract.npsegments import (
    DE_REL_RE,
    described_person,
    head_after_name,
    is_relative,
    one_of_name,
    segments,
)
from ingest.extract.nptidy import cyr_role_only, firm_before_one_of, tidy_np
from ingest.extract.orgnames import (
    body_before_place,
    head_word,
    in_org,
    is_title_after_the,
    name_after_of,
    name_before_description,
    name_in_quotes,
    org_context,
    org_name,
    titled_body,
)
from ingest.extract.personnames import ACRONYM_RE, TOKEN_RE, best_name, de_noun, is_cap, name_takes_lead
from ingest.extract.possessors import owned_by_name
from ingest.extract.roles import (
    _CALENDAR,
    _DE_ROLE_SUFFIXES,
    CAP_STOP,
    CYR_GROUP_STEMS_6,
    cyr_group,
    is_cyr_role,
    is_named_org_head,
    is_org_word,
    is_title_token,
    role_class,
)
from ingest.extract.roles_cyr import cyr_adjective_body, cyr_role_or_office
from ingest.extract.speakernouns import CYR_ANON_STEMS, cyr_genitive_group
from ingest.extract.speakernouns import is_speaker_noun as is_speaker_noun  # re-exported
from ingest.extract.speakerphrase import SpeakerPhrase as SpeakerPhrase  # re-exported

_DE_ART_NP_RE = re.compile(r"(?:die|der)\s+\w+")
_DE_FEMININE_NP_RE = re.compile(r"die\s|.*(?:erin|orin|[ae]ntin|istin|atin|efin|ärztin|wältin|login|gogin)$")
_DE_ROLE_GEN_RE = re.compile(
    r"(?:(?:ein|eine|der|die|das)\s+)?(?P<role>[A-ZÄÖÜ]\w+)\s+(?:der|des|einer|eines|von|vom)\s", re.I
)
# a role noun in the genitive plural ("журналістів", 1.20; "слідчих", 1.40) or nominative plural ("врачи", "фахівці")
_CYR_PLURAL_ENDS = tuple("ів ов ики логи істи исты ерти ерты ери еры ори оры ели арі ари их ей ачи вці".split())  # fmt: skip
_PLURAL_PERSON_RE = re.compile(r"(?:ists|ians|ers|ors|ants|ents|ees|men|women)$")
_POSSESSIVE_RE = re.compile(r"['’]s?$")
_BODY_THEN_NAME_RE = re.compile(r"[Tt]he (?:union|company|airline|agency|regulator|group|firm|charity|party)")
__all__ = ["CAP_STOP", "PRONOUNS", "SpeakerPhrase", "analyze_np", "clean_np", "gender_of_first", "is_cap",
           "is_first_name", "is_org_word", "is_title_token", "org_name", "role_class"]  # fmt: skip
PRONOUNS: dict[str, str] = {
    "he": "m", "she": "f", "they": "p", "we": "p", "i": "", "him": "m", "her": "f", "it": "o",
    "він": "m", "вона": "f", "вони": "p", "он": "m", "она": "f", "они": "p", "er": "m", "sie": "",
    "dieser": "m", "diese": "",  # rules-1.75: "Diese bestätigte, dass …" (the body or person just named)
}  # fmt: skip


def in_case(sp: SpeakerPhrase, lang: str, case: str) -> SpeakerPhrase:
    """``sp`` with its person name put back into the nominative from a known ``case`` ("gen" after
    "за словами", "по словам", "слова"); a copy, since analyze_np results are shared."""
    if sp.kind != "person" or not sp.name or lang not in ("uk", "ru") or sp.name not in sp.text:
        return sp  # (a name analyze_np already put into the nominative stays: "Валентины Гришиной", 1.35)
    name = nominative_name(sp.name, lang, case)
    if name == sp.name:
        return sp
    return SpeakerPhrase(sp.text, sp.kind, name=name, role=sp.role, gender=sp.gender, org=sp.org)


_SIMPLE_WORDS = (
    "outlet agency newspaper channel website broadcaster company darin dort hierin medienberichten angaben"
)
_SIMPLE_BLOCK = frozenset(_w(_SIMPLE_WORDS)) | frozenset(ROLE_CLASSES) | frozenset(PERSON_NOUNS)
_SIMPLE_NAME_RE = re.compile(
    r"[A-ZÀ-Þ][a-zà-ÿ]+(?:[-’'][A-Za-zà-ÿ]+)?(?: [A-ZÀ-Þ][a-zà-ÿ]+(?:[-’'][A-Za-zà-ÿ]+)?){0,2}"
)


def _simple_name(phrase: str, lang: str) -> SpeakerPhrase | None:
    """Fast path for the commonest speaker phrase: one to three capitalised Latin words that are a
    person's name ("Trump", "Olena Marchenko") — no title, organisation, group or calendar word."""
    if lang not in ("en", "de") or not _SIMPLE_NAME_RE.fullmatch(phrase) or phrase in COUNTRY_SPEAKERS:
        return None
    toks = phrase.split()
    if len(toks) > 1 and not is_first_name(toks[0]):
        return None  # "Headteacher Anna Lysenko": the general path finds the name inside
    for k, t in enumerate(toks):
        low = t.lower()
        if (
            low in CAP_STOP
            or low in PRONOUNS
            or low in _CALENDAR
            or low in GROUP_NOUNS
            or low in _SIMPLE_BLOCK
            or is_title_token(t)
            or (is_named_org_head(t) if k else is_org_word(t))  # "Ana Serrat" (1.17), "Mike Bloomberg"
            or (lang == "de" and de_noun(t))
        ):
            return None
    g = gender_of_first(toks[0]) if len(toks) > 1 else ""
    return SpeakerPhrase(phrase, "person", name=phrase, role="", gender=g)


_ANON_RE = re.compile("|".join(re.escape(m) for m in ANON_MARKERS))


_CYR_ANON_PLURAL = frozenset(_w("джерела источники собеседники співрозмовники інсайдери инсайдеры"))
_CYR_IN = frozenset(_w("в у во"))
_DOCUMENT_RE = re.compile(  # rules-1.36: notifications, bulletins, advisories, directives, circulars
    r"(?:(?:a|an|the|its|his|her|their)\s+)?(?:joint\s+|written\s+|brief\s+)?(?:statement|communiqu[eé]|press\s+release|"
    r"release|notice|announcement|notification|bulletin|advisory|directive|circular|document|(?-i:post))"
    r"(?:\s+(?:from|by|issued\s+by|released\s+by|sent\s+by|published\s+by)\s+(?P<by>.+))?$",
    re.I,
)
# "data from the agriculture ministry", "a survey by the Kyiv institute": the source named after "from"
_DATA_FROM_RE = re.compile(
    r"(?:(?:the|a|an|new|latest|recent|preliminary|official|its|their)\s+)*(?:data|figures|estimates|statistics|"
    r"reports?|survey|study|analysis|calculations|assessment|forecast|projections)\s+"
    r"(?:from|by|of|(?:conducted|carried\s+out|commissioned)\s+by)\s+(?P<by>.+)$",
    re.I,
)
# "the 47-year-old", "die 81-Jährige", "22-річний", "52-летняя": a person described by age
_AGE_NOUN_RE = re.compile(r"\d+-(?:year-old|jährige[rn]?|річн\w+|летн\w+)")
_CYR_ADJ_END_RE = re.compile(r"(?:их|ых|ого|ої|ой|ий|ый|ій|ая|ні|ные|ної|ной|ому|ему)$")

HONOUR_NOUNS = frozenset(_w("winner laureate champion medallist medalist nominee finalist"))  # "the X winner"
_TRAIL_ACRONYM_RE = re.compile(r"\s+\([A-ZА-ЯІЇЄҐÄÖÜ]{2,8}\)(?=,|$)")


@lru_cache(maxsize=16384)
def analyze_np(text: str, lang: str = "en") -> SpeakerPhrase:
    """Classify a speaker noun phrase and pull out its name, role and gender (cached: read-only)."""
    cleaned = tidy_np(clean_np(text, keep_comma=True), lang)  # nicknames, "Ihr Verteidiger X" (rules-1.40)
    if lang == "en" and " who" in cleaned:  # "Coyle, an engineer who joined the company in 2009," (1.14)
        cleaned = drop_who_clause(cleaned)  # "A coach in X who has trained …" (rules-1.306)
    if cleaned[:1] in "NK" and names_nobody(cleaned):  # "No official said …": nobody's statement (1.215)
        return SpeakerPhrase(cleaned, "unknown")
    sp = _analyze_cleaned(strip_medium(cleaned), lang)  # "Кудрин в своем Telegram-канале (написал)"
    if sp.kind == "person" and ", " in cleaned and (hd := apposed_head(cleaned, sp.name)):  # (rules-1.352)
        sp = hs if (hs := _analyze_cleaned(hd, lang)).kind == "person" else sp
    if sp.kind != "organisation" and (un := un_body(cleaned, SpeakerPhrase)) is not None:
        return un  # "The United Nations said" (rules-1.320)
    if sp.kind == "person" and (acr := _TRAIL_ACRONYM_RE.search(cleaned)) is not None:
        # "The X and Y Federation (XYF), which …": the name without its acronym may be a body (rules-1.213)
        bare = analyze_np(cleaned[: acr.start()] + cleaned[acr.end() :], lang)
        if bare.kind == "organisation":
            return bare
    if sp.kind == "person" and (other := not_a_person(sp.name, cleaned, lang, SpeakerPhrase)) is not None:
        return other  # "Haus & Grund Sachsen" (1.74), "France and Germany", "NerdWallet", "Iranians" (1.206)
    if sp.kind in ("organisation", "unknown") and aged_worker(cleaned, lang):  # "the 41-year-old operator"
        return SpeakerPhrase(cleaned, "role", role=cleaned)
    if (sp.kind != "organisation" or "-based " in cleaned) and (org := head_named_body(cleaned, lang)):
        return SpeakerPhrase(cleaned, "organisation", org=org, gender="o")  # "the Leeds-based brewer" (1.133)
    # "the Leeds-based supplier": no name (1.133); "Грузинський міністр додав": a role, no body (1.148)
    if (sp.kind == "person" and lang == "en" and en_based_name(sp.name)) or cyr_role_only(sp, cleaned, lang):
        return cyr_role_or_office(cleaned)  # "пресс-служба Сумской ОВА": the body (rules-1.431)
    return which_body(sp, cleaned, SpeakerPhrase) if lang == "en" and ", which " in cleaned else sp


@lru_cache(maxsize=16384)
def _analyze_cleaned(cleaned: str, lang: str) -> SpeakerPhrase:
    """analyze_np of a cleaned phrase (cached apart: phrases that differ in what cleaning drops share it)."""
    simple = _simple_name(cleaned, lang)
    if simple is not None:
        return simple
    shaped = np_shape(cleaned, lang, analyze_np, SpeakerPhrase)
    if shaped is not None:
        return shaped
    segs, phrase = segments(cleaned)
    if phrase != cleaned:
        phrase = clean_np(phrase)
    low = phrase.lower()
    if not phrase or low.endswith((" which", " whom")):  # "… on the charter draft which (states)" (1.34)
        return SpeakerPhrase("", "unknown")
    words = low.split()
    if len(words) == 1 and (words[0] in PRONOUNS or (lang == "de" and words[0] == "man")):
        return SpeakerPhrase(phrase, "pronoun", gender=PRONOUNS.get(words[0], "o"))  # "man": the body (1.34)
    doc = _DOCUMENT_RE.match(phrase) or _DATA_FROM_RE.match(phrase)
    if doc is not None:  # "A statement from the defence ministry", "the statement" (its author said it)
        if doc.group("by"):
            return analyze_np(doc.group("by"), lang)
        return SpeakerPhrase(phrase, "document")
    grp = GROUP_OF_RE.match(low)  # "Critics of Prime Minister X", "Experts on Y": a group (rules-1.25)
    if (
        grp
        and grp.group(1) in GROUP_NOUNS
        and not phrase[grp.end() :].islower()
        and _ANON_RE.search(low) is None
    ):
        return SpeakerPhrase(phrase.split(", ", 1)[0], "group", gender="p")
    if ONE_OF_RE.match(low):  # "One of them", "one of the officials": a member of a group just named
        one = words[0] in ("one", "einer", "eine", "eines")
        return SpeakerPhrase(phrase, "anonymous", one_of_name(segs), gender="" if one else "p")
    if len(words) == 2 and words[1] in OUTLET_ROLE_NOUNS and phrase[:4] == "The " and phrase[4:5].isupper():
        # "The Economist", "The Spectator": a newspaper named with a role noun (rules-1.23)
        return SpeakerPhrase(phrase, "organisation", org=org_name(phrase), gender="o")
    if lang in ("uk", "ru") and len(words) > 1 and words[0] in _CYR_IN and (org := in_org(phrase, words)):
        # "У Повітряних силах повідомили", "сообщили в пресс-службе МВД"
        return SpeakerPhrase(org, "organisation", org=org, gender="o")
    anon = bool(_ANON_RE.search(low))
    # relative clauses are dropped ("…, who heads …"; German ", der seinen Namen …" after the first segment)
    kept = [x for k, x in enumerate(segs) if not (is_relative(x) or (k and DE_REL_RE.match(x)))] or segs[:1]
    top_name, best_score, role_parts = "", -1, []
    gender = ""
    top_inside = False  # the top name sits inside a role phrase ("… Airbus chief Christian Streiff")
    for k, seg in enumerate(kept):
        name, score, titles = best_name(seg, lang)
        if name_takes_lead(k, seg, (name, score, titles), best_score, top_inside):
            top_name, best_score = name, score
            top_inside = score >= 2 and not seg.strip(" ,").startswith(name.split()[0])
        # a place in an English role is no name ("the head of the Kherson regional … administration", rules-1.13)
        whole = score < 1 or (score < 2 and lang == "en")
        if not whole and name:
            head = seg[: seg.find(name.split()[0])].strip(" ,")
            if head:
                role_parts.append(head)
        elif whole:
            role_parts.append(seg)
        ltoks = TOKEN_RE.findall(seg.lower())
        if not FEMALE_ROLE_WORDS.isdisjoint(ltoks):
            gender = "f"
        elif not gender and not MALE_ROLE_WORDS.isdisjoint(ltoks):
            gender = "m"
    if not gender and lang in ("uk", "ru") and CYR_FEMALE_ROLE_RE.search(low):
        gender = "f"  # "очільниця", "міністерка", "директорка"
    if lang == "de" and _DE_ART_NP_RE.match(low):
        gender = gender or ("f" if _DE_FEMININE_NP_RE.match(low) else "m")  # "der Wahlleiterin" (1.238)
    role = " ".join(role_parts).strip()
    head_after = head_after_name(phrase, top_name, len(kept)) if best_score >= 2 else ""
    if head_after and named_group(head_after) and words[0] not in NUMBER_WORDS_EN:
        return SpeakerPhrase(phrase, "group", gender="p")  # "Chicago Marathon organisers" (rules-1.306)
    if head_after and is_org_word(head_after):
        best_score = 1  # "the United Nations refugee agency": a name modifying a body, not a person
    elif (
        head_after
        and words[0] in ("the", "a", "an")
        and (head_after in PERSON_NOUNS or head_after in HONOUR_NOUNS)
    ):
        return SpeakerPhrase(phrase, "role", role=phrase, gender=gender)  # "the Nobel Peace Prize winner"
    elif head_after and words[0] in NUMBER_WORDS_EN and words[0] not in ("a", "an"):
        best_score = 0  # "one West Virginia official", "three Ohio State researchers": no person (rules-1.34)
    if best_score >= 2 and name_after_of(phrase, top_name, words[0]):
        best_score = 1  # "the Federation of Small Firms", "The MP for Leeds North": no person (1.13, 1.177)
    if (
        best_score >= 1 and lang in ("uk", "ru") and owned_by_name(phrase, top_name, lang)
    ):  # "Мать Ивана …" (1.229)
        return SpeakerPhrase(phrase, "role", role=phrase, gender=gender)
    if best_score >= 1 and lang == "en" and titled_body(kept[0], top_name):
        return SpeakerPhrase(phrase, "organisation", org=org_name(kept[0]), gender="o")  # (1.29)
    if best_score >= 2 and any(q in phrase for q in "«„“") and name_in_quotes(phrase, top_name):
        best_score = 1  # "центре «Амурский тигр»": a quoted title, not a person
    if (
        lang == "de"
        and best_score >= 1
        and " aus " in phrase
        and (r := analyze_np(kept[0].split(" aus ")[0], lang)).kind == "role"
    ):
        return r  # "Ein Tierarzt aus Husum": a role from a place, no person "Husum" (rules-1.13)
    if (
        best_score >= 1
        and (" in " in phrase or " im " in phrase or " at " in phrase or " des " in phrase)
        # not a name in apposition after the role: "Der Landrat des Kreises X, Jens Petersen," (rules-1.20)
        and not (best_score >= 2 and len(kept) > 1 and kept[-1].strip(" ,") == top_name)
    ):
        body = body_before_place(phrase, top_name)
        if body == phrase:  # "das Gesundheitsamt des Landkreises Wesertal"
            return SpeakerPhrase(phrase, "organisation", org=org_name(phrase), gender="o")
        if body:  # "Das Kultusministerium in Hannover", "Beekeepers in eastern England"
            sp = analyze_np(body, lang)
            return sp if sp.kind == "organisation" else SpeakerPhrase(body, "group", gender="p")
    if best_score >= 2 and len(kept) == 2 and _BODY_THEN_NAME_RE.fullmatch(kept[0]) and kept[1].istitle():
        if is_first_name(kept[1].split()[0]):  # "The union, Maria Lopez,": a person after all
            return analyze_np(kept[1], lang)
        return SpeakerPhrase(phrase, "organisation", org=kept[1], gender="o")  # "The union, Unite Now"
    if best_score >= 1 and (firm := firm_before_one_of(kept, lang)):  # "X, one of …'s largest makers" (1.214)
        return SpeakerPhrase(firm, "organisation", org=firm, gender="o")
    if described_person(phrase, words, top_name, best_score, lang, len(kept)):
        return SpeakerPhrase(phrase, "role", role=phrase, gender=gender)  # "one Trump confidant" (1.104)
    if best_score >= 2 and top_name.lower() not in CYR_COUNT_WORDS:  # a name, not "Два" (1.166)
        if lang in ("uk", "ru"):
            if not role and cyr_acronym_of_place(top_name):  # "МИД России" (rules-1.242)
                return SpeakerPhrase(phrase, "organisation", org=org_name(phrase), gender="o")
            top_name = nominative_name(top_name, lang)  # "Віталія Зайченка" → "Віталій Зайченко"
        g = gender_of_first(top_name.split()[0]) if " " in top_name else ""
        return SpeakerPhrase(phrase, "person", name=top_name, role=role, gender=g or gender)
    first_low = words[0]
    shown_kept = ", ".join(kept) if len(kept) < len(segs) else phrase  # without "which have blocked …"
    if first_low in CYR_COUNT_WORDS and len(words) > 1 and (w1 := words[1].strip(",")):  # "двое собеседников"
        if w1.startswith(CYR_ANON_STEMS):
            return SpeakerPhrase(shown_kept, "anonymous", gender="p")
        if w1[:6].startswith(CYR_GROUP_STEMS_6) or is_cyr_role(w1) or w1.isalpha():  # "Два человека, …"
            return SpeakerPhrase(shown_kept, "group", gender="p")  # a counted noun: "Троє свідків" (1.22)
    if first_low.startswith(CYR_ANON_STEMS):
        plural = first_low in _CYR_ANON_PLURAL
        return SpeakerPhrase(shown_kept, "anonymous", gender="p" if plural else "")
    if cyr_group(phrase, words) or cyr_genitive_group(
        phrase, words
    ):  # "эксперты", "местные жители", "санитарные врачи" (rules-1.71)
        return SpeakerPhrase(phrase, "group", gender="p")
    head = head_word(kept[0] if kept else phrase)
    if lang == "de":  # "Ein Sprecher der Feuerwehr": the role noun before a genitive is the head
        m = _DE_ROLE_GEN_RE.match(phrase)
        if m and _DE_ROLE_SUFFIXES.search(m.group("role").lower()):
            head = m.group("role")
    hl = head.lower()
    # "МЧС", "NATO", "SBU" ("the Labour MP" is a role)
    if ACRONYM_RE.match(head) and best_score < 2 and hl not in ROLE_CLASSES:
        named = org_name(de_nominative(phrase) if lang == "de" else phrase)
        return SpeakerPhrase(phrase, "organisation", org=named, gender="o")
    if (
        anon
        or hl in {"source", "sources", "insider", "insiders", "person"}  # "the person said" (rules-1.20)
        or (hl in GROUP_NOUNS and words[0] in NUMBER_WORDS_EN and len(words) > 2)
    ):
        singular = words[0] in ("a", "an", "one", "another") or (hl[-1:] != "s" and hl in GROUP_NOUNS)
        return SpeakerPhrase(shown_kept, "anonymous", gender="" if singular else "p")
    if (
        hl in ROLE_CLASSES
        or hl in PERSON_NOUNS
        or hl in HONOUR_NOUNS
        or (head in LOWER_PERSON_NOUNS_EN and lang == "en")  # "the king said" (rules-1.163)
        or is_cyr_role(hl, lone=len(words) == 1)  # lone: "військового" (rules-1.144)
        or _DE_ROLE_SUFFIXES.search(hl)
        or _AGE_NOUN_RE.fullmatch(hl)
    ):
        if len(kept) == 2 and is_cap(kept[1][:1]) and (o := analyze_np(kept[1], lang)).kind == "organisation":
            return o  # "The ship's Greek manager, Aegean Star Management": the role describes the body
        if len(words) == 1 and lang in ("uk", "ru") and hl.endswith(_CYR_PLURAL_ENDS) and is_cyr_role(hl):
            return SpeakerPhrase(phrase, "group", gender="p")  # "За інформацією журналістів" (rules-1.20)
        by_name = lang in ("uk", "ru") and best_score == 1 and phrase.endswith(top_name)  # "жительница Ольга"
        if not (by_name and (is_first_name(top_name) or cyr_place_before_surname(phrase))):  # (1.327)
            return SpeakerPhrase(phrase, "role", role=phrase, gender=gender)
    if hl in GROUP_NOUNS or (
        lang == "en"
        and head.islower()
        and (_PLURAL_PERSON_RE.search(hl) or (hl[-1:] == "s" and hl[:-1] in PERSON_NOUNS))  # "nurses" (1.34)
        and not is_org_word(head)
    ):
        return SpeakerPhrase(shown_kept, "group", gender="p")
    if (
        is_org_word(head)
        or org_word_at_end(shown_kept, best_score)  # not "Kremlin spokesman Peskov" (rules-1.337)
        or (lang in ("uk", "ru") and cyr_adjective_body(words))  # "областной службы по …" (rules-1.107)
        or (best_score == 1 and org_context(phrase))
    ):
        if lang == "de" and (n := de_surname_role(kept)):  # "Müller, Sprecher der Stadt," (rules-1.177)
            return SpeakerPhrase(phrase, "person", name=n, role=kept[1].strip(" ,"), gender=gender)
        org = shown_kept  # without ", где работают задержанные", ", which published the report"
        org = name_before_description(kept, lang) or org  # "Gazprom, the state gas giant," (rules-1.160)
        named = org_name(de_nominative(org) if lang == "de" else org)
        return SpeakerPhrase(org, "organisation", org=named, gender="o")
    if (
        lang in ("uk", "ru")
        and best_score == 1
        and len(words) > 1
        and (_CYR_ADJ_END_RE.search(words[0]) or is_org_word(words[1]))
        and not phrase.split()[1][:1].isupper()
        and not (is_first_name(top_name) and is_cyr_role(words[-2]))  # "Местный житель Андрей" (rules-1.34)
    ):  # "Повітряних сил", "Національної поліції", "Всесвітня організація …"
        return SpeakerPhrase(phrase, "organisation", org=phrase, gender="o")
    if best_score == 1 and len(words) == 2 and phrase[:4] == "The " and is_title_after_the(phrase[4:]):
        return SpeakerPhrase(phrase, "organisation", org=org_name(phrase), gender="o")  # "The Atlantic"
    if best_score == 1 and top_name in COUNTRY_SPEAKERS and kept[0].strip(" ,") == top_name:  # "Mexico, a …,"
        return SpeakerPhrase(top_name, "organisation", org=top_name, gender="o")
    if best_score == 1:  # single capitalised token: surname or organisation, decided by the resolver
        g = gender or (gender_of_first(top_name) if is_first_name(top_name) else "")  # "житель Андрей" (1.34)
        return SpeakerPhrase(phrase, "person", name=top_name, role=role, gender=g)
    return SpeakerPhrase(phrase, "unknown", gender=gender)
