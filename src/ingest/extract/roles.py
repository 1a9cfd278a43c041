"""Title, role and organisation words: which capitalised words are titles rather than names,
which words head organisations, and role equivalence classes ("chief" = "head" = "director")."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.given_names import is_first_name
from ingest.extract.lexicon import DEMONYMS, ORG_HEADS, ORG_STEM_PEOPLE, ORG_STEMS, ROLE_CLASSES, TITLE_WORDS
from ingest.extract.lexicon import words as _w
from ingest.extract.lexicon_roles import CHANNELS, CYR_NOT_ROLE, CYR_ROLE_STEMS, DE_ROLE_SUFFIXES, SuffixSet
from ingest.extract.rolecompounds import cyr_role_parts

_POSSESSIVE_RE = re.compile(r"['’]s?$")
TOKEN_RE = re.compile(r"\w+(?:[’'\-.]\w+(?:[’'\-.]\w+)*|)[’']?|[^\w\s]")  # (see cues.WORD_TOKEN_RE)

_DE_ROLE_SUFFIXES = DE_ROLE_SUFFIXES  # see lexicon_roles


_DE_NOUN_SUFFIX_RE = re.compile(
    r"(?:ung|ungen|heit|keit|schaft|tion|ionen|tät|ismus|nis|tum|ment|chen|ium|iums|ik|ien|enz|anz|"
    r"ministerium|amt|amtes|behörde|regierung|verband|partei|gericht|polizei|kommission|konzern|bank|"
    r"lage|sage|gabe|klage|nahme|folge|frage|weise|"
    r"zeitung|agentur|sender|senders|treffen|gruppe|stadt|land|landes|staat|staates)$"
)


_DE_ORG_HEADS = _w(
    "schaft ministerium ministeriums amt amtes behörde regierung verband partei gericht polizei kommission konzern "
    "bank zeitung agentur sender senders institut instituts rat rates bundestag landtag gewerkschaft unternehmen "
    "dienst dienstes zentrale kanzleramt reederei brauerei druckerei molkerei kanzlei werk werke stiftung verein "
    "klinik klinikum universität hochschule feuerwehr verwaltung kammer fraktion senat kasse versicherung "
    "flughafen gruppe bundeswehr bundespolizei betrieb betriebe bahnen bahn konzerne unternehmens museum museums "
    "bibliothek theater tierheim schule sparkasse stab büro opernhaus "  # rules-1.277: opernhaus; "Oper" (short words)
    "gemeinde landkreis städtetag landkreistag flugsicherung "  # rules-1.22: "Die Gemeinde teilte mit"; 1.314
    "verbund bündnis netzwerk genossenschaft vereinigung initiative stadtwerke mission "  # rules-1.29
    "sportbund landessportbund bauernbund städtebund beamtenbund gemeindebund "  # rules-1.42: federations
    "bund "  # rules-1.48: any federation ("des Naturschutzbunds", "der Kinderschutzbund", "Mieterbund")
    "bergwacht wasserwacht grenzwacht verlag zeitungsverlag "  # rules-1.44: rescue services, publishers
    # rules-1.27: the management of a body ("Nach Angaben der Klinikleitung"), not "Einführung", "Gasleitung"
    "klinikleitung klinikumsleitung schulleitung werksleitung konzernleitung heimleitung kitaleitung einsatzleitung "
    "geschäftsführung konzernführung unternehmensführung vereinsführung parteiführung polizeiführung "
    "bauaufsicht finanzaufsicht bankenaufsicht heimaufsicht schulaufsicht polizeidirektion polizeipräsidium "
    "klub club umfeld "  # rules-1.30: "Aus dem Umfeld des englischen Klubs heißt es, …"
    "pfarrei firma "  # rules-1.80: "teilte die Pfarrei mit", "die Baufirma", "der Sicherheitsfirma"
    "intendanz direktion rektorat dekanat "  # rules-1.93: a theatre's or a university's management
    "kämmerei "  # rules-1.120: a town's treasury, a coalition ("hieß es aus der Koalition")
    "parlament vertretung "  # rules-1.128: "des Studierendenparlaments", "Die Studierendenvertretung begrüßte …"
    "ausschuss gremium komitee "  # 1.140: "des Ausschusses", "des Gremiums"; 1.212: "Das Internationale Komitee"
    "jury "  # rules-1.150: a prize's jury ("Das gab die Jury bekannt", "begründete die Fachjury")
    "bataillon regiment geschwader flottille flotte "  # rules-1.428: units; 1.449: "Die Schwarzmeerflotte teilte mit"
    "organisation "  # rules-1.157: "Die Menschenrechtsorganisation Memorial", "der Hilfsorganisation Care"
    # rules-1.159: civil protection, armed forces ("Der staatliche Katastrophenschutz der Ukraine teilte mit",
    # "Die Luftwaffe meldete"); 1.185: "Das teilte das Landeskommando … mit", "Laut Landeshochwasserzentrum …"
    "katastrophenschutz zivilschutz bevölkerungsschutz verfassungsschutz luftwaffe streitkräfte kommando zentrum "
    "rundschau tagblatt anzeiger abendblatt morgenpost volksstimme"  # 1.275: „Kieler Rundschau“, no person
)
# A German body noun at the end of a compound, also in the genitive ("des Gerichts", "des Verbands").
_DE_ORG_SUFFIXES = SuffixSet([h + e for h in _DE_ORG_HEADS for e in ("", "s", "es")])
# rules-1.128: a short German body noun alone ("teilte die Kasse mit"); in a compound six letters ("Grat": no council)
_CRAT = ("crat", "krat")  # "-rat" of a democrat, ein Demokrat (one person): no council (rules-1.222)
_DE_SHORT_ORG_WORDS = frozenset(_w("kasse firma amt amts amtes werk werks werkes senat büro büros jury oper"))


_DE_ARTICLES = frozenset(_w("der die das des dem den ein eine einer eines einem einen"))


_CYR_ROLE_STEMS = CYR_ROLE_STEMS


# rules-1.113: quantifiers before a plural noun of speakers ("Другие родители", "Многие жители", "Деякі батьки")
_CYR_QUANTIFIER_WORDS = "другие многие некоторые остальные прочие иные інші багато деякі решта чимало"
CYR_QUANTIFIERS = frozenset(_w(_CYR_QUANTIFIER_WORDS))
CAP_STOP = frozenset(
    _w(
        "the a an some many most all few several other another but and or in on at as for with after before "
        "when while if this that these those his her their its our my your back hours days weeks months years "
        "later then now still also just even only both each every no not such what which who why how where there "
        "here today yesterday tomorrow last next meanwhile however asked speaking according by from to of since "
        "der die das ein eine im am nach laut auch aber und у в на за по як как це это але но і и та а "
        "від от до після после під при про zudem außerdem dazu dann später gestern heute daraufhin "
        "anschließend weiter ferner zuvor jetzt dort hier damals seit während gegenüber indes allerdings "
        "jedoch deshalb daher trotzdem bereits schon nun so ebenfalls ähnlich dabei zunächst "
        "також тоді раніше згодом водночас крім ранее позже затем также кроме однако впрочем накануне "
        "напередодні separately earlier later instead overall deren dessen dieser diese dieses sein seine seiner ihr ihre "
        "ihrer unser unsere dort auch one two three four five six seven eight nine ten he she they it we i you він вона вони воно ми он она они оно мы er es wir sie"
        # rules-1.21: sentence openers that are no first names ("Whether Anutin stays …", "Halfway through …")
        " whether although though ahead despite during unless once because perhaps certainly indeed "
        "ultimately hopefully halfway everything everyone everybody someone somebody anyone nobody"
        # rules-1.23: quantity openers ("More than a third of the 6,000 respondents said …")
        " more less fewer"
        # rules-1.25: "Late Russian opposition leader …" (the late); rules-1.113: "Другие родители говорят …"
        " late "
        + _CYR_QUANTIFIER_WORDS
        # rules-1.117: German openers of a subordinate clause or a conditional and prepositions of place
        # ("Wer pünktlich zahle, sei …", "Sollte sich der Befund bestätigen, …", "Auf Schildern … steht")
        + " wer wo wenn ob falls weil obwohl sofern sobald solange nachdem sollte sollten würde würden hätte "
        "hätten wäre wären könnte könnten müsste müssten dürfte dürften auf unter über hinter neben wie"  # wie: 1.289
    )
)


_CALENDAR = frozenset(
    _w(
        "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
        "august september october november december montag dienstag mittwoch donnerstag freitag samstag sonntag"
    )
)


@lru_cache(maxsize=65536)
def is_title_token(tok: str) -> bool:
    low = tok.lower().rstrip(".")
    if low in TITLE_WORDS or low in DEMONYMS or low in ROLE_CLASSES:
        return True
    if _POSSESSIVE_RE.search(tok) and len(tok) > 2:
        return True
    if _DE_ROLE_SUFFIXES.search(low):
        return not (tok[:1].isupper() and is_first_name(tok))  # rules-1.202: "Stefan" is no "-fan"
    return is_cyr_role(low)


# rules-1.144: a military man named by the adjective alone ("На думку військового", "по словам военного")
_CYR_PERSON_ADJ_RE = re.compile(r"(?:військов|военн)(?:ий|ого|ому|им|ым|ый)")


def is_cyr_role(low: str, lone: bool = False) -> bool:
    """A Ukrainian or Russian role word; ``lone``: the phrase's only word, which may also be an adjective
    that names a serviceman ("На думку військового", "по словам военного"; rules-1.144)."""
    low = low.replace("ё", "е")  # "— сказал режиссёр", "актёр" as the lists' "режиссер", "актер" (rules-1.48)
    if lone and _CYR_PERSON_ADJ_RE.fullmatch(low) is not None:
        return True
    return any(w.startswith(_CYR_ROLE_STEMS) and not w.startswith(_CYR_NOT_ROLE) for w in cyr_role_parts(low))


_CYR_NOT_ROLE = CYR_NOT_ROLE


CYR_GROUP_STEMS = _w(
    "експерти эксперты аналітики аналитики чиновники посадовці дипломати дипломаты депутати депутаты військові "
    "военные військових военных мешканці жители місцеві местные волонтери волонтеры економісти экономисты "
    # rules-1.9: organisers and relatives ("Как сообщили организаторы турнира", "рідні загиблого")
    "організатори организаторы родичі родственники рідні жінки женщины чоловіки мужчины "
    "автори авторы вчені учёные ученые спостерігачі наблюдатели "  # rules-1.32, 1.42 (observers)
    "родители батьки дослідники исследователи науковці хакери хакеры"  # 1.113: parents; 1.196: researchers, hackers
)
CYR_GROUP_STEMS_6 = tuple({w[:6] for w in CYR_GROUP_STEMS})  # "депута": also "депутатів", "депутатов"


def cyr_group(phrase: str, words: list[str]) -> bool:
    """A Cyrillic group of speakers: "эксперты", "местные жители"; rules-1.71: a lower-case plural adjective
    before a plural group or role noun ("санитарные врачи", "незалежні експерти")."""
    if words[0].startswith(CYR_GROUP_STEMS) and not words[0].endswith(("иня", "ині", "иню", "инею")):  # 1.379
        return True
    if len(words) == 2 and words[0] in CYR_QUANTIFIERS:  # "Другие родители", "Деякі мешканці" (rules-1.113)
        return words[1][:6].startswith(CYR_GROUP_STEMS_6) or is_cyr_role(words[1])
    if len(words) != 2 or not phrase[:1].islower() or words[0][:1] < "а" or words[0].endswith("ії"):
        return False
    adj, noun = words
    return adj.endswith(("ые", "ие", "і")) and noun.endswith(("и", "ы", "і")) and is_cyr_role(noun)


# rules-1.86: places run by a body that speak for themselves ("В аэропорту признали, что …", "у зоопарку повідомили")
_CYR_PLACE_BODY_STEMS = ("аэропорт", "аеропорт", "заповедник", "заповідник", "зоопарк", "нацпарк")
# rules-1.109: a Ukrainian council in lower case ("у сільській раді"); "Верховної Ради" is a name, "рада" is "glad"
_UK_COUNCIL = frozenset(("рада", "ради", "раді", "радою"))
# rules-1.137: election commissions by their short names ("В избиркоме заверили", "в облизбиркоме")
_CYR_ELECTION_BODY_STEMS = (
    "избирком",
    "облизбирком",
    "горизбирком",
    "тизбирком",
    "центризбирком",
    "виборчком",
)
# rules-1.157: the sides of a court case and a channel as speakers ("На думку сторони обвинувачення", "по мнению
# защиты", "по словам канала"); whole words, not "защитник" (a person) or "каналізація"
_CYR_WORD_BODIES = frozenset(
    "обвинувачення обвинуваченню обвинение обвинения обвинению захист захисту захисті защита защиты защите "
    "канал канала каналу канале каналі креста хреста kreuz".split()  # 1.212: "Красного Креста", "Rote Kreuz"
)
_ALL_ORG_STEMS = ORG_STEMS + _CYR_PLACE_BODY_STEMS + _CYR_ELECTION_BODY_STEMS
# the stems an ASCII word can start with (the Cyrillic prefixes, stems and abbreviations cannot)
_ASCII_ORG_STEMS = tuple(s for s in _ALL_ORG_STEMS if s.isascii())


# rules-1.159: a court by its capitalised name ("Суд зазначив"), a person "Верховний Суд" before; not "у залі суду"
# after a name, not "суда" (also ships), not a stem ("суддя" is a judge); rules-1.262: the locative in lower case
_CYR_COURT = frozenset(_w("суд суду суді суде судом"))  # too ("В суде пояснили", "у суді": no judge, "судді")


@lru_cache(maxsize=65536)
def is_org_word(tok: str) -> bool:
    low = tok.lower().rstrip("’'s") if tok.endswith(("’s", "'s")) else tok.lower()
    if low in ORG_HEADS or low in _CYR_WORD_BODIES or low.rpartition("-")[2] in CHANNELS:
        return True
    if (low in _UK_COUNCIL and tok[0] == "р") or (low in _CYR_COURT and (tok[0] == "С" or low[-1] in "еі")):
        return True
    if _DE_ORG_SUFFIXES.search(low) and len(low) > 5 and not low.endswith(_CRAT):
        return True
    if low in _DE_SHORT_ORG_WORDS and tok[:1].isupper():
        return True
    if low.isascii():  # (the tuple of all stems tried one by one took most of the time)
        return low.startswith(_ASCII_ORG_STEMS) and len(low) > 3
    if low.startswith(_CYR_COMPOUND_PREFIXES):  # "агрохолдинг", "енергокомпанія" (rules-1.49)
        rest = next(low[len(p) :] for p in _CYR_COMPOUND_PREFIXES if low.startswith(p))
        if rest.startswith(ORG_STEMS) and len(rest) > 3:
            return True
    if _CYR_ADMIN_ABBR_RE.match(low):  # "облкомприроды", "горздрав", "райадміністрація" (rules-1.82)
        return True
    return low.startswith(_ALL_ORG_STEMS) and len(low) > 3 and not low.startswith(ORG_STEM_PEOPLE)


# rules-1.82: a regional, city or district body's abbreviated name ("В облкомприроды уверены, что …")
_CYR_ADMIN_ABBR_RE = re.compile(
    r"(?:обл|гор|рай|міськ|ком)(?:ком|здрав|адм|фин|фін|образ|осві|спорт|прир|виконком|исполком|энерго|енерго|"
    r"газ|вод|транс|культ|суд|прокур)\w*$"
)


# rules-1.49: the first half of a Ukrainian or Russian compound body noun ("агрохолдинг", "нафтокомпанія")
_CYR_COMPOUND_PREFIXES = ("агро", "енерго", "энерго", "нафто", "нефте", "газо", "авто", "будо", "стройо")


_SLAVIC_LOC_ADJ_RE = re.compile(r"\w{3,}(?:ом|ем|ой|ей|ому|ему|ій|ім)$")


def body_word(w: str, rest: str) -> bool:
    """A word after "в"/"у" that names a body, not an adjunct: a capital, a body noun, or an adjective before
    a body noun ("в финансовом управлении мэрии", rules-1.27)."""
    if w[:1].isupper() or is_org_word(w):
        return True
    nxt = rest.split(None, 1)[0] if rest.strip() else ""
    return _SLAVIC_LOC_ADJ_RE.match(w) is not None and is_org_word(nxt)


def is_org_head(tok: str) -> bool:
    """A plain body noun ("Bank", "Ministry"), without the German compound endings of is_org_word: after a
    known first name only such a word makes the run a body ("Ana Serrat" is a person, rules-1.17)."""
    return tok.lower() in ORG_HEADS


# rules-1.160: body nouns that are also common surnames: after a known first name, the person ("Kate Forbes")
_SURNAME_ORG_HEADS = frozenset(("bloomberg", "forbes"))


def is_named_org_head(tok: str) -> bool:
    """is_org_head for the word after a known first name: not a body noun that is also a common surname."""
    low = tok.lower()
    return low in ORG_HEADS and low not in _SURNAME_ORG_HEADS


@lru_cache(maxsize=16384)
def role_class(phrase: str) -> str:
    """Equivalence class of a role phrase's head noun ("its chief executive" → "head",
    "пресс-секретаря президента" → "spokesperson")."""
    low = phrase.lower()
    head_of = not low.isascii() or any(k in low for k in _HEAD_OF_ASCII_KEYS)  # else none of these matches
    # "глава держави", "head of state"; "очільниця уряду", "Prime Minister", "Ministerpräsident"; "глава города",
    # "міський голова", "Oberbürgermeister"; "глава региона", "очільник області" (rules-1.8); "голова міністерства"
    for rx, cls in _HEADS_OF if head_of else ():
        if (m := rx.search(low)) is not None:  # rules-1.337: not "речник глави держави" (a spokesperson)
            return "spokesperson" if m.start() and role_class(low[: m.start()]) == "spokesperson" else cls
    if ("member" in low or "mitglied" in low or "член" in low) and _MEMBER_OF_PARLIAMENT_RE.search(low):
        return "lawmaker"  # "a member of parliament's energy committee" … "the lawmaker said" (rules-1.154)
    toks: list[str] = [t.lower() for t in TOKEN_RE.findall(phrase) if t[0].isalnum()]
    for k, t in enumerate(toks[1:], 1):
        if t in {"of", "des", "der", "von", "for", "at"}:
            toks = toks[:k]
            break
    if "представ" in low and _OFFICIAL_REP_RE.search(low) is not None:  # "официальный представитель МИД"
        return "spokesperson"
    cyr = [t for t in toks if t[:1] >= "а"]
    for t in cyr:  # Slavic: the head comes first, genitive modifiers follow
        if t in CYR_RELATIONS:
            return ""  # "агент футболиста", "мать погибшего": a relation of someone else's (rules-1.27)
        if t.startswith("генеральн"):
            continue  # the adjective of "генеральний директор", "генеральный прокурор" (rules-1.18)
        for stem, cls in _CYR_ROLE_CLASS:
            if t.startswith(stem):
                return cls
    for t in reversed(toks):
        if t in ROLE_CLASSES:
            return ROLE_CLASSES[t]
        if "-in-" in t and t[: t.index("-in-")] in ROLE_CLASSES:  # 1.343: "Commander-in-Chief"
            return ROLE_CLASSES[t[: t.index("-in-")]]
        base = _DE_ROLE_SUFFIXES.search(t)
        if base:
            for suffix in ("in", "e", "er"):
                if base.endswith(suffix) and base[: -len(suffix)] in ROLE_CLASSES:
                    return ROLE_CLASSES[base[: -len(suffix)]]
            return ROLE_CLASSES.get(base, base)
    return ""


CYR_RELATIONS = frozenset(
    _w(
        "агент агента агентка агентки брат брата сестра сестры сестри мать матери мати мама мамы мами отец отца "
        "батько батька жена жены дружина дружини муж мужа чоловік чоловіка сын сына син сина дочь дочери донька "
        "доньки друг друга"
    )
)
_HEAD_OF_GOVERNMENT_RE = re.compile(
    r"(?:глав\w*|голов\w*|очільни\w*|керівни\w*) (?:уряду|правительства|кабміну|кабмина)|прем['’ʼ]?єр|премьер|"
    r"prime minister|premier|head of government|regierungschef\w*|ministerpräsident\w*"
)
_HEAD_OF_CITY_RE = re.compile(
    r"(?:глав\w*|голов\w*|очільни\w*) (?:города|міста|города)|міськ\w* голов\w*|городск\w* глав\w*|head of the city|"
    r"глав\w* (?:администрации |адміністрації )?[а-яёіїє]\w*(?:ска|цка|бурга|града)(?!\w)"  # "глава Омска" (1.13)
)  # rules-1.27: "глава администрации Светлогорска" is the mayor
_HEAD_OF_REGION_RE = re.compile(
    r"(?:глав\w*|голов\w*|очільни\w*|керівни\w*) (?:региона|регіону|области|області|края|краю)(?!\w)|"
    r"head of the (?:[\w-]+ )?(?:regional|oblast) (?:military |state )?administration|"  # rules-1.13
    r"(?:chef|leiter)\w* der (?:regionalen militär|gebietsmilitär|gebiets)verwaltung|"
    # rules-1.420: the head of an oblast's (military or state) administration, "голова Одеської ОВА" (not a district's)
    r"(?:глав|голов|очільни|керівни|начальни)\w* (?:\w+ )?(?:(?:обласн|областн)\w* (?:(?:військов|державн|военн|"
    r"государственн)\w* )?(?:адміністрац|администрац)\w*|ов[аи]|од[аи])(?!\w)"
)
# rules-1.36: a ministry by its abbreviation ("очільник МОЗ", "глава МИД"); declined, "глава МИДа" (rules-1.254)
_HEAD_OF_MINISTRY_RE = re.compile(
    r"(?:глав\w*|голов\w*|очільни\w*|керівни\w*) (?:\w+(?:ого|ої|ой) )?(?:(?:мин|мін)\w*|(?:моз|мзс|мвс|мон|мід|мид|мвд|мчс)(?:а|у|е|ом)?\b)"
)
# a member of a legislature is a lawmaker, whatever the chamber is called (rules-1.154)
_MEMBER_OF_PARLIAMENT_RE = re.compile(
    r"\b(?:member|mitglied|член)\s+(?:of|des|der|)\s*(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:parliament|congress|bundestag\w*|landtag\w*|parlament\w*|duma|rada|knesset|sejm|парламент\w*|рад[иы]|думи|думы)\b"
)
# rules-1.420: "официальный представитель", "офіційний представник": a body's spokesperson, not any representative
_OFFICIAL_REP_RE = re.compile(r"(?:официальн|офіційн)\w* представ")
# the ASCII words of the five patterns above: an ASCII phrase without any of them matches none
_HEAD_OF_ASCII_KEYS = ("head", "staats", "prime", "premier", "chef", "leiter")
_HEAD_OF_STATE_RE = re.compile(r"глав\w* (?:держави|государства)|head of state|staatsoberhaupt|staatschef")
_HEADS_OF = ((_HEAD_OF_STATE_RE, "president"), (_HEAD_OF_GOVERNMENT_RE, "premier"), (_HEAD_OF_CITY_RE, "mayor"),
             (_HEAD_OF_REGION_RE, "governor"), (_HEAD_OF_MINISTRY_RE, "minister"))  # fmt: skip
_CYR_ROLE_CLASS = [
    ("міністр", "minister"), ("министр", "minister"), ("пресс-секрет", "spokesperson"), ("прес-секрет", "spokesperson"),
    ("речни", "spokesperson"), ("президент", "president"), ("губернатор", "governor"), ("замгубернатор", "governor"), ("мер", "mayor"), ("мэр", "mayor"),
    ("керівни", "head"), ("руководител", "head"), ("голов", "head"), ("глав", "head"), ("директор", "head"), ("гендиректор", "head"),
    ("очільни", "head"), ("начальни", "head"), ("председател", "head"), ("депутат", "lawmaker"), ("сенатор", "senator"), ("генерал", "general"),
    ("парламентар", "lawmaker"), ("нардеп", "lawmaker"), ("дипломат", "diplomat"),  # rules-1.14, 1.224: diplomat
    # rules-1.5: players are one class ("півзахисник X … — 21-річний футболіст")
    ("футбол", "player"), ("півзахисн", "player"), ("полузащитн", "player"), ("нападник", "player"),
    ("нападающ", "player"), ("гравц", "player"),
    ("гравець", "player"), ("игрок", "player"), ("хокеїст", "player"), ("хоккеист", "player"),
    ("секретар", "secretary"), ("помощни", "aide"), ("помічни", "aide"),  # rules-1.369: secretaries, aides
    ("воротар", "player"), ("вратар", "player"), ("форвард", "player"), ("омбудсм", "ombudsman"),  # (1.236)
    ("генпрокурор", "prosecutor"), ("прокурор", "prosecutor"),  # 1.432: "заместитель генпрокурора"
    ("генсек", "secretary"),  # rules-1.463: the short "генсек(ретар)" of "генеральний секретар"
]  # fmt: skip


_CYR_NATIONAL_ROLE_RE = re.compile(
    r"[А-ЯІЇЄҐ][а-яіїєґё'’]+(?:ськ|цьк|ск|цк)(?:ий|ій|ая|а|ой)\s+(?P<role>[а-яіїєґё\-]+)"
)


def cyr_nat_role(kind: str, phrase: str, name: str = "") -> bool:
    """A phrase read as a body that is a capitalised adjective of a country or place and a role noun ("Грузинський
    міністр додав", "Французский посол"): a role at a sentence start, not a body named by its capital (1.148);
    rules-1.458: also read as a person whose one-word "name" is the adjective of a woman's role, as a surname in
    "-ська" would be ("Литовська президентка", "Шведська міністерка")."""
    adj = (
        kind == "person"
        and " " not in name
        and phrase[len(name) : len(name) + 1] == " "
        and phrase.startswith(name)
    )
    m = _CYR_NATIONAL_ROLE_RE.fullmatch(phrase) if kind == "organisation" or (adj and name) else None
    return m is not None and is_cyr_role(m.group("role"))


# rules-1.105: "— …, — пояснил её представитель", "сообщила официальный представитель": a representative with
# no body after it is a role, as "представник" is in Ukrainian ("представитель компании" stays the body's);
# rules-1.150: also one of a thing that is no body, in any case ("По словам представителя арены", "представитель
# стадиона"), as "представник арени" was
_RU_REPRESENTATIVE_RE = re.compile(
    r"(?:(?:[Ее]ё|[Ее]е|[Ее]го|[Ии]х|[Оо]фициальн(?:ый|ая))\s+)?[Пп]редставител(?:ь|я|(?P<f>ьница|ьницы))"
    r"(?P<of>(?:\s+[а-яё]+){0,2})"
)


def ru_representative(phrase: str) -> re.Match[str] | None:
    """The match of a Russian representative named without a body ("её представитель", "представитель арены"),
    else None (a body after it: "представитель компании", "представителя «Газпрома»")."""
    rep = _RU_REPRESENTATIVE_RE.fullmatch(phrase)
    return rep if rep is not None and not any(is_org_word(w) for w in rep["of"].split()) else None
