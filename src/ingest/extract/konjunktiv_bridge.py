"""rules-1.153: a German Konjunktiv chain that goes on after one sentence of the speaker's own in the
ambiguous past ("Das Land sei gebunden, sagte sie. Ohne die Reform drohten Strafen. Sie sei aber bereit, …"):
the third sentence, opened by a pronoun and in Konjunktiv I, continues the statement before the second."""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.extract.about_forms import de_about_this
from ingest.extract.cues import Raw
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
# the indicative; the endings of now_weak_past, and "-nten" after a vowel, "-erten" after a consonant but w, "-ierten"
_PLURAL_PAST_RE = re.compile(
    r"\s*[A-ZÄÖÜ][\wäöüß-]*(?:\s+[a-zäöüß][\wäöüß-]*)?(?:\s+[A-ZÄÖÜ][\wäöüß-]*)?\s+[a-zäöüß]{2,}"
    r"(?:[td]e|[bgkpfz]|hl|hn|hr|mm|ll|nn|ck|ss|[aeiouäöü]n|[bdgklmnpsuz]er|ie[r])ten\s+(?=[a-zäöüß0-9])"
)


def past_between(
    text: str, sents: list[Sentence], si: int, by_sent: dict[int, Raw], konj: Callable[[str, bool], bool]
) -> bool:
    """Whether sentence ``si``, right after a statement, is a plural's Konjunktiv II that reads as the weak past: the
    next sentence of its paragraph, nobody's statement yet, goes on in the subjunctive."""
    sent = sents[si]
    if "ten " not in text[sent.start : sent.end] or si + 1 >= len(sents) or si + 1 in by_sent:
        return False
    nxt = sents[si + 1]
    return (
        nxt.para == sent.para
        and _PLURAL_PAST_RE.match(text, sent.start, sent.end) is not None
        and text[nxt.start : nxt.start + 1] not in '„“"»«'
        and konj(text[nxt.start : nxt.end], False)
    )
