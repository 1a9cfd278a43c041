"""A feed whose closing tags do not match its opening ones, read as libxml2 recovers it (round twelve).

A closing tag misspelled in one item (``<description>…</descripton>``, ``<title>…</tilte>``, typed
by hand or by a template) is an XML error: the fast path refuses the document and feedparser's
lenient parser then loses that item's text or title and, often, the whole next item (the misspelled
tag leaves an element open that swallows it). libxml2's recovery closes the element the tag meant
and reads on, as a browser would. Its reading is taken only when the error is such a mismatch, the
fast path reads the recovered tree, and it keeps every item feedparser found (by title and link)
and finds more titles, links or texts: a feed never loses anything it had through feedparser.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from ingest.fastparse import PARSER_OPTIONS, parse_fast
from ingest.models import Entry, ParsedFeed

MISMATCH_ERRORS = frozenset({"ERR_TAG_NAME_MISMATCH"})
MAX_COMPARISONS = 1_000_000  # of item keys, when telling whether the recovered reading covers feedparser's


def prefer_recovered(data: bytes, found: ParsedFeed, url: str | None) -> ParsedFeed:
    """``found`` (feedparser's reading of ``data``), or libxml2's recovered reading when the document's
    error is a tag mismatch and that reading keeps all of ``found`` and gives more."""
    recovered = parse_recovered(data, url)
    if recovered is None or not is_better(recovered[0], found):
        return found
    parsed, error = recovered
    parsed.bozo, parsed.bozo_reason = True, f"{error}; read as libxml2 recovers it"
    return parsed


def parse_recovered(data: bytes, url: str | None) -> tuple[ParsedFeed, str] | None:
    """The fast path on the tree libxml2 recovers from ``data``, with the first tag mismatch's
    message; ``None`` when there is no mismatch or the fast path refuses the tree."""
    parser = etree.XMLParser(recover=True, **PARSER_OPTIONS)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return None
    mismatch = next((e for e in parser.error_log if e.type_name in MISMATCH_ERRORS), None)
    if root is None or mismatch is None:
        return None
    parsed = parse_fast(etree.tostring(root, encoding="utf-8"), url=url)
    message = " ".join(str(mismatch.message).split())[:160]
    return (parsed, message) if parsed is not None else None


def is_better(recovered: ParsedFeed, found: ParsedFeed) -> bool:
    """Every item of ``found`` is covered by one of ``recovered`` (the same title, link and guid
    wherever feedparser has one), and ``recovered`` has more titles, links or texts in all."""
    keys = {item_key(e) for e in recovered.entries}
    by_field: list[dict[str, list[tuple[str, str, str]]]] = [{}, {}, {}]  # title, link, guid → keys
    for k in keys:
        for index, value in zip(by_field, k, strict=True):
            index.setdefault(value, []).append(k)
    budget = MAX_COMPARISONS  # items sharing one title: each compared with each, within bounds
    for entry in found.entries:
        key = item_key(entry)
        if not any(key) or key in keys:
            continue  # (an item feedparser found with nothing in it is none)
        near = min((by_field[i].get(value, []) for i, value in enumerate(key) if value), key=len)
        budget -= len(near)
        if budget < 0 or not any(all(a in ("", b) for a, b in zip(key, k, strict=True)) for k in near):
            return False  # not covered (or too costly to tell): feedparser's reading stays
    return count_values(recovered) > count_values(found)


def item_key(entry: Entry) -> tuple[str, str, str]:
    return (" ".join(entry.title.split()), entry.url or "", entry.guid or "")


def count_values(parsed: ParsedFeed) -> int:
    """Titles, links and texts of all items."""
    return sum(bool(e.title) + bool(e.url) + has_text(e) for e in parsed.entries)


def has_text(entry: Any) -> bool:
    return bool((entry.summary_html or "").strip() or (entry.content_html or "").strip())
