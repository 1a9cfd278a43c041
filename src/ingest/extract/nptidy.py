"""Speaker phrases tidied before they are analysed (rules-1.40): a nickname in quote marks inside a name,
a relative clause without commas after an unnamed person, a German possessive before a role and a
name, a uk/ru "one of the …" before the person's apposition, a German role after "als" and a distance after
the person ("Ein Mann zwei Häuser weiter", rules-1.88), a uk/ru first name's place ("Марія з села Тересва")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.extract.afterhead import befallen_head, self_named
from ingest.extract.bodykeys import border_guard_key
from ingest.extract.coordbodies import coordinated_bodies
from ingest.extract.given_names import is_first_name
from ingest.extract.lexicon import DEMONYMS
from ingest.extract.lexicon_countries import is_cyr_gen_place
from ingest.extract.lexicon_people import ANON_MARKERS
from ingest.extract.roles import cyr_nat_role, is_org_word, is_title_token, role_class
from ingest.extract.tradefirms_de import DE_TRADE_FIRM_RE, de_trade_name

if TYPE_CHECKING:
    from ingest.extract.speakerphrase import SpeakerPhrase

# 'Tomasz "Vex" Kowal', "Andrés 'El Mago' Ruiz", "Олег «Бізон» Петренко": the nickname is not the name
_NICKNAME_RE = re.compile(
    r"(?P<first>\b[A-ZÄÖÜА-ЯІЇЄҐ][\w’'-]{1,20})\s+[\"“„«‘'][A-ZÄÖÜА-ЯІЇЄҐ][\w .’-]{0,20}?[\"”“»’']\s+(?=[A-ZÄÖÜА-ЯІЇЄҐ])"
)
# "An engineer who inspected the Calder Street footbridge …" (no commas): the noun before "who"; rules-1.95:
# also "that"/"which" when the relative clause opens with its verb ("The firm that runs the ferry said …")
_EN_HEAD_WHO_RE = re.compile(
    r"(?P<head>(?:[Aa]n?|[Tt]he|[Oo]ne)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?:who|whose|(?P<rel>that|which))"
    r"(?P<rest>\s[^,]+)"
)
# "Ihr Verteidiger Hendrik Voss", "Seine Anwältin Petra Lang": the possessive refers to someone else
# rules-1.144: a German body named "N ohne M" ("Ärzte ohne Grenzen", "Reporter ohne Grenzen"): no person "M"
_DE_WITHOUT_BODY_RE = re.compile(r"(?:^|\s)(?P<body>[A-ZÄÖÜ][\w-]*\s+ohne\s+[A-ZÄÖÜ][\w-]*)$")
# rules-1.144: an outlet citing its sources ("«Українська правда» з посиланням на джерела", "РБК со ссылкой на
# источники"): the outlet speaks
_CYR_CITING_RE = re.compile(r"\s+(?:з|із|зі|со|с)\s+(?:посиланням|ссылкой)\s+на\s.*$")
_NAMED_RE = re.compile(r"[«\"A-ZА-ЯІЇЄҐ]")
_DE_POSSESSIVE_RE = re.compile(
    r"(?:Ihr|Ihre|Sein|Seine|Dessen|Deren)\s+(?=[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+){1,3}$)"
)
# "Один із врятованих, 52-річний водій Микола", "Одна из пострадавших, пенсионерка Анна Ким"
_CYR_ONE_OF_RE = re.compile(
    r"(?:[Оо]дин|[Оо]дна|[Оо]дне|[Оо]дно)\s+(?:із|з|зі|из)\s+[^,]{2,40},\s+(?P<rest>.+)"
)
# rules-1.88: "die Stadtwerke als Betreiber", "Müller als Vertreter der Firma": the role after "als" is no
# speaker; the noun or name before it is (a comparison, "mehr als 200 Anwohner", has no capital before "als")
_DE_AS_ROLE_RE = re.compile(
    r"(?P<head>(?:[a-zäöü]+\s+)?[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,3})\s+als\s+\S.*"
)
_DE_COMPARATIVES = frozenset({"mehr", "weniger", "eher", "früher", "später", "länger", "größer", "anders"})
# rules-1.88: "Ein Mann zwei Häuser weiter", "eine Nachbarin drei Türen entfernt": where the person lives
_DE_DISTANCE_RE = re.compile(
    r"\s+(?:ein|eine|einen|zwei|drei|vier|fünf|sechs|ein\s+paar|einige|wenige|\d+)\s+[A-ZÄÖÜ]\w+\s+"
    r"(?:weiter|entfernt|nebenan)$"
)
_CYR_CAP_RE = re.compile(r"\b[А-ЯІЇЄҐ][а-яіїєґё’'-]+")
_CYR_FROM_PLACE_RE = re.compile(r"\s+(?:з|із|зі|из|со?)\s+[А-ЯІЇЄҐ][\w’'-]*$")  # "Іван з Вінниччини"
# rules-1.167: "68-річна Марія з села Тересва", "Ольга из деревни Марьино": a person named by a first name alone,
# then where she comes from; the place is no name
_CYR_NAME_FROM_RE = re.compile(
    r"(?P<head>(?:[\w’'-]+\s+){0,2}(?P<first>[А-ЯІЇЄҐ][а-яіїєґё’'-]+))\s+(?:з|із|зі|из|изо|со?)\s+"
    r"(?:(?:села|селища|міста|містечка|хутора|району|області|деревни|села|посёлка|поселка|города|станицы|района|"
    r"области)\s+)?[А-ЯІЇЄҐ][\w’'-]*(?:[\s-]+[А-ЯІЇЄҐ][\w’'-]*)?"
)


# rules-1.102: "Die (beauftragte) Baufirma aus (dem) Elsass" is the firm, not the place it comes from
_DE_FROM_PLACE_RE = re.compile(
    r"(?P<head>(?:[Dd]ie|[Dd]er|[Dd]as|[Ee]ine?)\s+(?:[a-zäöüß][\w-]*\s+)*[A-ZÄÖÜ][\w-]+)"
    r"\s+aus\s+(?:dem\s+|der\s+|den\s+)?[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?"
)


# rules-1.117: "Several drivers interviewed outside the depot", "Voters polled by the newspaper": a past participle
# of asking after the noun opens a reduced relative clause; the speakers are the noun before it
_EN_NOT_NP = r"(?!(?:was|were|is|are|be|been|has|have|had|then|who|which|that|and|but|or)\b)"  # no clause
_EN_ASKED_RE = re.compile(
    rf"(?P<head>(?:{_EN_NOT_NP}[A-Za-z][\w'-]*\s+){{0,3}}{_EN_NOT_NP}[A-Za-z][\w'-]*)\s+(?:interviewed|"
    r"questioned|polled|surveyed|contacted|approached|reached|spoken\s+to)\s+(?:by|outside|at|in|on|near|after|"
    r"during|via|for|this|last|over)\s.+"
)

# rules-1.175: "Keith Barlow, 74, of Oakfield Street," / "Resident Anna Cole, from Mill Lane in Leeds,": a home
# address after a comma is where the person lives, not a name (before, "Oakfield Street" was the speaker)
_EN_ADDRESS_RE = re.compile(
    r"(?P<head>.*?[A-Z][\w'’-]+(?:,\s+\d{1,3})?),\s+(?:of|from)\s+(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?:Street|Road|Lane|Avenue|Drive|Close|Crescent|Terrace|Gardens|Grove|Place|Square|Row|Walk|Way)"
    r"(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?,?"
)


# rules-1.176: "new" or "current" before a Ukrainian or Russian role (the role's present holder)
_CYR_NEW_ROLE_RE = re.compile(
    r"(?:Нов(?:ий|а|е|ый|ая|ое)|Нинішн(?:ій|я)|Нынешн(?:ий|яя)|Чинн(?:ий|а))\s+(?=[а-яёіїєґ])"
)


def tidy_np(phrase: str, lang: str) -> str:
    """``phrase`` with the parts that hide its person removed (the phrase itself when there are none)."""
    if phrase.count('"') + phrase.count("“") + phrase.count("«") + phrase.count("'") + phrase.count("‘"):
        phrase = _NICKNAME_RE.sub(r"\g<first> ", phrase)
    if (
        lang == "en"
        and (m := _EN_HEAD_WHO_RE.fullmatch(phrase)) is not None
        and (not m.group("rel") or opens_with_predicate(m.group("rest")))
    ):
        if not m.group("rel") and any(a in phrase for a in ANON_MARKERS):
            return f"{m.group('head')}, {phrase[m.end('head') :].strip()}"  # "A regular who did not want to
            # be named": read as ", who …" so that its anonymity counts (rules-1.113)
        return m.group("head")
    if lang == "en" and (m := _EN_ASKED_RE.fullmatch(phrase)) is not None:
        return m.group("head")
    if lang == "en" and (head := befallen_head(phrase)):
        return head  # "A soldier freed in the swap", "A man accused of fraud" (rules-1.274)
    if lang in ("uk", "ru") and ", " in phrase and (named := self_named(phrase, lang)):
        return named  # "Один зі звільнених, який назвався лише Тарасом": Тарас (rules-1.274)
    if lang == "en" and ", " in phrase and (m := _EN_ADDRESS_RE.fullmatch(phrase)) is not None:
        return m.group("head")
    if lang == "de" and (m := _DE_POSSESSIVE_RE.match(phrase)) is not None:
        return phrase[m.end() :]
    if (
        lang in ("uk", "ru")
        and (m := _CYR_NEW_ROLE_RE.match(phrase))
        and role_class(rest := phrase[m.end() :])
    ):
        return rest[:1].upper() + rest[1:]  # "Нова міністерка оборони": the role, not a person "Нова" (1.176)
    if lang in ("uk", "ru") and ("посилан" in phrase or "ссылк" in phrase):
        m = _CYR_CITING_RE.search(phrase)  # a named outlet only ("региональное информагентство …" stays)
        if m is not None and _NAMED_RE.search(phrase, 0, m.start()) is not None:
            return phrase[: m.start()]
    if (
        lang == "de"
        and " als " in phrase
        and (m := _DE_AS_ROLE_RE.fullmatch(phrase)) is not None
        and m.group("head").rsplit(None, 1)[-1].lower() not in _DE_COMPARATIVES
    ):
        return m.group("head")
    if lang == "de" and " aus " in phrase and (m := _DE_FROM_PLACE_RE.fullmatch(phrase)) is not None:
        return m.group("head")
    if lang == "de" and (m := _DE_DISTANCE_RE.search(phrase)) is not None and m.start() > 0:
        return phrase[: m.start()]
    if lang in ("uk", "ru") and (m := _CYR_ONE_OF_RE.fullmatch(phrase)) is not None:
        rest = _CYR_FROM_PLACE_RE.sub("", m.group("rest").rstrip(" ,"))
        if _CYR_CAP_RE.search(rest) is not None:
            return rest
    if (
        lang in ("uk", "ru")
        and (m := _CYR_NAME_FROM_RE.fullmatch(phrase))
        and is_first_name(m.group("first"))
    ):
        return m.group("head")
    return phrase


# the first word of a relative clause's predicate: "(An engineer who) inspected the bridge", "(who) has run …"
_PREDICATE_FIRST_RE = re.compile(
    r"\s*(?:\w{3,}ed|is|was|has|had|have|runs|heads|leads|works|lives|owns|represents|manages|operates|oversees|"
    r"employs|organises|organizes|sold|built|made|bought|ran|won|led|held|kept|paid|sent|wrote|took|gave|brought|"
    r"spoke|saw|met|knew|fled|fought|heard|spent|stood|flew|drove|grew|found|lost|"  # 1.299: "spoke"; 1.343: below
    r"live|work|run|bring|sell|buy|organi[sz]e|drive|help|teach|serve|own|operate|manage|lead|supply|provide|use)\s"
)  # (rules-1.343: a plural head's present, "Volunteers who organize trips from Kyiv say …": no speaker "Kyiv")


def opens_with_predicate(left: str) -> bool:
    """The words after "who"/"which" open the relative clause's own predicate ("An engineer who inspected
    the footbridge … told …", rules-1.40; "A diplomat who spoke …", rules-1.299): the noun before "who"."""
    return _PREDICATE_FIRST_RE.match(left) is not None


# rules-1.74: a "name" opening with a region's adjective ("Badischer Imker", 1.304: "Bund Deutscher Architekten")
_DE_REGION_ADJ_RE = re.compile(r"(?:[A-ZÄÖÜ]\w{2,}ische[rn]?|Deutsche[rn]?)\s+[A-ZÄÖÜ]")
_LEADING_LOWER_RE = re.compile(r"^(?:[a-zäöü]\w*\s+)+")
# rules-1.120: a compass word opening a name of two or more capitalised words ("North Star Transit", "Western
# Power Distribution") is part of that name, not a demonym before a person's
_EN_COMPASS_NAME_RE = re.compile(
    r"(?:[^,]*,\s+)?(?:[a-z]\w*\s+)*(?P<body>(?:North|South|East|West|Northern|Southern|Eastern|Western)\s+"
    r"(?P<rest>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+)),?"
)


# rules-1.117: a body named after a descriptor that ends in a body noun ("Wildlife group Wolven in Nederland",
# "Campaign group Friends of the Earth", "the charity Save the Children"): the name keeps its small words;
# rules-1.150: also after "the" and from a year ("Supporters' group the 1884 Trust", no person "Trust")
_EN_DESCRIBED_BODY_RE = re.compile(
    r"(?:[A-Za-z][a-z'’-]+\s+){0,3}?(?:group|charity|organi[sz]ation|association|foundation|coalition|alliance|"
    r"network|union|watchdog)\s+(?:the\s+)?(?P<body>[A-Z0-9][\w'-]*(?:(?:\s+(?:of|the|in|for|and|on|against)){0,2}"
    r"\s+[A-Z][\w'-]*)+)"
)


# rules-1.205: a trade noun after one or two words ("Ferry operator", "Mobile phone company") before a name of two
# to four capitalised words: the firm's name, not a person's
_EN_TRADE_BODY_RE = re.compile(
    r"(?:[A-Za-z][a-z'’-]+\s+){1,2}?(?:operator|company|firm|carrier|supplier|provider|airline|retailer|insurer|"
    r"lender|utility|manufacturer)\s+(?P<body>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){1,3})"
)


# rules-1.122: a German body noun (a compound ending in "-gesellschaft", "-verbund", "-genossenschaft" …) right
# before the capitalised words read as a person's name heads a body's name ("Die Verkehrsgesellschaft Westfalen
# Süd", "der Verkehrsverbund Rhein-Ruhr"), not a role before a person
_DE_BODY_HEAD_NAME_RE = re.compile(
    r"(?:(?:Die|Der|Das|die|der|das|dem|den|des)\s+)?(?P<body>[A-ZÄÖÜ][a-zäöüß]+(?:gesellschaft|verbund|verband|"
    r"genossenschaft|betriebe?|werke|agentur|anstalt|kasse|kammer|bank|stiftung)\s+(?P<rest>[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)*))"
)
_BODY_NAME_RES = {"en": _EN_COMPASS_NAME_RE, "de": _DE_BODY_HEAD_NAME_RE}
# rules-1.150: a country's adjective or initials before one capitalised word that is no one's name — a sport or
# trade in "-ics"/"-ing" ("British Athletics", "Scottish Swimming") or a hyphenated compound of capitalised
# words ("UK Anti-Doping") — names a national body, not a person with a demonym ("Kenyan Kiptum" stays one)
_EN_NATIONAL_BODY_RE = re.compile(
    r"(?:[^,]*,\s+)?(?:[a-z]\w*\s+)*(?P<body>(?P<adj>[A-Z][\w.]*)\s+"
    r"(?P<rest>[A-Z][a-z]+(?:ics|ing)|[A-Z][a-z]+(?:-[A-Z][a-z]+)+|(?:Sports?|Soccer|Tennis|Rugby|Football|Hockey|"
    r"Cricket|Golf|Basketball|Volleyball|Baseball|Handball|Netball|Squash|Badminton|Triathlon|Music|Youth)\b)),?"
    r"(?:\s+which\s[^,]*,?)?"  # rules-1.173: and its relative clause ("UK Sport, which distributes …,")
)  # rules-1.173: also a sport or field named by its noun ("UK Sport", "US Soccer", "Swiss Tennis")


_HONORIFICS = frozenset(("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Prof", "Professor"))
_UK_NATIONS = frozenset(("Scotland", "England", "Wales", "Ireland", "Britain"))
_EN_NATION_BODY_RE = re.compile(
    r"(?P<head>(?:[A-Z][a-z]+\s+){1,3})(?:Scotland|England|Wales|Ireland|Britain)"
)


_BODY_BEFORE_BRACKET_RE = re.compile(r"(?:(?:the|der|die|das)\s+)?(?P<body>[^()]+?)\s*\([^()]+\)", re.I)


def body_not_person(name: str, cleaned: str, lang: str) -> str:
    """The body that ``cleaned`` names when the person ``name`` read in it is none, else "": two capitalised
    words after "&" ("Haus & Grund Sachsen", a firm's second half) or, in German, a region's adjective before
    a noun after a body word ("der Landesverband Badischer Imker"); the body's name without its article."""
    if coord := coordinated_bodies(cleaned, lang):
        return coord  # "France and Germany", "Britain, France, … and the Netherlands" (rules-1.206)
    if border_guard_key(
        name.lower()
    ):  # "der litauische Grenzschutz": a border guard, no person (rules-1.198)
        full, words = border_guard_key(cleaned.lower()), cleaned.split()
        tails = (" ".join(words[i:]) for i in range(len(words) - 1, -1, -1))
        return next(
            (t for t in tails if border_guard_key(t.lower()) == full), name
        )  # the shortest with the key
    # rules-1.198: a body's own name in brackets after it ("the Polish Border Guard (Straż Graniczna)")
    b = _BODY_BEFORE_BRACKET_RE.fullmatch(cleaned) if cleaned.endswith(f"({name})") else None
    if b is not None and (
        any(is_org_word(w) for w in b["body"].split()) or border_guard_key(b["body"].lower())
    ):
        return b["body"] + f" ({name})"
    m = _EN_DESCRIBED_BODY_RE.fullmatch(cleaned) if lang == "en" and cleaned.endswith(name) else None
    if m is not None and not is_title_token(m.group("body").split()[0]):  # not "the union President X"
        return m.group("body")
    t = _EN_TRADE_BODY_RE.fullmatch(cleaned) if lang == "en" and cleaned.endswith(name) else None
    if t is not None and not any(is_title_token(w) or is_first_name(w) for w in t["body"].split()[:1]):
        return t["body"]  # "Ferry operator Celtic Link" (rules-1.205); not "Crane operator John Miller"
    if (
        lang == "de"
        and " ohne " in cleaned
        and (w := _DE_WITHOUT_BODY_RE.search(cleaned))
        and w["body"].endswith(name)
    ):
        return w["body"]
    if (
        lang == "en"
        and (n := _EN_NATIONAL_BODY_RE.fullmatch(cleaned)) is not None
        and n["rest"] == name
        and n["adj"].lower() in DEMONYMS
    ):
        return n["body"]
    if (  # rules-1.153: "Transport Scotland", "Historic England": a body named for a nation, no person
        lang == "en"
        and name.rsplit(None, 1)[-1] in _UK_NATIONS
        and cleaned.endswith(name)
        and (nb := _EN_NATION_BODY_RE.fullmatch(cleaned)) is not None
        and not any(w in _HONORIFICS or is_first_name(w) for w in nb["head"].split())
    ):
        return cleaned
    if lang == "en" and sector_named_body(name, cleaned):  # rules-1.202: "Thames Water", "Northline Rail"
        return name
    if (
        lang == "de"
        and (t := DE_TRADE_FIRM_RE.search(cleaned + "."))
        and t.end() == len(cleaned)
        and t["name"] == name
    ):
        return de_trade_name(t)  # "der Autozulieferer Brandwell": a firm, no person (rules-1.214)
    amp = "&" in cleaned and f"& {name}" in cleaned
    region = lang == "de" and f" {name}" in cleaned and _DE_REGION_ADJ_RE.match(name) is not None
    named_body = _BODY_NAME_RES.get(
        lang
    )  # "The district's bus contractor, North Star Transit" (rules-1.120),
    if (  # "Die Verkehrsgesellschaft Westfalen Süd" (rules-1.122): a body's name, no person
        named_body is not None
        and (m := named_body.fullmatch(cleaned)) is not None
        and m["rest"] == name
        and not is_first_name(name.split()[0])
    ):
        return m["body"]
    return _LEADING_LOWER_RE.sub("", cleaned) if amp or region else ""


# rules-1.202: the last word of a utility's or a transport firm's name ("Thames Water", "Northline Rail",
# "Eastway Buses"); not "Power" (a surname: "Samantha Power")
_EN_SECTOR_WORDS = frozenset(
    (
        "Water",
        "Rail",
        "Energy",
        "Electric",
        "Gas",
        "Trains",
        "Buses",
        "Airport",
        "Ferries",
        "Telecom",
        "Motors",
    )
)


def sector_named_body(name: str, cleaned: str) -> bool:
    """An English name of two or three capitalised words that ends in a sector word and opens with no first
    name or honorific is a firm, no person ("Severnside Water said", not "Ann Water")."""
    words = name.split()
    return (
        1 < len(words) <= 3
        and words[-1] in _EN_SECTOR_WORDS
        and cleaned.endswith(name)
        and all(w[:1].isupper() for w in words)
        and not any(w in _HONORIFICS or is_first_name(w) for w in words[:-1])
    )


def en_relative_head(phrase: str) -> str:
    """The noun phrase before a relative "that"/"which" clause opened by its verb ("The estate that owns the
    hillside" → "The estate", rules-1.95), else ""."""
    m = _EN_HEAD_WHO_RE.fullmatch(phrase) if " that " in phrase or " which " in phrase else None
    return (
        m.group("head") if m is not None and m.group("rel") and opens_with_predicate(m.group("rest")) else ""
    )


# rules-1.204: a capitalised word after a Ukrainian or Russian role that is a place or body in the genitive, not a
# name: a country ("Генпрокурор Украины", "Глава Нацбанка Украины"), an acronym ("Очільник Запорізької ОВА",
# "представитель МИД Украины"), or one word in the genitive of a town ("Міська голова Одеси", "Мэр Одессы")
_CYR_ACRONYM_RE = re.compile(r"[А-ЯІЇЄҐЁ]{2,5}")
_CYR_ADJ_GEN_RE = re.compile(r"[А-ЯІЇЄҐЁ][\w’'-]+(?:ої|ого|ой|ей)")
_CYR_PLACE_HEADS = frozenset(
    ("мер", "мэр", "голова", "глава", "губернатор", "очільник", "очільниця", "градоначальник")
)
_CYR_TOWN_GEN_RE = re.compile(r"[А-ЯІЇЄҐ][а-яіїєґ’']{2,}и|[А-ЯЁ][а-яё]{2,}ы")


def cyr_role_only(sp: SpeakerPhrase, cleaned: str, lang: str) -> bool:
    """A Ukrainian or Russian phrase read as a person is a role: a nationality role ("Грузинський міністр",
    ``roles.cyr_nat_role``, rules-1.148), or its "name" is a place or body in the genitive (above)."""
    kind, name, role = sp.kind, sp.name, sp.role
    if cyr_nat_role(kind, cleaned, name):
        return True
    if kind != "person" or lang not in ("uk", "ru") or not name:
        return False
    words = name.split()
    if len(words) > 1:  # "Запорізької ОВА": an acronym after an adjective in the genitive
        adj = _CYR_ADJ_GEN_RE.fullmatch(words[-2]) and _CYR_ACRONYM_RE.fullmatch(words[-1])
        return is_cyr_gen_place(words[-1]) or adj is not None
    if not role:
        return False
    head = (role.lower().split() or [""])[-1] in _CYR_PLACE_HEADS
    town = head and _CYR_TOWN_GEN_RE.fullmatch(words[0]) is not None
    return town or is_cyr_gen_place(words[0]) or _CYR_ACRONYM_RE.fullmatch(words[0]) is not None


# rules-1.214: "Kettler-Agrar, one of Germany's largest makers of tractors,": a name described as one of several
# firms of a trade (a plural trade noun after "one of") is that firm, not a person
_ONE_OF_TRADE_RE = re.compile(
    r"one\s+of\s+(?:the\s+|[A-Z][\w-]*(?:'s|’s)\s+)?(?:[a-z][\w-]*\s+){0,3}?(?P<head>[a-z]+)s(?:\s+(?:of|in)\s.*)?"
)
_TRADE_NOUNS = frozenset(
    "maker manufacturer producer supplier provider operator retailer exporter importer distributor carrier "
    "airline insurer lender utility firm company developer builder brewer".split()
)


def firm_before_one_of(kept: list[str], lang: str) -> str:
    """The name opening ``kept`` when the apposition after it is "one of …'s largest makers of …" (a plural
    trade noun); "" otherwise, and when the name starts with a given name or a title ("Anna Weber, one of the
    best-known makers of violins": a person)."""
    if lang != "en" or len(kept) != 2:
        return ""
    name, desc = kept[0].strip(" ,"), kept[1].strip(" ,")
    m = _ONE_OF_TRADE_RE.fullmatch(desc)
    if m is None or m["head"] not in _TRADE_NOUNS:
        return ""
    toks = name.split()
    if not toks or len(toks) > 4 or not all(t[:1].isupper() for t in toks):
        return ""
    if is_first_name(toks[0].split("-")[0]) or is_title_token(toks[0]):
        return ""
    return name
