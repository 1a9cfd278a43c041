"""Ukrainian and Russian news outlets named as speakers or sources ("За інформацією Суспільного", "Как передает
Интерфакс", "сообщили «Коммерсанту»"): an organisation, not a person read from a capitalised word and put in the
nominative as a name ("Суспільний"); rules-1.267, found probing Ukrainian frames."""

from __future__ import annotations

import re
from collections.abc import Sequence

# the outlet's name, then its case forms (lower case, without quotation marks), "|" between forms
_OUTLETS = {
    "Суспільне": "суспільне|суспільного|суспільному|суспільним",
    "Укрінформ": "укрінформ|укрінформу|укрінформом|укрінформі",
    "Українська правда": "українська правда|української правди|українській правді|українську правду",
    "Економічна правда": "економічна правда|економічної правди|економічній правді",
    "Радіо Свобода": "радіо свобода|радіо свободи|радио свобода|радио свободы",
    "Громадське": "громадське|громадського|громадському|hromadske",
    "Дзеркало тижня": "дзеркало тижня|дзеркала тижня",
    "Интерфакс": "интерфакс|интерфакса|интерфаксу|интерфаксом|інтерфакс|інтерфаксу",
    "РИА Новости": "риа новости|риа новостям|риа новостей",
    "Коммерсантъ": "коммерсантъ|коммерсант|коммерсанта|коммерсанту|коммерсантом",
    "Ведомости": "ведомости|ведомостей|ведомостям",
    "Известия": "известия|известий|известиям",
    "Медуза": "медуза|медузы|медузе|медузой",
    "Новая газета": "новая газета|новой газеты|новой газете",
    "Фонтанка": "фонтанка|фонтанки|фонтанке",
}
_FORMS = {form: name for name, forms in _OUTLETS.items() for form in forms.split("|")}


def known_outlet(cleaned: str, lang: str) -> str:
    """The outlet ``cleaned`` names in any case ("Суспільного" → "Суспільне"), or ""."""
    if lang not in ("uk", "ru"):
        return ""
    return _FORMS.get(cleaned.strip(' «»„“"').lower(), "")


# rules-1.336: an outlet in the dative at the end of the phrase after a cue is its listener, not part of the
# speaker ("— сказал глава ассоциации РИА Новости", "сказав голова асоціації Суспільному"); not after a newsroom
# role, which the outlet's name completes ("сказал главный редактор РИА Новости")
_DATIVE_OUTLETS = frozenset(
    [
        *"суспільному укрінформу громадському интерфаксу інтерфаксу коммерсанту ведомостям известиям медузе".split(),
        *"фонтанке тасс рбк уніан униан".split(),
        *("українській правді", "економічній правді", "риа новости", "новой газете", "радіо свободі"),
    ]
)
_NEWSROOM_ROLES = frozenset(
    "редактор главред головред кореспондент корреспондент оглядач обозреватель ведучий ведущий журналіст "
    "журналист директор гендиректор глава голова".split()
)
_QUOTE_MARKS = frozenset('«»"„“')


def outlet_listener_at(toks: Sequence[re.Match[str]], before: str) -> bool:
    """``toks`` (the rest of a speaker phrase after the word ``before``) are a news outlet in the dative and nothing
    else: the listener of the cue, not the speaker's employer."""
    if not toks or not (toks[0].group()[:1].isupper() or toks[0].group() == "«"):
        return False
    if before.lower() in _NEWSROOM_ROLES:
        return False
    parts: list[str] = []
    for t in toks:
        w = t.group()
        if w in _QUOTE_MARKS:
            continue
        if not w[:1].isalpha() or len(parts) > 2:
            break
        parts.append(w.lower())
    return 0 < len(parts) <= 2 and " ".join(parts) in _DATIVE_OUTLETS
