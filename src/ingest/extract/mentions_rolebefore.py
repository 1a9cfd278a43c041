"""The role phrase a name stands after in a mention ("півзахисника Назара Гуменюка", "Der Chef des
Militärgeheimdienstes HUR, Olexij …"): moved from mentions.py (rules-1.369)."""

from __future__ import annotations

import re

from ingest.extract import rolewords
from ingest.extract.appositions import is_role_word
from ingest.extract.lexicon_roles import DE_ROLE_SUFFIXES
from ingest.extract.mentions_de import before_academic
from ingest.extract.roles import CYR_RELATIONS, role_class
from ingest.extract.rolewords import add_place_adjective, de_compound_title

_APOSTROPHES = ("'", "’", "ʼ")
_NO_APOSTROPHE = str.maketrans("", "", "".join(_APOSTROPHES))  # "здоров'я" is one word (rules-1.36)


def role_word_before(text: str, pos: int, lang: str) -> str:
    """The lower-case role noun right before a name at ``pos`` ("адвокат", "півзахисника"), or the
    role phrase the name is in apposition to ("Der Chef des Militärgeheimdienstes HUR, Olexij …"), or ""."""
    # "Bundesministerin Dr. Eva Lang": the role word stands before the academic titles (rules-1.275)
    pos = before_academic(text, pos)
    if pos >= 3 and text[pos - 2 : pos] == ", ":
        return role_phrase_before_comma(text, pos - 2)
    if pos >= 6 and text[pos - 2] in "»“" and lang != "en":  # "полузащитника «Волжанина» Артема …" (1.27)
        o = text.rfind("«" if text[pos - 2] == "»" else "„", max(0, pos - 40), pos - 2)
        j = text.rfind(" ", max(0, o - 30), o - 1) if o > 1 and text[o - 1] == " " else -2
        w = text[j + 1 : o - 1]
        return w if j > -2 and w.isalpha() and w[1:].islower() and is_role_word(w.lower()) else ""
    if pos >= 6 and lang in ("uk", "ru") and text[pos - 1] == " " and "А" <= text[pos - 2] <= "Я":
        return _acronym_role(text, pos)  # "секретар РНБО Олег …", "глава МИД Андрей …" (rules-1.369)
    if pos < 3 or text[pos - 1] != " " or not text[pos - 2].islower():
        return ""
    j = max(text.rfind(" ", max(0, pos - 30), pos - 1), text.rfind("\n", max(0, pos - 30), pos - 1))
    w = text[j + 1 : pos - 1]
    alpha = w.translate(_NO_APOSTROPHE).isalpha()  # "Міністр охорони здоров'я …" (rules-1.36)
    if (alpha or ("-" in w and w.replace("-", "").isalpha())) and w.islower() and is_role_word(w):
        prev = text[max(0, j - 12) : j].rsplit(None, 1)[-1:] if j > 0 else []
        if prev and prev[0].lower() in CYR_RELATIONS:
            return ""  # "Агент футболиста Роман …": the footballer's agent, no footballer (rules-1.27)
        return add_place_adjective(text, j, w)  # also "генерал-майор"; "міським головою" (rules-1.139)
    if lang == "de" and not alpha:
        return de_compound_title(w)  # "Die Grünen-Abgeordnete Katrin …" (rules-1.139)
    if not alpha or lang not in ("de", "uk", "ru"):
        return ""
    if lang == "de":  # "Geschäftsführerin Sabine …"
        return w if w[1:].islower() and DE_ROLE_SUFFIXES.search(w.lower()) else ""
    words = [w]  # "міністр освіти Андрій …", "Міністр захисту довкілля Роман …": a role, one or two genitives
    while j > 0 and w.translate(_NO_APOSTROPHE).isalpha() and rolewords.genitive_word(w, len(words)):
        k = max(text.rfind(" ", max(0, j - 30), j), text.rfind("\n", max(0, j - 30), j))
        w = text[k + 1 : j]
        words.insert(0, w)
        if w.isalpha() and w[1:].islower() and is_role_word(w.lower()):
            return " ".join(words)
        j = k
    return ""


def role_phrase_before_comma(text: str, comma: int) -> str:
    """A short role phrase opening the clause before ``comma`` ("Der Chef des ukrainischen
    Militärgeheimdienstes HUR", "Ukraine's military intelligence chief"), or ""."""
    lo = max(0, comma - 92)  # (a bounded search: a long text without a full stop made this quadratic)
    start = max(
        text.rfind(". ", lo, comma) + 2,
        text.rfind("\n", lo, comma) + 1,
        text.rfind(", ", lo, comma) + 2,
        comma - 90,
    )
    seg = text[start:comma].strip()
    if not seg or len(seg.split()) > 8 or not role_class(seg):
        return ""
    return seg


# a Cyrillic body's acronym between a role noun and the name ("речник ЗСУ", "начальника ГУР")
_ACRONYM_ROLE_RE = re.compile(r"(?<!\S)([а-яіїєґА-ЯІЇЄҐ][а-яіїєґ'’ʼ-]{2,}) ([А-ЯІЇЄҐ]{2,6}) $")


def _acronym_role(text: str, pos: int) -> str:
    """The lower-case role noun and the acronym of its body right before a name at ``pos`` ("секретар
    РНБО", "очільника МЗС"), or "" (not a verb or another word before the acronym: "заявили в СБУ")."""
    m = _ACRONYM_ROLE_RE.search(text, max(0, pos - 40), pos)
    return f"{m.group(1)} {m.group(2)}" if m is not None and is_role_word(m.group(1).lower()) else ""
