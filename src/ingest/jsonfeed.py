"""JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) to :class:`ParsedFeed`."""

from __future__ import annotations

import json
import re
from typing import Any

from ingest.charsets import decode_lenient_utf8, lookup_codec, parse_content_type
from ingest.config import IngestError
from ingest.feedvalues import (
    ABSOLUTE_URL_RE,
    clean_author,
    clean_guid,
    clean_language,
    clean_title,
    is_image_type,
    parse_date,
    resolve_url,
    text_to_html,
)
from ingest.models import Entry, ParsedFeed

JSON_TYPES = ("application/feed+json", "application/json")
VERSION_RE = re.compile(r"^\s*(?:https?://)?(?:www\.)?jsonfeed\.org/version/([0-9.]*)/?\s*$", re.I)
LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")  # "\ud83d" escapes that json.loads keeps as they are
JSON_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
FORMATS = {"1": "json10", "1.0": "json10", "1.1": "json11"}
# JSONP ("callback({...});", "/**/cb({...})") and anti-XSSI prefixes (")]}'", "while(1);") around a feed
JSONP_HEAD_RE = re.compile(
    r"^\s*(?:\)\]\}',?\s*|while\s*\(\s*1\s*\)\s*;\s*|for\s*\(\s*;;\s*\)\s*;\s*)?"
    r"(?:/\*\*/\s*)?(?:(?:typeof\s+)?[A-Za-z_$][\w$.]*\s*(?:===?\s*['\"]function['\"]\s*&&\s*)?"
    r"[A-Za-z_$][\w$.]*\s*\(\s*(?=\{))?"
)
JSONP_START_RE = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:\)\]\}'|while\s*\(|for\s*\(|/\*\*/|typeof\s|[A-Za-z_$][\w$.]*\s*\(\s*\{)"
)
JSONP_TAIL_RE = re.compile(r"\)\s*;?\s*$")
# JSON written by a template, not an encoder (round twelve): a string (whatever it holds; a quote that
# no comma, colon or bracket follows is one of its characters: `"<a href="/x">"`, unescaped), or a
# comma before a closing bracket ("},\n]": the loop wrote one after every item); since round seventeen also
# a comment (// or /* */: JSON5 habits, a generator's banner), which a quote before it ends its string
JSON_COMMENT_PATTERN = r"//[^\n]*|/\*.*?\*/"
JSON_STRING_OR_TRAILING_COMMA_RE = re.compile(
    rf'"(?:[^"\\]|\\.|"(?!\s*(?:[,:}}\]]|/[/*])|\s*$))*"|,(?=(?:\s|{JSON_COMMENT_PATTERN})*[\]}}])|{JSON_COMMENT_PATTERN}',
    re.S,
)
# Inside a string: a valid escape, any other backslash (PHP's addslashes writes \'), a raw C0 control,
# an unescaped quote
STRING_FLAW_RE = re.compile(r'\\(u[0-9a-fA-F]{4}|["\\/bfnrt])|\\(.?)|([\x00-\x1f])|(")', re.S)
# Keys that make an object in "items" an item, with or without a JSON Feed "version" (rss2json-style
# feeds write RSS names: link, guid, pubDate, description, content)
ITEM_KEYS = frozenset(
    {"id", "url", "external_url", "title", "content_html", "content_text", "summary", "date_published",
     "link", "guid", "pubDate", "description", "content"}
)  # fmt: skip


class JsonFeedError(IngestError):
    """Raised for bodies that are not a JSON Feed; :mod:`ingest.parse` re-raises it as ParseError."""


def looks_like_json_feed(body: bytes, content_type: str | None) -> bool:
    if body.startswith(JSON_BOMS[1:]):  # UTF-16/32 with a BOM (JSON Feed says UTF-8; some differ)
        body = body[2:].replace(b"\x00", b"")
    start = body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    return start == b"{" or (mime in JSON_TYPES and start != b"<") or JSONP_START_RE.match(body) is not None


def decode_json_body(body: bytes, content_type: str | None) -> tuple[str | bytes, str | None]:
    """The body as JSON text, and why it is bozo: JSON Feed is UTF-8, but a body with a few stray
    bytes is read as UTF-8 with them as windows-1252, and a legacy one by its header's charset
    (else windows-1252), as the XML path does."""
    if body.startswith(JSON_BOMS[1:]):
        return body, None  # UTF-16/32 with a BOM: json.loads detects it
    try:
        return body.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        reason = f"JSON body is not UTF-8 ({exc.reason})"
    text, _, _ = decode_lenient_utf8(body.removeprefix(b"\xef\xbb\xbf"))  # CESU-8, stray bytes
    if text is not None:
        return text, reason
    codec = lookup_codec(parse_content_type(content_type)[1])
    codec = codec if codec and codec not in ("utf-8", "utf-8-sig") else "cp1252"
    return body.decode(codec, "replace"), f"{reason}; read as {codec}"


def parse_json_feed(body: bytes, *, url: str | None = None, content_type: str | None = None) -> ParsedFeed:
    """Parse a JSON Feed; raises :class:`JsonFeedError` with a one-line message otherwise."""
    text, bozo_reason = decode_json_body(body, content_type)
    text = unwrap_jsonp(text)
    try:
        data, junk = load_json(text)
    except (json.JSONDecodeError, RecursionError, UnicodeDecodeError) as exc:
        data, junk, repaired = load_repaired_json(text, exc)
        bozo_reason = "; ".join(filter(None, (bozo_reason, repaired)))
    if junk:
        reason = (
            f"ignored {len(junk)} character(s) after the JSON (starts with {' '.join(junk[:30].split())!r})"
        )
        bozo_reason = "; ".join(filter(None, (bozo_reason, reason)))
    if not isinstance(data, dict):
        raise JsonFeedError("not a feed: JSON body is not an object")
    version = VERSION_RE.match(str(data.get("version") or ""))
    items = data.get("items")
    if version is None and not (isinstance(items, list) and any(is_item(item) for item in items)):
        raise JsonFeedError("not a feed: JSON without a jsonfeed.org version")
    if not isinstance(items, list):
        raise JsonFeedError("not a feed: JSON Feed without an 'items' array")
    home = as_str(data.get("home_page_url"))
    # Relative item URLs belong to the site: resolved against its home page when that is absolute
    # (after resolving it against the feed URL), else against the feed URL.
    site = resolve_url(url or as_str(data.get("feed_url")) or None, home)
    base = site if site and ABSOLUTE_URL_RE.match(site) else url
    language = clean_language(as_str(data.get("language")))
    feed_author = pick_author(data)
    entries = [build_entry(item, base, language, feed_author) for item in items if isinstance(item, dict)]
    return ParsedFeed(
        title=clean_title(as_str(data.get("title"))),
        link=resolve_url(url, home),
        language=language,
        entries=entries,
        format=FORMATS.get(version.group(1), "json1x") if version else "json",
        bozo=bozo_reason is not None,
        bozo_reason=bozo_reason,
    )


def build_entry(
    item: dict[str, Any], base: str | None, language: str | None, feed_author: str | None
) -> Entry:
    content_html = as_str(item.get("content_html")) or as_str(item.get("content"))
    content_text = as_str(item.get("content_text"))
    if not content_html and content_text:
        content_html = text_to_html(content_text)
    summary = as_str(item.get("summary"))
    description = as_str(item.get("description"))  # rss2json-style: RSS names, HTML
    summary_html = text_to_html(summary) if summary else description or content_html
    guid = item.get("id", item.get("guid"))
    updated = parse_date(date_text(item.get("date_modified")))
    link = as_str(item.get("url")) or as_str(item.get("external_url")) or as_str(item.get("link"))
    published = next((date_text(item[k]) for k in ("date_published", "pubDate") if k in item), "")
    return Entry(
        guid=clean_guid(str(guid)) if isinstance(guid, str | int | float) and guid is not True else None,
        url=(url := resolve_url(base, link)),
        title=clean_title(as_str(item.get("title"))),
        summary_html=summary_html,
        content_html=content_html,
        published=parse_date(published) or updated,
        updated=updated,
        author=pick_author(item) or feed_author,
        language=clean_language(as_str(item.get("language"))) or language,
        enclosure=None if url else first_attachment(item, base),
    )


def load_json(text: str | bytes) -> tuple[Any, str]:
    """The JSON value at the start of ``text`` and what follows it (round eight): caching plugins
    append ``<!-- Cached page generated … -->`` to every answer, PHP a warning after the output; a
    complete object with text after it was ``invalid JSON (Extra data …)``."""
    if isinstance(text, bytes):  # UTF-16/32 with a BOM: json.loads detects it
        return json.loads(text, parse_int=read_int), ""
    start = len(text) - len(text.lstrip())
    data, end = json.JSONDecoder(parse_int=read_int).raw_decode(text, start)
    return data, text[end:].strip()


def load_repaired_json(text: str | bytes, exc: Exception) -> tuple[Any, str, str]:
    """Invalid JSON as a template writes it (round twelve), repaired: trailing commas dropped, raw
    line breaks and tabs in strings escaped, an unknown escape read as its character (``\\'``) or a
    backslash (``C:\\data``), a quote inside a string that nothing structural follows escaped
    (``"<a href="/x">"``). Raises :class:`JsonFeedError` with the first error when that is not it."""
    if isinstance(text, str) and not isinstance(exc, RecursionError):
        repaired, counts = repair_json(text)
        if any(counts):
            try:
                data, junk = load_json(repaired)
            except (json.JSONDecodeError, RecursionError):
                pass
            else:
                names = ("trailing comma(s)", "invalid escape(s)", "raw control character(s) in strings",
                         "unescaped quote(s) in strings", "comment(s)")  # fmt: skip
                done = ", ".join(f"{n} {name}" for n, name in zip(counts, names, strict=True) if n)
                return data, junk, f"repaired invalid JSON ({done})"
    raise JsonFeedError(f"not a feed: invalid JSON ({one_line(exc)})") from None


def repair_json(text: str) -> tuple[str, tuple[int, int, int, int, int]]:
    """``text`` with its template flaws mended, and how many of each: trailing commas, invalid
    escapes, raw control characters and unescaped quotes inside strings, comments."""
    counts = [0, 0, 0, 0, 0]

    def mend_string(found: re.Match[str]) -> str:
        valid, other, control, quote = found.groups()
        if valid is not None:
            return found.group(0)
        if quote is not None:
            counts[3] += 1
            return '\\"'
        if control is not None:
            counts[2] += 1
            return json.dumps(control)[1:-1]
        counts[1] += 1
        if other in ("'", "") or other < " ":  # \' → '; a backslash before a line break: the break
            return json.dumps(other)[1:-1]
        return "\\\\" + other  # \d → \\d: a backslash

    def mend(found: re.Match[str]) -> str:
        if found.group(0) == ",":
            counts[0] += 1
            return ""
        if found.group(0)[0] == "/":
            counts[4] += 1
            return " "
        return f'"{STRING_FLAW_RE.sub(mend_string, found.group(0)[1:-1])}"'

    repaired = JSON_STRING_OR_TRAILING_COMMA_RE.sub(mend, text)
    return repaired, (counts[0], counts[1], counts[2], counts[3], counts[4])


def is_item(item: object) -> bool:
    return isinstance(item, dict) and not ITEM_KEYS.isdisjoint(item)


def unwrap_jsonp(text: str | bytes) -> str | bytes:
    """The JSON inside a JSONP call (``callback({...});``) or after an anti-XSSI prefix."""
    if isinstance(text, bytes) or text.lstrip()[:1] == "{":
        return text
    head = JSONP_HEAD_RE.match(text)
    if head is None or not head.group(0).strip():
        return text
    inner = text[head.end() :]
    tail = JSONP_TAIL_RE.search(inner) if head.group(0).rstrip().endswith("(") else None
    return inner[: tail.start()] if tail else inner


def date_text(value: object) -> str:
    """A date field's text; a number (a Unix time, ``1764000000``) as its digits."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(int(value)) if float(value).is_integer() else str(value)
    return as_str(value)


def first_attachment(item: dict[str, Any], base: str | None) -> str | None:
    """The URL of the item's first attachment (JSON Feed's enclosures)."""
    attachments = item.get("attachments")
    for attachment in attachments if isinstance(attachments, list) else ():
        if not isinstance(attachment, dict) or is_image_type(attachment.get("mime_type")):
            continue
        found = resolve_url(base, as_str(attachment.get("url")))
        if found:
            return found
    return None


def read_int(text: str) -> int | str:
    """A JSON integer; one too long for ``int`` (over 4,300 digits, say as an ``id``) stays text."""
    try:
        return int(text)
    except ValueError:
        return text


def pick_author(obj: dict[str, Any]) -> str | None:
    """JSON Feed 1.1 ``authors`` (first with a name), else 1.0 ``author`` (or a plain name)."""
    candidates = obj.get("authors")
    if not isinstance(candidates, list):
        candidates = []
    candidates = [*candidates, obj.get("author")]
    for author in candidates:
        if isinstance(author, dict):
            name = clean_author(as_str(author.get("name")))
            if name:
                return name
    return clean_author(as_str(obj.get("author"))) or None  # rss2json-style: a name


def as_str(value: object) -> str:
    """A string value (lone surrogates, which no encoder accepts, become U+FFFD), else ``""``."""
    if not isinstance(value, str):
        return ""
    return LONE_SURROGATE_RE.sub("\ufffd", value) if LONE_SURROGATE_RE.search(value) else value


def one_line(exc: object) -> str:
    return " ".join(str(exc).split())[:200]
