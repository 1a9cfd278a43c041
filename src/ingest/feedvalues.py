"""Field normalisation shared by every parse path (lxml fast path, feedparser, JSON Feed).

Each path extracts raw strings; these functions turn them into the values of :class:`Entry` in one
way so the paths agree: dates to aware UTC, titles to plain text, languages to a primary subtag,
authors to a display name, links resolved and script URLs dropped.
"""

from __future__ import annotations

import functools
import html
import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from ingest.feeddates import parse_date as parse_date  # re-exported: every parse path reads dates here
from ingest.xmlchars import join_surrogate_refs

TAG_RE = re.compile(r"<[^>]*>")
# Round nineteen: phrasing elements sit inside a word ("H<sub>2</sub>O", "1930ft<sup>2</sup>",
# "<b>Bold</b>face"); a browser shows no space there, so a title's tag becomes a space only otherwise
INLINE_TAG_RE = re.compile(
    r"</?(?:a|abbr|b|bdi|bdo|cite|code|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strike|strong"
    r"|sub|sup|tt|u|var)(?:\s[^>]*)?/?>",
    re.I,
)
C1_TABLE = {code: bytes([code]).decode("cp1252", "ignore") or chr(code) for code in range(0x80, 0xA0)}
# Round eight: UTF-8 read as windows-1252 upstream ("Donâ€™t", "â€“"): each character's windows-1252
# byte (its unassigned bytes read as C1 controls, as PHP and browsers do), and the telltale pair of a
# UTF-8 lead byte's character and a continuation byte's that mojibake shows and real text does not
# (Ã© é, â€™ ’, Â  nbsp, Ð° а, Å‚ ł, Ø§ ا, ×© ש, Îµ ε): not "ß«" or "Ü“" (German), whose reading
# as UTF-8 is N'Ko or Syriac, never meant
CP1252_BYTES = {bytes([b]).decode("cp1252", "ignore") or chr(b): b for b in range(0x80, 0x100)}
CP1252_MOJIBAKE_RE = re.compile(
    "[âÂÃÄÅÎÏÐÑ×ØÙ][" + "".join(re.escape(c) for c, b in CP1252_BYTES.items() if b < 0xC0) + "]"
)
# Round nine: mojibake beside correct text ("Café: Donâ€™t"): runs that are the UTF-8 bytes of general
# punctuation and signs (â€™ â€œ â€“ â‚¬ â„¢: U+2000-U+2FFF) or of a Latin-1 character (Ã© Ã¼ Â°), repaired one by one
CP1252_CONTINUATION = "".join(re.escape(c) for c, b in CP1252_BYTES.items() if b < 0xC0)
MIXED_MOJIBAKE_RE = re.compile(f"â[{CP1252_CONTINUATION}]{{2}}|[ÂÃ][{CP1252_CONTINUATION}]")
UNMEANT_SCRIPTS_RE = re.compile("[\u0700-\u07ff]")  # Syriac, Thaana, N'Ko: what "ß«" decodes to
HTMLISH_RE = re.compile(r"</[A-Za-z][\w:-]*\s*>|&#?\w+;")
LANGUAGE_RE = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*$")
AUTHOR_EMAIL_NAME_RE = re.compile(r"^\s*([^\s()<>@]+@[^\s()<>]+)\s*\((.*)\)\s*$")
AUTHOR_NAME_EMAIL_RE = re.compile(r"^\s*(.*?)\s*[(<]\s*([^\s()<>@]+@[^\s()<>]+)\s*[)>]\s*$")
SCHEME_RE = re.compile(r"^\s*([A-Za-z][A-Za-z0-9+.-]*):")
# Round nine: a link written as an escaped HTML anchor (<link>&lt;a href="…"&gt;…&lt;/a&gt;</link>):
# its href, not the markup as a relative path
ANCHOR_HREF_RE = re.compile(r"""^<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# Where an item's enclosure is (path, attribute): RSS <enclosure url>, Atom 1.0/0.3 <link rel="enclosure">,
# and since round eight Media RSS <media:content url> (also in <media:group>; the namespace also
# written without its final slash): video feeds whose items have nothing else
MEDIA_NAMESPACES = ("http://search.yahoo.com/mrss/", "http://search.yahoo.com/mrss")
ENCLOSURE_PATHS = (
    ("enclosure", "url"),
    ("{http://www.w3.org/2005/Atom}link[@rel='enclosure']", "href"),
    ("{http://purl.org/atom/ns#}link[@rel='enclosure']", "href"),
    *((f"{{{ns}}}content", "url") for ns in MEDIA_NAMESPACES),
    *((f"{{{ns}}}group/{{{ns}}}content", "url") for ns in MEDIA_NAMESPACES),
)
WEB_SCHEMES = {"http", "https"}
ABSOLUTE_URL_RE = re.compile(r"^https?://[^\s/?#]+(?:[/?#]|$)", re.I)
# "&" escaped once more than XML undoes ("&amp;amp;" in the feed), or WordPress's "&#038;" inside CDATA
ESCAPED_AMPERSAND_RE = re.compile(r"&(?:amp;|#0*38;|#x0*26;)+", re.I)
# A CDATA section escaped by the feed's template ("&lt;![CDATA[Title]]&gt;"): literal markers in the
# text, which an HTML parser takes for a comment (the whole title was lost). Round eight.
LITERAL_CDATA_RE = re.compile(r"<!\[CDATA\[(.*?)(?:\]\](?:>|&gt;)|$)", re.S)
# A link written without its scheme ("www.host.example/a/1"): a host, not a relative path
SCHEMELESS_WWW_RE = re.compile(r"^www\d{0,2}\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::\d+)?(?:[/?#]|$)", re.I)


def repair_mojibake(value: str) -> str:
    """UTF-8 that was decoded as Latin-1 somewhere upstream ("cafÃ©"), decoded again (feedparser's
    rule: text made only of Latin-1 characters whose bytes are valid UTF-8 is read as UTF-8)."""
    if value.isascii():
        return value
    try:
        repaired = value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value
    return repaired.translate(C1_TABLE)


def repair_cp1252_mojibake(value: str) -> str:
    """UTF-8 decoded as windows-1252 somewhere upstream ("Donâ€™t stop â€“ cafÃ©"), decoded again
    when the whole value is that: every character a windows-1252 byte, and the bytes valid UTF-8
    (real windows-1252 text never is); else (round nine) the runs of punctuation and Latin-1 letters
    mojibake shows beside correct text. :func:`repair_mojibake` covers the Latin-1 case."""
    if value.isascii() or CP1252_MOJIBAKE_RE.search(value) is None:
        return value
    try:
        data = bytes(CP1252_BYTES[c] if c >= "\x80" else ord(c) for c in value)
        repaired = data.decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return MIXED_MOJIBAKE_RE.sub(decode_mojibake_run, value)  # mixed with correct text
    return value if UNMEANT_SCRIPTS_RE.search(repaired) else repaired


def decode_mojibake_run(match: re.Match[str]) -> str:
    """One UTF-8 sequence read as windows-1252 (see MIXED_MOJIBAKE_RE), decoded again."""
    return bytes(CP1252_BYTES[c] if c >= "\x80" else ord(c) for c in match.group()).decode("utf-8")


def looks_like_html(value: str | None) -> bool:
    """feedparser's test for RSS text of unknown type: a closing tag or an entity reference."""
    return value is not None and HTMLISH_RE.search(value) is not None


def clean_title(value: str | None, is_html: bool = False) -> str:
    """Plain text on one line: tags stripped and entities decoded when ``is_html``."""
    if not value:
        return ""
    value = unwrap_cdata(value)
    if is_html:
        value = html.unescape(TAG_RE.sub(" ", INLINE_TAG_RE.sub("", join_surrogate_refs(value))))
    return " ".join(value.split())


def unwrap_cdata(value: str | None) -> str:
    """``<![CDATA[Title]]>`` written as text (the feed escaped its CDATA markers) → ``Title``."""
    if not value or "<![CDATA[" not in value:
        return value or ""
    return LITERAL_CDATA_RE.sub(r"\1", value).replace("]]>", "").replace("]]&gt;", "")


def text_to_html(value: str) -> str:
    return html.escape(value, quote=False)


def fallback_html(value: str | None) -> str:
    """``itunes:summary`` / ``media:description`` as HTML: the text of an item that has neither a
    description nor content (a podcast episode, a YouTube entry). HTML when it looks like HTML."""
    value = (value or "").strip()
    return value if not value or looks_like_html(value) else text_to_html(value)


# Round twenty-two: the full text Russian and Ukrainian CMSs give beside a teaser description (Yandex News'
# ``yandex:full-text``, plain text or escaped HTML; Yandex Turbo's ``turbo:content``, HTML in CDATA; Rambler's
# ``rambler:fulltext``) as feedparser keys them, by the prefix as written (fastparse.RSS_FIELDS: by namespace)
FULL_TEXT_KEYS = ("yandex_full-text", "turbo_content", "rambler_fulltext")
HTML_TAG_RE = re.compile(r"</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>", re.I)  # full text with "<br />" is HTML
SOURCE_URL_RE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//|www\.)\S*$", re.I)
MAX_SOURCE_CHARS = 120


def feedparser_full_text(item: Any) -> str:
    """The HTML of a feedparser entry's ``yandex:full-text``, ``turbo:content`` or ``rambler:fulltext``."""
    for key in FULL_TEXT_KEYS:
        value = item.get(key)
        if isinstance(value, str) and (value := value.strip()):
            return value if looks_like_html(value) or HTML_TAG_RE.search(value) else text_to_html(value)
    return ""


def source_name(value: str | None) -> str | None:
    """The outlet an item names as its source (RSS ``<source>``, ``dc:source``, Atom ``source/title``), on
    one line; None when there is none or it is an address, not a name (``dc:source`` is often a URL)."""
    name = " ".join((value or "").split())
    if not name or len(name) > MAX_SOURCE_CHARS or SOURCE_URL_RE.match(name):
        return None
    return name


@functools.lru_cache(maxsize=256)
def clean_language(value: str | None) -> str | None:
    """``'en-US'`` -> ``'en'``: the lower-case primary subtag, None when it is not a language tag."""
    match = LANGUAGE_RE.match(value or "")
    return match.group(1).lower() if match else None


def clean_author(name: str | None, email: str | None = None) -> str | None:
    """A display name: ``'jo@x.org (Jo Doe)'`` and ``'Jo Doe <jo@x.org>'`` give ``'Jo Doe'``."""
    name = " ".join((name or "").split())
    if name and "@" not in name:
        return name
    if name:
        match = AUTHOR_EMAIL_NAME_RE.match(name) or None
        if match and match.group(2).strip():
            return match.group(2).strip()
        match = AUTHOR_NAME_EMAIL_RE.match(name)
        if match and match.group(1):
            return match.group(1)
        return name
    email = (email or "").strip()
    return email or None


def feedparser_author(detail: dict[str, Any], raw: str | None) -> str | None:
    """The author of a feedparser item: its ``author_detail`` unless feedparser's address pattern cut the
    address short (a top-level domain over four letters: ``jo@x.industries (Jo)`` gave the name
    ``stries (Jo`` and the address ``jo@x.indu``); then the raw ``author`` read as the fast path reads it."""
    email = detail.get("email") or ""
    if raw and email and re.search(re.escape(email) + r"[\w.-]", raw):
        return clean_author(raw)
    return clean_author(detail.get("name"), email) or clean_author(raw)


def resolve_url(base: str | None, href: str | None) -> str | None:
    """``href`` made absolute against ``base``. None when empty, invalid, or absolute with a scheme
    other than http(s) (``tag:``, ``javascript:``, ``mailto:``); kept relative when nothing resolves it.
    """
    href = (href or "").strip()
    if not href:
        return None
    if href[0] == "<":  # markup, no URL: an escaped anchor gives its href (round nine)
        found = ANCHOR_HREF_RE.match(href)
        href = html.unescape(next(g for g in found.groups() if g is not None)).strip() if found else ""
        if not href:
            return None
    if "\t" in href or "\n" in href or "\r" in href:  # dropped by browsers: "java\tscript:" runs
        href = href.replace("\t", "").replace("\n", "").replace("\r", "")
    if "&" in href:
        href = ESCAPED_AMPERSAND_RE.sub("&", href)  # a query separator no server means as "&amp;"
    if SCHEMELESS_WWW_RE.match(href):
        scheme = "https" if (base or "").lower().startswith("https:") else "http"
        href = f"{scheme}://{href}"  # as an address bar reads it, with the feed's scheme
    try:
        url = href if (not base or ABSOLUTE_URL_RE.match(href)) else urljoin(base, href)
        if "[" in url:
            urlsplit(url)  # raises ValueError for a malformed IPv6 host
    except ValueError:
        return None
    match = SCHEME_RE.match(url)
    if match and match.group(1).lower() not in WEB_SCHEMES:
        return None
    return url


def pick_orig_link(value: str | None) -> str | None:
    """A FeedBurner item's ``feedburner:origLink``: the article's own URL behind its feedproxy redirect
    link, taken as the item's link (round ten); None unless it is an absolute http(s) URL."""
    url = resolve_url(None, value)
    return url if url and url[:8].lower().startswith(("http://", "https://")) else None


def is_guid_link(guid: str | None) -> bool:
    """Whether a permalink guid (RSS ``isPermaLink`` is true unless said otherwise) may be an item's
    link: an http(s) URL or a path has a ``/``; a guid without one (``12345``, ``a1b2-c3``) is an
    identifier a generator forgot to mark, no page on the feed's host (round nine)."""
    return "/" in (guid or "")


def clean_guid(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def element_base(element: Any, default: str | None) -> str | None:
    """``default`` (the feed URL or the parent's base) combined with the element's ``xml:base``."""
    value = element.get(XML_BASE)
    if value is None:
        return default
    return resolve_url(default, value) or default


def find_last(element: Any, path: str) -> Any:
    """The last match of ``path``: feedparser lets a later duplicate overwrite an earlier one."""
    found = None
    for found in element.iterfind(path):  # noqa: B007
        pass
    return found


def find_enclosure(element: Any, base: str | None) -> str | None:
    """The URL of the item's first enclosure with one that is not an image (see :data:`ENCLOSURE_PATHS`)."""
    for path, attribute in ENCLOSURE_PATHS:
        for found in element.iterfind(path):
            if is_image_type(found.get("type")) or found.get("medium") == "image":
                continue
            url = resolve_url(element_base(found, base), found.get(attribute))
            if url:
                return url
    return None


def is_image_type(media_type: object) -> bool:
    """An image enclosure (a thumbnail, often the same one on many items) names no item."""
    return isinstance(media_type, str) and media_type.strip().lower().startswith("image/")


def element_lang(element: Any) -> str | None:
    """The ``xml:lang`` in scope at ``element``."""
    node = element
    while node is not None:
        value = node.get(XML_LANG)
        if value is not None:
            return value
        node = node.getparent()
    return None
