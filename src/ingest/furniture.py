"""What blogs and CMSs put around an article's text in a feed, told apart from the text (round fifteen).

:mod:`ingest.text` drops what feeds inject around an item (share bars, "The post … appeared first
on …", "Continue reading"); these are the pieces round fifteen found kept in the stored text, some of
them taken for statements of the article:

* a list whose every item is only a link, under a heading such as "Related", "See also", "More on this
  story", or ending the item (other articles' headlines): a quoted headline became a statement of this
  article. A list of links elsewhere in the text (a quiz's answers, sources) is the article's own;
* cards that embed another post (Ghost's bookmark card, WordPress's embed, Substack's embedded post)
  and Blogger's feed-only post footer, as class words of short blocks;
* WordPress's "more" link with the post's title inside it (``class="more-link"``, ``#more-12``);
* footnote markers (``<a href="#footnote-1">1</a>``, ``<sup>[1]</sup>``, ``,”<sup>2</sup> said``):
  glued to a closing quote, they hid the statement from the extractor;
* lines of newsletter and subscription boxes, embeds' link lines ("View this post on Instagram"),
  headings of related lists, "Advertisement", copyright lines and photo credits
  (``FURNITURE_LINE_PATTERN``, joined into ``text.BOILERPLATE_LINE_RE``).

Pure: lxml elements and strings in, answers out.
"""

from __future__ import annotations

import re

from lxml import etree

# Whole lines (matched case-insensitively, from the line's start to its end, by text.BOILERPLATE_LINE_RE)
FURNITURE_LINE_PATTERN = (
    # the post's title after "Continue reading" (WordPress themes)
    r"(?:continue|keep) reading [\"“‘'].{1,200}[\"”’']\W{0,6}"
    # headings of a list of links to other articles, and the one-line form ("Related: <headline>")
    r"|(?:see also|also read|more on (?:this|the) (?:story|topic|subject)|related (?:coverage|content|reading|links|"
    r"news|topics)|(?:more|further|recommended) reading|recommended(?: for you| stories| articles)?|you (?:may|might) "
    r"also (?:like|be interested in))\W{0,3}"
    r"|(?:related|see also|also read)(?: (?:articles?|stories|story|posts?|coverage))?:\s.{1,300}"
    # newsletter and subscription boxes (WordPress, Substack, Ghost), embeds' link lines, a comment link
    r"|subscribe(?: now| for free| today)?\W{0,3}|thanks for reading .{1,120}?[!.] subscribe .{1,300}"
    r"|(?:sign up|subscribe) (?:for|to) (?:our|the|my) .{0,80}newsletter.{0,300}"
    r"|view this post on (?:instagram|tiktok|facebook|threads)|a post shared by .{1,150}"
    r"|leave a (?:comment|reply)\W{0,3}"
    # an ad slot's label, a copyright line, a photo credit ("(Photo by X/Agency)", "Photo: X/Agency")
    r"|advertisement\W{0,3}|(?:story|article) continues below(?: advertisement)?\W{0,3}"
    r"|(?:©|\(c\)|copyright(?: ©| \(c\))? \d{4}\b).{0,200}all rights reserved\b.{0,300}"
    r"|\((?:photo|image|picture|video|illustration)s? (?:by|courtesy of) .{1,100}\)"
    r"|\(?(?:photo|image|picture|video|illustration)s?(?: credit)?: [^.!?]{1,80}/[^.!?]{1,60}\)?"
)
# How such a line can start (after a newline), for text.BOILERPLATE_START_RE
FURNITURE_START_PATTERN = (
    r"see also|also read|more on |(?:more|further) reading|recommended|you (?:may|might) also|subscribe|"
    r"thanks for reading|sign up |view this post|a post shared|leave a |advertisement|(?:story|article) continues|"
    r"©|copyright|\(c\)|\(?(?:photo|image|picture|video|illustration)"
)
# Class words of short blocks that embed another post or are a feed-only footer (text.DROP_CLASS_RE)
FURNITURE_CLASS_PATTERN = (
    r"subscription-widget|button-wrapper|bookmark-card|embedded-content|embedded-post|post-footer"
)

# WordPress's "more" link: its title kept the line from matching "Continue reading" / "Read more"
MORE_LINK_CLASS_RE = re.compile(r"(?:^|\s)more-link(?:$|\s)", re.IGNORECASE)
MORE_LINK_HREF_RE = re.compile(r"#more-\d+$")
LIST_TAGS = frozenset({"ul", "ol"})
FURNITURE_TAGS = LIST_TAGS | {"a", "sup"}  # the only elements is_furniture can answer yes for
NON_WORD_RE = re.compile(
    r"\W+"
)  # an item's words must all be in its links; commas and dashes between them aside
# The heading of a list of other articles, as the last line before the list
RELATED_HEADING_RE = re.compile(
    r"^\W*(?:related|see also|also read|read (?:more|also|next)|more on (?:this|the) (?:story|topic|subject)|"
    r"(?:more|further|recommended) reading|recommended|you (?:may|might) also (?:like|be interested in)|"
    r"more (?:stories|news|from [\w .'’-]{1,40})|latest|top stories|lesen sie (?:auch|mehr)|mehr zum thema|"
    r"(?:читайте|дивіться|смотрите) (?:також|также|тоже))"
    r"(?: (?:articles?|stories|story|posts?|coverage|content|reading|links|news|topics))?\W{0,3}$",
    re.IGNORECASE,
)
# A footnote's mark: "1", "[1]", "12", "*", "†"; bracketed, linked to a fragment, or after punctuation
FOOTNOTE_MARK_RE = re.compile(r"\s*(?:\[\d{1,3}\]|\d{1,3}|[*†‡§]{1,3})\s*")
# "#footnote-1", "#fn1", "#fn:1", "#fnref1", "#cite_note-1", Word's "#_ftn1", "#note-1", "#ref-1"
FOOTNOTE_HREF_RE = re.compile(r"#(?:_?ftn|fn|foot|cite|note|ref)", re.IGNORECASE)
BRACKETED_MARK_RE = re.compile(r"\s*\[\d{1,3}\]\s*")
AFTER_PUNCTUATION_RE = re.compile(r"[.,;:!?\"'”’»)\]]$")
# An aggregator's copy of a story in a list (round twenty-two): the link, then its outlet's name
MAX_NAME_WORDS, MAX_NAME_CHARS = 6, 60


def is_furniture(node: etree._Element, tag: str, before: list[str]) -> bool:
    """Whether the element is furniture around the text (see the module's docstring); ``before`` holds the
    text collected so far (a footnote mark is told from an exponent by what stands before it)."""
    if tag == "a":
        return is_more_link(node) or is_footnote_link(node)
    if tag == "sup":
        return is_footnote_sup(node, before)
    return (
        tag in LIST_TAGS and is_link_list(node) and (is_after_related_heading(before) or is_last_block(node))
    )


def is_more_link(node: etree._Element) -> bool:
    """WordPress's "Continue reading <title> →" / "Read more "<title>"" link."""
    return bool(
        MORE_LINK_CLASS_RE.search(node.get("class") or "") or MORE_LINK_HREF_RE.search(node.get("href") or "")
    )


def is_footnote_link(node: etree._Element) -> bool:
    """A link to a fragment of the page whose text is only a footnote's mark (Substack's footnote anchors and
    numbers, Wikipedia's ``[1]``)."""
    href = node.get("href") or ""
    if not (FOOTNOTE_HREF_RE.match(href) or "footnote" in (node.get("class") or "").lower()):
        return False
    return FOOTNOTE_MARK_RE.fullmatch("".join(node.itertext())) is not None


def is_footnote_sup(node: etree._Element, before: list[str]) -> bool:
    """A superscript footnote mark: bracketed (``[1]``), holding a footnote link, or right after punctuation or a
    closing quote (``,”<sup>2</sup>``). A superscript after a letter or digit is an exponent (``m<sup>2</sup>``)."""
    text = "".join(node.itertext())
    if FOOTNOTE_MARK_RE.fullmatch(text) is None:
        return False
    if BRACKETED_MARK_RE.fullmatch(text) or any(is_footnote_link(a) for a in node.iter("a")):
        return True
    previous = before[-1] if before else ""
    return AFTER_PUNCTUATION_RE.search(previous) is not None


def is_after_related_heading(before: list[str]) -> bool:
    """Whether the last line collected so far is the heading of a list of other articles ("Related", "See
    also:", "More on this story", "ALSO READ")."""
    tail = "".join(before[-8:]).rstrip()
    return RELATED_HEADING_RE.search(tail[tail.rfind("\n") + 1 :]) is not None


def is_last_block(node: etree._Element) -> bool:
    """Whether nothing with text follows the element in its document (a list of links that ends an item)."""
    current: etree._Element | None = node
    while current is not None:
        if (current.tail or "").strip():
            return False
        if any("".join(s.itertext()).strip() for s in current.itersiblings() if isinstance(s.tag, str)):
            return False
        current = current.getparent()
    return True


def is_link_list(node: etree._Element) -> bool:
    """A list each of whose items is only a link (or links): "Related" / "See also" headlines of other
    articles, whose quoted headlines were taken for this article's statements; since round twenty-two also
    a link followed by a short name (an aggregator's copies of a story: ``<a>Headline</a>&nbsp;<font>Outlet
    </font>``, ``<a>Headline</a> - Outlet``)."""
    items = 0
    for child in node:
        if not isinstance(child.tag, str):
            continue
        if child.tag.lower() != "li":
            return False
        linked = NON_WORD_RE.sub("", "".join("".join(a.itertext()) for a in child.iter("a") if a.get("href")))
        whole = NON_WORD_RE.sub("", "".join(child.itertext()))
        if not linked or not (whole == linked or is_named_link(child, whole, linked)):
            return False
        items += 1
    return items > 0 and not (node.text or "").strip()


def is_named_link(item: etree._Element, whole: str, linked: str) -> bool:
    """A list item that is a link and then a short name of where it leads (at most ``MAX_NAME_WORDS`` words
    after the link's text): an aggregator's list of a story's copies, each with its outlet."""
    if not whole.startswith(linked):
        return False
    text = " ".join("".join(item.itertext()).split())
    first = next((a for a in item.iter("a") if a.get("href")), None)
    tail = text[len(" ".join("".join(first.itertext()).split())) :] if first is not None else text
    return 0 < len(tail.split()) <= MAX_NAME_WORDS and len(tail) <= MAX_NAME_CHARS
