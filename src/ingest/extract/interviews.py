"""Interviews: "Name: answer" lines (when the text has "Q:" question lines) and dialogue-style
interviews ("— Question?" / "— Answer.")."""

from __future__ import annotations

import re

from ingest.extract.cues import Raw, cue_gender, is_cue, tokens
from ingest.extract.forward import parse_forward
from ingest.extract.quotes import has_words
from ingest.extract.speakers import SpeakerPhrase, analyze_np

# Question labels: "Q:", "Frage:", and the interviewer named by role ("Interviewer:", "Кореспондент:")
_Q_LABELS = (
    "Q",
    "Question",
    "Frage",
    "Питання",
    "Вопрос",
    "В",
    "Interviewer",
    "Interviewerin",
    "Reporter",
    "Korrespondent",
    "Korrespondentin",
    "Кореспондент",
    "Кореспондентка",
    "Корреспондент",
    "Журналіст",
    "Журналістка",
    "Журналист",
)
_A_LABELS = frozenset({"A", "Answer", "Antwort", "Відповідь", "Ответ", "О"})
# the interviewer's own labels (not "Reporter:" or "Korrespondent:", whose lines in a transcript report others)
_QUESTION_LINE_RE = re.compile(r"(?:Q|Frage|Питання|Вопрос)\s*:")
_LABEL_ALT = "|".join(sorted(_Q_LABELS, key=len, reverse=True))
QA_LINE_RE = re.compile(rf"(?:{_LABEL_ALT})\s*[:.—–-]")
_QA_KEYS = tuple("\n" + k for k in _Q_LABELS)
# A question line after a newline: scanned for the newline in C ("(?m)^" is tried at every position)
_QA_NEXT_RE = re.compile(rf"\n(?:{_LABEL_ALT})\s*[:.—–-]")
ANSWER_LINE_RE = re.compile(
    r"^(?P<name>[A-ZА-ЯІЇЄҐ][\w’'\-.]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]+){0,2})\s*:\s+(?P<quote>\S.*)$", re.M
)

_DASH_LINE_RE = re.compile(r"^[ \t]*[—–-][ \t]+(?=\S)", re.M)


def line_matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that opens with "^" in multi-line mode and matches no empty
    string: tried at each line start only (finditer tries the "^" at every position of the text)."""
    out: list[re.Match[str]] = []
    pos = 0
    end = 0  # where the last match ended: finditer goes on from there
    while True:
        if pos >= end and (m := pattern.match(text, pos)) is not None:
            out.append(m)
            end = m.end()
        nl = text.find("\n", pos)
        if nl == -1:
            return out
        pos = nl + 1


# the cue of an answer's further paragraph with no dash of its own, until the pipeline has checked that it
# holds no reported statement of another speaker (rules-1.227); then ""
CONTINUED = "¶"


def dash_answers(text: str) -> list[Raw]:
    """Interviews set as dialogue ("— Question?" / "— Answer."): in a run of dash paragraphs whose
    odd members are mostly questions, the even members are the interviewee's answers."""
    runs: list[list[tuple[int, int]]] = []
    last_end = -2
    for m in line_matches(_DASH_LINE_RE, text):
        end = text.find("\n", m.end())
        end = len(text) if end == -1 else end
        if runs and text[last_end : m.start()].strip() == "":
            runs[-1].append((m.end(), end))
        else:
            runs.append([(m.end(), end)])
        last_end = end
    out: list[Raw] = []
    for k, run in enumerate(runs):
        if len(run) < 2:
            continue
        questions = run[0::2]
        if sum(text[a:b].rstrip().endswith("?") for a, b in questions) * 2 < len(questions):
            continue
        answers = run[1::2]
        if len(run) % 2 == 0 and k + 1 < len(runs) and text[slice(*runs[k + 1][0])].rstrip().endswith("?"):
            answers += _paragraphs(text, run[-1][1], runs[k + 1][0][0])  # an answer's further paragraphs
        for i, (a, b) in enumerate(answers):
            while b > a and text[b - 1].isspace():
                b -= 1
            if text[a:b].rstrip().endswith("?") or not has_words(text[a:b], 2):
                continue
            cue = CONTINUED if i >= len(run) // 2 else ""  # a paragraph with no dash: checked in the pipeline
            raw = Raw(
                a, b, text[a:b], "direct", cue, SpeakerPhrase("", "interviewee"), a, 0.8, parts=[(a, b)]
            )
            out.append(raw)
    return out


def _attributed_answers(answers: list[Raw], quoted: list[Raw]) -> list[Raw]:
    """The answers, each one that holds a dash quote with its own attribution replaced by that quote."""
    inside = [q for q in quoted if any(a.start <= q.start < a.end for a in answers)]
    kept = [a for a in answers if not any(a.start <= q.start < a.end for q in inside)]
    return sorted(kept + inside, key=lambda r: r.start)


def _paragraphs(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The (at most two) paragraphs after an answer that ends at ``a``, before the line holding ``b``."""
    b = text.rfind("\n", a, b)
    out = [m.span() for m in _LINE_RE.finditer(text, a, max(a, b)) if m.group().strip()]
    return out if len(out) <= 2 else []


_LINE_RE = re.compile(r"[^\n]+")


# An interviewer's line labelled with the outlet's name in capitals ("SPIEGEL:", "ZEIT ONLINE:", "РБК:")
_CAPS_LABEL_RE = re.compile(
    r"(?m)^([A-ZÄÖÜА-ЯІЇЄҐ][A-ZÄÖÜА-ЯІЇЄҐ0-9]+(?:[ -][A-ZÄÖÜА-ЯІЇЄҐ0-9]+)?)[ \t]*:[ \t]+\S"
)


def _outlet_labels(text: str, colons: int) -> frozenset[str]:
    """Labels in capitals that open two lines or more, in a text with two other labelled lines or more
    (``colons`` is the number of ": " in the text): the interviewer's questions of an interview set as
    "RUNDSCHAU: …" / "Wolff: …"."""
    if colons < 4:
        return frozenset()
    counts: dict[str, int] = {}
    for m in line_matches(_CAPS_LABEL_RE, text):
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    labels = frozenset(k for k, n in counts.items() if n >= 2)
    if not labels:
        return labels
    others = sum(1 for m in line_matches(ANSWER_LINE_RE, text) if m.group("name") not in labels)
    return labels if others >= 2 else frozenset()


def _asking_labels(text: str) -> frozenset[str]:
    """(rules-1.25) The interviewer of an interview whose questions carry the outlet's name in ordinary
    case ("Courier: …?" / "Aldana: …") or a dash ("— …?" / "Захарченко: …"): a label opening two lines
    or more, most of them questions, beside a label opening two lines or more, none of them a question
    ("—" stands for the unlabelled dash questions). Only for a text with a line ending in "?"."""
    lines: dict[str, int] = {}
    asks: dict[str, int] = {}
    for m in line_matches(ANSWER_LINE_RE, text):
        name = m.group("name")
        lines[name] = lines.get(name, 0) + 1
        if m.group("quote").rstrip().endswith("?"):
            asks[name] = asks.get(name, 0) + 1
    answerers = [k for k, n in lines.items() if n >= 2 and k not in asks]
    if not answerers:
        return frozenset()
    askers = frozenset(k for k, n in lines.items() if n >= 2 and asks.get(k, 0) * 2 > n)
    if askers:
        return askers
    dash = [
        text[m.end() : text.find("\n", m.end()) % (len(text) + 1)] for m in line_matches(_DASH_LINE_RE, text)
    ]
    asked = sum(q.rstrip().endswith("?") for q in dash)
    return frozenset({"—"}) if len(dash) >= 2 and asked * 2 > len(dash) else frozenset()


def _unlabelled_questions(text: str) -> frozenset[str]:
    """(rules-1.42) An interview whose questions carry no label ("Frau Baumann, wie …?" / "Baumann: …"):
    a label opening two lines or more, none of them a question, each right after an unlabelled line that
    ends in "?". A stand-in label ("?") that names no line, else the empty set."""
    lines: dict[str, list[bool]] = {}
    for m in line_matches(ANSWER_LINE_RE, text):
        before = text[text.rfind("\n", 0, max(0, m.start() - 1)) + 1 : max(0, m.start() - 1)].rstrip()
        asked = before.endswith("?") and ANSWER_LINE_RE.match(before) is None
        lines.setdefault(m.group("name"), []).append(asked and not m.group("quote").rstrip().endswith("?"))
    return frozenset({"?"}) if any(len(v) >= 2 and all(v) for v in lines.values()) else frozenset()


# Direct speech set off by dashes instead of quote marks (Ukrainian, Russian):
# "— Тато дивився матч, — розповів нападник." / "— Мы готовы! — заявил он. — Ждем решения."
# (rules-1.113) A dash inside the words after a word ("— Такие переносы — нормальная практика …, — добавил
# он.") is part of them; only a dash after a comma or ! ? … closes them. (rules-1.120) The writer's own sentence
# may follow the attribution in the paragraph ("— …, — рассказала X. По ее словам, …"); it is left to the rest.
# (rules-1.394) A dash between two digits is a range ("зростає на 20–30%, — пояснив аналітик"), part of the words.
_DASH_QUOTE_BODY = (
    r"[—–][ \t]+(?P<q>(?:[^\n—–]|(?<=[^\s,!?….][ \t])[—–](?=[ \t])|(?<=\d)[—–](?=\d))*[^\s,—–])(?:,|(?<=[!?…]))"
    r"[ \t]+[—–][ \t]+(?P<cue>[а-яіїєґё]+)[ \t]+"
    r"(?P<np>[^\n.!?—–]{2,80}?)[ \t]*(?:[.!](?:[ \t]*[—–][ \t]+(?P<q2>[^\n]*[^\s.])"
    r"|[ \t]+(?=[А-ЯІЇЄҐЁ])[^\n]*)?)?[ \t.]*$"  # rules-1.120: or the writer's next sentence ("… . По ее словам, …")
)
_DASH_QUOTE_RE = re.compile(r"^[ \t]*" + _DASH_QUOTE_BODY, re.M)
# (rules-1.394) the same dash quote after the writer's sentence in its paragraph ("… на місяць. — Ці гроші …, —
# додав лікар."): a dash after a sentence's end and a space, a capital after it
_INLINE_DASH_RE = re.compile(r"[ \t](?=[—–][ \t]+[«А-ЯІЇЄҐЁ])")
_INLINE_DASH_QUOTE_RE = re.compile(_DASH_QUOTE_BODY, re.M)


def dash_quotes(text: str, lang: str) -> list[Raw]:
    """Paragraphs of direct speech opened by a dash and attributed after ", —" (see _DASH_QUOTE_RE)."""
    out: list[Raw] = []
    for m in line_matches(_DASH_QUOTE_RE, text):
        _add_dash_quote(m, text, lang, out)
    return out


def inline_dash_quotes(text: str, lang: str, taken: list[Raw]) -> list[Raw]:
    """(rules-1.394) Dash quotes opened after the writer's sentence inside a paragraph (see _INLINE_DASH_RE), not
    within a quote already found (``taken``)."""
    out: list[Raw] = []
    for dash in ("— ", "– "):
        pos = text.find(dash, 2)
        while pos != -1:
            if (
                text[pos - 1] == " "
                and text[pos - 2] in ".!?…"
                and not any(r.start - 2 <= pos < r.end for r in taken)
            ):
                _inline_dash_quote(text, pos, lang, out)
            pos = text.find(dash, pos + 2)
    return out


def _inline_dash_quote(text: str, pos: int, lang: str, out: list[Raw]) -> None:
    """The dash quote opening at ``pos`` after the writer's sentence, if one does (see _INLINE_DASH_RE)."""
    if _INLINE_DASH_RE.match(text, pos - 1) is not None:
        m = _INLINE_DASH_QUOTE_RE.match(text, pos)
        if m is not None:
            _add_dash_quote(m, text, lang, out)


def _add_dash_quote(m: re.Match[str], text: str, lang: str, out: list[Raw]) -> None:
    """The direct statement (and its continuation after the attribution) of one dash quote match."""
    cue = m.group("cue")
    if not is_cue(cue, lang):
        return
    np_text, _pos = parse_forward(tokens(text, m.start("np"), m.end("np")), text, lang)
    sp = analyze_np(np_text, lang) if np_text else None
    if sp is None or sp.kind == "unknown" or not has_words(m.group("q"), 2):
        return
    a, b = m.span("q")
    first = Raw(a, b, text[a:b], "direct", cue, sp, m.start(), 0.8, gender_hint=cue_gender(cue),
                parts=[(a, b)], cue_pos=m.start("cue"))  # fmt: skip
    out.append(first)
    if m.group("q2") and has_words(m.group("q2"), 2):
        c, d = m.span("q2")
        out.append(Raw(c, d, text[c:d], "direct", cue, None, m.start(), 0.75, parts=[(c, d)], same_as=first))


def label_speaker(name: str, text: str, lang: str) -> SpeakerPhrase:
    """(rules-1.88) The speaker an answer's label names. A surname that reads as a common noun or a
    place ("Wendland", "Kirchberg") names the person whose full name ends in it in the text ("Revierförster
    Tobias Wendland betreut …"); the label then stands for that person (a first name the name lists know)."""
    sp = analyze_np(name, lang)
    if sp.kind != "unknown" or " " in name:
        return sp
    for m in re.finditer(rf"\b([A-ZÄÖÜА-ЯІЇЄҐ][\w\-]+) {re.escape(name)}\b", text):
        full = analyze_np(m.group(0), lang)
        if full.kind == "person" and full.name == m.group(0):
            return SpeakerPhrase(name, "person", name, "", full.gender, "")
    return sp


def _has_qa_lines(text: str) -> bool:
    """A question line (``(?m)^`` and QA_LINE_RE). The first line counts only in a text that opens with
    one of the letters below or holds a label after a newline (so a lone opening "Кореспондент:" does not)."""
    if _QA_NEXT_RE.search(text) is not None:
        return True
    return QA_LINE_RE.match(text) is not None and (text[:1] in "QFIRKПВЖ" or any(k in text for k in _QA_KEYS))


def interview_answers(text: str, lang: str) -> list[Raw]:
    """'Name: answer' lines of an interview (only when the text has 'Q:' question lines), dialogue-style
    interviews (see dash_answers), and dash quotes (at a paragraph's start or after a sentence in it)."""
    out = _interview_answers(text, lang)
    if lang in ("uk", "ru"):
        out.extend(inline_dash_quotes(text, lang, out))
    return out


def _interview_answers(text: str, lang: str) -> list[Raw]:
    if ("\n—" in text or "\n–" in text or "\n- " in text or text[:1] in "—–") and _DASH_LINE_RE.search(text):
        found = dash_answers(text)
        quoted = dash_quotes(text, lang) if lang in ("uk", "ru") else []
        if (
            found and quoted
        ):  # "— Ні, …, — відповів міністр.": an answer with its own attribution (rules-1.22)
            found = _attributed_answers(found, quoted)
        if found or quoted:
            return found or quoted
    interviewer: frozenset[str] = frozenset()
    if not _has_qa_lines(text):
        colons = text.count(": ")
        interviewer = _outlet_labels(text, colons)
        if not interviewer and colons >= 2 and "?\n" in text:
            interviewer = _asking_labels(text) or _unlabelled_questions(text)
        if not interviewer:
            return []
    out = []
    for m in line_matches(ANSWER_LINE_RE, text):
        name = m.group("name")
        if name in interviewer:
            continue
        label = name.rstrip(".")
        if label in _Q_LABELS or label in _A_LABELS:
            if label not in _A_LABELS:
                continue
            sp = SpeakerPhrase("", "interviewee")
        else:
            sp = label_speaker(name, text, lang)
            if sp.kind not in ("person", "organisation"):
                continue
        qs, qe = m.start("quote"), m.end("quote")
        while qe > qs and text[qe - 1].isspace():
            qe -= 1
        q = text[qs:qe]
        if len(q) >= 2 and q[0] in '“"«„‘' and q[-1] in '”"»“’':
            qs, qe, q = qs + 1, qe - 1, q[1:-1]
        out.append(Raw(qs, qe, q, "direct", "", sp, m.start(), 0.85, parts=[(qs, qe)]))
        nxt = _QA_NEXT_RE.search(text, m.end() - 1)  # the next question line at m.end() or later
        for a, b in _paragraphs(text, m.end(), nxt.start() + 1) if nxt is not None else ():
            if (
                not ANSWER_LINE_RE.match(text, a)
                and has_words(text[a:b], 2)
                and not _narration(text[a:b], lang)
            ):
                out.append(Raw(a, b, text[a:b], "direct", "", sp, a, 0.8, parts=[(a, b)]))
    return out


_REPORT_WORDS = (" said", " says", " told ", " wrote ", "according to")
_FIRST_PERSON_RE = re.compile(r"\b(?:I|I'm|I've|me|my|we|We|us|our|Our|My)\b")


def _narration(par: str, lang: str = "en") -> bool:
    """rules-1.319: a paragraph after an answer that reports speech in the third person and has no first
    person ("Savchuk said the town had asked …", "The head of …, X, said in October that …") is the
    writer's narration, not the answer going on (the answer: "… My mother said we should leave.").
    rules-1.379: the same in Ukrainian and Russian (see _slavic_narration)."""
    if lang in ("uk", "ru"):
        return _slavic_narration(par, lang)
    return any(w in par for w in _REPORT_WORDS) and _FIRST_PERSON_RE.search(par) is None


# "X отметила, что …", "За його словами, …": a cue word before ", что"/", що", or "по словам"
_SLAVIC_REPORT_RE = re.compile(
    r"(?i)(?:\b(?:по|за)\s+(?:(?:его|её|ее|його|її|их|їх)\s+)?словам|(\w+),\s+(?:что|що)\s)"
)
_SLAVIC_FIRST_RE = re.compile(
    r"(?i)\b(?:я|мы|ми|мне|меня|мені|мене|нас|нам|наш\w*|мой|моя|моё|мои|мій|моє|мої)\b"
)
_GUILLEMET_RE = re.compile(r"«[^»]*»")


def _slavic_narration(par: str, lang: str) -> bool:
    """rules-1.379: a paragraph after a labelled answer ("Ответ: …") that reports the speech of someone in the
    third person ("Сарсенова отметила, что …", "По его словам, …") and holds no first person outside its
    «quotes» is the writer's narration, not the answer going on ("Я говорил ему, что …" stays the answer)."""
    if ", что " not in par and ", що " not in par and "словам" not in par:
        return False
    found = False
    for m in _SLAVIC_REPORT_RE.finditer(par):
        w = m.group(1)
        if w is None or is_cue(w, lang):
            found = True
            break
    if not found:
        return False
    bare = _GUILLEMET_RE.sub(" ", par) if "«" in par else par
    return _SLAVIC_FIRST_RE.search(bare) is None


def on_question_line(text: str, pos: int) -> bool:
    """``pos`` lies on a line that opens with an interviewer's question label ("Q: …", "Frage: …")."""
    return _QUESTION_LINE_RE.match(text, text.rfind("\n", 0, pos) + 1) is not None
