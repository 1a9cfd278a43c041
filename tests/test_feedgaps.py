"""A fetch that may have missed items (round twenty-four): ``feedgaps.describe_gap``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from ingest.feedgaps import FetchedItems, describe_gap

LAST = datetime(2026, 3, 3, 18, tzinfo=UTC)  # the feed's previous successful read


def items(n: int, first: datetime, trusted: bool = True, step: timedelta = timedelta(minutes=48)) -> tuple[tuple[str, datetime, bool], ...]:  # fmt: skip
    return tuple((f"a{i}", first + i * step, trusted) for i in range(n))


@pytest.mark.parametrize(
    ("shown", "last", "known", "gap"),
    [
        # new: every item new, the oldest published after the last read (30 a day in a feed of 10, read daily)
        (items(10, LAST + timedelta(hours=4, minutes=48)), LAST, set(), True),
        (items(5, LAST + timedelta(minutes=1)), LAST, set(), True),
        (items(50, LAST + timedelta(days=2), step=timedelta(minutes=1)), LAST, set(), True),
        # guards: the window overlaps what was stored, or the oldest item is older than the last read
        (items(10, LAST + timedelta(hours=4)), LAST, {"a0"}, False),
        (items(10, LAST - timedelta(minutes=1)), LAST, set(), False),
        (items(10, LAST), LAST, set(), False),
        # guards: never read before (the first run), too few items, dates that are first-seen times
        (items(10, LAST + timedelta(hours=4)), None, set(), False),
        (items(4, LAST + timedelta(hours=4)), LAST, set(), False),
        (items(10, LAST + timedelta(hours=4), trusted=False), LAST, set(), False),
        ((), LAST, set(), False),
    ],
)
def test_describe_gap(shown: tuple[tuple[str, datetime, bool], ...], last: datetime | None, known: set[str], gap: bool) -> None:  # fmt: skip
    note = describe_gap(FetchedItems("window", shown, last), known.__contains__)
    assert (note is not None) is gap
    if note:
        oldest = min(when for _, when, _ in shown)
        assert note == (
            f"possible gap: all {len(shown)} items are new and the oldest was published at {oldest:%Y-%m-%d %H:%M} UTC, "
            f"after the last read at {LAST:%Y-%m-%d %H:%M} UTC; items published in between may have left the feed unseen"
        )
