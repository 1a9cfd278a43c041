"""Speaker phrase shapes read before the general analysis (rules-1.5): a pronoun subject after a
leading adverbial ("In a post on X she"), a name in quote marks alone ("«Економічна правда»"), a lower-case adjective before an acronym ("региональное ГУ МЧС"), a body or person
noun with a place ("Police in Worcestershire", "A library in Ohio"), an organisation name that
starts with a title adjective ("National Rail") and the locative subject "Там"/"Тут" (the body just
named)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ingest.extract.given_names import gender_of_first, is_first_name
from ingest.extract.lexicon import DEMONYMS
from ingest.extract.lexicon import words as _w
from ingest.extract.lexicon_countries import COUNTRY_SPEAKERS
from ingest.extract.lexicon_roles import DE_FEMININE_ROLES, DE_ROLE_SUFFIXES, SuffixSet
from ingest.extract.listeners_slavic import court_place_start, drop_lead_adverb, is_ru_rep_of_acronym
from ingest.extract.npsegments import STORE_NAME_RE
from ingest.extract.orgnames import listed_body
from ingest.extract.personnames import ACRONYM_RE
from ingest.extract.roles import is_cyr_role, is_org_word, ru_representative
from ingest.extract.sides import de_circles, is_both_sides
from ingest.extract.titled import titled_surname
from ingest.extract.unnamed_de import de_unnamed_person

if TYPE_CHECKING:
    from ingest.extract.speakers import SpeakerPhrase

# "Critics of Prime Minister X", "Experts on Y": a group (rules-1.25); "Die Autoren der Studie" (rules-1.33)
ONE_OF_RE = re.compile(  # rules-1.75: German "einer von ihnen", "eine von denen"
    r"(?:(?:one|some|two|three|four|five|six|several|many|most|none|each|both)\s+of\s+(?:them|those|the)\b"
    r"|(?:einer|eine|eines|einige|viele|manche|mehrere|zwei|drei)\s+von\s+(?:ihnen|denen)\b(?!,(?!\s+d(?:er|ie)\s)))"
)  # rules-1.212: "Eine von ihnen, die …" (a relative clause after the comma, not a name)

GROUP_OF_RE = re.compile(
    r"(?:(?:some|many|most|several|other|the|die)\s+)?(\w+)\s+(?:(?:of|on|for|close\s+to)\s"
    r"|(?:der|des)\s+(?=studie|untersuchung|umfrage|analyse|erhebung|berichts|gutachtens))"
)
_PREPOSITIONS = frozenset(
    _w(
        "in on at during after before with from under in-an "
        "в у во на після по при під после перед під-час "
        "in im am auf bei nach vor während"
    )
)
_SUBJECT_PRONOUNS = frozenset(_w("he she they він вона вони он она они er sie"))
_DE_FEMININE_ROLE_ENDS = SuffixSet(sorted(set(DE_FEMININE_ROLES) - {"angestellte"}))
_QUOTED_RE = re.compile(r"(?P<head>(?:[a-zа-яіїєґё'’-]+\s+){0,2})[«„“\"](?P<name>[^«»„“”\"]{2,40})[»“”\"]")
# also the oblique cases of a frame ("По данным регионального МЧС", "за даними обласної ДСНС", rules-1.16)
_CYR_ADJ_RE = re.compile(
    r"^[а-яіїєґё-]+(?:ое|ая|ый|ий|ой|ое|ые|ие|не|на|ний|ній|ні|ська|ське|ський|ого|его|ої|ому|ему|ым|ім|ых|их)$"
)
_EN_PLACE_RE = re.compile(
    r"(?P<head>(?:(?:the|a|an|The|A|An)\s+)?[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?:in|at|near|from)\s+"
    r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,3}"
)
_ORG_ADJECTIVES = frozenset(
    _w("national regional central federal state royal international european general public united")
)
_ROLE_THEN_NAME_RE = re.compile(
    r"(?P<role>(?:his|her|their|my|our)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*),\s+(?P<name>[A-Z][a-z]+),?"
)
_THERE = frozenset(_w("там тут darin dort hierin"))  # de: "Darin heißt es: „…“" (the document just named)
# an ordinary person described by a place ("the man from Mandalay"): someone of their own, not a named holder
_PLAIN_PEOPLE = {
    "man": "m", "boy": "m", "father": "m", "woman": "f", "girl": "f", "mother": "f",
    "person": "", "resident": "", "voter": "", "local": "", "villager": "",
}  # fmt: skip
# a share of a group (rules-1.29): "Nearly eight of 10 voters", "About half of the respondents", "Two-thirds of
# Republicans", "60 percent of those polled" (not the adverb or the number as a name "Nearly", "Half")
_SHARE_OF_RE = re.compile(
    r"(?i:(?:nearly|almost|about|around|roughly|some|just|only|over|under|(?:more|less|fewer)\s+than|at\s+least"
    r"|close\s+to)\s+)?(?i:half|a\s+third|a\s+quarter|one-third|two-thirds|three-quarters|three-fourths|a\s+majority"
    r"|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*)"
    r"(?:\s+(?:percent|per\s+cent|%))?(?:\s+(?:in|of|out\s+of)\s+(?:\d+|ten|five|four|three))?\s+of\s+"
    r"(?:the\s+|those\s+|all\s+)?(?P<rest>[\w’'-]+(?:\s+[\w’'-]+){0,4})"
)
# rules-1.29: a study as a cue's subject is its own source ("The study says …"; see Resolver.resolve)
_STUDY_NOUNS = frozenset(
    _w(
        "study survey poll paper report clip ad advert video slide presentation "
        # rules-1.50: court papers and campaign spots ("the lawsuit argues that", "“…,” the advertisement says")
        "advertisement commercial lawsuit suit complaint indictment memo memorandum "
        "minutes transcript "  # rules-1.86: a meeting's record ("…, the minutes say, and …")
        "ruling judgment judgement verdict affidavit petition"  # rules-1.413: "“…,” the ruling stated."
    )
)
_DOC_DETERMINERS = frozenset(
    _w("the this a an one another")
)  # "one slide says", "The new ad says" (rules-1.34)
_DE_PARTIES = frozenset(_w("Grünen Linke Linken Union Piraten Liberalen"))  # parties named by an adjective
# rules-1.34: "The White House’s rapid response account": whoever owns the account speaks through it
_CHANNEL_NOUNS = frozenset(_w("account accounts feed channel page website newsletter podcast"))
_OWNER_CHANNEL_RE = re.compile(r"(?P<owner>.+?)[’']s\s+(?:[\w-]+\s+){0,3}\w+")
# rules-1.29: a person called by nationality ("The Portuguese, who took over in October, said …", "the
# Dutchman said"), as sports and profile writing does; the nouns that differ from the adjective (1.277: "the Basque"):
_DEMONYM_NOUNS = frozenset(
    _w(
        "dutchman frenchman englishman irishman welshman scotsman scot spaniard swede dane finn pole turk "
        "croat serb slovak czech dutchwoman frenchwoman englishwoman irishwoman welshwoman scotswoman basque catalan"
    )
)
# "Der Vorstand des Klinikums", "der Aufsichtsrat": a board is a body, not a board member
_DE_BOARD_RE = re.compile(
    r"(?:[Dd]er\s+|[Dd]as\s+)?(?:Vorstand|Aufsichtsrat|Präsidium|Betriebsrat)(?:\s+(?:des|der)\s+.+)?"
)


_CYR_ONE_OF = frozenset(_w("один одна одне одно"))
_CYR_OUT_OF = frozenset(_w("из із з зі"))
_CYR_POSSESSIVES = frozenset(_w("его её ее их його її їхній їхня"))
# rules-1.78: a place after a role in the apposition is no name ("Одна з потерпілих, пенсіонерка з Полтави,")
_CYR_FROM_PLACE_RE = re.compile(r"\s(?:з|із|зі|из|со?)\s+[А-ЯІЇЄҐ][\w’'-]*")


def _cyr_one_of(
    phrase: str, lang: str, analyze: Callable[[str, str], SpeakerPhrase], make: type[SpeakerPhrase]
) -> SpeakerPhrase | None:
    """ "один из источников" (one of the sources: anonymous), "одна з мешканок" (one of the residents: a
    role), "Её сосед", "Його колега" (a possessive before a role: the role), else None."""
    words = phrase.split(",", 1)[0].split()  # without a relative clause ("…, який попросив …")
    first = words[0].lower()
    k = 2 if first in _CYR_ONE_OF else 1
    after = _CYR_FROM_PLACE_RE.sub("", phrase.split(",", 1)[1]) if "," in phrase else ""
    if "," in phrase and (k == 1 or any(w[:1].isupper() for w in after.split())):
        return None  # "Ее сосед, пенсионер Виктор Ильин,", "Одна из пострадавших, Валентина …": the name
    if k == 2 and (len(words) < 3 or words[1] not in _CYR_OUT_OF):
        return None
    if k == 2 and len(words) == 3 and words[2] in ("них", "їх") and "," not in phrase:
        return make(phrase, "anonymous")  # "— сказал один из них": one of the sources just named (rules-1.31)
    sp = analyze(" ".join(words[k:]), lang)
    phrase = " ".join(words)
    if sp.kind == "anonymous":
        return make(phrase, "anonymous")
    if sp.kind in ("role", "group") and (k == 2 or sp.kind == "role"):
        gender = {"одна": "f", "один": "m"}.get(first, sp.gender if sp.gender in ("m", "f") else "")
        return make(phrase, "role", role=phrase, gender=gender)
    return None


# "A Housing Industry Association report", "the Pentagon statement": the body named before the document
_DOC_NOUNS = frozenset(("report", "study", "survey", "analysis", "statement", "assessment", "filing"))
_NAMED_DOC_RE = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?P<by>[A-Z][\w&’'.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&’'.-]*){0,5})\s+"
    r"(?:report|study|survey|analysis|statement|assessment|filing)$"
)


# reports without a named source: no person, no body ("Unbestätigten Berichten zufolge", rules-1.37)
_DE_REPORT_NOUNS = frozenset(("angaben", "berichten", "informationen", "schätzungen", "meldungen"))
_DE_MEDIA_REPORT_RE = re.compile(r"(?:medien|presse|zeitungs)(?:berichten|angaben|meldungen|informationen)")


# rules-1.49: a company named with its legal form: every capitalised word before it belongs to the name
# ("die Liftverbund Feldberg GmbH", "the Harlow Freight Ltd"), not a person's name and a noun before it
# the last word of every _LEGAL_FORM_RE match (a pre-check: "e. V." ends with "V.")
_LEGAL_FORMS = frozenset(
    "GmbH AG SE KG KGaA mbH e.V. V. eG Ltd Ltd. Limited Inc Inc. plc PLC LLC Corp Corp. S.A. N.V. B.V.".split()
)
_LEGAL_FORM_RE = re.compile(
    r"(?:(?:the|The|die|Die|der|Der|des|das|Das)\s+)?(?P<name>(?:[A-ZÄÖÜ][\w&.-]*\s+){1,4}"
    r"(?:GmbH|AG|SE|KG|KGaA|mbH|e\.\s?V\.|eG|Ltd\.?|Limited|Inc\.?|plc|PLC|LLC|Corp\.?|S\.A\.|N\.V\.|B\.V\.))"
)


# a body named by a dotted acronym ("the F.A.A.", "the N.R.A.", "U.N."), not a person's initials
def party_epithet(phrase: str) -> bool:
    """ "the Wisconsin Republican", "the New York Democrat": a named lawmaker's epithet (a place before the party
    word), never a new unnamed voice (rules-1.104)."""
    words = phrase.split()
    return (
        len(words) > 2
        and words[-1].lower() in _PARTY_MEMBERS
        and words[-2][:1].isupper()
        and _PARTY_MEMBER_RE.fullmatch(phrase) is not None
    )


def parties_in(phrase: str) -> set[str]:
    """The parties a role phrase names ("The Democratic presidential nominee": {"d"})."""
    return {_PARTY_WORDS[w] for w in phrase.lower().replace("-", " ").split() if w in _PARTY_WORDS}


_PARTY_WORDS = {
    "democratic": "d", "democrat": "d", "democrats": "d", "republican": "r", "gop": "r", "labour": "l",
    "conservative": "c", "tory": "c", "spd": "spd", "cdu": "cdu", "csu": "cdu", "fdp": "fdp", "afd": "afd",
}  # fmt: skip


# a party's member described by place or standing ("the Wisconsin Republican", "a veteran Democrat", rules-1.104)
_PARTY_MEMBERS = frozenset(("republican", "democrat", "tory", "socialist"))
_PARTY_MEMBER_RE = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?:[A-Z][\w.'’-]*|former|veteran|longtime|moderate|conservative|"
    r"liberal|progressive|fellow|freshman|senior|junior)\s+){0,3}(?:Republican|Democrat|Tory|Socialist)"
)
_DOTTED_ACRONYM_RE = re.compile(r"(?:[Tt]he\s+)?(?P<abbr>(?:[A-Z]\.){2,}[A-Z]?\.?|(?:[A-Z]\.){1,}[A-Z])")

_IN_PLACE_RE = re.compile(r"(?<=[a-z])\s+in\s+[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)?,?$")


# German: a body's regional branch, an acronym and a region ("der TÜV Süd", "der ADAC Nordrhein", "die AOK Bayern"),
# not a role and a person
_DE_ACRONYM_BODY_RE = re.compile(
    r"(?:(?:[Aa]us|[Vv]on|[Bb]ei)\s+)?(?:(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Dd]es)\s+)?(?P<name>[A-ZÄÖÜ]{2,5}\s+(?P<w>[A-ZÄÖÜ][\wäöüß-]{2,}))"
)
_DE_BRANCH_PLACES = frozenset(
    "Nord Süd Ost West Nordost Nordwest Südost Südwest Mitte Rheinland Nordrhein Westfalen Bayern Hessen Sachsen "
    "Thüringen Niedersachsen Berlin Hamburg Bremen Brandenburg Saarland Pfalz Baden-Württemberg Rheinland-Pfalz "
    "Sachsen-Anhalt Schleswig-Holstein Mecklenburg-Vorpommern Nordrhein-Westfalen Plus".split()
)


# rules-1.86: an association named with a lower-case adjective ("der Verband deutscher Musikschulen", "Bund
# freier Waldorfschulen", "Verband kommunaler Unternehmen"): one name, not its last noun
_DE_ADJ_BODY_RE = re.compile(
    r"(?:(?:[Aa]us|[Vv]on|[Bb]ei)\s+)?(?:(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Dd]es)\s+)?(?P<name>(?:[A-ZÄÖÜ][\w-]*)?(?:[Vv]erband|[Bb]und|[Vv]erein|[Vv]ereinigung|"
    r"[Gg]esellschaft|[Aa]rbeitsgemeinschaft|[Kk]onferenz)(?:e?s)?\s+[a-zäöü]\w+er\s+[A-ZÄÖÜ][\w-]+)"
)


def np_shape(
    phrase: str, lang: str, analyze: Callable[[str, str], SpeakerPhrase], make: type[SpeakerPhrase]
) -> SpeakerPhrase | None:
    """The analysis of ``phrase`` when it has one of the shapes above, else None."""
    words = phrase.split()
    if not words:
        return None
    if phrase in COUNTRY_SPEAKERS:  # "North Korea", "the United States", "Moscow", "Росія" (rules-1.29)
        return make(
            phrase, "organisation", org=phrase[4:] if phrase[:4] in ("the ", "The ") else phrase, gender="o"
        )
    if is_both_sides(phrase):  # "Обе стороны заявили, что …": the two parties, no person "Обе" (rules-1.195)
        return make(phrase, "group", gender="p")
    if lang == "de" and (circles := de_circles(phrase)):  # "Aus Diplomatenkreisen verlautete" (rules-1.195)
        return make(circles, "group", gender="p")
    if (titled := titled_surname(phrase, lang)) is not None:
        return titled  # "Dr Zamfir of the Bucharest Centre …", "… докторка Замфір" (rules-1.198)
    first, last = words[0].lower(), words[-1].lower()
    if lang in ("uk", "ru") and (k := court_place_start(words)):
        return analyze(" ".join(words[:k]), lang)  # "он в суде": in court, not the court (rules-1.262)
    if lang in ("uk", "ru") and first.endswith("но") and (rest := drop_lead_adverb(phrase)) != phrase:
        return analyze(rest, lang) if rest else make(phrase, "unknown")  # "Неофициально в регионе" (1.224)
    if lang == "en" and last in _PARTY_MEMBERS and _PARTY_MEMBER_RE.fullmatch(phrase):
        return make(
            phrase, "role", role=phrase
        )  # "The Wisconsin Republican says …": a lawmaker described (1.104)
    if "." in phrase and (m := _DOTTED_ACRONYM_RE.fullmatch(phrase)) is not None:  # "the F.A.A." (rules-1.57)
        return make(phrase, "organisation", org=m.group("abbr"), gender="o")
    if lang == "en" and " in " in phrase and (m := _IN_PLACE_RE.search(phrase)) is not None:
        pre = analyze(phrase[: m.start()], lang)  # "Dr. Parasta in Munich": the person, not the town (1.57)
        if pre.kind == "person" and pre.name:
            return pre
    if lang == "en" and ", " in phrase and (body := listed_body(phrase)):
        return make(
            phrase, "organisation", org=body, gender="o"
        )  # "the Ministry of Culture, Youth and Sport"
    shop = phrase.split(", ", 1)[0] if lang == "en" else ""
    if (
        shop[-2:] in ("'s", "’s")
        and STORE_NAME_RE.fullmatch(shop)
        and shop[:-2] not in COUNTRY_SPEAKERS
        and not (" " in shop and is_first_name(shop.split()[0]))  # "Hillary Clinton’s": a person's (1.84)
    ):
        # "Sainsbury's", "Marks & Spencer's", "Hartwell's, the supermarket chain" (rules-1.82)
        return make(phrase, "organisation", org=shop, gender="o")
    if words[-1] in _LEGAL_FORMS and (m := _LEGAL_FORM_RE.fullmatch(phrase)) is not None:  # "… GmbH" (1.49)
        return make(m.group("name"), "organisation", org=m.group("name"), gender="o")
    if lang == "de" and (m := _DE_ACRONYM_BODY_RE.fullmatch(phrase)) and m.group("w") in _DE_BRANCH_PLACES:
        return make(m.group("name"), "organisation", org=m.group("name"), gender="o")  # "der TÜV Süd" (1.67)
    if lang == "de" and first in ("ein", "eine") and (unnamed := de_unnamed_person(phrase, make)) is not None:
        return unnamed  # "eine 67-jährige Frau aus Friedberg" (1.38), "Eine 19-jährige Rekrutin" (1.224)
    if lang == "en" and last in _DOC_NOUNS and (doc := _NAMED_DOC_RE.fullmatch(phrase)) is not None:
        return analyze(doc.group("by"), lang)  # "A Housing Industry Association report" (rules-1.36)
    if len(words) > 2 and last in _SUBJECT_PRONOUNS and first in _PREPOSITIONS:
        return analyze(words[-1], lang)  # "In a post on X she", "в интервью порталу в феврале он"
    if lang == "de" and len(words) <= 2 and (last in _DE_REPORT_NOUNS or _DE_MEDIA_REPORT_RE.fullmatch(last)):
        return make(phrase, "anonymous", gender="p")  # "Offiziellen Angaben zufolge", "laut Medienberichten"
    if len(words) == 1 and first in _THERE and lang in ("uk", "ru", "de"):
        return make(phrase, "pronoun", gender="o")  # "Там утверждают, что …": the body just named
    if "«" in phrase or "„" in phrase or "“" in phrase or '"' in phrase:
        m = _QUOTED_RE.fullmatch(phrase)
        if m is not None and not m.group("head") and not is_first_name(m.group("name").split()[0]):
            return make(phrase, "organisation", org=m.group("name"), gender="o")  # "«Економічна правда»"
    if lang in ("uk", "ru") and phrase.endswith("»") and phrase.find("«") > 0 and len(words) <= 5:
        pre = analyze(phrase[: phrase.find("«")].strip(), lang)  # "Ершов «Омской правде»", "он «Интерфаксу»"
        if pre.kind in ("person", "pronoun") and not pre.role:
            return pre  # rules-1.11: an outlet after the speaker is the listener
    if (
        lang in ("uk", "ru")
        and len(words) > 1
        and is_cyr_role(first)
        and is_first_name(words[-1])
        and "," not in phrase
    ):
        name = words[-1]  # "Продавщица рынка «Дордой» Гульнара": a role and a given name (rules-1.34)
        return make(phrase, "person", name=name, role=" ".join(words[:-1]), gender=gender_of_first(name))
    if lang == "ru" and "представител" in phrase and (rep := ru_representative(phrase)):
        return make(phrase, "role", role=phrase, gender="f" if rep.group("f") else "m")  # (rules-1.105)
    if lang == "ru" and is_ru_rep_of_acronym(phrase):
        return make(phrase, "organisation", org=phrase, gender="o")  # "представителя МЖД" (rules-1.262)
    if lang in ("uk", "ru") and len(words) > 1 and (first in _CYR_ONE_OF or first in _CYR_POSSESSIVES):
        return _cyr_one_of(phrase, lang, analyze, make)  # "один из источников", "Её сосед" (rules-1.30)
    if lang in ("uk", "ru") and len(words) > 1 and _CYR_ADJ_RE.match(words[0]) and ACRONYM_RE.match(words[1]):
        sp = analyze(" ".join(words[1:]), lang)  # "региональное ГУ МЧС"
        return sp if sp.kind == "organisation" else None
    if (
        lang == "de"
        and ("Vorstand" in phrase or "rat" in phrase or "Präsidium" in phrase)
        and _DE_BOARD_RE.fullmatch(phrase)
    ):
        return make(phrase, "organisation", org=phrase, gender="o")
    if lang == "de" and 3 <= len(words) <= 5 and (adj_body := _DE_ADJ_BODY_RE.fullmatch(phrase)) is not None:
        return make(phrase, "organisation", org=adj_body.group("name"), gender="o")  # (rules-1.86)
    if lang == "de" and len(words) == 2 and first in ("die", "der", "den") and words[1] in _DE_PARTIES:
        return make(phrase, "organisation", org=words[1], gender="o")  # "die Grünen verlangen" (rules-1.34)
    if (  # rules-1.11: "Ministerpräsidentin Korte", "Polizeisprecherin Kühnel": a title and a surname
        lang == "de"
        and len(words) == 2
        and words[1][:1].isupper()
        and DE_ROLE_SUFFIXES.search(first)
        and not DE_ROLE_SUFFIXES.search(last)
        and not is_org_word(last)
        and last.isalpha()
    ):
        g = "f" if _DE_FEMININE_ROLE_ENDS.search(first) else "m"
        return make(phrase, "person", name=words[1], role=words[0], gender=g)
    if lang == "en":
        if (
            ", " in phrase
            and (rn := _ROLE_THEN_NAME_RE.fullmatch(phrase))
            and is_first_name(rn.group("name"))
        ):
            name = rn.group("name")  # "his mother, Sheila": a relative or role named by a given name (1.29)
            return make(phrase, "person", name=name, role=rn.group("role"), gender=gender_of_first(name))
        if " of " in phrase and (m := _SHARE_OF_RE.fullmatch(phrase)) is not None and last[-1:] == "s":
            return make(phrase, "group", gender="p")  # "Nearly eight of 10 voters" (rules-1.29)
        if last in _CHANNEL_NOUNS and (ch := _OWNER_CHANNEL_RE.fullmatch(phrase)) is not None:
            owner = analyze(
                ch.group("owner"), lang
            )  # "The White House’s rapid response account" (rules-1.34)
            return owner if owner.kind in ("organisation", "person", "role") else None
        if first == "reports" and len(words) > 2 and words[1] in ("in", "on"):
            return make(phrase.split(", ")[0], "group", gender="p")  # "Reports in British papers" (1.34)
        if (
            2 <= len(words) <= 3
            and first in _DOC_DETERMINERS
            and last in _STUDY_NOUNS
            and words[1][:1].islower()
        ):
            return make(phrase, "organisation", org=phrase, gender="o")  # "The study says …" (rules-1.29)
        if first == "the" and (nat := _demonym_role(phrase, make)) is not None:
            return nat  # "the Portuguese", "the Dutchman", "The Brazilian, who …,"
        if (
            len(words) == 2
            and first in _ORG_ADJECTIVES
            and words[1][:1].isupper()
            and not is_first_name(words[1])
        ):
            return make(phrase, "organisation", org=phrase, gender="o")  # "National Rail", "Royal Mail"
        if " in " in phrase or " at " in phrase or " near " in phrase or " from " in phrase:
            m = _EN_PLACE_RE.fullmatch(phrase)
            if m is not None:
                head = analyze(m.group("head"), lang)
                if head.kind == "organisation":
                    return make(phrase, "organisation", org=phrase, gender="o")
                if head.kind == "role" and (noun := head.text.split()[-1].lower()) in _PLAIN_PEOPLE:
                    g = head.gender or _PLAIN_PEOPLE[noun]
                    return make(phrase, "anonymous", gender=g)  # "The man from Mandalay" (rules-1.29)
                if head.kind in ("role", "group", "anonymous"):
                    return make(phrase, head.kind, role=head.role, gender=head.gender)
    return None


def _demonym_role(phrase: str, make: type[SpeakerPhrase]) -> SpeakerPhrase | None:
    """ "the Portuguese" (also before ", who …") as a role phrase: a person called by nationality."""
    head, _, rest = phrase.partition(",")
    words = head.split()
    if len(words) != 2 or not words[1][:1].isupper() or words[1].isupper():
        return None  # not "the UN", "the EU" (DEMONYMS has them as adjectives)
    if rest and not rest.lstrip().startswith(("who ", "whose ")):  # "whose side …" (rules-1.31)
        return None
    low = words[1].lower()
    if low not in DEMONYMS and low not in _DEMONYM_NOUNS:
        return None
    gender = "f" if low.endswith("woman") else ("m" if low.endswith("man") else "")
    return make(head, "role", role=head, gender=gender)


def which_body(sp: SpeakerPhrase, phrase: str, make: type[SpeakerPhrase]) -> SpeakerPhrase:
    """ "Crownline Games, which has run the lottery since 2019,": a name without a known first name, title
    or role that a "which" clause follows is a body's, not a person's (English, rules-1.49)."""
    words = sp.name.split()
    if sp.kind != "person" or sp.role or len(words) < 2 or is_first_name(words[0]):
        return sp
    return (
        make(sp.name, "organisation", org=sp.name, gender="o")
        if phrase.startswith(sp.name + ", which ")
        else sp
    )
