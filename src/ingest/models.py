"""Value types passed between the stages.

Every stage takes and returns these (or plain dicts/DataFrames built from them); none of them
does I/O. Field names match the warehouse contract (README, docs/data-dictionary.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from operator import attrgetter
from typing import Any, Literal

FulltextMode = Literal["auto", "always", "never"]
StatementKind = Literal["direct", "indirect"]


@dataclass(frozen=True, slots=True)
class Feed:
    """One subscription from the feeds file."""

    name: str
    url: str  # http(s) URL or a local file path
    outlet: str
    language: str | None = None
    fulltext: FulltextMode = "auto"
    enabled: bool = True

    @property
    def is_local(self) -> bool:
        return not self.url.startswith(("http://", "https://"))


@dataclass(slots=True)
class FetchResult:
    """What one fetch attempt of one feed produced (body included when there is one)."""

    feed: str
    url: str  # the URL asked for
    fetched_at: datetime  # UTC
    status: str  # ok | not_modified | unchanged | error | gone | retry_later | too_large | skipped
    http_status: int | None = None
    final_url: str | None = None
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    bytes: int = 0
    duration_ms: int = 0
    error: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    permanent_redirect: str | None = None  # target of a 301/308 seen on the way
    retry_after: datetime | None = None
    truncated: bool = False
    body_sha256: str | None = None

    @property
    def has_body(self) -> bool:
        return self.status == "ok" and self.body is not None


@dataclass(slots=True)
class Entry:
    """One feed item as parsed, before any cleaning."""

    guid: str | None
    url: str | None
    title: str
    summary_html: str = ""
    content_html: str = ""
    published: datetime | None = None  # tz-aware UTC when the feed gave a parseable date
    updated: datetime | None = None
    author: str | None = None
    language: str | None = None
    # an item without a link: its first non-image enclosure (RSS, Atom rel="enclosure", JSON attachment)
    enclosure: str | None = None
    source: str | None = None  # RSS <source>: the outlet an aggregator (Google News) took the item from
    source_url: str | None = None  # its address (RSS <source url>, Atom source's link): round twenty-two


@dataclass(slots=True)
class ParsedFeed:
    title: str
    link: str | None
    language: str | None
    entries: list[Entry]
    format: str = ""  # rss20, atom10, rss10, json11, ...
    bozo: bool = False  # the document was not well-formed; entries are what could be recovered
    bozo_reason: str | None = None


@dataclass(slots=True)
class Article:
    """A normalised article (one revision of it)."""

    article_id: str
    feed: str
    outlet: str
    url: str
    canonical_url: str
    guid: str | None
    title: str
    text: str
    published_at: datetime  # UTC; first_seen_at when the feed's date is missing or untrusted
    first_seen_at: datetime
    language: str | None
    content_hash: str
    date_trusted: bool = True
    story_id: str = ""
    is_original: bool = True
    revision: int = 1
    text_source: str = "feed"


@dataclass(slots=True)
class ArticleText:
    """What extraction needs of an article (the `ingest extract` JSONL input)."""

    id: str
    text: str
    title: str = ""
    language: str | None = None
    published: datetime | None = None
    outlet: str = ""
    url: str = ""


@dataclass(slots=True)
class Claim:
    claim_id: str
    statement_id: str
    value: float
    unit: str
    qualifier: str  # "", "up to", "more than", "about", ...
    text: str  # the number as written, e.g. "up to 40%"

    def __reduce__(self) -> tuple[type[Claim], tuple[Any, ...]]:
        return Claim, _claim_values(self)  # pickled as its values: 1.4x faster than slots' __getstate__


@dataclass(slots=True)
class Statement:
    statement_id: str
    article_id: str
    speaker: str  # the name as resolved (full name when the article gives it)
    speaker_id: str
    quote: str
    kind: StatementKind
    speaker_type: str = "person"  # person | organisation | group | anonymous | unknown
    cue: str = ""
    start: int = -1  # character offsets of the quote in the article text
    end: int = -1
    confidence: float = 1.0
    extractor_version: str = ""
    language: str | None = None
    revision: int = 1
    claims: list[Claim] = field(default_factory=list)

    def __reduce__(self) -> tuple[type[Statement], tuple[Any, ...]]:
        return Statement, _statement_values(self)  # the workers send every statement to the parent


_claim_values = attrgetter(*(f.name for f in fields(Claim)))
_statement_values = attrgetter(*(f.name for f in fields(Statement)))


@dataclass(slots=True)
class FeedState:
    """Per-feed fetch state kept between runs (conditional GET validators, backoff, redirects)."""

    feed: str
    url: str  # the URL fetched now (updated after repeated permanent redirects)
    original_url: str = ""
    state: str = "active"  # active | backoff | dormant | gone | disabled
    etag: str | None = None
    last_modified: str | None = None
    body_sha256: str | None = None
    consecutive_failures: int = 0
    last_status: str | None = None
    last_http_status: int | None = None
    last_error: str | None = None
    last_note: str | None = None  # a successful fetch that may have missed items (ingest.feedgaps)
    last_fetch_at: datetime | None = None
    last_success_at: datetime | None = None
    next_fetch_at: datetime | None = None
    redirect_target: str | None = None  # permanent redirect seen on the last fetches
    redirect_count: int = 0  # consecutive fetches that saw redirect_target
    failing_since: datetime | None = None  # the first of the consecutive failures (round twenty-five)
    last_body_at: datetime | None = None  # the last answer with a body (ok / unchanged), not a 304
    poll_hints: str | None = None  # what the feed asks about polling (ingest.pollhints.describe_hints)
    poll_hint_reason: str | None = None  # why next_fetch_at is set after a success (ttl, max-age, …)
