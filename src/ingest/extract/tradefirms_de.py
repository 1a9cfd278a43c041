"""German firms named after their trade's compound noun, without a legal form (rules-1.214): "Der
Landmaschinenhersteller Kettler-Agrar will …", "teilte der Autozulieferer Brandwell mit". The name is a firm's, not
a person's, and "das Unternehmen" / "der Konzern" after it is that firm."""

from __future__ import annotations

import re

from ingest.extract.given_names import is_first_name
from ingest.extract.lexicon import words as _w

# a firm named after its trade's compound ("Der Landmaschinenhersteller Kettler-Agrar will …", "beim
# Autozulieferer Brandwell,"): one to three capitalised words, then a lower-case word or a punctuation mark; not
# trades that name people as often ("Gemüsehändler", "Filmproduzent", "Imbissbetreiber")
DE_TRADE_FIRM_RE = re.compile(
    r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß-]*(?:hersteller|zulieferer|konzern|anbieter|versorger|autobauer|"
    r"versicherer|dienstleister|reederei|discounter|(?<=[nN])etzbetreiber|(?<=[kK])raftwerksbetreiber)[ \t]+(?P<name>[A-ZÄÖÜ][\w&-]*"
    r"(?:[ \t]+[A-ZÄÖÜ][\w&-]*){0,2})(?=[ \t]+[a-zäöü]|[,.;:)])"
)
# capitalised words that follow a trade noun without being a firm's name ("Der Konzern Ende Oktober")
_DE_NOT_FIRM = frozenset(_w("Ende Anfang Mitte Jahr Jahres Tag Tage Woche Wochen Monat Monate Zeit"))


def de_trade_name(m: re.Match[str]) -> str:
    """The firm's name in a DE_TRADE_FIRM_RE match, "" when it starts with a given name or a time noun ("Der
    Autohändler Karl Weber": a person)."""
    first = m["name"].split()[0]
    return "" if first in _DE_NOT_FIRM or is_first_name(first.split("-")[0]) else m["name"]
