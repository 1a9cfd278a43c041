"""The German noun phrase after a frame word ("Laut der Polizei wurden …", "Nach Angaben des Bundesamts für
Sicherheit in der Informationstechnik (BSI) wurden …"): where the source ends and the statement begins."""

from __future__ import annotations

import re

from ingest.extract.appositions_de import DE_FINITE, role_apposition_end
from ingest.extract.cues import Token, tokens
from ingest.extract.forward import parse_forward
from ingest.extract.lexicon import words as _w
from ingest.extract.lexicon_de import DE_AUS_SICHT, DE_DOC_ATTRIBUTE, DE_HABEN, DE_SEIN, DE_TAIL_RE, DE_WERDEN
from ingest.extract.lexicon_people import TITLE_ABBREVIATIONS
from ingest.extract.lexicon_slavic import SLAVIC_DAY_TAIL, SLAVIC_DOC_NOUNS, SLAVIC_DOC_PASSIVES
from ingest.extract.plausible import plausible_speaker
from ingest.extract.speakers import SpeakerPhrase, analyze_np, is_cap

# rules-1.67: figures as a source's words ("Nach ihren Zahlen hat sich …", "nach seinen Berechnungen")
_DE_PRON_FIGURES = "Zahlen|Daten|Berechnungen|Erkenntnissen|Informationen"
# "Nach seinen Angaben …", "Ihren Worten zufolge …": a pronoun source
DE_PRON_FRAME_RE = re.compile(
    r"^(?:(?:Aber|Doch|Und|Auch)\s+)?(?:Nach\s+(?:(?P<p1>seinen|ihren)\s+"
    rf"(?:Angaben|Worten|Einschätzung|Darstellung|{_DE_PRON_FIGURES})"
    r"|(?P<p3>seiner|ihrer)\s+(?:Einschätzung|Darstellung|Ansicht|Auffassung|Meinung|Schätzung))"
    r"|(?P<p2>Seinen|Ihren)\s+(?:Angaben|Worten)\s+(?:zufolge|nach)|(?P<p4>Ihm|Ihr)\s+zufolge),?\s+"  # p4: 1.462
)
# the source after the statement: "…, so der Sprecher.", "…, sagte X." (de)
DE_SO_RE = re.compile(
    r",\s+(?:so|sagte|erklärte|betonte|meinte)\s+(?P<np>(?:(?:der|die|das)\s+)?(?:\w+\s+){0,3}\w+)\s*[.!]?$"
    # rules-1.25: a longer phrase, "so der Sprecher der Bewegung X, Ehsanullah Ehsan.", "so Celebi, die …"
    r"|,\s+so\s+(?P<np2>(?:der|die|das|ein|eine)\s[^.!?;„“\"]{3,160}?|[A-ZÄÖÜ][^.!?;„“\"]{2,160}?)\s*[.!]?$"
)


def so_cue(found: str) -> str:
    """The cue word of a ``DE_SO_RE`` match: "sagte" for ", sagte sie.", "so" for ", so X.". The verb's
    number tells "sie" (she) from "sie" (they) when the pronoun is resolved (rules-1.36)."""
    return found.lstrip(", \t\n").split(None, 1)[0]


_DE_NAME_MARKS = frozenset('„“”"»«')
_DE_NP_LINKS = frozenset(_w("des der dem den die das von vom aus einem einer eines eine ein und zur zum"))


# Leading German frames ("Nach Angaben des Ministeriums …", "Laut X …", "X zufolge …"), read in frames.py
DE_FRAME_RE = re.compile(
    rf"^(?:(?:Aber|Doch|Und|Auch)\s+)?(?P<frame>Laut|Gemäß|Gemäss|{DE_AUS_SICHT}|Nach\s+(?:(?!eigenen\s)[a-zäöüß]+\s+){{0,2}}(?:Angaben|Ansicht|"
    r"Worten|Einschätzung|Darstellung|Informationen|Aussagen?|Auskunft|Schätzungen|Berechnungen|Erkenntnissen|Schätzung(?=\s+(?:des|der|von)\s)|"
    r"einem\s+(?:[a-zäöüß]+\s+)?Bericht|Berichten|Meldungen|einer\s+(?:[a-zäöüß]+\s+)?(?:Studie|Umfrage|Untersuchung|Analyse|Prognose|Schätzung|Erhebung|"
    r"Statistik|Auswertung|Mitteilung|Hochrechnung)|(?:Zahlen|Daten)(?=\s+(?:des|der|von)\s)))\s+"
)  # rules-1.34: adjectives ("Nach offiziellen Angaben"), studies ("Nach einer Umfrage des Instituts X"); 1.140: Schätzung
# rules-1.71: figures ("Nach Zahlen des Statistischen Bundesamts ist …", "Nach neuen Daten der Agentur …")
# rules-1.107: an adjective after the article ("Nach einer ersten Schätzung des Verbands sind …")
# "Wie ein Sprecher der IG Metall sagte, will …" / "Wie das Ministerium mitteilte, …"
# the subject may hold a name in apposition: ", wie Alan Stern, Direktor des Missionsrats, betont." (1.36)
DE_WIE_END_RE = re.compile(
    r",\s+wie\s+(?P<np>[^,]{2,80}?(?:,\s[^,]{2,80}?,?)?)\s+(?P<cue>\w+)(?:\s+(?:mit|an|hinzu))?\s*[.!]?$"
)
# A time or place adjunct after the subject of a "wie X mitteilte" clause ("am Montag", "in Berlin",
# "auf Anfrage", "unter Berufung auf …").
DE_NP_ADJUNCT_RE = re.compile(r"\s+(?:am|im|in|auf|bei|unter|nach|gegenüber|vor|seit|am)\s")
DE_WIE_RE = re.compile(  # rules-1.63: "Wie das Ministerium bekannt gab, …"; 1.276: "unter Berufung auf …"
    r"^Wie\s+(?P<np>[^,]{2,80}?)(?:\s+unter\s+Berufung\s+auf\s+(?P<cited>[^,]{2,90}?))?\s+(?:(?P<known>bekannt\s+"
    r"(?:gab|gaben|gibt|gegeben\s+hat))|(?P<cue>\w+)(?:\s+(?:mit|an|hinzu))?)\s*,\s*"
)
# rules-1.409: a body or official the outlet names by the definite article ("Wie die Agentur Interfax unter Berufung
# auf das Finanzministerium meldete, …") is the source; vague sources ("auf Kreise", "auf eine Umfrage") leave the outlet
_DE_CITED_RE = re.compile(
    r"(?:das|den|die|dem)\s+(?:[a-zäöü]\w*\s+)?(?!\w*(?:[Kk]reise|[Qq]uellen|Angaben)\b)[A-ZÄÖÜ]\w*(?:\s.*)?"
)


def de_wie_group(w: re.Match[str]) -> str:
    """The group of a ``DE_WIE_RE`` match that holds the source: "cited" for a definite body cited, else "np"."""
    cited = w.group("cited")
    return "cited" if cited is not None and _DE_CITED_RE.fullmatch(cited) is not None else "np"


# German "laut X" / "nach Einschätzung X" inside the sentence: "Die Ernte wird nach Einschätzung des
# Verbands kleiner ausfallen", "Die Preise liegen laut Verband bei …" (the whole sentence, by X).
DE_MID_FRAME_RE = re.compile(
    r"\s(?:laut|gemäß|gemäss|nach\s+(?:Angaben|Ansicht|Einschätzung|Darstellung|Auffassung|Informationen|Aussagen?|Auskunft"
    r"|(?:[a-zäöü]\w+en\s+)?(?:Schätzung(?:en)?|Berechnungen|Erkenntnissen)(?=\s+(?:des|der|von)\s)))"  # rules-1.49: "… nach Berechnungen des X …"
    r"\s+(?=\S)"
)
# rules-1.48: a pronoun source inside the sentence: "Bis 2030 sollen nach seinen Worten 4000 Wohnungen
# entstehen", "Die Kosten seien ihren Angaben zufolge gestiegen" (the whole sentence, by the pronoun's referent)
_DE_PRON_MID_RE = re.compile(
    rf"\s(?:nach\s+(?P<p1>seinen|ihren)\s+(?:Angaben|Worten|Aussagen|{_DE_PRON_FIGURES})|(?P<p2>seinen|ihren)\s+"
    r"(?:Angaben|Worten)\s+"
    r"zufolge)(?=[\s,.;])"
)


def de_pron_mid_frame(stext: str) -> tuple[SpeakerPhrase, int] | None:
    """The pronoun of a frame inside the sentence and the frame's offset in ``stext``, or None."""
    m = _DE_PRON_MID_RE.search(stext)  # (1.289: not before "…, teilte das Institut mit", the source named)
    if m is None or (", " in stext[m.end() :] and DE_TAIL_RE.search(stext, m.end()) is not None):
        return None
    male = (m.group("p1") or m.group("p2")).startswith("sein")
    return SpeakerPhrase("er" if male else "sie", "pronoun", gender="m" if male else "f"), m.start()


# a relative clause that opens with the frame: "…, in der nach Angaben der X etwa 600 Tonnen lagerten" (rules-1.15)
DE_REL_BEFORE_RE = re.compile(r",\s+(?:(?:in|an|auf|bei|mit|aus)\s+)?(?:der|dem|denen|die|das|den|wo)$")
# a relative clause after a leading frame's source: "Nach Angaben des Amts, die … wurden, liegt …" (rules-1.34)
DE_REL_AFTER_RE = re.compile(r"[ \t]*(?:der|die|das|den|dem|denen|deren|dessen)[ \t][^,.;]{1,120},[ \t]*")


# a place after the source of a leading frame, before the finite verb ("… des Ministeriums in Kiew hat …")
DE_SOURCE_PLACE_RE = re.compile(r"[ \t]*(?:in|aus)[ \t]+[A-ZÄÖÜ][\w-]+(?=[ \t]+[a-zäöüß])")


DE_ZUFOLGE_RE = re.compile(
    r"^(?P<np>[^,.]{3,80}?)\s+(?:zufolge|(?<=[a-zäöü]s\sAngaben\s)nach|(?<=[a-zäöü]s\sWorten\s)nach)\s+"
)


def _suspended_hyphen(toks: list[Token], k: int) -> bool:
    """The hyphen of a shortened compound before "und"/"oder" ("des Städte- und Gemeindebundes",
    "der Sport- oder Freizeitbäder"): the name goes on (rules-1.54)."""
    return (
        toks[k].group() == "-"
        and k > 0
        and toks[k - 1].end() == toks[k].start()
        and k + 2 < len(toks)
        and toks[k + 1].group() in ("und", "oder")
        and is_cap(toks[k + 2].group())
    )


_DE_NEW_NP = frozenset(("die", "das", "den", "dem", "ein", "eine", "einen", "einem"))


_WEB_NAME_RE = re.compile(
    r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?=[“”\"»])"
)  # a web address in quote marks (1.134)


def de_np(text: str, start: int, end: int) -> tuple[str, int]:
    """German NP after "Laut"/"Nach Angaben": capitalised words, articles, "von", adjectives before a
    noun; ends at the verb of the V2 clause ("Laut der Polizei wurden …"). A body's name goes on after
    "für" ("des Instituts für Ostseeforschung in Warnemünde") and ends with an acronym in brackets, which
    is left out of the source (rules-1.13)."""
    toks = tokens(text, start, min(end, start + 200))
    k, paren = 0, -9
    while k < len(toks):
        w = toks[k].group()
        if w == ",":
            if k > 0 and (n := _name_in_apposition(toks, k)) > 0:
                return text[start : toks[n - 1].end()], toks[
                    n
                ].end()  # "des Sprechers …, Roland Eichhorn," (1.36)
            if (r := role_apposition_end(toks, k)) > 0:  # "Nach Angaben von X, einem Manager der Firma, …"
                return text[start : toks[k].start()], toks[r].end()  # (rules-1.83)
            return text[start : toks[k].start()], toks[k].end()
        if w in _DE_NAME_MARKS and (k > 0 or (len(toks) > 1 and is_cap(toks[1].group()))):
            k += 1  # "Nach Informationen der „Harzer Rundschau“ war …", "Laut „Sky Sport“ …" (rules-1.46)
            if k < len(toks) and (web := _WEB_NAME_RE.match(text, toks[k].start())):
                k = next(
                    i for i in range(k, len(toks)) if toks[i].start() >= web.end()
                )  # „icelandreview.com“
            continue
        nxt = toks[k + 1].group() if k + 1 < len(toks) else ""
        if w == "." and k > 0 and toks[k - 1].group() in TITLE_ABBREVIATIONS and is_cap(nxt):
            k += 1  # "Laut BDA-Hauptgeschäftsführer Dr. Konrad Seiffert würde …": a title's dot (rules-1.437)
            continue
        if w in _DE_NEW_NP and k > 1 and is_cap(toks[k - 1].group()):
            break  # "nach Einschätzung des Umweltbundesamtes die Luftqualität …": a new NP, no genitive (1.61)
        if w == "(" and _acronym_in_brackets(toks, k):
            paren, k = k, k + 3  # "(BSI)"
            break
        if (
            is_cap(w)
            or w in _DE_NP_LINKS
            or (
                w.isalpha()
                and w.endswith(("e", "en", "em", "er", "es"))
                and is_cap(nxt)
                and w not in _DE_COUNTS
                and w not in _DE_FINITE_VERBS  # "Nach Angaben der Polizei habe Strauss-Kahn …" (rules-1.39)
                and not _finite_after_noun(toks, k)
            )
            or w == "für"
            or (w in ("in", "im") and "für" in text[start : toks[k].start()])
            or _suspended_hyphen(toks, k)
            or (w == "&" and k > 0 and is_cap(toks[k - 1].group()) and is_cap(nxt))  # "Haus & Grund" (1.74)
        ):
            k += 1
            continue
        break
    if k == 0 or k >= len(toks) or _DE_OWN_OUTLET_RE.match(text, start):
        return "", end  # "Nach Informationen dieser Zeitung": the outlet's own reporting, no source (1.30)
    return text[start : toks[paren - 1 if paren == k - 3 else k - 1].end()], toks[k].start()


def _finite_after_noun(toks: list[Token], k: int) -> bool:
    """``toks[k]`` (lower case, in -en or in -te: "Laut Polizei setzte X", 1.274) after a noun that is not an article
    or a link is the V2 verb, no adjective ("Laut Verband leben …", not "Nach Angaben des zuständigen …") (1.82)."""
    prev = toks[k - 1].group() if k > 0 else ""
    return toks[k].group().endswith(_FIN) and is_cap(prev) and prev not in _DE_NP_LINKS and prev.isalpha()


def _name_in_apposition(toks: list[Token], k: int) -> int:
    """After the comma at ``k``: two or three capitalised words that name a person, and a closing comma;
    the index of that comma, else 0."""
    j = k + 1
    while j < min(k + 4, len(toks)) and is_cap(toks[j].group()) and toks[j].group().isalpha():
        j += 1
    if not (k + 3 <= j < len(toks) and toks[j].group() == ","):
        return 0
    sp = analyze_np(" ".join(t.group() for t in toks[k + 1 : j]), "de")
    return j if sp.kind == "person" and " " in sp.name else 0


def name_apposition_after(text: str, pos: int, end: int) -> tuple[str, int]:
    """A name in apposition at ``pos`` (", Roland Eichhorn,") after a frame's source: (the name, the end
    of its closing comma), else ("", pos) (rules-1.36)."""
    if text[pos : pos + 1] != "," and text[pos - 1 : pos] != ",":
        return "", pos
    at = pos if text[pos : pos + 1] == "," else pos - 1
    toks = tokens(text, at, min(end, at + 80))
    n = _name_in_apposition(toks, 0) if toks else 0
    return (text[toks[1].start() : toks[n - 1].end()], toks[n].end()) if n else ("", pos)


# a count after the source is the clause's subject ("nach Angaben von AFP und Reuters vier Menschen …", 1.29)
_DE_FINITE_VERBS = DE_FINITE
_FIN = ("en", "te")  # the endings of a finite verb after the frame's noun (rules-1.274)
_DE_COUNTS = frozenset(_w("vier sieben neun zehn elf zwölf mehrere einige viele wenige etliche zahlreiche"))
_DE_OWN_OUTLET_RE = re.compile(r"(?:dieser|unserer)\s+(?:Zeitung|Redaktion)\b")


def _acronym_in_brackets(toks: list[Token], k: int) -> bool:
    nxt = toks[k + 1].group() if k + 1 < len(toks) else ""
    return k + 2 < len(toks) and toks[k + 2].group() == ")" and nxt[:1].isupper() and len(nxt) < 9


# "des zuständigen Beschaffungschefs", "eines leitenden Ermittlers": a role in the genitive (rules-1.20)
_DE_GEN_ROLE_RE = re.compile(r"(?:des|eines)\s+(?:[a-zäöüß]+en\s+)*([A-ZÄÖÜ][\w-]+?)e?s")


def de_genitive_role(np_text: str) -> str:
    """The nominative of a genitive role phrase after a frame ("nach Angaben des zuständigen
    Beschaffungschefs" → "Beschaffungschef"), else ""."""
    g = _DE_GEN_ROLE_RE.fullmatch(np_text)
    if g is None:
        return ""
    return g.group(1) if analyze_np("der " + g.group(1), "de").kind == "role" else ""


# "«…», – йдеться в повідомленні." / "…, hieß es in der Begründung.": a document named after a statement
# without its author (the body spoken of before; German: rules-1.22)
_BARE_DOC_AFTER_RE = re.compile(
    rf"[,\s—–-]*(?:йдеться|говориться|говорится|сказано|зазначено|отмечается|{SLAVIC_DOC_PASSIVES})\s+(?:у|в)\s+"
    r"(?P<adj>[а-яіїєґ'’]{3,}(?:ій|ому|ім|ом|ой|ем)\s+)?"  # rules-1.35: "у спільній заяві", "в совместном …"
    rf"(?P<doc>(?:{'|'.join(SLAVIC_DOC_NOUNS)})\w*)"
    rf"(?:\s+на\s+(?:запрос|запит|вопрос|питання)\s+[^.!?\n]{{1,60}}?)?{SLAVIC_DAY_TAIL}\s*[.!?]"  # 1.124, 1.309
)
_DE_BARE_DOC_AFTER_RE = re.compile(
    r"[,\s]*(?:heißt|hieß)\s+es\s+(?:weiter\s+)?(?:in\s+(?:der|einer|dem|einem|ihrem|ihrer|seinem|seiner)|im)\s+"
    rf"{DE_DOC_ATTRIBUTE}(?P<doc>[\wäöüß]*"  # rules-1.93: a possessive ("in ihrem Aufruf": the author named before)
    r"(?:[Bb]egründung|[Ee]rklärung|[Mm]itteilung|[Ss]tellungnahme|[Uu]rteil|[Bb]eschluss|[Ss]chreiben|[Aa]ufruf"
    r"|[Bb]ericht|[Ss]tudie|[Gg]utachten|[Aa]nalyse"  # Bericht … im: rules-1.30
    r"|[Vv]orlage|[Ee]ntwurf|[Pp]apier))(?:,\s+(?:das|der|die)\s[^,.!?„“]{1,80})?\s*[.!?]"  # 1.54; 1.197: ", das … vorliegt"
)


def bare_doc_after(text: str, start: int, end: int, lang: str) -> re.Match[str] | None:
    """The match of a document named without its author right after a statement (group "doc"), or None."""
    if lang != "de":
        return _BARE_DOC_AFTER_RE.match(text, start, end)
    seg = text[start:end]
    if "es in" in seg or "es im" in seg or "es weiter in" in seg:  # rules-1.93: "…, heißt es weiter in der …"
        return _DE_BARE_DOC_AFTER_RE.match(text, start, end)
    return None


# "nach Polizeiangaben", "Nach Behördenangaben …": the source inside the compound (rules-1.25)
_DE_COMPOUND_FRAME_RE = re.compile(
    r"(?:^|(?<=\s))(?:(?:Aber|Doch|Und|Auch)\s+)?[Nn]ach\s+(?P<src>[A-ZÄÖÜ][a-zäöüß]{3,}?)(?:angaben|informationen|berichten)\b,?\s*"
)


_DE_SUBORDINATORS = frozenset(
    "der die das dem den des deren dessen welche welcher welches wo wie dass weil ob wenn als da nachdem obwohl "
    "während und oder aber".split()
)


def compound_frame(stext: str, s: int) -> tuple[str, int, int, tuple[int, int] | None] | None:
    """(source, statement start, statement end, frame gap) for "nach Polizeiangaben" in the German
    sentence ``stext`` at ``s``: "Polizei", "Regierung" ("Regierungsangaben", without the linking s),
    "Behörden". A leading frame opens the statement; inside the sentence the statement is the clause
    (between semicolons) that holds it, without the frame."""
    m = _DE_COMPOUND_FRAME_RE.search(stext)
    if m is None:
        return None
    src = m.group("src")
    if src.endswith("s") and src[:-1].endswith(
        ("ung", "heit", "keit", "schaft", "tion", "tät", "ment", "ium", "en")
    ):
        src = src[:-1]
    if m.start() == 0:
        return src, s + m.end(), s + len(stext), None
    semi = stext.rfind(";", 0, m.start())
    start = semi + 1 if semi != -1 else 0
    comma = stext.rfind(", ", start, m.start())
    if (
        comma != -1
        and len(lead := stext[comma + 2 : m.start()].split()) >= 3
        and lead[0] not in _DE_SUBORDINATORS
    ):
        start = comma + 2  # "…, im vergangenen Sommer kamen nach Veranstalterangaben …": a clause of its own
    while start < len(stext) and stext[start] == " ":
        start += 1
    end = stext.find(";", m.end())
    end = len(stext) if end == -1 else end
    if start == m.start():
        return src, s + m.end(), s + end, None
    return src, s + start, s + end, (s + len(stext[: m.start()].rstrip()), s + m.end())


# What stands before the finite verb of a German main clause when it is not the subject (rules-1.29):
# an adverb, a time, a dative listener ("Vergangene Woche sagte der Bürgermeister, …", "Offiziell sagt die
# Regierung, …", "Dem Sender sagte die Ministerin, …", "Der Zeitung sagte Filep Karma: …")
_DE_LEAD_ADVERBS = frozenset(
    _w(
        "offiziell zuletzt schließlich zunächst bislang bisher ebenfalls gleichzeitig zugleich dennoch trotzdem "
        "noch erst bereits damals inzwischen mittlerweile nun jetzt später zuvor danach daraufhin anschließend "
        "außerdem zudem dazu hierzu darauf gestern heute vorgestern morgens abends dort hier so auch jedoch "
        "allerdings deshalb daher dem den als am im vergangene vergangenen letzte letzten diese dieser diesen "
        "dann abschließend erneut in auf bei beim nach vor seit mit gegenüber zum zur vom "  # rules-1.16
        "für namens seitens"  # "Für die Opposition kritisierte X, …" (rules-1.31)
        " ähnlich ebenso genauso schon"  # "Ähnlich äußerte sich X: „…“", "Schon vor … hatte X" (rules-1.34)
    )
)
DE_PARTICLE_TAIL_RE = re.compile(r"\s+(?:ein|an|aus|mit|zurück|hinzu|fest|dar|bekannt)$")  # separable cues
_DE_TIME_NOUN_RE = re.compile(
    r"\b(?:Woche|Wochen|Wochenende|Monat|Monats|Monaten|Jahr|Jahres|Jahren|Tag|Tages|Tagen|Stunden|Abend|Morgen|"
    r"Nachmittag|Vormittag|Nacht|Uhr|"
    r"Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|April|Mai|Juni|Juli|"
    r"August|September|Oktober|November|Dezember)\b"
)
_DE_MEDIA_LISTENER_RE = re.compile(
    r"^Der\s+(?:[a-zäöü][\w-]*\s+)*(?:\w*[Zz]eitung|\w*[Aa]gentur|Zeitschrift)$"
)


def de_subject_after(text: str, toks: list[Token], i: int, s: int, comp: int) -> SpeakerPhrase | None:
    """The subject after the cue toks[i] of a German main clause when what stands before the cue is an
    adverbial or a listener (``de_lead_not_subject``) and a speaker phrase follows the verb, else None."""
    if not de_lead_not_subject(text[s : toks[i].start()]):
        return None
    raw_np, _pos = parse_forward(toks[i + 1 :], text, "de")
    if (pt := DE_PARTICLE_TAIL_RE.search(raw_np) or _DE_CLAUSE_AFTER_RE.search(raw_np)) is not None:
        raw_np = raw_np[: pt.start()]  # "kündigte der Verkehrsverbund an, …"; "sagt X, man gebe …" (1.34)
    if raw_np and comp <= toks[i].end() + len(raw_np) and "," in (head := text[toks[i].end() : comp]):
        raw_np = head.strip().rstrip(",")  # "Am Abend sagte der Sprecher, Anna Roth habe …" (rules-1.450)
        raw_np = "" if "," in raw_np else raw_np
    return plausible_speaker(raw_np, "de") if raw_np and comp > toks[i].end() + len(raw_np) else None


_DE_SUBORDINATORS = frozenset(_w("nachdem weil obwohl während bevor seitdem sobald wenn"))
# a comma and a lower-case word that opens no apposition: the reported clause after the subject
_DE_CLAUSE_AFTER_RE = re.compile(r",\s+(?!(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem)\s)[a-zäöüß]")


def de_lead_not_subject(left: str) -> bool:
    """``left`` (the words before a German cue verb) is an adverbial or a dative listener, so the
    subject follows the verb."""
    words = left.split()
    if not words or words[0].lower() in _DE_LEAD_ADVERBS:
        return bool(words)
    if words[0].lower() in _DE_SUBORDINATORS and left.rstrip().endswith(","):
        return True  # "Nachdem er gefragt wurde, …, entgegnete X:" (rules-1.34)
    return len(words) <= 8 and (
        _DE_TIME_NOUN_RE.search(left) is not None or _DE_MEDIA_LISTENER_RE.match(left.strip()) is not None
    )


# "Die Polizei hat eigenen Angaben zufolge …", "Die Firma habe Zeugen zufolge …": a subject and its finite
# verb before a "zufolge" frame inside the sentence (rules-1.39)
_DE_FINITE_RE = re.compile(
    rf"\s(?:{'|'.join((*DE_HABEN, 'habe', *DE_SEIN, *DE_WERDEN, 'soll', 'sollen'))})\s"
)
_DE_OWN_RE = re.compile(r"(?:seinen|ihren|eigenen)\s+(?:Angaben|Worten|Aussagen)$")


def de_zufolge_inside(np_text: str) -> tuple[str, int] | None:
    """(who says it, offset of the frame in ``np_text``) when ``np_text`` holds a clause's subject and verb
    before the frame's source: the subject for "eigenen Angaben", else the source; None otherwise."""
    aux = _DE_FINITE_RE.search(np_text)
    if aux is None:
        return None
    source = np_text[aux.end() :]
    return (np_text[: aux.start()] if _DE_OWN_RE.fullmatch(source) else source), aux.end()
