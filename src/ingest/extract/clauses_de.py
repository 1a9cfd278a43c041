"""German clause geometry after a cue's comma: whether ", die …" / ", gegen die …" opens the reported clause
(an article before a noun phrase) or a relative clause (a relative pronoun); moved out of ``clauses``
(rules-1.166) so that every module stays within 400 lines."""

from __future__ import annotations

import re

from ingest.extract.cues import Token
from ingest.extract.given_names import is_first_name
from ingest.extract.lexicon import words as _w
from ingest.extract.speakers import is_cap

DE_RELATIVE = frozenset(_w("der die das dem den welche welcher welches wo"))
DE_PREPOSITIONS = frozenset(_w("in an auf bei mit von zu für über unter nach aus vor gegen durch um"))
_DE_RELATIVE_ONLY = frozenset(_w("denen deren dessen welchen welcher welchem welche"))
_DE_ADJ_END_RE = re.compile(r"(?:e|en|er|es|em)$")
# (rules-1.368: "ein" only as the article, "eine", "einen" …, not "einzige", "einzelne")
_DE_POSSESSIVE_RE = re.compile(
    r"^(?:mein|dein|sein|ihr|unser|euer|eur|der$|die$|das$|dem$|den$|des$|ein(?:e[mnrs]?)?$|einig)"
)
# rules-1.368: an adverb or another adjective between the adjective and the noun (", die einzige noch verbliebene
# Leitung sei …", ", die erste neu gebaute Halle …")
_DE_BETWEEN_ADVERBS = frozenset(_w("noch bereits besonders sehr neu bisher weiterhin"))
_DE_DETERMINERS = frozenset(
    _w(
        "jede jeder jedes jeden alle keine keinen keinem keiner diese dieser dieses diesen manche viele beide "
        "einige solche heute gerne lange eben wieder immer oben unten vorher nachher selten trotzdem zudem "
        "außerdem seitdem später früher weiter aber oder"
    )
)  # (and adverbs with an adjective's ending: ", die heute keinen Arzt finden" is a relative clause)
# rules-1.166: a number word between the article and the noun (", die drei Männer seien …"); "vier" already
# read as an adjective by its ending
_DE_NUMBER_WORDS = frozenset(
    _w("zwei drei fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert")
)


def de_relative_after(toks: list[Token], j: int) -> bool:
    """toks[j] opens a relative clause after a preposition ("in denen", "bei der sie"), not an article
    ("in der Stadt", "in der neuen Halle")."""
    if j + 1 >= len(toks):
        return False
    w = toks[j].group().lower()
    if w in _DE_RELATIVE_ONLY:
        return True
    nxt = toks[j + 1].group()
    return w in DE_RELATIVE and nxt.isalpha() and nxt.islower() and not de_article_np(toks, j + 1)


def de_article_np(toks: list[Token], j: int) -> bool:
    """toks[j - 1:] reads article + adjective + noun (", die ersten Genehmigungen würden …"), or article +
    number word + noun not closed by a verb and a comma (", die drei Männer seien …", not ", die zwei Kinder
    hat, …"; rules-1.166): the article opens the reported clause, it is no relative pronoun (", die ihren
    Namen nicht nennen will")."""
    w = toks[j].group()
    nxt = toks[j + 1].group() if j + 1 < len(toks) else ""
    if j + 2 < len(toks) and not is_cap(nxt) and (nxt.islower() or nxt.isdigit()):
        return _de_adjective_run(toks, j)
    if j + 1 >= len(toks) or not w.isalpha() or not is_cap(toks[j + 1].group()):
        return False
    if w in _DE_NUMBER_WORDS:
        closed = j + 3 < len(toks) and toks[j + 2].group()[:1].islower() and toks[j + 3].group() in ",."
        return not closed
    return bool(_DE_ADJ_END_RE.search(w)) and not _DE_POSSESSIVE_RE.match(w)


def _de_adjective_run(toks: list[Token], j: int) -> bool:
    """toks[j] is an adjective followed by one or two adverbs, adjectives or number words and then a noun
    ("einzige noch verbliebene Leitung", "vergangenen zwei Jahren"), the first not a possessive or an article
    (rules-1.368, 1.399)."""
    w = toks[j].group()
    if not _DE_ADJ_END_RE.search(w) or _DE_POSSESSIVE_RE.match(w) or w in _DE_DETERMINERS or not w.isalpha():
        return False
    for k in range(j + 1, min(len(toks) - 1, j + 3)):
        x = toks[k].group()
        if (x.isdigit() or x in _DE_NUMBER_WORDS) and w.endswith("en"):  # 1.399: "in den letzten zwei Jahren"
            if is_cap(toks[k + 1].group()):
                return True
            continue
        if not x.isalpha() or not x.islower() or x in _DE_DETERMINERS:
            return False
        if not (x in _DE_BETWEEN_ADVERBS or _DE_ADJ_END_RE.search(x)):
            return False
        if is_cap(toks[k + 1].group()):
            return True
    return False


def de_name_apposition_end(toks: list[Token], k: int) -> int:
    """rules-1.437: after the comma at ``k`` (an inverted cue's subject, "sagte der Vorsitzende, Thüringens
    Regierungschef Max Bauer (CDU), die Länder …"): the index of the comma that closes a person's name in
    apposition (up to six capitalised words, a first name among them, a party in brackets), else 0. A place
    ("sagte der Sprecher, Berlin sei …") or a clause ("…, Hans glaube …") opens no apposition."""
    j = k + 1
    named = False
    while j < min(k + 8, len(toks)):
        w = toks[j].group()
        if w == "(" and j + 2 < len(toks) and toks[j + 2].group() == ")" and is_cap(toks[j + 1].group()):
            j += 3  # "(CDU)"
            continue
        if not (is_cap(w) and w.replace("-", "").isalpha()):
            break
        named = named or (is_first_name(w) and j + 1 < len(toks) and is_cap(toks[j + 1].group()))
        j += 1
    return j if named and j < len(toks) and toks[j].group() == "," else 0
