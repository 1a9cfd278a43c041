"""rules-1.411 (blind batch IDS28): a Ukrainian or Russian body's acronym with a country's adjective before it
("Російська ФСБ", "российская ФСБ"), its country's genitive after it ("ФСБ России") or its public relations centre
before it ("Центр общественных связей ФСБ", "Центр громадських зв'язків СБУ") keys as the bare acronym ("ФСБ"). An
acronym after a region's adjective ("Харківська ОВА", "Львівська ОДА": two bodies) keeps its key. (Keying a bare
Cyrillic acronym as its Latin spelling, "НАБУ" = "NABU", was tried and left out: the ordinary batches' gold names
"NABU" and "НАБУ" as two speakers, one per language.)"""

from __future__ import annotations

import re

# the acronym alone: two to five Cyrillic capitals, after a country's adjective or none
_CYR_ACRONYM_RE = re.compile(
    r"(?:(?:[ВвУуОо]\s+)?[Цц]ентр\w*\s+(?:общественных\s+связей|громадських\s+зв['’ʼ]язків)\s+)?"  # its press office
    r"(?:(?:[Рр]осійськ|[Рр]оссийск|[Уу]країнськ|[Уу]краинск|[Бб]ілоруськ|[Бб]елорусск|[Аа]мериканськ|[Аа]мериканск|"
    r"[Пп]ольськ|[Пп]ольск|[Нн]імецьк|[Нн]емецк|[Бб]ританськ|[Бб]ританск|[Фф]ранцузьк|[Фф]ранцузск|[Тт]урецьк|"
    r"[Тт]урецк|[Мм]олдовськ|[Мм]олдавск|[Гг]рузинськ|[Гг]рузинск)[а-яіїєё]{1,3}\s+)?"
    r"(?P<a>[А-ЯІЇЄҐЁ]{2,5})(?:\s+(?:України|Украины|Росії|России|РФ))?"
)


def cyr_acronym(phrase: str) -> str:
    """The bare Cyrillic acronym ``phrase`` is, with a country's adjective before it or none ("Російська ФСБ" →
    "ФСБ"), else ""."""
    if len(phrase) > 40 or (
        not phrase[:1].isupper() and not phrase[-1:].isupper()
    ):  # (cheap: a capital first or last)
        return ""
    m = _CYR_ACRONYM_RE.fullmatch(phrase)
    return m.group("a") if m is not None else ""
