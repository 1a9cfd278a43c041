"""Reported (indirect) speech: "X said (that) …", "…, X said.", "according to X, …", "X told Reuters …",
"X was quoted as saying …", "X called on … to …", ", adding that …", and the German, Ukrainian and
Russian equivalents ("sagte, dass", "laut X", "nach Angaben", "заявив, що", "за словами", "по словам")."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ingest.extract.about import ABOUT_STARTS, about_this, lead_paragraph_rest
from ingest.extract.about_adding import about_adding
from ingest.extract.according import ACCORDING_BEFORE_RE, according_relative
from ingest.extract.adjuncts import by_participle_clause, place_then_where
from ingest.extract.andclause import and_clause_start
from ingest.extract.appositions import apposition_before
from ingest.extract.clauses import (
    PRONOUN_CLAUSE_RE,
    clause_before,
    clause_like,
    clause_start,
    complement_start,
    participle_complement,
)
from ingest.extract.colonframe import frame_in_sentence, which_said
from ingest.extract.complements import Emitter
from ingest.extract.coordination import (
    after_coordination,
    clause_before_second_cue,
    de_perfect_subject,
    no_complement,
)
from ingest.extract.cues import (
    NOUNISH_CUES,
    Raw,
    closes_apposition,
    cue_confidence,
    digest_label_end,
    find_cues,
    guarded,
    is_scan_cue,
    needs_that,
    noun_after,
    noun_context,
    tokens,
    verb_before_that,
)
from ingest.extract.docframes import according_document_sentences
from ingest.extract.embedded import embedded_final_say
from ingest.extract.final import de_day_cut, final_attribution, inverted_after_comma, later_final_say
from ingest.extract.forward import parse_forward
from ingest.extract.frames_de import DE_PARTICLE_TAIL_RE, de_subject_after
from ingest.extract.freecues_en import long_np_clause, name_part_cue
from ingest.extract.konjunktiv import de_colon_start, konjunktiv_in
from ingest.extract.lexicon import words as _w
from ingest.extract.lexicon_en_cues import EN_PARTICIPLE_CUES, EN_THAT_ONLY
from ingest.extract.listeners_slavic import drop_lead_adjunct, drop_loc_listener
from ingest.extract.nonstatements_de import decision_infinitive, pp_relative_only
from ingest.extract.nouncues import adds_amount
from ingest.extract.npclean import GO_ON_TO_RE
from ingest.extract.npsegments import closed_relative
from ingest.extract.nptidy import opens_with_predicate
from ingest.extract.opinion_de import de_opinion_frame, opinion_sentences
from ingest.extract.parenthesis import DE_LOWER_WORD_RE as _LW_RE
from ingest.extract.parenthesis import according_tail_cut, parenthetical
from ingest.extract.phrasal import no_en_cue, participle_tail
from ingest.extract.plausible import plausible_speaker
from ingest.extract.plural_de import de_plural_group
from ingest.extract.predicate2_de import de_second_predicate
from ingest.extract.quoted_en import cited_as_saying, quoted_as_saying
from ingest.extract.quotes import QuoteSpan, in_quote
from ingest.extract.secondpred import quote_cues
from ingest.extract.sentences import Sentence, lead_stamp_end
from ingest.extract.speakers import PRONOUNS, SpeakerPhrase, is_cap
from ingest.extract.subjects import PARTICIPLE_DOCS, doc_participle_subject, leading_np, own_body_subject
from ingest.extract.view_final import view_final_at
from ingest.extract.whose_subject import whose_subject
from ingest.extract.withparticiple import with_subject

_LEAD_CONJ_RE = re.compile(r"^(?:But|And|However|Meanwhile|Aber|Але|Но)\s*,?\s+")
_THEN_THAT_RE = re.compile(r"\s+(?:(?:on|in|at|late|early)\s+\w+\s+)?that\s")  # "tweeting in February that"
# ", before adding that …"; "by saying the companies had …" (rules-1.318, with adjuncts.by_participle_clause)
_PARTICIPLE_LEADS = frozenset((",", "before", "after", "while", "by"))
_BE_FORMS = frozenset(_w("is are was were"))
_THAT_AHEAD_RE = guarded(r"\bthat\b|:", "[t:]")
_DE_PRON_FRAME_LEAD_RE = re.compile(
    r"(?:^|\s)(?:Nach|nach)\s+(?:seinen|ihren|seiner|ihrer)\s+$|(?:^|\s)(?:Seinen|Ihren)\s+$"
)
_DE_NOUN_CONTEXT_RE = re.compile(
    r"\b(?:der|die|das|dem|den|des|ein|eine|einem|einen|einer|eines|sein\w*|ihr\w*|dies\w*)\s+$", re.I
)


# rules-1.120: a plural subject with a short place after it opening the sentence ("Farmers in the south say …"):
# the plural cue word after the place noun is the verb; rules-1.127: also "at"/"of" and a named place before the
# noun ("Stallholders at Kettleford's Saturday market say …", "Residents of the village say …")
_PLURAL_PLACE_SUBJECT_RE = re.compile(
    r"(?:(?:Many|Some|Most|Local|Other)\s+)?(?:[A-Z][a-z]+(?:s|men)|People|Staff)\s+"
    r"(?:(?:in|near|from|across|around|along|outside|at)\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w'’-]*\s+){0,3}"
    r"|of\s+(?:the\s+|its\s+|their\s+)?)[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*)?"
)


def reported_statements(
    text: str, sents: list[Sentence], quotes: list[QuoteSpan], lang: str, direct: list[Raw]
) -> list[Raw]:
    spans = [(q.open_pos, q.close_pos) for q in quotes]
    qstarts = [s for s, _ in spans]
    used_cues = quote_cues(text, [r.cue_pos for r in direct if r.cue_pos >= 0], qstarts, lang)
    out: list[Raw] = []
    sstarts = [s.start for s in sents]
    by_sent: dict[int, set[int]] = {}
    for pos, cue_end, word in find_cues(text, lang, spans):
        si = bisect_right(sstarts, pos) - 1
        if si < 0 or pos >= sents[si].end or pos in used_cues or in_quote(pos, spans, qstarts):
            continue
        lo, hi = max(0, pos - 8), cue_end + 6  # (every match of _DISCOURSE_SAID_RE holds a comma)
        if noun_context(text, pos) or ("," in text[lo:hi] and _DISCOURSE_SAID_RE.search(text, lo, hi)):
            continue  # "the report", "his remarks": a noun; "Having said that,", "That said,": no attribution
        if (
            lang == "de"
            and text[pos].isupper()
            and _DE_NOUN_CONTEXT_RE.search(text, max(0, pos - 12), pos)
            and not _DE_PRON_FRAME_LEAD_RE.search(text, max(0, pos - 14), pos)
        ):
            continue  # "aus einem Schreiben", "die Mitteilung": a noun (but "Nach seinen Angaben" is a frame)
        if (
            lang == "en"
            and "ccording" in text[max(0, pos - 40) : pos]
            and ACCORDING_BEFORE_RE.search(text, max(0, pos - 300), pos)
        ):
            continue  # "…, according to press reports.": a noun of the source (rules-1.61)
        if lang == "en" and text[pos].isupper() and name_part_cue(text, pos, cue_end):
            continue  # "… at the Cook Political Report.": the last word of a name, not a verb (rules-1.129)
        if lang == "en" and no_en_cue(text, word, cue_end, EN_THAT_ONLY):
            continue  # "member states" (not "states that"); "The president, writing on X, said" (1.272)
        if lang == "en" and needs_that(word):
            end = sents[si].end
            tail = participle_tail(text, cue_end, end)  # "…, the government announced Thursday, accepting …"
            lead = text[sents[si].start : max(sents[si].start, text.rfind(",", sents[si].start, pos))]
            if tail != end and clause_like(lead, lang):  # (rules-1.49; the cheap match first)
                end = tail
            # only before "that"/":", a clause before "but said" (1.86) or at the end of the sentence
            if (
                end - cue_end > 70
                and not _THAT_AHEAD_RE.search(text, cue_end, min(end, cue_end + 110))
                and not PRONOUN_CLAUSE_RE.match(text, cue_end, end)
                and not long_np_clause(text, pos, cue_end, end)
                and not clause_before_second_cue(text, cue_end, end)
                and and_clause_start(text, pos, cue_end, end)
                == -1  # "…, he explains, and the tide …" (1.136)
            ):
                continue
        by_sent.setdefault(si, set()).add(pos)
    if lang in ABOUT_STARTS:  # "Das gab der Verein bekannt.", "Такую оценку озвучили в …": no cue word
        for si, sent in enumerate(sents):
            if si not in by_sent and text.startswith(ABOUT_STARTS[lang], sent.start):
                by_sent[si] = set()
    if lang == "de":
        for si in opinion_sentences(text, sents):  # "X ist der Ansicht, dass …": no cue word (rules-1.111)
            by_sent.setdefault(si, set()).add(sents[si].start)
    elif lang in ("uk", "ru"):  # "Згідно з даними X, …", "Согласно отчёту X, …": no cue word (rules-1.133)
        for si in according_document_sentences(text, sents, lang):
            by_sent.setdefault(si, set()).add(sents[si].start)
    for si in sorted(by_sent):
        cue_starts = by_sent[si]
        sent = sents[si]
        if si > 0 and (lang != "en" or sent.end - sent.start < 200):  # (English: rules-1.230)
            about = about_this(text, sents, si, lang, direct, out)
            if about is not None:
                out.extend(lead_paragraph_rest(text, sents, si, about, direct, out))  # (1.105)
                out.append(about)
                if lang != "de" and (adding := about_adding(text, sent, about)) is not None:
                    out.append(adding)  # "Про це повідомила X, додавши, що …" (rules-1.370)
                continue
        if cue_starts:
            out.extend(_sentence(text, sent, lang, spans, qstarts, cue_starts, direct))
    return out


def _sentence(text: str, sent: Sentence, lang: str, spans: list[tuple[int, int]], qstarts: list[int],
              used: set[int], direct: list[Raw]) -> list[Raw]:  # fmt: skip
    """Statements of one sentence; ``used`` holds the offsets of its free cue words."""
    s, e = sent.start, sent.end
    if sent.first_in_para and (h := digest_label_end(text, s, e, lang)) is not None:
        s = h  # "Heatwave warning: Spain's weather agency …": a digest item's label, not a clause
    else:
        s = lead_stamp_end(text, s, e, sent.first_in_para)  # "Lüneburg (dpa/lni) - …": no part of a statement
    stext = text[s:e]
    em = Emitter(text, sent, s, lang, spans, qstarts, used, direct)
    found = em.found
    sp: SpeakerPhrase | None

    frame = frame_in_sentence(text, s, e, lang, spans, qstarts)  # (after a colon too, rules-1.88)
    if frame is None and lang == "de":
        frame = de_opinion_frame(text, s, e, spans, qstarts)  # "X ist der Ansicht, dass …" (rules-1.111)
    if frame is not None:
        em.emit(frame.start, frame.end, frame.speaker, frame.cue, frame.confidence)
        if frame.cue == "according to" and (w := which_said(text, frame.end, e)) is not None:
            em.emit(w.end(), e, frame.speaker, w.group("cue"), frame.confidence * 0.95)
        if frame.gap is not None and found and found[0].start < frame.gap[0] < frame.gap[1] < found[0].end:
            found[0].parts = [(found[0].start, frame.gap[0]), (frame.gap[1], found[0].end)]
            found[0].quote = " ".join(text[a:b] for a, b in found[0].parts)
        return found

    toks = tokens(text, s, min(e, max(used) + 300))
    view_at = view_comp = -1
    for cue_at in sorted(used):
        i = bisect_left(toks, cue_at, key=_TOKEN_START)  # index of the cue token
        if i >= len(toks):
            continue
        t = toks[i]
        if t.start() != cue_at or not is_scan_cue(t.group(), lang):
            continue
        if found and t.start() < found[-1].end:
            continue  # inside a complement already taken (", adding that", "which he said")
        conf = cue_confidence(t.group(), lang)
        prev = toks[i - 1] if i else None
        low = t.group().lower()
        cit = None
        if low == "saying" and lang == "en" and prev is not None and prev.group() == "as":
            cit = cited_as_saying(text, toks, i, s)  # "X cited Y as saying …" (rules-1.429)
        if cit is not None:
            em.emit(cit[1], e, cit[0], t.group(), conf * 0.9)
            continue
        if (  # participles: ", adding that …"
            lang == "en"
            and low in EN_PARTICIPLE_CUES
            and (low not in ("tweeting", "writing") or _THEN_THAT_RE.match(text, t.end()))  # (1.84)
            and prev is not None
            and (prev.group() in _PARTICIPLE_LEADS or prev.group() in PARTICIPLE_DOCS)  # "a statement saying"
            and (prev.group() != "by" or low == "telling" or by_participle_clause(text, t.end(), e))
            and not adds_amount(text, t.start(), t.end())  # not ", adding about 72 pounds" (rules-1.324)
        ):
            sp = doc_participle_subject(text, toks, i, s, lang) or (found[-1].speaker if found else None)
            if sp is None:
                sp = next((d.speaker for d in reversed(direct) if s <= d.cue_pos < t.start()), None)
            if sp is None:
                sp = leading_np(text, toks, lang)
            c = participle_complement(toks, i)
            if sp is not None and c is not None and not (lang == "en" and no_complement(text, t.end(), c)):
                em.emit(c, e, sp, t.group(), conf * 0.9)  # ", telling the BBC that …" (rules-1.13)
            continue
        if low in ("quoted",) and lang == "en":
            quoted_as_saying(em, text, toks, i, s, e, lang)  # (rules-1.13, 1.313)
            continue
        par = parenthetical(text, toks, i, lang)
        if par is not None:  # "It was, he said, one of the bitterest failures …": the whole sentence
            start = s + (m3.end() if (m3 := _LEAD_CONJ_RE.match(stext)) else 0)
            em.emit(start, according_tail_cut(toks, i, e, lang), par, t.group(), conf * 0.9, keep=True)
            continue
        coordinated = after_coordination(toks, i)
        # the subject matters only with a reported clause after the cue, or for verb-second order
        comp = complement_start(text, toks, i, e, lang)
        if comp is not None and lang == "en" and no_complement(text, t.end(), comp):
            comp = None  # "…, X said of Mrs. Clinton's plan", "X said to Wired."
        if comp is not None and lang == "en" and place_then_where(text[comp:e]):
            comp = None  # "…, X told a news conference at the fortress, where …": a place (rules-1.313)
        if comp is not None and lang == "de" and not _LW_RE.search(text, comp, de_day_cut(text, comp, e)):
            comp = None  # "äußerte sich der Chefvolkswirt der Nordbank, Jens Kuhlmann (, am Montag).": apposition
        if (
            comp is not None
            and lang == "de"
            and _DE_DEGREE_RE.match(text, comp)
            and not konjunktiv_in(text[comp:e])
        ):
            comp = None  # "Verdi fordert acht Prozent, mindestens aber 300 Euro.": no clause (rules-1.109)
        if comp is not None and lang == "de" and decision_infinitive(low, text, comp, e):
            comp = None  # "Der Stadtrat entschied, das Bad zu schließen": a decision (rules-1.325)
        if comp is not None and lang == "de" and de_second_predicate(text, comp, e):
            comp = None  # "Probst räumte Fehler ein, wies den Vorwurf aber zurück": no clause (rules-1.86)
        inverted = not coordinated and lang in ("de", "uk", "ru") and prev is not None
        sp = None
        sp_from = -1  # where the subject read before the cue starts (rules-1.122)
        if inverted and lang == "de" and comp is not None and (perf := de_perfect_subject(text, s, t, lang)):
            em.emit(
                comp, e, perf, t.group(), conf * 0.95
            )  # "Das Ministerium hatte erklärt, es habe …" (1.14)
            continue
        if comp is None and not inverted:
            pass
        elif inverted and lang == "de" and i + 1 < len(toks) and toks[i + 1].group() in _DE_SUBJECT_PRONOUNS:
            pass  # verb-second order with a pronoun subject: "Zugleich räumte er ein, dass …"
        elif inverted and lang == "de" and _DE_ALS_LEAD_RE.match(text, s, t.start()):
            pass  # "Als Zeuge sagte ein Gutachter aus, …": an "als"-adjunct, the subject follows the cue
        elif coordinated:
            sp = found[-1].speaker if found else leading_np(text, toks, lang)
        elif lang == "en" and low[-3:] == "ing" and (ws2 := with_subject(text, s, t.start())) is not None:
            sp, sp_from = ws2  # "…, with Governor X saying …" (rules-1.418)
        elif lang == "en" and (acc := according_relative(text, s, t.start())) is not None:
            sp = plausible_speaker(acc, lang)  # "…, according to a spokesman, who said …" (rules-1.36)
        elif prev is not None and (
            prev.group().lower() in _DETERMINERS
            or (
                low in NOUNISH_CUES and noun_after(prev.group(), low, text, t.end())
            )  # "Trump’s warning is …"
            or (
                low in NOUNISH_CUES
                and not (
                    is_cap(prev.group())
                    or prev.group().lower() in PRONOUNS
                    or prev.group().lower().endswith("s")
                    or closes_apposition(toks, i, s)
                    or _PLURAL_PLACE_SUBJECT_RE.fullmatch(text, s, prev.end()) is not None  # (rules-1.120)
                    or (i + 1 < len(toks) and verb_before_that(low, text, s, t, toks[i + 1]))
                    or (
                        prev.group() == "to"
                        and GO_ON_TO_RE.search(text, max(s, prev.start() - 24), prev.end())
                    )
                )
            )
        ):
            sp = None  # "a media report that …": the cue word is a noun here
        else:
            rel_from, subj_from = clause_start(toks, i, s)
            sp_from = subj_from
            # the progressive: "The White House is saying that …" (the subject before "is", rules-1.36), and
            be = lang == "en" and low[-3:] == "ing" and prev is not None and prev.group() in _BE_FORMS
            skip_prev = be or (prev is not None and prev.group() == "не")  # "Он не исключил, что …" (1.190)
            left_end = prev.start() if skip_prev and prev is not None else t.start()
            for left_from in dict.fromkeys((rel_from, subj_from)):
                left = drop_lead_adjunct(drop_loc_listener(text[left_from:left_end], lang), lang)  # (1.295)
                if left_from == rel_from != subj_from and (
                    closed_relative(left) or opens_with_predicate(left)
                ):
                    continue  # "X, who gathered outside, urged …": the relative clause is closed
                if left.count(" ") > (32 if "," in left else 15):
                    sp = None
                    continue
                if lang == "en" and ", whose " in left and (ws := whose_subject(left)) is not None:
                    sp, sp_from = ws, left_from  # "…, the council, whose secretary, X, told …" (rules-1.408)
                    break
                sp = plausible_speaker(left, lang, appositive=True) or de_plural_group(left, low, lang)
                if sp is not None and (
                    not clause_before(left, sp.text) or apposition_before(text, s, left_from, left, sp.text)
                ):  # (rules-1.342: "In Galati, one of the worst-hit cities, Mayor X said")
                    sp_from = left_from
                    break
                sp = None
        if sp is not None and lang == "de" and prev is not None and prev.group() == "," and sp_from >= 0:
            # (rules-1.359) "Für viele Höfe komme die Senkung zur Unzeit, sagte die Vorsitzende …, X, der …": the
            # clause before the cue is what was said, no subject
            sp = None if konjunktiv_in(text[sp_from : prev.start()]) else sp
        if sp is not None and comp is not None and inverted_after_comma(text, toks, i, e, comp, lang):
            sp = None  # "… towards Nordic skiing, said ABC News.": inverted, not "Nordic" (rules-1.25)
        if (
            sp is not None
            and comp is not None
            and lang == "de"
            and inverted
            and (after := de_subject_after(text, toks, i, s, comp)) is not None
        ):  # the subject after the verb: "Vergangene Woche sagte der Bürgermeister, …" (rules-1.29)
            em.emit(comp, e, after, t.group(), conf * 0.9)
            continue
        if sp is not None and comp is not None:
            if lang == "en" and later_final_say(text, comp, e, low):
                continue  # the sentence-final "…, the Commission said." gives the speaker
            if view_at < 0 and (view_at := view_final_at(text, toks, comp, e, low, sp.kind, lang)) >= 0:
                view_comp = comp  # "Китай считает, что …, заявил X …": the trailing X's (rules-1.463)
                continue
            if lang == "en" and embedded_final_say(text, s, sp_from, comp, e):
                continue  # "… after the operator said …, the council has confirmed." (rules-1.122)
            em.emit(comp, e, sp, t.group(), conf)
            continue
        if sp is None and inverted and comp is not None:
            # verb-second order: "Am Dienstag sagte Albrecht, dass …", "Тоді заявив міністр, що …"
            raw_np, _pos = parse_forward(toks[i + 1 :], text, lang)
            if lang == "de" and (pt := DE_PARTICLE_TAIL_RE.search(raw_np)) is not None:
                raw_np = raw_np[: pt.start()]  # "sagte ein Gutachter aus, …", "kündigte der Richter an, …"
            if (
                raw_np
                and comp > toks[i].end() + len(raw_np)
                and (sp_inv := plausible_speaker(raw_np, lang)) is not None
            ):
                em.emit(comp, e, sp_inv, t.group(), conf * 0.9)
                continue
        fin = final_attribution(text, toks, i, e, lang)
        if fin is not None:
            sp2, comp_end = fin
            m2 = _LEAD_CONJ_RE.match(stext)  # "Der Verband schlägt Alarm: … seien …, teilte er mit." (1.76)
            start = de_colon_start(text, s + (m2.end() if m2 else 0), comp_end, lang)
            start = view_comp if 0 <= view_comp < view_at <= comp_end else start
            if lang == "de" and pp_relative_only(text, start, comp_end):
                continue  # "In einem Bericht, der der dpa vorliegt, warnen die Prüfer vor …" (rules-1.325)
            if sp2.kind == "pronoun" and sent.first_in_para and "\n" not in text[:start]:  # the lead (1.54)
                sp2 = own_body_subject(text, start, comp_end, sp2.text, lang) or sp2
            em.emit(start, comp_end, sp2, t.group(), conf * 0.95)
    return found


_TOKEN_START = re.Match.start
_DISCOURSE_SAID_RE = re.compile(r"(?i:having\s+said\s+that,|\bthat\s+said,)")

_DE_DEGREE_RE = re.compile(r"(?:mindestens|wenigstens|zumindest|höchstens|maximal)\b")
_DE_ALS_LEAD_RE = re.compile(r"\s*Als\s+[^,]*$")
_DE_SUBJECT_PRONOUNS = frozenset(("er", "sie"))
_DET_WORDS = "a an the this that these those its his her their our my your any some every each"
_DETERMINERS = frozenset(_w(_DET_WORDS))
