"""Fetch policy for one feed: is it due, and what is its next state after a fetch.

Pure functions, no I/O: the caller loads and stores :class:`FeedState` values. The state machine
(see docs/fetching.md):

* ``active``   -> fetched whenever the scheduler runs (``next_fetch_at`` is None after a success).
* ``backoff``  -> the last fetch(es) failed; not due before ``next_fetch_at``
  (15 min x 2^(n-1), capped at 24 h, plus a small deterministic per-feed jitter; a Retry-After
  from a 429/503 replaces the computed delay, capped at 24 h). A success returns to ``active``.
* ``gone``     -> the server answered 410; never due again until :func:`reenable` (or a URL change
  in the feeds file, see :func:`sync_state`). ``fetch_feeds(force=True)`` still fetches it and a
  success brings it back to ``active``.
* ``disabled`` -> ``enabled = false`` in the feeds file; never fetched, not even with ``force``.
* ``dormant``  -> (round twenty-five) failing for :data:`DORMANT_AFTER` without a success: asked once
  every :data:`DORMANT_EVERY` instead of daily; a success brings it back to ``active``, and so does
  :func:`reenable` (``ingest feeds reset NAME``).

After a success the feed is due at the next run unless it or its server asked for more time (``ttl``,
``sy:updatePeriod``, Cache-Control max-age, Expires; ``ingest.pollhints``, at most 24 h), and it is not
due in the hours and days its skipHours/skipDays name (unless it was not asked for 24 h).

A permanent redirect (301/308) seen on :data:`REDIRECT_ADOPT_AFTER` consecutive fetches, the last of
them successful, replaces ``url`` (``original_url`` keeps the URL from the feeds file).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from ingest.models import Feed, FeedState, FetchResult
from ingest.pollhints import HINT_CAP, describe_hints, hinted_due, parse_hints, skipped_now
from ingest.urls import redact_credentials

BACKOFF_BASE = timedelta(minutes=15)
BACKOFF_CAP = timedelta(hours=24)
RETRY_AFTER_CAP = timedelta(hours=24)
DUE_SLACK_SHARE = 0.05  # a backoff is due this share of its delay early (is_due) ...
DUE_SLACK_CAP = timedelta(minutes=30)  # ... and at most this much early
HINT_SLACK_CAP = timedelta(minutes=1)  # a time the feed or its server asked for: at most this much early
DORMANT_AFTER = timedelta(days=14)  # failing this long without a success: dormant ...
DORMANT_EVERY = timedelta(days=7)  # ... and asked once a week
REVALIDATE_AFTER = timedelta(days=3)  # 304s this long after the last body: ask once without validators
JITTER_FRACTION = 0.1  # up to +10 % of the delay, fixed per feed name
REDIRECT_ADOPT_AFTER = 3
TIMEOUT_ERRORS = (
    "timed out after ",
    "no data after ",
    "connect timed out",
)  # fetcherrors: a fetch that timed out
NEVER = datetime.min.replace(tzinfo=UTC)
RETRY_AFTER_SECONDS_RE = re.compile(r"^(\d+)(?:\.\d*)?\s*(?:,|$)")
# RateLimit: "default";r=0;t=600 (IETF httpapi draft): t is the seconds until the quota resets
RATELIMIT_T_RE = re.compile(r"(?:^|;)\s*t\s*=\s*(\d+)")
UNIX_EPOCH_AFTER = 1_000_000_000  # an X-RateLimit-Reset this large is a Unix time, not seconds
SUCCESS_STATUSES = frozenset({"ok", "not_modified", "unchanged"})


def new_state(feed: Feed) -> FeedState:
    """The state of a feed never fetched before."""
    url = redact_credentials(feed.url) or feed.url  # the login stays in the feeds file (see credentials)
    return FeedState(
        feed=feed.name,
        url=url,
        original_url=url,
        state="active" if feed.enabled else "disabled",
    )


def sync_state(state: FeedState | None, feed: Feed) -> FeedState:
    """Reconcile a stored state with the feeds file entry.

    No state, or a URL edited in the feeds file (different from both ``original_url`` and the
    redirect-updated ``url``), starts afresh. ``enabled = false`` makes it ``disabled``; a feed
    enabled again after being ``disabled`` is re-enabled.
    """
    known = {redact_credentials(u) for u in (state.original_url or state.url, state.url)} if state else set()
    if state is None or redact_credentials(feed.url) not in known:
        return new_state(feed)
    if "@" in state.url or "@" in (state.original_url or ""):  # stored by an older version: drop the login
        state = redact_state(state)
    if not feed.enabled:
        return state if state.state == "disabled" else replace(state, state="disabled")
    if state.state == "disabled":
        return reenable(state)
    return state


def redact_state(state: FeedState) -> FeedState:
    """The state with no login in its URLs (what the catalog and the lake keep)."""
    return replace(
        state,
        url=redact_credentials(state.url) or state.url,
        original_url=redact_credentials(state.original_url) or "",
        redirect_target=redact_credentials(state.redirect_target),
    )


def reenable(state: FeedState) -> FeedState:
    """Explicit user action: make a ``gone``/``disabled``/backed-off feed due again now."""
    return replace(
        state,
        state="active",
        consecutive_failures=0,
        next_fetch_at=None,
        last_error=None,
        failing_since=None,
        poll_hint_reason=None,
    )


def is_due(state: FeedState, now: datetime) -> bool:
    """True when the feed should be fetched at ``now`` (never for ``gone`` or ``disabled``); a backoff of
    ours is due a little early (:func:`due_slack`), so a run of the schedule a moment before it counts."""
    if state.state in ("gone", "disabled"):
        return False
    if state.next_fetch_at is not None and now < state.next_fetch_at - due_slack(state):
        return False
    return skipped_by_feed(state, now) is None


def skipped_by_feed(state: FeedState, now: datetime) -> str | None:
    """Why a healthy feed asks not to be read at ``now`` (its skipHours/skipDays), or None; never once it
    was last asked 24 h ago or more (less the slack of our own backoff), so a feed that skips the hours of
    every scheduled run is still read once a day."""
    if state.state != "active" or not state.poll_hints or state.last_fetch_at is None:
        return None
    if now - state.last_fetch_at >= HINT_CAP - DUE_SLACK_CAP:
        return None
    return skipped_now(parse_hints(state.poll_hints), now)


def needs_revalidation(state: FeedState, now: datetime) -> bool:
    """Whether the next fetch goes without validators: the state has some, and no answer has brought a
    body for :data:`REVALIDATE_AFTER` (a server answering 304 for ever over a feed that changed)."""
    if not (state.etag or state.last_modified) or state.last_success_at is None:
        return False
    return now - (state.last_body_at or NEVER) >= REVALIDATE_AFTER - DUE_SLACK_CAP  # a run a moment early


def due_slack(state: FeedState) -> timedelta:
    """How long before ``next_fetch_at`` a backed-off feed is due: a twentieth of its delay, at most 30 min.
    The delay runs from the end of the fetch while a scheduled run checks it from its start, so a delay equal
    to the schedule's period (the 24-hour cap on a daily run) missed every other run (round twenty-four).
    A server's Retry-After (``retry_later``) is kept to the second."""
    if state.next_fetch_at is None or state.last_fetch_at is None or state.last_status == "retry_later":
        return timedelta(0)
    delay = state.next_fetch_at - state.last_fetch_at
    cap = HINT_SLACK_CAP if state.last_status in SUCCESS_STATUSES else DUE_SLACK_CAP
    return max(timedelta(0), min(cap, delay * DUE_SLACK_SHARE))


def backoff_delay(failures: int, feed_name: str) -> timedelta:
    """Delay after ``failures`` consecutive failures: grows x2 from 15 min, never above 24 h."""
    if failures <= 0:
        return timedelta(0)
    exponent = min(failures - 1, 16)  # 15 min x 2^7 already exceeds 24 h
    base = BACKOFF_BASE * (2**exponent)
    digest = hashlib.sha256(feed_name.encode("utf-8")).digest()
    jitter = int.from_bytes(digest[:4], "big") / 2**32 * JITTER_FRACTION
    return min(BACKOFF_CAP, base * (1 + jitter))


def clamp_retry_after(retry_after: datetime | None, now: datetime) -> datetime | None:
    """A server-given retry time, never before ``now`` and never more than 24 h after it."""
    if retry_after is None:
        return None
    return min(max(retry_after, now), now + RETRY_AFTER_CAP)


def parse_retry_after(value: str | None, now: datetime) -> datetime | None:
    """A Retry-After header (delta-seconds or an HTTP date) as a time in [now, now + 24 h]."""
    value = (value or "").strip()
    seconds = RETRY_AFTER_SECONDS_RE.match(value)  # also "120.0" and a repeated header "120, 120"
    if seconds:
        return now + min(timedelta(seconds=int(seconds.group(1)[:12])), RETRY_AFTER_CAP)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return clamp_retry_after(when if when.tzinfo else when.replace(tzinfo=UTC), now)


def read_retry_time(headers: Mapping[str, str], now: datetime) -> datetime | None:
    """When a 429/503 asks to be asked again: its Retry-After, else its rate limit's reset time."""
    return parse_retry_after(headers.get("retry-after"), now) or parse_rate_limit_reset(headers, now)


def parse_rate_limit_reset(headers: Mapping[str, str], now: datetime) -> datetime | None:
    """When a 429/503 without Retry-After says its quota resets: ``RateLimit-Reset: 600`` (seconds),
    ``X-RateLimit-Reset`` (seconds, or a Unix time as GitHub sends), ``RateLimit: …;t=600``; clamped
    to [now, now + 24 h]; None when none of them is there or readable."""
    for name in ("ratelimit-reset", "x-ratelimit-reset", "ratelimit"):
        value = (headers.get(name) or "").strip()
        found = RATELIMIT_T_RE.search(value) if name == "ratelimit" else RETRY_AFTER_SECONDS_RE.match(value)
        if found is None:
            continue
        seconds = int(found.group(1)[:12])
        if seconds >= UNIX_EPOCH_AFTER and name == "x-ratelimit-reset":
            seconds = max(0, seconds - int(now.timestamp()))
        return now + min(timedelta(seconds=seconds), RETRY_AFTER_CAP)
    return None


def next_state(
    state: FeedState, feed: Feed, result: FetchResult, now: datetime, hints: Mapping[str, str] | None = None
) -> FeedState:
    """The state after ``result``; a ``skipped`` result changes nothing.

    Every status that is not a success (``error`` whatever its cause, ``too_large``, unknown ones)
    counts as a failure with exponential backoff; ``retry_later`` uses Retry-After when given;
    ``gone`` parks the feed; failing for :data:`DORMANT_AFTER` makes it ``dormant``. ``hints`` are the
    polling hints of the body just read (``pollhints.read_feed_hints``; None keeps the state's).
    """
    state = sync_state(state, feed)  # the feeds file may have changed the URL or `enabled`
    if result.status == "skipped":
        return state
    new = replace(
        state,
        last_status=result.status,
        last_http_status=result.http_status,
        last_error=result.error,
        last_note=None,  # the batch notes a possible gap after it has deduplicated (ingest.feedgaps)
        last_fetch_at=now,
    )
    update_redirect(new, result)
    if not feed.enabled:
        new.state = "disabled"
    if result.status in SUCCESS_STATUSES:
        new.consecutive_failures = 0
        new.last_success_at = now
        new.last_error = None
        new.failing_since = None
        if result.status != "not_modified":
            new.last_body_at = now
        if hints is not None:
            new.poll_hints = describe_hints(hints)
        due = hinted_due(parse_hints(new.poll_hints), result.headers or {}, now)
        new.next_fetch_at, new.poll_hint_reason = due if due else (None, None)
        if new.state != "disabled":
            new.state = "active"
        if result.etag or result.status != "not_modified":
            new.etag = result.etag
        if result.last_modified or result.status != "not_modified":
            new.last_modified = result.last_modified
        if result.body_sha256:
            new.body_sha256 = result.body_sha256
        adopt_redirect(new)
        if state.original_url and result.url == state.original_url != state.url:  # the move is undone
            new.url = state.original_url
        return new
    new.consecutive_failures = state.consecutive_failures + 1
    new.failing_since = state.failing_since or now
    new.poll_hint_reason = None
    if result.status == "gone":
        new.next_fetch_at = None
        if new.state != "disabled":
            new.state = "gone"
        return new
    delay_until = now + backoff_delay(new.consecutive_failures, state.feed or feed.name)
    if result.status == "retry_later" and result.retry_after is not None:
        delay_until = clamp_retry_after(result.retry_after, now) or delay_until
    new.next_fetch_at = delay_until
    if new.state != "disabled":
        new.state = "backoff"
        if now - new.failing_since >= DORMANT_AFTER:  # dead for two weeks: asked weekly, not daily
            new.state, new.next_fetch_at = "dormant", now + DORMANT_EVERY
    return new


def is_failed_move(state: FeedState, feed: Feed, result: FetchResult) -> bool:
    """Whether a fetch of the URL a feed moved to (an adopted permanent redirect) failed in a way that
    asks for the feeds file's URL again: an error or a 410 there (a site that moved back, a target that
    died), not a Retry-After or a body too large. Round twenty-three: such a feed stayed in backoff, or
    ``gone``, for ever while its own URL answered."""
    moved = bool(state.original_url) and state.url != state.original_url
    return moved and result.status in ("error", "gone") and redact_credentials(feed.url) == state.original_url


def update_redirect(state: FeedState, result: FetchResult) -> None:
    """Count consecutive fetches that saw the same permanent redirect target (in place)."""
    target = result.permanent_redirect
    if target is None:
        state.redirect_target = None
        state.redirect_count = 0
    elif target == state.redirect_target:
        state.redirect_count += 1
    else:
        state.redirect_target = target
        state.redirect_count = 1


def adopt_redirect(state: FeedState) -> None:
    """Move ``url`` to the redirect target once it was seen often enough (in place)."""
    if state.redirect_target and state.redirect_count >= REDIRECT_ADOPT_AFTER:
        if not state.original_url:
            state.original_url = state.url
        state.url = state.redirect_target
        state.redirect_target = None
        state.redirect_count = 0


def skip_reason(feed: Feed, state: FeedState, now: datetime, force: bool) -> str | None:
    if not feed.enabled or state.state == "disabled":
        return "disabled"
    if force:
        return None
    if state.state == "gone":
        return "gone"
    if not is_due(state, now):
        when = state.next_fetch_at.isoformat() if state.next_fetch_at else "?"
        if state.state == "dormant":
            since = state.failing_since.isoformat() if state.failing_since else "?"
            return f"not due until {when} (dormant: failing since {since}: {state.last_error or state.last_status})"
        if state.last_status == "retry_later":  # the server asked for it: say so
            return f"not due until {when} (Retry-After of HTTP {state.last_http_status or '?'})"
        if state.next_fetch_at is not None and now < state.next_fetch_at - due_slack(state):
            return f"not due until {when}" + (
                f" ({state.poll_hint_reason})" if state.poll_hint_reason else ""
            )
        return f"not due now: {skipped_by_feed(state, now)}"
    return None


def host_key(url: str) -> str:
    """The politeness key of a URL: its lower-cased host name ("" for local paths)."""
    return (urlsplit(url).hostname or "").lower()


Planned = tuple[int, Feed, FeedState]


def has_timed_out(state: FeedState) -> bool:
    """Whether the feed's last fetch timed out (round eleven: such feeds go after the other feeds of their
    host, so that the healthy ones are fetched before any hang can shut the host out of the run)."""
    return (state.last_error or "").startswith(TIMEOUT_ERRORS)


def plan_fetches(
    feeds: Sequence[Feed], states: Mapping[str, FeedState], now: datetime, force: bool
) -> tuple[list[Planned], dict[int, tuple[FeedState, str]]]:
    """Which feeds to fetch, as (index, feed, state) ordered round-robin over hosts (so that
    workers are not all parked on one busy host), each host's least recently fetched first, and
    {index: (state, skip reason)} for the rest."""
    by_host: dict[str, list[Planned]] = {}
    skipped: dict[int, tuple[FeedState, str]] = {}
    for i, feed in enumerate(feeds):
        state = sync_state(states.get(feed.name), feed)
        reason = skip_reason(feed, state, now, force)
        if reason is None and needs_revalidation(state, now):  # 304s for days: ask once for the body itself
            state = replace(state, etag=None, last_modified=None)
        if reason is None:
            by_host.setdefault(host_key(state.url), []).append((i, feed, state))
        else:
            skipped[i] = (state, reason)
    for queue in by_host.values():  # least recently fetched first: a feed deferred last run goes first
        queue.sort(key=lambda planned: (has_timed_out(planned[2]), planned[2].last_fetch_at or NEVER))
    depth = max((len(q) for q in by_host.values()), default=0)
    return [q[d] for d in range(depth) for q in by_host.values() if d < len(q)], skipped


def describe_move(state: FeedState) -> str | None:
    """Where a feed's URL moved for good (round twenty-five): the feeds file is never rewritten, so
    `ingest status` says what to put there: a move adopted after three 301/308s, or one being counted."""
    if state.original_url and state.url != state.original_url:
        return f"{state.url} (permanent redirect from {state.original_url}; edit the feeds file)"
    if state.redirect_target:
        return f"{state.redirect_target} (permanent redirect seen {state.redirect_count}×, not yet adopted)"
    return None
