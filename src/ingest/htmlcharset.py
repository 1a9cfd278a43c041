"""The character encoding of an HTML page, as browsers find it, and the page as text.

``decode_html(body, content_type)``: a BOM; else the byte pattern of UTF-16/32 markup (a NUL byte
beside each ASCII one: a UTF-16 page without a BOM under a ``charset=utf-8`` label or none, round
thirteen); else the HTTP ``charset`` and the ``<meta charset>`` / ``<meta http-equiv>`` / XML
declaration of the first 4 KiB (the meta one first when HTTP only names Latin-1, a common server
default; UTF-8 first when a single-byte label covers valid multi-byte UTF-8: Latin-1, and since round
thirteen any other, ``windows-1251`` or ``koi8-r`` as a host's default; a UTF-16 or UTF-32 label on a
body without that byte pattern is ignored, round thirteen); the first of those that decodes the
bytes; else UTF-8; else ``charset_normalizer``'s guess. Latin-1 and ASCII labels mean windows-1252,
as in browsers. Pure.
"""

from __future__ import annotations

import codecs
import re

from ingest.charsets import WIDE_START_RE, is_single_byte

WIDE_CODECS = ("utf-16", "utf-32")  # labels that fit no body without their byte pattern (a UTF-8 page)
PRESCAN_BYTES = 4096  # where a <meta charset> is looked for (as browsers do)
SNIFF_BYTES = 256 * 1024
META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
XML_ENCODING_RE = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""")
CHARSET_PARAM_RE = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:\-]+)", re.IGNORECASE)
LATIN1_FAMILY = frozenset({"cp1252"})  # what Latin-1 and ASCII labels become (as in browsers)
ENCODING_ALIASES = {
    "x-cp1251": "cp1251",
    "win-1251": "cp1251",
    "x-mac-cyrillic": "mac-cyrillic",
    "x-sjis": "shift_jis",
}
BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Bytes → text and the encoding used: BOM, then the HTTP charset, then ``<meta>``/XML declaration
    (the meta one first when HTTP only names Latin-1, a common server default), then UTF-8, then sniffing."""
    for bom, name in BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(name, errors="replace"), name
    wide = WIDE_START_RE.match(body)
    if wide is not None and wide.lastgroup:  # NULs between ASCII markup: no 8-bit label can be right
        name = wide.lastgroup.replace("_", "-")
        return body.decode(name, errors="replace"), name
    labels = (charset_label(content_type or ""), prescan_charset(body))
    declared = [e for e in labels if e and not e.startswith(WIDE_CODECS)]  # wide: its byte pattern is above
    if len(declared) == 2 and declared[0] in LATIN1_FAMILY and declared[1] not in LATIN1_FAMILY:
        declared.reverse()
    if any(is_single_byte(e) for e in declared) and is_utf8(body):
        declared.insert(0, "utf-8")  # declared Latin-1 (since round thirteen any 8-bit set), written in UTF-8
    for name in [*declared, "utf-8"]:
        try:
            return body.decode(name), name
        except (UnicodeDecodeError, LookupError):
            continue
    import charset_normalizer  # 35 ms of CPU to import, for the few bodies that need a guess

    best = charset_normalizer.from_bytes(body[:SNIFF_BYTES]).best()
    sniffed = normalise_encoding(best.encoding) if best is not None else None
    fallback = sniffed or (declared[0] if declared else "cp1252")
    return body.decode(fallback, errors="replace"), fallback


def prescan_charset(body: bytes) -> str | None:
    head = body[:PRESCAN_BYTES]
    for regex in (XML_ENCODING_RE, META_CHARSET_RE):
        match = regex.search(head)
        if match:
            name = normalise_encoding(match.group(1).decode("ascii", errors="ignore"))
            if name:
                return name
    return None


def charset_label(content_type: str) -> str | None:
    """The codec named by a Content-Type's charset parameter."""
    match = CHARSET_PARAM_RE.search(content_type)
    return normalise_encoding(match.group(1)) if match else None


def normalise_encoding(label: str | None) -> str | None:
    """A Python codec name for a charset label; Latin-1 and ASCII labels mean windows-1252 (as in browsers)."""
    if not label:
        return None
    label = label.strip().lower()
    try:
        name = codecs.lookup(ENCODING_ALIASES.get(label, label)).name
    except LookupError:
        return None
    return "cp1252" if name in ("iso8859-1", "latin-1", "ascii") else name


def is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not body.isascii()
