"""Character-level repairs for feed text that XML parsers refuse (used by :mod:`ingest.xmlsafe`).

Numeric character references to code points XML forbids, and UTF-8 bodies with a few invalid bytes.
Pure functions on text.
"""

from __future__ import annotations

import html.entities
import re

# A numeric character reference, optionally followed at once by a second one (a UTF-16 surrogate
# pair written as two references, as JavaScript-built feeds do for emoji: &#55357;&#56832;).
CHARREF_PAIR_RE = re.compile(
    r"(?P<a>&#(?:[xX](?P<ah>[0-9a-fA-F]{1,16})|(?P<ad>[0-9]{1,16}));)"
    r"(?P<b>&#(?:[xX](?P<bh>[0-9a-fA-F]{1,16})|(?P<bd>[0-9]{1,16}));)?"
)
# A reference to a UTF-16 surrogate (a superset of 55296-57343 in decimal: only a first check)
SURROGATE_REF_RE = re.compile(r"&#(?:5[5-7][0-9]{3}|[xX]0*[dD][89a-fA-F][0-9a-fA-F]{2});")
# Every "&", with the reference it opens when it opens a well-formed one.
AMPERSAND_RE = re.compile(r"&(?:(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{0,31});)?")
XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})
LITERAL_SECTIONS = (("<![CDATA[", "]]>"), ("<!--", "-->"))  # where "&" is text, not markup
ESCAPED_BYTES_RE = re.compile("[\udc80-\udcff]+")  # invalid bytes kept by "surrogateescape"
NON_ASCII_RE = re.compile("[^\x00-\x7f]")
# A UTF-16 surrogate written as three UTF-8 bytes (CESU-8, Java's modified UTF-8, MySQL's three-byte
# "utf8" fed with emoji): a high one followed by a low one is one character, any other is none.
CESU_PAIR_RE = re.compile(rb"\xed[\xa0-\xaf][\x80-\xbf]\xed[\xb0-\xbf][\x80-\xbf]")
CESU_LONE_RE = re.compile(rb"\xed[\xa0-\xbf][\x80-\xbf]")


def repair_charrefs(text: str) -> tuple[str, int]:
    """Character references to code points XML forbids, which make lxml refuse the document and
    feedparser yield unencodable text: a surrogate pair written as two references becomes its
    character, other surrogates and non-characters U+FFFD, a vertical tab or form feed a space, other
    C0 controls nothing. Returns the text
    and how many references were changed."""
    changed = 0

    def fix(match: re.Match[str]) -> str:
        nonlocal changed
        first = parse_charref(match["ah"], match["ad"])
        second = parse_charref(match["bh"], match["bd"]) if match["b"] else None
        if 0xD800 <= first <= 0xDBFF and second is not None and 0xDC00 <= second <= 0xDFFF:
            changed += 1
            return chr(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
        out = [fix_charref(first, match["a"])]
        if second is not None:
            out.append(fix_charref(second, match["b"]))
        changed += sum(part != ref for part, ref in zip(out, (match["a"], match["b"]), strict=False))
        return "".join(out)

    return CHARREF_PAIR_RE.sub(fix, text), changed


def join_surrogate_refs(text: str) -> str:
    """HTML or text with an emoji written as two references to its UTF-16 halves (``&#55357;&#56832;``:
    Java's old ``escapeHtml``, some .NET encoders) with that character instead, which ``html.unescape``
    and HTML parsers read as two U+FFFD (round twelve); other text is returned as it is."""
    if "&#" not in text or SURROGATE_REF_RE.search(text) is None:
        return text
    return repair_charrefs(text)[0]


def parse_charref(hex_digits: str | None, digits: str | None) -> int:
    return int(hex_digits, 16) if hex_digits else int(digits or "0")


def fix_charref(code: int, ref: str) -> str:
    """``ref`` unchanged when it names a character XML allows, else its replacement."""
    if (
        code in (9, 10, 13)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    ):
        return ref
    if code in (11, 12):  # a vertical tab or form feed stands between words (round seventeen)
        return " "
    return "" if code < 0x20 else "\ufffd"


def repair_ampersands(text: str) -> tuple[str, int]:
    """Make a document with bare ``&`` ("Tom & Jerry", "?a=1&b=2") or HTML-only entities
    (``&nbsp;``, ``&eacute;``: the DOCTYPE that could declare them is gone) well-formed, as
    feedparser's loose parser reads them: a bare ``&`` becomes ``&amp;``, an HTML5 entity its
    numeric reference, an unknown one literal text. CDATA sections and comments are left alone.
    Returns the text and how many were changed (lxml then parses what only feedparser could)."""
    changed = 0

    def fix(match: re.Match[str]) -> str:
        nonlocal changed
        name = match.group(1)
        if name and (name[0] == "#" or name in XML_ENTITIES):
            return match.group(0)
        changed += 1
        value = html.entities.html5.get(f"{name};") if name else None
        if value is None:
            return "&amp;" + match.group(0)[1:]
        return "".join(f"&#{ord(char)};" for char in value)

    parts: list[str] = []
    pos = 0
    while pos < len(text):
        starts = [(text.find(opener, pos), closer) for opener, closer in LITERAL_SECTIONS]
        start, closer = min(((i, c) for i, c in starts if i >= 0), default=(len(text), ""))
        parts.append(AMPERSAND_RE.sub(fix, text[pos:start]))
        if not closer:
            break
        end = text.find(closer, start)
        end = len(text) if end < 0 else end + len(closer)
        parts.append(text[start:end])
        pos = end
    return "".join(parts), changed


def join_cesu8(body: bytes) -> tuple[bytes, int]:
    """``body`` with each surrogate pair written as two three-byte sequences (CESU-8: "😀" as
    ``ED A0 BD ED B8 80``) turned into the character's four UTF-8 bytes, and a lone surrogate into
    U+FFFD; ``(body, 0)`` when there is none. Strict UTF-8 refuses these bytes, so a feed with one
    emoji written so was decoded as a legacy encoding throughout (gb18030, mac-cyrillic)."""
    if b"\xed" not in body or CESU_LONE_RE.search(body) is None:
        return body, 0

    def join(match: re.Match[bytes]) -> bytes:
        pair = match.group(0).decode("utf-8", "surrogatepass")
        return pair.encode("utf-16-le", "surrogatepass").decode("utf-16-le").encode("utf-8")

    joined, pairs = CESU_PAIR_RE.subn(join, body)
    joined, lone = CESU_LONE_RE.subn("\ufffd".encode(), joined)
    return joined, pairs + lone


def decode_mostly_utf8(body: bytes) -> tuple[str | None, int]:
    """UTF-8 text with a few invalid bytes (a stray Latin-1 or windows-1252 character pasted into a
    UTF-8 feed) as UTF-8, each invalid run read as windows-1252; ``(None, 0)`` unless valid UTF-8
    sequences clearly outnumber the invalid bytes (so legacy single-byte text is left to the
    other candidates). Browsers would show U+FFFD instead; the smart quote is usually meant."""
    text = body.decode("utf-8", "surrogateescape")
    invalid = sum(map(len, ESCAPED_BYTES_RE.findall(text)))
    valid = len(NON_ASCII_RE.findall(text)) - invalid
    if not invalid or valid < 2 * invalid:
        return None, 0

    def unescape(match: re.Match[str]) -> str:
        return bytes(ord(c) - 0xDC00 for c in match.group(0)).decode("cp1252", "replace")

    return ESCAPED_BYTES_RE.sub(unescape, text).removeprefix("\ufeff"), invalid


# Encoding labels as browsers read them (WHATWG Encoding Standard): a label names a larger
# encoding than Python's codec of that name (Shift_JIS pages hold Windows-31J characters such as
# "①" and "髙", GB2312 ones GBK characters such as "镕"), or a spelling Python does not know.
LABEL_SUPERSETS = {
    "latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252",
    "shift_jis": "cp932", "euc_kr": "cp949", "gb2312": "gb18030", "gbk": "gb18030",
    "big5": "big5hkscs", "iso8859-9": "cp1254", "tis-620": "cp874", "iso8859-11": "cp874",
}  # fmt: skip
LABEL_ALIASES = {
    "windows-31j": "cp932", "x-sjis": "cp932", "x-euc-jp": "euc_jp", "x-gbk": "gb18030",
    "unicode": "utf-16", "ucs-2": "utf-16", "iso-10646-ucs-2": "utf-16", "cseuckr": "euc_kr",
}  # fmt: skip
WINDOWS_LABEL_RE = re.compile(r"^(?:x-)?(?:cp|ms|win|windows)[-_ ]?(\d{3,4})$")  # cp-1251, win1251


def respell_label(label: str) -> str:
    """A spelling of an encoding label that Python's codecs know (``x-mac-roman`` -> ``mac-roman``,
    ``cp-1251``/``win1251``/``windows-874`` -> ``cp1251``/``cp874``); the label itself otherwise."""
    folded = label.lower()
    if folded in LABEL_ALIASES:
        return LABEL_ALIASES[folded]
    windows = WINDOWS_LABEL_RE.match(folded)
    if windows:
        return f"cp{windows.group(1)}"
    return folded.removeprefix("x-")
