"""Fast path: well-formed RSS 0.90/0.9x/1.0/2.0 and Atom 0.3/1.0 with lxml (entities, DTDs, network
and ``huge_tree`` off) on what :func:`ingest.xmlsafe.sanitize_xml` produced. :func:`parse_fast`
returns ``None`` ("refused") for anything it does not fully handle (docs/parsing.md lists what); the
caller then falls back to feedparser. Field values follow feedparser's choices, so both paths agree.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable
from typing import Any

from lxml import etree

from ingest.feedvalues import XML_LANG as XML_LANG_ATTR
from ingest.feedvalues import (
    clean_author,
    clean_guid,
    clean_language,
    clean_title,
    element_base,
    element_lang,
    fallback_html,
    find_enclosure,
    find_last,
    is_guid_link,
    looks_like_html,
    parse_date,
    pick_orig_link,
    repair_mojibake,
    resolve_url,
    text_to_html,
)
from ingest.models import Entry, ParsedFeed
from ingest.xmlsafe import CASE_VARIANT_RE, MARK, lift_cdata

ATOM10, ATOM03 = "http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#"
RSS10, RSS090 = "http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
DC, DCTERMS = "http://purl.org/dc/elements/1.1/", "http://purl.org/dc/terms/"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
XHTML, ITUNES = "http://www.w3.org/1999/xhtml", "http://www.itunes.com/dtds/podcast-1.0.dtd"
ORIG_LINK = "{http://rssnamespace.org/feedburner/ext/1.0}origLink"  # the link behind feedproxy (round ten)
ITUNES_DTDS, MEDIA = "http://www.itunes.com/DTDs/Podcast-1.0.dtd", "http://search.yahoo.com/mrss/"
# An item's text when it has neither description nor content: itunes:summary, else media:description.
FALLBACK_TEXT_PATHS = (f"{{{ITUNES}}}summary", f"{{{ITUNES_DTDS}}}summary", f".//{{{MEDIA}}}description")
MEDIA_TITLE = f".//{{{MEDIA}}}title"  # no title: the video's, own (round 10) or its media:group's (round 14)
ATOM_LINK = f"{{{ATOM10}}}link"
RSS_VERSIONS = {"0.91": "rss091", "0.92": "rss092", "0.93": "rss093", "0.94": "rss094"}
HTML_TYPES, TEXT_TYPES = {"html", "text/html", "xhtml", "application/xhtml+xml"}, {"", "text", "text/plain"}
RSS_FIELDS = {  # RSS fields: element -> field ("core" is replaced by the RSS dialect's namespace)
    "{core}title": "title", f"{{{DC}}}title": "title", f"{{{MEDIA}}}title": "media_title",
    "{core}link": "link", ORIG_LINK: "origlink", "{core}guid": "guid",
    "{core}description": "summary", f"{{{DC}}}description": "summary", "{core}summary": "summary",
    f"{{{CONTENT}}}encoded": "content",
    "{core}pubDate": "published", "{core}published": "published", "{core}issued": "published",
    f"{{{DCTERMS}}}issued": "published", f"{{{ATOM10}}}published": "published",
    "{core}updated": "updated", "{core}modified": "updated", f"{{{ATOM10}}}updated": "updated",
    f"{{{DC}}}date": "updated", f"{{{DCTERMS}}}modified": "updated",
    "{core}author": "author", f"{{{DC}}}creator": "author", f"{{{DC}}}author": "author",
    f"{{{ITUNES}}}author": "author", "{core}language": "language", f"{{{DC}}}language": "language",
    f"{{{DC}}}source": "source", "{http://news.yandex.ru}full-text": "content",  # round 22: dc:source, and
    "{http://turbo.yandex.ru}content": "content", "{http://news.rambler.ru}fulltext": "content",  # full texts
}  # fmt: skip
FIRST_WINS = {"content", "author"}
XMLNS_RE = re.compile(r'\sxmlns(?::\w+)?="[^"]*"')
PREFIXED_TAG_RE = re.compile(r"<(/?)[A-Za-z_][\w.-]*:(?=[A-Za-z])")  # <xhtml:p> is no <p> to HTML (round 8)
# Item children that feedparser maps in ways the fast path does not copy: refuse, let it parse them.
REFUSED_ITEM_TAGS = {
    "body", "fullitem", f"{{{XHTML}}}body", "item", "source",  # <source url>: the outlet's address (round 22)
    *(f"{{{ATOM10}}}{name}" for name in ("title", "summary", "content", "author", "id", "source")),
}  # fmt: skip
# Feeds in the wild bind the DC and content prefixes to https:// variants; feedparser accepts them.
RSS_FIELDS |= {tag.replace("{http://purl.org/", "{https://purl.org/"): f for tag, f in RSS_FIELDS.items()}

THREAD_STATE = threading.local()
THREAD_STATE.lifted = []
PLACEHOLDER_RE = re.compile("\ue000([0-9]+)\ue001")
PARSER_OPTIONS = {
    "resolve_entities": False, "no_network": True, "load_dtd": False, "huge_tree": False,
    "remove_comments": True, "remove_pis": True, "strip_cdata": True, "collect_ids": False,
}  # fmt: skip
FORBIDDEN_BYTES = bytes([*range(0, 9), 11, 12, *range(14, 32)])


class RefusedError(Exception):
    """The fast path does not handle this document; feedparser should."""


def parse_fast(data: bytes, url: str | None = None) -> ParsedFeed | None:
    """Parse sanitised bytes with lxml; ``None`` when the document needs the feedparser path."""
    data, THREAD_STATE.lifted = lift_cdata(data)
    try:
        root = etree.fromstring(data, get_parser())
    except etree.XMLSyntaxError:
        return None
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        return None
    handler = ROOT_HANDLERS.get(root.tag)
    if handler is None:
        return None
    try:
        parsed = handler(root, url)
    except RefusedError:
        return None
    finally:
        THREAD_STATE.lifted = []
    if parsed.entries and all(e.title and e.url and e.published and e.summary_html for e in parsed.entries):
        return parsed
    return None if CASE_VARIANT_RE.search(data) else parsed  # <Item>, <pubdate>: feedparser reads them


def element_text(element: Any) -> str:
    """``element.text`` with lifted CDATA put back."""
    text = element.text or ""
    return repair_mojibake(restore_cdata(text) if MARK in text else text)


def restore_cdata(text: str, escape: bool = False) -> str:
    lifted = THREAD_STATE.lifted
    if not lifted:
        return text
    match = PLACEHOLDER_RE.fullmatch(text.strip())
    if match and not escape and not text[0].isspace() and not text[-1].isspace():
        return decode_lifted(lifted[int(match.group(1))])  # the usual case: the text is one section
    return PLACEHOLDER_RE.sub(lambda m: decode_lifted(lifted[int(m.group(1))], escape), text)


def decode_lifted(raw: bytes, escape: bool = False) -> str:
    """One lifted CDATA section as text, checked as the XML parser would have checked it."""
    if len(raw.translate(None, FORBIDDEN_BYTES)) != len(raw):
        raise RefusedError("character not allowed in XML inside CDATA")
    try:
        value = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise RefusedError("CDATA is not UTF-8") from None
    if "\r" in value:  # an XML parser normalises line ends, in CDATA too
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return text_to_html(value) if escape else value


def get_parser() -> Any:
    """This thread's lxml parser (reusing one is about a third faster than building one per feed)."""
    if getattr(THREAD_STATE, "parser", None) is None:
        THREAD_STATE.parser = etree.XMLParser(**PARSER_OPTIONS)
    return THREAD_STATE.parser


def parse_rss20(root: Any, url: str | None) -> ParsedFeed:
    channel = root.find("channel")
    if channel is None:
        raise RefusedError("no channel")
    version = (root.get("version") or "").strip()
    fmt = RSS_VERSIONS.get(version) or ("rss20" if version.startswith("2.") else "rss")
    return build_rss(root, channel, channel.iterfind("item"), "", fmt, url)


def parse_rdf(root: Any, url: str | None) -> ParsedFeed:
    for core, fmt in ((RSS10, "rss10"), (RSS090, "rss090")):
        channel = root.find(f"{{{core}}}channel")
        if channel is not None:
            items = root.iterfind(f"{{{core}}}item")
            return build_rss(root, channel, items, core, fmt, url)
    raise RefusedError("RDF without an RSS channel")


def build_rss(root: Any, channel: Any, items: Any, core: str, fmt: str, url: str | None) -> ParsedFeed:
    fields = dialect_fields(core)
    items = list(items)
    if sum(1 for _ in root.iter("{*}item")) != len(items):  # {*}: <item xmlns="…"> too (round seventeen)
        raise RefusedError("items outside the channel")  # in <items>, a second channel, beside it
    # One pass over the document, filtered inside lxml, instead of a loop over every child of
    # every item: the elements of interest grouped by their parent (an item or the channel).
    children: dict[Any, list[Any]] = {element: [] for element in (channel, *items)}
    for element in root.iter(*fields):
        bucket = children.get(element.getparent())
        if bucket is not None:
            bucket.append(element)
    head = collect_rss(children[channel], fields, in_item=False)
    root_base = element_base(root, url)
    feed_base = element_base(channel, root_base)
    language = clean_language(head.get("language") or element_lang(channel))
    entries = [
        build_rss_entry(
            item, children[item], fields, feed_base if item.getparent() is channel else root_base, language
        )
        for item in items
    ]
    return ParsedFeed(
        title=clean_title(head.get("title"), looks_like_html(head.get("title"))),
        link=resolve_url(feed_base, head.get("link")),
        language=language,
        entries=entries,
        format=fmt,
    )


@functools.cache
def dialect_fields(core: str) -> dict[str, str]:
    """Tag -> field for one RSS dialect; tags the fast path refuses map to ``"!refuse"``."""
    fields = {tag: "!refuse" for tag in (*REFUSED_ITEM_TAGS, ATOM_LINK)}
    fields |= {tag.replace("{core}", f"{{{core}}}" if core else ""): name for tag, name in RSS_FIELDS.items()}
    return fields


def collect_rss(children: list[Any], fields: dict[str, str], in_item: bool = True) -> dict[str, Any]:
    """Field values among an element's ``children``, chosen as feedparser does: the last element of a
    field wins, except for content and author (the first wins); a second summary-like element that comes before any content
    becomes the content (feedparser's rule for description + dc:description / summary).
    """
    found: dict[str, Any] = {}
    has_content = False
    for child in children:
        name = fields[child.tag]
        if name == "!refuse":
            if in_item and (child.tag != ATOM_LINK or is_alternate_link(child)):
                raise RefusedError(f"<{child.tag}> in an item")
            continue
        if len(child):
            raise RefusedError(f"markup inside <{child.tag}>")
        if name == "summary" and "summary" in found and not has_content:
            name = "content"
        if name == "content":
            has_content = True
        if name in FIRST_WINS and name in found:
            continue
        if name == "guid":
            found[name] = child
        else:
            text = child.text or (child.get("href", "") if name == "link" else "")  # RSS <link href="..."/>
            found[name] = repair_mojibake(restore_cdata(text) if MARK in text else text)
    return found


def is_alternate_link(element: Any) -> bool:
    return element.tag == ATOM_LINK and element.get("rel", "alternate").lower() == "alternate"


def build_rss_entry(
    item: Any, children: list[Any], fields: dict[str, str], feed_base: str | None, feed_lang: str | None
) -> Entry:
    values = collect_rss(children, fields)
    base = element_base(item, feed_base)
    guid_el = values.get("guid")
    guid_text = element_text(guid_el) if guid_el is not None else None
    guid = clean_guid(guid_text) if guid_el is not None else clean_guid(item.get(f"{{{RDF}}}about"))
    link = pick_orig_link(values.get("origlink")) or values.get("link")
    if not (link or "").strip() and guid_el is not None and guid_el.get("isPermaLink", "true") == "true":
        link = guid_text if is_guid_link(guid_text) else None
    summary = values.get("summary", "")
    content = values.get("content", "")
    title = values.get("title") or values.get("media_title") or text_of(item.find(MEDIA_TITLE))
    updated = parse_date(values.get("updated"))
    url = resolve_url(base, link)
    return Entry(
        guid=guid,
        url=url,
        title=clean_title(title, looks_like_html(title)),
        summary_html=summary or content or find_fallback_text(item),
        content_html=content,
        published=parse_date(values.get("published")) or updated,
        updated=updated,
        author=clean_author(values.get("author")),
        language=clean_language(values.get("language") or item.get(XML_LANG_ATTR)) or feed_lang,
        enclosure=None if url else find_enclosure(item, base),
        source=values.get("source"),
    )


def parse_atom(root: Any, url: str | None) -> ParsedFeed:
    ns = root.tag[1:].split("}", 1)[0]
    found = root.findall(f"{{{ns}}}entry")
    refused = root.find(f"{{{ns}}}item") is not None or root.find(f"{{{ns}}}entry/{{{ns}}}source") is not None
    if refused or sum(1 for _ in root.iter("{*}entry")) != len(found):  # an entry's <source>: round 22
        raise RefusedError("<item> or <source> in an Atom feed, or entries below other elements")
    base = element_base(root, url)
    language = clean_language(element_lang(root))
    entries = [build_atom_entry(entry, ns, base, language) for entry in found]
    return ParsedFeed(
        title=atom_title(find_last(root, f"{{{ns}}}title"), ns),
        link=atom_link(root, ns, base),
        language=language,
        entries=entries,
        format="atom10" if ns == ATOM10 else "atom03",
    )


def build_atom_entry(entry: Any, ns: str, feed_base: str | None, feed_lang: str | None) -> Entry:
    base = element_base(entry, feed_base)
    summary = atom_html(find_last(entry, f"{{{ns}}}summary"), ns)
    content = atom_html(entry.find(f"{{{ns}}}content"), ns)
    dates = ("published", "updated") if ns == ATOM10 else ("issued", "modified")
    published, updated = (find_last(entry, f"{{{ns}}}{name}") for name in dates)
    updated_at = parse_date(updated.text if updated is not None else None)
    author = find_last(entry, f"{{{ns}}}author")
    return Entry(
        guid=clean_guid(text_of(find_last(entry, f"{{{ns}}}id"))),
        url=(url := pick_orig_link(text_of(entry.find(ORIG_LINK))) or atom_link(entry, ns, base)),
        title=atom_title(find_last(entry, f"{{{ns}}}title"), ns)
        or clean_title(text_of(entry.find(MEDIA_TITLE))),
        summary_html=summary or content or find_fallback_text(entry),
        content_html=content,
        published=parse_date(text_of(published)) or updated_at,
        updated=updated_at,
        author=None
        if author is None
        else clean_author(*(text_of(find_last(author, f"{{{ns}}}{key}")) for key in ("name", "email"))),
        language=clean_language(element_lang(entry)) or feed_lang,
        enclosure=None if url else find_enclosure(entry, base),
    )


def text_of(element: Any) -> str | None:
    return None if element is None else element_text(element)


def find_fallback_text(item: Any) -> str:
    """The HTML of an item with no description or content: see :data:`FALLBACK_TEXT_PATHS`."""
    for path in FALLBACK_TEXT_PATHS:
        if found := fallback_html(text_of(find_last(item, path))):
            return found
    return ""


def atom_link(element: Any, ns: str, base: str | None) -> str | None:
    """The last ``rel="alternate"`` link of an HTML type, else the ``id`` (feedparser's rules)."""
    href = None
    for link in element.iterfind(f"{{{ns}}}link"):
        rel = link.get("rel", "alternate").lower()  # feedparser folds case (round twelve: "Alternate")
        kind = (link.get("type") or "text/html").split(";")[0].strip().lower()
        value = link.get("href", (link.text or "").strip() or None)  # <link>URL</link>: a common slip
        if rel == "alternate" and kind in HTML_TYPES and value is not None:
            href = resolve_url(element_base(link, base), value)
    if href is None:
        ident = find_last(element, f"{{{ns}}}id")
        if ident is not None and is_guid_link(element_text(ident)):  # "1" is no link (round nine)
            href = resolve_url(element_base(ident, base), element_text(ident))
    return href


def atom_kind(element: Any) -> str:
    """``'text'``, ``'html'`` or ``'xhtml'`` for an Atom 1.0 or 0.3 text construct."""
    kind = (element.get("type") or "text").strip().lower()
    mode = (element.get("mode") or "").strip().lower()
    if mode == "base64" or element.get("src"):
        raise RefusedError("base64 or out-of-line content")
    if kind in ("xhtml", "application/xhtml+xml") or (mode == "xml" and len(element)):
        return "xhtml"
    if kind in ("html", "text/html"):
        return "html"
    if kind in TEXT_TYPES:
        if len(element):
            raise RefusedError("markup inside a text construct")
        return "text"
    raise RefusedError(f"content type {kind}")


def atom_html(element: Any, ns: str) -> str:
    if element is None:
        return ""
    kind = atom_kind(element)
    if kind == "xhtml":
        return inner_xhtml(element, ns == ATOM10)
    if len(element):
        raise RefusedError("markup inside an escaped construct")
    text = element_text(element)
    return text if kind == "html" else text_to_html(text)


def atom_title(element: Any, ns: str) -> str:
    if element is None:
        return ""
    kind = atom_kind(element)
    if kind == "xhtml":
        return clean_title(inner_xhtml(element, ns == ATOM10), True)
    return clean_title(element_text(element), kind == "html")


def inner_xhtml(element: Any, strip_div: bool) -> str:
    """The XHTML inside a ``type="xhtml"`` construct (Atom 1.0: its wrapping ``div`` removed)."""
    children = [child for child in element if isinstance(child.tag, str)]
    only_div = len(children) == 1 and etree.QName(children[0]).localname == "div"
    if strip_div and only_div and not (element.text or "").strip() and not (children[0].tail or "").strip():
        element = children[0]
    parts = [text_to_html(element.text or "")]
    for child in element:
        parts.append(etree.tostring(child, encoding="unicode", with_tail=True))
    markup = XMLNS_RE.sub("", "".join(parts).replace(f"{{{XHTML}}}", ""))
    return repair_mojibake(restore_cdata(PREFIXED_TAG_RE.sub(r"<\1", markup), escape=True))


ROOT_HANDLERS: dict[str, Callable[[Any, str | None], ParsedFeed]] = {
    "rss": parse_rss20,
    f"{{{RDF}}}RDF": parse_rdf,
    f"{{{ATOM10}}}feed": parse_atom,
    f"{{{ATOM03}}}feed": parse_atom,
}
