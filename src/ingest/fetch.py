"""Fetch feeds (and later article pages) politely, within time and size bounds; see docs/fetching.md.
``fetch_url``: one URL with every rule (conditional GET, manual redirects, a total deadline enforced while
streaming, a cap on the decompressed body). ``fetch_feeds``: many feeds concurrently, with per-host limits.
Nothing raises (failures are FetchResults); bodies stay bytes."""

from __future__ import annotations

import hashlib
import logging
import os
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

from ingest.clock import utc_now
from ingest.config import Settings
from ingest.credentials import (
    attach_credentials,
    may_send_credentials,
    redact_credentials,
    redact_text,
    split_credentials,
)
from ingest.feedstate import SUCCESS_STATUSES, host_key, is_failed_move, plan_fetches, read_retry_time
from ingest.fetcherrors import (
    EXPLAINED_STATUSES,
    HopError,
    describe_error,
    describe_status,
    name_redirect_hop,
    read_error_page,
)
from ingest.fetchlimits import Deadline, HostBusyError, HostLimiter
from ingest.httpbody import BodyTooLargeError, decode_stream, read_local
from ingest.httpheaders import (
    RedirectError,
    describe_range,
    encode_validator,
    is_future_date,
    is_redirect_loop,
    is_whole_range,
    pick_location,
    refresh_location,
    resolve_redirect,
)
from ingest.lenienthead import is_refused_head, is_unended_chunks, make_lenient_client
from ingest.models import Feed, FeedState, FetchResult

log = logging.getLogger(__name__)

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.8"
ACCEPT_ENCODING = "gzip, deflate"  # decoded here with bounded output; no brotli (see docs)
REDIRECT_CODES = frozenset({300, 301, 302, 303, 307, 308})  # a 300 with a Location: followed, as browsers do
PERMANENT_REDIRECT_CODES = frozenset({301, 308})
STATUS_BY_CODE = {304: "not_modified", 410: "gone", 429: "retry_later", 503: "retry_later"}
VALIDATOR_HEADERS = frozenset({"If-None-Match", "If-Modified-Since"})
VALIDATORS_REFUSED = frozenset({400, 412})  # answers of servers that choke on our validators
MAX_RECONNECTS = 2


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """Concurrency and politeness knobs (Settings ``fetch_*`` fields, then ``INGEST_FETCH_*`` env)."""

    workers: int = 16
    per_host: int = 2
    host_interval_s: float = 1.0
    max_redirects: int = 5

    @classmethod
    def from_settings(cls, settings: Settings) -> FetchPolicy:
        def pick(name: str, default: float) -> float:
            value = getattr(settings, f"fetch_{name}", None)
            env = os.environ.get(f"INGEST_FETCH_{name.upper().removesuffix('_S')}")
            return float(value if value is not None else env if env else default)

        return cls(
            workers=max(1, int(pick("workers", 16))),
            per_host=max(1, int(pick("per_host", 2))),
            host_interval_s=max(0.0, pick("host_interval_s", 1.0)),
            max_redirects=max(0, int(pick("max_redirects", 5))),
        )


def make_client(settings: Settings, policy: FetchPolicy | None = None) -> httpx.Client:
    """An httpx client for ``fetch_url`` (thread-safe; share one across threads)."""
    workers = (policy or FetchPolicy.from_settings(settings)).workers
    limits = httpx.Limits(max_connections=workers * 2, max_keepalive_connections=workers)
    timeout = httpx.Timeout(settings.fetch_timeout_s)
    return httpx.Client(follow_redirects=False, timeout=timeout, limits=limits)


def fetch_url(
    url: str,
    settings: Settings,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    previous_sha256: str | None = None,
    client: httpx.Client | None = None,
    feed: str = "",
    accept: str = FEED_ACCEPT,
    limiter: HostLimiter | None = None,
    max_redirects: int = 5,
    start_by: float | None = None,
) -> FetchResult:
    """Fetch one http(s) URL or local file path with every rule; never raises. ``limiter`` (share
    one for per-host politeness across calls) applies to every hop; ``accept``: FEED_/PAGE_ACCEPT;
    ``start_by``: see HostLimiter (a fetch of a slow host not started by then is an error)."""
    started = time.monotonic()
    result = FetchResult(feed=feed, url=redact_credentials(url) or url, fetched_at=utc_now(), status="error")
    headers: dict[str, str | bytes] = {
        "User-Agent": settings.user_agent, "Accept": accept, "Accept-Encoding": ACCEPT_ENCODING,
    }  # fmt: skip
    if is_future_date(last_modified, result.fetched_at):
        last_modified = None  # a server clock in the future: it may answer 304 for ever (round nine)
    for name, value in (("If-None-Match", etag), ("If-Modified-Since", last_modified)):
        raw = encode_validator(value)
        if raw:
            headers[name] = raw
    try:
        if not url.lower().startswith(("http://", "https://")):
            fetch_local(url, settings, result)
        else:
            with nullcontext(client) if client else make_client(settings) as http:
                HttpFetch(settings, result, http, headers).run(url, limiter, max_redirects, start_by)
    except HostBusyError as exc:  # a failure like the timeouts that caused it: backoff, visible in health
        result.status, result.error = "error", str(exc)
    except Exception as exc:  # one bad URL must never stop the others
        result.status, result.body = "error", None
        result.error = describe_error(exc, settings.fetch_timeout_s)
    if result.status == "ok" and previous_sha256 and result.body_sha256 == previous_sha256:
        result.status, result.body = "unchanged", None
    result.error = redact_text(result.error)  # a login in the URL never reaches a message
    result.duration_ms = int((time.monotonic() - started) * 1000)
    return result


def fetch_local(url: str, settings: Settings, result: FetchResult) -> None:
    path = Path(url.removeprefix("file://"))
    result.final_url = str(path)
    try:
        cap = settings.max_body_bytes  # a gzipped file (feed.xml.gz) is gunzipped, within the cap
        finish_body(result, decode_stream([read_local(path, cap)], "", cap, lambda: None))
    except BodyTooLargeError as exc:
        mark_too_large(result, exc, settings.max_body_bytes)
    except FileNotFoundError:
        result.status, result.error = "error", f"file not found: {path}"


@dataclass(slots=True)
class HttpFetch:
    """One fetch_url call over HTTP: follows redirects by hand, one Deadline for all hops."""

    settings: Settings
    result: FetchResult
    client: httpx.Client
    headers: dict[str, str | bytes]
    reconnects: int = 0  # requests repeated because a reused keep-alive connection was stale
    deadline: Deadline | None = None
    temporary_seen: bool = False  # a 302/303/307 hop ends the run of permanent redirects
    cookie_hops: list[bool] = field(default_factory=list)  # per redirect: it set a cookie (is_redirect_loop)
    login: tuple[str, httpx.BasicAuth] | None = None  # the URL's credentials, for its origin only
    lenient: bool = False  # this request goes through ingest.lenienthead
    first_url: str = ""  # the URL asked for, without its login

    def run(self, url: str, limiter: HostLimiter | None, max_redirects: int, start_by: float | None) -> None:
        url, creds = split_credentials(url)  # sent as auth: httpx would log a URL that carries them
        self.login = (url, httpx.BasicAuth(*creds)) if creds else None
        seen, self.first_url = [url], url
        try:
            for hop in range(max_redirects + 1):
                host = host_key(seen[-1])
                window = start_by is not None and not hop  # only the first hop can be refused
                slot = (
                    (limiter.slot(host, start_by) if window else limiter.slot(host))
                    if limiter
                    else nullcontext()
                )
                with slot as budget:  # the deadline starts once the first hop has its slot (late: shorter)
                    self.deadline = self.deadline or Deadline(budget or self.settings.fetch_deadline_s)
                    target = self.request(seen[-1], self.deadline)
                if target is None:
                    return
                if is_redirect_loop(seen, target, self.cookie_hops):
                    raise RedirectError(f"redirect loop at {target}")
                seen.append(target)
            raise RedirectError(f"too many redirects (more than {max_redirects}) ending at {seen[-1]}")
        except Exception as exc:
            dl = self.deadline  # a timeout that the deadline shortened is reported as the deadline
            if dl and (dl.expired or (isinstance(exc, httpx.TimeoutException) and dl.remaining() < 0.05)):
                exc = TimeoutError(dl.message)  # at a redirect's target, named too (round twenty-one)
            if len(seen) > 1 and not isinstance(exc, RedirectError | HostBusyError):
                raise HopError(seen[-1]) from exc  # named with where the redirect led (round twelve)
            raise exc
        finally:
            if self.deadline is not None:
                self.deadline.cancel()

    def request(self, url: str, deadline: Deadline) -> str | None:
        """One request; returns the redirect target to follow, or None once the result is final."""
        deadline.check()
        result, cap = self.result, self.settings.max_body_bytes
        timeout = max(0.001, min(self.settings.fetch_timeout_s, deadline.remaining()))
        kw: dict[str, Any] = {"headers": self.headers, "timeout": timeout, "follow_redirects": False}
        if self.login and may_send_credentials(self.login[0], url):
            kw["auth"] = self.login[1]
        locations: list[bytes] = []  # httpx parses a Location itself and may fail before we see it
        head: list[Any] = []  # the status and whether a cookie came, for that case
        fresh: list[bool] = []  # a new connection was opened for this request

        def trace(event: str, info: dict[str, Any]) -> None:
            if event == "connection.connect_tcp.complete":
                fresh.append(True)
                deadline.watch(info.get("return_value"))
            elif event.endswith("receive_response_headers.complete"):
                value = info.get("return_value")
                if isinstance(value, tuple) and len(value) > 3:  # (version, status, reason, fields)
                    locations[:] = [v for k, v in value[3] if bytes(k).lower() == b"location"]
                    head[:] = [value[1], any(bytes(k).lower() == b"set-cookie" for k, _ in value[3])]

        with ExitStack() as stack:
            try:
                resp = stack.enter_context(self.client.stream("GET", url, extensions={"trace": trace}, **kw))
            except httpx.InvalidURL:
                if not locations or not head or head[0] not in REDIRECT_CODES:
                    raise  # else a Location httpx cannot read (feed://…) and we can: followed
                return self.follow(url, pick_location(locations, ""), head[0], head[1])
            except (httpx.RemoteProtocolError, httpx.ReadError) as exc:
                if not self.lenient and is_refused_head(exc):  # a head browsers read, h11 not; also on a
                    return self.request_leniently(url, deadline)  # reused connection (round fourteen)
                # A pooled connection the server closed, or one an earlier response left bytes on
                # (a Content-Length shorter than its body): try again on a new one, as browsers do.
                if fresh or self.reconnects >= MAX_RECONNECTS:
                    raise
                self.reconnects += 1
                return self.request(url, deadline)
            deadline.watch(resp.extensions.get("network_stream"))
            status = result.http_status = resp.status_code
            result.final_url = url
            result.headers = {k.lower(): v for k, v in resp.headers.items()}
            result.etag = resp.headers.get("etag")
            result.last_modified = resp.headers.get("last-modified")
            location = (
                pick_location(locations, resp.headers.get("location", "")) if status in REDIRECT_CODES else ""
            )
            if (
                not location and 200 <= status < 400 and status != 304
            ):  # no Location, but "Refresh: 0; url=…" (browsers go on)
                location = refresh_location(resp.headers.get("refresh"))
            if location and status >= 300:
                return self.follow(url, location, status, "set-cookie" in resp.headers)
            if status in VALIDATORS_REFUSED and VALIDATOR_HEADERS & self.headers.keys():
                return self.request_without_validators(url, deadline, stack)
            if not 200 <= status < 300:
                result.status = STATUS_BY_CODE.get(status, "error")
                if status != 304:
                    page = read_error_page(resp) if status in EXPLAINED_STATUSES else b""
                    result.error = describe_status(status, resp.headers, page, "auth" in kw)
                    result.error += name_redirect_hop(url, self.first_url)  # round twelve
                if status == 304 and not VALIDATOR_HEADERS & self.headers.keys():
                    result.status, result.error = (
                        "error",
                        "HTTP 304 Not Modified to a request without validators",
                    )
                if result.status == "retry_later":
                    result.retry_after = read_retry_time(resp.headers, utc_now())
                return None
            content_range = resp.headers.get("content-range", "")
            if status == 206 and not is_whole_range(content_range):
                result.status, result.error = (
                    "error",
                    f"HTTP 206 Partial Content: {describe_range(content_range)}",
                )
                return None  # we never ask for a range: a part of a feed is no feed
            encoding = resp.headers.get("content-encoding", "")
            try:
                finish_body(result, decode_stream(resp.iter_raw(), encoding, cap, deadline.check))
            except BodyTooLargeError as exc:
                mark_too_large(result, exc, cap)
            except httpx.RemoteProtocolError as exc:  # chunks without their final blank line (round 9)
                if self.lenient or not is_unended_chunks(exc):
                    raise
                stack.close()
                return self.request_leniently(url, deadline)
            if location and result.error == "empty body":
                return self.follow(url, location, status, "set-cookie" in resp.headers)
            if result.error == "empty body" and VALIDATOR_HEADERS & self.headers.keys():
                return self.request_without_validators(url, deadline, stack)
        return None

    def request_without_validators(self, url: str, deadline: Deadline, stack: ExitStack) -> str | None:
        """``url`` once more without our validators (a failure keeps them), this answer dropped: a 400 or
        412 from a server choking on them; since round twelve an empty 200 (a cache's "304")."""
        self.headers = {k: v for k, v in self.headers.items() if k not in VALIDATOR_HEADERS}
        self.result.status, self.result.error = "error", None
        stack.close()
        return self.request(url, deadline)

    def request_leniently(self, url: str, deadline: Deadline) -> str | None:
        """``url`` once more through a client that repairs the response head as browsers read it
        (:mod:`ingest.lenienthead`), alone on its connection."""
        client, self.client, self.lenient = self.client, make_lenient_client(1.0, self.client.cookies), True
        self.headers = {**self.headers, "Connection": "close"}
        try:
            return self.request(url, deadline)
        finally:
            self.client.close()
            self.client, self.lenient = client, False
            self.headers.pop("Connection", None)

    def follow(self, url: str, location: str, status: int, cookie_set: bool) -> str:
        """The absolute target of a redirect (RedirectError if we do not follow it), noted for the feed."""
        result = self.result
        target, given = split_credentials(resolve_redirect(url, location))
        self.cookie_hops.append(cookie_set)  # back to a URL seen: once more, with the cookie
        if given:  # a login in the Location: used there, never logged or stored
            self.login = (target, httpx.BasicAuth(*given))
        if status not in PERMANENT_REDIRECT_CODES:
            self.temporary_seen = True
        elif not self.temporary_seen and result.permanent_redirect is None:
            result.permanent_redirect = target  # the feed URL itself moved
        result.status, result.error = "error", None
        return target


def finish_body(result: FetchResult, body: bytes) -> None:
    result.bytes = len(body)
    if not body:
        result.status, result.error = "error", "empty body"
        return
    result.status, result.body = "ok", body
    result.body_sha256 = hashlib.sha256(body).hexdigest()


def mark_too_large(result: FetchResult, exc: BodyTooLargeError, cap: int) -> None:
    result.status, result.truncated, result.bytes, result.body = "too_large", True, exc.args[0], None
    result.error = f"body larger than {cap} bytes (cut off)"


def fetch_feeds(
    feeds: Sequence[Feed],
    states: Mapping[str, FeedState],
    settings: Settings,
    *,
    force: bool = False,
    now: datetime | None = None,
    policy: FetchPolicy | None = None,
    on_result: Callable[[FetchResult], None] | None = None,
) -> list[FetchResult]:
    """Fetch every due feed concurrently; one FetchResult per feed, in the order of ``feeds``.
    ``force`` fetches feeds that are not due and ``gone`` feeds, never ``disabled`` ones.
    ``on_result`` gets each attempt's result in its fetching thread as soon as it is done (storing a body
    then overlaps the other fetches); an exception it raises ends the call."""
    now = now or utc_now()
    policy = policy or FetchPolicy.from_settings(settings)
    todo, skipped = plan_fetches(feeds, states, now, force)
    results: list[FetchResult | None] = [None] * len(feeds)
    for i, (state, reason) in skipped.items():
        results[i] = FetchResult(state.feed, state.url, now, "skipped", error=reason)
    # late feeds of a slow host get a short budget, then are refused (see HostLimiter)
    slow_after = min(settings.fetch_timeout_s, settings.fetch_deadline_s) / 2
    limiter = HostLimiter(policy.per_host, policy.host_interval_s, slow_after, settings.fetch_deadline_s)
    started = time.monotonic()
    start_by = started + settings.fetch_deadline_s

    def run(feed: Feed, state: FeedState) -> FetchResult:
        try:
            result = fetch_url(
                attach_credentials(state.url, feed.url), settings, etag=state.etag, last_modified=state.last_modified, client=client,
                previous_sha256=state.body_sha256, feed=feed.name, limiter=limiter,
                max_redirects=policy.max_redirects, start_by=start_by,
            )  # fmt: skip
            if is_failed_move(state, feed, result):  # its adopted move failed: try the feeds file's URL
                result = min((result, fetch_url(feed.url, settings, previous_sha256=state.body_sha256, client=client, feed=feed.name, limiter=limiter, max_redirects=policy.max_redirects, start_by=start_by)), key=lambda r: r.status not in SUCCESS_STATUSES)  # fmt: skip
        except Exception as exc:  # fetch_url does not raise; belt and braces
            result = FetchResult(feed.name, state.url, utc_now(), "error", error=describe_error(exc))
        log.info("fetch %s: %s %s", feed.name, result.status, result.error or result.http_status or "")
        if on_result is not None:
            on_result(result)
        return result

    with make_client(settings, policy) as client, ThreadPoolExecutor(policy.workers) as pool:
        futures = [(i, pool.submit(run, feed, state)) for i, feed, state in todo]
        for i, future in futures:
            results[i] = future.result()
    log.info("fetched %d of %d feeds in %.1f s", len(todo), len(feeds), time.monotonic() - started)
    return [r for r in results if r is not None]
