"""Where a reported clause ends (``CUT_RE``), and a second predicate of the cue's subject after a Ukrainian
or Russian complement: in "Она заявила, что …, и потребовала …" / "Він заявив, що …, і вимагав …" the
statement ends before ", и потребовала" (rules-1.48).
Only after a comma and a plain "и"/"і"/"та" (no comma joins two predicates of one subject there, so the comma
closes the "что"-clause); ", но …" and ", а …" may go on inside it ("…, что Орлова принимала …, но забыла …").
A cue verb there ("…, и добавила, что …") is left to the split into a further statement."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from ingest.extract.cues import guarded, is_cue
from ingest.extract.lexicon import words as _w

_COORD_VERB_RE = re.compile(
    r",\s+(?:и|і|й|та)\s+(?:не\s+|также\s+|також\s+|сразу\s+|затем\s+|потім\s+)?"
    r"(?P<v>[а-яёіїєґ'’]{4,})(?=[\s,.;:!?]|$)"
)
# nouns and short forms that end like a past verb ("и персонал", "и дела", "і цілі")
_NOT_VERBS = frozenset(
    _w(
        "материал матеріал персонал капитал капітал сигнал канал финал фінал журнал генерал зал вокзал "
        "потенциал потенціал интервал інтервал минерал арсенал портал идеал ідеал дела села тела мала "
        "цели земли роли боли соли сели доли пили стали стала стал были было была был "
        "улов засів острів"
    )
)


def _past_form(word: str, lang: str) -> str | None:
    """Number and gender of a past-tense verb form: "m", "f", "p" or None."""
    w = word.lower().replace("ё", "е")
    for refl in ("ся", "сь"):
        if w.endswith(refl) and len(w) > 5:
            w = w[: -len(refl)]
            break
    if w.endswith("ла"):
        return "f"
    if w.endswith("ли"):
        return "p"
    if lang == "ru" and re.search(r"[аяиеыуо]л$", w):
        return "m"
    if lang == "uk" and re.search(r"[аяиуоє]в$", w):  # not "-ів", the genitive plural of nouns
        return "m"
    return None


# rules-1.127: ", но назвал …" / ", але назвала …": a verb of naming after "but" that agrees with the cue is the
# speaker's own next act ("Он признал, что проект затянулся, но назвал аукционы «…»"), not the clause's
_BUT_NAMING_RE = re.compile(
    r",\s+(?:но|але|однако|однак|проте|а)\s+(?:при\s+этом\s+|при\s+цьому\s+|все\s+же\s+|всё\s+же\s+)?"
    r"(?P<v>(?:назва|охарактеризова|охарактеризува)[а-яёіїєґ]*)(?=[\s,])"
)


def second_predicate(seg: str, cue: str, lang: str, quoted: Callable[[int], bool]) -> re.Match[str] | None:
    """The first ", и/і <past verb>" in ``seg`` whose verb agrees with the cue's past form and is no cue, or
    ", но/але <verb of naming>" agreeing with it."""
    form = _past_form(cue, lang)
    if form is None or lang not in ("uk", "ru"):
        return None
    found = [
        m
        for rx in (_COORD_VERB_RE, _BUT_NAMING_RE)
        for m in rx.finditer(seg)
        if not (m.group("v").lower() in _NOT_VERBS or is_cue(m.group("v"), lang) or quoted(m.start()))
        and _past_form(m.group("v"), lang) == form
    ]
    return min(found, key=lambda m: m.start()) if found else None


# Where a reported clause ends: a semicolon, a participle or source that starts anew (", speaking on …",
# ", citing officials"), or a second predicate that says nothing (moved here from reported, rules-1.53)
CUT_RE = guarded(
    r"\s*;\s|,\s+(?:speaking|according\s+to|citing\s+(?:sources|officials)|he\s+said|she\s+said|they\s+said|calling|"
    r"sagte\s+er|sagte\s+sie|so\s+\w+|—\s*(?:сказав|сказала|сказал|заявив|заявила|заявил))\b"
    r"|\s+(?:speaking\s+on\s+condition)\b"
    # rules-1.174: the writer's word on the whole claim after it ("… was preparing an offensive, a forecast that has
    # not come true"): a speaker does not call his own words a claim or a forecast
    r"|,\s+(?:a|an)\s+(?:[a-z-]+\s+)?(?:claim|forecast|prediction|assertion|allegation|accusation|charge|assessment|"
    r"contention|estimate|figure|view|warning)\s+(?:that|which|echoed|shared|disputed|denied|"
    r"rejected|contradicted|dismissed|backed|repeated|made)\b"
    # rules-1.303: the speaker's own word on the act after it, as an appositive ("… would slow its purchases from
    # April, a change he called “technical”"): the reported clause ends before it
    r"|,\s+(?:a|an)\s+(?:[a-z-]+\s+)?(?:move|step|change|decision|measure|shift|plan|policy|cut|rise|increase)\s+"
    r"(?:that\s+|which\s+)?(?:he|she|it|they|critics|opponents|analysts)\s+"
    r"(?:called|calls|described\s+as|describes\s+as|termed|dubbed)\b"
    # rules-1.183: the market's answer the writer adds ("… it would close 14 stores, sending its shares down 11%")
    # rules-1.306: another group's word after a concessive conjunction ("… have become more intense, though scientists
    # caution that …"): a second source, no part of the first one's clause
    r"|,\s+(?:though|although|while|whereas|but)\s+(?:(?:other|some|many|most|independent|local)\s+)?[a-z]{3,}s\s+"
    r"(?:say|said|caution|cautioned|warn|warned|argue|argued|note|noted|insist|insisted|contend|contended)\s"
    # rules-1.344: the writer's time frame after the clause ("… no date had been set, days after Berlin signalled …",
    # "…, two weeks before the vote"): how long after or before an event, no part of what was said
    # (not one set off before the main clause: "In a message, just hours after the attack, the account …")
    r"|,\s+(?:(?:(?:just|only|barely|some|a\s+few|two|three|four|five|six|several|\d+)\s+)?(?:days|hours|weeks|months)"
    r"|(?:just\s+|only\s+|barely\s+)?(?:a|one)\s+(?:day|week|month))\s+(?:after|before)\s"
    r"(?![^.;]{0,120}?,\s+(?:the|a|an|he|she|it|they|its|their|his|her)\s)"
    r"|,\s+(?:sending|pushing|driving|knocking|lifting)\s+(?:(?:its|their|the|[A-Z][\w-]*['’]s)\s+)?"
    r"(?:[A-Z][\w-]*\s+)?(?:shares|stock|share\s+price|stock\s+price|bonds|bond\s+yields)\b"
    # rules-1.67: the speaker's own next act, "… said … that X was … and proposed a cap on …"
    r"|\s+and\s+(?:then\s+)?(?:proposed|unveiled|pledged|vowed|ordered|launched)\s+(?:a|an|the|to|new)\b"
    # rules-1.107: and a verb of praise or blame with its object ("… she was "gutted" and praised the volunteers"),
    # not after a perfect, whose participles it may share ("… the mayor had met residents and thanked the staff")
    r"|\s+and\s+(?P<act>praised|thanked|criticised|criticized|welcomed|condemned|applauded|hailed)\s+"
    r"(?:the|a|an|his|her|their|its|all|everyone|those)\b"
    # rules-1.367: or a proper name or adjective as the object ("… and thanked Georgian authorities")
    r"|\s+and\s+(?P<act2>praised|thanked|criticised|criticized|welcomed|condemned|applauded|hailed)\s+[A-Z][a-z]"
    # a second predicate that says nothing: "…, but declined to say whether …", ", nannte aber keine Zahlen"
    r"|,?\s+but\s+(?:(?:he|she|they|it)\s+)?(?:then\s+)?(?:declined|refused|gave\s+no|offered\s+no|provided\s+no|stopped\s+short"
    # rules-1.78: a negated modal only with a verb of telling or knowing ("but could not confirm …"); "… were
    # welcome but could not replace …" goes on with the clause's own subject
    r"|(?:(?:did|would|could)\s+not|(?:didn|wouldn|couldn)['’]t)\s+(?:(?:immediately|yet|publicly|further)\s+)?"
    r"(?:say|comment|confirm|specify|elaborate|give|provide|disclose|reveal|identify|name|explain|offer|answer|"
    r"respond|detail|discuss|speculate|estimate|suggest|want|expand|release|share|divulge|address|rule|go|know|mention|"
    r"tell|be\s+drawn))\b"
    # (rules-1.79: with a comma and a pronoun as the subject of the negated modal, the writer's narration as
    # before: "…, but he did not apologize")
    r"|,\s+but\s+(?:he|she|they)\s+(?:(?:did|would|could)\s+not|(?:didn|wouldn|couldn)['’]t)\b"
    r"|,\s+(?:wollte|nannte|ließ|konnte|gab|machte)\s+(?:sich\s+)?(?:aber|jedoch)\b"  # 1.35: ", und schloss … aus"
    r"|,\s+und\s+(?:schloss|schlossen|ließ|ließen|wollte|wollten|lehnte|lehnten|nannte|nannten|sprach|sprachen)\b"
    # rules-1.158: also after ", і"/", и" and with Ukrainian "не став" ("…, і не став його прогнозувати")
    r"|,\s+(?:але|проте|однак|но|однако|і|й|и)\s+(?:не\s+(?:уточни|поясни|назва|розкри|раскры|захоті|захоте|стал|"
    r"став(?!\w))\w*|"
    r"не\s+вдава\w*\s+(?:в|у|во)\s+(?:детал|подробиц|подробност)|"  # rules-1.314 (and ", але в деталі не вдавалися")
    r"відмови\w*|отказа\w*)"
    # rules-1.203: with the withheld thing before the negated verb (", але конкретних дат не назвав", ", однако
    # подробностей не уточнил"): the speaker's own next act
    r"|,\s+(?:але|проте|однак|но|однако)\s+(?:(?:в|у|во)\s+)?(?:(?:конкретн|точн|жодн|никак|інш|друг|нов|подробн|детальн)\w*\s+)?"
    r"(?:детал|подробиц|подробност|дат|термін|строк|срок|цифр|імен|имен|причин|джерел|источник|сум|параметр)\w*"
    r"\s+не\s+(?:уточни|поясни|назва|розкри|раскры|навів|навел|привів|привел|вдава)\w*"
    # rules-1.281: with the withheld thing as a question word and its own comma (", але які саме, він не уточнив",
    # ", но где именно, не сообщила"): the speaker's own next act, as with a noun before the verb
    r"|,\s+(?:але|проте|однак|но|однако)\s+(?:(?:в|у|на|до|з|із|по|для|від|от|о)\s+)?"
    r"(?:які|яка|яке|який|яких|якому|якій|якими|котрі|де|куди|коли|скільки|хто|"
    r"какие|какая|какое|какой|каких|каком|каким|какими|где|куда|когда|сколько|кто)"
    r"(?:\s+(?:саме|именно|конкретно|точно))?"
    r"(?:\s+[а-яёіїєґ'’]+){0,3},\s+(?:(?:він|вона|вони|он|она|они)\s+)?(?:(?:пока|поки|ще|еще|ещё)\s+)?не\s+"
    r"(?:уточни|поясни|назва|розкри|раскры|сказа|повідоми|сообщи)\w*",
    r"[\s;,]",
)


_PERFECT_RE = re.compile(r"\b(?:had|has|have|having)\b")
_BEEN_RE = re.compile(r"\s+(?:(?:not|never|already|also|just)\s+)?been\b")
_COPULA_RE = re.compile(r"\b(?:is|are|was|were|will|would|could|can|should|may|might|must)\b")
_PAST_ED_RE = re.compile(r"(?:^|(?<=\s))(?P<prev>[a-z]+\s+)?[a-z]{3,}ed\b")
_STATE_BEFORE = frozenset(
    _w("was were is are been be being felt feels feel seemed looked got get very so too not deeply")
)


def act_after_perfect(seg: str, cut: re.Match[str]) -> bool:
    """A cut at a verb of praise or blame after a perfect or another past verb in the clause: the clause's own
    second verb ("… voters welcomed the plan and praised the mayor"), not the speaker's act (rules-1.107); a
    participle after a copula ("she was delighted and praised …") is no verb of the clause. Only a clause
    with a copula or a modal is cut at all."""
    if cut.group("act") is None and cut.group("act2") is None:
        return False
    # rules-1.367: a perfect of "been" ("… had not been affected and thanked …") shares no active participle
    perfects = [m.end() for m in _PERFECT_RE.finditer(seg, 0, cut.start())]
    passive = bool(perfects) and all(_BEEN_RE.match(seg, p) is not None for p in perfects)
    if not passive and (perfects or _COPULA_RE.search(seg, 0, cut.start()) is None):
        return True  # (no copula or modal: no clause of its own, "urged X to join … and criticized …")
    return any(
        (m.group("prev") or "").strip() not in _STATE_BEFORE
        for m in _PAST_ED_RE.finditer(seg, 0, cut.start())
    )


# rules-1.74: "Вона сказала, що …: «…»": the cue a quote used also reports the clause before the colon
_CLAUSE_COLON_RE = re.compile(r"[\w'’-]*,?\s+(?:що|что)\s[^«»„“\"\n]{10,200}:\s*$")


def quote_cues(text: str, cue_starts: list[int], qstarts: list[int], lang: str) -> set[int]:
    """The offsets of the cues that direct quotes used and that report no clause of their own: all but a
    Ukrainian or Russian cue followed by "що"/"что", a clause and a colon right before the next quote."""
    used = set(cue_starts)
    if lang not in ("uk", "ru"):
        return used
    for pos in cue_starts:
        k = bisect_right(qstarts, pos)
        if k < len(qstarts) and qstarts[k] - pos < 240 and _CLAUSE_COLON_RE.match(text, pos, qstarts[k]):
            used.discard(pos)
    return used
