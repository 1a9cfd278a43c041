"""Lower-case Cyrillic nouns that open an unnamed speaker phrase after a listener (moved out of ``speakers``,
rules-1.203)."""

from __future__ import annotations

from ingest.extract.lexicon import words as _w
from ingest.extract.roles import is_cyr_role

CYR_ANON_STEMS = _w("джерел джерело источник співрозмовник собеседник інсайдер инсайдер")
_SPOKES_STEMS = _w("представ пресс-секрет прес-секрет речни официальн офіційн")
# rules-1.203: an owner or founder ("рассказал «Курсиву» владелец компании"), not in the dative ("владельцу")
_OWNER_STEMS = _w("власник власниц владелец владельц владелиц совладел засновни основател")
_DATIVE_ENDS = ("у", "ю", "ові", "еві", "ом", "ем")


def is_speaker_noun(word: str) -> bool:
    """A lower-case Cyrillic noun that opens an unnamed speaker phrase after a listener ("рассказал РБК
    собеседник", "сообщил ТАСС представитель ведомства", "рассказал «Курсиву» владелец компании"); not a
    dative listener ("журналистам")."""
    low = word.lower()
    return (
        word[:1].islower()
        and not low.endswith(("ам", "ям"))
        and (
            low.startswith(CYR_ANON_STEMS)
            or low.startswith(_SPOKES_STEMS)
            or (low.startswith(_OWNER_STEMS) and not low.endswith(_DATIVE_ENDS))
        )
    )


def cyr_genitive_group(phrase: str, words: list[str]) -> bool:
    """rules-1.203: a lower-case genitive plural adjective before a plural role noun, the source of a frame ("по
    словам местных журналистов", "за словами місцевих лікарів")."""
    if len(words) != 2 or not phrase[:1].islower():
        return False
    adj, noun = words
    return (
        adj.endswith(("ых", "их", "іх"))
        and noun.endswith(("ов", "ев", "ей", "ів", "їв"))
        and is_cyr_role(noun)
    )
