"""One article → statements: quotes, reported speech, interview answers, headline, speaker
resolution, ids, claims."""

from __future__ import annotations

import gc
import hashlib
import re
from dataclasses import dataclass
from datetime import date

from ingest.extract.acronyms import link_acronyms
from ingest.extract.attribution import direct_statements, drop_xref
from ingest.extract.benchcourt import judge_for_court
from ingest.extract.cited import cited_statements
from ingest.extract.citing import blank_citing_clauses, cited_speakers, citing_statements
from ingest.extract.claims import find_claims
from ingest.extract.cues import Raw
from ingest.extract.firmchiefs import chief_context
from ingest.extract.headline import headline_statement
from ingest.extract.headsnamed import heads_named_before
from ingest.extract.interviews import CONTINUED, interview_answers, on_question_line
from ingest.extract.konjunktiv import konjunktiv_in, konjunktiv_statements
from ingest.extract.listlines import asked_clause, find_list_statements
from ingest.extract.liveblog import find_label_statements
from ingest.extract.namenorm import normalise_names
from ingest.extract.names import detect_language
from ingest.extract.negated import drop_negated
from ingest.extract.officialnamed import officials_named_next
from ingest.extract.own_outlet import is_own_outlet
from ingest.extract.plausible import asked_only
from ingest.extract.quotes import QuoteSpan, find_quotes, has_words
from ingest.extract.registry import Registry
from ingest.extract.relay_cyr import blank_relays_cyr
from ingest.extract.relay_de import blank_relays_de
from ingest.extract.relay_en import blank_relays_en
from ingest.extract.reported import reported_statements
from ingest.extract.resolve import Resolved, Resolver
from ingest.extract.rolefirst import roles_named_next
from ingest.extract.rolelink import person_roles
from ingest.extract.sentences import Sentence, split_sentences
from ingest.extract.speakers import analyze_np
from ingest.extract.statebody_resolve import unify_state_bodies
from ingest.extract.titles import is_comparison, is_saying, is_title
from ingest.extract.unresolved import roles_to_title_person
from ingest.models import ArticleText, Statement

EXTRACTOR_VERSION = "rules-1.464"
_QUOTE_ONLY_CUES = frozenset(("fragte", "fragten"))
_DASS_ONLY_CUES = frozenset(("bestritt", "bestreitet", "bestritten"))  # rules-1.462: not "bestritt das Spiel"
_LANGS = ("en", "de", "uk", "ru")


@dataclass(slots=True, init=False)
class Extracted:
    statement: Statement
    key: str  # person key ("first|surname") for persons, "" otherwise
    surname_only: bool
    roles: str  # a person's role phrases in the article, " | "-separated (rules-1.204, rolelink)
    when: str  # the article's date, ISO, or ""

    def __init__(
        self, statement: Statement, key: str, surname_only: bool, roles: str = "", when: str = ""
    ) -> None:  # (see entities.Entity)
        self.statement = statement
        self.key = key
        self.surname_only = surname_only
        self.roles = roles
        self.when = when

    def __reduce__(self) -> tuple[type[Extracted], tuple[Statement, str, bool, str, str]]:
        # the extraction workers send these back pickled; compiled with a written __init__, the class cannot
        # be unpickled by pickle's default (which calls it without arguments)
        return (Extracted, (self.statement, self.key, self.surname_only, self.roles, self.when))


def language_of(doc: ArticleText) -> str:
    lang = (doc.language or "").lower().replace("_", "-").split("-")[0]
    if lang in _LANGS:
        return lang
    if lang:
        return "en" if lang not in ("uk", "ru", "de") else lang
    return detect_language(doc.text)


def normalise_marks(text: str) -> str:
    """Typewriter-era double marks (``…'' and ''…'') → one mark plus a space, keeping the length (the
    substitution of ``re.sub("``|''", …)``, found with str.find)."""
    if "''" not in text and "``" not in text:
        return text
    parts: list[str] = []
    done = 0
    ticks, quotes = text.find("``"), text.find("''")
    while ticks != -1 or quotes != -1:
        i = ticks if quotes == -1 or (ticks != -1 and ticks < quotes) else quotes
        nxt = text[i + 2 : i + 3]
        opens = i == ticks or ((nxt.isalnum() or nxt in "“‘") and (i == 0 or not text[i - 1].isalnum()))
        parts.append(text[done:i])
        parts.append(' "' if opens else '" ')
        done = i + 2
        ticks = text.find("``", done) if ticks != -1 and ticks < done else ticks
        quotes = text.find("''", done) if quotes != -1 and quotes < done else quotes
    parts.append(text[done:])
    return "".join(parts)


def statement_id(article_id: str, start: int, quote: str) -> str:
    return hashlib.sha1(f"{article_id}|{start}|{quote}".encode()).hexdigest()[:16]


# the interviewee's own voice: "Мій тренер … каже, що …" goes on the answer, not the writer's narration
_FIRST_PERSON_RE = re.compile(
    r"\b(?:[Яя]|[Мм]и|[Мм]ій|[Мм]оя|[Мм]оє|[Мм]ої|[Нн]аш[аеі]?|[Мм]ы|[Мм]ой|[Мм]ое|[Мм]ои|I|[Ww]e|[Mm]y|[Oo]ur|[Ii]ch|[Ww]ir"
    r"|[Mm]ein\w*|[Uu]nser\w*)\b"
)


def _drop_narration(
    text: str, sents: list[Sentence], quotes: list[QuoteSpan], lang: str, direct: list[Raw]
) -> list[Raw]:
    """A dialogue interview's paragraph with no dash after an answer is the answer's continuation unless it
    holds a reported statement of a named person or body ("У Міністерстві … повідомили, що …": the writer's
    narration between two questions, rules-1.227); before, every such paragraph was the interviewee's."""
    cont = [r for r in direct if r.cue == CONTINUED]
    probe = reported_statements(text, sents, quotes, lang, [r for r in direct if r.cue != CONTINUED])
    named = [p for p in probe if p.speaker is not None and p.speaker.kind in ("person", "organisation")]
    narration = [
        c
        for c in cont
        if any(c.start <= p.start < c.end for p in named) and not _FIRST_PERSON_RE.search(c.quote)
    ]
    for c in cont:
        c.cue = ""
    return [r for r in direct if r not in narration]


def _after_dass(text: str, start: int) -> bool:
    return text[max(0, start - 6) : start].rstrip().endswith("dass")


def _drop_nested(raws: list[Raw]) -> list[Raw]:
    """Keep the outer statement when one span lies inside another (mixed quotes, "which he said")."""
    raws = sorted(raws, key=lambda r: (r.start, -(r.end - r.start)))
    out: list[Raw] = []
    for r in raws:
        if out and r.start >= 0 and r.start < out[-1].end and r.end <= out[-1].end + 1:
            continue
        if out and r.start >= 0 and r.start < out[-1].end:  # partial overlap: keep the longer
            if (r.end - r.start) > (out[-1].end - out[-1].start):
                out[-1] = r
            continue
        out.append(r)
    return out


# a whole quotation after a colon that ends a reported clause: "…, торопиться не стоит: «…»." (rules-1.25;
# not in English, where PolNeAR keeps "…, the quality he needed: "…"" one reported statement)
_COLON_QUOTE_RE = re.compile(r"\s*:\s*[«„“\"]([^«»„“”\"]+)[»“”\"]\s*$")


def _split_colon_quotes(text: str, raws: list[Raw], lang: str) -> list[Raw]:
    """An indirect statement that ends with a colon and a whole quotation becomes two: the reported
    clause, and the quotation as a direct statement of the same speaker. A German clause in the indicative
    is the writer's, not reported speech ("Der Verband befürchtet Einbußen: „…“, sagte X.", rules-1.109):
    only the quotation is kept."""
    out: list[Raw] = []
    for r in raws:
        out.append(r)
        if r.kind != "indirect" or ": " not in r.quote or len(r.parts) > 1:
            continue
        m = _COLON_QUOTE_RE.search(r.quote)
        if m is None or not has_words(m.group(1), 3) or not has_words(r.quote[: m.start()], 2):
            continue
        writer = lang == "de" and not konjunktiv_in(r.quote[: m.start()])
        if writer:
            out.pop()
        qs, qe = r.start + m.start(1), r.start + m.end(1)
        r.end = r.start + m.start()
        r.quote = text[r.start : r.end]
        r.parts = [(r.start, r.end)] if r.parts else []
        d = Raw(qs, qe, text[qs:qe], "direct", r.cue, r.speaker, r.anchor, r.confidence, r.gender_hint)
        d.same_as = r.same_as if writer else r
        d.parts, d.para, d.cue_pos = [(qs, qe)], r.para, r.cue_pos
        out.append(d)
    return out


# a transcript's speaker label in capitals before a quotation on its line: 'GREAVES: "…"' (rules-1.32)
_LABEL_RE = re.compile(r"(?P<label>[A-ZÄÖÜА-ЯІЇЄҐ][A-ZÄÖÜА-ЯІЇЄҐ’'-]{2,}):[ \t]*[«„“\"]?")


def _label_speakers(text: str, raws: list[Raw], lang: str) -> None:
    """A direct statement without a speaker, alone on a line after a capitalised label (a surname in a TV
    or radio transcript), is that person's: the resolver finds the full name named before."""
    for r in raws:
        if r.kind != "direct" or r.start < 0 or (r.speaker is not None and r.speaker.kind != "unknown"):
            continue
        m = _LABEL_RE.fullmatch(text, text.rfind("\n", 0, r.start) + 1, r.start)
        if m is not None and _full_name_before(text, m.group("label").capitalize(), r.start):
            r.speaker = analyze_np(m.group("label").capitalize(), lang)


def _full_name_before(text: str, surname: str, end: int) -> bool:
    """``surname`` occurs before ``end`` after a capitalised word ("Fiona Greaves"): a label, not "UPDATE"."""
    i = text.find(" " + surname, 0, end)
    while i > 0:
        k = i + 1 + len(surname)
        prev = text[max(0, i - 25) : i].split()
        if prev and prev[-1][:1].isupper() and (k >= len(text) or not text[k].isalpha()):
            return True
        i = text.find(" " + surname, i + 1, end)
    return False


# Statements are read from the first 200,000 characters of a text (cut at a line end): a news article is
# far shorter, and some rule passes grow with the number of quotes, so a 10 MB item would take minutes.
MAX_EXTRACT_CHARS = 200_000


def bounded_text(text: str) -> str:
    """``text``, or its first MAX_EXTRACT_CHARS characters up to the last line end (a prefix: offsets hold)."""
    if len(text) <= MAX_EXTRACT_CHARS:
        return text
    cut = text.rfind("\n", 0, MAX_EXTRACT_CHARS)
    return text[: cut if cut > MAX_EXTRACT_CHARS // 2 else MAX_EXTRACT_CHARS]


def extract_article(doc: ArticleText, registry: Registry | None = None) -> list[Extracted]:
    """Statements of one article (speaker ids not yet linked across a batch).

    The cyclic garbage collector is paused while the article is processed: the work allocates many
    short-lived objects and no reference cycles, and collections triggered by a large live heap in
    the caller would otherwise cost a third of the time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _extract_article(doc, registry)
    finally:
        if enabled:
            gc.enable()


def _extract_article(doc: ArticleText, registry: Registry | None) -> list[Extracted]:
    original = bounded_text(doc.text or "")
    lang = language_of(doc)
    marked = normalise_names(normalise_marks(original))
    relayed = blank_relays_cyr(
        blank_relays_en(blank_relays_de(marked, lang), lang), lang
    )  # (1.446, 1.456, 1.458)
    text, cited = blank_citing_clauses(relayed, lang)  # each step keeps the length (1.239)
    quotes = find_quotes(text)
    sents = split_sentences(text, [(q.open_pos, q.close_pos) for q in quotes])
    direct = direct_statements(text, quotes, sents, lang)
    direct.extend(interview_answers(text, lang))
    if any(r.cue == CONTINUED for r in direct):
        direct = _drop_narration(text, sents, quotes, lang, direct)
    reported = reported_statements(text, sents, quotes, lang, direct)
    if ":" in text:  # "Q: Some colleagues say the excess is a fluke.": the interviewer's question (1.34)
        reported = [r for r in reported if not on_question_line(text, r.start)]
    if lang == "en":  # "Asked whether …, he laughed.": what was asked (rules-1.80)
        reported = [r for r in reported if not asked_only(r.quote)]
    else:  # "Auf die Frage, ob …, antwortete er ausweichend.": what was asked (rules-1.227)
        reported = [r for r in reported if not asked_clause(r.quote, lang)]
    if lang != "en":
        reported = _split_colon_quotes(text, reported, lang)
    if lang == "de":  # "Frage: Die Forsten sagen, man solle …": no Konjunktiv on a question line (1.88)
        found = konjunktiv_statements(
            text, sents, [(q.open_pos, q.close_pos) for q in quotes], direct + reported
        )
        reported.extend(
            r
            for r in found
            if (":" not in text or not on_question_line(text, r.start)) and not asked_clause(r.quote, lang)
        )
    reported.extend(find_label_statements(text, lang, direct + reported))  # "13:10 ДСНС: …" (rules-1.40)
    reported.extend(find_list_statements(text, lang, direct + reported))  # "«…» — глава города X" (1.227)
    reported.extend(
        cited_statements(text, lang, sents, direct + reported)
    )  # "…, цитирует X издание …" (1.82)
    if cited:  # "Laut einer Studie, auf die sich der Verband beruft, …" (rules-1.239)
        reported.extend(citing_statements(text, lang, cited, direct + reported))
    reported = [
        r for r in reported if not is_comparison(r)
    ]  # "… a bigger gain than analysts had forecast" (1.269)
    raws = drop_xref(text, _drop_nested(drop_negated(text, direct + reported, lang)))
    raws = [
        r for r in raws if not is_title(text, r, lang) and not is_saying(r) and not is_own_outlet(r)
    ]  # "…, "Beyond the Lobster," …" (1.239); "Как писало агентство ранее, …" (1.296)
    # "fragte" attributes a quoted question, never a reported clause ("fragte, ob …", rules-1.42)
    asked = [r for r in raws if r.kind != "direct" and r.cue.lower() in _QUOTE_ONLY_CUES]
    raws = [r for r in raws if r not in asked and not any(r.same_as is a for a in asked)]
    # "bestritt, dass …" reports a denial; "bestritt jede Beteiligung" / "bestritt das Spiel" none (rules-1.462)
    raws = [
        r
        for r in raws
        if r.kind == "direct" or r.cue.lower() not in _DASS_ONLY_CUES or _after_dass(text, r.start)
    ]
    if ":" in text:
        _label_speakers(text, raws, lang)
    when: date | None = doc.published.date() if doc.published else None
    resolver = Resolver(text, lang, registry, when, [s.start for s in sents], doc.id)
    resolved = link_acronyms(resolver.resolve_all(raws))  # "НСЗУ" is "Національна служба …" (1.132)
    if cited:  # "Laut einer Studie, auf die sich der Verband beruft, …" (rules-1.239)
        cited_speakers(resolver, raws, resolved, cited, lang)
    resolved = unify_state_bodies(resolved)  # "Generalstab" after "des ukrainischen Generalstabs" (1.228)
    title_raw = headline_statement(doc, lang, resolver)
    if title_raw:  # "Carla Reyes: ‘…’" over "The minister said …" with no name in the body (rules-1.253)
        resolved = roles_to_title_person(raws, resolved, title_raw[0][1])
        title_raw = [t for t in title_raw if t[0].quote]  # rules-1.421: a headline quote the body repeats
    if lang == "de" and "ichter" in text:  # an unnamed presiding judge speaks for the court (rules-1.388)
        resolved = judge_for_court(raws, resolved)
    if lang == "en":  # "The trust's chief executive said …. “…,” Dr. Sarah Whitlock said" (rules-1.358)
        resolved = roles_named_next(text, raws, resolved, resolver.entities.values())
        resolved = officials_named_next(text, raws, resolved, resolver.entities.values())  # rules-1.456
    if resolved and any(r is not None and r.speaker_id[:2] == "U-" for r in resolved):  # rules-1.431
        resolved = heads_named_before(text, lang, raws, resolved, resolver.entities.values())
    out: list[Extracted] = []
    for raw, res in [*zip(raws, resolved, strict=True), *title_raw]:
        if res is None:
            res = Resolved("", "U-unknown", "unknown")
        if raw.start >= 0 and text is not original:
            raw.quote = " ".join(original[a:b] for a, b in (raw.parts or [(raw.start, raw.end)]))
        sid = statement_id(doc.id, raw.start, raw.quote)
        st = Statement(
            statement_id=sid,
            article_id=doc.id,
            speaker=" ".join(res.speaker.split()) if "  " in res.speaker else res.speaker,
            speaker_id=res.speaker_id,
            quote=raw.quote,
            kind="direct" if raw.kind == "direct" else "indirect",
            speaker_type=res.speaker_type,
            cue=raw.cue,
            start=raw.start,
            end=raw.end,
            confidence=round(min(1.0, max(0.0, raw.confidence * (1.0 if res.speaker else 0.5))), 3),
            extractor_version=EXTRACTOR_VERSION,
            language=lang,
            claims=find_claims(raw.quote, sid, lang),
        )
        roles = (  # rules-1.352: an unnamed firm chief's context ("The company's chief executive")
            person_roles(text, resolver.entities.get(res.key))
            if res.key
            else chief_context(text, res.speaker, res.speaker_id, raw.start)
        )
        out.append(Extracted(st, res.key, res.key.startswith("?|"), roles, when.isoformat() if when else ""))
    return out


def clear_caches() -> None:
    """Empty every memo cache of the extractor (speaker phrases, names, roles, titles): benchmarks
    call it so that each pass starts cold."""
    import sys

    for name, mod in list(sys.modules.items()):
        if name.startswith("ingest.extract.") and mod is not None:
            for obj in list(vars(mod).values()):
                clear = getattr(obj, "cache_clear", None)
                if callable(clear) and getattr(obj, "__module__", "") == name:
                    clear()


def extract_statements(doc: ArticleText, registry: Registry | None = None) -> list[Statement]:
    return [e.statement for e in extract_article(doc, registry)]
