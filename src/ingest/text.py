"""HTML to clean text: paragraph breaks kept, entities decoded, NFC, whitespace collapsed, no boilerplate;
and the words of many texts hashed at once (``hash_words``, for story signatures).

Typographic quotes are kept as they are: statement extraction relies on them. What feeds inject
around an item is dropped: share links and share/feedflare blocks, "Continue reading…", "Read
more", "The post X appeared first on Y", "X was originally published in Y", "[…]" markers, Reddit's
"[link] [comments]"; since round fifteen what blogs and CMSs put around the text (related lists, "more"
links, footnote marks, subscribe boxes, embedded-post cards: ``ingest.furniture``), and a wire byline glued
to the first sentence's dateline is set on its own line (``ingest.bylines``). Pure: values in, values out.
"""

from __future__ import annotations

import html
import re
import threading
import unicodedata

import numpy as np
from lxml import etree

from ingest.bylines import split_glued_byline, split_glued_credit
from ingest.furniture import (
    FURNITURE_CLASS_PATTERN,
    FURNITURE_LINE_PATTERN,
    FURNITURE_START_PATTERN,
    FURNITURE_TAGS,
    is_furniture,
)
from ingest.sourcelines import join_source_lines
from ingest.xmlchars import join_surrogate_refs

BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote tr table section article header footer pre dd dt "
    "figcaption figure hr aside nav address".split()
)
CELL_TAGS = frozenset({"td", "th"})  # round twelve: a row's cells ran together ("Yes120"); a space apart
DEEP_CELL_END_RE = re.compile(r"</t[dh]\s*>", re.I)
# round twenty-two: navigation (a Yandex Turbo item's <header><menu>, a CMS's <nav>) is never the article's text
DROP_TAGS = frozenset(
    "script style noscript iframe object embed svg form button template head nav menu".split()
)
# Round nine: markup nested deeper than libxml2's HTML parser goes (256 elements: unclosed <span> or
# <font> tags pasted from a word processor) lost everything after that depth, silently. Such markup
# is read flat: dropped elements out, block tags as paragraph breaks, every other tag removed.
MAX_HTML_DEPTH = 256
DEEP_DROPPED_RE = re.compile(r"<(script|style|noscript|template|svg|head)\b.*?</\1\s*>", re.I | re.S)
DEEP_BLOCK_TAG_RE = re.compile(
    r"</?(?:" + "|".join(sorted(BLOCK_TAGS, key=len, reverse=True)) + r")\b[^>]*>", re.I
)
# class/id words of blocks that feeds inject around an item (share bars, FeedBurner flare, related links)
DROP_CLASS_RE = re.compile(
    r"(?:^|[\s_-])(?:feedflare|share|sharing|sharedaddy|social|social-links|jp-relatedposts|related|"
    r"newsletter|subscribe|advert|advertisement|promo|wp-block-buttons|breadcrumbs?|breadcrumblist|"
    + FURNITURE_CLASS_PATTERN
    + r")(?:$|[\s_-])",
    re.IGNORECASE,
)
SHARE_HREF_RE = re.compile(
    r"(?:twitter\.com/(?:intent|share)|x\.com/intent|facebook\.com/shar|linkedin\.com/share|"
    r"api\.whatsapp\.com/send|wa\.me/\?|t\.me/share|telegram\.me/share|reddit\.com/submit|"
    r"pinterest\.com/pin/create|feeds\.feedburner\.com/~ff|feedproxy\.google\.com/~ff|"
    r"^mailto:\?|addtoany\.com|vk\.com/share)",
    re.IGNORECASE,
)
# a whole paragraph that is only boilerplate
BOILERPLATE_LINE_RE = re.compile(
    r"^(?:"
    r"the post .{1,400} appeared first on .{1,200}"
    r"|.{1,400} was originally published in .{1,400}"
    r"|this (?:article|story|post) (?:was )?(?:originally |first )?(?:appeared|published) (?:on|in|at) .{1,200}"
    r"|(?:continue|keep) reading(?: (?:at|on|in) \S+(?: \S+){0,3})?\W{0,6}"
    r"|read (?:more|on|the (?:full|rest of the|whole) (?:story|article|post)|full (?:story|article))"
    r"(?: here)?(?: (?:at|on|in) \S+(?: \S+){0,3})?\W{0,6}"
    r"|(?:please )?click here to (?:read|continue|see|view|watch).{0,60}"
    r"|(?:the )?full (?:story|article)(?: here)?\W{0,5}"
    r"|seguir leyendo.{0,20}|weiterlesen.{0,20}|mehr lesen.{0,20}|lire la suite.{0,20}|leggi (?:tutto|di più).{0,20}"
    r"|читать (?:далее|дальше|полностью).{0,20}|подробнее.{0,20}|читати (?:далі|повністю).{0,20}|детальніше.{0,20}"
    r"|\[link\] ?\[(?:\d+ )?comments\]|\[?comments\]?|readcomments|(?:\d+ )?comments?"
    r"|share(?: this(?: article| story)?)?(?: on \w+)?\W{0,3}|tweet|email|print|facebook|twitter|whatsapp|linkedin|telegram"
    r"|\((?:image|photo|picture|video) credit:? .{1,80}\)"
    r"|related(?: articles| stories| posts)?:?"
    # a link to another article: "Read more: <its headline>", "Lesen Sie auch: …", "Читайте також …"
    r"|read (?:more|also|next):\s.{1,300}|(?:lesen sie (?:auch|mehr)|mehr zum thema):\s.{1,300}"
    r"|(?:читайте|дивіться|смотрите) (?:також|также|тоже):?\s.{1,300}"
    r"|"
    + FURNITURE_LINE_PATTERN
    + r")$",  # round fifteen: related lists' headings, subscribe boxes, credits …
    re.IGNORECASE,
)
# boilerplate at the end of the last paragraph (summary feeds)
TRAILING_BOILERPLATE_RE = re.compile(
    r"(?:\s*(?:\[(?:…|\.\.\.|&hellip;)\]|\((?:…|\.\.\.)\)))?"
    r"(?:(?:^|(?<=[.!?…\"”»)\]:]))\s*(?:continue reading|read more|read the full (?:story|article)|"
    r"seguir leyendo|weiterlesen|читать далее|читати далі)\W{0,6})?\s*$",
    re.IGNORECASE,
)
_SHARE_HINT_RE = re.compile(r"shar|intent|send|submit|~ff|pin/|mailto|wa\.me|addtoany", re.IGNORECASE)
_TAG_RE = re.compile(r"<[A-Za-z!/?]")
_ANY_TAG_RE = re.compile(r"<[^>]*>")
_WS = r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]"
_ODD_SPACE = r"[\t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]"
_SPACES_RE = re.compile(rf"{_ODD_SPACE}{_WS}*| {_WS}+")  # single spaces untouched
_ODD_SPACE_RE = re.compile(_ODD_SPACE)  # _SPACES_RE needs one of these, or two spaces in a row
# round eleven: bidirectional marks too (LRM, RLM, ALM, embeddings, overrides, isolates): pasted from right-to-left
# text, they sat inside words and names ("Olena\u200f Shevchuk" was the speaker "Olena")
# round seventeen: not the vertical tab and form feed, which are spaces (_ODD_SPACE): Word's line and page breaks
_INVISIBLE_RE = re.compile(
    r"[\x00-\x08\x0e-\x1f\x7f\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]"
)
# round twelve: Unicode's line and paragraph separators (JavaScript-built JSON, word processors) are line
# breaks: they stayed in texts and in titles, which are one line
_LINE_BREAK_RE = re.compile("[\u2028\u2029]")
# round seventeen: what makes a title markup (a closing tag, a tag with an attribute, a line break, an image,
# a comment), not a "<" in its words; titles the feed marked as HTML were read as such by the parser already
TITLE_MARKUP_RE = re.compile(
    r"</[A-Za-z][\w-]*\s*>|<[A-Za-z][\w-]*\s+[\w:-]+\s*=|<(?:br|hr|img|wbr)\b[^<>]*>|<!--", re.I
)
# round eleven: a no-break or thin space just inside a curly double quote (French spacing typed into English
# or German quotes: "\u201c\u00a0We are ready,\u00a0\u201d"), which the extractor read as part of the quote. An
# opening quote is one after a space or the start, a closing one before a space, punctuation or the end.
QUOTE_PADDING_RE = re.compile(
    r"((?:^|(?<=[\s(\[\u2013\u2014]))[\u201c\u201e])[\u00a0\u2009\u202f]+(?=\w)"
    r"|(?<=[\w.,!?\u2026])[\u00a0\u2009\u202f]+([\u201d\u201c])(?=$|[ \t\n,.;:!?)\]\u2013\u2014])",
    re.MULTILINE,
)
QUOTE_PADDING_HINT_RE = re.compile(r"[\u201c\u201e][\u00a0\u2009\u202f]|[\u00a0\u2009\u202f][\u201d\u201c]")
# Markup simple enough to read without a parser (most feeds' item bodies): paragraphs of plain text and
# em/strong/b/i/links with no entity, comment or attribute but a link's href. Read by replacing the tags,
# it gives what the parser and ``collect_text`` give (tests/test_text_fast.py checks that against lxml).
_PLAIN = r"[^<&\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]"
_HREF_CHAR = r'[^"<>&\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]'  # lxml fails on a lone surrogate
SIMPLE_MARKUP_RE = re.compile(
    rf"[ \t\r\n]*+(?:<p>(?:{_PLAIN}++|<em>{_PLAIN}*+</em>|<strong>{_PLAIN}*+</strong>|<b>{_PLAIN}*+</b>|"
    rf"<i>{_PLAIN}*+</i>|<a href=\"{_HREF_CHAR}*+\">{_PLAIN}*+</a>)*+</p>[ \t\r\n]*+)++"
)
_PARAGRAPH_TAG_RE = re.compile(r"</?p>")
_HREF_RE = re.compile(r'<a href="([^"]*)">')
_INLINE_TAG_RE = re.compile(r'</?(?:em|strong|b|i|a)(?: href="[^"]*")?>')
_MAX_SIMPLE_MARKUP = 1_000_000  # far below libxml2's limit on one text node
# A line can be boilerplate only if it starts as one of BOILERPLATE_LINE_RE's alternatives starts (after a
# newline: the text is searched with one put in front) or has this phrase: most texts have neither, and skip
# the line-by-line match.
BOILERPLATE_START_RE = re.compile(
    r"\n(?:the post |(?:the )?full (?:story|article)|this (?:article|story|post) |(?:continue|keep) reading|"
    r"read |readcomments|(?:please )?click here to |seguir leyendo|weiterlesen|mehr lesen|mehr zum thema|"
    r"lire la suite|leggi (?:tutto|di più)|читать (?:далее|дальше|полностью)|подробнее|"
    r"читати (?:далі|повністю)|детальніше|\[|\d|comment|share|tweet|email|print|facebook|twitter|whatsapp|"
    r"linkedin|telegram|\((?:image|photo|picture|video) credit|related|lesen sie (?:auch|mehr)|"
    r"(?:читайте|дивіться|смотрите) (?:також|также|тоже)|" + FURNITURE_START_PATTERN + ")",
    re.IGNORECASE,
)
BOILERPLATE_PHRASE_RE = re.compile(r" was originally published in ", re.IGNORECASE)
_PARA_BREAK = "\n"
# Round fifteen: a line break in HTML source is a space, but was kept as a paragraph break, so a paragraph
# hard-wrapped in its source ("said harbour\nmaster Ilona Kravets") was cut mid-sentence: the speaker was
# "harbour". A blank line stays a paragraph break; <pre> keeps its lines; plain text (no tags) keeps its lines.
KEEP_LINES_TAGS = frozenset({"pre", "textarea", "listing", "plaintext", "xmp"})
_LOCAL = threading.local()
# vectorised word hashing (story signatures): word characters of the BMP, and a polynomial hash base
_BMP = (
    np.arange(0x10000, dtype=np.uint32).tobytes().decode("utf-32-le", "surrogatepass")
)  # every BMP character
_WORD_CHARS = np.frombuffer(bytearray(map(str.isalnum, _BMP)), dtype=bool)  # str methods mapped in C: 5 ms
_WORD_CHARS[0x5F] = True  # '_'
_WORD_CHARS[0xFFFF] = False  # code points above the BMP are folded onto U+FFFF: not word characters
_DIGITS = np.frombuffer(bytearray(map(str.isdigit, _BMP)), dtype=bool)
_POLY = np.uint64(0x100000001B3)
_MAX_BOILERPLATE_LINE = 600
_MAX_INJECTED_BLOCK = 400
_TAIL_CHARS = 60


def html_to_text(fragment: str) -> str:
    """Convert an HTML fragment (or plain text) to text with one paragraph per line, boilerplate removed."""
    # rounds fifteen and eighteen: a wire byline, or a credit without its dateline, set apart from the first sentence
    return split_glued_credit(split_glued_byline(strip_boilerplate(markup_to_text(fragment))))


def markup_to_text(fragment: str) -> str:
    """HTML fragment → text with one paragraph per line (no boilerplate removal)."""
    if not fragment:
        return ""
    fragment = join_surrogate_refs(fragment)  # round twelve: "&#55357;&#56832;" is one emoji
    if not _TAG_RE.search(fragment):
        return clean_text(html.unescape(fragment))
    simple = read_simple_markup(fragment)
    return clean_text(simple) if simple is not None else parse_markup(fragment)


def parse_markup(fragment: str) -> str:
    """HTML fragment → text with one paragraph per line, read by lxml's lenient HTML parser."""
    try:
        root = etree.fromstring(fragment, html_parser())
    except (etree.ParserError, ValueError):  # e.g. a string with an XML encoding declaration
        root = None
    if root is None:
        return clean_text(html.unescape(_ANY_TAG_RE.sub(" ", fragment)))
    if fragment.count("<") > MAX_HTML_DEPTH and is_cut_at_depth(html_parser()):
        return read_deep_markup(fragment)
    body = root.find("body")
    chunks: list[str] = []
    collect_text(root if body is None else body, chunks)
    return clean_text("".join(chunks))


def read_simple_markup(fragment: str) -> str | None:
    """The text ``collect_text`` would collect from simple markup (SIMPLE_MARKUP_RE), before clean_text;
    None for anything else (or a link that may be a share, footnote or "more" link)."""
    if len(fragment) > _MAX_SIMPLE_MARKUP or SIMPLE_MARKUP_RE.fullmatch(fragment) is None:
        return None
    text = _PARAGRAPH_TAG_RE.sub(
        _PARA_BREAK, join_source_lines(fragment)
    )  # half the time of two str.replace on non-ASCII text
    if "<" not in text:
        return text
    # a share link, or (round fifteen) a footnote's or WordPress's "more" link (a fragment): for collect_text
    if "<a " in text and any("#" in href or _SHARE_HINT_RE.search(href) for href in _HREF_RE.findall(text)):
        return None
    return _INLINE_TAG_RE.sub("", text)


def is_cut_at_depth(parser: etree.HTMLParser) -> bool:
    """Whether the last parse stopped at the parser's nesting limit (``Excessive depth in document``)."""
    return any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)


def read_deep_markup(fragment: str) -> str:
    """Markup too deep for the HTML parser, read flat (see DEEP_BLOCK_TAG_RE)."""
    flat = join_source_lines(DEEP_DROPPED_RE.sub("", fragment))
    text = DEEP_BLOCK_TAG_RE.sub(_PARA_BREAK, DEEP_CELL_END_RE.sub(" ", flat))
    return clean_text(html.unescape(_ANY_TAG_RE.sub("", text)))


def html_parser() -> etree.HTMLParser:
    """One lenient HTML parser per thread (lxml parsers must not be shared between threads)."""
    parser = getattr(_LOCAL, "parser", None)
    if parser is None:
        parser = _LOCAL.parser = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    return parser


def collect_text(node: etree._Element, out: list[str], keep_lines: bool = False) -> None:
    """The node's text into ``out``, a paragraph break around blocks. A line break in the source is a space
    (round fifteen) except inside ``<pre>`` (``keep_lines``, which also applies to the node's tail)."""
    tag = node.tag.lower() if isinstance(node.tag, str) else ""
    tail = node.tail if not node.tail or keep_lines else join_source_lines(node.tail)
    if tag in DROP_TAGS or (tag and is_injected(node, tag)):
        if tail:
            out.append(tail)
        return
    # round fifteen: related lists, "more" links, footnote marks
    if tag in FURNITURE_TAGS and is_furniture(node, tag, out):
        if tail:
            out.append(tail)
        return
    block = tag in BLOCK_TAGS
    if block:
        out.append(_PARA_BREAK)
    inner_lines = keep_lines or tag in KEEP_LINES_TAGS
    if node.text and tag:
        out.append(node.text if inner_lines else join_source_lines(node.text))
    for child in node:
        collect_text(child, out, inner_lines)
    if block:
        out.append(_PARA_BREAK)
    elif tag in CELL_TAGS:
        out.append(" ")
    if tail:
        out.append(tail)


def is_injected(node: etree._Element, tag: str) -> bool:
    """A share link, or a block a feed injects around the item (share bar, FeedBurner flare, related links,
    breadcrumbs)."""
    if tag == "a":
        href = node.get("href")
        return (
            bool(href) and _SHARE_HINT_RE.search(href) is not None and SHARE_HREF_RE.search(href) is not None
        )
    marks = node.get("class") or node.get("id") or node.get("data-block")  # Turbo's blocks (round twenty-two)
    if not marks or tag not in BLOCK_TAGS or DROP_CLASS_RE.search(marks) is None:
        return False
    return sum(len(t) for t in node.itertext()) <= _MAX_INJECTED_BLOCK  # never drop an article body


def strip_boilerplate(text: str) -> str:
    """Drop paragraphs that are only boilerplate, and a trailing "[…] Continue reading" marker."""
    if not text:
        return text
    if may_have_boilerplate(text):
        text = "\n".join(
            line
            for line in text.split("\n")
            if len(line) > _MAX_BOILERPLATE_LINE or not BOILERPLATE_LINE_RE.match(line)
        )
        if not text:
            return text
    start = text.rfind("\n") + 1  # the last line: cut a trailing marker, drop it if nothing is left
    last = text[start:]
    marker = TRAILING_BOILERPLATE_RE.search(last, max(0, len(last) - _TAIL_CHARS))
    if marker is None and last:
        return text
    last = last[: marker.start()] if marker else last
    return text[:start] + last if last else text[: max(0, start - 1)]


def may_have_boilerplate(text: str) -> bool:
    """False when no line of the text can match BOILERPLATE_LINE_RE (True is only a maybe)."""
    return (
        BOILERPLATE_START_RE.search("\n" + text) is not None or BOILERPLATE_PHRASE_RE.search(text) is not None
    )


def clean_text(text: str) -> str:
    """NFC, no control or zero-width characters, single spaces, paragraphs separated by one newline."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    lines = text.split("\n")
    # Invisible and odd-space characters are all unprintable: lines that are printable (most) have none
    if not all(map(str.isprintable, lines)):
        text = _LINE_BREAK_RE.sub("\n", _INVISIBLE_RE.sub("", text))
        if QUOTE_PADDING_HINT_RE.search(text):
            text = QUOTE_PADDING_RE.sub(strip_quote_padding, text)
        if "  " in text or _ODD_SPACE_RE.search(text):
            text = _SPACES_RE.sub(" ", text)
        lines = text.split("\n")
    elif "  " in text:
        text = _SPACES_RE.sub(" ", text)
        lines = text.split("\n")
    if len(lines) == 1:
        return text.strip()
    return "\n".join(filter(None, map(str.strip, lines)))  # stripped non-empty lines


def strip_quote_padding(match: re.Match[str]) -> str:
    """The quote mark of a QUOTE_PADDING_RE match, without the space."""
    return match.group(1) or match.group(2)


def clean_title(title: str) -> str:
    """A title on one line, read as HTML only when it holds markup no text has (``TITLE_MARKUP_RE``):
    else a ``<`` is a character (round seventeen: "Why x<y matters", "The <details> element", an Atom
    ``type="text"`` or JSON Feed title, lost their words to the HTML parser). Entities are decoded."""
    if _TAG_RE.search(title) and not TITLE_MARKUP_RE.search(title):
        return clean_text(html.unescape(join_surrogate_refs(title))).replace("\n", " ")
    return markup_to_text(title).replace("\n", " ")


def hash_words(parts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Words of each (casefolded) part, vectorised: (64-bit hash, part index, length, starts with a digit).

    A word is a run of letters, digits or '_' (the BMP's ``str.isalnum``); its hash is a polynomial
    over its code points mixed by a 64-bit finaliser, the same in every process."""
    cps = np.frombuffer("\x00".join(parts).encode("utf-32-le", errors="replace"), dtype=np.uint32)
    is_word = np.take(_WORD_CHARS, cps, mode="clip")  # clip: above the BMP reads U+FFFF
    edges = np.diff(is_word.view(np.int8), prepend=np.int8(0), append=np.int8(0))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    lengths = ends - starts
    # sum of cp[start + j] * Q**j over each word's characters (mod 2**64), word by word with reduceat
    chars = np.compress(is_word, cps).astype(np.uint64)
    offsets = np.cumsum(lengths) - lengths  # each word's first character in `chars`
    if len(chars):
        chars *= compute_word_powers(int(lengths.max()))[np.arange(len(chars)) - np.repeat(offsets, lengths)]
        hashes = mix64(np.add.reduceat(chars, offsets))
    else:
        hashes = np.zeros(0, dtype=np.uint64)
    part_starts = np.cumsum([0] + [len(p) + 1 for p in parts[:-1]])
    part_of = np.searchsorted(part_starts, starts, side="right") - 1
    return hashes, part_of, lengths, np.take(_DIGITS, cps[starts], mode="clip")


def compute_word_powers(n: int) -> np.ndarray:
    """Q**j for j < n, mod 2**64."""
    powers = np.empty(max(n, 1), dtype=np.uint64)
    powers[0] = 1
    np.cumprod(np.full(len(powers) - 1, _POLY, dtype=np.uint64), out=powers[1:])
    return powers


def mix64(x: np.ndarray) -> np.ndarray:
    """The splitmix64 finaliser (a bijection on 64-bit values)."""
    x = x ^ (x >> np.uint64(30))
    x *= np.uint64(0xBF58476D1CE4E5B9)
    x ^= x >> np.uint64(27)
    x *= np.uint64(0x94D049BB133111EB)
    x ^= x >> np.uint64(31)
    return x
