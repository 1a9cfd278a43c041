"""Sentence-final attributions: "…, its chief executive said on Monday.", "…, said the ministry.",
"…, Igor Panasenko, the country's defence minister, said." (the complement is what comes before)."""

from __future__ import annotations

import re

from ingest.extract.adjuncts import ADJUNCT_RE, OCCASION_TAIL_RE, coordination_cut, long_occasion
from ingest.extract.apposed import apposed_name
from ingest.extract.aux_de import aux_or_modal as _aux_or_modal
from ingest.extract.aux_de import de_own_predicate
from ingest.extract.bodies import not_named_before, org_before
from ingest.extract.clauses import CLOSE_MARKS, LISTENER_RE, SUBORDINATE_TAIL_RE
from ingest.extract.cues import Token, cue_gender
from ingest.extract.final_slavic import after_preposition, evidence_source
from ingest.extract.forward import parse_forward
from ingest.extract.lead_person_de import lead_person_de
from ingest.extract.lexicon import GROUP_NOUNS, PERSON_NOUNS, SLAVIC_EVIDENCE_CUES
from ingest.extract.lexicon import words as _w
from ingest.extract.orgnames import listed_body_start
from ingest.extract.parenthesis import cyr_relative_subject
from ingest.extract.plausible import plausible_speaker
from ingest.extract.plural_de import de_plural_group
from ingest.extract.speakers import SpeakerPhrase, is_cap
from ingest.extract.tails import (
    cut_apposition,
    decimal_comma,
    long_rest,
    medium_after_cue,
    object_tail,
    open_phrase_before,
    speaker_apposition,
)

_THAT_RE = re.compile(r"\bthat\b")
_SUBORDINATE_OPENERS = frozenset(
    _w(
        "which who whom whose where whereas deren dessen denen welche welcher welches welchem welchen wo was "
        "dass ob weil wenn als obwohl який яка яке які якого якої що де коли который которая которое которые "
        "которого которой что где когда wobei nachdem während bevor sobald womit weshalb wodurch indem"
    )
)
_RELATIVES = frozenset(_w("which who whom whose that where when"))
_TAIL_ADJUNCT_RE = re.compile(
    r"\s*(?:on|in|at|to|during|late|earlier|last|this|yesterday|today|told|am|im|bei|vor|gegenüber|"
    r"журналістам|журналистам|у|в|на|під|во|агентству|виданню|изданию)\b"
)


_DE_IMPERSONAL_TAIL_RE = re.compile(  # rules-1.49: "…, hieß es in Wiesbaden.", "…, hieß es aus dem Ministerium."
    # rules-1.60: a day before the place ("…, hieß es am Montag aus der Kammer."); rules-1.80: "…, heißt es darin."
    r"\s+es(?:\s+am\s+[A-ZÄÖÜ]\w*(?:tag|woch|abend|morgen)\w*)?"
    # rules-1.195: a part of the day or an adverb of time before the source ("…, hieß es anschließend aus dem
    # Kanzleramt.", "…, hieß es am Abend aus dem Ministerium.")
    r"(?:\s+(?:anschließend|später|danach|zuvor|zunächst|inzwischen|gestern|heute|am\s+(?:Abend|Morgen|Mittag|"
    r"Vormittag|Nachmittag)))?(?:\s+(?:weiter|dazu|außerdem|zudem|darin|hierin|dort|aus\s+\w+|von\s+\w+|(?:in|aus)\s+(?:dem\s+|der\s+)?[A-ZÄÖÜ][\w-]+))?"
    r"\s*[.!]?\s*$"
)
_DE_DARIN_RE = re.compile(r"\s+es\s+(?:darin|hierin)\b")
_DE_AUS_SOURCE_RE = re.compile(
    r"\saus\s+(?:(?:dem|der)\s+(?P<src>[A-ZÄÖÜ][\w-]+)"
    r"|(?P<circles>[A-ZÄÖÜ][\w-]+kreisen))\s*[.!]?\s*$"  # rules-1.128: "…, hieß es aus Ermittlerkreisen."
)
# German separable cue verbs put their particle at the end of a final attribution ("…, räumte der
# Geschäftsführer ein.", "…, teilten die Banken am Montag mit.", "…, wies der Sprecher zurück.")
_DE_PARTICLE_END_RE = re.compile(
    r"\s+(?:ein|an|aus|mit|zurück|hinzu|fest|dar|bekannt|vor|hervor|klar|heraus|deutlich|geltend)\s*[.!]?\s*$"
)
# rules-1.11: a day after a name in apposition closes the attribution ("…, Heinrich Tebben, am Mittwoch.")
# (rules-1.13: also a medium, "…, Alexej Martschenko, auf Telegram mit.")
_DE_COMMA_DAY_RE = re.compile(
    r",\s+(?:am\s+\w+(?:tag|woch|abend|morgen|nachmittag)\w*|auf\s+(?:Telegram|Facebook|X|Instagram|Anfrage))"
    # a place after the day: ", am Dienstag vor dem Ausschuss des Parlaments." (rules-1.20)
    r"(?:\s+(?:vor|in|im|bei|beim|auf|gegenüber)\s+(?:de[mnrs]|die|das|ein\w*|[A-ZÄÖÜ])[^,.!?\n]{0,50})?"
    r"(?:\s+(?:mit|an|bekannt))?\s*[.!]?\s*$"
)
# "Greece has asked for help …, the European Commission said.": the sentence is the final speaker's
_FINAL_SAY_RE = re.compile(
    r",\s+(?:the\s+|its\s+)?(?:[A-Z][\w'’.-]*\s+){1,5}(?:said|says)(?:\s+on\s+\w+day)?\s*[.!]?\s*$"
)
_FINAL_SOURCE_SAY_RE = re.compile(
    r",\s+(?:(?:the|a|an|one|two|three|several|other)\s+)?(?:[a-z-]+\s+){0,2}(?P<noun>[a-z]+)\s+(?:said|says)"
    r"\s*[.!]?\s*$"
)
# rules-1.303: "…, it said.", "…, India's foreign ministry said after talks …": a pronoun or a possessive subject
_FINAL_OTHER_SAY_RE = re.compile(
    r",\s+(?:it|he|she|they|[A-Z][\w.-]*['’]s\s+(?:[a-z-]+\s+){0,3}[a-z]+)\s+(?:said|says)"
    r"(?:\s+(?:on|in|at|after|late|early|earlier|later)\s[^,;:\"“”]{0,80})?\s*[.!]?\s*$"
)
# rules-1.378: cues of comment whose "on" names a topic, not an occasion ("remarked on the weather"; not "on
# Monday", "on social media", "on television")
_TOPIC_CUES = frozenset(
    _w("opined opines commented comments remarked remarks mused muses reflected reflects")
)
_TOPIC_ON_RE = re.compile(r" on (?!social\b|television\b|radio\b|air\b|camera\b|condition\b)[a-z]")
_NOT_INVERTED = frozenset(
    _w(
        "accused accuses urged urges called calls criticised criticized blamed blames praised thanked welcomed"
    )
)
_EN_SUBJECT_PRONOUNS = frozenset(_w("he she they it we i"))
_EN_AUX_RE = re.compile(
    r"(?:\s+(?:still|now|also|never|already|not|only|just|really))?"  # "said he still had …" (rules-1.31)
    r"\s+(?:would|will|had|has|have|was|were|is|are|could|can|should|must|might|may|did|does|do)\b"
)
_PARTICIPLE_TAIL_RE = re.compile(
    r",\s+(?:adding|saying|noting|stressing|arguing|warning|insisting|citing|speaking|[a-z]{3,}ing"
    r"|without\s+[a-z]{3,}ing)\b"  # rules-1.304: "…, a spokeswoman said, without giving a timeline."
)


def de_day_cut(text: str, start: int, e: int) -> int:
    """The end of a German attribution before a closing ", am Mittwoch." (else ``e``)."""
    if ", am " not in text[start:e] and ", auf " not in text[start:e]:
        return e
    m = _DE_COMMA_DAY_RE.search(text, start, e)
    return m.start() if m is not None else e


_DE_VIA_RE = re.compile(r"\s+(?:über|durch|von)\s")
# "…, berichtete von einer schlaflosen Nacht.": what was told about, no speaker (rules-1.15)
_DE_ABOUT_TAIL_RE = re.compile(
    r"\s+(?:von|über)\s+(?:ein|eine|einem|einer|einen|mehreren|zahlreichen|vielen)\s"
)
_CYR_INFINITIVE_RE = re.compile(r"\s*[а-яіїєґё]+(?:ти|ть|тися|ться|чь)\b")


def later_final_say(text: str, comp: int, e: int, cue: str) -> bool:
    """A complement after a cue that is no verb of saying ends in "…, the European Commission said."."""
    if cue in ("said", "says", "told", "tells"):
        return False
    k = text.rfind(", ", comp, e)
    if k <= comp:
        return False
    if _FINAL_SAY_RE.match(text, k, e) is not None or _FINAL_OTHER_SAY_RE.match(text, k, e) is not None:
        return True
    m = _FINAL_SOURCE_SAY_RE.match(text, k, e)  # "…, sources said.", "…, two officials said." (rules-1.34)
    noun = m.group("noun") if m is not None else ""
    return noun in GROUP_NOUNS or noun in PERSON_NOUNS or (noun[-1:] == "s" and noun[:-1] in PERSON_NOUNS)


def final_attribution(
    text: str, toks: list[Token], i: int, e: int, lang: str
) -> tuple[SpeakerPhrase, int] | None:
    """ "…, its chief executive said on Monday." / "…, said the ministry." → (speaker, complement end)."""
    t = toks[i]
    if lang == "de" and (part := _DE_PARTICLE_END_RE.search(text, t.end(), e)) is not None:
        e = part.start()
        toks = [k for k in toks if k.start() < e]
    if lang == "de" and (cut := de_day_cut(text, t.end(), e)) < e:
        e = cut  # "…, sagte der Vorsitzende des Verbands, Heinrich Tebben, am Mittwoch."
        toks = [k for k in toks if k.start() < e]
    tail = text[t.end() : e]
    if lang == "en" and tail.startswith((" to be ", " to have ")):
        return None  # "…, including the person believed to be the attacker.": a participle (rules-1.412)
    if tail.startswith(" on ") and t.group().lower() in _TOPIC_CUES and _TOPIC_ON_RE.match(tail):
        return None  # "…, X opined on the state of the world.": the topic, no occasion (rules-1.378)
    prev = toks[i - 1] if i else None
    if prev is not None and prev.group() in CLOSE_MARKS and i > 1 and toks[i - 2].group() == ",":
        prev = toks[i - 2]  # "… is ''not a backslapper,'' said Mr. Sperling"
        i -= 1
    if prev is not None and prev.group() in {",", "—", "–"}:  # inverted: ", said X."
        j = i - 1
        while j > 0 and toks[j - 1].group() in {",", "—", "–"}:
            j -= 1
        if (
            lang == "de"
            and j > 0
            and _DE_IMPERSONAL_TAIL_RE.match(text, t.end(), e)
            and t.group() in ("hieß", "heißt")
        ):
            # "…, hieß es (weiter).": the body (or person) named just before is the source
            if (
                " aus " in tail
                and (src := _DE_AUS_SOURCE_RE.search(tail))
                and (src["circles"] or not_named_before(src["src"], org_before(text, lang, t.start())))
            ):
                # "…, hieß es aus dem Ordinariat.": no body named before, so the place it came from (1.74);
                # rules-1.120: also after another body ("…, hieß es aus der Koalition." after the Behörde)
                name = src["src"] or src["circles"]  # circles: no body named before stands for them
                return SpeakerPhrase(name, "organisation", org=name), toks[j].start()
            doc = _DE_DARIN_RE.match(tail) is not None  # "…, heißt es darin.": the document just named (1.80)
            return SpeakerPhrase("darin" if doc else "es", "pronoun", gender="o"), toks[j].start()
        if lang == "de" and _DE_ABOUT_TAIL_RE.match(text, t.end(), e):
            return None
        if lang == "de" and _DE_COORD_PREDICATE_RE.match(text, t.end(), e):
            return None  # "X begrüßte die Einigung, forderte aber kleinere Klassen.": X's second predicate (1.45)
        if lang == "en" and (heard := listener_end(text, t, e)) is not None:
            # "…, Farida Haque, the regional director, told a news briefing.": the listener after "told"
            return _apposition_before(text, toks, j, t, e, lang, heard)  # is no inverted speaker (1.36)
        if lang == "en" and (of := _TOPIC_AFTER_CUE_RE.match(text, t.end(), e)) is not None:
            # "…, X, the director of …, said of Mrs. Clinton's plan.": the topic is no inverted speaker (1.37)
            return _apposition_before(text, toks, j, t, e, lang, of.end())
        raw, _pos = parse_forward(toks[toks.index(t) + 1 :], text, lang, cue_gender(t.group()) == "p")
        if lang == "en" and medium_after_cue(
            tail, raw
        ):  # "…, X, said on her Telegram channel." (rules-1.408)
            return _apposition_before(text, toks, j, t, e, lang)
        if lang == "en" and j > 0 and ", " in raw and (apposed := apposed_name(raw, lang)) is not None:
            return apposed, toks[j].start()
        if lang in ("uk", "ru") and cyr_relative_subject(
            text, toks[0].start(), toks[j].start(), t.group(), tail
        ):
            return None  # "Джерело в «Леві», яке побажало …, підтвердило …": the subject (rules-1.20)
        if lang in ("uk", "ru") and _CYR_INFINITIVE_RE.match(tail):
            return None  # "Вакуленко, своєю чергою, пообіцяв приїхати до …": an infinitive, no subject
        if raw and j > 0 and t.group().lower() in SLAVIC_EVIDENCE_CUES:
            return evidence_source(raw, lang), toks[j].start()  # "…, свідчить звіт.": its author (1.35)
        if (
            raw
            and lang == "de"
            and plausible_speaker(raw, lang) is None
            and (pl := de_plural_group(raw, t.group(), lang))
        ):
            return pl, toks[j].start()  # "…, sagten die Bauern.": a plural group no list names (rules-1.75)
        if not raw or plausible_speaker(raw, lang) is None:
            return _apposition_before(text, toks, j, t, e, lang) if lang == "en" else None
        rest = text[text.find(raw, t.end()) + len(raw) : e]
        if (sub := SUBORDINATE_TAIL_RE.search(rest)) is not None:
            rest = rest[: sub.start()]  # "…, said the ministry, as repairs …"
        if raw[-2:] in ("’s", "'s") and rest.lstrip()[:1].islower():
            return None  # "…, insists Brazile’s actions were …": a possessive, not a firm's name (rules-1.84)
        if (
            (long_rest(rest, lang) and not (lang == "en" and speaker_apposition(rest)))
            or object_tail(rest, t.group(), raw)
            or t.group().lower() in _NOT_INVERTED
        ):  # (1.197; a clause's verb: 1.245; an apposition to the speaker, however long: 1.397)
            return None  # "…, accused Moscow of trying to buy votes": not an inverted attribution
        if lang == "en" and raw.lower() in _EN_SUBJECT_PRONOUNS and _EN_AUX_RE.match(rest):
            return None  # "The Portuguese, who …, said he would not …": the subject of a clause (1.29)
        sp = plausible_speaker(raw, lang, appositive=True)  # (rules-1.64: an inverted speaker's apposition)
        if sp is not None and lang in ("uk", "ru") and after_preposition(raw, lang):
            return None  # "Компания, объясняет дефицит задержкой поставок из Индии.": an object (rules-1.60)
        if (
            sp is not None
            and lang == "de"
            and j > 0
            and lead_person_de(text, toks[0].start(), toks[j].start())
        ):
            return None  # "Der Bürgermeister von X, Peter Lindqvist, kritisierte …": the subject (rules-1.13)
        return (sp, toks[j].start()) if sp is not None and j > 0 else None
    if tail.startswith(" out") and t.group() == "pointed":
        tail = tail[4:]  # "…, he pointed out, and …": the particle of a phrasal cue (rules-1.21)
    part = _PARTICIPLE_TAIL_RE.search(tail)
    if part:
        tail = tail[: part.start()]
    if (sub := SUBORDINATE_TAIL_RE.search(tail)) is not None:
        tail = tail[: sub.start()]  # "…, the company said on Monday, as repairs were completed …"
    if ", where " in tail and lang == "en":  # "…, X told a news conference at the fortress, where …" (1.313)
        tail = tail[: tail.index(", where ")]
    if lang == "en" and (coord_at := coordination_cut(tail)) is not None:
        tail = tail[:coord_at]  # "…, he admitted, and only …", "…, it said in a statement, but …" (1.16)
    if (app := cut_apposition(tail) if lang == "en" else None) is not None:
        tail = tail[:app]  # "…, police said on Thursday, the second such attack this year." (rules-1.197)
    if len(tail.split(None, 16)) > (16 if long_occasion(tail) else 9) or (
        "that" in tail and _THAT_RE.search(tail)
    ):
        return None  # (rules-1.116: "…,” Ms. Rice said in an interview on the PBS television program “Charlie Rose.”)
    if not _only_adjuncts(tail) and not (
        t.group().lower() in ("told", "tells", "tell") and LISTENER_RE.match(tail)
    ):
        return None
    # NP between the last comma and the cue
    for j in range(i - 1, max(-1, i - 14), -1):
        if toks[j].group() in {",", "—", "–"} and not decimal_comma(text, toks[j]):
            raw = text[toks[j].end() : t.start()]
            first = raw.split(None, 1)
            if first and (
                first[0].lower() in _SUBORDINATE_OPENERS
                or (lang == "de" and (first[0] in _DE_REL_PRONOUNS or de_own_predicate(first, t.group())))
            ):  # "…, deren Geschichte sie in dem Film erzählt", "…, der 900 Stellen fordert" (rules-1.25):
                return None  # a relative clause, verb last
            if lang == "de" and first and first[0] in ("ließ", "ließen") and len(first) > 1:
                # "…, ließ er über seinen Anwalt erklären" (rules-1.13): the subject after "ließ"
                raw = _DE_VIA_RE.split(first[1], 1)[0]
            elif lang == "de" and first and _aux_or_modal(first) and j + 2 < i:
                if lead_person_de(text, toks[0].start(), toks[j].start()):
                    return None  # "Der Chef des X, Y Z, hat … gefordert.": the subject, no inversion (1.351)
                raw = parse_forward(toks[j + 2 : i], text, lang)[0] or raw  # "…, hatte Obama … gesagt" (1.25)
            if lang == "en" and (b := listed_body_start(text, toks[j].start(), raw)) >= 0:
                while j > 0 and toks[j].start() > b:  # "…, the Department for Environment, Food and …" (1.82)
                    j -= 1
                raw = text[b : t.start()]
            sp = plausible_speaker(raw, lang)
            if (
                sp is not None and j > 1 and not (app is not None and open_phrase_before(toks, j + 1))
            ):  # (1.197)
                k = j
                while k > 0 and toks[k - 1].group() in {",", "—", "–"}:
                    k -= 1
                return sp, toks[k].start()
            return None
    return None


_DE_COORD_PREDICATE_RE = re.compile(
    r"\s+(?:aber|jedoch|zudem|außerdem|zugleich|gleichzeitig|dann)\s+[a-zäöü]"
)
_TOPIC_AFTER_CUE_RE = re.compile(
    r"\s+of\s+(?!(?:how|what|why|whether|when)\b)(?:[^\s,;]+\s+){0,6}?[^\s,;]+(?=\s*[.!?]?$)"
)


_DE_REL_PRONOUNS = frozenset(("der", "die", "das", "welcher", "welche", "welches"))


def listener_end(text: str, t: Token, e: int) -> int | None:
    """The end of the listener after an English "told"/"tells" ("told reporters", "told a news briefing")
    when only adjuncts follow it to the sentence end ``e``, else None."""
    if t.group().lower() not in ("told", "tells") or (m := LISTENER_RE.match(text, t.end(), e)) is None:
        return None
    return m.end() if m.end() > t.end() and _only_adjuncts(text[m.end() : e]) else None


def _apposition_before(
    text: str, toks: list[Token], j: int, t: Token, e: int, lang: str, after: int = -1
) -> tuple[SpeakerPhrase, int] | None:
    """ "…, Igor Panasenko, the country's defence minister, said on Tuesday.": the speaker is the name
    and its apposition between the last commas before the cue (or the apposition alone); ``after``: the
    end of a listener after the cue ("told reporters")."""
    if not _only_adjuncts(text[max(after, t.end()) : e]):
        return None
    commas = [k for k in range(j - 1, max(0, j - 24), -1) if toks[k].group() == ","]
    if len(commas) >= 2 and _aside(toks[commas[0] + 1].group()):
        # "…, the company, which employs 300 people, said" / "…, a diplomat, speaking on condition of
        # anonymity, said": the speaker is the phrase before the aside
        sp = plausible_speaker(text[toks[commas[1]].end() : toks[commas[0]].start()], lang)
        return (sp, toks[commas[1]].start()) if sp is not None and "," not in sp.text else None
    for k in commas[
        1:2
    ]:  # "…, Igor Panasenko, the defence minister, said" / "…, the minister, Igor Panasenko, said"
        sp = plausible_speaker(text[toks[k].end() : toks[j].end()], lang)
        if k > 1 and sp is not None and sp.kind == "person" and sp.name:
            return sp, toks[k].start()
    for n, k in enumerate(
        commas[1:4]
    ):  # a name opens an earlier aside: "…, Scott Pruitt, the …, one of …, said"
        if k < 2:
            break
        sp = plausible_speaker(text[toks[k].end() : toks[commas[n]].start()], lang)
        if sp is not None and sp.kind == "person" and sp.name:
            return sp, toks[k].start()
    if commas and commas[0] > 1:  # the role alone: "…, the company's spokesman, said"
        sp = plausible_speaker(text[toks[commas[0]].end() : toks[j].start()], lang)
        if sp is not None and "," not in sp.text:
            return sp, toks[commas[0]].start()
    return None


def _only_adjuncts(tail: str) -> bool:
    """Nothing after the cue but punctuation or an adjunct ("on Tuesday", "in a statement", "told")."""
    return not tail.strip(" .!") or bool(
        ADJUNCT_RE.match(tail) or _TAIL_ADJUNCT_RE.match(tail) or OCCASION_TAIL_RE.match(tail)
    )


def _aside(word: str) -> bool:
    """A relative or participle opening a comma aside ("which employs …", "speaking on condition …")."""
    low = word.lower()
    return low in _RELATIVES or (low.endswith("ing") and len(low) > 5)


def inverted_after_comma(text: str, toks: list[Token], i: int, e: int, comp: int, lang: str) -> bool:
    """English ", said ABC News." after a clause: the cue follows a comma and a capitalised speaker runs
    from the complement's start to the sentence end (rules-1.25)."""
    return (
        lang == "en"
        and i > 0
        and toks[i - 1].group() == ","
        and is_cap(text[comp : comp + 3].lstrip()[:1])
        and _FINITE_AFTER_RE.search(text, comp, e) is None  # "…, said Ivanka Trump's statement didn't …"
        and _NAME_PAST_RE.match(text, comp, e) is None  # "…, said Brussels stood ready to help" (rules-1.325)
        and final_attribution(text, toks, i, e, lang) is not None
    )


_NAME_PAST_RE = re.compile(
    r"\s*(?:[A-Z][\w’'-]*\s+){1,3}(?:[a-z]{2,}ed|stood|saw|made|came|went|took|gave|held|knew|felt|won|lost)\b"
)
_FINITE_AFTER_RE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|did|does|do|will|would|could|can|should|may|might|must)\b|n[’']t\b"
)
