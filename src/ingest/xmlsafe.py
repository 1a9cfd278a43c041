"""Make a feed body safe for an XML parser: resolve its encoding, drop the DOCTYPE, re-encode as UTF-8.

Nothing here parses XML. :func:`sanitize_xml` turns raw bytes into UTF-8 bytes whose prolog holds a
fresh ``<?xml version="1.0" encoding="utf-8"?>`` declaration, the original comments and processing
instructions, and no DOCTYPE: entity declarations (billion laughs, quadratic blow-up, XXE) are gone
before lxml or feedparser sees the body. C1 controls (``&#146;`` or a raw U+0092) become the
windows-1252 characters they were meant as (feedparser's rule, applied before both parsers);
``thorough=True`` also removes the C0 controls that XML 1.0 forbids (used when a parser complained).

The encoding is resolved by :mod:`ingest.charsets` (a BOM, the HTTP ``charset``, the XML
declaration, UTF-8, a guess, windows-1252, with the exceptions listed there); falling past a
declared encoding marks the result ``bozo``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.charsets import decode_body, list_declared, lookup_codec
from ingest.xmlchars import repair_ampersands, repair_charrefs

XML_DECL_RE = re.compile(r"^\s*<\?xml\b[^>]*?\?>", re.I)
PROLOG_TOKEN_RE = re.compile(r"\s+|<\?.*?\?>|<!--.*?-->|<!|<([A-Za-z_][\w.:-]*)?", re.S)
DECLARATION_STOP_RE = re.compile(r"<!--|<\?|[\"'\[\]>]")
DECLARATION_CLOSERS = {'"': '"', "'": "'", "<!--": "-->", "<?": "?>"}
# "&#146;", since round twelve also "&#x92;" (it stayed a C1 control), or a raw U+0092
C1_CHARREF_RE = re.compile(r"&#(?:0*(12[89]|1[3-5][0-9])|[xX]0*([89][0-9a-fA-F]));|([\x80-\x9f])")
C1_CHARREF_BYTES_RE = re.compile(rb"&#(?:0*(?:12[89]|1[3-5][0-9])|[xX]0*[89][0-9a-fA-F]);")
C1_RAW_BYTES_RE = re.compile(rb"\xc2[\x80-\x9f]")  # two patterns: each keeps re's literal-prefix scan
INVALID_XML_CHARS_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# round seventeen: a vertical tab (Word's line break inside a paragraph) or a form feed (its page break) is
# whitespace, forbidden in XML 1.0 but standing between words: dropped, "Form\x0cfeed" read "Formfeed"
SPACE_CONTROLS = "\x0b\x0c"
UTF8_DECL = '<?xml version="1.0" encoding="utf-8"?>\n'
PROLOG_HEAD = 8192
# A body that starts with an XML declaration naming UTF-8 (or none) or with markup right away.
STANDARD_START_RE = re.compile(rb"(?:\xef\xbb\xbf)?(?:<\?xml\s[^>]*?\?>|<(?!\?xml))", re.I)
# Round nine: general entities an internal subset declares with plain text (<!ENTITY site "Daily
# News">): expanded after the DOCTYPE is dropped, since "&site;" was left as text. Only text and
# character references, at most 200 characters each, 32 entities, and 1 MiB of expansion in all: no
# nesting (billion laughs), no external or parameter entities (XXE), no quadratic blow-up.
PLAIN_ENTITY_RE = re.compile(
    r"""<!ENTITY\s+([A-Za-z_][\w.-]{0,63})\s+(?:"((?:[^"&<%]|&#\w{1,8};){0,200})"|'((?:[^'&<%]|&#\w{1,8};){0,200})')\s*>"""
)
MAX_ENTITIES, MAX_EXPANSION = 32, 1 << 20
XML_PREDEFINED = frozenset({"lt", "gt", "amp", "quot", "apos"})  # never redeclared


CDATA_OPEN = b"<![CDATA["
MARK, MARK_END = "\ue000", "\ue001"  # private-use characters; no lifting if the body has one
MARK_BYTES, MARK_END_BYTES = MARK.encode(), MARK_END.encode()
LIFT_MIN = 256
# Feed element names in another case (<Item>, <Title>, <pubdate>): feedparser folds the case of names
# and reads them, lxml does not; the fast path leaves such a feed to feedparser.
NAMES = b"channel|item|title|link|description|guid|pubDate|author|entry|summary|content|id"
CASE_VARIANT_RE = re.compile(rb"<(?!(?:%s)[\s/>])(?i:%s)[\s/>]" % (NAMES, NAMES))


@dataclass(frozen=True, slots=True)
class SafeXml:
    data: bytes  # UTF-8, fresh XML declaration, no DOCTYPE, no forbidden characters
    encoding: str  # the codec used to decode the original bytes
    root: str | None  # name of the first element ("rss", "feed", "rdf:RDF", "html"), None if none
    doctype_removed: bool
    bozo_reason: str | None = None


def sanitize_xml(body: bytes, content_type: str | None = None, *, thorough: bool = False) -> SafeXml:
    """Decode ``body``, drop its DOCTYPE, map C1 character references and re-encode it as UTF-8.

    A body that declares UTF-8 (or nothing) is handled as bytes without validating it: lxml rejects
    invalid UTF-8, and the caller then asks again with ``thorough=True``, which decodes by the full
    rules above and also drops the characters XML forbids (scanning for them costs more than
    parsing, so that is done only when a parser has complained).
    """
    if not thorough and declares_utf8(body, content_type):
        # latin-1: one byte is one character, so offsets carry over to the bytes. The prolog is short
        # unless a DOCTYPE is large: scan the head first and the whole body only when needed.
        kept, pos, root, removed = strip_prolog(body[:PROLOG_HEAD].decode("latin-1"))
        if root is None and len(body) > PROLOG_HEAD:
            kept, pos, root, removed = strip_prolog(body.decode("latin-1"))
        c1_refs = C1_CHARREF_BYTES_RE.search(body, pos) is not None or (
            b"\xc2" in body and C1_RAW_BYTES_RE.search(body, pos) is not None
        )
        if not removed and not c1_refs and STANDARD_START_RE.match(body):
            return SafeXml(body, "utf-8", root, removed)  # already safe as it is: no copy
        data = body[pos:]
        if removed and b"<!ENTITY" in body[:pos]:
            prolog = body[:pos].decode("latin-1")
            data = expand_plain_entities(data.decode("latin-1"), prolog).encode("latin-1")
        if c1_refs:
            data = C1_CHARREF_BYTES_RE.sub(replace_c1_charref_bytes, data)
            data = C1_RAW_BYTES_RE.sub(replace_c1_charref_bytes, data)
        return SafeXml(UTF8_DECL.encode() + kept.encode("latin-1") + data, "utf-8", root, removed)
    text, encoding, reason = decode_body(body, content_type)
    kept, pos, root, removed = strip_prolog(text)
    text = kept + (expand_plain_entities(text[pos:], text[:pos]) if "<!ENTITY" in text[:pos] else text[pos:])
    text = C1_CHARREF_RE.sub(replace_c1_charref, text)
    if thorough:
        text, count = INVALID_XML_CHARS_RE.subn(replace_invalid_char, text)
        if "&#" in text:
            text, refs = repair_charrefs(text)
            count += refs
        escaped = 0
        if "&" in text:
            text, escaped = repair_ampersands(text)
        if count and not reason:
            reason = f"removed or replaced {count} character(s) not allowed in XML"
        elif escaped and not reason:
            reason = f"escaped {escaped} bare '&' or HTML-only entities"
    return SafeXml(UTF8_DECL.encode() + text.encode("utf-8"), encoding, root, removed, reason)


def expand_plain_entities(text: str, prolog: str) -> str:
    """``text`` with the references to the plain-text entities ``prolog`` declares replaced by their
    values (see PLAIN_ENTITY_RE); an entity whose expansion would pass the budget stays a reference."""
    budget = MAX_EXPANSION
    for i, found in enumerate(PLAIN_ENTITY_RE.finditer(prolog) if "&" in text else ()):
        name, value = found.group(1), found.group(2) if found.group(2) is not None else found.group(3)
        if i >= MAX_ENTITIES:
            break
        ref = f"&{name};"
        count = 0 if name in XML_PREDEFINED else text.count(ref)
        if count and count * len(value) <= budget:
            budget -= count * len(value)
            text = text.replace(ref, value)
    return text


def declares_utf8(body: bytes, content_type: str | None) -> bool:
    """True when every encoding the body declares (BOM, HTTP, XML declaration) is UTF-8, or none is."""
    return all(lookup_codec(label) == "utf-8" for label in list_declared(body, content_type))


def replace_invalid_char(match: re.Match[str]) -> str:
    """A character XML forbids: a space for a vertical tab or form feed, else nothing."""
    return " " if match.group(0) in SPACE_CONTROLS else ""


def replace_c1_charref(match: re.Match[str]) -> str:
    """``&#146;`` (or a raw U+0092) means the windows-1252 character, a curly quote, not a C1 control."""
    decimal, hexadecimal, raw = match.groups()
    code = int(decimal) if decimal else int(hexadecimal, 16) if hexadecimal else ord(raw)
    char = bytes([code]).decode("cp1252", "ignore")
    return char if char else match.group(0)


def replace_c1_charref_bytes(match: re.Match[bytes]) -> bytes:
    found = C1_CHARREF_RE.match(match.group(0).decode("utf-8"))
    return replace_c1_charref(found).encode("utf-8") if found else match.group(0)


def strip_prolog(text: str) -> tuple[str, int, str | None, bool]:
    """Drop the XML declaration and any DOCTYPE (with its internal subset) before the root element.

    Returns ``(comments and PIs kept from the prolog, offset where the rest starts, root element
    name, whether a declaration was removed)``; the safe document is ``kept + text[offset:]``.
    Stray ``<!ENTITY`` or ``<!`` declarations in the prolog are dropped as well.
    """
    decl = XML_DECL_RE.match(text)
    pos = decl.end() if decl else 0
    kept: list[str] = []
    removed = False
    root = None
    while pos < len(text):
        match = PROLOG_TOKEN_RE.match(text, pos)
        if match is None:  # text before the root element: keep it, the parser will judge it
            break
        token = match.group(0)
        if token.startswith("<!") and not token.startswith("<!--"):
            pos = skip_declaration(text, match.end())
            removed = True
            continue
        if token == "<":  # "<" followed by a non-name: not markup we know
            break
        if match.group(1):
            root = match.group(1)
            break
        if not token.isspace():
            kept.append(token)
        pos = match.end()
    return "".join(kept), pos, root, removed


def skip_declaration(text: str, pos: int) -> int:
    """Index just past the ``>`` closing a declaration that starts before ``pos``.

    Square brackets (the internal subset) nest; quoted strings, comments and processing
    instructions inside are skipped whole. Unterminated constructs run to the end of the text.
    """
    depth = 0
    end = len(text)
    while pos < end:
        match = DECLARATION_STOP_RE.search(text, pos)
        if match is None:
            return end
        token = match.group(0)
        pos = match.end()
        closer = DECLARATION_CLOSERS.get(token)
        if closer is not None:
            found = text.find(closer, pos)
            if found < 0:
                return end
            pos = found + len(closer)
        elif token == "[":
            depth += 1
        elif token == "]":
            depth = max(depth - 1, 0)
        elif depth == 0:  # ">"
            return pos
    return end


def lift_cdata(data: bytes) -> tuple[bytes, list[bytes]]:
    """Replace large CDATA sections by numbered placeholders (restored by :func:`element_text`).

    libxml2 spends about half its time on the CDATA of a typical news feed (content:encoded); the
    placeholders halve the parse. The scan skips comments, as the XML grammar does; the lifted
    bytes are checked when restored (UTF-8, no forbidden characters), else the path refuses.
    """
    if CDATA_OPEN not in data or (b"\xee" in data and MARK_BYTES in data):
        return data, []
    find = data.find  # single-byte finds run at memchr speed; multi-byte ones are much slower
    parts: list[bytes] = []
    lifted: list[bytes] = []
    pos = scan = 0
    while (bang := find(b"!", scan)) >= 0:
        scan = bang + 1
        if bang == 0 or data[bang - 1] != 0x3C:  # not "<!"
            continue
        if data.startswith(b"[CDATA[", scan):
            end = find(b"]", scan + 7)
            while end >= 0 and not data.startswith(b"]]>", end):
                end = find(b"]", end + 1)
            if end < 0:
                break
            if end - bang >= LIFT_MIN:
                parts += (data[pos : bang - 1], b"%s%d%s" % (MARK_BYTES, len(lifted), MARK_END_BYTES))
                lifted.append(data[scan + 7 : end])
                pos = end + 3
            scan = end + 3
        elif data.startswith(b"--", scan):  # a comment: whatever it holds is not CDATA
            end = find(b"-->", scan + 2)
            if end < 0:
                break
            scan = end + 3
    if not lifted:
        return data, []
    parts.append(data[pos:])
    return b"".join(parts), lifted
