"""What a feed and its server ask about how often to poll (round twenty-five). Pure functions, no I/O.

The feed's own hints are read from the channel's head (before its first item): RSS ``<ttl>`` (minutes),
``sy:updatePeriod`` + ``sy:updateFrequency`` (RSS 1.0 syndication module), ``<skipHours>`` (hours 0-23,
GMT as the RSS spec says) and ``<skipDays>``. The server's: ``Cache-Control: max-age`` (less ``Age``)
and, without a max-age, ``Expires`` (measured against the response's own ``Date``, so a server whose
clock is off still means what it says). They are kept in the feed's state as one line of text
(:func:`describe_hints`, ``FeedState.poll_hints``) and used as a lower bound on the next poll:

* :func:`hinted_due` gives the earliest time the feed wants to be asked again, never more than
  :data:`HINT_CAP` (24 h) ahead: a ttl of a year, a weekly update period or an Expires years ahead
  are asked again after a day. A max-age of 0, ``no-cache``/``no-store``, an Expires in the past or
  unreadable, a ttl of 0 give no hint (due at the next run, as before).
* :func:`skipped_now` says whether ``now`` falls in the feed's skipHours/skipDays; a list naming
  every hour (or every day) is ignored, and a feed not asked for :data:`HINT_CAP` is asked whatever
  the hour (``feedstate.is_due``), so no hint stops polling for ever.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

HINT_CAP = timedelta(hours=24)
HEAD_LIMIT = 65536  # the channel's head is read up to here (the hints come before the items)
ITEM_START_RE = re.compile(rb"<(?:[\w.-]+:)?(?:item|entry)[\s>/]")
TTL_RE = re.compile(rb"<ttl\s*>\s*(\d{1,9})\s*</ttl\s*>", re.IGNORECASE)
UPDATE_PERIOD_RE = re.compile(rb"<[\w.-]+:updatePeriod\s*>\s*(\w{1,12})\s*<", re.IGNORECASE)
UPDATE_FREQUENCY_RE = re.compile(rb"<[\w.-]+:updateFrequency\s*>\s*(\d{1,9})\s*<", re.IGNORECASE)
SKIP_HOURS_RE = re.compile(rb"<skipHours\s*>(.{0,4000}?)</skipHours\s*>", re.IGNORECASE | re.DOTALL)
SKIP_DAYS_RE = re.compile(rb"<skipDays\s*>(.{0,4000}?)</skipDays\s*>", re.IGNORECASE | re.DOTALL)
HOUR_RE = re.compile(rb"<hour\s*>\s*(\d{1,2})\s*</hour\s*>", re.IGNORECASE)
DAY_RE = re.compile(rb"<day\s*>\s*([A-Za-z]{3,9})\s*</day\s*>", re.IGNORECASE)
MAX_AGE_RE = re.compile(r"(?:^|[,\s])max-age\s*=\s*\"?(\d{1,12})", re.IGNORECASE)
NO_CACHE_RE = re.compile(r"(?:^|[,\s])(?:no-cache|no-store)(?:$|[,\s=])", re.IGNORECASE)
HINT_TEXT_RE = re.compile(r"(\w+)=(\S+)")
PERIODS = {
    "hourly": timedelta(hours=1),
    "daily": timedelta(days=1),
    "weekly": timedelta(days=7),
    "monthly": timedelta(days=30),
    "yearly": timedelta(days=365),
}
DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def read_feed_hints(body: bytes) -> dict[str, str]:
    """The polling hints in a feed's head: {"ttl": "120", "updatePeriod": "hourly", "updateFrequency": "2",
    "skipHours": "0,1,2", "skipDays": "Saturday,Sunday"} (only those present and readable)."""
    head = body[:HEAD_LIMIT]
    first_item = ITEM_START_RE.search(head)
    head = head[: first_item.start()] if first_item else head
    hints: dict[str, str] = {}
    if found := TTL_RE.search(head):
        hints["ttl"] = str(int(found.group(1)))
    if (found := UPDATE_PERIOD_RE.search(head)) and found.group(1).decode().lower() in PERIODS:
        hints["updatePeriod"] = found.group(1).decode().lower()
        if freq := UPDATE_FREQUENCY_RE.search(head):
            hints["updateFrequency"] = str(int(freq.group(1)))
    if found := SKIP_HOURS_RE.search(head):
        hours = sorted(
            {int(h) % 24 for h in HOUR_RE.findall(found.group(1)) if int(h) <= 24}
        )  # 24 is midnight
        if hours:
            hints["skipHours"] = ",".join(map(str, hours))
    if found := SKIP_DAYS_RE.search(head):
        days = [d for d in DAYS if d in {x.decode().lower() for x in DAY_RE.findall(found.group(1))}]
        if days:
            hints["skipDays"] = ",".join(d.capitalize() for d in days)
    return hints


def describe_hints(hints: Mapping[str, str]) -> str | None:
    """The hints as one line for the feed's state (``ttl=120 skipHours=0,1``), None when there are none."""
    return " ".join(f"{k}={v}" for k, v in sorted(hints.items())) or None


def parse_hints(text: str | None) -> dict[str, str]:
    """:func:`describe_hints` read back."""
    return dict(HINT_TEXT_RE.findall(text or ""))


def feed_interval(hints: Mapping[str, str]) -> tuple[timedelta, str] | None:
    """How long the feed asks to be left alone after a read, and why (ttl, else the update period)."""
    if (ttl := int(hints.get("ttl", "0") or 0)) > 0:
        return timedelta(minutes=min(ttl, 10**7)), f"the feed's ttl of {ttl} min"
    period = PERIODS.get(hints.get("updatePeriod", ""))
    if period is None:
        return None
    frequency = max(1, int(hints.get("updateFrequency", "1") or 1))
    return period / frequency, f"the feed's updatePeriod {hints['updatePeriod']} × {frequency}"


def cache_lifetime(headers: Mapping[str, str], now: datetime) -> tuple[timedelta, str] | None:
    """How long the server says the answer stays fresh: Cache-Control max-age less Age, else Expires less
    Date; None for no-cache/no-store, a max-age of 0, an Expires in the past or unreadable."""
    control = headers.get("cache-control") or ""
    if NO_CACHE_RE.search(control):
        return None
    if found := MAX_AGE_RE.search(control):
        age_text = (headers.get("age") or "").strip()
        age = int(age_text[:12]) if age_text.isdigit() else 0
        fresh = int(found.group(1)) - age
        return (timedelta(seconds=fresh), f"Cache-Control max-age={found.group(1)}") if fresh > 0 else None
    expires = read_http_date(headers.get("expires"))
    if expires is None:
        return None
    sent = read_http_date(headers.get("date")) or now
    fresh_for = expires - sent
    return (fresh_for, f"Expires {headers['expires'].strip()}") if fresh_for > timedelta(0) else None


def read_http_date(value: str | None) -> datetime | None:
    try:
        when = parsedate_to_datetime((value or "").strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def hinted_due(
    hints: Mapping[str, str], headers: Mapping[str, str], now: datetime
) -> tuple[datetime, str] | None:
    """The earliest time the feed and its server want it asked again (the longer of the two), at most
    :data:`HINT_CAP` after ``now``; None when neither asks for anything."""
    asked = [x for x in (feed_interval(hints), cache_lifetime(headers, now)) if x is not None]
    if not asked:
        return None
    delay, why = max(asked, key=lambda x: x[0])
    if delay > HINT_CAP:
        return now + HINT_CAP, f"{why}, capped at 24 h"
    return now + delay, why


def skipped_now(hints: Mapping[str, str], now: datetime) -> str | None:
    """Why the feed asks not to be read at ``now`` (GMT), or None: its skipHours or skipDays name the
    hour or the day. A list that names all 24 hours or all 7 days asks for nothing and is ignored."""
    gmt = now.astimezone(UTC)
    hours = {int(h) for h in hints.get("skipHours", "").split(",") if h.isdigit()}
    if 0 < len(hours) < 24 and gmt.hour in hours:
        return f"the feed's skipHours ({gmt.hour:02d}:00 GMT)"
    days = {d.lower() for d in hints.get("skipDays", "").split(",") if d}
    if 0 < len(days) < 7 and DAYS[gmt.weekday()] in days:
        return f"the feed's skipDays ({DAYS[gmt.weekday()].capitalize()})"
    return None
