"""pollhints (round twenty-five): what a feed and its server ask about polling, table-driven."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from ingest.pollhints import describe_hints, hinted_due, parse_hints, read_feed_hints, skipped_now

NOW = datetime(2026, 3, 2, 6, tzinfo=UTC)  # a Monday
SY = 'xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"'


def channel(head: str, items: str = "<item><title>t</title><ttl>5</ttl></item>") -> bytes:
    return f"<rss version='2.0' {SY}><channel><title>c</title>{head}{items}</channel></rss>".encode()


@pytest.mark.parametrize(
    ("head", "hints"),
    [
        ("<ttl>120</ttl>", {"ttl": "120"}),
        ("<ttl> 60 </ttl>", {"ttl": "60"}),
        ("<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency>",
         {"updatePeriod": "hourly", "updateFrequency": "2"}),
        ("<sy:updatePeriod> Daily </sy:updatePeriod>", {"updatePeriod": "daily"}),
        ("<skipHours><hour>0</hour><hour>1</hour><hour>24</hour></skipHours>", {"skipHours": "0,1"}),
        ("<skipDays><day>Sunday</day><day>Saturday</day></skipDays>", {"skipDays": "Saturday,Sunday"}),
        # guards: unreadable values and an item's own element ask for nothing
        ("<ttl>soon</ttl>", {}),
        ("<sy:updatePeriod>fortnightly</sy:updatePeriod>", {}),
        ("<skipHours><hour>25</hour></skipHours>", {}),
        ("", {}),
    ],
)  # fmt: skip
def test_read_feed_hints(head: str, hints: dict[str, str]) -> None:
    assert read_feed_hints(channel(head)) == hints
    assert parse_hints(describe_hints(hints)) == hints


def http_date(when: datetime) -> str:
    return when.strftime("%a, %d %b %Y %H:%M:%S GMT")


@pytest.mark.parametrize(
    ("hints", "headers", "delay", "why"),
    [
        ({"ttl": "720"}, {}, timedelta(hours=12), "the feed's ttl of 720 min"),
        ({"updatePeriod": "daily", "updateFrequency": "2"}, {}, timedelta(hours=12), "updatePeriod daily × 2"),
        ({}, {"cache-control": "public, max-age=3600"}, timedelta(hours=1), "max-age=3600"),
        ({}, {"cache-control": "max-age=3600", "age": "600"}, timedelta(minutes=50), "max-age=3600"),
        # Expires is measured from the answer's own Date (a server clock eight months off still means 2 h)
        ({}, {"expires": http_date(datetime(2026, 11, 1, 2, tzinfo=UTC)), "date": http_date(datetime(2026, 11, 1, tzinfo=UTC))},
         timedelta(hours=2), "Expires"),
        ({"ttl": "30"}, {"cache-control": "max-age=7200"}, timedelta(hours=2), "max-age=7200"),  # the longer
        # absurd hints are capped at a day
        ({"ttl": "525600"}, {}, timedelta(hours=24), "capped at 24 h"),
        ({"updatePeriod": "yearly"}, {}, timedelta(hours=24), "capped at 24 h"),
        ({}, {"cache-control": "max-age=99999999"}, timedelta(hours=24), "capped at 24 h"),
        # and ask for nothing
        ({}, {"cache-control": "max-age=0"}, None, None),
        ({}, {"cache-control": "no-cache, max-age=600"}, None, None),
        ({}, {"expires": "0"}, None, None),
        ({}, {"expires": http_date(NOW - timedelta(days=1))}, None, None),
        ({"ttl": "0"}, {}, None, None),
        ({}, {}, None, None),
    ],
)  # fmt: skip
def test_hinted_due(
    hints: dict[str, str], headers: dict[str, str], delay: timedelta | None, why: str | None
) -> None:
    due = hinted_due(hints, headers, NOW)
    if delay is None:
        assert due is None
    else:
        assert due is not None and due[0] == NOW + delay and why is not None and why in due[1]


@pytest.mark.parametrize(
    ("hints", "hour", "skipped"),
    [
        ({"skipHours": "0,1,2,3,4,5"}, 3, "skipHours (03:00 GMT)"),
        ({"skipHours": "0,1,2,3,4,5"}, 6, None),
        ({"skipDays": "Monday"}, 12, "skipDays (Monday)"),
        ({"skipDays": "Tuesday"}, 12, None),
        # a list that names every hour or every day asks for nothing
        ({"skipHours": ",".join(str(h) for h in range(24))}, 3, None),
        ({"skipDays": "Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday"}, 3, None),
    ],
)
def test_skipped_now(hints: dict[str, str], hour: int, skipped: str | None) -> None:
    found = skipped_now(hints, NOW.replace(hour=hour))
    assert found == skipped if skipped is None else found is not None and skipped in found
