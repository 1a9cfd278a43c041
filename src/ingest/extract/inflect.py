"""Ukrainian and Russian person names back to the nominative.

News copy names people in oblique cases: "За словами голови правління Віталія Зайченка",
"— приводятся слова директора Сергея Комарова", "По словам Пескарева". The speaker written out and
the speaker id must use the nominative ("Віталій Зайченко"), or one person gets two ids.

* A full name is recognised by its first name: an inflected form whose nominative is a known first
  name ("Віталія" → "Віталій", "Ольги" → "Ольга", "Сергея" → "Сергей") gives the case and gender,
  and the surname is declined back with the same case ("Зайченка" → "Зайченко", "Комарова" →
  "Комаров", "Мельникової" → "Мельникова", "Зеленського" → "Зеленський").
* A bare surname is only changed when the caller knows the case (``case="gen"`` after "за словами",
  "по словам", "слова …").

Only the genitive (by far the most frequent oblique case for speakers), the dative and (since
rules-1.5, for interviewees: "поговорили з Оленою Гнатюк") the instrumental are handled.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.given_names import gender_of_first, is_first_name

# (inflected first-name ending, nominative ending, case); tried in order, the first candidate that is a
# known first name wins. An empty ending means "add".
_FIRST_ENDINGS: tuple[tuple[str, str, str], ...] = (
    ("ія", "ій", "gen"),  # Віталія → Віталій, Андрія
    ("ію", "ій", "dat"),
    ("ия", "ий", "gen"),  # Дмитрия → Дмитрий
    ("ию", "ий", "dat"),
    ("ея", "ей", "gen"),  # Сергея → Сергей
    ("ею", "ей", "dat"),
    ("ії", "ія", "gen"),  # Юлії → Юлія
    ("ии", "ия", "gen"),  # Марии → Мария
    ("ьи", "ья", "gen"),  # Натальи → Наталья
    ("ье", "ья", "dat"),
    ("оря", "ор", "gen"),  # Ігоря → Ігор
    ("оря", "орь", "gen"),  # Игоря → Игорь
    ("орю", "ор", "dat"),
    ("орю", "орь", "dat"),
    ("ра", "ро", "gen"),  # Петра → Петро, Дмитра → Дмитро
    ("ла", "ло", "gen"),  # Павла → Павло, Данила → Данило
    ("ові", "", "dat"),  # Тарасові → Тарас
    ("а", "", "gen"),  # Івана → Іван, Олега → Олег
    ("у", "", "dat"),
    ("ю", "ь", "dat"),
    ("и", "а", "gen"),  # Олени → Олена, Анны → Анна (ы below)
    ("ы", "а", "gen"),
    ("і", "а", "dat"),  # Олені → Олена
    ("е", "а", "dat"),  # Анне → Анна
    # rules-1.5: the instrumental ("поговорили з Оленою Гнатюк", "беседовал с Иваном Петровым")
    ("ією", "ія", "ins"),  # Марією → Марія
    ("ою", "а", "ins"),  # Оленою → Олена
    ("ієм", "ій", "ins"),  # Андрієм → Андрій
    ("ием", "ий", "ins"),
    ("еем", "ей", "ins"),  # Сергеем → Сергей
    ("ом", "", "ins"),  # Іваном → Іван
    ("ой", "а", "ins"),  # Еленой → Елена
    ("ьей", "ья", "ins"),  # Натальей → Наталья
    # rules-1.8: women's names in the accusative ("дисквалифицировало фигуристку Анну Орлову")
    ("у", "а", "acc"),  # Анну → Анна, Олену → Олена
    ("ю", "я", "acc"),  # Марию → Мария
)
# Russian has no -о masculine names (Петра → Петр, not Петро) and a fleeting vowel (Павла → Павел, Льва → Лев).
_RU_FIRST_ENDINGS: tuple[tuple[str, str, str], ...] = (
    ("вла", "вел", "gen"),
    ("влу", "вел", "dat"),
    ("льва", "лев", "gen"),
    *(e for e in _FIRST_ENDINGS if e[1] not in ("ро", "ло")),
)
_CYR_RE = re.compile(r"^[\u0400-\u04ff][\u0400-\u04ff’'ʼ\-]*$")


@lru_cache(maxsize=4096)
def first_nominative(word: str, lang: str = "uk") -> tuple[str, str, str] | None:
    """(nominative, case, gender) of an inflected Cyrillic first name, or None."""
    low = word.lower()
    if gender_of_first(low):
        return None  # already a nominative
    for end, nom, case in _RU_FIRST_ENDINGS if lang == "ru" else _FIRST_ENDINGS:
        if low.endswith(end) and len(low) > len(end) + 1:
            cand = low[: len(low) - len(end)] + nom
            g = gender_of_first(cand)
            if g:
                return word[: len(word) - len(end)] + nom, case, g
            if (
                not nom
                and len(cand) > 3
                and cand[-2] not in _VOWELS
                and gender_of_first(cand[:-1] + "е" + cand[-1])
            ):
                # a fleeting vowel: "Павлом", "Павлу" → Павел (rules-1.14)
                stem = word[: len(word) - len(end)]
                return stem[:-1] + "е" + stem[-1], case, "m"
    return None


_VOWELS = frozenset("аеёиіїоуыэюяє")


def _male_genitive(word: str) -> tuple[str, str, str] | None:
    """A first name that is also a female nominative read as a male genitive, when the case is known
    ("Богдана" → Богдан, "Олександра" → Олександр)."""
    low = word.lower()
    if not low.endswith(("а", "я")) or len(low) < 4:
        return None
    stem = word[:-1] + ("й" if low.endswith("я") else "")
    return (stem, "gen", "m") if gender_of_first(stem.lower()) == "m" else None


# rules-1.254: surname endings only a man's oblique case has (a woman's "-енко" and "-ська" do not decline so)
_MALE_OBLIQUE_SURNAME = ("енка", "єнка", "ського", "цького", "ского", "цкого")
_HARD_K_RE = re.compile(r"[аеиіоуюяєї]к$")


def surname_nominative(word: str, case: str, gender: str, lang: str) -> str:
    """A Cyrillic surname in ``case`` (gen | dat | ins) back to the nominative, for a person of ``gender``
    (m | f | "" when unknown: the ending decides)."""
    if not _CYR_RE.match(word):
        return word
    w = word
    low = w.lower()
    if case == "gen":
        if gender != "m":
            for end, nom in (("ської", "ська"), ("цької", "цька"), ("ової", "ова"),
                             ("евої", "ева"), ("іної", "іна"), ("ої", "а"), ("ской", "ская"),
                             ("цкой", "цкая"), ("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"), ("иной", "ина"),
                             ("ыной", "ына")):  # fmt: skip
                if low.endswith(end):
                    return w[: len(w) - len(end)] + nom
            if gender == "f":
                return w
        for end, nom in (("ського", "ський"), ("цького", "цький"), ("ского", "ский"), ("цкого", "цкий"),
                         ("ого", "ий"), ("енка", "енко")):  # fmt: skip
            if low.endswith(end):
                return w[: len(w) - len(end)] + nom
        if (
            gender == "m"
            and len(low) > 3  # (rules-1.105: four letters too, "Олексія Гури" → Гура)
            and low[-2] not in _VOWELS
            and low[-1] == ("ы" if lang == "ru" else "и")
        ):
            return w[:-1] + "а"  # a man's surname in -а: "Артема Середы" → Середа (rules-1.27)
        if (
            gender != "f"
            and len(low) > 4
            and low[-3] not in _VOWELS
            and low.endswith("ця" if lang == "uk" else "вца")
        ):
            # a fleeting vowel before -ць/-ц (rules-1.145): "Кравця" → Кравець, "Стрільця" → Стрілець,
            # Russian "Кравца" → Кравец ("Шульца" keeps its -ц: only -вца is read so)
            stem = w[:-2]
            return (stem[:-1] if stem[-1:].lower() == "ь" else stem) + ("ець" if lang == "uk" else "ец")
        if low.endswith("ка") and len(low) > 4:  # Кравчука → Кравчук, Бойка → Бойко
            return w[:-1] if _HARD_K_RE.search(low[:-1]) else w[:-1] + "о"
        if lang == "uk" and gender == "m" and low.endswith("ія") and len(low) > 4 and low[-3] not in _VOWELS:
            return w[:-1] + "й"  # Топчія → Топчій, Гордія → Гордій (rules-1.132)
        if gender != "f" and low.endswith("вля") and len(low) > 5 and low[-4] in _VOWELS:
            return w[:-2] + "ель"  # a fleeting vowel before -ль (rules-1.159): "Журавля" → Журавель
        if low.endswith("я") and len(low) > 4 and low[-2] in "лнр":  # Шмигаля → Шмигаль
            # rules-1.269: no Ukrainian word ends in -рь ("Бондаря" → Бондар, "Кобзаря" → Кобзар; Russian Бондарь)
            return w[:-1] + ("" if lang == "uk" and low[-2] == "р" else "ь")
        if low.endswith("а") and len(low) > 4 and low[-2] not in "аеиіоуюяєї":
            return w[:-1]  # Комарова → Комаров, Волошина → Волошин
        return w
    if case == "acc":
        if (
            gender == "m"
        ):  # rules-1.150: a man's accusative is his genitive ("вратаря Илью Соколова" → Соколов)
            return surname_nominative(w, "gen", "m", lang)
        for end, nom in (("ську", "ська"), ("цьку", "цька"), ("скую", "ская"), ("цкую", "цкая"), ("ову", "ова"),
                         ("еву", "ева"), ("ёву", "ёва"), ("іну", "іна"), ("ину", "ина")):  # fmt: skip
            if low.endswith(end):
                return w[: len(w) - len(end)] + nom
        return w
    if case == "ins":
        if gender != "m":
            for end, nom in (("ською", "ська"), ("цькою", "цька"), ("овою", "ова"), ("евою", "ева"), ("іною", "іна"),
                             ("ской", "ская"), ("цкой", "цкая"), ("овой", "ова"), ("евой", "ева"), ("иной", "ина")):  # fmt: skip
                if low.endswith(end):
                    return w[: len(w) - len(end)] + nom
            if gender == "f":
                return w  # "Оленою Гнатюк": consonant-final women's surnames do not decline
        for end, nom in (("ським", "ський"), ("цьким", "цький"), ("ским", "ский"), ("цким", "цкий"),
                         ("енком", "енко"), ("ым", ""), ("ом", ""), ("ем", "ь")):  # fmt: skip
            if low.endswith(end) and len(low) > len(end) + 2:
                return w[: len(w) - len(end)] + nom
        return w
    if case == "dat":
        if gender != "m":
            for end, nom in (("ській", "ська"), ("ової", "ова"), ("ій", "а"), ("ской", "ская"), ("овой", "ова"),
                             ("евой", "ева"), ("иной", "ина"), ("ой", "а")):  # fmt: skip
                if low.endswith(end):
                    return w[: len(w) - len(end)] + nom
            if gender == "f":
                return w
        for end, nom in (("ському", "ський"), ("цькому", "цький"), ("скому", "ский"), ("ому", "ий"),
                         ("енку", "енко")):  # fmt: skip
            if low.endswith(end):
                return w[: len(w) - len(end)] + nom
        if low.endswith("ові") and len(low) > 5:
            return w[:-3]
        if low.endswith("у") and len(low) > 4 and low[-2] not in "аеиіоуюяєї":
            return w[:-1]
        if low.endswith("ю") and len(low) > 4 and low[-2] in "лнр":  # Кошелю → Кошель (rules-1.29)
            return w[:-1] + "ь"
    return w


_CYR_INITIAL_RE = re.compile(r"[А-ЯЁІЇЄҐ]\.?")


def surname_first(parts: list[str]) -> str:
    """rules-1.361 (blind batch IDS23): a Cyrillic surname before its initials, as official texts write it ("заявил
    Марчук А. В.") is the name with the initials first ("А. В. Марчук"); "" for anything else."""
    if (
        len(parts) < 2
        or not parts[0][1:].islower()
        or not all(_CYR_INITIAL_RE.fullmatch(p) for p in parts[1:])
        or is_first_name(parts[0])  # "Ольга С.": a first name and the surname's initial
    ):
        return ""
    return " ".join([*(p if p.endswith(".") else p + "." for p in parts[1:]), parts[0]])


@lru_cache(maxsize=4096)
def nominative_name(name: str, lang: str, case: str = "") -> str:
    """The nominative of a Cyrillic person name ("Віталія Зайченка" → "Віталій Зайченко"). A bare
    surname changes only when ``case`` is given. Latin names and nominatives pass through."""
    parts = name.split()
    if not parts or lang not in ("uk", "ru") or not _CYR_RE.match(parts[-1]):
        return name
    if len(parts[-1]) < 3 and parts[-1][:1].isupper() and (flip := surname_first(parts)):
        return flip
    if len(parts) > 2 and len(parts[0]) > 1 and parts[0].isupper() and parts[1][1:].islower():
        parts = parts[1:]  # "Спецпосланець США Роберт …": the country's acronym is no name (rules-1.139)
        name = " ".join(parts)
    if len(parts) == 1:
        return surname_nominative(parts[0], case, "", lang) if case else name
    first = first_nominative(parts[0], lang)
    if first is None and case == "gen":
        first = _male_genitive(parts[0])  # "цитує … Богдана Ілліча": Богдан, not the female Богдана
    if first is None and not case and len(parts) == 2 and parts[1].lower().endswith(_MALE_OBLIQUE_SURNAME):
        # rules-1.254: a man's genitive or accusative whose first name is also a woman's nominative
        # ("призначив Валентина Андрієнка", "Олександра Шевченка"): a woman's surname never ends so
        first = _male_genitive(parts[0])
    if first is None and len(parts) == 2 and (obl := _after_indeclinable(parts[0], parts[1].lower())):
        first = (parts[0], obl, "m")  # "достался испанцу Диего Фернандесу": Фернандес (rules-1.263)
    if first is None:
        return name
    nom, fcase, gender = first
    if case and fcase != case and not (case == "gen" and fcase in ("gen", "dat")):
        return name
    rest = [surname_nominative(p, fcase, gender, lang) if p[:1].isupper() else p for p in parts[1:]]
    return " ".join([nom, *rest])


def _after_indeclinable(first: str, low: str) -> str:
    """The case ("dat" | "ins") of a man's surname after a first name that does not decline ("Диего",
    "Марино", "Педро"): only the surname shows it ("Диего Фернандесу", "з Марино Пушичем"); ""
    when the surname looks nominative (it ends in a vowel, or is not a consonant stem's ending)."""
    if first[-1:].lower() not in "оеиу" or gender_of_first(first) != "m":
        return ""
    if low.endswith("ові") and len(low) > 5:
        return "dat"
    if low.endswith("у") and len(low) > 4 and low[-2] not in _VOWELS:
        return "dat"
    if low.endswith(("ом", "ем")) and len(low) > 5 and low[-3] not in _VOWELS:
        return "ins"
    return ""
