"""rules-1.153: a German Konjunktiv chain that goes on after one sentence of the speaker's own in the
ambiguous past ("Das Land sei gebunden, sagte sie. Ohne die Reform drohten Strafen. Sie sei aber bereit, …"):
the third sentence, opened by a pronoun and in Konjunktiv I, continues the statement before the second."""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.extract.about_forms import de_about_this
from ingest.extract.cues import Raw
from ingest.extract.lexicon import DE_SPEECH_CUES, trie_pattern
from ingest.extract.lexicon_de import DE_SPEECH_ACT_RE
from ingest.extract.sentences import Sentence

_PRONOUN_KONJ1_RE = re.compile(r"(?:Er|Sie|Man)\s+(?:sei|habe|werde|könne|müsse|wolle|solle|dürfe)\b")
# rules-1.289: or a subject of up to five words and a Konjunktiv I verb in the second place ("Der Rat habe
# deshalb …", "Eine Senkung im Frühjahr sei …"): the chain goes on over the ambiguous sentence all the same
_SECOND_KONJ1_RE = re.compile(
    r"[A-ZÄÖÜ][\wäöüß-]*(?:\s+[\wäöüß-]+){0,4}?\s+(?:sei|seien|habe|werde|könne|müsse|wolle|solle|dürfe)\s"
)


def this_frame(text: str, prev: Sentence) -> bool:
    """ "X. Das teilte Y mit. Konj.": the sentence before is a frame about the one before it."""
    return (
        text.startswith(("Das ", "Dies "), prev.start)
        and de_about_this(text, prev.start, prev.end) is not None
    )


def bridged(
    text: str,
    sents: list[Sentence],
    si: int,
    by_sent: dict[int, Raw],
    subject_of: Callable[[str, Sentence], object],
) -> bool:
    """Whether sentence ``si`` (a pronoun and Konjunktiv I) continues the statement two sentences before, over
    one sentence of the same paragraph with no statement, no speech act and no subject of its own."""
    sent, prev = sents[si], sents[si - 1]
    two = by_sent.get(si - 2)
    return (
        two is not None
        and prev.para == sent.para == sents[si - 2].para
        and (
            _PRONOUN_KONJ1_RE.match(text, sent.start) is not None
            or _SECOND_KONJ1_RE.match(text, sent.start, sent.end) is not None
        )
        and DE_SPEECH_ACT_RE.search(text, prev.start, prev.end) is None
        and subject_of(text, prev) is None
    )


# rules-1.336: an adverb of the present and a verb in the weak past in the second place ("Derzeit warteten mehr
# als 8.000 Menschen …", "Zurzeit fehlten …"): the past cannot be narration, so it stands in for the Konjunktiv I
# of a plural subject (the indicative would be "warten"). Only endings no present-tense form has: -teten/-deten
# and a -ten after a consonant no verb stem ends in before its -t ("zählten", "legten"; not "warten", "halten").
_NOW_WEAK_PAST_RE = re.compile(
    r"\s*(?:Derzeit|Zurzeit|Momentan|Gegenwärtig|Aktuell)\s+[a-zäöüß]{2,}(?:[td]e|[bgkpfwz]|hl|hn|hr|mm|ll|nn|ck|ss)"
    r"ten?\s"
)


def now_weak_past(s: str) -> bool:
    """A sentence opened by an adverb of the present whose verb is in the weak past: a Konjunktiv II."""
    return s.lstrip()[:1] in "DZMGA" and _NOW_WEAK_PAST_RE.match(s) is not None


# rules-1.344: a plural subject and a verb in the weak past in the second place ("Sie bedienten vor allem …", "Die
# Verfahren dauerten oft …", "Viele Betriebe planten …"), the Konjunktiv II a plural takes where its Konjunktiv I is
# the indicative; the endings of now_weak_past, and "-nten" after a vowel, "-erten" after a consonant but w, "-ierten";
# rules-1.351: "-elten" after a consonant but g and h ("Feldjäger und Polizei ermittelten …", "Die Kunden handelten
# …"; not "Die Regeln gelten …", "Sie schelten …", whose present ends so)
_PAST_END = (
    r"(?:[td]e|[bgkpfz]|hl|hn|hr|mm|ll|nn|ck|ss|[aeiouäöü]n|[bdgklmnpsuz]er|ie[r]|[bdfkmnpstvwz]el)ten"
)
_PLURAL_PAST_RE = re.compile(
    r"\s*[A-ZÄÖÜ][\wäöüß-]*(?:\s+[a-zäöüß][\wäöüß-]*)?(?:\s+[A-ZÄÖÜ][\wäöüß-]*)?\s+"
    rf"(?P<verb>[a-zäöüß]{{2,}}{_PAST_END})\s+(?=[a-zäöüß0-9])"
)
# rules-1.351: or an adverb that adds to what was said, the same verb in the second place, and its subject after
# it ("Zudem drückten Billiganbieter auf die Preise", "Außerdem fehlten Ersatzteile"); in either, no cue verb
# ("Zudem meldeten die Behörden …", "Die Behörden meldeten …" report a statement of their own)
_ADVERB_PAST_RE = re.compile(
    r"\s*(?:Zudem|Außerdem|Auch|Darüber\s+hinaus|Dabei|Inzwischen|Mittlerweile|Oft|Häufig|Vielfach|Teilweise)\s+"
    rf"(?P<verb>[a-zäöüß]{{2,}}{_PAST_END})\s"
)


def _past_second(text: str, sent: Sentence, strong: bool = False) -> bool:
    m = _PLURAL_PAST_RE.match(text, sent.start, sent.end)
    if m is None and text[sent.start : sent.start + 1] in "ZADIMOHVT":
        m = _ADVERB_PAST_RE.match(text, sent.start, sent.end)
    if m is None and strong:  # rules-1.447: in the statement's own paragraph only
        m = _STRONG_PAST_RE.match(text, sent.start, sent.end)
    return m is not None and m.group("verb") not in DE_SPEECH_CUES


# rules-1.447: the plural past of a strong verb whose Konjunktiv II has no umlaut to tell it apart ("Zudem litten
# Pendler …", "Schleuser mieden …", "Erzieherinnen verließen …"), bare or after a prefix; in the second place as
# the weak forms above, so the same guards hold ("Die Kinder blieben zu Hause" stays narration unless a statement
# frames it); not the pasts of "fallen", "halten", "laufen", "rufen", which narration uses far more ("Auch viele
# Buslinien fielen aus")
_STRONG_PAST = tuple(
    (
        "blieben mieden litten stritten schritten glitten griffen schrieben stiegen schienen schwiegen wiesen "
        "trieben rieben ließen schieden"
    ).split()
)
_STRONG_PAST_RE = re.compile(
    r"\s*(?:(?:Zudem|Außerdem|Auch|Inzwischen|Mittlerweile|Oft|Häufig|Vielfach|Teilweise)|[A-ZÄÖÜ][\wäöüß-]*"
    r"(?:\s+[a-zäöüß][\wäöüß-]*)?(?:\s+[A-ZÄÖÜ][\wäöüß-]*)?)\s+(?P<verb>(?:ab|an|auf|aus|be|bei|ein|ent|er|fest|mit|"
    r"nach|über|um|unter|ver|vor|weg|zu|zurück)?(?:" + "|".join(_STRONG_PAST) + r"))\s+(?=[a-zäöüßA-ZÄÖÜ0-9])"
)


# rules-1.419: the last sentence of a paragraph, right after an indirect statement, whose plural weak past in the
# second place is joined to it by an adverb that goes on with an argument ("…, sagte sie. Dafür reichten die
# Mittel nicht aus.", "Sie brauchten aber Geld."); also the common weak verbs in -chten, whose ending the present
# of a stem in -cht shares, so _PAST_END leaves them out ("richten", "fürchten" are no past)
_GO_ON_WORDS = frozenset(
    ("aber", "auch", "zudem", "außerdem", "jedoch", "allerdings", "dafür", "deshalb", "daher")
)
# rules-1.447: or an adverb of the present state, which the narrative past does not take ("Schleuser mieden
# inzwischen …", "Erzieherinnen verließen schon jetzt …"), after a direct quote too
_NOW_STATE = frozenset(("inzwischen", "mittlerweile", "derzeit", "zurzeit", "weiterhin"))


def _present_state(text: str, sent: Sentence) -> bool:
    """An adverb of the present state among the first four words, or "schon jetzt" anywhere (rules-1.447)."""
    words = text[sent.start : sent.end].split(None, 4)[:4]
    return (
        bool(_NOW_STATE.intersection(w.lower() for w in words))
        or "schon jetzt" in text[sent.start : sent.end]
    )


_CHTEN_PAST = frozenset(("brauchten", "reichten", "machten", "suchten"))
_NOT_SUBJECTS = frozenset(("Wir", "Ich", "Ihr"))  # a quote's first person


def _closing_past(text: str, sent: Sentence, before: Raw | None, strong: bool) -> bool:
    if before is None:
        return False
    words = text[sent.start : sent.end].split(None, 4)
    if len(words) < 4:
        return False
    if not _present_state(text, sent) and (
        before.kind != "indirect" or not _GO_ON_WORDS.intersection(w.lower() for w in words[:4])
    ):
        return False
    if words[1] in _CHTEN_PAST and words[0][:1].isupper():
        return words[0] not in _NOT_SUBJECTS
    return _past_second(text, sent, strong)


def _impersonal(raw: Raw) -> bool:
    """ "…, hieß es (in einer Mitteilung).": a statement whose source is the one named before."""
    sp = raw.speaker
    return sp is None or sp.kind == "document" or (sp.kind == "pronoun" and sp.text == "es")


def past_between(
    text: str, sents: list[Sentence], si: int, by_sent: dict[int, Raw], konj: Callable[[str, bool], bool]
) -> bool:
    """Whether sentence ``si``, right after a statement, is a plural's Konjunktiv II that reads as the weak past: the
    next sentence of its paragraph, nobody's statement yet, goes on in the subjunctive."""
    sent = sents[si]
    if "en " not in text[sent.start : sent.end]:  # "-ten ", or a strong past in "-en " (rules-1.447)
        return False
    if si + 1 >= len(sents) or sents[si + 1].para != sent.para:
        return _closing_past(text, sent, by_sent.get(si - 1), sents[si - 1].para == sent.para)
    nxt, then = sents[si + 1], by_sent.get(si + 1)
    if then is not None and not _impersonal(then):  # rules-1.351: "…, hieß es." continues the source before
        return _between_same(text, sent, by_sent.get(si - 1), then)
    return (
        nxt.para == sent.para
        and _past_second(text, sent)  # a strong past mid-chain stays narration (rules-1.359)
        and text[nxt.start : nxt.start + 1] not in '„“"»«'
        and konj(text[nxt.start : nxt.end], False)
    )


# rules-1.359: Konjunktiv II forms with an umlaut that no indicative shares ("Die Ausgaben wüchsen schneller …"),
# also after a separable or inseparable prefix ("Die Kosten entstünden …", "Der Vorschlag widerspräche …",
# "Die Mittel reichten nicht, Kürzungen stünden bevor"); "ließen", "fielen" (no umlaut) stay the past's
_UMLAUT_KONJ2 = (
    "gäbe gäben stünde stünden läge lägen käme kämen fände fänden sähe sähen zöge zögen nähme nähmen träfe träfen "
    "dächte dächten brächte brächten spräche sprächen schlösse schlössen flösse flössen gälte gälten trüge trügen "
    "wüchse wüchsen schlüge schlügen stürbe stürben würfe würfen böte böten flöge flögen gewönne gewönnen sänke "
    "sänken schwände schwänden gelänge gelängen empföhle empföhlen hülfe läse läsen"
)
_PREFIXES = frozenset(
    (
        "ab an auf aus be bei ein ent er fest hervor hinzu mit nach statt teil über um unter ver vor weg wider zu "
        "zurück zusammen"
    ).split()
)
_UMLAUT_KONJ2_RE = re.compile(r"(?:" + trie_pattern(_UMLAUT_KONJ2.split()) + r")(?![\w-])")


def umlaut_konj2(s: str) -> bool:
    """A Konjunktiv II with an umlaut in ``s``, bare or after a prefix (rules-1.359); a sentence without "ä", "ö"
    or "ü" has none."""
    if "ä" not in s and "ö" not in s and "ü" not in s:
        return False
    for m in _UMLAUT_KONJ2_RE.finditer(s):
        k = m.start()
        while k > 0 and s[k - 1].isalpha():
            k -= 1
        if (k == 0 or s[k - 1] != "-") and (k == m.start() or s[k : m.start()] in _PREFIXES):
            return True
    return False


# rules-1.447: a plural past in the second place, its subject up to five words, between two statements of one
# named person, the second indirect ("„…“, sagte Vogt. Die Rücklagen der Kassen reichten nur bis Mai. Man werde
# …, sagte Vogt."): the chain goes on over it; between two speakers, after a body's statement, or before a
# direct quote ("Die Teilnehmer landeten im Mittelfeld. „…“") it stays narration
_LONG_PAST_RE = re.compile(
    r"\s*[A-ZÄÖÜ][\wäöüß-]*(?:\s+[\wäöüß-]+){0,4}?\s+"
    rf"(?P<verb>[a-zäöüß]{{2,}}(?:{_PAST_END}|chten))\s+(?=[a-zäöüß0-9])"
)


def _named(raw: Raw | None) -> str:
    """The surname of the person ``raw`` is said by, following same_as; "" for anyone else."""
    while raw is not None and raw.speaker is None:
        raw = raw.same_as
    if raw is None or raw.speaker is None or raw.speaker.kind != "person" or not raw.speaker.name:
        return ""
    return raw.speaker.name.rsplit(None, 1)[-1]


def _between_same(text: str, sent: Sentence, before: Raw | None, then: Raw) -> bool:
    name = _named(before)
    if (
        then.kind != "indirect"
        or not name
        or _named(then) != name
        or text[sent.start : sent.start + 1] in '„“"»«'
    ):
        return False
    m = _LONG_PAST_RE.match(text, sent.start, sent.end)
    return (
        m is not None
        and m.group("verb") not in DE_SPEECH_CUES
        and text[sent.start : m.start("verb")].strip() not in _NOT_SUBJECTS
    )
