"""Import feed subscriptions from OPML, leniently, and write them as a feeds file (TOML).

Real OPML exports are often not well-formed XML (a raw ``&`` in a URL, an unescaped ``"`` inside
an attribute). A well-formed file is parsed with lxml (entities not resolved, no network); any
other file falls back to a tolerant scanner that reads ``<outline …>`` tags with regexes: an
attribute value runs to the last ``"`` before the next ``name="`` or the end of the tag, and
entities are unescaped leniently. Nesting is kept, so a ``language`` on a category outline applies
to the feeds inside it. Everything not imported is reported in the returned list of reasons.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

from lxml import etree

from ingest.config import ConfigError
from ingest.models import Feed

XML_DECL_ENCODING_RE = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)
OUTLINE_TOKEN_RE = re.compile(
    r"<outline\b(?P<attrs>.*?)(?P<selfclose>/?)\s*>(?=\s*(?:<|$))|(?P<end></outline\s*>)",
    re.DOTALL | re.IGNORECASE,
)
ATTR_RE = re.compile(
    r"""([A-Za-z_:][-\w:.]*)\s*=\s*(?:"(.*?)"|'(.*?)')(?=\s+[A-Za-z_:][-\w:.]*\s*=|\s*$)""",
    re.DOTALL,
)
LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$")
OUTLET_SPLIT_RE = re.compile(r"\s+[-–—|:]\s+")
TOML_ESCAPE_RE = re.compile(r'["\\\x00-\x1f\x7f]')
TOML_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}

Outline = tuple[dict[str, str], list[dict[str, str]]]  # attributes (lower-case names), ancestors


def import_opml(path: Path) -> tuple[list[Feed], list[str]]:
    """Feeds from an OPML file, and one human-readable line for everything skipped."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{path}: OPML file not found") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read OPML file ({exc.strerror})") from None
    skipped: list[str] = []
    try:
        outlines = list(parse_strict(raw))
    except etree.XMLSyntaxError as exc:
        skipped.append(f"{path.name}: not well-formed XML ({exc.msg}); read leniently")
        outlines = list(parse_lenient(decode_text(raw)))
    feeds = build_feeds(outlines, skipped)
    if not feeds and not outlines:
        skipped.append(f"{path.name}: no <outline> elements found")
    return feeds, skipped


def parse_strict(raw: bytes) -> Iterator[Outline]:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)
    root = etree.fromstring(raw, parser=parser)

    def walk(elem: etree._Element, ancestors: list[dict[str, str]]) -> Iterator[Outline]:
        for child in elem:
            if not isinstance(child.tag, str):
                continue
            if etree.QName(child).localname.lower() == "outline":
                attrs = {str(k).lower(): str(v) for k, v in child.attrib.items()}
                yield attrs, ancestors
                yield from walk(child, [*ancestors, attrs])
            else:
                yield from walk(child, ancestors)

    yield from walk(root, [])


def parse_lenient(text: str) -> Iterator[Outline]:
    stack: list[dict[str, str]] = []
    for match in OUTLINE_TOKEN_RE.finditer(COMMENT_RE.sub("", text)):
        if match.group("end"):
            if stack:
                stack.pop()
            continue
        attrs = parse_attributes(match.group("attrs"))
        yield attrs, list(stack)
        if not match.group("selfclose"):
            stack.append(attrs)


def parse_attributes(text: str) -> dict[str, str]:
    attrs: dict[str, str] = {}
    for m in ATTR_RE.finditer(text.strip()):
        value = m.group(2) if m.group(2) is not None else m.group(3)
        attrs.setdefault(m.group(1).lower(), html.unescape(value))
    return attrs


def decode_text(raw: bytes) -> str:
    match = XML_DECL_ENCODING_RE.match(raw)
    encoding = match.group(1).decode("ascii") if match else "utf-8"
    try:
        return raw.decode(encoding, errors="replace").lstrip("\ufeff")
    except LookupError:
        return raw.decode("utf-8", errors="replace").lstrip("\ufeff")


def build_feeds(outlines: list[Outline], skipped: list[str]) -> list[Feed]:
    feeds: list[Feed] = []
    seen_urls: dict[str, str] = {}
    names: set[str] = set()
    has_children = {id(a) for _, ancestors in outlines for a in ancestors}
    for attrs, ancestors in outlines:
        label = clean_text(attrs.get("title") or attrs.get("text") or "")
        raw_url = (attrs.get("xmlurl") or "").strip()
        if not raw_url:
            if id(attrs) not in has_children and (attrs.get("type") or attrs.get("htmlurl")):
                skipped.append(f"outline {label or '(untitled)'!r}: no xmlUrl")
            continue
        url = normalise_url(raw_url)
        if url is None:
            skipped.append(f"outline {label or raw_url!r}: not an http(s) URL: {raw_url!r}")
            continue
        key = make_feed_url_key(url)
        if key in seen_urls:
            skipped.append(f"outline {label or url!r}: duplicate of feed {seen_urls[key]!r} ({url})")
            continue
        name = unique_name(label or urlsplit(url).hostname or url, names)
        seen_urls[key] = name
        feeds.append(
            Feed(
                name=name,
                url=url,
                outlet=clean_text(attrs.get("outlet", "")) or outlet_from_title(label) or name,
                language=find_language(attrs, ancestors),
            )
        )
    return feeds


def clean_text(value: str) -> str:
    return " ".join(value.split())


def normalise_url(url: str) -> str | None:
    """http(s) URLs as given; ``feed:`` URLs turned into http(s); anything else is None."""
    if url.lower().startswith("feed:"):
        rest = url[5:]
        url = rest if rest.lower().startswith(("http://", "https://")) else "http:" + rest
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or any(c.isspace() for c in url):
        return None
    return url


def make_feed_url_key(url: str) -> str:
    """What two spellings of one feed URL share (round eleven): the scheme (http or https), the host's
    case, a default port and a trailing slash aside. Path and query keep their case."""
    parts = urlsplit(url)
    try:
        port = parts.port if parts.port not in (80, 443) else None
    except ValueError:  # a port that is no number: the URL is its own key
        return url
    host = (parts.hostname or "").rstrip(".")
    netloc = f"{host}:{port}" if port else host
    return f"{netloc}{parts.path.rstrip('/') or '/'}?{parts.query}"


def unique_name(base: str, names: set[str]) -> str:
    name, n = base, 1
    while name in names:
        n += 1
        name = f"{base} ({n})"
    names.add(name)
    return name


def outlet_from_title(title: str) -> str:
    """``"The Moscow Times - Independent News"`` → ``"The Moscow Times"``."""
    head = OUTLET_SPLIT_RE.split(title, maxsplit=1)[0].strip()
    return head if len(head) >= 2 else title


def find_language(attrs: dict[str, str], ancestors: list[dict[str, str]]) -> str | None:
    for candidate in (attrs, *reversed(ancestors)):
        value = (candidate.get("language") or candidate.get("lang") or "").strip().lower().replace("_", "-")
        if value:
            return value if LANGUAGE_RE.match(value) else None
    return None


def toml_string(value: str) -> str:
    return (
        '"'
        + TOML_ESCAPE_RE.sub(lambda m: TOML_ESCAPES.get(m.group(), f"\\u{ord(m.group()):04x}"), value)
        + '"'
    )


def feeds_to_toml(feeds: Iterable[Feed], source: str | None = None) -> str:
    """A feeds file (``[[feeds]]`` tables) that :func:`ingest.config.load_feeds` reads back."""
    lines = [f"# Imported from {' '.join(source.split())}" if source else "# Feeds file", ""]
    for feed in feeds:
        lines.append("[[feeds]]")
        lines.append(f"name = {toml_string(feed.name)}")
        lines.append(f"url = {toml_string(feed.url)}")
        lines.append(f"outlet = {toml_string(feed.outlet)}")
        if feed.language:
            lines.append(f"language = {toml_string(feed.language)}")
        if feed.fulltext != "auto":
            lines.append(f"fulltext = {toml_string(feed.fulltext)}")
        if not feed.enabled:
            lines.append("enabled = false")
        lines.append("")
    return "\n".join(lines)
