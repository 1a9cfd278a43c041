"""Which encoding a feed body is in, and its text: a BOM, the HTTP charset, the XML declaration, a guess.

Used by :mod:`ingest.xmlsafe` (XML bodies) and :mod:`ingest.jsonfeed`. Order, as browsers and
feedparser do: a byte-order mark wins; then the HTTP ``charset``; then the XML declaration (or the
UTF-16/32 byte pattern of ``<?xml``, or of ``<`` and a character, without a BOM); then UTF-8; then
charset-normalizer's guess; then windows-1252. The first candidate that decodes strictly and looks
like markup is used; falling past a declared encoding is reported (the parser's ``bozo``).
Exceptions, each for a way servers and generators get it wrong: valid multi-byte UTF-8 under a
single-byte label is UTF-8; UTF-8 with CESU-8 surrogates or a few stray bytes is still UTF-8; a
server's default Latin-1 charset gives way to the declaration or to the body's own script (round
seven, :func:`prefer_body_over_server_default`).
"""

from __future__ import annotations

import codecs
import functools
import re
from collections.abc import Iterator

from ingest.xmlchars import LABEL_SUPERSETS, decode_mostly_utf8, join_cesu8, respell_label

BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# XML 1.0 Appendix F, widened: the first bytes of the body without a BOM, as UTF-16/32 ("<?xm" or
# any "<" and character, after optional whitespace: a body without an XML declaration too).
WIDE_START_RE = re.compile(
    rb"(?P<utf_32_be>\x00\x00\x00<)|(?P<utf_32_le><\x00\x00\x00)"
    rb"|(?P<utf_16_be>(?:\x00[\t\n\r ])*\x00<\x00[^\x00])|(?P<utf_16_le>(?:[\t\n\r ]\x00)*<\x00[^\x00]\x00)"
)
DECL_ENCODING_RE = re.compile(rb"^\s*<\?xml\b[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']", re.I)
CHARSET_RE = re.compile(r"charset\s*=\s*[\"']?\s*([^\"';\s]+)", re.I)
SNIFF_BYTES = 64 * 1024
SERVER_DEFAULT = "cp1252"  # iso-8859-1, us-ascii and windows-1252 labels: servers' default charset
HIGH_RUN_RE = re.compile(rb"[\x80-\xff]+")
# Central European (windows-1250) letters that windows-1252 reads as signs no Western word has inside
# it: ł ą ż ľ ť as ³ ¹ ¿ ¾ and an unassigned byte ("Za¿ó³æ", "by³o", "s¹d"). Round eight.
CP1250_INSIDE_WORD_RE = re.compile(
    rb"[A-Za-z\xc0-\xd6\xd8-\xf6\xf8-\xff][\xb3\xb9\xbf\xbe\x9d][A-Za-z\xc0-\xff]"
)
CP1250_MIN_WORDS = 2  # such letters in the first 64 KiB before the body is taken for windows-1250


class EncodingError(ValueError):
    """The body decodes in no encoding at all (never raised in practice: latin-1 always decodes)."""


def parse_content_type(content_type: str | None) -> tuple[str, str | None]:
    """``'text/xml; charset="koi8-r"'`` -> ``('text/xml', 'koi8-r')``."""
    if not content_type:
        return "", None
    mime = content_type.split(";", 1)[0].strip().lower()
    match = CHARSET_RE.search(content_type)
    return mime, (match.group(1).strip().lower() if match else None)


def lookup_codec(label: str | None) -> str | None:
    """The Python codec for an encoding label as browsers read it (the larger encoding a label
    stands for, :data:`~ingest.xmlchars.LABEL_SUPERSETS`; odd spellings respelled), or None when
    Python does not know it."""
    if not label:
        return None
    label = label.strip().strip("\"'")
    for spelling in (label, respell_label(label)):
        try:
            name = codecs.lookup(spelling).name
        except (LookupError, ValueError):
            continue
        return LABEL_SUPERSETS.get(name, name)
    return None


def detect_bom(body: bytes) -> tuple[str | None, int]:
    for bom, name in BOMS:
        if body.startswith(bom):
            return name, len(bom)
    return None, 0


def list_declared(body: bytes, content_type: str | None) -> list[str]:
    """Encoding labels the body declares, strongest first: BOM, HTTP charset, XML declaration."""
    bom, _ = detect_bom(body)
    if bom:
        return [bom]
    declared: list[str] = []
    _, charset = parse_content_type(content_type)
    if charset:
        declared.append(charset)
    wide = WIDE_START_RE.match(body)
    if wide and wide.lastgroup:
        declared.append(wide.lastgroup.replace("_", "-"))
    else:
        match = DECL_ENCODING_RE.match(body[:1024])
        if match:
            declared.append(match.group(1).decode("ascii"))
    return declared


def sniff_encoding(body: bytes) -> str | None:
    """Guess a single-byte encoding. Western European text has its accented letters one or two at
    a time among ASCII ones, so short runs of high bytes mean windows-1252 (statistical detectors
    often say cp1250 there), unless letters of windows-1250 show inside words where windows-1252
    has only signs (Polish ł, ą, ż); long runs (whole Cyrillic or Greek words) go to charset-normalizer.
    """
    sample = body[:SNIFF_BYTES]
    runs = [len(run) for run in HIGH_RUN_RE.findall(sample)]
    if runs and sum(n for n in runs if n <= 2) >= 0.6 * sum(runs):
        central = len(CP1250_INSIDE_WORD_RE.findall(sample)) >= CP1250_MIN_WORDS
        if central or (try_decode(sample, "cp1252") is None and try_decode(sample, "cp1250") is not None):
            return "cp1250"  # also when bytes windows-1252 lacks are letters there (Czech ť, Ź)
        return "cp1252"
    import charset_normalizer  # 35 ms of CPU to import, for the few bodies that need a guess

    best = charset_normalizer.from_bytes(sample).best()
    return best.encoding if best is not None else None


def decode_body(body: bytes, content_type: str | None = None) -> tuple[str, str, str | None]:
    """Decode per the rules in the module docstring: ``(text, codec, bozo_reason or None)``."""
    declared = list_declared(body, content_type)
    codecs_declared = [lookup_codec(label) for label in declared]
    unknown = [label for label, codec in zip(declared, codecs_declared, strict=True) if codec is None]
    given = [codec for codec in codecs_declared if codec is not None]
    known = prefer_body_over_server_default(body, content_type, given)
    if known and known[0] not in ("utf-8", "cp1252") and is_single_byte(known[0]) and not body.isascii():
        # A UTF-8 body under a legacy label (a server default charset=windows-1251, a template's
        # declaration): valid UTF-8 with multi-byte sequences is never real legacy text.
        # windows-1252 labels are left to feedvalues.repair_mojibake, as feedparser does.
        text = try_decode(body, "utf-8")
        if text is not None:
            return text, "utf-8", f"declared encoding {known[0]} but the body is UTF-8"
    tried: set[str] = set()
    for codec in iter_candidates(body, known):
        if codec in tried:
            continue
        tried.add(codec)
        text = try_decode(body, codec)
        repaired = joined = 0
        if text is None and codec == "utf-8":
            text, repaired, joined = decode_lenient_utf8(body)
        if text is None:
            continue
        reason = None
        if joined:
            reason = f"{joined} CESU-8 surrogate sequence(s) read as their characters"
        elif repaired:
            reason = f"{repaired} invalid UTF-8 byte(s) decoded as windows-1252"
        elif known != given and codec == known[0]:
            reason = f"charset {declared[0]} taken for a server default; decoded as {codec}"
        elif unknown:
            reason = f"unknown encoding {unknown[0]!r}; decoded as {codec}"
        elif given and codec != given[0]:
            reason = f"declared encoding {given[0]} did not decode; decoded as {codec}"
        elif not given and codec != "utf-8":
            reason = f"no encoding declared and not UTF-8; decoded as {codec}"
        return text, codec, reason
    raise EncodingError("body decodes in no encoding")  # pragma: no cover - latin-1 always decodes


def prefer_body_over_server_default(body: bytes, content_type: str | None, known: list[str]) -> list[str]:
    """``known`` (the declared codecs, strongest first) with an HTTP ``charset=iso-8859-1`` (or
    windows-1252, us-ascii) moved behind what the body says of itself: servers add it to every
    answer (Apache's ``AddDefaultCharset``), so a windows-1251 feed came out as "Ïðèâåò". The XML
    declaration goes first when it names another encoding; without one, the guess from the body
    when its high bytes come in runs (whole words of another script: ``sniff_encoding``)."""
    header = lookup_codec(parse_content_type(content_type)[1])
    if header != SERVER_DEFAULT or not known or known[0] != header or body.isascii():
        return known
    if len(known) > 1:
        return [known[1], header] if known[1] != header else known
    sniffed = lookup_codec(sniff_encoding(body))
    return [sniffed, header] if sniffed not in (None, header, "latin-1") else known


def decode_lenient_utf8(body: bytes) -> tuple[str | None, int, int]:
    """A body strict UTF-8 refused, read as UTF-8 all the same when it nearly is: surrogates written
    as UTF-8 joined (CESU-8), a few stray bytes as windows-1252. ``(text, stray, joined)``."""
    joined_body, joined = join_cesu8(body)
    text = try_decode(joined_body, "utf-8") if joined else None
    if text is not None:
        return text, 0, joined
    text, repaired = decode_mostly_utf8(joined_body)
    return text, repaired, joined if text is not None else 0


@functools.cache
def is_single_byte(codec: str) -> bool:
    """True for codecs that map each byte to one character (windows-1251, koi8-r, mac-roman ...)."""
    try:
        return len(bytes(range(128, 256)).decode(codec, "replace")) == 128
    except LookupError:
        return False


def iter_candidates(body: bytes, known: list[str]) -> Iterator[str]:
    """Declared codecs first, then UTF-8, a sniffed guess, windows-1252 and latin-1 (never fails)."""
    yield from known
    yield "utf-8"
    sniffed = lookup_codec(sniff_encoding(body))
    if sniffed:
        yield sniffed
    yield "cp1252"
    yield "latin-1"


def try_decode(body: bytes, codec: str) -> str | None:
    """Strict decode; wide encodings must also yield something that starts like markup."""
    bom, skip = detect_bom(body)
    try:
        text = body[skip if bom == codec else 0 :].decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None
    if codec.startswith(("utf-16", "utf-32")) and "<" not in text[:1024]:
        return None
    return text.removeprefix("\ufeff")
