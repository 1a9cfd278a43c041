"""What an article page's head says about it: canonical link (against ``<base href>`` since round thirteen),
robots, language, title, first ``<h1>``, dates and paywall marks from meta tags and JSON-LD. Pure: a
parsed tree in, values out (used by :mod:`ingest.pageextract`, split from it in round thirteen).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import lxml.html

from ingest.text import clean_title

LANG_RE = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*$")
PUBLISHED_KEYS = (
    "article:published_time", "og:article:published_time", "datepublished", "date", "dc.date",
    "dc.date.issued", "dcterms.created", "pubdate", "publishdate", "parsely-pub-date", "sailthru.date",
)  # fmt: skip
UPDATED_KEYS = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
)


@dataclass(slots=True)
class HeadInfo:
    canonical: str | None = None
    noindex: bool = False
    language: str | None = None
    title: str = ""
    h1: str = ""
    published: datetime | None = None
    updated: datetime | None = None
    paid: bool = False  # JSON-LD isAccessibleForFree: false


def read_head(tree: lxml.html.HtmlElement, url: str | None) -> HeadInfo:
    """Canonical link, robots, language, title, first h1, dates and paywall marks of a parsed page."""
    info = HeadInfo()
    base = next((b.get("href", "").strip() for b in tree.iter("base") if (b.get("href") or "").strip()), "")
    url = urljoin(url, base) if base and url else url  # round thirteen: links resolve against <base href>
    for link in tree.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if "canonical" in rels and href and info.canonical is None:
            info.canonical = urljoin(url, href) if url else href
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        value = (meta.get("content") or "").strip()
        if key and value:
            metas.setdefault(key, value)
        if (meta.get("http-equiv") or "").lower() == "content-language" and value:
            metas.setdefault("content-language", value)
    info.noindex = "noindex" in metas.get("robots", "").lower()
    info.language = norm_language(
        tree.get("lang") or tree.get("xml:lang") or metas.get("content-language") or metas.get("og:locale")
    )
    info.title = clean_title(metas.get("og:title") or tree.findtext(".//title") or "")
    h1 = next(tree.iter("h1"), None)
    info.h1 = clean_title(h1.text_content()) if h1 is not None else ""
    ld = list(json_ld_items(tree))
    info.published = first_time([metas.get(k) for k in PUBLISHED_KEYS] + [i.get("datePublished") for i in ld])
    info.updated = first_time([metas.get(k) for k in UPDATED_KEYS] + [i.get("dateModified") for i in ld])
    if info.published is None:
        info.published = first_time([t.get("datetime") for t in tree.iter("time")][:3])
    info.paid = any(str(i.get("isAccessibleForFree", "")).strip().lower() == "false" for i in ld)
    return info


def json_ld_items(tree: lxml.html.HtmlElement) -> Iterator[dict[str, Any]]:
    """Every JSON object in the page's JSON-LD scripts (``@graph`` and lists unrolled, parts included)."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                stack.extend(v for k, v in item.items() if k in ("@graph", "hasPart", "mainEntity"))


def first_time(values: list[Any]) -> datetime | None:
    for value in values:
        when = parse_time(value) if isinstance(value, str) else None
        if when is not None:
            return when
    return None


def parse_time(value: str | None) -> datetime | None:
    """An ISO 8601 date or time in UTC (a time without zone is taken as UTC)."""
    if not value or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00").replace("z", "+00:00")
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        try:
            when = datetime.fromisoformat(text[:10])
        except ValueError:
            return None
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(UTC)


def norm_language(value: str | None) -> str | None:
    match = LANG_RE.match((value or "").strip())
    return match.group(1).lower() if match else None
