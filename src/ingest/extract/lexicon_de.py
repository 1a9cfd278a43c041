"""German auxiliaries, in one place for the patterns built from them (data only): the perfect's "haben"
(``coordination``, ``cues``, ``final``), and the finite verbs that end a subject before a frame
(``frames_de``); the speech acts after which Konjunktiv II is reported speech (``konjunktiv``)."""

from __future__ import annotations

import re

from ingest.extract.sides import de_rejecter

# the perfect and pluperfect auxiliary: "Die Ministerin hat angekündigt, …", "…, hatte Obama … gesagt"
DE_HABEN = ("hat", "hatte", "haben", "hatten")
# its Konjunktiv forms ("…, habe er … gesagt", "hätte")
DE_HABEN_SUBJUNCTIVE = ("habe", "hätte")
DE_SEIN = ("ist", "war", "sind", "waren", "sei")
# the passive's auxiliary ("gerügt worden", "wird … genannt")
DE_WERDEN = ("wurde", "wurden", "wird", "werden")
# Konjunktiv forms of reported speech that end a subject ("Nach Angaben der Polizei habe …", rules-1.39)
DE_SUBJUNCTIVE_FINITE = (
    "sei seien wäre wären werde werden würde würden könne könnte müsse solle wolle dürfe"
).split()

# rules-1.18: verbs of a speech act without a reported clause; Konjunktiv II after them is reported speech
# too ("Die Betriebsrätin nannte die Pläne «…». Die Beschäftigten hätten auf Lohn verzichtet.")
DE_SPEECH_ACT_RE = re.compile(
    r"\b(?:nannte|nannten|bezeichnete|bezeichneten|kritisierte|kritisierten|beklagte|beklagten|verteidigte|"
    r"verteidigten|begründete|begründeten|warnte|warnten|warf|warfen|"  # "warf X … vor" (1.32)
    r"hielt\s+dagegen|hielten\s+dagegen|widersprach|widersprachen|entgegnete|entgegneten|konterte|konterten|"
    r"(?:sprach|sprachen)\s+von|(?:verwies|verwiesen)\s+(?:[\w-]+\s+){0,3}?auf|"  # rules-1.49
    r"(?:wies|wiesen)\s+(?:[\w-]+\s+){1,4}?zurück|dementierte|dementierten)\b"  # 1.314: "wies die Vorwürfe zurück"
)
DE_SHOWED_RE = re.compile(
    r"\bzeigten?\s+sich\s+(?:[a-zäöüß]+\s+){0,2}[a-zäöüß]+\s*$"
)  # "zeigte sich sehr besorgt:"

# rules-1.144: the writer's note that a claim cannot be checked ("Die Angaben ließen sich nicht unabhängig
# überprüfen", "Unabhängig überprüfen ließen sich die Angaben nicht"): no Konjunktiv II of the speaker before
DE_UNVERIFIED_RE = re.compile(
    r"\b(?:überprüfen|bestätigen|verifizieren|nachprüfen)\s+ließen?\s+sich\b"
    r"|\bließen?\s+sich\b[^.;:]*?\b(?:überprüfen|bestätigen|verifizieren|nachprüfen)\b"
)


# rules-1.197: the writer's note that the speaker left a question open or would not answer it ("Er ließ offen, ob
# Budapest ein Veto einlegen werde.", "Er wollte nicht sagen, wann …"): the indirect question says nothing
DE_LEFT_OPEN_RE = re.compile(
    r"^\W*(?:[A-ZÄÖÜ][\w-]*\s+){1,4}(?:ließ(?:en)?|lässt|lassen)\s+(?:[a-zäöüß]+\s+){0,3}?offen\s*,"
    r"|^\W*(?:[A-ZÄÖÜ][\w-]*\s+){1,4}(?:wollte|wollten|konnte|konnten)\s+(?:[a-zäöüß]+\s+){0,2}?nicht\s+"
    r"(?:sagen|mitteilen|beantworten|verraten|beziffern)\s*,"
)


def no_continuation(stext: str) -> bool:
    """A question, the writer's note that a claim cannot be checked or a question was left open, or a rejection
    of reports: no Konjunktiv sentence of a speaker."""
    return (
        "?" in stext
        or DE_UNVERIFIED_RE.search(stext) is not None
        or DE_LEFT_OPEN_RE.search(stext) is not None  # (1.197)
        or bool(de_rejecter(stext))  # (1.195)
        or writer_conditional(stext)  # (1.275)
        or writer_voice(stext)  # (1.282)
    )


# rules-1.282: a sentence in the first person ("Ich habe bei der LWB nachgefragt.") or a hypothetical saying ("Man
# könnte natürlich sagen: …"): the writer's own; reported speech shifts its person ("er habe"). Before, both went on
# the statement before as Konjunktiv ("habe" and "könnte" read as subjunctive)
_WRITER_FIRST = frozenset(("Ich", "Wir"))
DE_HYPOTHETICAL_SAY_RE = re.compile(
    r"\s*(?:Aber\s+|Nun\s+|Natürlich\s+)?[Mm]an\s+(?:könnte|kann|müsste|dürfte|möchte)\s+(?:\w+\s+){0,3}?"
    r"(?:sagen|einwenden|behaupten|meinen|argumentieren|entgegnen|fragen)\b"
)


def writer_voice(stext: str) -> bool:
    """``stext`` opens with "Ich"/"Wir" (after an optional conjunction) or a hypothetical "Man könnte … sagen"."""
    first = stext.lstrip().split(None, 2)[:2]
    if first and first[0] in ("Und", "Aber", "Doch"):
        first = first[1:]
    return bool(first) and (first[0] in _WRITER_FIRST or DE_HYPOTHETICAL_SAY_RE.match(stext) is not None)


# rules-1.275: a sentence opening with a verb-first Konjunktiv II condition and no Konjunktiv I ("Würde die Ministerin
# zurücktreten, wäre sie die dritte …"): the writer's hypothesis; "Sollte … scheitern, drohe …" stays reported
_COND_OPENERS = frozenset(
    "Würde Würden Wäre Wären Hätte Hätten Sollte Sollten Könnte Könnten Müsste Müssten Käme Kämen".split()
)
_KONJ1_SOME_RE = re.compile(
    r"\b(?:sei|seien|habe|werde|könne|müsse|dürfe|solle|wolle|gebe|bleibe|komme|gehe|stehe|liege|drohe|fehle)\b"
)


def writer_conditional(stext: str) -> bool:
    """``stext`` opens with a verb-first condition in Konjunktiv II and holds no Konjunktiv I form."""
    first = stext.lstrip().split(None, 1)[:1]
    return bool(first) and first[0] in _COND_OPENERS and "," in stext and _KONJ1_SOME_RE.search(stext) is None


# rules-1.184: an attribute before a document noun ("heißt es in dem am Donnerstag veröffentlichten Aufruf", "in der
# gemeinsamen Erklärung"): up to three words before a lower-case adjective
DE_DOC_ATTRIBUTE = r"(?:(?:[\wäöüß.]+\s+){0,3}?[a-zäöüß]{3,}(?:e|en|em|er|es)\s+)?"


# rules-1.203: a sentence opening with a subordinate clause whose verb ends in -e, and a main-clause verb in -e
# right after its comma ("Wer wegschaue, mache sich strafbar."): the indicative would end in -t
_LEAD_SUB_E_RE = re.compile(
    r"\s*(?:Wer|Wenn|Falls|Sobald|Solange|Sofern|Ob)\s(?:[^,.;:]{1,60}?\s)?(?P<v>[a-zäöüß]{3,}[^t\W]e)\s*,\s*"
    r"(?P<m>[a-zäöüß]{2,}[^t\W]e)\s"
)


_NOT_E_VERBS = frozenset(
    "gerne alleine ohne eine keine seine ihre diese jede alle bitte heute gerade beide andere".split()
)


# rules-1.238: "Aus Sicht der X ist …" opens a frame as "Nach Ansicht der X" does; not in a Konjunktiv sentence,
# which goes on the statement before ("…, hält den Plan für falsch. Aus Sicht der Anwohner gehe es um …")
DE_AUS_SICHT = (
    r"Aus\s+Sicht(?=\s+(?:des|der|von)\s)(?![^.;:]{0,90}?\s(?:sei|seien|habe|werde|werden|könne|müsse|dürfe|solle|wolle|"
    r"gehe|gebe|komme|stehe|liege|bleibe|fehle|gelte|hätten|wären|würden|müssten|könnten)\b)"
)
# rules-1.238: a main clause after a comma whose subject is "das"/"dies" and whose verb, in second place, is
# a Konjunktiv I in -e ("Die Löhne stiegen stärker als die Preise, das stütze die Kauflaune."); not an
# adjective after the article ("…, das eigene Haus", "…, das ganze Jahr": a capital word follows)
_COMMA_DAS_E_RE = re.compile(r",\s(?:das|dies)\s(?P<v>[a-zäöüß]{2,}[^t\W]e)\s+[a-zäöüß]")
_ADJ_E_RE = re.compile(r"(?:isch|sch|ig|lich|en|nd|st|er|ar|al|uell|iell|iv|bar|sam|haft|los|ös|ert|te)e$")


def lead_sub_subjunctive(s: str) -> bool:
    """A leading subordinate clause and a main clause whose verbs are both a Konjunktiv I in -e (rules-1.203),
    or a later main clause "…, das stütze …" (rules-1.238)."""
    if (c := _COMMA_DAS_E_RE.search(s)) is not None and c.group("v") not in _NOT_E_VERBS:
        return _ADJ_E_RE.search(c.group("v")) is None
    m = _LEAD_SUB_E_RE.match(s)
    return m is not None and not {m.group("v"), m.group("m")} & _NOT_E_VERBS


# rules-1.289: an inverted attribution closing the sentence ("…, teilte das Institut in Kiel mit."): it names
# the source, not a pronoun frame before it ("… nach ihren Berechnungen …")
DE_TAIL_RE = re.compile(
    r",\s+(?:teilte|teilten|sagte|sagten|erklärte|erklärten|betonte|betonten|berichtete|berichteten|schrieb|"
    r"schrieben|meldete|meldeten|hieß|so)\s+(?:der|die|das|es|ein|eine|[A-ZÄÖÜ])"
)
