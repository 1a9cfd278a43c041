"""Gaps in what a feed showed between two fetches (round twenty-four).

A feed shows only its latest items (ten, twenty, fifty); one that publishes more than that between two of
our fetches loses the items in between for good, and nothing said so. A fetch *may* have missed items when
the feed had been read before, every item it shows now is new to the warehouse, and even its oldest item was
published after that earlier read: no item overlaps, so the window moved past what was seen. The note names
the feed's size and both times; it is kept in the fetch's ``fetches.error`` (as a recovered malformed feed is),
in the feed's state until its next fetch (``FeedState.last_note``, shown by ``ingest status``) and in the
run's summary. Pure: the batch (``ingest.batch``) applies it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ingest.models import FeedState

MIN_GAP_ITEMS = 5  # a feed showing fewer items says too little about its window


@dataclass(frozen=True, slots=True)
class FetchedItems:
    """What one fetch showed: its feed, its items (id, publication time, whether the time is trusted) and when
    the feed had last been read (its state's ``last_success_at`` before this fetch)."""

    feed: str
    items: tuple[tuple[str, datetime, bool], ...]
    last_success_at: datetime | None


def describe_gap(fetched: FetchedItems, is_known: Any) -> str | None:
    """The note for a fetch that may have missed items, or None. ``is_known(article_id)``: stored before."""
    items, last = fetched.items, fetched.last_success_at
    if last is None or len(items) < MIN_GAP_ITEMS or not all(trusted for _, _, trusted in items):
        return None  # never read before, too small to tell, or dates that say nothing
    if any(is_known(article_id) for article_id, _, _ in items):
        return None  # the window still overlaps what was seen
    oldest = min(when for _, when, _ in items)
    if oldest <= last:
        return None
    return (
        f"possible gap: all {len(items)} items are new and the oldest was published at {oldest:%Y-%m-%d %H:%M} "
        f"UTC, after the last read at {last:%Y-%m-%d %H:%M} UTC; items published in between may have left "
        "the feed unseen"
    )


def note_gaps(
    fetched: Mapping[str, FetchedItems],
    known_ids: Iterable[str],
    renamed: Mapping[str, str],
    fetch_rows: Sequence[MutableMapping[str, Any]],
    states: Mapping[str, FeedState],
) -> list[str]:
    """Note each fetch of the batch that may have missed items (``fetched`` by fetch id, in fetch order):
    its fetch row's error (when it has none), its feed's state; returns the summary's lines."""
    known = set(known_ids)
    rows = {row["fetch_id"]: row for row in fetch_rows}
    lines = []
    for fetch_id, items in fetched.items():
        note = describe_gap(items, lambda article_id: renamed.get(article_id, article_id) in known)
        if items.feed in states:
            states[items.feed].last_note = note
        if note is None:
            continue
        lines.append(f"{items.feed}: {note}")
        if fetch_id in rows and not rows[fetch_id].get("error"):
            rows[fetch_id]["error"] = note
    return lines
