"""German reported speech without a cue verb: a sentence in the subjunctive (Konjunktiv I, or
Konjunktiv II standing in for it) right after someone's statement, or after a sentence whose subject
is a person or body, continues what that speaker said ("…, sagte Rehwinkel. Schuld sei vor allem das
nasse Frühjahr." / "Ambros hält das für kurzsichtig. Jeder Euro Förderung bringe …"). A clause after a
colon counts too ("Merz verteidigte die Kürzung: Alle Ressorts müssten sparen")."""

from __future__ import annotations

import re
from bisect import bisect_right

from ingest.extract.about import finish
from ingest.extract.cues import Raw
from ingest.extract.given_names import is_first_name
from ingest.extract.konjunktiv_bridge import bridged, now_weak_past, past_between, this_frame, umlaut_konj2
from ingest.extract.lexicon import words as _w
from ingest.extract.lexicon_de import DE_SHOWED_RE, DE_SPEECH_ACT_RE, lead_sub_subjunctive, no_continuation
from ingest.extract.lexicon_people import TITLE_ABBREVIATIONS
from ingest.extract.quotes import in_quote
from ingest.extract.roles import is_title_token
from ingest.extract.sentences import Sentence, lead_stamp_end
from ingest.extract.sides import DE_QUESTION_OPEN_RE, de_rejecter
from ingest.extract.speakers import SpeakerPhrase, analyze_np, is_cap

# Forms that are subjunctive whatever the subject (third person; the first person only occurs in
# quotes): Konjunktiv I, and Konjunktiv II, which also serves conditionals in narration and so counts
# only right after a statement.
_KONJ1_FORMS = (
    "sei seien habe werde könne müsse dürfe solle wolle möge wisse gebe stehe liege komme gehe bleibe "
    "brauche fehle gelte lasse trage zähle "
    # rules-1.30: verbs whose stem ends in -t, whose Konjunktiv I in -te the -e rule leaves to the weak past
    "erwarte befürchte fürchte bedeute arbeite halte erhalte enthalte biete leiste leite warte achte "
    "beachte beobachte richte berichte betrachte gestalte starte"
    " koste belaste entlaste verpflichte bewerte behalte verhalte unterhalte beinhalte vertrete berate verbiete rate verrate"  # rules-1.44: more stems in -t ("Die Einigung koste …"); 1.388: "Man rate …"
)
_KONJ2_FORMS = (
    "gäbe gäben hätten wären würden müssten könnten dürften stünden lägen kämen würde hätte wäre könnte müsste "
    "dürfte sollten bekäme bekämen bräuchte bräuchten ginge fände fänden sähe täte "
    # rules-1.19: more forms that are only Konjunktiv II ("… gälten weiter als gefährlich", "Die Mittel flössen …")
    "gälte gälten flösse flössen bliebe fiele ließe ließen wüsste wüssten zöge zögen stiege hielte"
    # rules-1.49: more forms that are only Konjunktiv II ("Viele Betriebe dächten über einen Umzug nach")
    " dächte dächten brächte brächten käme läge nähme nähmen spräche sprächen träfe träfen verlöre verlören "
    "stünde trüge trügen schlösse schlössen riefe liefe schiene schriebe"
)
_KONJ1_RE = re.compile(r"(?<![\w-])(?:" + "|".join(_w(_KONJ1_FORMS)) + r")(?![\w-])")
_KONJ2_RE = re.compile(r"(?<![\w-])(?:" + "|".join(_w(_KONJ2_FORMS)) + r")(?![\w-])")
# A regular verb in -e in second position after a noun or a pronoun: "Die Reform sichere die
# Versorgung", "Jeder Euro Förderung bringe der Region …", "Er rechne mit …" (an adjective would
# precede a noun; "-te" is the weak past tense: "lehnte", "zeigte"). rules-1.78: also after an acronym
# ("Die Förderung über die KfW laufe weiter"); rules-1.314: also after a closing quotation mark ("An den Zielen der
# „Operation“ ändere das nichts").
_V2_E_RE = re.compile(
    r"(?:\b[A-ZÄÖÜ][\w-]*[a-zäöüßA-ZÄÖÜ]|\b[Ee]r|\b[Ss]ie|\b[Ee]s|\bman|\b(?:davon|darunter|dafür|dabei|daran|darüber))"
    r"[“”\"«»]?\s(?P<v>[a-zäöüß]{2,}[^t\W]e)"  # rules-1.38: a noun and a pronominal adverb ("Ein Teil davon betreffe …")
    r"(?:\s+[a-zäöüß0-9]|,\s(?:dass|ob|wie)\s"  # rules-1.33: "Die Wahl zeige, dass …"
    r"|,\s(?:[\w-]+\s){0,4}?(?:zu\s[a-zäöüß]|[a-zäöüß]+zu[a-zäöüß]+en\b))"  # 1.227: "Man versuche, … zu …"
)
_V2_E_FIRST_RE = re.compile(
    r"\s*(?!(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Eines|Dieser|Diese|Dieses|Jeder|Jede|Kein|Keine|Sein|Seine|"
    r"Ihr|Ihre|Unser|Unsere|Alle|Viele|Zwei|Drei|Mehrere|Einige|Beide)\s)"
    r"[A-ZÄÖÜ][a-zäöüß]+\s(?P<v>[a-zäöüß]{2,}[^t\W]e)\s+[A-ZÄÖÜ][a-zäöüß]"
)
# rules-1.419: a sentence opened by an article and a noun, then a regular verb in -e and a capitalised object ("Das
# Land prüfe Hilfen …", "Die Firma suche Fachkräfte"): after a subject in first place the second word in -e is the
# verb, not an adjective of the next noun
_ART_NOUN_E_RE = re.compile(
    r"\s*(?:Der|Die|Das)\s[A-ZÄÖÜ][a-zäöüß]+\s(?P<v>[a-zäöüß]{2,}[^t\W]e)\s+[A-ZÄÖÜ][a-zäöüß]"
)
# A regular verb in -e at the end of a subordinate clause: "wer noch mehr verlange, treibe …", "…, dass
# die Stadt die Kosten trage." (rules-1.16; the indicative ends in -t, the weak past in -te)
_SUB_E_RE = re.compile(
    r"\b(?:dass|wer|wenn|weil|ob|falls|sobald|solange|sofern)\s[^,.;:]{1,60}?\s(?P<v>[a-zäöüß]{3,}[^t\W]e)\s*[,.;]"
)
# Konjunktiv I of "bitten" before its object ("bitte um", "bitte darum"); "bitte" alone is "please"
_BITTE_UM_RE = re.compile(r"(?<=\w\s)bitte\s+(?:um|darum)\b")
_ADJ_END_RE = re.compile(r"(?:isch|sch|ig|lich|en|nd|st|er|ar|al|uell|iell|iv|bar|sam|haft|los|ös|ert)e$")
_NOT_VERBS = frozenset(
    _w(
        "alle jede jeder keine eine seine ihre meine unsere deine diese jene welche solche manche viele "
        "einige wenige beide andere ganze halbe erste zweite dritte letzte nächste heute ohne gerne bitte "
        "eine große kleine neue alte hohe lange gute weitere gleiche bisherige wurde würde hatte gerade nahe "
        "zugrunde zugute zutage beiseite vorne alleine hierzulande imstande außerstande zuhause sowie"
    )
)
_LOWER_ARTICLES = frozenset(("die", "der", "das"))
_FUNCTION_START = frozenset(
    _w(
        "im am in an auf bei nach vor seit mit laut auch jetzt dann damit doch aber und oder so zudem "
        "außerdem dabei daher deshalb trotzdem inzwischen bereits schon noch nun zuvor danach dagegen "
        "stattdessen zwar wie wenn als ob weil da dass für gegen über unter zwischen durch um ab bis aus "
        "wer was wo falls sofern sobald solange obwohl nachdem sollte"  # "Wer pünktlich zahle, sei …" (1.117)
    )
)
_DE_LINKS = frozenset(_w("der die das des dem den ein eine einer eines einem von für und"))
_ADJ_ENDS = ("e", "en", "er", "es", "em")  # an attributive adjective before its noun
_ARTICLES = frozenset(_w("Der Die Das Ein Eine"))
_DE_PLACE_PREPS = frozenset(_w("im am in aus beim vom"))
_SPEAKER_KINDS = frozenset(_w("person organisation role"))
_WORD_RE = re.compile(r"[\w’'-]+|[^\w\s]")
_QUOTE_OPEN = '„“"»«‚‘'
_AGE_NOUN_RE = re.compile(r"\d{1,3}-[JjF]ährige[nr]?")  # "Der 66-Jährige nannte …" (1.115, 1.117)
# "In einer Mitteilung hieß es, …", "Am Abend hieß es dann, …": a frame without a source opening the sentence
_LEAD_IMPERSONAL_RE = re.compile(r"[^,.:;„“\"]{0,60}?\b(?:hieß|heißt)\s+es(?:\s+[a-zäöüß]+){0,2}\s*,\s*")
_FRAME_RE = re.compile(r"^\s*(?:Laut|Gemäß|Gemäss|Nach\s+(?:Angaben|Ansicht|Einschätzung))\b|\szufolge\s")


def _has_konj_after(stext: str, name: str) -> bool:
    """The verb right after the subject ``name`` is a subjunctive: the person is spoken of ("Brenninger
    habe das Thema unterschätzt" goes on with the speaker before, rules-1.21)."""
    k = stext.find(name.rsplit(None, 1)[-1]) if name else -1
    nxt = stext[k:].split(None, 2)[1:2] if k >= 0 else []
    return bool(nxt) and (_KONJ1_RE.fullmatch(nxt[0]) is not None or _KONJ2_RE.fullmatch(nxt[0]) is not None)


def _konjunktiv(s: str, strict: bool) -> bool:
    """Konjunktiv I in ``s``; unless ``strict``, Konjunktiv II too."""
    if _KONJ1_RE.search(s) or (not strict and (_KONJ2_RE.search(s) or now_weak_past(s) or umlaut_konj2(s))):
        return True
    if any(m.group("v") not in _NOT_VERBS for m in _V2_E_RE.finditer(s)) or lead_sub_subjunctive(s):
        return True
    if "bitte " in s and _BITTE_UM_RE.search(s):  # "Die Familie bitte darum, …": "bitten", not "please"
        return True
    if not strict and ", " in s and any(m.group("v") not in _NOT_VERBS for m in _SUB_E_RE.finditer(s)):
        return True
    m = _V2_E_FIRST_RE.match(s)  # "Monatlich stelle Russland etwa 60 Raketen her": an adverb, verb, subject
    if m is None and s.lstrip()[:2] in ("De", "Di", "Da"):
        m = _ART_NOUN_E_RE.match(s)  # rules-1.419
    return m is not None and m.group("v") not in _NOT_VERBS and not _ADJ_END_RE.search(m.group("v"))


def _subject(text: str, sent: Sentence, adj: bool = False) -> SpeakerPhrase | None:
    """The subject before the verb of a German main clause, when it names a speaker
    ("Die Grünen-Abgeordnete Mira Castell hielt …", "Die Gewerkschaft fordert …"); with ``adj``, an
    adjective may stand between the article and the noun ("Der bildungspolitische Sprecher …")."""
    end = -1
    commas = 0
    start = lead_stamp_end(text, sent.start, sent.end, sent.first_in_para)  # not "BONN (dpa) -" (1.107)
    if text.startswith(
        ("Auch ", "Ebenso "), start
    ):  # "Auch die Sprecherin …, Gisela Piltz, schloss …" (1.111)
        start = text.index(" ", start) + 1
    ws = list(_WORD_RE.finditer(text, start, sent.end))
    for k, m in enumerate(ws):
        w = m.group()
        if k == 0 and w.lower() in _FUNCTION_START:
            return None
        if (
            is_cap(w)
            or w in _DE_LINKS
            or w == "-"
            or (k == 0 and w in _LOWER_ARTICLES)  # ("Auch die …")
            or _AGE_NOUN_RE.fullmatch(w)  # "Der 66-Jährige nannte …", "Die 56-Jährige verwies …"
            or (w == "." and k and ws[k - 1].group() in TITLE_ABBREVIATIONS)  # "Dr. Eva Lang" (rules-1.275)
        ):
            end = m.end()
            continue
        if (
            adj
            and k == 1
            and ws[0].group().capitalize() in _ARTICLES
            and w.endswith(_ADJ_ENDS)
            and is_cap(ws[2].group())
        ):
            continue  # "Der bildungspolitische Sprecher der Liste, Max Roth, hielt dagegen." (rules-1.25)
        if w == "," and commas == 0 and k > 1:  # an apposition: "Die Obfrau der Grünen, Lena Vogt, hält …"
            commas, end = 1, m.end()
            continue
        if w in _DE_PLACE_PREPS and commas == 0 and k > 1:
            continue  # "Die Obfrau der Grünen im Ausschuss, Lena Vogt, …"
        if w == "," and commas == 1:
            end = m.end()
        break
    if commas == 1 and not text[start:end].endswith(","):
        end = text.rfind(",", start, end)  # no closing comma: not an apposition
    if end < 0:
        return None
    sp = analyze_np(text[start:end], "de")
    if sp.kind == "person":  # a full name with a known first name, or a surname named elsewhere too
        first = sp.name.split()[0]
        named = (
            is_first_name(first) or _role_named(sp.role)
            if " " in sp.name
            else _named_elsewhere(sp.name, text[:start] + text[end:])
        )
        if not named:
            return None  # "Besonders deutlich …", "Zwei Stunden …": capitalised words, not a name
    return sp if sp.kind in _SPEAKER_KINDS else None


def _role_named(role: str) -> bool:
    """A role before a name whose first word is no known first name is a title ("Staatssekretär",
    "Frau"); a plain noun is not ("Eine Übertragung von Mensch zu Mensch sei …" names nobody, 1.82)."""
    last = role.split()[-1] if role.split() else ""
    return bool(last) and (is_title_token(last) or last in ("Frau", "Herr", "Herrn"))


def _pronoun_act(text: str, prev: Sentence) -> SpeakerPhrase | None:
    """ "Er warf der Firma vor, … Seit 2024 habe sie …": a pronoun before a speech act is the subject, for the
    resolver to find (rules-1.35)."""
    pron = next((p for p in ("Er", "Sie") if text.startswith(p + " ", prev.start)), "")
    if not pron or (
        DE_SPEECH_ACT_RE.match(text, prev.start + len(pron) + 1) is None
        and _TELLS_ON_RE.search(text, prev.start, prev.end) is None  # "Er bleibt stehen und erzählt weiter."
    ):
        return None
    return analyze_np(pron, "de")


_TELLS_ON_RE = re.compile(r"\bund\s+(?:erzählt|berichtet|erklärt)e?\s+(?:weiter|dann)\.\s*$")  # (rules-1.136)


def _named_elsewhere(name: str, rest: str) -> bool:
    """``name`` as a whole word in ``rest`` ("Aus" is not named in "Ausschuss")."""
    i = rest.find(" " + name)
    while i != -1:
        after = rest[i + 1 + len(name) : i + 2 + len(name)]
        if not (after.isalpha() or after == "-"):
            return True
        i = rest.find(" " + name, i + 1)
    return False


def konjunktiv_statements(
    text: str, sents: list[Sentence], spans: list[tuple[int, int]], found: list[Raw]
) -> list[Raw]:
    """Subjunctive sentences that continue a German speaker's statement (see the module docstring)."""
    by_sent: dict[int, Raw] = {}
    sstarts = [s.start for s in sents]
    for r in sorted(found, key=lambda r: r.start):
        if r.start >= 0:
            si = bisect_right(sstarts, r.start) - 1
            if si >= 0:
                by_sent[si] = r
    qstarts = [a for a, _ in spans]
    out: list[Raw] = []
    for si, sent in enumerate(sents):
        if si in by_sent or in_quote(sent.start, spans, qstarts):
            continue
        stext = text[sent.start : sent.end]
        if (
            not stext.strip()
            or stext.lstrip()[0] in _QUOTE_OPEN
            or no_continuation(stext)  # a question; "Die Angaben ließen sich nicht überprüfen" (rules-1.144)
            or (DE_QUESTION_OPEN_RE.match(stext) and _open_question(stext))  # "Ob"; "Wann …" (rules-1.195)
            or any(sent.start <= a < sent.end and _spoken(text, a, b) for a, b in spans)
        ):
            continue
        colon = stext.find(": ")
        if (
            colon > 0
            and _konjunktiv(
                stext[colon:], not (" sich " in stext[:colon] and DE_SHOWED_RE.search(stext, 0, colon))
            )
        ):  # "X verteidigte die Kürzung: Alle Ressorts müssten …"; "X zeigte sich zuversichtlich: … hätten" (1.74)
            sp = _subject(text, sent, adj=True) or _find_inverted_subject(stext[:colon])
            if sp is not None:
                cs, ce = finish(text, sent.start + colon + 1, sent.end)
                raw = Raw(cs, ce, text[cs:ce], "indirect", "", sp, sent.start, 0.6, para=sent.para)
                out.append(raw)
                by_sent[si] = raw
                continue
            # "Hinzu komme die schwache Nachfrage: Der Umsatz sei …": no subject of its own, so the
            # sentence continues the speaker before, as any other subjunctive sentence
        if si == 0 or _FRAME_RE.search(stext):
            continue
        prev = sents[si - 1]
        if prev.para != sent.para and not sent.first_in_para:
            continue
        before = by_sent.get(si - 1)
        if (
            before is None
            and si > 1
            and (this_frame(text, prev) or bridged(text, sents, si, by_sent, _subject))
        ):
            before = by_sent.get(si - 2)  # "X. Das teilte Y mit. Konj."; (1.153) over one sentence
        demnach = before is not None and stext.startswith(
            "Demnach "
        )  # "X teilte mit, …. Demnach stellte …" (1.409)
        if (
            not demnach
            and not _konjunktiv(stext, before is None)
            and not (
                DE_SPEECH_ACT_RE.search(text, prev.start, prev.end) and _konjunktiv(stext, False)
                if before is None
                else past_between(text, sents, si, by_sent, _konjunktiv)  # "Sie bedienten …" (rules-1.344)
            )
        ):
            continue  # Konjunktiv II only after a statement or a speech act ("X nannte die Pläne …")
        own = None if demnach else _subject(text, sent)
        if own is not None and own.kind == "person" and not _has_konj_after(stext, own.name):
            continue  # "Gemeinderat Lukas Ortner … hielt dagegen, dass …": someone else's sentence
        act = DE_SPEECH_ACT_RE.search(text, prev.start, prev.end) is not None
        speaker = (
            None
            if before is not None
            else (_subject(text, prev, act) or _pronoun_act(text, prev) or _verb_second_subject(text, prev))
        )
        if before is None and speaker is None:
            continue
        cs, ce = finish(text, de_colon_start(text, sent.start, sent.end, "de"), sent.end)
        if demnach and text.startswith("Demnach ", cs):
            cs += 8  # the source's words after the adverb that names it
        if (lead := _LEAD_IMPERSONAL_RE.match(text, cs, ce)) is not None:
            cs = lead.end()  # "In einer Mitteilung hieß es, man fordere …": the words after the frame (1.115)
        # after a statement the speaker is that statement's, resolved once (speaker None + same_as)
        raw = Raw(cs, ce, text[cs:ce], "indirect", "", speaker, prev.start, 0.55, para=sent.para)
        raw.same_as = before
        out.append(raw)
        by_sent[si] = raw
    return out


def _open_question(stext: str) -> bool:
    """ "Ob er bleiben wolle, ließ er offen.": a question the speaker left open, its main clause without
    Konjunktiv I ("Ob die Welle …, lasse sich nicht sagen" is reported speech; rules-1.33)."""
    comma = stext.rfind(", ")
    if comma < 0 or _KONJ1_RE.search(stext, comma) is not None:
        return False
    verb = stext[comma + 2 :].split(" ", 1)[0]  # "Ob …, hänge vom Wetter ab": a regular Konjunktiv I (1.117)
    return not (verb.islower() and verb.endswith("e") and not verb.endswith("te") and verb not in _NOT_VERBS)


def _spoken(text: str, a: int, b: int) -> bool:
    """A quote that may be a statement; a short one inside a clause ("als „ausreichend tragfähig“
    bezeichnet") is a scare quote and leaves the sentence to the subjunctive rule, as does one right
    after a Konjunktiv I verb ("Es gebe „keinen Blankoscheck für …“", rules-1.40)."""
    before = text[max(0, a - 12) : a].rstrip(' „“"»«').rsplit(None, 1)
    if before and _KONJ1_RE.fullmatch(before[-1]) is not None:
        return False
    return b - a > 60 or text[a:b].count(" ") > 3 or not text[max(0, a - 2) : a].strip(" ").isalpha()


# rules-1.40: "Staatshilfen schloss die Ministerin aber aus: …": the object first, the subject after the verb
_INVERTED_SUBJECT_RE = re.compile(
    r"\s*(?:(?:Ein|Eine|Einen|Einem|Der|Die|Das|Den|Dem)\s+)?[A-ZÄÖÜ][\w-]+\s+[a-zäöüß]{3,}\s+"
    r"(?P<np>(?:der|die|das)\s+[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+){0,2})"
    r"(?:\s+[a-zäöüß]+){0,3}\s*$"
)


# rules-1.76: "Als Hauptgrund nennt der Verband geschlossene Bäder.": one to three words, a verb of a speech
# act, the subject
# (rules-1.109: a longer object, "Das Angebot des Arbeitgebers von 3,5 Prozent nannte …", and a title with a
# name as the subject, "… nannte Verhandlungsführer Stefan Kühn „eine Provokation“")
_VERB_SECOND_RE = re.compile(
    r"\s*[A-ZÄÖÜ][\w-]*(?:\s+[^\s.!?:;„“\"]+){0,7}?\s+(?:nenn|nann|kritisier|beklag|verteidig|begründe|warn)[a-z]{0,3}\s+"
    r"(?P<np>[A-ZÄÖÜ][\w-]+\s+[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][\w-]+(?=\s+„)"
    r"|(?:der|die|das)\s+[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+){0,2}"
    # a genitive and a name in apposition ("der Vorsitzende des Ausschusses, Eva Roth (SPD),")
    r"(?:\s+de[rs]\s+[A-ZÄÖÜ][\w-]+)?(?:,\s+[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+){1,2}(?:\s+\([^()]{1,20}\))?,)?)"
    r"(?=[\s,.])"
)


def _verb_second_subject(text: str, prev: Sentence) -> SpeakerPhrase | None:
    """The speaker after the speech-act verb of a sentence opening with something else ("Als Grund nennt der
    Verband …"; 1.195: "…, wies X zurück."): a Konjunktiv I sentence after it continues what it says."""
    m = _VERB_SECOND_RE.match(text, prev.start, prev.end)
    np = m.group("np") if m is not None else de_rejecter(text[prev.start : prev.end])
    sp = analyze_np(np, "de") if np else None
    return sp if sp is not None and sp.kind in _SPEAKER_KINDS else None


def _find_inverted_subject(clause: str) -> SpeakerPhrase | None:
    """The subject after the verb of a clause that opens with its object, when it is a speaker."""
    m = _INVERTED_SUBJECT_RE.match(clause)
    if m is None:
        return None
    sp = analyze_np(m.group("np"), "de")
    return sp if sp.kind in _SPEAKER_KINDS else None


def konjunktiv_in(s: str) -> bool:
    """Konjunktiv I or II in ``s`` (a clause before a parenthetical "sagte sie", rules-1.35)."""
    return _konjunktiv(s, False)


def konj1_in(s: str) -> bool:
    """A Konjunktiv I form in ``s`` ("…; Haftbefehle seien nicht beantragt worden", rules-1.28)."""
    return _KONJ1_RE.search(s) is not None


def de_colon_start(text: str, start: int, end: int, lang: str) -> int:
    """Where the statement of a German final attribution (or, rules-1.150, a continued Konjunktiv sentence) begins:
    after a colon when the clause before it is indicative and the one after it Konjunktiv ("Der Verband schlägt
    Alarm: Fast 60 Prozent seien …, teilte er mit.", rules-1.76; "Kritik wies sie zurück: Diese seien …")."""
    colon = text.find(": ", start, end) if lang == "de" else -1
    if colon < 0 or any(q in text[start:colon] for q in '„“”"»«') or konjunktiv_in(text[start:colon]):
        return start
    return colon + 2 if konjunktiv_in(text[colon + 2 : end]) else start
