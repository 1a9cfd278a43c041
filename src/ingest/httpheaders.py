"""Response and request header helpers of :mod:`ingest.fetch`: validators sent back byte for byte,
redirect targets resolved and checked, a 206's Content-Range judged. Pure: no I/O."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx

HEADER_UNSAFE_RE = re.compile(r"[\x00-\x1f\x7f]")
CONTENT_RANGE_RE = re.compile(r"^bytes\s+(\d+)-(\d+)/(\d+|\*)$", re.I)
TAB_NEWLINE_RE = re.compile(r"[\t\n\r]")  # WHATWG URL parsing drops them anywhere
WEB_SCHEME_RE = re.compile(r"^(https?):(.*)$", re.I | re.S)
# The feed: pseudo-scheme (feed://host/rss, feed:https://host/rss): what a feed reader asks for next
FEED_SCHEME_RE = re.compile(r"^feed:(//)?(?=[^/])", re.I)
# Refresh: 0; url=/feed (also "0;URL='/feed'", "5, /feed"): what a browser loads next
REFRESH_RE = re.compile(r"""^\s*\d+(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?(["']?)([^"'\s]+)\1\s*$""", re.I)

FUTURE_SLACK = timedelta(days=1)  # a Last-Modified later than this after our clock is not sent back


class RedirectError(Exception):
    """A redirect we do not follow: a loop, too many, a non-HTTP or invalid target (message: the error)."""


def encode_validator(value: str | None) -> bytes | None:
    """An ETag / Last-Modified as the bytes the server sent (httpx decoded them as Latin-1; sending
    a str with other characters would fail every later fetch); None when unusable."""
    if not value or HEADER_UNSAFE_RE.search(value):
        return None
    try:
        return value.encode("latin-1")
    except UnicodeEncodeError:
        return value.encode("utf-8")


def is_future_date(value: str | None, now: datetime, slack: timedelta = FUTURE_SLACK) -> bool:
    """Whether an HTTP date (a Last-Modified) lies more than ``slack`` after ``now``: a server clock
    or a generator gone wrong. Sent back as If-Modified-Since it can earn a 304 on every request
    (a server comparing ``>=`` or equality), so the feed would never be read again (round nine)."""
    try:
        when = parsedate_to_datetime(value or "")
    except (TypeError, ValueError, IndexError, OverflowError):
        return False
    return (when if when.tzinfo else when.replace(tzinfo=UTC)) > now + slack


def resolve_redirect(url: str, location: str) -> str:
    """The absolute, percent-encoded target of a Location ("/a b" -> "/a%20b"); RedirectError for
    anything but http(s) (file://, ftp://, javascript:, data: ...) or an unparseable URL."""
    target = join_as_browsers(url, location)
    if urlsplit(target).scheme.lower() not in ("http", "https"):
        raise RedirectError(f"redirect to a non-HTTP URL refused: {target[:200]}")
    try:
        return str(httpx.URL(target))
    except httpx.InvalidURL:
        raise RedirectError(f"redirect to an invalid URL: {location[:200]}") from None


def join_as_browsers(base: str, location: str) -> str:
    """``location`` resolved against ``base`` as WHATWG URL parsing does for http(s) where RFC 3986
    differs: a backslash before the query is a slash (``/\\host/x`` is another host, as in
    browsers), ``http:feed`` and ``http:/feed`` are relative to an http base, and ``https:/host/x``
    or ``///host/x`` name a host whatever slashes stand before it. A ``feed:`` URL (``feed://host/x``,
    ``feed:https://host/x``) is the http(s) URL it wraps, as feed readers and OPML files use it."""
    location = TAB_NEWLINE_RE.sub("", location).strip(" ")
    cut = min((i for i in (location.find("?"), location.find("#")) if i >= 0), default=len(location))
    location = location[:cut].replace("\\", "/") + location[cut:]
    scheme = urlsplit(base).scheme.lower()
    feed = FEED_SCHEME_RE.match(location)
    if feed:  # feed://host/x wraps a host, feed:https://host/x a whole URL (refused unless http(s))
        location = f"http://{location[feed.end() :]}" if feed[1] else location[feed.end() :]
    special = WEB_SCHEME_RE.match(location)
    if special:
        named, rest = special[1].lower(), special[2]
        if named == scheme and not rest.startswith("//"):
            return urljoin(base, rest)
        return f"{named}://{rest.lstrip('/')}"
    if location.startswith("//"):
        return f"{scheme}://{location.lstrip('/')}"
    return urljoin(base, location)


def is_redirect_loop(seen: Sequence[str], target: str, cookie_hops: Sequence[bool]) -> bool:
    """Whether a redirect to ``target`` closes a loop, given the URLs asked so far (``seen``) and, per
    redirect followed, whether it set a cookie. A URL seen once is asked again when a redirect since then
    set a cookie: a cookie check redirecting to the page itself, or (round thirteen) through a consent
    URL that sends us back (``/a`` → ``/consent?return=/a`` → ``/a``), now with the cookie."""
    if target not in seen:
        return False
    return seen.count(target) > 1 or not any(cookie_hops[seen.index(target) :])


def refresh_location(value: str | None) -> str:
    """The URL of a ``Refresh`` header (``0; url=/feed``), as browsers follow it; "" when none."""
    match = REFRESH_RE.match(value or "")
    return match[2] if match else ""


def is_whole_range(content_range: str) -> bool:
    """Whether a 206's Content-Range (``bytes 0-999/1000``) covers the whole representation."""
    match = CONTENT_RANGE_RE.match(content_range.strip())
    if match is None:
        return False
    return match[1] == "0" and match[3] != "*" and int(match[2]) + 1 == int(match[3])


def describe_range(content_range: str) -> str:
    value = HEADER_UNSAFE_RE.sub(" ", content_range)[:100]
    return (
        f"only a part of the body was sent (Content-Range {value!r})"
        if value
        else "only a part of the body was sent"
    )


def pick_location(raw_values: Sequence[bytes], decoded: str) -> str:
    """The Location to follow, from the header's own bytes (``raw_values``, every Location line of
    the response): read as UTF-8 as browsers do (httpx reads all of a response's headers as Latin-1
    once one of them is not UTF-8, which turns ``/новини`` into mojibake), and one value when the
    server sent the same one twice (httpx joins them: ``/a, /a``). ``decoded`` (httpx's value) serves
    when the bytes were not seen. RedirectError for two different values: which one is meant is
    unknown (browsers refuse them too)."""
    if not raw_values:
        return decoded.strip()
    values = list(dict.fromkeys(v for v in (decode_header_value(raw).strip() for raw in raw_values) if v))
    if len(values) > 1:
        shown = ", ".join(repr(v[:100]) for v in values[:3])
        raise RedirectError(f"redirect with {len(values)} different Location headers: {shown}")
    return values[0] if values else ""


def decode_header_value(raw: bytes) -> str:
    try:
        return bytes(raw).decode("utf-8")
    except UnicodeDecodeError:
        return bytes(raw).decode("latin-1")
