"""feedstate: due checks and the state machine, table-driven plus hypothesis invariants."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.feedstate import (
    BACKOFF_CAP,
    DORMANT_EVERY,
    REDIRECT_ADOPT_AFTER,
    backoff_delay,
    describe_move,
    host_key,
    is_due,
    is_failed_move,
    needs_revalidation,
    new_state,
    next_state,
    plan_fetches,
    reenable,
    skip_reason,
    sync_state,
)
from ingest.models import Feed, FeedState, FetchResult

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
FEED = Feed("bbc", "https://example.org/rss", "BBC")
STATUSES = ["ok", "not_modified", "unchanged", "error", "gone", "retry_later", "too_large", "skipped"]


def result(status: str, **kw: object) -> FetchResult:
    return FetchResult(feed=FEED.name, url=FEED.url, fetched_at=NOW, status=status, **kw)  # type: ignore[arg-type]


def test_new_state() -> None:
    s = new_state(FEED)
    assert (s.feed, s.url, s.original_url, s.state) == ("bbc", FEED.url, FEED.url, "active")
    assert is_due(s, NOW)
    assert new_state(replace(FEED, enabled=False)).state == "disabled"


@pytest.mark.parametrize(
    ("state", "next_fetch_at", "due"),
    [
        ("active", None, True),
        ("active", NOW, True),
        ("backoff", NOW - timedelta(seconds=1), True),
        ("backoff", NOW + timedelta(seconds=1), False),
        ("gone", None, False),
        ("gone", NOW - timedelta(days=1), False),
        ("disabled", None, False),
    ],
)
def test_is_due(state: str, next_fetch_at: datetime | None, due: bool) -> None:
    s = replace(new_state(FEED), state=state, next_fetch_at=next_fetch_at)
    assert is_due(s, NOW) is due


@pytest.mark.parametrize(
    ("status", "extra", "state", "failures", "next_fetch"),
    [
        ("ok", {"body_sha256": "aa", "etag": '"e"'}, "active", 0, None),
        ("not_modified", {}, "active", 0, None),
        ("unchanged", {"body_sha256": "aa"}, "active", 0, None),
        ("error", {"error": "HTTP 500 Internal Server Error"}, "backoff", 1, "backoff"),
        ("error", {"error": "not a feed"}, "backoff", 1, "backoff"),
        ("too_large", {"error": "body larger"}, "backoff", 1, "backoff"),
        ("retry_later", {}, "backoff", 1, "backoff"),
        ("retry_later", {"retry_after": NOW + timedelta(hours=2)}, "backoff", 1, NOW + timedelta(hours=2)),
        ("retry_later", {"retry_after": NOW + timedelta(days=9)}, "backoff", 1, NOW + timedelta(hours=24)),
        ("retry_later", {"retry_after": NOW - timedelta(hours=1)}, "backoff", 1, NOW),
        ("gone", {"http_status": 410}, "gone", 1, None),
    ],
)
def test_transitions_from_active(
    status: str, extra: dict[str, object], state: str, failures: int, next_fetch: object
) -> None:
    s = next_state(new_state(FEED), FEED, result(status, **extra), NOW)
    assert (s.state, s.consecutive_failures, s.last_status, s.last_fetch_at) == (state, failures, status, NOW)
    if next_fetch == "backoff":
        assert s.next_fetch_at == NOW + backoff_delay(1, FEED.name)
    else:
        assert s.next_fetch_at == next_fetch
    if state == "active":
        assert s.last_success_at == NOW and s.last_error is None


def test_success_after_failures_resets() -> None:
    s = new_state(FEED)
    for _ in range(4):
        s = next_state(s, FEED, result("error", error="boom"), NOW)
    assert s.state == "backoff" and s.consecutive_failures == 4 and s.last_error == "boom"
    s = next_state(s, FEED, result("ok", body_sha256="bb"), NOW)
    assert (s.state, s.consecutive_failures, s.next_fetch_at, s.body_sha256) == ("active", 0, None, "bb")


def test_validators_kept_on_304_replaced_on_200() -> None:
    s = next_state(new_state(FEED), FEED, result("ok", etag='"1"', last_modified="Mon", body_sha256="a"), NOW)
    s = next_state(s, FEED, result("not_modified"), NOW)
    assert (s.etag, s.last_modified, s.body_sha256) == ('"1"', "Mon", "a")
    s = next_state(s, FEED, result("not_modified", etag='"2"'), NOW)
    assert s.etag == '"2"'
    s = next_state(s, FEED, result("ok", body_sha256="b"), NOW)  # server stopped sending validators
    assert (s.etag, s.last_modified) == (None, None)
    s = next_state(s, FEED, result("error", error="x", etag='"junk"'), NOW)
    assert s.etag is None and s.body_sha256 == "b"


def test_skipped_changes_nothing() -> None:
    s = replace(new_state(FEED), consecutive_failures=2, state="backoff")
    assert next_state(s, FEED, result("skipped", error="not due"), NOW) is s


def test_gone_is_sticky_until_reenabled() -> None:
    s = next_state(new_state(FEED), FEED, result("gone"), NOW)
    assert s.state == "gone"
    assert not is_due(s, NOW + timedelta(days=365))
    assert skip_reason(FEED, s, NOW, force=False) == "gone"
    assert skip_reason(FEED, s, NOW, force=True) is None  # force fetches gone feeds
    r = reenable(s)
    assert (r.state, r.consecutive_failures, r.next_fetch_at) == ("active", 0, None) and is_due(r, NOW)
    ok = next_state(s, FEED, result("ok", body_sha256="c"), NOW)  # a forced fetch that worked
    assert ok.state == "active"


def test_disabled_feeds() -> None:
    off = replace(FEED, enabled=False)
    s = sync_state(new_state(FEED), off)
    assert s.state == "disabled" and not is_due(s, NOW)
    assert skip_reason(off, s, NOW, force=True) == "disabled"
    assert next_state(s, off, result("ok"), NOW).state == "disabled"
    assert sync_state(s, FEED).state == "active"  # enabled again in the feeds file


def test_sync_state_new_or_changed_url() -> None:
    assert sync_state(None, FEED).url == FEED.url
    s = replace(new_state(FEED), url="https://example.org/moved", state="gone")
    assert sync_state(s, FEED) is s  # the feeds file still names the original URL
    edited = replace(FEED, url="https://example.org/new-rss")
    fresh = sync_state(s, edited)
    assert (fresh.url, fresh.original_url, fresh.state) == (edited.url, edited.url, "active")


def test_skip_reason_not_due() -> None:
    s = replace(new_state(FEED), state="backoff", next_fetch_at=NOW + timedelta(minutes=5))
    assert (
        skip_reason(FEED, s, NOW, force=False) == f"not due until {(NOW + timedelta(minutes=5)).isoformat()}"
    )
    assert skip_reason(FEED, s, NOW, force=True) is None


def test_permanent_redirect_adopted_after_three_successes() -> None:
    target = "https://new.example.org/rss"
    s = new_state(FEED)
    for i in range(1, REDIRECT_ADOPT_AFTER):
        s = next_state(s, FEED, result("ok", permanent_redirect=target), NOW)
        assert (s.url, s.redirect_target, s.redirect_count) == (FEED.url, target, i)
    s = next_state(s, FEED, result("ok", permanent_redirect=target), NOW)
    assert (s.url, s.original_url, s.redirect_target, s.redirect_count) == (target, FEED.url, None, 0)
    assert sync_state(s, FEED) is s  # feeds file unchanged: keep the adopted URL


def test_redirect_count_resets_and_needs_success() -> None:
    target = "https://new.example.org/rss"
    s = new_state(FEED)
    s = next_state(s, FEED, result("ok", permanent_redirect=target), NOW)
    s = next_state(s, FEED, result("ok"), NOW)  # not redirected this time
    assert (s.redirect_target, s.redirect_count) == (None, 0)
    s = next_state(s, FEED, result("ok", permanent_redirect=target), NOW)
    s = next_state(s, FEED, result("ok", permanent_redirect="https://other/"), NOW)
    assert (s.redirect_target, s.redirect_count) == ("https://other/", 1)
    for _ in range(3):
        s = next_state(s, FEED, result("error", permanent_redirect=target, error="HTTP 404 Not Found"), NOW)
    assert s.url == FEED.url and s.redirect_count == 3  # seen, but not adopted on a failure
    s = next_state(s, FEED, result("ok", permanent_redirect=target), NOW)
    assert s.url == target


def test_backoff_schedule() -> None:
    delays = [backoff_delay(n, "bbc") for n in range(1, 10)]
    assert delays[0] >= timedelta(minutes=15) and delays[0] <= timedelta(minutes=16, seconds=30)
    assert delays[1] >= timedelta(minutes=30)
    assert delays[-1] == BACKOFF_CAP
    assert backoff_delay(3, "bbc") == backoff_delay(3, "bbc")  # deterministic
    assert len({backoff_delay(1, name) for name in "abcdefgh"}) > 1  # jitter spreads feeds


# --- invariants ----------------------------------------------------------------------------------
datetimes = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
)
results = st.builds(
    lambda status, retry_after, redirect, sha: result(
        status, retry_after=retry_after, permanent_redirect=redirect, body_sha256=sha
    ),
    st.sampled_from(STATUSES),
    st.none() | datetimes,
    st.none() | st.sampled_from(["https://a/", "https://b/"]),
    st.none() | st.sampled_from(["x", "y"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(results, min_size=1, max_size=30), datetimes, st.booleans())
def test_invariants_over_any_sequence(seq: list[FetchResult], start: datetime, enabled: bool) -> None:
    feed = replace(FEED, enabled=enabled)
    s: FeedState = new_state(feed)
    now = start
    for r in seq:
        prev = s
        s = next_state(s, feed, r, now)
        if r.status == "skipped":
            assert s is prev
        else:
            assert s.next_fetch_at is None or now <= s.next_fetch_at <= now + timedelta(hours=24)
        assert s.state in ("active", "backoff", "dormant", "gone", "disabled")
        assert s.original_url == FEED.url
        if not enabled:
            assert s.state == "disabled" and not is_due(s, now + timedelta(days=400))
        if r.status in ("ok", "not_modified", "unchanged"):
            assert s.consecutive_failures == 0
        elif r.status != "skipped":
            assert s.consecutive_failures == prev.consecutive_failures + 1
        if s.state == "gone":
            assert not is_due(s, now + timedelta(days=400))
        now += timedelta(minutes=7)


@given(st.text(max_size=30), st.integers(min_value=1, max_value=200))
def test_backoff_monotonic_then_capped(name: str, n: int) -> None:
    assert backoff_delay(n, name) <= backoff_delay(n + 1, name) <= BACKOFF_CAP
    assert backoff_delay(n, name) >= min(BACKOFF_CAP, timedelta(minutes=15) * 2 ** min(n - 1, 20))
    if n >= 8:
        assert backoff_delay(n, name) == BACKOFF_CAP


@given(datetimes, st.integers(min_value=1, max_value=50))
def test_backed_off_feed_is_not_due_until_its_time(now: datetime, failures: int) -> None:
    s = replace(new_state(FEED), consecutive_failures=failures - 1)
    s = next_state(s, FEED, result("error", error="x"), now)
    assert not is_due(s, now) and is_due(s, s.next_fetch_at or now)


def test_plan_fetches_round_robins_hosts_and_reports_skips() -> None:
    feeds = [
        Feed("a1", "https://a.example/1", "A"),
        Feed("a2", "https://A.example/2", "A"),
        Feed("a3", "https://a.example/3", "A"),
        Feed("b1", "https://b.example/1", "B"),
        Feed("off", "https://b.example/2", "B", enabled=False),
        Feed("c1", "/local/feed.xml", "C"),
    ]
    todo, skipped = plan_fetches(feeds, {}, NOW, force=False)
    assert [f.name for _, f, _ in todo] == ["a1", "b1", "c1", "a2", "a3"]
    assert [i for i, _, _ in todo] == [0, 3, 5, 1, 2]
    assert {i: reason for i, (_, reason) in skipped.items()} == {4: "disabled"}
    assert host_key("https://A.example:8443/x") == "a.example" and host_key("/local/feed.xml") == ""


def test_next_state_applies_feeds_file_changes_first() -> None:
    s = next_state(new_state(FEED), FEED, result("error", error="x"), NOW)
    edited = replace(FEED, url="https://example.org/new")
    s2 = next_state(s, edited, result("error", error="y"), NOW)
    assert (s2.url, s2.original_url, s2.consecutive_failures) == (edited.url, edited.url, 1)
    s3 = next_state(s2, edited, result("error", error="z"), NOW)
    assert s3.consecutive_failures == 2  # stable from then on: backoff accumulates


# Round twenty-three: a feed whose adopted move fails while its feeds-file URL answers again. (the state's url,
# the result's status and URL) -> the feeds file's URL asked again?, and the state's url after the result
NEW_URL = "https://example.org/moved/rss"
MOVE_CASES = [
    (NEW_URL, "error", NEW_URL, True, NEW_URL),  # a 404 or a refused connection at the move's target (new)
    (NEW_URL, "gone", NEW_URL, True, NEW_URL),  # a 410 there (new)
    (NEW_URL, "ok", FEED.url, False, FEED.url),  # the feeds-file URL answered: the move undone (new)
    (NEW_URL, "ok", NEW_URL, False, NEW_URL),  # the target answers (guard)
    (NEW_URL, "retry_later", NEW_URL, False, NEW_URL),  # the server asked to wait (guard)
    (NEW_URL, "too_large", NEW_URL, False, NEW_URL),  # (guard)
    (FEED.url, "error", FEED.url, False, FEED.url),  # never moved (guard)
]


@pytest.mark.parametrize(("url", "status", "result_url", "again", "after"), MOVE_CASES)
def test_a_failed_move_asks_the_feeds_file_url_and_a_success_there_undoes_it(
    url: str, status: str, result_url: str, again: bool, after: str
) -> None:
    state = replace(new_state(FEED), url=url)
    answer = replace(result(status), url=result_url)
    assert is_failed_move(state, FEED, answer) == again
    assert next_state(state, FEED, answer, NOW).url == after


@pytest.mark.parametrize(
    ("status", "delay", "checked", "due"),
    [
        # new (round twenty-four): the next scheduled run starts a moment before our own backoff ends
        ("error", timedelta(hours=24), timedelta(hours=24) - timedelta(seconds=5), True),
        ("error", timedelta(hours=24), timedelta(hours=23, minutes=31), True),
        ("error", timedelta(minutes=15), timedelta(minutes=15) - timedelta(seconds=30), True),
        # guards: not due well before it, and a server's Retry-After is kept to the second
        ("error", timedelta(hours=24), timedelta(hours=23, minutes=29), False),
        ("error", timedelta(minutes=15), timedelta(minutes=14), False),
        ("retry_later", timedelta(hours=24), timedelta(hours=24) - timedelta(seconds=5), False),
        ("retry_later", timedelta(hours=24), timedelta(hours=24), True),
    ],
)
def test_a_backoff_is_due_when_a_scheduled_run_comes_a_moment_early(
    status: str, delay: timedelta, checked: timedelta, due: bool
) -> None:
    """Before: a delay equal to the schedule's period (the 24-hour cap on a daily run) was checked from the run's
    start but ran from the end of the last fetch, so the feed was fetched every other day."""
    s = replace(
        new_state(FEED), state="backoff", last_status=status, last_fetch_at=NOW, next_fetch_at=NOW + delay
    )
    assert is_due(s, NOW + checked) is due


# -- round twenty-five: dormant feeds, polling hints, 304 for ever, moves -------------------------------------


@pytest.mark.parametrize(
    ("failing_for", "state", "delay"),
    [
        # new: failing for two weeks makes a feed dormant, asked weekly instead of daily
        (timedelta(days=14), "dormant", DORMANT_EVERY),
        (timedelta(days=40), "dormant", DORMANT_EVERY),
        # guards: shorter failures keep the backoff, capped at a day
        (timedelta(days=13, hours=23), "backoff", BACKOFF_CAP),
        (timedelta(0), "backoff", None),
    ],
)
def test_a_feed_failing_for_two_weeks_is_dormant_and_asked_weekly(
    failing_for: timedelta, state: str, delay: timedelta | None
) -> None:
    prior = replace(
        new_state(FEED), state="backoff", consecutive_failures=9, failing_since=NOW - failing_for or None
    )
    s = next_state(prior, FEED, result("error", error="HTTP 404 Not Found"), NOW)
    assert s.state == state and s.failing_since == (NOW - failing_for)
    if delay is not None:
        assert s.next_fetch_at is not None and s.next_fetch_at - NOW == delay
    if state == "dormant":
        assert not is_due(s, NOW + timedelta(days=6)) and is_due(s, NOW + DORMANT_EVERY)
        reason = skip_reason(FEED, s, NOW + timedelta(days=1), force=False) or ""
        assert "dormant: failing since" in reason and "HTTP 404" in reason
        assert skip_reason(FEED, s, NOW + timedelta(days=1), force=True) is None  # --force still fetches it
        back = next_state(s, FEED, result("ok", body_sha256="aa"), NOW + DORMANT_EVERY)  # answers again
        assert (back.state, back.failing_since, back.consecutive_failures) == ("active", None, 0)
        reset = reenable(s)  # `ingest feeds reset NAME`
        assert (reset.state, reset.failing_since, reset.next_fetch_at) == ("active", None, None)


@pytest.mark.parametrize(
    ("hints", "headers", "checked", "due"),
    [
        # new: the feed's ttl and the server's max-age are a lower bound on the next fetch
        ({"ttl": "720"}, {}, timedelta(hours=6), False),
        ({"ttl": "720"}, {}, timedelta(hours=12) - timedelta(seconds=5), True),  # a run a moment early
        ({}, {"cache-control": "max-age=43200"}, timedelta(hours=6), False),
        ({"ttl": "525600"}, {}, timedelta(hours=24) - timedelta(seconds=5), True),  # a year: capped at a day
        ({"skipHours": "18"}, {}, timedelta(hours=6), False),  # NOW + 6 h is 18:00 GMT
        ({"skipDays": "Saturday"}, {}, timedelta(hours=6), False),  # 1 March 2025 is a Saturday
        # guards: no hint, an absurd one, and a skipped hour a day after the last fetch
        ({}, {}, timedelta(minutes=1), True),
        ({}, {"cache-control": "max-age=0"}, timedelta(minutes=1), True),
        ({"skipHours": ",".join(str(h) for h in range(24))}, {}, timedelta(hours=6), True),
        ({"skipHours": "12"}, {}, timedelta(hours=24), True),
    ],
)
def test_a_feed_is_not_due_before_its_polling_hints_allow(
    hints: dict[str, str], headers: dict[str, str], checked: timedelta, due: bool
) -> None:
    s = next_state(new_state(FEED), FEED, result("ok", body_sha256="aa", headers=headers), NOW, hints)
    assert is_due(s, NOW + checked) is due
    assert skip_reason(FEED, s, NOW + checked, force=True) is None
    if not due:
        assert (skip_reason(FEED, s, NOW + checked, force=False) or "").startswith("not due")
    kept = next_state(s, FEED, result("not_modified"), NOW + timedelta(days=1))  # a 304 keeps the hints
    assert kept.poll_hints == s.poll_hints


@pytest.mark.parametrize(
    ("validators", "body_age", "unconditional"),
    [
        # new: 304s for three days since the last body: the next fetch asks without validators
        (True, timedelta(days=3), True),
        (True, timedelta(days=30), True),
        # guards
        (True, timedelta(days=2), False),
        (False, timedelta(days=30), False),
    ],
)
def test_a_feed_answering_304_for_days_is_asked_for_its_body(
    validators: bool, body_age: timedelta, unconditional: bool
) -> None:
    s = replace(
        new_state(FEED),
        etag='"v1"' if validators else None,
        last_success_at=NOW,
        last_body_at=NOW - body_age,
    )
    assert needs_revalidation(s, NOW) is unconditional
    todo, _ = plan_fetches([FEED], {FEED.name: s}, NOW, force=False)
    assert (todo[0][2].etag is None) is (unconditional or not validators)
    after = next_state(s, FEED, result("unchanged", body_sha256="aa"), NOW)
    assert after.last_body_at == NOW and not needs_revalidation(after, NOW)


@pytest.mark.parametrize(
    ("url", "target", "count", "shown"),
    [
        ("https://example.org/new", None, 0, "https://example.org/new (permanent redirect from"),
        (FEED.url, "https://example.org/new", 2, "https://example.org/new (permanent redirect seen 2×"),
        (FEED.url, None, 0, None),
    ],
)
def test_status_names_where_a_feed_moved(url: str, target: str | None, count: int, shown: str | None) -> None:
    s = replace(new_state(FEED), url=url, redirect_target=target, redirect_count=count)
    found = describe_move(s)
    assert found == shown if shown is None else found is not None and found.startswith(shown)
