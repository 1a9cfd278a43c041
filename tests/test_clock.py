"""The pipeline's one clock (round twenty-four): INGEST_NOW / ``ingest run --now``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ingest import clock
from ingest.cli import main
from ingest.config import ConfigError


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2026-03-01T06:00:00Z", datetime(2026, 3, 1, 6, tzinfo=UTC)),
        ("2026-03-01T06:00:00z", datetime(2026, 3, 1, 6, tzinfo=UTC)),
        ("2026-03-01 08:00:00+02:00", datetime(2026, 3, 1, 6, tzinfo=UTC)),
        ("2026-03-01T01:00-05:00", datetime(2026, 3, 1, 6, tzinfo=UTC)),
        (" 2028-02-29T06:00:00.250000+00:00 ", datetime(2028, 2, 29, 6, 0, 0, 250000, tzinfo=UTC)),
    ],
)
def test_parse_now_reads_iso_8601_with_a_zone(raw: str, expected: datetime) -> None:
    assert clock.parse_now(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "2026-03-01T06:00:00",
        "2026-03-01",
        "tomorrow",
        "",
        "1772344800",
        "2026-02-30T06:00:00Z",
        "Sun, 01 Mar 2026 06:00:00 GMT",
    ],
)
def test_parse_now_refuses_anything_else_in_one_line(raw: str) -> None:
    with pytest.raises(ConfigError) as err:
        clock.parse_now(raw)
    assert str(err.value) == (
        f"environment variable INGEST_NOW={raw!r}: must be an ISO 8601 time with a zone, such as 2026-03-01T06:00:00Z"
    )


def test_utc_now_is_the_wall_clock_without_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(clock.NOW_ENV, raising=False)
    assert abs(clock.utc_now() - datetime.now(UTC)) < timedelta(seconds=5)
    assert clock.simulated_start() is None


def test_utc_now_starts_at_the_setting_and_runs_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(clock.NOW_ENV, "2026-03-01T06:00:00Z")
    first, second = clock.utc_now(), clock.utc_now()
    start = datetime(2026, 3, 1, 6, tzinfo=UTC)
    assert start <= first <= second < start + timedelta(minutes=5)
    monkeypatch.setenv(clock.NOW_ENV, "2026-03-08T06:00:00+00:00")
    assert datetime(2026, 3, 8, 6, tzinfo=UTC) <= clock.utc_now() < datetime(2026, 3, 8, 6, 5, tzinfo=UTC)


def test_a_bad_now_stops_the_run_before_anything_is_fetched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    feeds = tmp_path / "feeds.toml"
    feeds.write_text('[[feeds]]\nname = "x"\nurl = "http://127.0.0.1:9/x"\n')
    monkeypatch.delenv(clock.NOW_ENV, raising=False)
    assert main(["run", "--feeds", str(feeds), "--warehouse", str(tmp_path / "w"), "--now", "next week"]) == 2
    assert capsys.readouterr().err.strip().splitlines() == [
        "ingest run: error: --now='next week': must be an ISO 8601 time with a zone, such as 2026-03-01T06:00:00Z"
    ]
    monkeypatch.setenv(clock.NOW_ENV, "2026-03-01")
    assert main(["run", "--feeds", str(feeds), "--warehouse", str(tmp_path / "w")]) == 2
    assert "INGEST_NOW='2026-03-01': must be an ISO 8601" in capsys.readouterr().err
    assert not (tmp_path / "w" / "catalog.sqlite").exists()


def test_run_now_dates_the_fetch_the_state_and_the_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`ingest run --now` on a local feed: the feed state, first-seen time and lake file dates are the given day."""
    from ingest.catalog import read_states
    from ingest.warehouse import query_warehouse

    feed = tmp_path / "feed.xml"
    feed.write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Quay</title><item><title>Quay plan approved</title>"
        "<link>https://quay.example/plan</link><pubDate>Sat, 28 Feb 2026 09:00:00 +0000</pubDate>"
        "<description>The council approved the plan for the northern quay on Saturday.</description></item>"
        "</channel></rss>"
    )
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(f'[[feeds]]\nname = "quay"\nurl = "{feed}"\nfulltext = "never"\n')
    monkeypatch.setenv(clock.NOW_ENV, "")  # restored after the test: the command sets it for its process
    warehouse = tmp_path / "w"
    assert (
        main(["run", "--feeds", str(feeds), "--warehouse", str(warehouse), "--now", "2026-03-01T06:00:00Z"])
        == 0
    )
    state = read_states(warehouse)["quay"]
    start = datetime(2026, 3, 1, 6, tzinfo=UTC)
    assert state.last_fetch_at is not None and start <= state.last_fetch_at < start + timedelta(minutes=5)
    [(published, first_seen)] = query_warehouse(
        warehouse, "select published_at, first_seen_at from articles"
    )[1]
    assert published == datetime(2026, 2, 28, 9, tzinfo=UTC) and first_seen.date() == start.date()
    assert {p.parent.name for p in (warehouse / "lake").rglob("*.parquet")} == {"ingest_date=2026-03-01"}
