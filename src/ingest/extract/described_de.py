"""German subjects that analyze_np leaves unknown or misreads (rules-1.109): a descriptive noun phrase with the
body's name in apposition ("Der Betreiber des Ferienparks, die Seeland Resorts GmbH, teilte mit, …"), and
somebody described by a noun and a place ("Ein Fährmann in Kaub sagte, …": not a person called Kaub); a unit or
a span of time is no one-word name (rules-1.268)."""

from __future__ import annotations

import re

from ingest.extract.lexicon import words as _w
from ingest.extract.roles import is_org_word
from ingest.extract.speakers import SpeakerPhrase, analyze_np

_DESCRIPTIVE_RE = re.compile(r"(?:Der|Die|Das|Ein|Eine)\s+[A-ZÄÖÜ][a-zäöüß-]+(?:\s+(?:des|der)\s+[^,]+)?")
_SOMEONE_FROM_RE = re.compile(
    r"(?P<art>Ein|Eine)\s+(?P<noun>[A-ZÄÖÜ][a-zäöüß]{3,})\s+(?:aus|in)\s+(?P<place>[A-ZÄÖÜ][\w-]+)"
    r"(?:,\s+(?:der|die|den|dem|deren|dessen)\s[^,]+)?\s*,?\s*"  # "…, der seinen Namen nicht nennen wollte,"
)

# rules-1.268: "…, fürchteten aber Haftstrafen von fünf bis zwölf Jahren": an object after a coordinated verb,
# not a person called "Jahren"
_UNIT_NOUNS = frozenset(
    _w(
        "Jahr Jahre Jahren Jahres Monat Monate Monaten Woche Wochen Tag Tage Tagen Stunde Stunden Minute Minuten "
        "Prozent Prozentpunkte Prozentpunkten Euro Dollar Cent Kilometer Kilometern Meter Metern Tonne Tonnen "
        "Liter Litern Grad Punkte Punkten"
    )
)
_UNKNOWN = SpeakerPhrase("", "unknown")


def de_described(raw: str, sp: SpeakerPhrase) -> SpeakerPhrase | None:
    """The speaker of ``raw`` (German) when analyze_np gave ``sp`` unknown or a place as a name, else None."""
    raw = raw.strip()
    if sp.kind == "person" and sp.name in _UNIT_NOUNS and raw != sp.name:
        return _UNKNOWN  # a unit of a longer phrase ("Strafen von zwei Jahren"): no speaker
    if sp.kind == "unknown" and ", " in raw:
        segs = raw.strip(" ,").split(", ")
        if (
            len(segs) != 2
            or not _DESCRIPTIVE_RE.fullmatch(segs[0])
            or analyze_np(segs[0], "de").kind != "unknown"
        ):
            return None
        body = analyze_np(segs[1], "de")  # the whole phrase, with the body's name as its org
        if body.kind != "organisation":
            return None
        return SpeakerPhrase(raw.strip(" ,"), "organisation", org=body.org or body.text, gender="o")
    m = _SOMEONE_FROM_RE.fullmatch(raw)
    if m is None or is_org_word(m["noun"]) or (sp.kind != "unknown" and sp.name != m["place"]):
        return None
    role = f"{m['art']} {m['noun']}"
    return SpeakerPhrase(role, "role", role=role, gender="f" if m["art"] == "Eine" else "m")
