"""HTML to clean text: paragraph breaks kept, entities decoded, NFC, whitespace collapsed.

Typographic quotes are kept as they are: statement extraction relies on them.
"""

from __future__ import annotations

import html
import re
import unicodedata

import lxml.html
from lxml import etree

BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote tr table section article header footer pre dd dt "
    "figcaption figure hr aside nav address".split()
)
DROP_TAGS = frozenset("script style noscript iframe object embed svg form button template head".split())
_TAG_RE = re.compile(r"<[A-Za-z!/?]")
_SPACES_RE = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH_RE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NEWLINES_RE = re.compile(r"\s*\n\s*")
_PARA_BREAK = "\n"


def html_to_text(fragment: str) -> str:
    """Convert an HTML fragment (or plain text) to text with one paragraph per line."""
    if not fragment:
        return ""
    if not _TAG_RE.search(fragment):
        return clean_text(html.unescape(fragment))
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return clean_text(html.unescape(re.sub(r"<[^>]*>", " ", fragment)))
    chunks: list[str] = []
    collect_text(root, chunks)
    return clean_text("".join(chunks))


def collect_text(node: etree._Element, out: list[str]) -> None:
    tag = node.tag if isinstance(node.tag, str) else ""
    tag = tag.lower()
    if tag in DROP_TAGS:
        if node.tail:
            out.append(node.tail)
        return
    block = tag in BLOCK_TAGS
    if block:
        out.append(_PARA_BREAK)
    if node.text and isinstance(node.tag, str):
        out.append(node.text)
    for child in node:
        collect_text(child, out)
    if block:
        out.append(_PARA_BREAK)
    if node.tail:
        out.append(node.tail)


def clean_text(text: str) -> str:
    """NFC, no control or zero-width characters, single spaces, paragraphs separated by one newline."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _ZERO_WIDTH_RE.sub("", _CONTROL_RE.sub("", text))
    text = _SPACES_RE.sub(" ", text)
    text = _NEWLINES_RE.sub("\n", text)
    return text.strip()


def clean_title(title: str) -> str:
    return html_to_text(title).replace("\n", " ")
