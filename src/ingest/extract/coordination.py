"""Clause boundaries added in rules-1.14: a coordinated clause with its own subject and cue ends the
complement before it ("X said …, but the agency said …"), and the subject of a German perfect
before a participle cue ("Das Ministerium hatte im August erklärt, …")."""

from __future__ import annotations

import re

from ingest.extract.andname import and_name_break
from ingest.extract.clauses import NP_CLAUSE_RE
from ingest.extract.frames_de import de_lead_not_subject
from ingest.extract.lexicon import GROUP_NOUNS
from ingest.extract.lexicon import words as _w
from ingest.extract.lexicon_de import DE_HABEN
from ingest.extract.plausible import plausible_speaker
from ingest.extract.roles import is_org_word
from ingest.extract.speakers import SpeakerPhrase

# a sentence that opens with a subordinate clause: its first comma may close it (rules-1.25)
_SUBORDINATE_RE = re.compile(
    r"(?:(?:So|And|But)\s+when|While|Whereas|Although|Though|Even as|Even though|When|Once|After|Before|Since|Until|"
    r"If|Because|As soon as)\s"
)  # (rules-1.29: when, once, after, before, since, until, if, because)
# the comma that closes a subordinate opening: not before a relative, a conjunction or a participle
_MAIN_CLAUSE_RE = re.compile(
    r",\s+(?!(?:which|who|whom|whose|that|and|or|but|as|including|such|not|then|because|if|when|where|while|"
    r"though|although|even|especially|particularly|notably|for|from|in|on|at|with|by|to|of)\b)(?![a-z]+(?:ed|ing)\b)"
)
_PLAIN_BREAK_RE = re.compile(r",\s+(?:(?:but|yet)\s+)?")
_NEXT_SUBJECT_RE = re.compile(
    r",?\s+(?:but|yet|whereas|while|although|though|но|але|однак|однако|aber)\s"
    r"|,\s+(?:und|а|і|и)\s(?!(?:також|также|ещё|еще|ще|zwar|auch)\b)"  # rules-1.187: ", und die Polizei teilte
)  # mit, …", ", а поліція повідомила, …"; "but" without its comma ("… was closed but police said …")


# a noun phrase that can open a new subject after ", but" (not a pronoun: "but he said" is the same speaker)
_SUBJECT_OPENERS = frozenset(
    _w("the a an its his her their our some many several в у на во der die das ein eine")
)


# rules-1.253: a relative clause between the next subject and its cue (", while Energy UK, which represents
# suppliers, said …", ", а в мэрии, которая …, заявили …")
_REL_ASIDE_RE = re.compile(
    r",\s+(?:which|who|whose|який|яка|яке|які|котрий|который|которая|которое|которые)\s[^,;:.!?\"“”«»]{2,90},\s*$"
)


def _subject_end(text: str, at: int, cu: int) -> int:
    """Where the subject that opens at ``at`` ends before the cue at ``cu``: before a relative clause set off
    by commas right before the cue, else at the cue (rules-1.253)."""
    if "," not in text[at:cu] or (r := _REL_ASIDE_RE.search(text, at, cu)) is None:
        return cu
    return r.start()


def cut_before_next_subject(text: str, cs: int, ce: int, used: set[int], lang: str) -> int:
    """End of the complement text[cs:ce] before a coordinated clause with a subject and a cue of its own
    ("X said …, but the agency said …", "X заявил, что …, но в профсоюзе сказали, что …") (rules-1.14);
    after a subordinate opening ("While critics say …, supporters argue …") a plain comma is enough, and
    a group noun ("supporters", "residents") can be the subject (rules-1.25)."""
    dot = text.rfind(". ", 0, cs)
    start = max(text.rfind("\n", 0, cs) + 1, dot + 2 if dot != -1 else 0)
    subordinate = (
        _SUBORDINATE_RE.match(text, start) is not None
        and text.find(", ", start, cs) == -1  # the complement is inside the subordinate clause
        and any(start < cu < cs for cu in used)  # after its own cue ("While X said …, Y …")
    )
    for cu in sorted(used):
        if cs < cu < ce and (text.find(", ", cs, cu) != -1 or text.find(" but ", cs, cu) != -1):
            found = list((_PLAIN_BREAK_RE if subordinate else _NEXT_SUBJECT_RE).finditer(text, cs, cu))
            m = found[-1] if found else None  # the last break before the cue
            sub_end = cu if m is None else _subject_end(text, m.end(), cu)
            if (
                m is not None
                and m.end() < sub_end
                and sub_end - m.end() < 60
                and "," not in text[m.end() : sub_end]
            ):
                words = text[m.end() : sub_end].split()
                first = words[0]
                if first.lower() in ("that", "dass", "що", "что"):
                    continue  # "… were independent but that ministers expected …": the same speaker's
                if (
                    first.lower() in _SUBJECT_OPENERS
                    or any(w[:1].isupper() for w in words)
                    or (len(words) <= 2 and (words[-1] in GROUP_NOUNS or is_org_word(words[-1])))  # "police"
                ):
                    return m.start()
            if lang == "en" and (at := and_subject_break(text, cs, cu) or and_name_break(text, cs, cu)):
                return at - (text[at - 1] == ",")  # "…, and Sen. John McCain (R-Ariz.), said" (rules-1.169)
        elif lang == "en" and cs < cu < ce and (at := and_name_break(text, cs, cu)) is not None:
            return at
    if subordinate:  # "While critics say …, many voters have …": the main clause after the first comma
        m = _MAIN_CLAUSE_RE.search(text, cs, ce)
        if m is not None:
            return m.start()
    return ce


# rules-1.107: ", and the council said …", ", and its chief executive, Nicola Bray, said …": a clause with its
# own subject (an article or possessive and a noun, or a name, with at most one name in apposition) and cue
_AND_SUBJECT_RE = re.compile(
    r",\s+and\s+(?:(?:the|its|his|her|their|a|an)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
    r"(?:,\s+(?:[A-Z][\w'’-]+\s+){1,3}?[A-Z][\w'’-]+,)?|(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+|(?P<group>[a-z]+))\s+$"
)


_EN_PRONOUNS = frozenset(("I", "He", "She", "It", "We", "They"))


def and_subject_break(text: str, cs: int, cu: int) -> int | None:
    """The ", and" before the cue at ``cu`` when a subject of its own stands between them (rules-1.107)."""
    k = text.rfind(", and ", cs, cu)
    if k == -1 or cu - k > 90 or (m := _AND_SUBJECT_RE.match(text, k, cu)) is None:
        return None
    if text[k + 6 : cu].split()[0] in _EN_PRONOUNS or (
        m.group("group") and m.group("group") not in GROUP_NOUNS
    ):
        return None  # (", and he said …" is the same speaker's: the split at "and he" reads it)
    return m.start()


_DE_AUX_RE = re.compile(rf"\s(?:{'|'.join(DE_HABEN)})\s")
# an accusative object right before the participle, not after a preposition ("den Streik", not "vor die Presse")
_DE_OBJECT_BEFORE_RE = re.compile(
    r"(?:^|\s(?!(?:am|im|in|an|auf|vor|für|gegen|über|um|durch|nach|bei|mit|zu|von|aus)\s)\S+\s)"
    r"(?:den|einen|die|das|eine|ein|seinen|ihren|seine|ihre|keinen|keine)\s(?:[a-zäöü][\w-]*\s)?[A-ZÄÖÜ][\w-]*\s*$"
)


def de_perfect_subject(text: str, s: int, t: re.Match[str], lang: str) -> SpeakerPhrase | None:
    """The subject of a German perfect before a participle cue: "X hatte im August erklärt, …" (X
    before the auxiliary) or "Im August hatte X erklärt, …" (X after it)."""
    if not (t.group().startswith("ge") or t.group().endswith("t") or t.group() in _EN_PARTICIPLES):
        return None
    aux = _DE_AUX_RE.search(text, s, t.start())
    if aux is None or text.find(",", aux.end(), t.start()) != -1:
        return None
    lead = text[s : aux.start()]  # "Bereits vor zwei Wochen hatte X erklärt": no subject (rules-1.34)
    if "," in lead and not lead.rstrip().endswith(","):
        return None  # commas only around a name in apposition: "Der Nachfolger …, Louis Gallois, hat" (1.36)
    sp = None if de_lead_not_subject(lead) else plausible_speaker(lead, lang)
    if sp is not None and sp.kind != "unknown" and _DE_OBJECT_BEFORE_RE.search(text[aux.end() : t.start()]):
        return None  # "Der Verband hatte den Streik angekündigt, …": the participle has its object (1.36)
    if sp is not None and sp.kind == "pronoun" and lead.strip().lower() in _DE_PRONOUN_SUBJECTS:
        return (
            sp  # "Er hatte im Parlament gesagt, …": the pronoun is the subject, not the adjunct (rules-1.261)
        )
    after = text[aux.end() : t.start()]
    if after[:3] in ("er ", "sie") and after.split(None, 1)[0] in _DE_PRONOUN_SUBJECTS:
        sp = plausible_speaker(after.split(None, 1)[0], lang)  # "Im Mai hatte er im Parlament gesagt" (1.261)
        return sp if sp is not None and sp.kind == "pronoun" else None
    if sp is None or sp.kind in ("unknown", "pronoun"):
        sp = plausible_speaker(after, lang)
    return sp if sp is not None and sp.kind not in ("unknown", "pronoun") else None


_EN_PARTICIPLES = frozenset(_w("unterstrichen versprochen empfohlen angegeben"))  # (rules-1.275: "angegeben")
_DE_PRONOUN_SUBJECTS = frozenset(("er", "sie"))


def de_perfect_np(raw: str, lang: str) -> SpeakerPhrase | None:
    """The subject in the words before a German participle cue that hold the auxiliary: "Falkner selbst
    hatte im Prozess (eingeräumt)" → Falkner, "Im Prozess hatte Falkner (eingeräumt)" → Falkner; None
    without an auxiliary (rules-1.36)."""
    aux = _DE_AUX_RE.search(raw)
    if aux is None:
        return None
    lead = raw[: aux.start()]
    sp = None if not lead.strip() or de_lead_not_subject(lead) else plausible_speaker(lead, lang)
    return sp if sp is not None else plausible_speaker(raw[aux.end() :], lang)


_NO_COMPLEMENT = frozenset(_w("of to"))


def no_complement(text: str, cue_end: int, at: int) -> bool:
    """The words at ``at`` after an English cue are no reported clause: "said of Mrs. Clinton's plan"
    (the topic), "said to Wired" (the listener), "warning of “…”" (rules-1.29); after "that" they are.
    Nor is a noun phrase with an article and no verb after a comma, the writer's apposition to the sentence
    ("…, police said on Thursday, the second such attack this year.", rules-1.197)."""
    if text[at : at + 8].split(None, 1)[0] in _NO_COMPLEMENT and "that" not in text[cue_end:at]:
        return True
    if text.endswith(("tells", "tell", "told"), 0, cue_end) and _STORY_RE.match(text, cue_end) is not None:
        return True  # "It tells the story of a gambler sent to Las Vegas": a plot, no statement (rules-1.413)
    if text.endswith(("added", "adds"), 0, cue_end) and " to " in text[at : at + 70] and at - cue_end < 3:
        m = _ADD_TO_RE.match(text, at)  # "UNESCO, which added the town to its list, …": "add" is no cue here
        if m is not None and _CLAUSE_WORD_RE.search(m.group("np")) is None:
            return True
    return (
        "," in text[cue_end:at]
        and not text[cue_end:at].rstrip().endswith(" that")  # "warned, however, that a rise …" (rules-1.418)
        and (m := _WRITER_APPOSITION_RE.match(text, at)) is not None
        and _CLAUSE_WORD_RE.search(m.group()) is None
    )


_STORY_RE = re.compile(
    r"\s+(?:the|a|an|his|her|its|their)\s+(?:[\w-]+\s+)?(?:story|stories|tale|tales)\b"
    r"(?!\s+of\s+(?:how|why|what|when|where|whether)\b)"  # "told the story of how …": what she told
)
# rules-1.335: "added <noun phrase> to <the/its/a name …>" (no finite verb ending in -ed before "to"): the verb of
# putting something on a list, not of speech ("which added the centre to its danger list", "added Russia to the
# list"); not past a word in -ed or a lower-case word in -s before "to" (a verb: "added the team wanted to …",
# "added Kyiv belongs to the …", "added the plan was linked to …" stay reported clauses)
_ADD_TO_RE = re.compile(
    r"\s*(?P<np>(?:the|a|an|its|his|her|their|our|this|these|those|some|\d[\d,.]*|[A-Z][\w’'-]*)"
    r"(?:\s+(?![\w-]+ed\s+to\b|[a-z][\w-]*s\b)[\w’'-]+){0,6}?)\s+to\s+(?:the|a|an|its|his|her|their|our|this|[A-Z])"
)
_WRITER_APPOSITION_RE = re.compile(r"\s*(?:the|a|an)\s+[a-z][^.!?;:,\n\"“”]*(?=[.!?]|$)")
_CLAUSE_WORD_RE = re.compile(
    r"\b(?:would|will|had|has|have|was|were|is|are|could|should|might|must|can|did|does|do|that|which|who|whom|"
    r"whose|said|says)\b"
)


_COORD = frozenset(_w("and but і та а але и но und aber однак однако проте"))


def after_coordination(toks: list[re.Match[str]], i: int) -> bool:
    """The cue at ``toks[i]`` follows "and"/"but" (also "but also", rules-1.36): a second predicate of the
    subject before ("Varga blamed … but also admitted that …")."""
    prev = toks[i - 1].group().lower() if i else ""
    if prev in _COORD_ADVERBS and i > 1:
        i -= 1
        prev = toks[i - 1].group().lower()
    if prev in _PERFECT_AUX and i > 1:  # rules-1.236: "Mr. Trump has attacked X, and has called for …"
        # (after a name only: "The Republican nominee has offered …, but has denied …" may be anybody's)
        return (
            toks[i - 2].group().lower() in ("and", "but")
            and toks[0].group() not in ("The", "A", "An")
            and toks[i].group().lower() not in ("continued", "added")  # "… and have continued under Obama"
        )
    return prev in _COORD


_PERFECT_AUX = frozenset(("had", "has", "have"))
# rules-1.448: a time adverb between "and"/"but" and the cue ("…, but later said …", "… and then added …") as "also"
_COORD_ADVERBS = frozenset(("also", "later", "then"))


# rules-1.86: a second cue after "and"/"but" ("… but said …", "… and insisted …")
_AND_CUE_RE = re.compile(
    r"\s(?:and|but)\s+(?:also\s+)?(?:said|says|added|adds|insisted|insists|argued|argues|warned|warns|stressed|"
    r"noted|told|maintained|maintains)\b"
)


def clause_before_second_cue(text: str, start: int, end: int) -> bool:
    """A that-less clause after a cue that otherwise takes an object, ended by a second cue of the same
    subject ("acknowledged the case was embarrassing but said …", "admitted the roof had leaked but insisted
    …"): the first clause is a statement too, however long the sentence (rules-1.86)."""
    return (
        NP_CLAUSE_RE.match(text, start, end) is not None and _AND_CUE_RE.search(text, start, end) is not None
    )
