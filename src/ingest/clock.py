"""One clock for the pipeline: the wall clock, or a simulated one set by ``INGEST_NOW``.

``INGEST_NOW=2026-03-01T06:00:00Z`` (or ``ingest run --now …``) makes a run take place at that
time: feed states (due times, backoff, Retry-After, 304 bookkeeping), first-seen and seen times,
batch and lake file names, the page queue and the build log all read :func:`utc_now`. The
simulated clock starts at the given time when the process first reads that value and then runs
on with the process's monotonic clock, so the times of one run still increase. Without the
setting it is ``datetime.now(UTC)``. File ages (orphaned temp files, published generations) and
the writer lock's "since" stay on the wall clock: they describe the machine, not the run.
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta

from ingest.config import ConfigError

NOW_ENV = "INGEST_NOW"
_STARTS: dict[str, float] = {}  # each INGEST_NOW value seen → monotonic time it was first read


def parse_now(raw: str, source: str = f"environment variable {NOW_ENV}") -> datetime:
    """An ISO 8601 time with a zone (``2026-03-01T06:00:00Z``, ``…+02:00``) as UTC; ConfigError otherwise."""
    text = raw.strip()
    when = None
    if len(text) >= 16 and text[4:5] == "-" and text[10:11] in ("T", "t", " "):
        try:
            when = datetime.fromisoformat(text[:-1] + "+00:00" if text[-1:] in ("Z", "z") else text)
        except ValueError:
            when = None
    if when is None or when.tzinfo is None:
        raise ConfigError(
            f"{source}={raw!r}: must be an ISO 8601 time with a zone, such as 2026-03-01T06:00:00Z"
        )
    return when.astimezone(UTC)


def simulated_start() -> datetime | None:
    """The INGEST_NOW time (checked), or None when the wall clock is used."""
    raw = os.environ.get(NOW_ENV, "")
    return parse_now(raw) if raw.strip() else None


def utc_now() -> datetime:
    """Now, in UTC: the wall clock, or INGEST_NOW plus the time this process has run since first reading it."""
    raw = os.environ.get(NOW_ENV, "")
    if not raw.strip():
        return datetime.now(UTC)
    start = parse_now(raw)
    began = _STARTS.setdefault(raw, time.monotonic())
    return start + timedelta(seconds=time.monotonic() - began)
