"""Mentions of people and organisations in the article text (not only speakers): names with a known
first name or a title, the name closest before a pronoun, the full name of a bare surname, the
organisation named before "it said", and company names in quotes ("компания «Сибавиа»")."""

from __future__ import annotations

import re

from ingest.extract import rolewords
from ingest.extract.appositions import apposition_role, is_role_word, role_after
from ingest.extract.cues import is_cue, trie_pattern
from ingest.extract.given_names import CYR_FEMALE_NAMES, CYR_MALE_NAMES, FEMALE_NAMES, MALE_NAMES
from ingest.extract.inflect import first_nominative
from ingest.extract.lexicon import FEMALE_ROLE_WORDS, GROUP_NOUNS, MALE_ROLE_WORDS, PERSON_NOUNS, ROLE_CLASSES
from ingest.extract.lexicon_countries import cyr_body_of_place, cyr_place_before_name, place_first
from ingest.extract.lexicon_people import MENTION_TITLES
from ingest.extract.lexicon_roles import DE_ROLE_SUFFIXES
from ingest.extract.lexicon_slavic import CYR_COUNT_WORDS
from ingest.extract.mentions_aged import inside_body_name, more_name_mentions
from ingest.extract.mentions_de import ACADEMIC
from ingest.extract.mentions_rolebefore import role_word_before
from ingest.extract.names import CYRILLIC_RE
from ingest.extract.nametails import surname_tail
from ingest.extract.personnames import cyr_lead_before_name
from ingest.extract.rolewords import role_from, titled_body
from ingest.extract.speakers import CAP_STOP, gender_of_first, is_first_name, is_org_word, is_title_token

_CAP = "A-ZÀ-ÞА-ЯІЇЄҐĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"  # Latin Extended-A capitals (rules-1.21)
_FIRST_NAMES = sorted(
    {
        n[:1].upper() + n[1:]
        for n in (*FEMALE_NAMES, *MALE_NAMES, *CYR_FEMALE_NAMES, *CYR_MALE_NAMES)
        if len(n) > 1
    }
)
# (a run of word characters and hyphens, the repeated group only after an apostrophe: re runs a group's
# repeat through its general machinery at every character; the same matches as "(?:[\w\-]|[’'](?!s\b))*")
_PART = r"[’'](?!s\b)[\w\-]*"
_WORD = rf"[{_CAP}][\w\-]*(?:{_PART}(?:{_PART})*|)\w"
_FIRST_TRIE = trie_pattern(_FIRST_NAMES)
# A known first name followed by one or two capitalised words (not possessives).
_FIRST_SURNAME = rf"(?=[{_CAP}])(?<![\w’'\-])(?:{_FIRST_TRIE})(?:-[{_CAP}]\w+)?[ \t]+{_WORD}(?:[ \t]+{_WORD}(?![ \t]+[{_CAP}]))?(?![\w’'])"
# A title before two capitalised words names a person even when the first name is unknown:
# "Deputy Minister Viktor Hrebeniuk", "Verteidigungsministerin Sandra Kühn", "Міністр енергетики Олена Литвин".
# As a trie: every title is followed by a space, so at most one of them matches at a position and the
# trie finds the same one as a flat alternation, without trying each word in turn.
_TITLES = trie_pattern(sorted(set(MENTION_TITLES)))
# (rules-1.137: a capitalised particle too, "Finance Minister Piet Van Asch"; 1.263: "Ян ван дер Берг")
# a lower-case word between title and name ("Міністр енергетики Олена Литвин"), not in German; not a
# preposition (rules-1.29: "the Mayor of London" names nobody)
_TITLE_LOWER_WORD = r"(?:[ \t]+(?!(?:of|for|in|at|on|from|to)\b)[a-zа-яіїєґ][\w’'\-]*)?"
_TITLE_NAME = rf"[ \t]+(?P<name>{_WORD}(?:[ \t]+(?:(?:von|van|zu|de|der|den|la|del|Van|Von|De|Del|Da|Di|Dos|bin|binti|binte|arap|ван|фон|дер|ден)[ \t]+){{0,2}}{_WORD})?)(?![\w’'])(?![ \t]+[{_CAP}][\w\-]*[’'])"
_TITLE_TAIL = _TITLE_LOWER_WORD + _TITLE_NAME
# rules-1.378: a third capitalised word after a title's two ("Minister Dattatray Bhimrao Shelke said"), English only
# or a Malay or Kalenjin patronymic after them ("Dr Nurul Huda binte Abdul Rahman")
_THIRD_NAME_RE = re.compile(
    rf"[ \t]+(?:(?:bin|binti|binte|arap)[ \t]+{_WORD}(?:[ \t]+{_WORD})?|(?P<w>{_WORD}))(?![\w’'\-])(?![ \t]+[{_CAP}])"
)
TITLE_NAME_RE = re.compile(rf"(?=[{_CAP}])(?<![\w’'])(?:{_TITLES})(?:[ \t]+(?:{_TITLES}))*{_TITLE_TAIL}")
# German compound titles ("Verteidigungsministerin Sandra Kühn"), only for German text.
TITLE_NAME_DE_RE = re.compile(
    r"(?<![\w’'])[A-ZÄÖÜ][a-zäöüß]*(?:minister|ministerin|präsident|präsidentin|sprecher|sprecherin|chef|chefin|"
    rf"kanzler|kanzlerin|leiter|leiterin|direktor|direktorin|vorsitzende|abgeordnete){_TITLE_TAIL}"
)
# German: no lower-case word between title and name ("Der Minister räumte Fehler ein" names nobody).
_TITLE_TAIL_DE = _TITLE_NAME
# One pass for both kinds of mention (a title with a name, or a known first name with a surname).
# (rules-1.29: a possessive counts, "President Donald Trump’s efforts": the resolver gives it no subject)
_SURNAME_PARTICLE, _NOBLE = surname_tail(_CAP, _WORD)  # rules-1.359
_FIRST_ALT = rf"(?P<first>(?:{_FIRST_TRIE})(?:-[{_CAP}]\w+)?[ \t]+(?:(?:von|van|zu|de|der|den|la|del|ван|фон|дер|ден)[ \t]+){{0,2}}(?:{_NOBLE}|{_WORD}{_SURNAME_PARTICLE})(?:[ \t]+{_WORD}(?![ \t]+[{_CAP}]))?(?:[ \t]+senior(?=[,.;)]))?(?![\w’'](?!s\b)))"
_MENTION = rf"(?P<m>(?P<title>(?:{_TITLES})(?:[ \t]+(?:{_TITLES}))*){_TITLE_TAIL}|{_FIRST_ALT})"
_MENTION_DE = (
    rf"(?P<m>(?P<title>[A-ZÄÖÜ][a-zäöüß]*(?:minister|ministerin|präsident|präsidentin|sprecher|"
    rf"sprecherin|chef|chefin|kanzler|kanzlerin|leiter|leiterin|direktor|direktorin|vorsitzende|abgeordnete)|"
    rf"(?:{_TITLES})(?:[ \t]+(?:{_TITLES}))*){_TITLE_TAIL_DE}|{_FIRST_ALT})"
)


_MENTION_RES: dict[str, re.Pattern[str]] = {}  # compiled patterns, not a memo: clear_caches keeps them


def mention_re(lang: str) -> re.Pattern[str]:
    """A mention (a title with a name, or a known first name with a surname) at a capital. Each of these
    patterns holds the first-name trie (about 20 KB) and takes 40–70 ms to compile, so they are compiled
    on first use ("de": German; "plain" and "plain-de": the reference `finditer` forms of the tests)."""
    pattern = _MENTION_RES.get(lang)
    if pattern is None:
        pattern = _MENTION_RES[lang] = _compile_mention(lang)
    return pattern


def _compile_mention(lang: str) -> re.Pattern[str]:
    if lang == "first-surname":  # a known first name followed by one or two capitalised words
        return re.compile(_FIRST_SURNAME)
    if lang == "plain":
        return re.compile(rf"(?=[{_CAP}])(?<![\w’'\-]){_MENTION}")
    if lang == "plain-de":
        return re.compile(rf"(?=[{_CAP}])(?<![\w’'\-]){_MENTION_DE}")
    # the same as a one-character match at each capital (the mention in a lookahead: scanned in C);
    # they overlap, _mention_matches keeps those the plain form's finditer gives; "ascii": a cheaper class
    body = _MENTION_DE if lang == "de" else _MENTION
    return re.compile(rf"[{'A-Z' if lang == 'ascii' else _CAP}](?<![\w’'\-].)(?<=(?={body}).)")


# ", Rasa Vaitkute," after a role noun (checked in scan_mentions): a name in apposition
_APPOSITION_RE = re.compile(
    rf",[ \t]+(?P<name>{_WORD}(?:[ \t]+(?:van|von|de|der|den|da|di|du|del|dos|la|le|ten|ter|al|el|bin|binti|binte|arap|ap))*"
    rf"[ \t]+{_WORD})[ \t]*,"
)  # the particles of Dutch, German, Romance and Arabic surnames: ", Pieter van Aalst,"
# (rules-1.27: a body's quoted name may stand between role and name: "полузащитника «Волжанина» Артема …")
# (rules-1.29: up to four genitives, a region's adjective among them: "заступнику голови … ради Віктору …")
_CYR_ROLE_NAME_RE = re.compile(
    r"(?<![\w-])(?P<role>[а-яіїєґё][а-яіїєґё'’-]{3,})(?P<gen>(?:[ \t]+(?:[а-яіїєґё][а-яіїєґё'’-]+|[А-ЯІЇЄҐ][а-яіїєґё'’-]+(?:ої|ого|ой|ей|их|ых)|Україн[иі]|Украины|Росії|России|Польщі|Польши)){0,4})(?:[ \t]+«[^»\n]{1,30}»)?[ \t]+(?P<name>(?P<first>[А-ЯІЇЄҐ][а-яіїєґё']+)[ \t]+[А-ЯІЇЄҐ][а-яіїєґё'’-]+)"
)
_CYR_SURNAME_RE = re.compile(
    r"(?:енко|ук|юк|чук|ов|ев|єв|ин|ін|ський|цький|ська|цька|ский|цкий|ская|цкая|ова|ева|іна|ина|ич|вич|ко|ак|як|ишин)$"
)


def _plausible_title_name(name: str) -> bool:
    """After a title, one Cyrillic word is usually a body in the genitive ("Голова Асоціації",
    "Глава МИД"), unless it looks like a surname ("Міністр Руденко"); a body and a country are none (1.204), nor a
    place before a surname ("Губернатор Харківщини Гордієнко", rules-1.327)."""
    if " " in name or not CYRILLIC_RE.match(name):  # "Глава МИД Польши" (1.176, 1.204)
        return not (
            (name[:2].isupper() and CYRILLIC_RE.match(name)) or cyr_body_of_place(name) or place_first(name)
        )
    return bool(_CYR_SURNAME_RE.search(name.lower())) and not is_org_word(name)


_LOW = "a-zà-ÿа-яіїєґё’'"  # (rules-1.186: and "ё", "Маттиас Кёслер")
_PATRONYMIC_RE = re.compile(r"[ \t][А-ЯІЇЄҐ][а-яіїєґё]+(?:ович|евич|ич|овна|евна|ична|івна|ївна)$")
_NEXT_CAP_RE = re.compile(r"[ \t]+[А-ЯІЇЄҐ][а-яіїєґё'’-]+")
_WORD_BEFORE_RE = re.compile(rf"(?<![\w’'.])([{_CAP}][\w’'\-]+)[ \t]+$")
_NAME_PAIR_RE = re.compile(
    rf"(?<![\w’'])([{_CAP}][{_LOW}]+(?:-[{_CAP}]?[{_LOW}]+)*)[ \t]+([{_CAP}][{_LOW}]+(?:-[{_CAP}]?[{_LOW}]+)*)(?![\w’'])"
)
_GEN_PLACE_NAME_RE = re.compile(
    rf"([{_CAP}][\w-]+)[ \t]+([{_CAP}][{_LOW}]+)[ \t]+[{_CAP}][{_LOW}]+(?:-[{_CAP}]?[{_LOW}]+)*(?![\w’'])"
)
_DE_ARTICLE_WORDS = frozenset(
    ("der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem")
)
_DE_NOUNISH_RE = re.compile(r"(?:ung|heit|keit|schaft|tion|ismus|nis|tum|ment|chen|ium|ik)$")
_WORD_START_RE = re.compile(r"(?<=[ \t])\S")
_DE_PREPOSITIONS = frozenset(
    ("bis", "in", "im", "am", "an", "auf", "aus", "bei", "mit", "nach", "seit", "von", "vom", "vor", "zu", "zum", "zur",
     "über", "unter", "gegen", "für", "durch", "ohne", "um", "ab", "gegenüber")
)  # fmt: skip


def possessive_at(text: str, pos: int) -> bool:
    """A possessive "’s" at ``pos`` (right after a name): the name is no subject ("Donald Trump’s aides said")."""
    return text.startswith(("’s", "'s"), pos)


def _mention_matches(text: str, lang: str) -> list[re.Match[str]]:
    """The matches of ``mention_re("plain").finditer(text)`` (group "m" is the mention)."""
    out: list[re.Match[str]] = []
    end = 0
    for m in mention_re("de" if lang == "de" else ("ascii" if text.isascii() else "any")).finditer(text):
        if m.start() >= end:
            out.append(m)
            end = m.end("m")
    return out


def scan_mentions(text: str, lang: str) -> list[tuple[int, str, str]]:
    """(position, name, title) of the people named in ``text``: a known first name with a surname
    ("Olena Marchenko", "Дмитрий Пескарев") or a title with a name ("Deputy Minister Viktor Hrebeniuk")."""
    found: list[tuple[int, str, str]] = []
    for m in _mention_matches(text, lang):
        if m.group("first"):  # "півзахисника Назара Гуменюка": a lower-case role word before is a title
            start, name = m.start("m"), m.group("m")
            given = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
            if given and is_first_name(given.group(1)) and not is_title_token(given.group(1)):
                start, name = given.start(1), f"{given.group(1)} {name}"  # "José Luis Ortega" (rules-1.25)
            found.append((start, name, role_word_before(text, start, lang) or role_after(text, m.end("m"))))
            continue
        name = m.group("name")
        title = text[m.start("m") : m.start("name")].strip()
        if " " in title and _cue_in_title(title, lang):
            continue  # "the President told Sky News": the listener after a cue is no title's holder (1.23)
        inner = None  # "Chief Executive Maria Lindqvist", "Речниця МЗС Марія Ткачук": a first name inside
        for w in _WORD_START_RE.finditer(text, m.start("name") + 1, m.end("m")):
            inner = mention_re("first-surname").match(text, w.start())
            if inner is not None:
                break
        if inner is None and (whole := mention_re("first-surname").match(text, m.start("name"))) is not None:
            inner = whole if whole.end() > m.end("name") else None  # "Justice Ruth Bader Ginsburg" (1.51)
        if inner is not None:  # also a rank between the title and the name (rules-1.224)
            at, full = _en_name_from_title(text, m, inner) if lang == "en" else (inner.start(), inner.group())
            found.append((at, full, rolewords.stacked_title(text, m, inner)))
        elif not is_title_token(name.split()[0]) and _plausible_title_name(name) and not titled_body(text, m):
            if lang in ("uk", "ru") and (pair := _gen_place_pair(text, m.start("name"))) is not None:
                found.append(
                    (
                        pair.start(2),
                        pair.group(2) + text[pair.end(2) : pair.end()],
                        f"{title} {pair.group(1)}",
                    )
                )
                continue  # "Министр торговли Индии Пиюш Гоял": the country in the genitive is no name
            if (
                lang in ("uk", "ru")
                and _PATRONYMIC_RE.search(name)
                and (sur := _NEXT_CAP_RE.match(text, m.end("m")))
            ):
                name += sur.group()  # "Губернатор области Сергей Викторович Тарасов" (rules-1.31)
            if lang == "en" and name.count(" ") == 1 and (third := _THIRD_NAME_RE.match(text, m.end("m"))):
                last = third.group("w") or ""
                if not (last and (is_title_token(last) or is_org_word(last) or last.lower() in CAP_STOP)):
                    name += third.group()  # rules-1.378: "Chief Minister Dattatray Bhimrao Shelke"
            found.append((m.start("name"), name, title))
    seen = {pos for pos, _, _ in found}
    if lang in ("uk", "ru"):  # "перехід півзахисника Назара Гуменюка": a role word, then an inflected name
        for m in _CYR_ROLE_NAME_RE.finditer(text):
            words = [m.group("role"), *m.group("gen").split()]
            # also a role with genitives before the name ("заступника міністра інфраструктури Віктора …")
            k = next((i for i, w in enumerate(words) if is_role_word(w)), -1)
            if (
                m.start("name") not in seen
                and k >= 0
                and first_nominative(m.group("first"), lang) is not None
            ):
                found.append((m.start("name"), m.group("name"), role_from(words, k)))  # rules-1.139
    found.extend(
        more_name_mentions(text, lang, seen)
    )  # "Mieterin Sevgi Aydın", "Sohn Jonas", "Sabine (52)" (1.167)
    for m in _APPOSITION_RE.finditer(text):  # "Lithuania's minister, Rasa Vaitkute, said …"
        role = apposition_role(text, m.start())
        if m.start("name") not in seen and role and is_role_word(role):
            name = m.group("name")
            if not any(is_title_token(w) or is_org_word(w) for w in name.split()):
                found.append((m.start("name"), name, role))
    found = [
        (p, n, role_word_before(text, p, lang) or t) if t in ACADEMIC else (p, n, t) for p, n, t in found
    ]
    return sorted(f for f in found if not inside_body_name(text, f[0], f[1]))  # (rules-1.239)


def _en_name_from_title(text: str, m: re.Match[str], inner: re.Match[str]) -> tuple[int, str]:
    """rules-1.378: a known first name inside a title's name is a middle name when capitalised words that are no
    title stand before it ("Mayor Thembi Grace Mashaba", "Minister Rebecca Joan Hollis"): the name runs from the
    title's name on ("Chief Executive Maria Lindqvist" stays "Maria Lindqvist")."""
    start = m.start("name")
    lead = text[start : inner.start()].split()
    if (
        not lead
        or len(lead) > 2
        or any(is_title_token(w) or is_org_word(w) or not w[:1].isupper() for w in lead)
    ):
        return inner.start(), inner.group()
    return start, text[start : inner.end()]


def _cue_in_title(title: str, lang: str) -> bool:
    return any(w.islower() and is_cue(w, lang) for w in title.split()[1:])


def name_before(text: str, lang: str, ref: int, gender: str = "", window: int = 400) -> tuple[str, int]:
    """The last two-word capitalised name in the ``window`` characters before ``ref`` (not titles,
    organisations, sentence-initial function words or, in German, nouns after an article) and its
    position."""
    best, pos = "", -1
    for m0 in _NAME_PAIR_RE.finditer(text, max(0, ref - window), ref):
        m = m0
        if lang in ("uk", "ru") and cyr_lead_before_name(m.group(1), m.group(2)):
            # "Министр торговли Индии Пиюш Гоял": a country in the genitive, the name follows it
            m = _NAME_PAIR_RE.match(text, m.start(2), ref) or m
        if is_title_token(m.group(1)) and (after := _NAME_PAIR_RE.match(text, m.start(2), ref)) is not None:
            m = after  # "President Donald Trump’s": the pair after the title (rules-1.25)
        first, last = m.group(1), m.group(2)
        if is_title_token(first) or first.lower() in CAP_STOP or is_org_word(last) or is_org_word(first):
            continue
        if headline_pair(text, first, m.end()):
            continue
        g = gender_of_first(first)
        if gender in ("m", "f") and g and g != gender:
            continue
        if lang == "de":
            before = text[max(0, m.start() - 12) : m.start()].split()[-1:]
            low_before = before[0].lower() if before else ""
            if (
                low_before in _DE_ARTICLE_WORDS
                or low_before in _DE_PREPOSITIONS
                or _DE_NOUNISH_RE.search(last)
            ):
                continue
        best = first + " " + last.removesuffix("’s").removesuffix("'s")  # "Donald Trump’s efforts" (1.25)
        pos = m.start()
    return best, pos


def headline_pair(text: str, first: str, end: int) -> bool:
    """ "Invoked Article 5", "Trump Invoked …": a title-cased verb ("Invoked") or a label before a number
    is no name (rules-1.23)."""
    if text[end : end + 1] == " " and text[end + 1 : end + 2].isdigit():
        return True
    return first.endswith("ed") and len(first) > 5 and not is_first_name(first)


def _gen_place_pair(text: str, pos: int) -> re.Match[str] | None:
    """ "Индии Пиюш Гоял" at ``pos``: the genitive country and the two words of the name after it."""
    m = _GEN_PLACE_NAME_RE.match(text, pos)
    return m if m is not None and cyr_place_before_name(m.group(1), text[max(0, pos - 12) : pos]) else None


# An article, up to two words and a word ("the spokeswoman", "einer Armeesprecherin"; group "m"). The scan
# stops only at a letter that can open an article after a non-word character: a pattern that starts with
# a character class is scanned in C, where a leading \b would be tried at every position.
_ROLE_MENTION_SCAN_RE = re.compile(
    r"[AaTtDdEe](?<!\w.)(?<=(?=(?P<m>(?i:a|an|the|this|ein|eine|einer|einem|eines|der|die|dem|den)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<role>[\w-]+)\b)).)"
)
_DE_ROLE_ENDS = DE_ROLE_SUFFIXES
_DE_MASC_ART = frozenset(("der ", "ein ", "dem ", "den "))
_GROUP_WORD_RE = re.compile(
    r"(?<!\w)(?i:"
    + trie_pattern(sorted(w for w in GROUP_NOUNS if w.endswith(("s", "en", "er"))))
    + r")(?!\w)"
)


def role_before(text: str, lang: str, gender: str, ref: int) -> tuple[str, int]:
    """The last unnamed role ("a spokeswoman", "einer Armeesprecherin") or, for ``gender`` "p", group
    ("the protesters") in the 300 characters before ``ref``, with its position."""
    best: tuple[str, int] | None = None
    end = -1
    for m in _ROLE_MENTION_SCAN_RE.finditer(text, max(0, ref - 300), ref):
        if m.start("m") < end:
            continue  # inside the mention before (the matches of a plain finditer do not overlap)
        end = m.end("m")
        word = m.group("role").lower()
        if gender == "p":
            if word in GROUP_NOUNS:
                best = (m.group("m").strip(), m.start("m"))
            continue
        if not (word in PERSON_NOUNS or word in ROLE_CLASSES or _DE_ROLE_ENDS.search(word)):
            continue
        female = word in FEMALE_ROLE_WORDS or (word.endswith("in") and lang == "de")
        if (gender == "m" and female) or (gender == "f" and word in MALE_ROLE_WORDS):
            continue
        if lang == "de" and gender == "f" and not female and m.group("m")[:4].lower() in _DE_MASC_ART:
            continue  # "Der Angeklagte habe …. „…“, sagte sie": the article is masculine
        if lang == "de" and gender == "m" and m.group("m")[:4].lower() == "die ":
            continue  # "Die Ermittler brauchten …. …, so der CSU-Politiker": plural or feminine (rules-1.325)
        best = (m.group("m").strip(), m.start("m"))
    if best is None and gender == "p":  # a group without an article: "Aktivisten der Umweltorganisation …"
        for g in _GROUP_WORD_RE.finditer(text, max(0, ref - 300), ref):
            best = (g.group().strip(), g.start())
    return best if best is not None else ("", -1)


# "Двоє співрозмовників …", "два источника" (rules-1.22)
_PLURAL_FIRST = (
    frozenset("two three four five six several some many few multiple dozens both".split()) | CYR_COUNT_WORDS
)


def plural_phrase(phrase: str) -> bool:
    words = phrase.lower().split()
    if not words:
        return False
    if words[0] in _PLURAL_FIRST or "people" in words:
        return True
    return any(w in GROUP_NOUNS and w.endswith("s") and not w.endswith("ss") for w in words[:4])
