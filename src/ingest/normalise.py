"""Parsed feed entries → normalised articles (canonical URL, identity, clean text, UTC dates).

Identity (``article_id``): the canonical URL's key (the article behind a click-through wrapper, with an
anchor naming one update of a shared page: round fourteen, ``ingest.itemlinks``); when the item has no
URL that can name an article (none, the site's home page, the feed itself) the GUID (a permalink GUID is
taken as the URL); else outlet + normalised title + publication day. Pure: values in, values out.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from ingest.feedvalues import repair_cp1252_mojibake, resolve_url, source_name, unwrap_cdata
from ingest.itemlinks import item_anchor, unwrap_redirect
from ingest.langid import detect_language, detect_script
from ingest.models import Article, Entry, Feed
from ingest.text import clean_title, html_to_text
from ingest.urls import canonical_url_key, canonicalise_url, is_article_url, registrable_domain

CYRILLIC_LANGUAGES = frozenset({"uk", "ru", "be", "bg", "sr", "mk", "kk"})
EARLIEST_TRUSTED = datetime(1990, 1, 1, tzinfo=UTC)
FUTURE_TOLERANCE = timedelta(days=1)
_TITLE_WORD_RE = re.compile(r"\w+")
_TITLE_SUFFIX_SEPARATORS = (" - ", " | ", " – ", " — ", " :: ")
# Longer titles (a feed that puts the whole text there) are cut at a word boundary; Reddit allows 300.
MAX_TITLE_CHARS = 300


# Tags left in an item's text after its HTML was read: the feed escaped its HTML twice (round eight)
ESCAPED_MARKUP_RE = re.compile(
    r"</(?:p|div|a|b|i|em|strong|span|li|ul|ol|h[1-6]|blockquote|figure|figcaption|table|tr|td)>"
    r"|<br\s*/?>|<(?:img|a|iframe)\s[^<>]*\b(?:src|href)\s*=",
    re.I,
)
CODE_TAG_RE = re.compile(r"<(?:pre|code|samp|kbd|xmp)\b", re.I)  # markup quoted as code is meant as text
# An item with no link, GUID or title (RSS 2.0 needs only a description) is known by its text's start.
_UNTITLED_ID_CHARS = 300


def normalise_entries(
    entries: list[Entry], feed: Feed, fetched_at: datetime, feed_url: str | None = None
) -> list[Article]:
    """Turn one feed's entries into articles; entries with no link, guid, title or text are dropped."""
    out = []
    for entry in entries:
        article = normalise_entry(entry, feed, fetched_at, feed_url)
        if article is not None:
            out.append(article)
    return out


def normalise_entry(
    entry: Entry, feed: Feed, fetched_at: datetime, feed_url: str | None = None
) -> Article | None:
    raw_title = repair_cp1252_mojibake(unwrap_cdata(entry.title or ""))
    source = source_name(entry.source) or ""  # an aggregator's source outlet (round ten)
    full_title = strip_outlet_suffix(strip_outlet_suffix(clean_title(raw_title), feed.outlet), source)
    title = shorten_title(full_title)
    body_html = repair_cp1252_mojibake(
        unwrap_cdata(
            entry.content_html
            if len(entry.content_html or "") >= len(entry.summary_html or "")
            else entry.summary_html
        )
    )
    text = html_to_text(body_html or "")
    if ESCAPED_MARKUP_RE.search(text) and not CODE_TAG_RE.search(body_html):
        text = html_to_text(text)  # HTML escaped twice ("&amp;lt;p&amp;gt;"): tags left in the text
    # an aggregator's text that was only its list of copies (round twenty-two) is the title, as round ten's
    text = strip_source_tail(text, full_title, source) or (
        full_title if title != full_title or (source and body_html.strip()) else ""
    )
    base = feed_url if feed_url and feed_url.startswith(("http://", "https://")) else None
    url, anchor = choose_url(entry, base)
    guid = (entry.guid or "").strip() or None
    if not (url or guid or title or text):
        return None  # nothing to show and nothing to know it by
    published_at, trusted = choose_published(entry, fetched_at)
    language = choose_language(entry.language or feed.language, f"{title}\n{text}")
    identity_url = url if is_article_url(url, base) else ""
    return Article(
        article_id=make_article_id(
            identity_url,
            guid,
            feed.outlet,
            title or text[:_UNTITLED_ID_CHARS],
            published_at if trusted else None,
            anchor=anchor if identity_url else "",
        ),
        feed=feed.name,
        outlet=choose_outlet(source, entry.source_url, feed, feed_url),
        url=(f"{url}#{anchor}" if anchor and identity_url else url) or (entry.url or ""),
        canonical_url=url,
        guid=guid,
        title=title,
        text=text,
        published_at=published_at,
        first_seen_at=fetched_at,
        language=language,
        content_hash=hash_content(title, text),
        date_trusted=trusted,
    )


def choose_url(entry: Entry, base: str | None) -> tuple[str, str]:
    """The item's canonical link (the article behind a click-through wrapper: round fourteen); a permalink
    GUID (an absolute http(s) URL) when the item has no link, or (round fourteen) when its link names no
    article (the site's home page, the feed itself) and the GUID does; else its enclosure (a podcast
    episode known only by its audio file). Second, the link's fragment when it names one update of a page
    several items share (``itemlinks.item_anchor``), else ""."""
    guid = (entry.guid or "").strip()
    guid_is_url = guid.lower().startswith(("http://", "https://"))
    if entry.url and entry.url.strip():
        url, link = canonicalise_url(entry.url, base), entry.url
        unwrapped = unwrap_redirect(url)
        if unwrapped != url:
            url, link = canonicalise_url(unwrapped), unwrapped
        # the GUID is canonicalised only when the link names no article (most links do)
        if (
            guid_is_url
            and not is_article_url(url, base)
            and (g := permalink_guid(guid))
            and is_article_url(g, base)
        ):
            return g, item_anchor(guid)
        return url, item_anchor(link)
    if guid_is_url and (g := permalink_guid(guid)):
        return g, item_anchor(guid)
    return (canonicalise_url(entry.enclosure, base) if entry.enclosure else ""), ""


def permalink_guid(guid: str) -> str:
    """A GUID that is an absolute http(s) URL, canonicalised; else ""."""
    return canonicalise_url(guid) if resolve_url(None, guid) else ""


def choose_outlet(source: str, source_url: str | None, feed: Feed, feed_url: str | None) -> str:
    """The outlet an aggregator or a bundle took the item from (round twenty-two): its ``<source>`` when the
    source's address is on another site than the feed's (Google News, a Feedly or Inoreader bundle, a Planet);
    else the feed's outlet (a source without an address, or a feed naming itself as the Washington Post's
    ``<source>The Washington Post</source>`` does). The identity still uses the feed's outlet."""
    if not source or not source_url or source.casefold() == feed.outlet.casefold():
        return feed.outlet
    theirs = registrable_domain(urlsplit(source_url).hostname or "")
    return (
        source
        if theirs and theirs != registrable_domain(urlsplit(feed_url or feed.url).hostname or "")
        else feed.outlet
    )


def strip_outlet_suffix(title: str, outlet: str) -> str:
    """'Truce talks resume - Kyiv Wire' → 'Truce talks resume' when the feed's outlet is Kyiv Wire."""
    folded_outlet = outlet.strip().casefold()
    if not folded_outlet:
        return title
    folded = title.casefold()
    for sep in _TITLE_SUFFIX_SEPARATORS:
        suffix = sep.casefold() + folded_outlet
        if folded.endswith(suffix) and len(title) > len(suffix):
            return title[: len(title) - len(suffix)].rstrip()
    return title


def strip_source_tail(text: str, title: str, source: str) -> str:
    """An aggregator's text that is the title and its source's name (Google News: '<a>Title</a>&nbsp;
    <font>Outlet</font>') is the title alone; any other text is kept as it is (round ten)."""
    if source and text.endswith(source) and " ".join(text[: -len(source)].split()) == title.strip():
        return title.strip()
    return text


def shorten_title(title: str) -> str:
    """A title longer than MAX_TITLE_CHARS cut at its last space in the second half of the limit, plus '…'."""
    if len(title) <= MAX_TITLE_CHARS:
        return title
    cut = title[: MAX_TITLE_CHARS - 1]
    space = cut.rfind(" ", MAX_TITLE_CHARS // 2)
    return (cut[:space] if space > 0 else cut).rstrip(" ,;:-–—") + "…"


def choose_published(entry: Entry, fetched_at: datetime) -> tuple[datetime, bool]:
    """The entry's published/updated date in UTC if plausible, else the first-seen time (untrusted)."""
    for candidate in (entry.published, entry.updated):
        if candidate is None:
            continue
        when = candidate if candidate.tzinfo else candidate.replace(tzinfo=UTC)
        when = when.astimezone(UTC)
        if EARLIEST_TRUSTED <= when <= fetched_at + FUTURE_TOLERANCE:
            return when, True
    return fetched_at, False


def choose_language(declared: str | None, text: str) -> str | None:
    """The declared language, unless the text is plainly in another script (a Cyrillic item in an 'en'
    feed): then the detected language, or None when the text is too short to tell."""
    declared = (declared or "").strip().replace("_", "-").split("-")[0].lower() or None
    if declared is None:
        return detect_language(text)
    script = detect_script(text)
    if script is None or (script == "cyrillic") == (declared in CYRILLIC_LANGUAGES):
        return declared
    return detect_language(text)  # too little to tell which: unknown, not the declared language


def make_article_id(
    url: str, guid: str | None, outlet: str, title: str, published: datetime | None, anchor: str = ""
) -> str:
    """Identity: the (canonical) URL's key, with the link's fragment when it names one update of a shared
    page (``anchor``, round fourteen); else the feed GUID; else outlet + normalised title + date."""
    if url.startswith(("http://", "https://")):
        basis = "url:" + canonical_url_key(url) + (f"#{anchor}" if anchor else "")
    elif guid:
        basis = f"guid:{outlet}:{guid.strip()}"
    else:
        day = published.date().isoformat() if published else ""
        basis = f"title:{outlet}:{normalise_title(title)}:{day}"
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:20]


def normalise_title(title: str) -> str:
    folded = unicodedata.normalize("NFKC", title).casefold()
    return " ".join(_TITLE_WORD_RE.findall(folded))


def hash_content(title: str, text: str) -> str:
    return hashlib.sha1(f"{title}\n{text}".encode()).hexdigest()
