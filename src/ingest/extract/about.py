"""The sentence before "Про це повідомила пресслужба X." / "Об этом сообщил X." / "Das teilte X mit." is
X's statement (when it is nobody's statement yet)."""

from __future__ import annotations

import re

from ingest.extract.about_forms import ABOUT_THIS_RE, EN_ABOUT_THIS_RE, de_about_this
from ingest.extract.adjuncts import MEDIUM_ADJUNCT_RE
from ingest.extract.cues import Raw, cue_gender, is_cue, tokens
from ingest.extract.forward import parse_forward
from ingest.extract.lexicon import words as _w
from ingest.extract.lexicon_slavic import SLAVIC_DOC_NOUNS, SLAVIC_IMPERSONAL
from ingest.extract.sentences import Sentence, lead_stamp_end
from ingest.extract.speakers import SpeakerPhrase, analyze_np
from ingest.extract.studies import source_np
from ingest.extract.subjects import leading_np

# rules-1.30: "Такую оценку озвучили в …" has no cue word, so its sentence is looked at by its opening
ABOUT_STARTS = {  # rules-1.140: "До такого висновку дійшли X"; rules-1.283: "Заявление сделал X"
    "de": ("Das ", "Dies "),
    "uk": ("Таку ", "Таке ", "Такий ", "Такі ", "До такого ", "Заяву ", "Відповідну "),
    "ru": ("Такую ", "Такое ", "Такой ", "Такие ", "К такому ", "Заявление ", "Соответствующее "),
}


def finish(text: str, s: int, e: int) -> tuple[int, int]:
    """text[s:e] without leading punctuation and dashes or a trailing full stop."""
    while s < e and text[s] in " \t,:—–-":
        s += 1
    while e > s and text[e - 1] in " \t.,;:!—–-":
        e -= 1
    return s, e


def about_this(
    text: str, sents: list[Sentence], si: int, lang: str, direct: list[Raw], out: list[Raw]
) -> Raw | None:
    """ "Президент підписав закон. Про це повідомила пресслужба." → the previous sentence, by the press office."""
    sent = sents[si]
    if lang == "en":
        if (e := EN_ABOUT_THIS_RE.fullmatch(text, sent.start, sent.end)) is None:
            return None  # "That's according to X." (rules-1.230)
        return _previous_sentence(
            text, sents, si, source_np(e["np"], lang), e["acc"] or e["cue"], direct, out, lang
        )
    if lang == "de":
        found = de_about_this(text, sent.start, sent.end)
        if found is None:
            return None
        cue, np_start, np_end = found
        np_text, _pos = parse_forward(tokens(text, np_start, np_end), text, lang)
        return _previous_sentence(text, sents, si, analyze_np(np_text, lang), cue, direct, out, lang)
    m = ABOUT_THIS_RE.match(text[sent.start : sent.end])
    if m is None:
        return None
    cue0 = m.group("cue").lower()
    speechy = is_cue(cue0, lang) or cue0.startswith(_OPINION_VERBS)  # "Такое мнение высказал X"
    if cue0 in _CONTAIN_VERBS and m.group().startswith(("Про", "Об", "Це", "Это")):
        return None  # "Це містить багато цукру.": what a thing holds (rules-1.140)
    if not speechy and cue0 not in _IMPERSONAL_CUES:
        return _about_this_late(text, sents, si, lang, direct, out)
    np_text = m.group("np")
    np_start = sent.start + m.start("np")
    if m.group("cue").lower() not in _IMPERSONAL_CUES:  # "… Генеральний штаб ЗСУ у ранковому зведенні."
        cut, _ = parse_forward(
            tokens(text, np_start, sent.end), text, lang, cue_gender(m.group("cue")) == "p"
        )
        np_text = cut or np_text
    if m.group("cue").lower() in _IMPERSONAL_CUES:  # "Об этом говорится в пресс-релизе компании"
        d = _IN_DOCUMENT_RE.match(np_text)
        if d is None or not np_text[d.end() :].strip():
            return None
        rel = _DOC_RELATIVE_SUBJECT_RE.match(np_text, d.end())  # "в уведомлении, которое компания разослала"
        np_text = rel.group("np") if rel is not None else np_text[d.end() :]  # (rules-1.124)
        if ", " in np_text:  # "в отчетности компании, опубликованной в четверг" (rules-1.19)
            np_text = np_text.split(", ", 1)[0]
    elif not speechy:
        return None
    return _previous_sentence(text, sents, si, source_np(np_text, lang), m.group("cue"), direct, out, lang)


def _about_this_late(
    text: str, sents: list[Sentence], si: int, lang: str, direct: list[Raw], out: list[Raw]
) -> Raw | None:
    """ "Об этом на брифинге заявил глава города X." / "Об этом компания сообщила в телеграм-канале.": the
    cue among the next words; the words before it are the speaker when they name one (not after a
    preposition), else adjuncts, and the speaker follows the cue."""
    sent = sents[si]
    h = _ABOUT_HEAD_RE.match(text, sent.start, sent.end)
    if h is None:
        return None
    for k, w in enumerate(_WORD_RE.finditer(text, h.end(), sent.end)):
        if k > 10:  # "Про це у вівторок на засіданні оборонного комітету Верховної Ради заявив" (rules-1.20)
            return None
        if k == 0 or not (
            is_cue(w.group(), lang)
            or (h["data"] and w.group().lower().startswith(_DATA_VERBS))
            or (h["opinion"] and _is_opinion_verb(w.group().lower()))
        ):
            continue
        pre = text[h.end() : w.start()].strip()
        if pre.endswith((" не", " ні")) or pre in ("не", "ні"):
            return None  # rules-1.290: "Про це в уряді поки не повідомляли": a negated cue, nobody's words
        sp = analyze_np(pre, lang)
        first = pre.split()[0].lower()
        if sp.kind in ("pronoun", "person") and outlet_after_medium(text, w.end(), sent.end):
            # rules-1.237: "Про це вона розповіла в інтерв'ю Holdout." — the outlet is no speaker
            return _previous_sentence(text, sents, si, sp, w.group(), direct, out, lang)
        locative_org = (
            first in _CYR_IN and sp.kind == "organisation" and not _MEDIUM_RE.search(pre)
        )  # "Про це в Генштабі повідомили" (not "в интервью телеканалу «Рада»")
        if (
            sp.kind not in _SPEAKER_KINDS
            or (first in _SLAVIC_PREPOSITIONS and not locative_org)
            or first in _LISTENERS  # "Об этом журналистам заявил X"
        ):
            np_text, _pos = parse_forward(
                tokens(text, w.end(), sent.end), text, lang, cue_gender(w.group()) == "p"
            )
            sp = analyze_np(np_text, lang) if np_text else sp
        elif sp.kind in ("organisation", "person") and _OUTLET_RE.fullmatch(pre):
            # "Об этом ТАСС сообщил директор X", "Об этом РИА Новости сообщил X": an outlet as listener
            np_text, _pos = parse_forward(tokens(text, w.end(), sent.end), text, lang, False)
            fw = analyze_np(np_text, lang) if np_text else sp
            sp = fw if fw.kind in ("person", "role") else sp
        return _previous_sentence(text, sents, si, sp, w.group(), direct, out, lang)
    return None


def outlet_after_medium(text: str, start: int, end: int) -> bool:
    """(rules-1.237) The words after the cue are only a medium and its outlet's name ("в інтерв'ю Holdout",
    "в интервью РБК", "в ефірі телеканалу «Рада»"): the outlet listened, the speaker stands before the cue."""
    med = MEDIUM_ADJUNCT_RE.match(text, start + 1)
    if med is None or med.start() != start + 1:
        return False
    rest = text[med.end() : end].strip().rstrip(".!")
    return not rest or _OUTLET_RE.fullmatch(rest) is not None


def _is_opinion_verb(word: str) -> bool:
    """ "дав", "дала", "высказал", "озвучила": a verb that gives an opinion (not "давно", "далее")."""
    if word in ("дав", "дала", "дали", "дало", "дал"):
        return True
    return len(word) > 4 and word.startswith(_OPINION_VERBS) and not word.startswith(("дал", "дав"))


_OWN_OVERRIDE_KINDS = frozenset(("organisation", "person", "role"))


def _own_only(text: str, prev: Sentence, mine: list[Raw]) -> bool:
    """Whether the statements of ``prev`` are all of its subject by "nach eigenen Angaben" (rules-1.132)."""
    return "eigenen Angaben" in text[prev.start : prev.end] and all(r.cue == "nach angaben" for r in mine)


def _previous_sentence(
    text: str,
    sents: list[Sentence],
    si: int,
    sp: SpeakerPhrase,
    cue: str,
    direct: list[Raw],
    out: list[Raw],
    lang: str = "",
) -> Raw | None:
    """The sentence before sents[si] as a statement of ``sp`` (unless it is someone's statement already)."""
    sent = sents[si]
    prev = sents[si - 1]
    if prev.para != sent.para and not sent.first_in_para:
        return None
    if mine := [r for r in (*direct, *out) if prev.start <= r.start < prev.end]:
        if sp.kind not in ("unknown", "pronoun") and all(r.speaker is None and not r.cue for r in mine):
            for r in mine:  # "„Wir lassen nicht locker.“ Das sagte X." (rules-1.240): a bare quote is X's
                r.speaker, r.cue = sp, cue
        elif sp.kind in _OWN_OVERRIDE_KINDS and _own_only(text, prev, mine):
            for r in mine:  # "X hat nach eigenen Angaben …. Das teilte das Ministerium mit." (1.462)
                r.speaker, r.cue = sp, cue
        return None  # the previous sentence is already someone's statement
    cs, ce = finish(text, lead_stamp_end(text, prev.start, prev.end, prev.first_in_para), prev.end)
    kind = "indirect"
    if (q := _WHOLE_QUOTE_RE.fullmatch(text, cs, ce)) is not None:
        g = q.lastindex or 1  # "«Ми не відступимо». Про це заявив X." (rules-1.240)
        cs, ce, kind = q.start(g), q.end(g), "direct"
    if (
        sp.kind == "pronoun"
    ):  # rules-1.173: "X will …. Das kündigte sie … an." / "X считает, что …. Об этом он …"
        found = _pronoun_subject(text, cs, ce, sp, lang)
        if found is None:
            return None
        sp, cs = found
    if sp.kind == "unknown":
        return None
    return Raw(cs, ce, text[cs:ce], kind, cue, sp, sent.start, 0.7, para=prev.para)


# a sentence that is one quotation and nothing else
_WHOLE_QUOTE_RE = re.compile(r"«([^«»]+)»|„([^„“”]+)[“”]|“([^“”]+)”|\"([^\"]+)\"")


_PRONOUN_GENDER = {"er": "m", "sie": "f", "он": "m", "она": "f", "він": "m", "вона": "f"}
# the content of a clause after the subject's verb ("Самойлов рассчитывает, что …", "Kühnel glaubt, dass …")
_VERB_THAT_RE = re.compile(r"\s*[\w'’-]+,\s+(?:что|що|dass)\s+(?=\S)")


def _pronoun_subject(
    text: str, cs: int, ce: int, sp: SpeakerPhrase, lang: str
) -> tuple[SpeakerPhrase, int] | None:
    """(rules-1.173) The person a singular pronoun ("Das kündigte sie an.", "Об этом он рассказал") stands
    for: the named subject of the sentence before, of the pronoun's gender, and where that sentence's words
    start (after "X считает, что")."""
    gender = _PRONOUN_GENDER.get(sp.text.strip().lower())
    if gender is None or lang not in ("de", "uk", "ru"):
        return None
    toks = tokens(text, cs, ce)
    subj = leading_np(text, toks, lang)
    if subj is None or subj.kind != "person" or subj.gender not in ("", gender):
        return None
    if len(subj.name.split()) < 2 and not subj.role:  # a name in full or with a role ("Новый терминал …")
        return None
    at = text.find(subj.text, cs, ce)
    if at == -1:
        return None
    if (m := _VERB_THAT_RE.match(text, at + len(subj.text), ce)) is not None:
        cs = m.end()
    return subj, cs


def lead_paragraph_rest(
    text: str, sents: list[Sentence], si: int, about: Raw, direct: list[Raw], out: list[Raw]
) -> list[Raw]:
    """(rules-1.105) "A. B.\nПро це повідомила поліція.": "Про це" opening a paragraph takes in the whole paragraph
    before, so its earlier sentences (two at most, none of them anyone's statement) are the speaker's too."""
    if not sents[si].first_in_para or about.start < sents[si - 1].start:
        return []
    para = sents[si - 1].para
    k = si - 1
    while k > 0 and sents[k - 1].para == para:
        k -= 1
    if si - 1 - k > 2 or any(sents[k].start <= r.start < sents[si - 1].start for r in (*direct, *out)):
        return []
    found = []
    for prev in sents[k : si - 1]:
        cs, ce = finish(text, lead_stamp_end(text, prev.start, prev.end, prev.first_in_para), prev.end)
        found.append(
            Raw(cs, ce, text[cs:ce], "indirect", about.cue, about.speaker, about.anchor, 0.65, para=para)
        )
    return found


_OUTLET_RE = re.compile(r"[A-ZА-ЯІЇЄҐ][\w-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w-]*){0,2}")
_CONTAIN_VERBS = (
    "містить",
    "містять",
    "содержит",
    "содержат",
    "наводить",
    "наводять",
    "приводит",
    "приводят",
)
_ABOUT_HEAD_RE = re.compile(
    r"(?:Про\s+це|Об\s+этом|(?P<data>(?:Такие|Эти|Такі|Ці)\s+(?:данные|цифры|дані|цифри)"
    r"|(?:Таку|Такую)\s+(?:інформацію|информацию))"  # rules-1.290: "Таку інформацію у зверненні оприлюднив X"
    r"|(?P<opinion>(?:Таку|Такую|Такое|Таке|Такий|Такой)\s+(?:оцінку|оценку|думку|мнение|прогноз)))\s+"
)  # rules-1.212: "Таку оцінку в інтерв'ю агентству … дав міністр X": an opinion's verb after adjuncts
# rules-1.153: verbs that publish figures after "Такие данные X раскрыла" / "Такі дані X оприлюднила"
_DATA_VERBS = (
    "раскрыл",
    "привел",
    "привёл",
    "опубликовал",
    "обнародовал",
    "оприлюднив",
    "оприлюдни",
    "навів",
    "навел",
)
# verbs that state an opinion after "Такое мнение …" / "Таку думку …" ("высказал", "висловила", "озвучил")
_OPINION_VERBS = (
    "высказал",
    "висловив",
    "висловил",
    "озвучил",
    "озвучив",
    "дал",
    "дав",
    "сделал",
    "зробив",
    "зробил",  # rules-1.283: "Таку заяву зробила X", "Заяву зробили в X"
    "оприлюдни",
    "обнародова",  # rules-1.30
    "привел",  # rules-1.60: "Такие данные привёл минздрав", "Такі дані навела пресслужба"
    "привёл",
    "навів",
    "навела",
    "навели",
    "навело",
    # rules-1.140: a conclusion reached, data a study holds ("К такому выводу пришли исследователи X", "До
    # такого висновку дійшли науковці", "Такі дані містить дослідження X"; not "Це містить …", see below)
    "пришл",
    "пришел",
    "пришёл",
    "дійшл",
    "дійшов",
    "прийшл",
    *_CONTAIN_VERBS,
)
_WORD_RE = re.compile(r"[^\s.!?,]+")
_LISTENERS = frozenset(
    _w("журналістам журналистам репортерам кореспондентам корреспондентам виданню изданию агентству")
)
_MEDIUM_RE = re.compile(
    r"інтерв|интервью|ефір|эфир|брифінг|брифинг|телеканал|видання|издани|газет|Telegram|телеграм"
)
_SLAVIC_PREPOSITIONS = frozenset(_w("на в у во під при после після по за з с со під час"))
_SPEAKER_KINDS = frozenset(_w("person organisation role group anonymous"))
_CYR_IN = frozenset(_w("в у во"))
_IMPERSONAL_CUES = frozenset(SLAVIC_IMPERSONAL)
_IN_DOCUMENT_RE = re.compile(
    rf"(?:в|у|во)\s+(?:\w+\s+)?(?:{'|'.join(SLAVIC_DOC_NOUNS)})(?:\s+|(?=,))"
    r"|на\s+(?:официальном\s+|офіційному\s+)?(?:сайте|сайті|странице|сторінці)\s+"  # "сообщается на сайте театра"
)


def bare_attribution(text: str, start: int, end: int, lang: str) -> bool:
    """A German complement that is only an inverted attribution ("hieß es", "teilte das Unternehmen mit"):
    the cue before it was a participle ("Der Umsatz werde bei 2 Milliarden Euro erwartet, hieß es.") (1.30)."""
    if lang != "de" or text[start : start + 1].isupper():
        return False
    words = text[start:end].split(None, 6)
    return len(words) <= 6 and is_cue(words[0], lang)


# rules-1.124: the author as the subject of a relative clause after the document ("в уведомлении, которое
# компания разослала партнерам", "у листі, який банк надіслав клієнтам")
_DOC_RELATIVE_SUBJECT_RE = re.compile(
    r",\s+(?:которое|который|которую|которые|яке|який|яку|які)\s+(?P<np>[^\s,.]+(?:\s+[^\s,.]+){0,3}?)\s+"
    r"[а-яіїєґё]{3,}(?:ла|л|ло|ли|в)\b"
)
