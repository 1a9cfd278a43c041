"""Speaker noun phrases' plausibility: not too long, no clause unless it names a person ("…, said X")."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.cues import first_letters, guarded, is_cue
from ingest.extract.cyr_groups import cyr_plural_agent
from ingest.extract.described_de import de_described
from ingest.extract.lexicon import words as _w
from ingest.extract.npclean import GO_ON_TO_RE
from ingest.extract.npsegments import RELATIVE_SEG_RE, WHO_SPLIT_RE
from ingest.extract.nptidy import en_relative_head
from ingest.extract.plural_de import de_role_of_name
from ingest.extract.question_lead import after_question_lead
from ingest.extract.relativewho import who_antecedent
from ingest.extract.roleparticiple import role_participle_head
from ingest.extract.roles import is_title_token
from ingest.extract.speakers import PRONOUNS, SpeakerPhrase, analyze_np, clean_np
from ingest.extract.subject_appositions import drop_object_apposition, name_before_role_of
from ingest.extract.verse import verse_subject

_CLAUSE_VERBS = _w(
    "is are was were will would could can should may might must did does do shall that if because "
    "ist sind war waren wird werden hat haben є был была было были буде будет"
)
_CLAUSE_VERB_RE = guarded(rf"(?i:\b(?:{'|'.join(_CLAUSE_VERBS)})\b)", first_letters(_CLAUSE_VERBS))
# The same without IGNORECASE for a lower-cased ASCII phrase (no letter there that re.I folds otherwise)
_CLAUSE_VERB_LOWER_RE = guarded(
    rf"\b(?:{'|'.join(_CLAUSE_VERBS)})\b", f"[{''.join(sorted({w[0] for w in _CLAUSE_VERBS}))}]"
)
# English phrases: no German verbs ("the Institute for the Study of War" holds no "war", rules-1.30)
_EN_CLAUSE_VERBS = [
    w for w in _CLAUSE_VERBS if w.isascii() and w not in _w("ist sind war waren wird werden hat haben")
]
_EN_CLAUSE_VERB_RE = guarded(
    rf"\b(?:{'|'.join(_EN_CLAUSE_VERBS)})\b", f"[{''.join(sorted({w[0] for w in _EN_CLAUSE_VERBS}))}]"
)
_AUX_RE = re.compile(
    r"\b(?:is|are|was|were|will|would|could|can|should|might|must|did|does|shall|ist|sind|wird"
    r"|sei|seien|habe|werde|wäre|hätte|würde)\b"  # rules-1.33: „…“ Ihre Pläne seien …, sagte sie.
)

# rules-1.50: a US party and state after a name ("Rep. Jerrold Nadler, D-N.Y., the former chairman of …,",
# "Sen. Rand Paul (R-Ky.)") is no apposition: dropped before the phrase is read
# rules-1.370: an occasion between commas after the subject, a preposition and a possessive ("The minister, on his
# first trip abroad since taking office, (said)"): no apposition, the subject is before it
_OCCASION_INSERT_RE = re.compile(
    r",\s+(?:on|in|at|during|after|before|ahead\s+of|upon)\s+(?:his|her|their|its)\s+[^,;:()\"“”]{2,90},?\s*$"
    # rules-1.387: "The board, in a statement signed by its spokesman, Mr X, (said)": the body's statement
    r"|,\s+in\s+(?:a|an|the)\s+(?:press\s+)?(?:statement|release|letter|communiqu[eé])\s+(?:signed|issued)\s+by\s+"
    r"(?:its|their)\s+[^,;:()\"“”]{2,60}(?:,\s+[^,;:()\"“”]{2,70})?,?\s*$"
)
_PARTY_TAG_RE = re.compile(
    r",\s+[DRI]-[A-Z][A-Za-z.]*(?:\s[A-Z][a-z.]+)?(?=\s*,|\s*$)|\s\([DRI]-[A-Z][A-Za-z. ]*\)"
)

# the abbreviation of a US state after its town ("Cambridge, Mass.", "Springfield, Va."; AP style)
_US_STATE_RE = re.compile(
    r",\s(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|"
    r"N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo|D\.C)\."
    r"(?=\s*,|\s*$)(?:,(?=\s+(?!who\b|which\b|whose\b)[a-z]))?"  # "a Hollywood, Fla., rabbi" (rules-1.104)
    r"|(?<=[a-z]),\s(?:Ohio|Utah|Iowa|Texas|Alaska|Hawaii|Maine|Idaho|Alabama|Arizona|Arkansas|California|"
    r"Colorado|Connecticut|Delaware|Florida|Illinois|Indiana|Kansas|Kentucky|Louisiana|Maryland|Massachusetts|Michigan|"
    r"Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New\s(?:Hampshire|Jersey|Mexico|York)|North\s(?:Carolina|"
    r"Dakota)|Oklahoma|Oregon|Pennsylvania|Rhode\sIsland|South\s(?:Carolina|Dakota)|Tennessee|Vermont|Virginia|"
    r"West\sVirginia|Wisconsin|Wyoming)(?=,|$)"
)

_DASH_RELATIVE_RE = re.compile(
    r"\s[—–-]\s(?:who|which|whose|whom|der|die|das|dessen|deren)\s[^—–]*?(?:\s[—–-]\s*)?$"
)
_COMMA_CAPITAL_RE = re.compile(r",\s[A-Z]")  # where _US_STATE_RE can match (a cheap search first)
_PAREN_WITH_COMMA_RE = re.compile(r"\s*\([^()]{0,100},[^()]{0,100}\)")

# a plural title abbreviation before a list of names, after the group's role (rules-1.75)
_PLURAL_TITLE_RE = re.compile(r"(?:^|,\s+)(?:Sens|Reps|Govs|Drs|Profs)\.\s+(?=[A-Z])")


# rules-1.166: a verb of asking and what was asked inside a subject ("The senator asked whether the firm (had
# warned …)", "… wanted to know if …"): the cue after it is inside the question
_ASKED_EMBED_RE = re.compile(
    r"\b(?:asked|asks|wondered|wonders|wanted\s+to\s+know|wants\s+to\s+know|inquired|enquired)"
    r"(?:\s+[\w’'.-]+){0,4}?\s+(?:whether|if|why|how|when|what)\b"
)
_ASKED_LEADS_EMBED = frozenset(_w("when if once being after upon as while"))


def _asked_by_subject(raw: str, ask: re.Match[str]) -> bool:
    """The question of ``ask`` is put by a subject before it and runs on to the cue (no comma after it), not
    a lead before the speaker ("When asked if … Moore said", "The senator, asked if …, said")."""
    before = raw[: ask.start()].split()
    return bool(before) and before[-1].lower() not in _ASKED_LEADS_EMBED and "," not in raw[ask.end() :]


_LEAD_CONJ = frozenset(_w("But And Yet So"))
_AUX = frozenset(_w("have has had will would is was are were could may might did does also"))
_PP_STARTS = frozenset(("on", "in", "at", "to", "for", "from", "into", "onto", "by", "of", "with", "via"))


# rules-1.196: a numbered provision of a law or a draft is no speaker ("Article 12 of the bill says: …", "In Paragraf 4
# des Entwurfs heißt es", "Стаття 9 документа передбачає", "Согласно пункту 3 …")
_PROVISION_RE = re.compile(
    r"\s*(?:(?:[Ii]n|[Ii]m|[Уу]|[Вв]|[Вв]о)\s+)?(?:(?:[Aa]rticle|[Ss]ection|[Cc]lause|[Pp]aragraph)\s+\d+\w*\s+of\s"
    r"|(?:§|[Pp]aragraf\w*|[Aa]rtikel|[Aa]bsatz|[Сс]тат(?:т|ь)[а-яіїє]*|[Пп]ункт[а-яіїє]*|[Чч]астин[а-яіїє]*)\s*\d)"
)


def plausible_np(sp: SpeakerPhrase, raw: str) -> bool:
    """Whether ``raw`` (analysed as ``sp``) can be a speaker phrase: not too long, and no clause
    inside unless it names a person."""
    if sp.kind == "unknown" or not sp.text:
        return False
    if sp.kind == "person" and " " not in sp.name and not _bare_name_ok(raw):
        return False  # "Prices will rise, said X": a clause, not a surname
    shape = _np_shape(raw, "")
    return shape == _PLAIN or (shape == _CLAUSE and sp.kind == "person")


@lru_cache(maxsize=8192)
def plausible_speaker(raw: str, lang: str, appositive: bool = False) -> SpeakerPhrase | None:
    """``analyze_np(raw)`` when it is a plausible speaker phrase (see plausible_np), else None. A phrase
    that is too long, or a lower-case clause (it cannot name a person), is refused before the analysis. Cached
    (a third of the calls repeat a phrase): treat the result as read-only."""
    if (group := cyr_plural_agent(raw, lang)) is not None:
        return group  # "Підприємці стверджують, що …" (rules-1.252)
    if _PROVISION_RE.match(raw) is not None:
        return None  # "Article 12 of the bill says", "In Paragraf 4 heißt es", "Стаття 9 передбачає" (rules-1.196)
    if lang == "en" and ("D-" in raw or "R-" in raw or "I-" in raw) and (", " in raw or "(" in raw):
        raw = _PARTY_TAG_RE.sub("", raw)
    if ("—" in raw or "–" in raw or " - " in raw) and (aside := _DASH_RELATIVE_RE.search(raw)) is not None:
        raw = (
            raw[: aside.start()] + " "
        )  # "The senator — who has rarely spoken about it — (said)" (rules-1.111)
    if lang == "de" and (role_of := de_role_of_name(raw)) is not None:
        return role_of  # "Die Verteidiger Strauss-Kahns argumentierten, …" (rules-1.111)
    if "(" in raw and "," in raw:  # "… Ugandas (National Environment Management Authority, NEMA)" (1.68)
        raw = _PAREN_WITH_COMMA_RE.sub("", raw)
    if lang == "en" and ", " in raw and _COMMA_CAPITAL_RE.search(raw):
        raw = _US_STATE_RE.sub("", raw)  # "…, now retired in Cambridge, Mass., said": one place (rules-1.55)
    if lang == "en" and "s. " in raw and (plural := _PLURAL_TITLE_RE.search(raw)) is not None:
        raw = raw[plural.end() :]  # "The ranking members of …, Reps. Elijah Cummings and John Conyers" (1.75)
    if lang == "en" and raw.endswith(("both", "both ")) and (fl := _FLOATING_BOTH_RE.search(raw)) is not None:
        raw = raw[: fl.start() + 1]  # "X and her deputy, Y, both (said)": the floating "both" (rules-1.137)
    if lang == "en" and ", " in raw and opens_with_participle(*[*raw.split(None, 2), "", ""][:2]):
        raw = raw.split(", ", 1)[1]  # "Standing next to her, Mykola, 71, (said)": a participle clause (1.184)
    elif lang == "en" and raw[:1] in "RC" and raw.split(", ", 1)[0] in _REACTION_LEADS:
        raw = raw.split(", ", 1)[1]  # "Reacting, the chairman of …, Mr X, (said)": a bare lead (rules-1.387)
    if lang == "en" and " on to" in raw and (go_on := GO_ON_TO_RE.search(raw.rstrip())) is not None:
        raw = raw[: go_on.start()]  # "…,” he went on to say (rules-1.52)
    if (
        lang == "en"
        and (" his " in raw or " her " in raw or " their " in raw or " its " in raw)
        and ", " in raw
    ):
        raw = (
            raw[: occ.start()] if (occ := _OCCASION_INSERT_RE.search(raw)) is not None else raw
        )  # (rules-1.370)
    if appositive and lang == "en" and ", who " in raw and raw.count(", ") >= 3:
        who = raw.index(", who ")  # "Harry Bond, 30, of Raleigh, N.C., who was among those polled," (1.65)
        if not any(seg[:1].isupper() for seg in raw[who + 2 :].split(", ")[1:]):  # not "…, who …, Petro,"
            raw = raw[:who] + ", "
    if appositive and lang == "en" and raw.count(", ") >= 2 and (trimmed := drop_object_apposition(raw)):
        raw = trimmed  # "Anna Smith, executive director of Muslim Advocates, a legal advocacy group," (1.55)
    if lang == "en" and raw.rstrip().endswith(" who") and "," not in raw:
        return who_antecedent(raw)  # "… support from those who said …", "… from a Tehran doctor who told …"
    if (
        lang == "en"
        and "?" not in raw
        and (ask := _ASKED_EMBED_RE.search(raw))
        and _asked_by_subject(raw, ask)
    ):
        return None  # "X asked Y whether his company had warned ministers that …": a question (rules-1.166)
    if " that " in raw and lang == "en":  # "DTEK, the operator that supplies Odesa," → "DTEK, the operator,"
        raw = _THAT_RELATIVE_RE.sub(r"\1", raw)
    if raw[:3] == "На " and (subject := after_question_lead(raw)):  # "На вопрос, почему …, …, министр X"
        raw = subject  # (rules-1.276: the question put to the speaker is no part of the subject)
    if lang == "en" and "ing " in raw and (participle_head := role_participle_head(raw)) is not None:
        raw = participle_head  # "the mediator leading the negotiations (said)" (rules-1.303)
    shape = _np_shape(raw, lang)
    if shape == _TOO_LONG and appositive and ", " in raw:  # "Ann Lee, director of … (long)," (rules-1.29)
        name, rest = (x.strip() for x in raw.split(",", 1))
        head = analyze_np(name, lang) if rest[:1].islower() and " " in name else None
        if head is None or head.kind != "person" or not head.name:
            return None
        return (
            head
            if name == head.name
            or (name.endswith(" " + head.name) and all(map(is_title_token, name[: -len(head.name)].split())))
            else None
        )
    if shape == _TOO_LONG or (shape == _CLAUSE and raw.islower()):
        return None
    if raw[:1] in _OBJECT_INITIALS and raw.split(None, 1)[0] in _OBJECT_PRONOUNS:
        return None  # "…, asked him why the agency had not …": an object, no speaker (rules-1.20)
    if lang == "de" and raw[:1] in _DE_OBLIQUE_INITIALS and raw.split(None, 1)[0] in _DE_OBLIQUE_POSSESSIVES:
        return None  # "…, schilderte ihren Fall.": an accusative (or dative plural), no subject (rules-1.395)
    if raw.lstrip()[:1] in "wi" and raw.lstrip().startswith(_RELATIVE_STARTS):
        return None  # "…, who has aired his grievances, argued": a relative clause, not its antecedent (1.21)
    if raw.strip() in _LEAD_PREPOSITIONS or verse_subject(raw, lang):
        return None  # "Amid calls for X to resign, …" (rules-1.21); "The song we sang …" (verse, rules-1.282)
    if (
        lang == "en"
        and "," not in raw
        and (lead_words := raw.split(None, 4))[:1]
        and lead_words[0] in _EN_PP_HEADS
        and len(lead_words) < 5
    ):
        return None  # "Alongside BLM calls for action, …": a preposition before a noun cue (rules-1.116)
    if (
        lang == "en"
        and raw.lstrip()[:1].islower()
        and raw.split(None, 1)[0] in _PP_STARTS
        and "," not in raw.strip(" ,")
        and raw.split()[-1] not in PRONOUNS  # ("in the documentary she said": the pronoun is the subject)
        and not raw.lstrip().startswith(("at least ", "at most "))  # "at least a dozen members said"
    ):
        return None  # "… called “Perception” on his Facebook page, writing “…”": a place, no speaker (1.81)
    if raw.lstrip()[:1] in _SUBJECT_INITIALS and _is_pronoun_clause(raw):
        return None  # "she called Trump at the White House to tell him …": a clause (rules-1.21)
    sp = analyze_np(raw, lang)
    if lang == "de" and sp.kind in ("unknown", "person") and (alt := de_described(raw, sp)) is not None:
        sp = alt  # "Der Betreiber des Parks, die X GmbH,", "Ein Fährmann in Kaub" (rules-1.109)
    if (
        appositive
        and lang == "en"
        and sp.kind in ("person", "organisation", "role")
        and ", " in raw
        and (named := name_before_role_of(raw)) is not None
    ):
        sp = named  # "Karimi, executive director of Interfaith Paths to Peace," (rules-1.57)
    if sp.kind == "unknown" or not sp.text:
        return None
    if sp.kind == "person" and " " not in sp.name and not _bare_name_ok(raw):
        return None
    if shape == _PLAIN and lang == "en" and _says_in_head(raw):
        shape = _CLAUSE  # "Trump said in a Truth Social post …, announcing …": a clause (rules-1.23)
    if shape == _CLAUSE and sp.kind == "person" and lang == "en" and _clause_then_apposition(raw, sp.name):
        return None  # "Prices will rise, the minister (said after talks)": a clause, no name (rules-1.353)
    return sp if shape == _PLAIN or sp.kind == "person" else None


def _clause_then_apposition(raw: str, name: str) -> bool:
    """The one-word "name" opens a clause that ends at the first comma ("Gas production will be back, the
    minister"): its first word, not a person's."""
    comma = raw.find(", ")
    return (
        comma > 0
        and " " not in name
        and raw.startswith(name)
        and _EN_CLAUSE_VERB_RE.search(raw, 0, comma) is not None
    )


def _says_in_head(raw: str) -> bool:
    """ "Trump said in a post": a subject and "said" before the first comma (not a leading "said X")."""
    head = raw.split(",", 1)[0].lstrip(" \t”\"’'")
    return " said " in head or " says " in head


@lru_cache(maxsize=8192)
def _bare_name_ok(raw: str) -> bool:
    """The last comma segment of a phrase whose name is one word has no lower-case auxiliary."""
    segs = [x for x in raw.split(",") if x.strip()]
    if len(segs) > 1 and segs[-1].lstrip().startswith(("who ", "whose ")) and segs[0].strip().istitle():
        return True  # "Halyna, 61, whose son was captured in 2023, (said)": the relative's verb (rules-1.313)
    return not segs or not _AUX_RE.search(clean_np(segs[-1]))


def _is_pronoun_clause(raw: str) -> bool:
    """A subject pronoun followed by a lower-case word and more: a clause, not a speaker phrase."""
    w = raw.split(None, 3)
    return (
        len(w) > 2
        and w[0] in _SUBJECT_PRONOUNS
        and w[1].isalpha()
        and w[1].islower()
        and w[1] not in _PRONOUN_APPOSED
    )


_SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "we"))
_RELATIVE_STARTS = ("who ", "which ", "whom ", "whose ", "in which ")
# and participles opening a clause: "Having said that the plan was costly, Mr. Lee left" (rules-1.29)
_LEAD_PREPOSITIONS = frozenset(
    ("Amid", "Amidst", "Despite", "Ahead", "Following", "Having", "Being", "Nun", "Jetzt")
)
_EN_PP_HEADS = frozenset(
    _w("Alongside Amid Amidst Despite Following During Against Unlike Besides Beyond Throughout")
)
_SUBJECT_INITIALS = frozenset("hstw")
_FLOATING_BOTH_RE = re.compile(r",\s+both\s*$")
_PRONOUN_APPOSED = frozenset(("himself", "herself", "themselves", "ourselves", "both", "all"))
_TOO_LONG, _CLAUSE, _PLAIN = 0, 1, 2
_OBJECT_PRONOUNS = frozenset(("him", "them", "me", "us"))
_OBJECT_INITIALS = frozenset("htmu")
# rules-1.395: possessives that cannot open a German subject ("ihren Fall", "seinen Standpunkt", "unseren Lesern")
_DE_OBLIQUE_POSSESSIVES = frozenset(("ihren", "seinen", "unseren", "meinen", "deinen", "euren"))
_DE_OBLIQUE_INITIALS = frozenset("isumde")
# "the private operator that supplies Odesa," inside an apposition closed by a comma
_THAT_RELATIVE_RE = re.compile(r"(?<=,)(\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+that\s[^,]*(?=,)")


# rules-1.158: two named people joined by "и"/"і"/"та"/"and"/"und", each with a long role ("Депутат … от КПРФ
# Александр Ившин и председатель комитета по … Ольга Лебедева заявили"): each part counts on its own
_NAME_AND_RE = re.compile(
    r"\b[A-ZА-ЯЁІЇЄҐ][\w'’-]+\s+(?:и|і|та|and|und)\s+(?=[a-zäöüа-яёіїєґ])"
    r"(?!(?:many|more|other|others|several|some|all|most|few|dozens|hundreds|thousands|многие|другие|несколько|"
    r"інші|багато|кілька|viele|andere|weitere)\b)"  # not a group: "…, Gina Rodriguez and many more Latinos"
)
_LAST_CAP_RE = re.compile(r"[A-ZА-ЯЁІЇЄҐ][\w'’-]*$")


def _two_named(core: str) -> bool:
    """``core`` is two phrases of at most 14 words joined after a capitalised word, the second opening with a
    lower-case word (a role, not the rest of a name: "Oversight and Government Reform Committee") and ending in a
    capitalised one."""
    m = _NAME_AND_RE.search(core)
    if m is None:
        return False
    left, right = core[: m.start()].split(), core[m.end() :]
    return len(left) < 14 and len(right.split()) <= 14 and _LAST_CAP_RE.search(right.rstrip(", ")) is not None


@lru_cache(maxsize=8192)
def _np_shape(raw: str, lang: str) -> int:
    """_TOO_LONG (more than 14 words outside relative clauses, or 40 in all), _CLAUSE (a finite verb
    outside a "who …" clause: only a phrase that names a person may hold one) or _PLAIN."""
    relative = "," in raw or "who" in raw  # (both patterns match at a comma or at "who")
    core = RELATIVE_SEG_RE.sub(" ", raw + ",") if relative else raw + ","
    if len(core.split(None, 15)) > 14 or len(raw.split(None, 41)) > 40:
        # (rules-1.83: without a leading "But" and a closing auxiliary: "But current and former officials in
        # the FBI and at the Justice Department have")
        words = core.split(None, 17)
        if (
            len(words) > 16 or len(words) - (words[0] in _LEAD_CONJ) - (words[-1].strip(",") in _AUX) > 14
        ) and not _two_named(core):
            return _TOO_LONG
    core = WHO_SPLIT_RE.split(raw, maxsplit=1)[0] if relative else raw
    if ", speaking" in core:  # "…, speaking on condition of anonymity because he was not …," (rules-1.17)
        core = core.split(", speaking", 1)[0]
    if " that " in core:  # "DTEK, the private operator that supplies Odesa,": a relative clause
        core = _THAT_RELATIVE_RE.sub(r"\1", core)
    if lang == "en" and (head := en_relative_head(core.rstrip(","))):
        core = head  # "The estate that owns the hillside" (rules-1.95)
    if not core.isascii():
        return _CLAUSE if _CLAUSE_VERB_RE.search(core) else _PLAIN
    found = (_EN_CLAUSE_VERB_RE if lang == "en" else _CLAUSE_VERB_LOWER_RE).search(core.lower())
    return _CLAUSE if found else _PLAIN


_PARTICIPLE_LINKS = frozenset(
    _w("to the a an his her their its on in at from with over for into through about")
    # rules-1.184: a place word after the participle ("Standing next to her, Mykola, 71, said …", "Walking home
    # from school, the boy said …")
    + _w("next beside behind near outside inside alongside across along around past home back under")
)


def opens_with_participle(first: str, second: str) -> bool:
    """ "Switching to …", "Speaking at …": a capitalised -ing word before a preposition or determiner opens
    a participle clause; it is no name (rules-1.23). So does a participle of asking before what was asked
    ("Asked why uptake had fallen, Varga …", "Pressed on the delay, …"; rules-1.36), and an adverb before a past
    participle ("Long regarded as …", rules-1.412)."""
    if first in _ASKED_LEADS:
        return second in _ASKED_LINKS
    if first in _LEAD_ADVERBS:  # "Long regarded as a key architect of …, Mandelson …" (rules-1.412)
        return (second.endswith("ed") or second in _IRREGULAR_PARTICIPLES) and not is_cue(second, "en")
    return len(first) > 5 and first.endswith("ing") and first[:1].isupper() and second in _PARTICIPLE_LINKS


# rules-1.412: an adverb and a past participle open a participle phrase ("Long regarded as …", "Once seen as …",
# "Widely credited with …"): neither is a name
_LEAD_ADVERBS = frozenset(
    _w("Long Once Widely Largely Often Newly Recently Previously Formerly Much Highly Generally")
)
_IRREGULAR_PARTICIPLES = frozenset(
    _w("seen known thought held considered hailed dubbed described cast shown taken")
)
_ASKED_LEAD_WORDS = ("Asked", "Pressed", "Questioned", "Challenged")
_REACTION_LEADS = frozenset(_w("Reacting Responding Replying Commenting Continuing Concluding"))
_ASKED_LEADS = frozenset(_ASKED_LEAD_WORDS)
_ASKED_LINKS = frozenset(_w("about why whether if how what when where who which on over for by to"))


def asked_only(quote: str) -> bool:
    """ "Asked whether the pub could make money, he laughed.": the question put to the speaker before an
    inverted cue is no statement of his (rules-1.80)."""
    if not quote.lstrip().startswith(_ASKED_LEAD_WORDS):
        return False  # (a pre-check: split copies the whole quote)
    w = quote.split(None, 2)
    return len(w) > 1 and w[0] in _ASKED_LEADS and w[1] in _ASKED_LINKS
