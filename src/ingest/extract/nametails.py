"""A second surname after a name particle, and a noble title's "von", in a name's pattern (rules-1.359, blind
batch ET): "Hinrich Meyer zu Westerholt", "Peter Jan de Boer", "Holger Freiherr von Wangenheim" were cut after
the word before the particle. Not "zu" before an idiom's noun or a plural ("zu Beginn", "zu Reportern"), not
"von" after a surname ("Anna Schmidt von der Polizei": her employer)."""

from __future__ import annotations

__all__ = ["ZU_IDIOMS", "surname_tail"]

# "zu" + a capitalised noun of an idiom: no surname ("sagte Anna Schmidt zu Beginn")
ZU_IDIOMS = frozenset(
    (
        "Beginn",
        "Hause",
        "Recht",
        "Unrecht",
        "Fuß",
        "Gast",
        "Ende",
        "Wort",
        "Protokoll",
        "Lasten",
        "Gunsten",
        "Tode",
    )
)


def surname_tail(cap: str, word: str) -> tuple[str, str]:
    """(optional particle and second surname after a surname; a noble title with "von" and a surname), as
    pattern text for a name pattern whose capital letters are ``cap`` and whose name word is ``word``."""
    idioms = "|".join(sorted(ZU_IDIOMS))
    tail = (
        rf"(?:[ \t]+(?:de|van|zu(?![ \t]+(?:{idioms})\b)(?![ \t]+\w+(?:en|ern)\b))(?:[ \t]+(?:der|den))?"
        rf"[ \t]+[{cap}][\w'’-]+(?![ \t]+(?:der|des)\b))?"
    )
    noble = rf"(?:Freiherr|Freifrau|Graf|Gräfin|Prinz|Prinzessin)[ \t]+von[ \t]+(?:der[ \t]+)?{word}"
    return tail, noble
