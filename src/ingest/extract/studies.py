"""Research documents as sources in Ukrainian and Russian (rules-1.140): "Як йдеться в дослідженні, …" is the
study's, not the word of the person quoted just before it (often its lead author, who speaks for herself); the
study named earlier with its institution ("дослідження Інституту X") gives the institution, else the study
itself is the source. Also the noun phrase of a back reference that names a study with its institution ("Такі
дані містить дослідження Інституту X.") and a body after a lowercase adjective ("в докладе областной
Общественной палаты")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.extract.entities import Resolved
from ingest.extract.names import org_id
from ingest.extract.resolve_phrases import resolve_organisation
from ingest.extract.speakers import SpeakerPhrase, analyze_np, in_case

if TYPE_CHECKING:
    from ingest.extract.resolve import Resolver

# the locative a document frame names a study in, and its nominative
_STUDY_LOCATIVES = {
    "дослідженні": "дослідження",
    "исследовании": "исследование",
    "доповіді": "доповідь",
    "докладе": "доклад",
    "звіті": "звіт",
    "отчете": "отчет",
    "отчёте": "отчёт",
    "опитуванні": "опитування",
    "опросе": "опрос",
    "аналізі": "аналіз",
    "анализе": "анализ",
}
# "дослідження Інституту X", "исследования НИИ X": a study named with its institution (any case of the noun);
# not a quoted judgement of it ("назвав звіт «чесним і тверезим»": a body's name in «» is capitalised, rules-1.309)
_STUDY_BY_RE = re.compile(
    r"(?<!\w)(?:[Дд]ослідженн[яіюм]\w*|[Ии]сследовани[еяюи]\w*|[Дд]оповід[ьіяю]\w*|[Дд]оклад\w*|[Зз]віт\w*|"
    r"[Оо]тч[её]т\w*|[Оо]питуванн\w*|[Оо]прос\w*)\s+(?P<org>(?:[А-ЯІЇЄҐЁ]|«(?![а-яіїєґё]))[^,.;:!?\n]{2,90}?)(?=\s*[,.;:!?\n]|\s+(?:оприлюднен|опубліков|"
    r"опубликован|представлен|обнародован)\w*)"
)
_NP_STOPS = frozenset("в у на з із до по від от за о об про для під при після после".split())
_VERB_END_RE = re.compile(r"^[а-яіїєґё'’-]+(?:ли|ла|ло|ть|ться|лось|лися|лись|ал|ил|ив|ів|ув)$")
_STUDY_NOMINATIVES = frozenset(v for v in _STUDY_LOCATIVES.values()) | frozenset(("дослідження",))
# the staff or researchers of a body named after them ("сотрудники Института криосферы Земли СО РАН")
_STAFF_NOUNS = frozenset(
    "сотрудники исследователи ученые учёные специалисты співробітники дослідники науковці фахівці вчені".split()
)
_CYR_ADJ_RE = re.compile(r"[а-яіїєґё'’-]{3,}(?:ой|ей|ий|ый|ого|его|ої|ьої|ій|ої|ому|ему|ом|ем)")


def study_nominative(doc: str) -> str:
    """The nominative of a study noun in the locative ("дослідженні" → "дослідження"), or ""."""
    return _STUDY_LOCATIVES.get(doc.lower(), "")


def study_author(text: str, lang: str, ref: int) -> SpeakerPhrase | None:
    """The institution the latest study named before ``ref`` (within 2,000 characters) is by, or None."""
    found = list(_STUDY_BY_RE.finditer(text, max(0, ref - 2000), ref))
    for m in reversed(found):
        words: list[str] = []
        for w in m.group("org").split():
            if words and (w in _NP_STOPS or _VERB_END_RE.search(w)):
                break  # "дослідження Інституту X оприлюднили в четвер": the body, not the verb after it
            words.append(w)
        sp = in_case(analyze_np(" ".join(words), lang), lang, "gen")
        if sp.kind == "organisation":
            return sp
    return None


def source_np(np_text: str, lang: str) -> SpeakerPhrase:
    """A source's noun phrase: a study with its institution ("дослідження Інституту X" → the institution)
    and a body after a lowercase adjective ("областной Общественной палаты", not a person "Общественной")."""
    words = np_text.split()
    if len(words) > 1 and words[0].lower() in _STUDY_NOMINATIVES:
        sp = in_case(analyze_np(" ".join(words[1:]), lang), lang, "gen")
        if sp.kind == "organisation":
            return sp
    sp = analyze_np(np_text, lang)
    if sp.kind == "person" and len(words) > 2 and words[0].lower() in _STAFF_NOUNS and words[1][:1].isupper():
        return SpeakerPhrase(
            np_text, "organisation", org=np_text, gender="o"
        )  # "сотрудники Института X СО РАН"
    if sp.kind == "person" and len(words) > 2 and words[0].islower() and _CYR_ADJ_RE.fullmatch(words[0]):
        rest = analyze_np(" ".join(words[1:]), lang)
        if rest.kind == "organisation":
            return SpeakerPhrase(np_text, "organisation", org=np_text, gender="o")
    return sp


def study_source(r: Resolver, sp: SpeakerPhrase, ref: int) -> Resolved | None:
    """The source of a study named in a document frame ("в дослідженні"): the institution it was named with
    before, else the study itself; None for other documents."""
    study = study_nominative(sp.text)
    if not study:
        return None
    by = study_author(r.text, r.lang, ref)
    if by is None:
        return Resolved(study, org_id(study), "organisation")

    return resolve_organisation(r, by, ref)
