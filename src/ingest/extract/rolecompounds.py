"""rules-1.202: Ukrainian and Russian role nouns compounded with a learned prefix ("гідробіолог",
"агрокліматолог", "нейрохирург", "радіоведучий"): the word is a role when the rest after the prefix is one."""

from __future__ import annotations

# the first halves of compound role nouns; the rest must still be a role word of five letters or more
_CYR_ROLE_PREFIXES = (
    "гідро", "гидро", "агро", "нейро", "радіо", "радио", "мікро", "микро", "фіто", "фито", "палео", "астро",
    "онко", "кардіо", "кардио", "психо", "біо", "био", "гео", "зоо", "теле",
)  # fmt: skip


def cyr_role_parts(low: str) -> tuple[str, ...]:
    """``low`` and, when it opens with a learned prefix, the rest after it ("гідробіолог" → "біолог"); nothing
    for a word that does not open with a lower-case Cyrillic letter (is_cyr_role's words)."""
    if not low[:1] >= "а":
        return ()
    for p in _CYR_ROLE_PREFIXES:
        if low.startswith(p) and len(low) - len(p) >= 5:
            return (low, low[len(p) :])
    return (low,)
