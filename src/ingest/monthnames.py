"""Month names of the languages feeds date their items in, for :mod:`ingest.feeddates`.

English names are in :data:`MONTHS` (three letters); others in :data:`LOCAL_MONTHS`, keyed by their
first letters; Greek ones in :data:`GREEK_MONTHS`, looked up without their accents.
"""

from __future__ import annotations

import unicodedata

MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1
    )
}
COMMON_MONTHS = {key: n for name, n in MONTHS.items() for key in (name, name.title(), name.upper())}
# Month names of other languages, keyed by their first letters (German, Russian and Ukrainian in
# nominative and genitive forms, Dutch, French, Spanish, Italian, Portuguese, Polish, Indonesian,
# Turkish): "19. März
# 2026", "19 ноября 2026 г.", "19 листопада 2026". English names are in MONTHS.
LOCAL_MONTHS = {
    "jän": 1, "gen": 1, "ene": 1, "janv": 1, "sty": 1, "янв": 1, "січ": 1,
    "fév": 2, "fev": 2, "lut": 2, "фев": 2, "лют": 2,
    "mär": 3, "mrz": 3, "mrt": 3, "mars": 3, "мар": 3, "бер": 3,
    "avr": 4, "abr": 4, "kwi": 4, "апр": 4, "кві": 4,
    "mai": 5, "mei": 5, "mag": 5, "maj": 5, "май": 5, "мая": 5, "тра": 5,
    "juin": 6, "giu": 6, "cze": 6, "июн": 6, "чер": 6,
    "juil": 7, "lug": 7, "lip": 7, "июл": 7, "лип": 7,
    "aoû": 8, "ago": 8, "sie": 8, "авг": 8, "сер": 8,
    "set": 9, "wrz": 9, "сен": 9, "вер": 9,
    "okt": 10, "ott": 10, "out": 10, "paź": 10, "окт": 10, "жов": 10,
    "lis": 11, "ноя": 11, "лис": 11,
    "dez": 12, "déc": 12, "dic": 12, "gru": 12, "дек": 12, "гру": 12,
    # round seven: Indonesian ("24 Agustus 2026 17:00 WIB", "Rabu, 19 Agu 2026") and Turkish
    # ("24 Kasım 2026 13:00", "Pzt, 24 Kas 2026"); their other months are spelled as above
    "peb": 2, "agu": 8, "agt": 8, "nop": 11, "des": 12,
    "oca": 1, "şub": 2, "nis": 4, "haz": 6, "tem": 7, "ağu": 8, "eyl": 9, "eki": 10, "kas": 11, "ara": 12,
    # round eight: Finnish ("24. marraskuuta 2026 klo 10.00" was read as March: "mar")
    "tamm": 1, "helm": 2, "maal": 3, "huht": 4, "touk": 5, "kesä": 6, "hein": 7, "elok": 8, "syys": 9,
    "loka": 10, "marr": 11, "joul": 12,
}  # fmt: skip
# Round nine: Romanian ("24 noiembrie 2026", "Luni, 24 Noi 2026"), Hungarian ("2026. november 24.",
# "2026. márc. 19."); their other months are spelled as above
LOCAL_MONTHS |= {
    "ian": 1,
    "iun": 6,
    "iul": 7,
    "noi": 11,
    "már": 3,
    "ápr": 4,
    "máj": 5,
    "jún": 6,
    "júl": 7,
    "sze": 9,
}
# Round nine: Greek, nominative and genitive ("24 Νοεμβρίου 2026", "Δευ, 24 Νοε 2026"), without accents;
# June and July need four letters (Ιούνιος, Ιούλιος)
GREEK_MONTHS = {
    "ιαν": 1, "φεβ": 2, "μαρ": 3, "απρ": 4, "μαι": 5, "ιουν": 6, "ιουλ": 7, "αυγ": 8, "σεπ": 9, "οκτ": 10,
    "νοε": 11, "δεκ": 12,
}  # fmt: skip


def lookup_month(name: str) -> int | None:
    """The month of an English or :data:`LOCAL_MONTHS` name, full or abbreviated, any case."""
    folded = name.lower()  # four-letter names first ("marraskuuta" is no March), then English
    found = LOCAL_MONTHS.get(folded[:4]) or MONTHS.get(folded[:3]) or LOCAL_MONTHS.get(folded[:3])
    if found is None and "\u0370" <= folded[:1] <= "\u03ff":  # Greek: accents dropped ("Μαΐου", "Ιούλ")
        bare = "".join(c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c))
        found = GREEK_MONTHS.get(bare[:4]) or GREEK_MONTHS.get(bare[:3])
    return found
