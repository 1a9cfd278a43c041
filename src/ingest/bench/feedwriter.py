"""Render benchmark items as RSS 2.0 (content:encoded in CDATA), Atom 1.0 (escaped HTML) or JSON Feed 1.1."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from email.utils import format_datetime
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape, quoteattr

if TYPE_CHECKING:
    from ingest.bench.corpus import Item, Outlet

FORMAT_EXT = {"rss": "xml", "atom": "atom", "json": "json"}


def iso(when: datetime) -> str:
    return when.isoformat().replace("+00:00", "Z")


def html_of(item: Item) -> str:
    return "\n".join(f"<p>{p}</p>" for p in item.paragraphs)


def summary_of(item: Item) -> str:
    """The first paragraph as plain text (the feed's description)."""
    first = (
        item.paragraphs[1]
        if item.paragraphs[0].startswith("By ") and len(item.paragraphs) > 1
        else item.paragraphs[0]
    )
    return first if "<" not in first else first.split("<a ")[0] + first.split("</a>")[-1]


def render_feed(out: Outlet, items: Sequence[Item], built: datetime) -> bytes:
    return {"rss": render_rss, "atom": render_atom, "json": render_json}[out.format](out, items, built)


def render_rss(out: Outlet, items: Sequence[Item], built: datetime) -> bytes:
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n',
        f"<title>{escape(out.name)}</title>\n<link>https://www.{out.domain}/</link>\n",
        f"<description>{escape(out.name)}: news (synthetic benchmark feed)</description>\n<language>en</language>\n",
        f"<lastBuildDate>{format_datetime(built)}</lastBuildDate>\n",
        f'<atom:link href="https://www.{out.domain}/rss" rel="self" type="application/rss+xml"/>\n',
    ]
    for it in items:
        parts.append(f"<item>\n<title>{escape(it.title)}</title>\n<link>{escape(it.url)}</link>\n")
        if it.guid:
            permalink = "true" if it.guid.startswith("https://") else "false"
            parts.append(f'<guid isPermaLink="{permalink}">{escape(it.guid)}</guid>\n')
        parts.append(f"<pubDate>{format_datetime(it.published)}</pubDate>\n")
        if it.author:
            parts.append(f"<dc:creator>{escape(it.author)}</dc:creator>\n")
        parts.append(f"<description>{escape(summary_of(it))}</description>\n")
        parts.append(f"<content:encoded><![CDATA[{html_of(it)}]]></content:encoded>\n</item>\n")
    parts.append("</channel>\n</rss>\n")
    return "".join(parts).encode("utf-8")


def render_atom(out: Outlet, items: Sequence[Item], built: datetime) -> bytes:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">\n',
        f"<title>{escape(out.name)}</title>\n<id>https://www.{out.domain}/</id>\n<updated>{iso(built)}</updated>\n",
        f'<link rel="self" href="https://www.{out.domain}/atom"/>\n<link rel="alternate" href="https://www.{out.domain}/"/>\n',
    ]
    for it in items:
        parts.append(f"<entry>\n<title>{escape(it.title)}</title>\n")
        parts.append(f'<link rel="alternate" type="text/html" href={quoteattr(it.url)}/>\n')
        parts.append(f"<id>{escape(it.guid or it.url)}</id>\n<published>{iso(it.published)}</published>\n")
        parts.append(f"<updated>{iso(it.updated or it.published)}</updated>\n")
        if it.author:
            parts.append(f"<author><name>{escape(it.author)}</name></author>\n")
        parts.append(f'<summary type="html">{escape(summary_of(it))}</summary>\n')
        parts.append(f'<content type="html">{escape(html_of(it))}</content>\n</entry>\n')
    parts.append("</feed>\n")
    return "".join(parts).encode("utf-8")


def render_json(out: Outlet, items: Sequence[Item], built: datetime) -> bytes:
    entries: list[dict[str, Any]] = []
    for it in items:
        entry: dict[str, Any] = {"id": it.guid or it.url, "url": it.url, "title": it.title, "content_html": html_of(it),
                                 "summary": summary_of(it), "date_published": iso(it.published)}  # fmt: skip
        if it.updated:
            entry["date_modified"] = iso(it.updated)
        if it.author:
            entry["authors"] = [{"name": it.author}]
        entries.append(entry)
    doc = {
        "version": "https://jsonfeed.org/version/1.1", "title": out.name, "home_page_url": f"https://www.{out.domain}/",
        "feed_url": f"https://www.{out.domain}/feed.json", "language": "en", "items": entries,
    }  # fmt: skip
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
