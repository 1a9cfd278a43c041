"""Bodies named before a position in the text: the organisation that "it said" or "hieß es" stands for
("The Interior Ministry … it said"), the body in the locative that "Там" stands for ("В администрации
района …"), and the company named in quote marks after a company-like noun ("авиакомпания «Сибавиа»")."""

from __future__ import annotations

import re

from ingest.extract.lexicon import words as _w
from ingest.extract.speakers import analyze_np, is_org_word

ORG_NOUNS = (
    r"компани\w*|компані\w*|авиакомпани\w*|авіакомпані\w*|перевозчик\w*|перевізник\w*|концерн\w*|холдинг\w*|"
    r"корпораци\w*|корпораці\w*|госкорпораци\w*|держкорпораці\w*|банк\w*|агентств\w*|фирм\w*|фірм\w*|оператор\w*|завод\w*|предприяти\w*|"
    r"підприємств\w*|компанией|group|company|firm|carrier|airline|lender|operator|konzern\w*|unternehmen\w*|"
    r"firma|fluggesellschaft|airline|hersteller\w*|zulieferer\w*|betreiber\w*"
)
_ORG_MENTION_RE = re.compile(
    r"\b(?:[Tt]he\s+)?(?:[A-Z][\w’'\-]*\s+){0,4}(?:Ministry|Office|Agency|Council|Commission|Service|Company|"
    r"Bank|Army|Command|Committee|Government|Kremlin|Pentagon|Department|Authority|Directorate|Police|Court)"
    r"|\b[Tt]he\s+(?:agency|ministry|company|council|commission|committee|government|department|regulator|"
    r"union|operator|firm|bank|court|authority|club|board|(?:con)?federation|association|league|charity|trust)\b"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s*){1,3})?"
)
# "Das russische Verteidigungsministerium", "die Behörde", "der Koordinierungsstab"
_DE_BODY_NOUNS = (
    "ministerium|amt|behörde|regierung|verband|kommission|polizei|stab|gericht|dienst|agentur|büro|rat|konzern|"
    "gewerkschaft|staatsanwaltschaft|verwaltung|werke|feuerwehr|klinik|klinikum|bahn|unternehmen|institut|partei|"
    "fraktion|klub|verein|kammer|"
    "initiative|stiftung|genossenschaft|vereinigung|bündnis|netzwerk|verbund|bund|gemeinde|landkreis|leitung|führung|"
    "pfarrei|firma|"  # rules-1.80
    "rechnungshof|gerichtshof"  # rules-1.325: "Der Bundesrechnungshof …. …, heißt es darin."
)  # (rules-1.34: also alone, "Die Staatsanwaltschaft", "Der Verband"; rules-1.60: "-kammer", "Die Kammer"; rules-1.78:
# the federations, foundations and initiatives of lexicon's body heads, "Die Verbraucherinitiative …")
DE_ORG_MENTION_RE = re.compile(
    rf"\b(?:[Dd](?:as|er|ie)\s+)?(?:[a-zäöü][\w-]+\s+){{0,2}}(?:[A-ZÄÖÜ][\w-]*(?:{_DE_BODY_NOUNS})|"
    rf"(?:{_DE_BODY_NOUNS.title()}))\b"
    r"|\b[Dd](?:er|ie|as)\s+(?:[A-ZÄÖÜ][a-zäöüß]+e[nrs]?\s+)?(?:Vorstand|Aufsichtsrat|Konzern|Polizei|Stadt|"  # 1.30
    r"Gemeinde|Verwaltung|Unternehmen|Bahn|Post|Bank|Kommission|Regierung)\b"  # "die Deutsche Bahn" (1.31)
    # rules-1.197: an embassy ("Die russische Botschaft in Warschau", "die US-Botschaft"; not "eine
    # klare Botschaft", a message, nor "Videobotschaft")
    r"|\b(?:[Dd]ie\s+)?(?:[a-zäöü]+e\s+)?Botschaft\s+(?:in|im)\s+(?!Richtung)[A-ZÄÖÜ][\w-]+"
    r"|\b(?:[Dd]ie\s+)?[A-ZÄÖÜ][\w]*-Botschaft\b"
    # rules-1.314: a country's adjective alone before it ("Die russische Botschaft wies … zurück"), not a message's
    r"|\b[Dd]ie\s+(?!(?:politisch|symbolisch|ethisch|praktisch|kritisch|optimistisch|pessimistisch|realistisch|"
    r"zynisch|typisch|historisch|strategisch|diplomatisch|militärisch|ökonomisch|klassisch|dramatisch|"
    r"apokalyptisch|positiv|negativ)e\s)(?:[a-zäöü]{3,}isch|deutsch)e\s+Botschaft\b"
)
_QUOTED_NAME_RE = re.compile(r"[«„“\"](?P<name>[^»“”\"\n]{2,40})[»“”\"]")
_ORG_NOUN_BEFORE_RE = re.compile(rf"(?i:{ORG_NOUNS})\s+$")


def org_before(text: str, lang: str, ref: int, window: int = 400) -> str:
    """The last organisation named in the ``window`` characters before ``ref``."""
    best = ""
    for m in (DE_ORG_MENTION_RE if lang == "de" else _ORG_MENTION_RE).finditer(
        text, max(0, ref - window), ref
    ):
        if lang == "de" and _DE_HOLDS_DOC_RE.match(text, m.end()) is not None:
            continue  # "ein Bericht, der der Deutschen Presse-Agentur vorliegt": the agency holds it (rules-1.325)
        if lang == "de" and m.group().endswith(_DE_DUTY_NOUNS) and _duty(text, m.end()):
            continue  # "vom Dienst suspendiert", "im Amt": a post, no body (rules-1.411)
        sp = analyze_np(m.group(), lang)
        if sp.kind == "organisation":
            best = sp.org or sp.text
    return best


_DE_HOLDS_DOC_RE = re.compile(r"\s+vor(?:liegt|liegen|lag|lagen)\b")
# rules-1.411 (blind batch IDS28): "Dienst" and "Amt" after "vom", "im", "zum", "außer", "ins" are a post or duty
# ("der Manager sei vom Dienst suspendiert worden", "seit zwei Jahren im Amt"), not a body; "Das Amt teilte mit" is one
_DE_DUTY_NOUNS = (" Dienst", " Amt")
_DE_DUTY_BEFORE_RE = re.compile(r"\b(?:vom|im|zum|außer|ins|aus\s+dem)\s+(?:Dienst|Amt)$")


def _duty(text: str, end: int) -> bool:
    """A German "Dienst"/"Amt" ending at ``end`` follows a preposition of a post ("vom Dienst"), rules-1.411."""
    return _DE_DUTY_BEFORE_RE.search(text, max(0, end - 20), end) is not None


# rules-1.184: a body as a German sentence's subject ("Das UN-Flüchtlingshilfswerk UNHCR bittet …"), a name the
# body nouns above miss, for a document named after a statement with no author ("…, heißt es in dem Aufruf.")
_DE_SUBJECT_ORG_RE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Das|Der|Die)\s+(?P<np>[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,3})\s+(?=[a-zäöüß])"
)


def subject_org_before(text: str, lang: str, ref: int, window: int = 400) -> str:
    """The last organisation that opens a German sentence in the ``window`` before ``ref``, or ""."""
    if lang != "de":
        return ""
    best = ""
    for m in _DE_SUBJECT_ORG_RE.finditer(text, max(0, ref - window), ref):
        sp = analyze_np(m.group("np"), lang)
        if sp.kind == "organisation":
            best = sp.org or sp.text
    return best


def body_before(text: str, lang: str, ref: int) -> str:
    """The body a document with no author stands for: org_before, else (German) subject_org_before."""
    return org_before(text, lang, ref) or subject_org_before(text, lang, ref)


# rules-1.120: words that refer back to a body named before ("Die Bahn …, hieß es aus dem Konzern.")
_DE_BACK_REFERENCES = frozenset(
    _w("konzern unternehmen haus firma behörde ministerium verband verein klub club amt partei kreis umfeld")
)


# rules-1.156: a firm's word does not refer back to a public body ("Das Innenministerium …. …, hieß es aus dem
# Unternehmen." names the maker, not the ministry)
_DE_FIRM_WORDS = frozenset(_w("konzern unternehmen firma"))
_DE_PUBLIC_BODY_RE = re.compile(
    r"(?i)ministerium|amt\b|ämter|behörde|stadt\b|gemeinde|gericht|polizei|regierung|landtag|bundestag|senat\b"
)


def not_named_before(src: str, before: str) -> bool:
    """Whether "…, hieß es aus <src>." names a source other than the body ``before`` named last: none was
    named, or ``src`` is neither part of its name nor a word that refers back to it ("dem Konzern"), or a
    firm's word when that body is a public one."""
    low = src.lower()
    if before and low in _DE_FIRM_WORDS and _DE_PUBLIC_BODY_RE.search(before) is not None:
        return True
    return not before or (low not in before.lower() and low not in _DE_BACK_REFERENCES)


# A body in the locative at a clause start ("В администрации района …", "У пресслужбі ОВА …"), also after
# an adjective ("В районной администрации", rules-1.78).
_CYR_LOC_BODY_RE = re.compile(
    r"(?:^|(?<=[\s.,]))[ВвУу]\s+(?P<org>(?P<adj>[А-ЯІЇЄҐЁа-яіїєґё][а-яіїєґё'’-]{2,}(?:ой|ей|ом|ем|ій|ім|ому|ему)\s+)?"
    r"[а-яіїєґёА-ЯІЇЄҐЁ«»\"'’-]+(?:\s+[А-ЯІЇЄҐЁ«»\"][\w«»\"'’-]*)*"
    r"(?:\s+(?![а-яіїєґё'’-]*(?:ли|ла|ло)(?![\w'’-]))[а-яіїєґё'’-]+(?:а|я|ы|и|у|ого|его|ой|ей|ов|ев|ів|ії)(?![\w'’-])"
    r"|\s+[а-яіїєґё'’-]+[»\"]"  # rules-1.78: whole words, or the end of a name in quotes
    r"|\s+«[^«»\n]{1,40}»"  # rules-1.283: a name in quotes after the noun ("пресслужбі компанії «X»")
    r"|\s+[а-яіїєґ'’-]{3,}ої\s+[а-яіїєґ'’-]{3,}"  # rules-1.276: a feminine genitive ("національної пам'яті")
    # rules-1.173: a remit ("Міністерстві у справах ветеранів", "Комитете по делам молодёжи")
    r"|\s+(?:у|в|з|із|по)\s+(?:справах|делам|питань|вопросам)(?:\s+(?![а-яіїєґё'’-]*(?:ли|ла|ло)(?![\w'’-]))"
    r"[а-яіїєґё'’-]+(?:ів|ов|ев|ей|их|ых|ії|ї|и|ы|а|я|і)"
    r"(?![\w'’-])){1,2}){0,2})"
)
_CYR_DEMONSTRATIVES = frozenset(_w("эти этот эта это эту ці цей ця це цю его её их його її"))
# rules-1.276: the object of the body's reaction before its verb ("В інституті рішення привітали. Там …")
_CYR_PREPS = frozenset(("на", "по", "з", "із", "від", "от", "в", "у", "за"))
_CYR_REACTION_OBJECTS = frozenset(
    _w("рішення питання звернення ініціативу інформацію заяву ідею пропозицію новину ситуацію ухвалу")
    + _w("инициативу информацию идею ситуацию новость заявление решение предложение")
)


def locative_body_before(text: str, ref: int, window: int = 300) -> str:
    """The last body named in the locative ("В администрации района") in the ``window`` characters
    before ``ref``: what "Там"/"Тут" stands for."""
    best = ""
    for m in _CYR_LOC_BODY_RE.finditer(text, max(0, ref - window), ref):
        org = m.group("org")
        words = org.split()
        while (
            len(words) > 1
            and (
                words[-1].lower() in _CYR_DEMONSTRATIVES
                or words[-1] in _CYR_REACTION_OBJECTS
                or words[-1] in _CYR_PREPS
            )
        ):  # ("в компании эти данные", rules-1.276: "в інституті рішення"; 1.282: "у компанії ДТЕК на (запит)")
            words = words[:-1]
            org = " ".join(words)
        words = org.split()
        # rules-1.78: the noun after an adjective is the body word ("В районной администрации")
        head = words[1] if m.group("adj") and len(words) > 1 else (words[0] if words else "")
        if head and is_org_word(head.strip('«»"')):
            best = org
    return best


def named_org(text: str, ref: int) -> str:
    """The last organisation named as "<company-like noun> «Name»" before ``ref`` (or the first one)."""
    found = [
        (m.start(), m.group("name"))
        for m in _QUOTED_NAME_RE.finditer(text)
        if _ORG_NOUN_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
    ]
    before = [n for p, n in found if p < ref]
    return before[-1] if before else (found[0][1] if found else "")


# rules-1.80: a document of a body ("aus der Antwort der Verwaltung auf …", "im Bericht des Landesrechnungshofs")
_DE_DOC_OF_RE = re.compile(
    r"\b(?:Antwort|Bericht|Mitteilung|Erklärung|Stellungnahme|Studie|Vorlage|Schreiben|Brief|Gutachten|Analyse|"
    r"Auswertung|Papier|Entwurf)\w*\s+(?:der|des)\s+(?P<np>(?:[a-zäöü][\w-]+e[nrs]?\s+)?[A-ZÄÖÜ][\w-]*"
    r"(?:\s+[A-ZÄÖÜ][\w-]*){0,3})"
)


def doc_author_before(text: str, ref: int, window: int = 400) -> str:
    """The body whose document was named last in the ``window`` characters before ``ref`` (German): what
    "darin" stands for in "…, heißt es darin." ("Das geht aus der Antwort der Verwaltung … hervor.")."""
    best = ""
    for m in _DE_DOC_OF_RE.finditer(text, max(0, ref - window), ref):
        sp = analyze_np(m.group("np"), "de")
        if sp.kind == "organisation":
            best = sp.org or sp.text
    return best
