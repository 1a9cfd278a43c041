"""Both parties to talks named as one speaker: "Both sides said …", "Beide Seiten erklärten, …", "Обе стороны
заявили, что …", "Обидві сторони наголосили, що …" (rules-1.195)."""

from __future__ import annotations

import re

# a quantifier for two and a plural noun for the parties: the sides, delegations, governments, countries
_BOTH_SIDES_RE = re.compile(
    r"(?:[Bb]oth|[Tt]he\s+two|[Bb]eide|[Dd]ie\s+beiden|[Оо]бе|[Оо]ба|[Оо]бидві|[Оо]бидва|[Дд]ве|[Дд]ві)\s+"
    r"(?:sides|parties|delegations|governments|leaders|Seiten|Delegationen|Regierungen|Regierungschefs|"
    r"стороны|сторони|делегации|делегації|правительства|уряди|лидера|лідери)"
)


# officials of two countries together ("Міністри аграрної політики обох країн", "вице-премьеров двух стран",
# "the foreign ministers of both countries"): a group, not the one holder of that office named in the article
_TWO_COUNTRIES_RE = re.compile(
    r"\s(?:обох|обидвох|двох|обеих|двух|both|the\s+two|beider)\s+(?:країн|держав|стран|государств|countries|nations|"
    r"Länder|Staaten)$"
)


def is_both_sides(phrase: str) -> bool:
    """Whether ``phrase`` is the two parties to talks as a whole ("Both sides", "Обе стороны", "Міністри обох
    країн")."""
    return _BOTH_SIDES_RE.fullmatch(phrase) is not None or _TWO_COUNTRIES_RE.search(phrase) is not None


# rules-1.195: a German sentence that opens with its object and ends with the finite verb, the subject and a
# separable particle ("Berichte, wonach …, wies Kern zurück.", "Den Vorwurf, …, räumte Weber ein.")
_DE_FINAL_SUBJECT_RE = re.compile(
    r",[ \t]+(?:wies|wiesen|räumte|räumten|lehnte|lehnten|nannte|wollte|bestritt|bestätigte|dementierte"
    r"|antwortete|reagierte|entgegnete|erwiderte)[ \t]+"  # rules-1.227: "Auf die Frage, …, antwortete X knapp."
    r"([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?:[ \t]+(?:zurück|ein|ab|nicht|knapp|[a-zäöüß]{4,}end))?[ \t]*[.!]"
)


def de_final_surname(text: str, ss: int) -> str | None:
    """The capitalised word after the last comma's finite verb that closes the German sentence starting at
    ``ss`` ("Berichte, wonach Berlin bremse, wies Kern zurück." → "Kern"), else None."""
    end = text.find("\n", ss)
    end = len(text) if end == -1 else end
    stop = text.find(". ", ss, end)
    m = _DE_FINAL_SUBJECT_RE.search(text, ss, end if stop == -1 else stop + 1)
    return m.group(1) if m is not None else None


# rules-1.195: unnamed sources in a German compound of "Kreise" ("Aus Verhandlungskreisen verlautete, …", "In
# Sicherheitskreisen hieß es, …") are a body of sources, as "Regierungskreisen" was, not a person "Diplomatenkreisen"
_DE_CIRCLES_RE = re.compile(r"(?:[Aa]us\s+|[Ii]n\s+)?(?P<c>[A-ZÄÖÜ][\wäöüß-]+kreisen?)")


def de_circles(phrase: str) -> str:
    """The compound of "Kreise" that ``phrase`` is ("Aus Diplomatenkreisen" → "Diplomatenkreisen"), else ""."""
    m = _DE_CIRCLES_RE.fullmatch(phrase)
    return m["c"] if m is not None else ""


# "Berichte, wonach …, wies Kern zurück." (rules-1.195): the Konjunktiv is the rejected report's, the sentence is no
# continuation of the speaker before; a Konjunktiv sentence after it continues what the one who rejected it says
_DE_REJECTED_BY_RE = re.compile(
    r",\s+wiese?n?\s+(?P<np>[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?)\s+zurück\s*[.!]?\s*$"
)


def de_rejecter(stext: str) -> str:
    """The subject of a German sentence ``stext`` that ends in "…, wies <Name> zurück.", else ""."""
    m = _DE_REJECTED_BY_RE.search(stext)
    return m["np"] if m is not None else ""


# a German sentence opening with a question word ("Wann die Lastwagen fahren könnten, ließ er offen.", rules-1.195)
DE_QUESTION_OPEN_RE = re.compile(r"(?:Ob|Wann|Warum|Weshalb|Wieso|Wo|Wohin|Wer|Was|Welche[rsnm]?|Wie)\s")


# rules-1.228: English court reports name the prosecuting barrister by the side before the name ("Opening the case
# for the prosecution, Rupert … KC told jurors", "Prosecuting, Ann … said"): "The prosecutor said" is that person
_PROSECUTING_RE = re.compile(r"(?:\b[Pp]rosecuting|\bfor\s+the\s+(?:[Cc]rown|prosecution))\s*,\s*$")


def prosecuting_before(text: str, pos: int, head: str) -> bool:
    """Whether ``head`` is "prosecutor" and the words just before ``pos`` give the person there that side."""
    return head == "prosecutor" and _PROSECUTING_RE.search(text, max(0, pos - 60), pos) is not None
