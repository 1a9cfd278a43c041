"""A headline that names its speaker ("Koval: ‘We will not trade territory for a pause’", "Литвин: графіки
відключень скоротять"): a low-confidence direct statement of the headline's person, and the person the body's
unresolved roles and pronouns may stand for (``unresolved.roles_to_title_person``)."""

from __future__ import annotations

import re

from ingest.extract.cues import Raw
from ingest.extract.resolve import Resolved, Resolver
from ingest.extract.speakers import analyze_np
from ingest.models import ArticleText

# a Ukrainian or Russian headline "Surname: a clause in lower case" with no quote marks (rules-1.421)
_TITLE_NAME_RE = re.compile(
    r"^\s*(?P<name>[А-ЯІЇЄҐЁ][а-яіїєґё'’-]+(?:\s+[А-ЯІЇЄҐЁ][а-яіїєґё'’-]+)?)\s*:\s+[а-яіїєґё]"
)
# a headline's kicker before its colon is no name ("Оновлено: …", "Видео: …")
_KICKERS = frozenset(
    "оновлено обновлено відео видео фото важливо важно увага внимание терміново срочно ексклюзив эксклюзив "
    "інтерв'ю интервью онлайн хроніка хроника думка мнение коментар комментарий опитування опрос прогноз "
    "офіційно официально блог колонка аналітика аналитика джерело источник "
    "interview exclusive analysis explainer factbox opinion comment profile feature update breaking live q&a "
    "video watch editorial review podcast exklusiv analyse kommentar meinung porträt".split()
)
_TITLE_RE = re.compile(r"^\s*(?P<name>[^:«“\"„‘']{2,60}?)\s*:\s*[«“\"„‘'](?P<quote>.+?)[»”\"“’']\s*$")


def headline_statement(doc: ArticleText, lang: str, resolver: Resolver) -> list[tuple[Raw, Resolved | None]]:
    """Headline "Name: ‘…’" → a low-confidence direct statement (offsets -1: not in doc.text)."""
    m = _TITLE_RE.match(doc.title or "")
    if not m and lang in ("uk", "ru") and ":" in doc.title:
        m = _TITLE_NAME_RE.match(
            doc.title
        )  # "Литвин: графіки діятимуть …" names the body's roles (rules-1.421)
    if not m or m.group("name").lower().replace("’", "'") in _KICKERS:
        return []  # rules-1.426: "Interview: ‘…’", "Exclusive: ‘…’" in every language
    sp = analyze_np(m.group("name"), lang)
    if sp.kind != "person" or not sp.name:
        return []
    res = resolver.resolve(Raw(-1, -1, "", "direct", "", sp, 0, 0.4), sp, len(doc.text))
    if res is None:
        return []
    # a bare surname the body never names, or a quote the body has already: no statement, but the headline's
    # person still names the body's roles (rules-1.421)
    said = m.group("quote").strip() if m.lastgroup == "quote" else ""
    quote = "" if res.key.startswith("?|") or said in doc.text else said
    return [(Raw(-1, -1, quote, "direct", "", sp, 0, 0.4), res)]
