"""fetch_url / fetch_feeds against a real fault-injecting HTTP server on loopback."""

# ruff: noqa: F811 - the fault_server fixture is imported, then named as an argument

from __future__ import annotations

import gzip
import hashlib
import itertools
import socket
import threading
import time
import tracemalloc
import zlib
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import httpx
import pytest

from conftest import peak_rss_kib, reset_peak_rss
from faultserver import (
    FaultServer,
    conditional,
    delay,
    drip,
    fault_server,  # noqa: F401 - pytest fixture
    fault_server_module,  # noqa: F401 - pytest fixture
    gzipped,
    hang,
    make_gzip_bomb,
    redirect,
    reset,
    respond,
    stream_body,
)
from ingest.config import Settings
from ingest.feedstate import new_state, next_state, parse_retry_after
from ingest.fetch import PAGE_ACCEPT, FetchPolicy, HostLimiter, fetch_feeds, fetch_url
from ingest.models import Feed, FetchResult

RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
MIB = 1024 * 1024


def make_settings(tmp_path: Path, **kw: float) -> Settings:
    base = {"fetch_timeout_s": 2.0, "fetch_deadline_s": 3.0, "max_body_bytes": MIB}
    base.update(kw)
    return Settings(warehouse=tmp_path, **base)  # type: ignore[arg-type]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


# --- plain responses -----------------------------------------------------------------------------
def test_ok_fills_every_field(fault_server: FaultServer, settings: Settings) -> None:
    url = fault_server.add(
        "/feed", respond(200, RSS, {"Content-Type": "application/rss+xml; charset=utf-8", "ETag": '"v1"'})
    )
    r = fetch_url(url, settings, feed="f")
    assert r.status == "ok" and r.http_status == 200 and r.body == RSS
    assert r.feed == "f" and r.url == url and r.final_url == url
    assert r.headers["content-type"] == "application/rss+xml; charset=utf-8"
    assert r.etag == '"v1"' and r.bytes == len(RSS) and r.error is None
    assert r.body_sha256 == hashlib.sha256(RSS).hexdigest()
    assert r.fetched_at.tzinfo is not None and r.duration_ms >= 0
    sent = fault_server.hits("/feed")[0].headers
    assert sent["user-agent"] == settings.user_agent
    assert "application/rss+xml" in sent["accept"] and sent["accept-encoding"] == "gzip, deflate"
    assert "if-none-match" not in sent


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (404, "HTTP 404 Not Found"),
        (500, "HTTP 500 Internal Server Error"),
        (502, "HTTP 502 Bad Gateway"),
        (403, "HTTP 403 Forbidden"),
        (599, "HTTP 599"),
    ],
)
def test_http_errors(fault_server: FaultServer, settings: Settings, status: int, expected: str) -> None:
    url = fault_server.add("/e", respond(status, b"oops"))
    r = fetch_url(url, settings)
    assert (r.status, r.http_status, r.error, r.body) == ("error", status, expected, None)


def test_gone(fault_server: FaultServer, settings: Settings) -> None:
    r = fetch_url(fault_server.add("/g", respond(410)), settings)
    assert (r.status, r.http_status, r.error) == ("gone", 410, "HTTP 410 Gone")


def test_empty_body_is_an_error(fault_server: FaultServer, settings: Settings) -> None:
    r = fetch_url(fault_server.add("/empty", respond(200, b"")), settings)
    assert (r.status, r.error, r.bytes, r.body) == ("error", "empty body", 0, None)


# --- retry later ---------------------------------------------------------------------------------
@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_seconds(fault_server: FaultServer, settings: Settings, status: int) -> None:
    url = fault_server.add("/r", respond(status, b"", {"Retry-After": "120"}))
    before = datetime.now(UTC)
    r = fetch_url(url, settings)
    assert r.status == "retry_later" and r.http_status == status
    assert r.retry_after is not None
    assert before + timedelta(seconds=119) <= r.retry_after <= datetime.now(UTC) + timedelta(seconds=121)


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_http_date(fault_server: FaultServer, settings: Settings, status: int) -> None:
    when = (datetime.now(UTC) + timedelta(hours=2)).replace(microsecond=0)
    url = fault_server.add("/r", respond(status, b"", {"Retry-After": format_datetime(when, usegmt=True)}))
    r = fetch_url(url, settings)
    assert r.status == "retry_later" and r.retry_after == when


def test_retry_after_absent_huge_and_garbage(fault_server: FaultServer, settings: Settings) -> None:
    r = fetch_url(fault_server.add("/a", respond(503)), settings)
    assert r.status == "retry_later" and r.retry_after is None  # next_state applies the backoff
    r = fetch_url(fault_server.add("/h", respond(429, b"", {"Retry-After": "99999999"})), settings)
    assert r.retry_after is not None
    assert r.retry_after <= datetime.now(UTC) + timedelta(hours=24)
    r = fetch_url(fault_server.add("/x", respond(429, b"", {"Retry-After": "soon"})), settings)
    assert r.status == "retry_later" and r.retry_after is None


def test_parse_retry_after_table() -> None:
    now = datetime(2025, 1, 1, 12, tzinfo=UTC)
    assert parse_retry_after("0", now) == now
    assert parse_retry_after("60", now) == now + timedelta(minutes=1)
    assert parse_retry_after("Wed, 01 Jan 2025 13:00:00 GMT", now) == now + timedelta(hours=1)
    assert parse_retry_after("Tue, 31 Dec 2024 13:00:00 GMT", now) == now  # past → now
    assert parse_retry_after("Fri, 03 Jan 2025 13:00:00 GMT", now) == now + timedelta(hours=24)
    assert parse_retry_after("", now) is None and parse_retry_after("-5", now) is None


# --- time bounds ---------------------------------------------------------------------------------
def test_drip_is_cut_at_the_deadline(fault_server: FaultServer, tmp_path: Path) -> None:
    settings = make_settings(tmp_path, fetch_timeout_s=1.0, fetch_deadline_s=1.5)
    url = fault_server.add("/drip", drip(RSS, interval=0.1))  # ~8 s to send it all
    t0 = time.monotonic()
    r = fetch_url(url, settings)
    elapsed = time.monotonic() - t0
    assert r.status == "error" and r.error == "timed out after 1.5 s (deadline)"
    assert 1.4 <= elapsed < 2.5 and r.body is None


def test_hang_is_cut_by_the_deadline_before_the_read_timeout(
    fault_server: FaultServer, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, fetch_timeout_s=10.0, fetch_deadline_s=1.0)
    url = fault_server.add("/hang", hang())
    t0 = time.monotonic()
    r = fetch_url(url, settings)
    assert r.status == "error" and "deadline" in (r.error or "")
    assert time.monotonic() - t0 < 2.0


def test_hang_hits_the_read_timeout(fault_server: FaultServer, tmp_path: Path) -> None:
    settings = make_settings(tmp_path, fetch_timeout_s=0.5, fetch_deadline_s=5.0)
    r = fetch_url(fault_server.add("/hang", hang()), settings)
    assert r.status == "error" and r.error == "no data after 0.5 s (read timeout)"
    assert r.duration_ms < 1500


def test_connection_reset(fault_server: FaultServer, settings: Settings) -> None:
    r = fetch_url(fault_server.add("/reset", reset()), settings)
    assert r.status == "error" and r.error is not None
    assert r.error.startswith(("connection reset", "connection closed")) and "\n" not in r.error


def test_connection_refused(settings: Settings) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    r = fetch_url(f"http://127.0.0.1:{port}/feed", settings)
    assert r.status == "error" and (r.error or "").startswith("connection failed")


def test_invalid_url_is_an_error_not_an_exception(settings: Settings) -> None:
    r = fetch_url("http://exa mple.com:99999/x", settings)
    assert r.status == "error" and r.error


# --- redirects -----------------------------------------------------------------------------------
def test_redirect_chain_records_first_permanent(fault_server: FaultServer, settings: Settings) -> None:
    fault_server.add("/a", redirect(301, "/b"))  # a temporary first hop records nothing: test_fetch_quirks
    fault_server.add("/b", redirect(301, "/c"))
    fault_server.add("/c", redirect(308, fault_server.url("/d", host="127.0.0.2")))
    fault_server.add("/d", redirect(307, "/feed"))
    fault_server.add("/feed", respond(200, RSS))
    r = fetch_url(fault_server.url("/a"), settings)
    assert r.status == "ok" and r.body == RSS
    assert r.permanent_redirect == fault_server.url("/b")
    assert r.final_url == fault_server.url("/feed", host="127.0.0.2")
    assert [h.path for h in fault_server.requests] == ["/a", "/b", "/c", "/d", "/feed"]


def test_temporary_redirect_records_nothing(fault_server: FaultServer, settings: Settings) -> None:
    fault_server.add("/t", redirect(302, "/feed"))
    fault_server.add("/feed", respond(200, RSS))
    r = fetch_url(fault_server.url("/t"), settings)
    assert r.status == "ok" and r.permanent_redirect is None


def test_redirect_loop(fault_server: FaultServer, settings: Settings) -> None:
    fault_server.add("/x", redirect(301, "/y"))
    fault_server.add("/y", redirect(302, "/x"))
    r = fetch_url(fault_server.url("/x"), settings)
    assert r.status == "error" and r.error == f"redirect loop at {fault_server.url('/x')}"


@pytest.mark.parametrize(("hops", "ok"), [(5, True), (6, False)])
def test_redirect_limit(fault_server: FaultServer, settings: Settings, hops: int, ok: bool) -> None:
    for i in range(hops):
        fault_server.add(f"/h{i}", redirect(302, f"/h{i + 1}"))
    fault_server.add(f"/h{hops}", respond(200, RSS))
    r = fetch_url(fault_server.url("/h0"), settings)
    if ok:
        assert r.status == "ok"
    else:
        assert r.status == "error" and (r.error or "").startswith("too many redirects (more than 5)")
        assert len(fault_server.requests) == 6


def test_redirect_without_location_is_an_error(fault_server: FaultServer, settings: Settings) -> None:
    r = fetch_url(fault_server.add("/nl", respond(301)), settings)
    assert r.status == "error" and r.error == "HTTP 301 Moved Permanently"


# --- size bounds ---------------------------------------------------------------------------------
@pytest.mark.parametrize("content_length", [True, False])
def test_30_mb_body_is_cut_at_a_small_cap(
    fault_server: FaultServer, settings: Settings, content_length: bool
) -> None:
    url = fault_server.add("/big", stream_body(30 * MIB, content_length=content_length))
    r = fetch_url(url, settings)
    assert r.status == "too_large" and r.truncated and r.body is None
    assert MIB < r.bytes <= MIB + 256 * 1024
    assert r.error == f"body larger than {MIB} bytes (cut off)"


@pytest.mark.slow
def test_30_mb_body_at_the_default_cap(fault_server: FaultServer, tmp_path: Path) -> None:
    settings = make_settings(tmp_path, max_body_bytes=Settings().max_body_bytes)
    assert settings.max_body_bytes == 15 * MIB
    r = fetch_url(fault_server.add("/big", stream_body(30 * MIB)), settings)
    assert r.status == "too_large" and 15 * MIB < r.bytes <= 16 * MIB
    r = fetch_url(fault_server.add("/fits", stream_body(15 * MIB)), settings)
    assert r.status == "ok" and r.bytes == 15 * MIB


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    return make_gzip_bomb(1 << 30)  # 1 GiB of zeros in about 1 MiB


def test_gzip_bomb_is_cut_and_memory_stays_bounded(
    fault_server: FaultServer, tmp_path: Path, gzip_bomb: bytes
) -> None:
    assert len(gzip_bomb) < 2 * MIB
    settings = make_settings(tmp_path, max_body_bytes=15 * MIB, fetch_deadline_s=10.0)
    url = fault_server.add("/bomb", respond(200, gzip_bomb, {"Content-Encoding": "gzip"}))
    reset_peak_rss()  # the peak of this fetch, not of the tests before it
    rss_before = peak_rss_kib()
    tracemalloc.start()
    try:
        r = fetch_url(url, settings)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    rss_growth_mb = (peak_rss_kib() - rss_before) / 1024
    assert r.status == "too_large" and r.body is None
    assert 15 * MIB < r.bytes <= 15 * MIB + 256 * 1024
    assert peak < 100 * MIB, f"peak traced memory {peak / MIB:.1f} MiB"
    assert rss_growth_mb < 100


def test_gzip_and_deflate_bodies_are_decoded(fault_server: FaultServer, settings: Settings) -> None:
    r = fetch_url(fault_server.add("/gz", gzipped(RSS)), settings)
    assert r.status == "ok" and r.body == RSS and r.bytes == len(RSS)
    zlib_body = zlib.compress(RSS)
    r = fetch_url(fault_server.add("/zl", respond(200, zlib_body, {"Content-Encoding": "deflate"})), settings)
    assert r.status == "ok" and r.body == RSS
    raw = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    raw_body = raw.compress(RSS) + raw.flush()
    r = fetch_url(fault_server.add("/raw", respond(200, raw_body, {"Content-Encoding": "deflate"})), settings)
    assert r.status == "ok" and r.body == RSS
    twice = gzip.compress(RSS[:20]) + gzip.compress(RSS[20:])  # concatenated members
    r = fetch_url(fault_server.add("/two", respond(200, twice, {"Content-Encoding": "gzip"})), settings)
    assert r.status == "ok" and r.body == RSS


def test_corrupt_gzip_and_unknown_encoding(fault_server: FaultServer, settings: Settings) -> None:
    r = fetch_url(
        fault_server.add("/bad", respond(200, b"not gzip at all", {"Content-Encoding": "gzip"})), settings
    )
    assert r.status == "error" and r.error and "\n" not in r.error
    r = fetch_url(fault_server.add("/br", respond(200, b"xx", {"Content-Encoding": "br"})), settings)
    assert r.status == "error" and "unsupported Content-Encoding 'br'" in (r.error or "")


# --- conditional GET -----------------------------------------------------------------------------
def test_etag_gives_304_on_second_fetch(fault_server: FaultServer, settings: Settings) -> None:
    url = fault_server.add("/c", conditional(RSS, etag='"abc"'))
    first = fetch_url(url, settings)
    assert first.status == "ok" and first.etag == '"abc"'
    second = fetch_url(url, settings, etag=first.etag, previous_sha256=first.body_sha256)
    assert second.status == "not_modified" and second.http_status == 304 and second.body is None
    assert fault_server.hits("/c")[1].headers["if-none-match"] == '"abc"'


def test_last_modified_gives_304(fault_server: FaultServer, settings: Settings) -> None:
    lm = "Wed, 01 Jan 2025 10:00:00 GMT"
    url = fault_server.add("/lm", conditional(RSS, last_modified=lm))
    first = fetch_url(url, settings)
    assert first.last_modified == lm
    second = fetch_url(url, settings, last_modified=lm)
    assert second.status == "not_modified"
    assert fault_server.hits("/lm")[1].headers["if-modified-since"] == lm


def test_same_body_with_a_new_etag_is_unchanged(fault_server: FaultServer, settings: Settings) -> None:
    url = fault_server.add("/u", respond(200, RSS, {"ETag": '"v2"'}))
    r = fetch_url(url, settings, etag='"v1"', previous_sha256=hashlib.sha256(RSS).hexdigest())
    assert r.status == "unchanged" and r.body is None and r.etag == '"v2"'
    assert r.body_sha256 == hashlib.sha256(RSS).hexdigest()


# --- local files ---------------------------------------------------------------------------------
def test_local_files(tmp_path: Path, settings: Settings) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(RSS)
    r = fetch_url(str(feed), settings)
    assert r.status == "ok" and r.body == RSS and r.final_url == str(feed)
    assert fetch_url(f"file://{feed}", settings).status == "ok"
    r = fetch_url(str(feed), settings, previous_sha256=hashlib.sha256(RSS).hexdigest())
    assert r.status == "unchanged"
    r = fetch_url(str(tmp_path / "missing.xml"), settings)
    assert r.status == "error" and (r.error or "").startswith("file not found")
    big = tmp_path / "big.xml"
    big.write_bytes(b"a" * (MIB + 1))
    r = fetch_url(str(big), settings)
    assert r.status == "too_large" and r.body is None
    assert fetch_url(str(tmp_path), settings).status == "error"  # a directory


# --- many feeds ----------------------------------------------------------------------------------
def test_slow_feeds_on_different_hosts_run_concurrently(
    fault_server: FaultServer, settings: Settings
) -> None:
    fault_server.add("/slow", delay(1.0, respond(200, RSS)))
    hosts = ["localhost", *[f"127.0.0.{i}" for i in range(1, 10)]]
    feeds = [Feed(f"f{i}", fault_server.url("/slow", host=h), "o") for i, h in enumerate(hosts)]
    t0 = time.monotonic()
    results = fetch_feeds(
        feeds, {}, settings, policy=FetchPolicy(workers=16, per_host=2, host_interval_s=1.0)
    )
    elapsed = time.monotonic() - t0
    assert [r.status for r in results] == ["ok"] * 10
    assert [r.feed for r in results] == [f.name for f in feeds]
    assert elapsed < 2.5, f"10 slow feeds took {elapsed:.2f} s (sequential: 10 s)"


def test_per_host_limit_and_spacing(fault_server: FaultServer, settings: Settings) -> None:
    fault_server.add("/p", delay(0.4, respond(200, RSS)))
    feeds = [Feed(f"f{i}", fault_server.url(f"/p?i={i}", host="127.0.0.3"), "o") for i in range(6)]
    interval = 0.2
    results = fetch_feeds(
        feeds, {}, settings, policy=FetchPolicy(workers=8, per_host=2, host_interval_s=interval)
    )
    assert all(r.status == "ok" for r in results)
    arrivals = sorted(r.arrived for r in fault_server.hits("/p"))
    gaps = [b - a for a, b in itertools.pairwise(arrivals)]
    assert len(arrivals) == 6 and min(gaps) >= interval - 0.05, gaps
    assert fault_server.peak_in_flight("127.0.0.3") == 2


def test_host_limiter_spacing_unit() -> None:
    limiter = HostLimiter(per_host=5, interval_s=0.05)
    starts = []
    for _ in range(4):
        with limiter.slot("h"):
            starts.append(time.monotonic())
    assert all(b - a >= 0.045 for a, b in itertools.pairwise(starts))
    with limiter.slot("other"):
        pass  # another host does not wait


def test_fetch_feeds_skips_and_survives_bad_feeds(
    fault_server: FaultServer, settings: Settings, tmp_path: Path
) -> None:
    fault_server.add("/ok", respond(200, RSS))
    fault_server.add("/gone", respond(410))
    now = datetime.now(UTC)
    feeds = [
        Feed("ok", fault_server.url("/ok"), "o"),
        Feed("off", fault_server.url("/ok"), "o", enabled=False),
        Feed("broken", "http://exa mple.com:99999/x", "o"),
        Feed("gone", fault_server.url("/gone"), "o"),
        Feed("later", fault_server.url("/ok"), "o"),
        Feed("local-missing", str(tmp_path / "nope.xml"), "o"),
    ]
    gone_state = next_state(new_state(feeds[3]), feeds[3], fetch_url(feeds[3].url, settings), now)
    later_state = new_state(feeds[4])
    later_state.next_fetch_at = now + timedelta(hours=1)
    states = {"gone": gone_state, "later": later_state}
    policy = FetchPolicy(host_interval_s=0.0)
    results = fetch_feeds(feeds, states, settings, now=now, policy=policy)
    got = [(r.feed, r.status, r.error if r.status == "skipped" else None) for r in results]
    assert got == [
        ("ok", "ok", None),
        ("off", "skipped", "disabled"),
        ("broken", "error", None),
        ("gone", "skipped", "gone"),
        ("later", "skipped", f"not due until {later_state.next_fetch_at.isoformat()}"),
        ("local-missing", "error", None),
    ]
    forced = fetch_feeds(feeds, states, settings, now=now, force=True, policy=policy)
    assert [r.status for r in forced] == ["ok", "skipped", "error", "gone", "ok", "error"]


def test_fetch_feeds_hands_each_attempt_over_from_its_thread(
    fault_server: FaultServer, settings: Settings
) -> None:
    fault_server.add("/ok", respond(200, RSS))
    fault_server.add("/missing", respond(404))
    feeds = [
        Feed("a", fault_server.url("/ok"), "o"),
        Feed("off", fault_server.url("/ok"), "o", enabled=False),
        Feed("b", fault_server.url("/missing"), "o"),
    ]
    seen: dict[str, tuple[str, str]] = {}
    policy = FetchPolicy(host_interval_s=0.0)

    def keep(result: FetchResult) -> None:
        seen[result.feed] = (result.status, threading.current_thread().name)

    results = fetch_feeds(feeds, {}, settings, policy=policy, on_result=keep)
    assert [r.status for r in results] == ["ok", "skipped", "error"]
    assert {f: status for f, (status, _) in seen.items()} == {"a": "ok", "b": "error"}  # not the skipped one
    assert all(thread != threading.main_thread().name for _, thread in seen.values())

    def refuse(result: FetchResult) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        fetch_feeds(feeds, {}, settings, policy=policy, on_result=refuse)


def test_fetch_feeds_uses_state_validators_and_url(fault_server: FaultServer, settings: Settings) -> None:
    fault_server.add("/new", conditional(RSS, etag='"e"'))
    feed = Feed("f", fault_server.url("/old"), "o")
    state = new_state(feed)
    state.url = fault_server.url("/new")  # adopted after permanent redirects
    state.etag = '"e"'
    [r] = fetch_feeds([feed], {"f": state}, settings, policy=FetchPolicy(host_interval_s=0.0))
    assert r.status == "not_modified" and r.url == fault_server.url("/new")


def test_permanent_redirect_is_adopted_after_three_runs(
    fault_server: FaultServer, settings: Settings
) -> None:
    fault_server.add("/old", redirect(301, "/new"))
    fault_server.add("/new", respond(200, RSS))
    feed = Feed("moved", fault_server.url("/old"), "o")
    states = {}
    policy = FetchPolicy(host_interval_s=0.0)
    for run in range(1, 4):
        [r] = fetch_feeds([feed], states, settings, policy=policy, force=True)
        assert r.status in ("ok", "unchanged") and r.permanent_redirect == fault_server.url("/new")
        states["moved"] = next_state(states.get("moved") or new_state(feed), feed, r, datetime.now(UTC))
        assert states["moved"].url == (fault_server.url("/new") if run == 3 else feed.url)
    [r] = fetch_feeds([feed], states, settings, policy=policy, force=True)
    assert r.url == fault_server.url("/new") and r.permanent_redirect is None and r.status == "unchanged"
    assert [h.path for h in fault_server.requests][-1] == "/new"  # the old URL is not asked any more
    assert states["moved"].original_url == feed.url


def test_redirect_to_another_scheme_is_an_error(fault_server: FaultServer, settings: Settings) -> None:
    r = fetch_url(fault_server.add("/ftp", redirect(302, "ftp://example.org/feed")), settings)
    assert r.status == "error" and r.error and "\n" not in r.error


def test_deadline_covers_all_redirect_hops(fault_server: FaultServer, tmp_path: Path) -> None:
    settings = make_settings(tmp_path, fetch_timeout_s=5.0, fetch_deadline_s=1.0)
    for i in range(4):
        fault_server.add(f"/s{i}", delay(0.4, redirect(302, f"/s{i + 1}")))
    fault_server.add("/s4", respond(200, RSS))
    t0 = time.monotonic()
    r = fetch_url(fault_server.url("/s0"), settings)
    assert r.status == "error" and "deadline" in (r.error or "") and time.monotonic() - t0 < 2.0


def test_results_are_logged(
    fault_server: FaultServer, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    fault_server.add("/ok", respond(200, RSS))
    fault_server.add("/missing", respond(404))
    feeds = [Feed("a", fault_server.url("/ok"), "o"), Feed("b", fault_server.url("/missing"), "o")]
    with caplog.at_level("INFO", logger="ingest.fetch"):
        fetch_feeds(feeds, {}, settings, policy=FetchPolicy(host_interval_s=0.0))
    messages = [rec.getMessage() for rec in caplog.records]
    assert "fetch a: ok 200" in messages and "fetch b: error HTTP 404 Not Found" in messages
    assert any(m.startswith("fetched 2 of 2 feeds in") for m in messages)


def test_policy_from_settings_and_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    monkeypatch.setenv("INGEST_FETCH_MAX_REDIRECTS", "3")
    policy = FetchPolicy.from_settings(settings)
    assert policy.max_redirects == 3 and policy.workers >= 1 and policy.per_host >= 1


def test_callers_client_never_follows_redirects_itself(fault_server: FaultServer, settings: Settings) -> None:
    for i in range(7):
        fault_server.add(f"/c{i}", redirect(301, f"/c{i + 1}"))
    with httpx.Client(follow_redirects=True) as client:
        r = fetch_url(fault_server.url("/c0"), settings, client=client, accept=PAGE_ACCEPT)
    assert r.status == "error" and (r.error or "").startswith("too many redirects")
    assert r.permanent_redirect == fault_server.url("/c1")
    assert fault_server.hits("/c0")[0].headers["accept"] == PAGE_ACCEPT


def test_hang_on_a_reused_connection_is_cut_at_the_deadline(
    fault_server: FaultServer, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, fetch_timeout_s=10.0, fetch_deadline_s=1.0)
    fault_server.add("/ok", respond(200, RSS))
    fault_server.add("/hang", hang())
    with httpx.Client() as client:
        assert fetch_url(fault_server.url("/ok"), settings, client=client).status == "ok"
        t0 = time.monotonic()
        r = fetch_url(fault_server.url("/hang"), settings, client=client)  # keep-alive connection reused
    assert r.status == "error" and r.error == "timed out after 1.0 s (deadline)"
    assert time.monotonic() - t0 < 2.0
    assert len(fault_server.requests) == 2


def test_the_fetcher_does_not_load_httpxs_command_line_client() -> None:
    import subprocess
    import sys

    code = "import sys, ingest.fetch, httpx; print(sorted(m for m in ('click', 'rich', 'pygments') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("content_range", "ok"),
    [
        ("bytes 0-39/89", False),
        ("bytes 40-88/89", False),
        ("bytes 0-39/*", False),
        ("", False),
        ("garbage", False),
        ("bytes 0-88/89", True),  # a 206 that covers the whole body is the body
    ],
)
def test_a_206_is_taken_only_when_it_covers_the_whole_body(
    fault_server: FaultServer, settings: Settings, content_range: str, ok: bool
) -> None:
    body = b'<rss version="2.0"><channel><title>x</title><item><title>a</title></item></channel></rss>'
    assert len(body) == 89
    part = body if ok else body[:40]
    headers = {"Content-Range": content_range} if content_range else {}
    r = fetch_url(fault_server.add("/partial", respond(206, part, headers)), settings)
    if ok:
        assert r.status == "ok" and r.body == body
    else:
        assert r.status == "error" and r.body is None and r.http_status == 206
        assert (r.error or "").startswith("HTTP 206 Partial Content: only a part of the body was sent")


def test_logins_go_to_their_origin_only_and_are_never_logged(
    fault_server: FaultServer, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    import base64
    import logging

    s = fault_server
    s.add("/feed", redirect(301, "/moved"))  # same origin: the feed's login follows
    s.add("/moved", redirect(302, s.url("/elsewhere", host="127.0.0.2")))  # another host: it does not
    s.add("/elsewhere", redirect(307, s.url("/given", host="127.0.0.3").replace("//", "//bob:given-pw@")))
    s.add("/given", respond(200, RSS))
    url = s.url("/feed").replace("//", "//alice:feed-pw@")
    loggers = [logging.getLogger(name) for name in ("httpx", "httpcore")]
    saved = [(lg.level, lg.propagate) for lg in loggers]
    for lg in loggers:  # earlier tests (Airflow's logging config) may have quietened them
        lg.setLevel(logging.DEBUG)
        lg.addHandler(caplog.handler)
    try:
        with caplog.at_level(logging.DEBUG):
            r = fetch_url(url, settings)
    finally:
        for lg, (level, propagate) in zip(loggers, saved, strict=True):
            lg.removeHandler(caplog.handler)
            lg.setLevel(level)
            lg.propagate = propagate
    assert r.status == "ok", r.error

    def basic(user: str, password: str) -> str:
        return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()

    sent = {rec.path: rec.headers.get("authorization") for rec in s.requests}
    assert sent == {
        "/feed": basic("alice", "feed-pw"),
        "/moved": basic("alice", "feed-pw"),
        "/elsewhere": None,
        "/given": basic("bob", "given-pw"),  # a login the server put in its Location is used there
    }
    stored = f"{r.url} {r.final_url} {r.permanent_redirect} {r.error}"
    assert r.url.startswith("http://***@") and "pw" not in stored
    assert "feed-pw" not in caplog.text  # not even at DEBUG
    info = "\n".join(rec.getMessage() for rec in caplog.records if rec.levelno >= logging.INFO)
    assert "given-pw" not in info and "/given" in info  # (httpcore's DEBUG trace shows the Location as sent)


@pytest.mark.parametrize(
    ("status", "location", "moved"),
    [
        (301, "feed://{host}/target", True),  # httpx cannot read it and raised InvalidURL before
        (302, "feed://{host}/target", False),
        (308, "feed:http://{host}/target", True),
        (307, "FEED://{host}/target", False),
    ],
)
def test_a_redirect_to_a_feed_url_is_followed_as_http(
    fault_server: FaultServer, settings: Settings, status: int, location: str, moved: bool
) -> None:
    s = fault_server
    host = f"127.0.0.1:{s.port}"
    s.add("/target", respond(200, RSS, {"Content-Type": "application/rss+xml"}))
    r = fetch_url(s.add("/feed", redirect(status, location.format(host=host))), settings)
    assert r.status == "ok" and r.final_url == f"http://{host}/target", r.error
    assert r.permanent_redirect == (f"http://{host}/target" if moved else None)


@pytest.mark.parametrize(
    ("location", "error"),
    [
        ("feed:javascript:alert(1)", "redirect to a non-HTTP URL refused: javascript:alert(1)"),
        ("feed:ftp://h.example/x", "redirect to a non-HTTP URL refused: ftp://h.example/x"),
        ("feed:", "redirect to a non-HTTP URL refused: feed:"),
    ],
)
def test_a_feed_url_wrapping_anything_but_http_is_still_refused(
    fault_server: FaultServer, settings: Settings, location: str, error: str
) -> None:
    r = fetch_url(fault_server.add("/feed", redirect(302, location)), settings)
    assert (r.status, r.error) == ("error", error)
    assert len(fault_server.requests) == 1
