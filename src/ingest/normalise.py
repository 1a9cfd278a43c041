"""Parsed feed entries → normalised articles (canonical URL, identity, clean text, UTC dates).

Pure: values in, values out.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, datetime, timedelta

from ingest.langid import detect_language
from ingest.models import Article, Entry, Feed
from ingest.text import clean_title, html_to_text
from ingest.urls import canonicalise_url, url_key

CYRILLIC_LANGUAGES = frozenset({"uk", "ru", "be", "bg", "sr", "mk", "kk"})
EARLIEST_TRUSTED = datetime(1990, 1, 1, tzinfo=UTC)
FUTURE_TOLERANCE = timedelta(days=1)
_TITLE_WORD_RE = re.compile(r"\w+")


def normalise_entries(
    entries: list[Entry], feed: Feed, fetched_at: datetime, feed_url: str | None = None
) -> list[Article]:
    """Turn one feed's entries into articles; entries with neither link, guid nor title are dropped."""
    out = []
    for entry in entries:
        article = normalise_entry(entry, feed, fetched_at, feed_url)
        if article is not None:
            out.append(article)
    return out


def normalise_entry(entry: Entry, feed: Feed, fetched_at: datetime, feed_url: str | None = None) -> Article | None:
    title = clean_title(entry.title or "")
    body_html = entry.content_html if len(entry.content_html or "") >= len(entry.summary_html or "") else entry.summary_html
    text = html_to_text(body_html or "")
    base = feed_url if feed_url and feed_url.startswith(("http://", "https://")) else None
    url = canonicalise_url(entry.url, base) if entry.url else ""
    if not (url or entry.guid or title):
        return None
    published_at, trusted = choose_published(entry, fetched_at)
    language = choose_language(entry.language or feed.language, f"{title}\n{text}")
    return Article(
        article_id=make_article_id(url, entry.guid, feed.outlet, title, published_at if trusted else None),
        feed=feed.name,
        outlet=feed.outlet,
        url=url or (entry.url or ""),
        canonical_url=url,
        guid=entry.guid,
        title=title,
        text=text,
        published_at=published_at,
        first_seen_at=fetched_at,
        language=language,
        content_hash=hash_content(title, text),
        date_trusted=trusted,
    )


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
    """The declared language, unless the text is plainly in another script (a Cyrillic item in an 'en' feed)."""
    declared = (declared or "").split("-")[0].lower() or None
    detected = detect_language(text)
    if declared is None:
        return detected
    if detected and (detected in CYRILLIC_LANGUAGES) != (declared in CYRILLIC_LANGUAGES):
        return detected
    return declared


def make_article_id(url: str, guid: str | None, outlet: str, title: str, published: datetime | None) -> str:
    """Identity: the canonical URL's key; else the feed GUID; else outlet + normalised title + date."""
    if url.startswith(("http://", "https://")):
        basis = "url:" + url_key(url)
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
