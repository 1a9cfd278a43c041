"""The parse stage: the bytes of a feed in, a :class:`ParsedFeed` out.

Dispatch: JSON Feed (by content type or a body starting with ``{``) goes to :mod:`ingest.jsonfeed`.
Anything else is made safe by :func:`ingest.xmlsafe.sanitize_xml` (encoding resolved, DOCTYPE and
entity declarations dropped, re-encoded as UTF-8), then parsed by the lxml fast path
(:mod:`ingest.fastparse`); whatever that refuses goes to feedparser, on the sanitised bytes, with
``sanitize_html=False, resolve_relative_uris=False``. This is the only module importing feedparser.
"""

from __future__ import annotations

import base64
import binascii
import html
import io
import re
from typing import Any
from urllib.parse import unquote_to_bytes

import feedparser
from feedparser.namespaces import itunes, mediarss

from ingest.config import IngestError
from ingest.fastparse import get_parser, parse_fast
from ingest.feeddates import reading_feed
from ingest.feedvalues import (
    TAG_RE,
    clean_guid,
    clean_language,
    clean_title,
    fallback_html,
    feedparser_author,
    feedparser_full_text,
    is_guid_link,
    is_image_type,
    parse_date,
    pick_orig_link,
    resolve_url,
    text_to_html,
)
from ingest.htmlredirect import redirect_target
from ingest.httpbody import GZIP_MAGIC, BodyTooLargeError, decode_stream
from ingest.jsonfeed import JsonFeedError, looks_like_json_feed, parse_json_feed
from ingest.models import Entry, ParsedFeed
from ingest.phpmessages import strip_php_messages
from ingest.xmlrecover import prefer_recovered
from ingest.xmlsafe import UTF8_DECL, SafeXml, sanitize_xml

HTML_TYPES = {"text/html", "application/xhtml+xml", "html", "xhtml"}
HTML_ROOT_RE = re.compile(r"^(?:html|head|body)$", re.I)
HTML_SNIFF_RE = re.compile(rb"<(?:html|head|body|title|meta|div|p|script)\b", re.I)
# Roots that only HTML has: a challenge page that is one <script>, a bare <meta> refresh. Refused
# only when no feed root follows (PHP prints "<br />\n<b>Warning</b>: ..." before a real feed).
HTML_ONLY_ROOT_RE = re.compile(
    r"^(?:meta|script|noscript|title|div|p|iframe|form|table|center|h[1-6])$", re.I
)
FEED_ROOT_RE = re.compile(rb"<(?:\w+:)?(?:rss|feed|RDF|channel)\b")
LINK_TAG_RE = re.compile(rb"<link\b[^>]*>", re.I)
FEED_LINK_TYPE_RE = re.compile(rb"""\btype\s*=\s*["']?\s*application/(?:rss|atom|feed)\+(?:xml|json)""", re.I)
ALTERNATE_REL_RE = re.compile(rb"""\brel\s*=\s*["']?[^"'>]*\balternate\b""", re.I)
HTML_TITLE_RE = re.compile(rb"<title\b[^>]*>([^<]*)<", re.I)
CONTROL_BYTES_RE = re.compile(rb"[\x00-\x08\x0e-\x1f]")  # never in text: a binary body (an image, a PDF)
DEPTH_ERROR_RE = re.compile(r"^Excessive depth in document")  # lxml's message at its nesting limit
MAX_DEEP_TAGS = 20_000  # tags in a document nested that deep before it is refused (about 1 s of feedparser)
# HTML void elements left open in raw HTML (<br>, <img src=…>): each nests everything after it in XML.
# Not link, source or meta (feed elements with content in RSS or Atom).
OPEN_VOID_TAG_RE = re.compile(
    rb"<(br|hr|img|wbr|input|col|area|embed|param|track)\b((?:[^<>/]|/(?!>))*)>", re.I
)
CLOSED_VOID_TAG_RE = re.compile(r"<(br|hr|img|wbr|input|col|area|embed|param|track)\b([^<>]*)></\1>", re.I)
VOID_TAGS_CLOSED = "HTML void tag(s) left open (<br>, <img>)"
MAX_CLOSED_TAGS = (
    250_000  # a deep document with more tags is refused even when closing would help (feedparser: ~10 s)
)
HREF_RE = re.compile(rb"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)
GUNZIP_CAP = 15 * 1024 * 1024  # the fetch cap's default
# A UTF-8 BOM written in front of a UTF-16 body (its own BOM, or "<"/"{" then a zero byte)
STRAY_BOM_RE = re.compile(
    rb"^\xef\xbb\xbf(?=\xff\xfe|\xfe\xff|(?:[\t\n\r ]\x00)*[<{]\x00|(?:\x00[\t\n\r ])*\x00[<{])"
)
# A UTF-16/32 BOM in front of 8-bit markup ("<?xml" with no zero bytes): the BOM lies, the body does not
LYING_BOM_RE = re.compile(
    rb"^(?:\xff\xfe\x00\x00|\x00\x00\xfe\xff|\xff\xfe|\xfe\xff)(?=[\t\n\r ]*[<{][^\x00])"
)
# A whole feed HTML-escaped once ("&lt;?xml ...&gt;&lt;rss&gt;"): a template that escaped its output
ESCAPED_FEED_RE = re.compile(rb"^(?:\xef\xbb\xbf)?\s*&lt;(?:\?xml|rss|feed|rdf:RDF)\b")
ESCAPED_MARKUP_RE = re.compile(rb"&(lt|gt|quot|apos|amp|#39|#34);")
# A feed sent as a data: URL ("data:application/rss+xml;base64,PHJzcz4...")
DATA_URL_RE = re.compile(rb"^\s*data:(?:[\w.+-]+/[\w.+-]+)?(?:;[\w.+-]+=[\w.+\"-]+)*(;base64)?,", re.I)
MARKUP_CHARS = {b"lt": b"<", b"gt": b">", b"quot": b'"', b"apos": b"'", b"amp": b"&", b"#39": b"'", b"#34": b'"'}  # fmt: skip
FORMAT_CODES = {"rss091n": "rss091", "rss091u": "rss091", "": "unknown"}
# Elements feedparser maps onto title/summary that we do not: an image caption (media:description)
# read first becomes the summary and pushes the real <description> into content. Both paths ignore
# them (docs/parsing.md, "normalisations").
UNMAPPED_ELEMENTS = (
    (mediarss.Namespace, "media_title"),
    (mediarss.Namespace, "media_description"),
    (itunes.Namespace, "itunes_summary"),
)


def unmap_feedparser_elements() -> None:
    """Make feedparser treat :data:`UNMAPPED_ELEMENTS` as unknown elements (kept under their own key)."""
    for namespace, name in UNMAPPED_ELEMENTS:
        for prefix in ("_start_", "_end_"):
            if prefix + name in vars(namespace):
                delattr(namespace, prefix + name)


unmap_feedparser_elements()


class ParseError(IngestError):
    """The body is empty, not a feed, or holds nothing recoverable (one-line message)."""


def parse_feed(body: bytes, *, content_type: str | None = None, url: str | None = None) -> ParsedFeed:
    """Parse one feed body (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed 1.0/1.1). Pure: no I/O."""
    if not body or not body.strip():
        raise ParseError("empty body")
    if body.startswith(GZIP_MAGIC):  # a .xml.gz snapshot, or a body stored without its decoding
        body = gunzip_body(body)
    body, php_message = strip_php_messages(unwrap_body(body))  # round eight: "<b>Warning</b>: …"
    if php_message and not body:
        raise ParseError(f"not a feed: a PHP error message ({php_message})")
    try:
        with reading_feed(body):  # an ambiguous slashed date is read in the order the feed shows
            parsed = dispatch_body(body, content_type, url)
    except ParseError:
        raise
    except JsonFeedError as exc:
        raise ParseError(str(exc)) from None
    except (RecursionError, MemoryError) as exc:
        raise ParseError(f"nothing recoverable: {type(exc).__name__}") from None
    except Exception as exc:  # a parser bug must not take the pipeline down; keep the cause chained
        raise ParseError(f"nothing recoverable: {type(exc).__name__}: {one_line(exc)}") from exc
    if php_message:
        reason = f"PHP message before the feed ({php_message})"
        parsed.bozo, parsed.bozo_reason = True, "; ".join(filter(None, (parsed.bozo_reason, reason)))
    return parsed


def gunzip_body(body: bytes) -> bytes:
    """A gzip body decompressed within GUNZIP_CAP (a gzip bomb stops there)."""
    try:
        return decode_stream([body], "", GUNZIP_CAP, lambda: None)
    except BodyTooLargeError:
        raise ParseError(f"not a feed: gzip body larger than {GUNZIP_CAP} bytes once decompressed") from None


def unwrap_body(body: bytes) -> bytes:
    """The feed under the wrappings templates add: a UTF-8 BOM in front of a UTF-16 body (which then
    read as neither), a UTF-16/32 BOM in front of 8-bit markup, a ``data:`` URL, and a whole feed
    HTML-escaped once (``&lt;rss&gt;``)."""
    if STRAY_BOM_RE.match(body):
        body = body[3:]
    if lying_bom := LYING_BOM_RE.match(body):
        body = body[lying_bom.end() :]
    if data_url := DATA_URL_RE.match(body):
        body = read_data_url(body[data_url.end() :].strip(), bool(data_url.group(1)))
    if ESCAPED_FEED_RE.match(body):
        body = ESCAPED_MARKUP_RE.sub(lambda m: MARKUP_CHARS[m.group(1)], body)
    return body


def read_data_url(data: bytes, is_base64: bool) -> bytes:
    if not is_base64:
        return unquote_to_bytes(data)
    try:
        data = b"".join(data.split())  # line-wrapped base64
        return base64.b64decode(data + b"=" * (-len(data) % 4), validate=True)
    except binascii.Error:
        raise ParseError("not a feed: a data: URL whose base64 does not decode") from None


def dispatch_body(body: bytes, content_type: str | None, url: str | None) -> ParsedFeed:
    if looks_like_json_feed(body, content_type):
        return parse_json_feed(body, url=url, content_type=content_type)
    safe = sanitize_xml(body, content_type)
    check_feed_root(safe, url)
    safe, parsed = parse_fast_or_close(safe, url)
    if parsed is None:
        check_depth(safe.data)
        thorough = sanitize_xml(body, content_type, thorough=True)
        if thorough.data != safe.data:
            safe, parsed = parse_fast_or_close(thorough, url)
    if parsed is None:
        check_depth(safe.data)
        parsed = prefer_recovered(safe.data, parse_with_feedparser(safe, url), url)  # round twelve
        if VOID_TAGS_CLOSED in (safe.bozo_reason or ""):
            reopen_void_tags(parsed)
    if safe.bozo_reason and not parsed.bozo:
        parsed.bozo, parsed.bozo_reason = True, safe.bozo_reason
    return parsed


def parse_fast_or_close(safe: SafeXml, url: str | None) -> tuple[SafeXml, ParsedFeed | None]:
    """The fast path on ``safe``; when lxml stopped at its nesting limit, once more with the HTML void
    tags closed (``close_void_tags``). Returns what was parsed last and the result."""
    parsed = parse_fast(safe.data, url=url)
    if parsed is None and is_too_deep(safe.data) and safe.data.count(b"<") <= MAX_CLOSED_TAGS:
        safe = close_void_tags(safe)
        parsed = parse_fast(safe.data, url=url)
    return safe, parsed


def reopen_void_tags(parsed: ParsedFeed) -> None:
    """feedparser writes a closed void tag back as ``<br></br>`` (two line breaks to an HTML parser):
    the tags :func:`close_void_tags` closed go back to ``<br>`` in the entries' HTML."""
    for entry in parsed.entries:
        entry.summary_html = CLOSED_VOID_TAG_RE.sub(r"<\1\2>", entry.summary_html)
        entry.content_html = CLOSED_VOID_TAG_RE.sub(r"<\1\2>", entry.content_html)


def check_depth(data: bytes) -> None:
    """Refuse a document that lxml stopped reading at its nesting limit (256) and that has more tags
    than a feed's worth: feedparser's lenient fallback spends about 40 µs per element (a 15 MiB body
    of ``<a>`` tags: minutes). A small broken feed nested that deep (hundreds of unclosed ``<br>``
    in raw HTML) still goes to feedparser; a large one has its void tags closed first."""
    if is_too_deep(data):
        raise ParseError(f"not a feed: elements nested more than 256 deep ({data.count(b'<')} tags)")


def is_too_deep(data: bytes) -> bool:
    """lxml's last parse stopped at its nesting limit, and ``data`` has more tags than a feed's worth."""
    return data.count(b"<") > MAX_DEEP_TAGS and any(
        DEPTH_ERROR_RE.match(e.message) for e in get_parser().error_log
    )


def close_void_tags(safe: SafeXml) -> SafeXml:
    """``safe`` with the HTML void tags raw HTML leaves open closed (``<br>`` → ``<br/>``, what HTML
    means by them): a feed of thousands of items with ``<br>`` in unescaped descriptions nests
    deeper than lxml reads and was refused whole (round seven)."""
    data, count = OPEN_VOID_TAG_RE.subn(rb"<\1\2/>", safe.data)
    reason = "; ".join(filter(None, (safe.bozo_reason, f"closed {count} {VOID_TAGS_CLOSED}")))
    return SafeXml(data, safe.encoding, safe.root, safe.doctype_removed, reason) if count else safe


def check_feed_root(safe: SafeXml, url: str | None = None) -> None:
    """Refuse HTML pages and bodies with no markup before handing them to a parser."""
    if safe.root is None:
        head = safe.data[:4096]
        if not FEED_ROOT_RE.search(safe.data[:65536]):
            start = safe.data.removeprefix(UTF8_DECL.encode())[:160].decode("utf-8", "replace")
            if len(CONTROL_BYTES_RE.findall(head)) * 100 > len(head):
                raise ParseError(f"not a feed: binary data (starts with {start[:8]!r})")
            if HTML_SNIFF_RE.search(head):
                raise ParseError(describe_html_page(safe.data, url))
            raise ParseError(
                f"not a feed: no XML root element (starts with {' '.join(start.split())[:40]!r})"
            )
    elif HTML_ROOT_RE.match(safe.root) or (
        HTML_ONLY_ROOT_RE.match(safe.root) and not FEED_ROOT_RE.search(safe.data[:65536])
    ):
        raise ParseError(describe_html_page(safe.data, url))


def describe_html_page(data: bytes, url: str | None) -> str:
    """The error for an HTML page, naming the feed it advertises (``<link rel="alternate"
    type="application/rss+xml" href=...>``, what a site's home page has) or the page it sends a
    browser on to (a meta refresh, ``location.href = ...``) when there is one, and its ``<title>``
    (an error page served as the feed: "502 Bad Gateway")."""
    found = HTML_TITLE_RE.search(data, 0, 64 * 1024)
    title = " ".join(html.unescape(found.group(1).decode("utf-8", "replace")).split())[:100] if found else ""
    page = f"not a feed: looks like an HTML page{f' titled {title!r}' if title else ''}"
    for tag in LINK_TAG_RE.finditer(data, 0, 256 * 1024):
        found = HREF_RE.search(tag.group(0))
        if found and FEED_LINK_TYPE_RE.search(tag.group(0)) and ALTERNATE_REL_RE.search(tag.group(0)):
            href = next(g for g in found.groups() if g is not None).decode("utf-8", "replace").strip()
            link = resolve_url(url, html.unescape(href))
            if link:
                return f"{page}; it links to the feed {link[:300]}"
    target = redirect_target(data, url)
    return f"{page}; it redirects to {target[:300]}" if target else page


def parse_with_feedparser(safe: SafeXml, url: str | None) -> ParsedFeed:
    """The fallback: feedparser on the sanitised bytes (never a URL string, never a path)."""
    # No Content-Location: feedparser would resolve guids against it as if they were URIs. Links
    # are resolved against the feed URL here instead (xml:base is still applied by feedparser).
    headers = {"content-type": "application/xml; charset=utf-8"}
    # A BytesIO, not bytes: feedparser tries to open() a bytes argument as a file name.
    result = feedparser.parse(
        io.BytesIO(safe.data), response_headers=headers, sanitize_html=False, resolve_relative_uris=False
    )
    version = result.get("version", "")
    feed = result.get("feed", {})
    entries = [build_entry(item, feed, url) for item in result.get("entries", [])]
    reason = one_line(result.get("bozo_exception")) if result.get("bozo") else None
    if not version and not entries:
        if reason:
            raise ParseError(f"nothing recoverable: {reason}")
        text = " ".join(html.unescape(TAG_RE.sub(" ", safe.data[:4096].decode("utf-8", "replace"))).split())[
            :80
        ]
        says = f": {text}" if text else ""  # an S3 <Error>'s "AccessDenied Access Denied" (round eight)
        raise ParseError(f"not a feed: no RSS/Atom elements (root <{safe.root or '?'}>{says})")
    return ParsedFeed(
        title=clean_title(feed.get("title"), detail_is_html(feed.get("title_detail"))),
        link=resolve_url(url, feed.get("link")),
        language=clean_language(feed.get("language")),
        entries=entries,
        format=FORMAT_CODES.get(version, version),
        bozo=bool(result.get("bozo")),
        bozo_reason=reason,
    )


def build_entry(item: Any, feed: Any, url: str | None) -> Entry:
    content = item.get("content") or []
    content_html = to_html(content[0]) if content else feedparser_full_text(item)  # yandex:full-text …
    summary_detail = item.get("summary_detail")
    summary_html = to_html(summary_detail) if summary_detail else content_html
    if not summary_html:  # the fast path's FALLBACK_TEXT_PATHS: itunes:summary, else media:description
        summary_html = fallback_text(item, "itunes_summary") or fallback_text(item, "media_description")
    author = item.get("author_detail") or {}
    updated = parse_date(dict.get(item, "updated"))  # not .get(): it falls back to "published"
    language = item.get("language")
    title_detail = item.get("title_detail")
    if not language and title_detail:
        language = title_detail.get("language")
    return Entry(
        guid=clean_guid(item.get("id")),
        url=(
            link := resolve_url(url, origlink(item) or item_link(item) or permalink_guid(item))
            or content_src(item, url)
        ),
        title=clean_title(
            item.get("title") or fallback_text(item, "media_title", False), detail_is_html(title_detail)
        ),
        summary_html=summary_html,
        content_html=content_html,
        published=parse_date(item.get("published")) or updated,
        updated=updated,
        author=feedparser_author(author, item.get("author")),
        language=clean_language(language or feed.get("language")),
        enclosure=None if link else first_enclosure(item, url),
        source=(source := item.get("source") or {}).get("title") or dict.get(item, "dc_source"),
        source_url=resolve_url(url, source.get("href") or source.get("link")),  # its outlet (round 22)
    )


def fallback_text(item: Any, key: str, as_html: bool = True) -> str:
    value = item.get(key)  # a dict of attributes when the element is empty
    return "" if not isinstance(value, str) else fallback_html(value) if as_html else value


def first_enclosure(item: Any, url: str | None) -> str | None:
    """The first enclosure that is not an image; then the first such ``media:content`` (round eight)."""
    media = [(m, m.get("url")) for m in item.get("media_content") or () if m.get("medium") != "image"]
    for enclosure, href in [(e, e.get("href")) for e in item.get("enclosures") or ()] + media:
        found = None if is_image_type(enclosure.get("type")) else resolve_url(url, href)
        if found:
            return found
    return None


def content_src(item: Any, url: str | None) -> str | None:
    """The URL of Atom content that is out of line (``<content src="…"/>``, RFC 4287 §4.1.3.2): the
    document there is the entry's content, so it names an entry that has no link (round seventeen:
    such entries were stored without a URL); not an image. The fast path leaves such feeds to us."""
    content = (item.get("content") or [{}])[0]
    return (
        None
        if is_image_type(content.get("type"))
        else resolve_url(content.get("base") or url, content.get("src"))
    )


def origlink(item: Any) -> str | None:
    value = item.get("feedburner_origlink")  # round ten: the article behind a feedproxy link
    return pick_orig_link(value) if isinstance(value, str) else None


def item_link(item: Any) -> str | None:
    """The item's link; one feedparser took from a guid only when it may be a link (``is_guid_link``)."""
    link = item.get("link")
    return link if not item.get("guidislink") or is_guid_link(link) else None


def permalink_guid(item: Any) -> str | None:
    """An empty ``<link>`` hides a permalink guid from feedparser (``guidislink`` stays False); the
    fast path takes the guid then, unless ``isPermaLink="false"`` (which feedparser does not keep)."""
    guid = (item.get("id") or "").strip()
    return guid if "link" in item and guid.lower().startswith(("http://", "https://")) else None


def detail_is_html(detail: Any) -> bool:
    return bool(detail) and detail.get("type") in HTML_TYPES


def to_html(detail: Any) -> str:
    value = detail.get("value") or ""
    return value if detail_is_html(detail) else text_to_html(value)


def one_line(exc: object) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:300]
