"""German separable cue verbs at the start of a sentence: "Die Feuerwehr gab an, dass …", "Am Montag gab
die Polizei bekannt, …", "Außerdem ließ der Pressedienst … verlauten, dass …" (moved here from frames_de)."""

from __future__ import annotations

import re

from ingest.extract.cues import Token, is_cognition, is_cue
from ingest.extract.frames_de import de_lead_not_subject
from ingest.extract.lexicon import DE_PARTICLE_CUES
from ingest.extract.speakers import SpeakerPhrase, analyze_np

# separable cue verbs: "Die Feuerwehr gab an, dass …", "Am Montag gab die Polizei bekannt, …", "Die
# Regierung wies darauf hin, dass …" (rules-1.25; "gab" alone is no cue: "Es gab drei Tote")
# (rules-1.27: objections, "Die Fraktionschefin hielt dem entgegen, …", "Der Wirt wandte ein, …"; rules-1.38:
# reproaches, "Der Ankläger hielt ihm vor, er habe …"; rules-1.88: a subject with its apposition, "Der Kläger,
# ein 58 Jahre alter Ingenieur, hatte geltend gemacht, …")
_DE_SEPARABLE_RE = re.compile(
    r"(?P<np>(?:[^,;:„“\"]|(?<=\d):(?=\d)){2,90}?(?:,\s[^,;:„“\"]{2,60}?,)?)\s+(?:(?:gab|gaben|gibt|wies|wiesen|weist)\s+(?P<mid>(?:[\w-]+\s+){0,5}?)"
    r"(?:an|bekannt|zu\s+Protokoll|zu|darauf\s+hin|hin)|(?:hielt|hielten|hält)\s+(?P<mid2>(?:[\w-]+\s+){0,5}?)(?:entgegen|dagegen|vor|fest(?=,\s+dass\s))"
    r"|(?:wandte|wandten|wendet)\s+(?P<mid3>(?:[\w-]+\s+){0,5}?)ein"
    r"|(?:rechnete|rechneten|rechnet)\s+(?P<mid4>(?:[\w-]+\s+){0,5}?)vor"
    r"|(?:ließ|ließen|lässt)\s+(?P<mid5>(?:[\w-]+\s+){0,8}?)(?:verlauten|mitteilen|erklären|wissen|verbreiten|ausrichten)"
    r"|(?:gestand|gestanden|gesteht)\s+(?P<mid6>(?:[\w-]+\s+){0,5}?)ein"
    r"|(?:warf|warfen|wirft|werfen|schlug|schlugen|schlägt|schlagen)\s+(?P<mid9>(?:[\w-]+\s+){0,6}?)vor"  # 1.90, 1.111
    r"|(?:machte|machten|macht|machen)\s+(?P<mid7>(?:[\w-]+\s+){0,5}?)geltend"
    r"|(?:hob|hoben|hebt)\s+(?P<mid10>(?:[\w-]+\s+){0,5}?)hervor"  # rules-1.169: "hob hervor", "stellte fest",
    r"|(?:stellte|stellten|stellt)\s+(?P<mid11>(?:[\w-]+\s+){0,5}?)(?:fest|klar|heraus)"  # "führte aus",
    r"|(?:führte|führten|führt)\s+(?P<mid12>(?:[\w-]+\s+){0,5}?)aus"  # "zeigte sich überzeugt"
    r"|(?:zeigte|zeigten|zeigt)\s+sich\s+(?P<mid13>(?:[\w-]+\s+){0,5}?)"
    r"(?:überzeugt|zuversichtlich|optimistisch|besorgt|enttäuscht|erleichtert|skeptisch)(?=,\s+dass\s)"
    r"|(?:schloss|schlossen|schließt)\s+(?P<mid14>(?:[\w-]+\s+){0,5}?)nicht\s+aus(?=,\s+dass\s)"  # rules-1.399
    r"|(?:hat|hatte|hatten|haben)\s+(?P<mid8>(?:[\w-]+\s+){0,5}?)geltend\s+gemacht),\s+(?:dass\s+)?(?=\S)"
)  # (rules-1.61: "Außerdem ließ der Pressedienst des Ministeriums verlauten, dass …"; rules-1.88: a claim made
# in a case, "Der Kläger machte geltend, er habe …", "Die Firma hatte geltend gemacht, dass …"; rules-1.399: a
# possibility granted, "Er schloss nicht aus, dass …", not "schloss aus, dass …" nor "schloss die Tür")


# rules-1.137: after an adverbial lead, "warf"/"schlug" is followed by its subject (a pronoun or a name)
# and then its dative object ("Zugleich warf er der Landesregierung vor", "Dann warf Ahlert dem Bund vor")
_DE_ACCUSER_BEFORE_OBJECT_RE = re.compile(
    r"(?P<subject>(?:er|sie|es|man|wir|ich)|(?:[A-ZÄÖÜ][\w-]+\s+){0,2}[A-ZÄÖÜ][\w-]+)\s+"
    r"(?:dem|der|den|ihm|ihr|ihnen|einem|einer|seinem|seiner|seinen|ihrem|ihren)\s"
)


def separable_cue(stext: str) -> tuple[str, str, int] | None:
    """(the phrase before the verb, the words between verb and particle, the complement's start) of a
    German separable cue verb at the start of a sentence, or None."""
    m = _DE_SEPARABLE_RE.match(stext)
    if m is None:
        return None
    mid = (
        m.group("mid")
        or m.group("mid2")
        or m.group("mid3")
        or m.group("mid4")
        or m.group("mid5")
        or m.group("mid6")
        or m.group("mid7")
        or m.group("mid8")
        or m.group("mid9")
        or m.group("mid10")
        or m.group("mid11")
        or m.group("mid12")
        or m.group("mid13")
        or m.group("mid14")
        or ""
    )
    if m.group("mid9") and (sub := _DE_ACCUSER_BEFORE_OBJECT_RE.match(mid)) is not None:
        mid = sub.group("subject")  # "Zugleich warf er der Regierung vor, …": the subject, not its object
    return m.group("np").rstrip(","), mid.strip(), m.end()


def de_separable_speaker(sv: tuple[str, str, int], lang: str) -> SpeakerPhrase:
    """The subject of a separable cue: the phrase before the verb, or, when that is an adverbial ("Am
    Montag gab die Polizei bekannt"), the words after it."""
    sp = analyze_np(sv[0], lang)
    if sp.kind == "pronoun" and sv[0].strip() in ("Er", "Sie", "Es"):
        return sp  # "Er wirft der EU vor, …": the subject pronoun; the words after the verb are its object (1.90)
    if sp.kind in ("unknown", "pronoun") or (de_lead_not_subject(sv[0]) and sv[1]):
        return analyze_np(sv[1], lang) if sv[1] else SpeakerPhrase("", "unknown")
    return sp  # (rules-1.29: every adverbial of de_lead_not_subject, "Als Grund … gab die Schule an")


# rules-1.238: verbs that report speech after a quote only with their particle or infinitive closing the
# attribution, the speaker right after the verb ("„…“, wies die Ministerin den Vorwurf zurück.", "„…“, gab
# er zu.", "„…“, ließ der Trainer über den Verein mitteilen."); "„…“, gab es Applaus." is none
_DE_LASSEN_INFINITIVES = ("mitteilen", "verlauten", "ausrichten", "erklären", "wissen")
_DE_CLOSED_CUES = {
    "wies": ("zurück",),
    "wiesen": ("zurück",),
    "gab": ("zu",),
    "gaben": ("zu",),
    "ließ": _DE_LASSEN_INFINITIVES,
    "ließen": _DE_LASSEN_INFINITIVES,
}


def after_quote_cue(toks: list[Token], reach: int, lang: str) -> int | None:
    """The index of the cue among the words after a closing quote: a cue word, or (German) a verb of
    ``_DE_CLOSED_CUES`` right after the quote's comma (checked for its particle by particle_cue_unfinished). None
    before a capitalised "Wie" (rules-1.368: "„…“ Wie der Minister mitteilte, …" opens the next sentence)."""
    if lang == "de" and toks and toks[0].group() == "Wie":
        return None
    for i, t in enumerate(toks[:reach]):
        w = t.group()
        if (is_cue(w, lang) and not is_cognition(w)) or (lang == "de" and i == 0 and w in _DE_CLOSED_CUES):
            return i
    return None


# the words that end the subject of a closed cue: its object, a preposition, the particle ("wies die Stadt |die
# Kritik zurück", "ließ der Trainer |über den Verein mitteilen")
_DE_AFTER_SUBJECT = frozenset(
    "den dem die das einen einem ihm ihr ihnen uns sich seinen seinem seine ihren ihrem ihre jeden jede jeglichen "
    "jegliche alle über auf via per gegenüber bei in im am zurück zu".split()
)


# rules-1.282: the writer as the listener between a Ukrainian or Russian cue and its subject ("— сказала мне она",
# "— розповів мені він", "— сказали нам в министерстве"): no part of the speaker; before, "мне она" was no speaker
_CYR_WRITER_DATIVES = frozenset(("мне", "мені", "нам"))


def closed_cue_subject(toks: list[Token], ci: int) -> list[Token]:
    """The words after a cue that may name its speaker: for a closed cue, up to its object or preposition;
    a Ukrainian or Russian first-person dative right after the cue is skipped."""
    rest = toks[ci + 1 :]
    if len(rest) > 1 and rest[0].group() in _CYR_WRITER_DATIVES:
        rest = rest[1:]
    if toks[ci].group() not in _DE_CLOSED_CUES:
        return rest
    end = next((k for k in range(1, len(rest)) if rest[k].group() in _DE_AFTER_SUBJECT), len(rest))
    return rest[:end]


def particle_cue_unfinished(toks: list[Token], ci: int, lang: str) -> bool:
    """A German particle cue (DE_PARTICLE_CUES) after a quote whose attribution (up to a comma) ends in none;
    the cues of rules-1.169 only at the sentence's end ("„…“, stellte X fest, seien „…“": one statement)."""
    if lang != "de":
        return False
    comma = next((j for j in range(ci + 1, len(toks)) if toks[j].group() == ","), None)
    if (closing := _DE_CLOSED_CUES.get(toks[ci].group())) is not None:
        return (toks[comma - 1] if comma is not None else toks[-1]).group() not in closing or comma == ci + 1
    if toks[ci].group() not in DE_PARTICLE_CUES:
        return False
    if comma is not None and toks[ci].group() in ("stellte", "stellten", "hob", "hoben", "führte", "führten"):
        return True
    last = toks[comma - 1].group() if comma is not None else toks[-1].group()
    return last not in ("vor", "fest", "klar", "heraus", "hervor", "aus", "deutlich", "geltend")


_DE_GO_ON_WORDS = frozenset(("weiter", "außerdem", "zudem", "ferner"))


def new_de_statement(text: str, a: int, toks: list[Token], ci: int, lang: str) -> bool:
    """rules-1.428: „… auf den Zug.“ Thorsen sagte weiter, die Truppe werde …: after a quote closed by its own
    full stop, a capitalised subject, the cue, an adverb of going on and a comma open a new sentence whose cue has
    a complement of its own; it is no attribution of the quote. Left alone: no such adverb ("„…“ X sagte, man
    prüfe alles." gives the quote to X, rules-1.409), the cue right after the quote, "X sagte das am Montag."."""
    if (
        lang != "de"
        or ci == 0
        or text[a - 2 : a - 1] not in _SENTENCE_ENDS
        or not toks[0].group()[:1].isupper()
    ):
        return False
    after = [t.group() for t in toks[ci + 1 : ci + 3]]
    return len(after) == 2 and after[0] in _DE_GO_ON_WORDS and after[1] == ","


_SENTENCE_ENDS = frozenset(".!?")
