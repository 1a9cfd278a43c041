"""Fetch feeds (and later article pages) politely, within time and size bounds.

``fetch_url`` fetches one URL with every rule (conditional GET, manual redirects, a total deadline
enforced while streaming, a cap on the decompressed body); ``fetch_feeds`` fetches many feeds
concurrently, at most ``per_host`` connections per host and requests to one host spaced by
``host_interval_s``. Nothing raises: every failure becomes a :class:`FetchResult`. The body stays
bytes (the parser decodes it using the Content-Type header). See docs/fetching.md.
"""

from __future__ import annotations

import hashlib
import os
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from ingest.config import Settings
from ingest.feedstate import skip_reason, sync_state
from ingest.models import Feed, FeedState, FetchResult

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.8"
ACCEPT_ENCODING = "gzip, deflate"  # decoded here with a bounded output size (no brotli: see docs)
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECT_CODES = frozenset({301, 308})
RETRY_LATER_CODES = frozenset({429, 503})
RETRY_AFTER_CAP = timedelta(hours=24)

OUT_CHUNK = 256 * 1024  # most decompressed bytes produced per step (bounds memory on gzip bombs)


class BodyTooLargeError(Exception):
    def __init__(self, size: int) -> None:
        super().__init__(f"body larger than the cap ({size} bytes read)")
        self.size = size


def make_decompressor(encoding: str) -> Any:
    """A zlib decompressor for a Content-Encoding, or None for identity."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj()
    raise ValueError(f"unsupported Content-Encoding {encoding!r}")


def decode_stream(chunks: Iterable[bytes], encoding: str, cap: int, check: Callable[[], None]) -> bytes:
    """Decompress ``chunks`` incrementally; raise BodyTooLargeError once more than ``cap`` bytes come out.

    Each step yields at most OUT_CHUNK bytes, so a gzip bomb never inflates more than that at once;
    ``check`` runs after every chunk (the deadline).
    """
    body = bytearray()
    decomp = make_decompressor(encoding)
    raw_deflate = False
    for chunk in chunks:
        check()
        data = chunk
        while data:
            if decomp is None:
                piece, data = data, b""
            else:
                try:
                    piece = decomp.decompress(data, OUT_CHUNK)
                except zlib.error:
                    if encoding.strip().lower() != "deflate" or raw_deflate or body:
                        raise
                    raw_deflate, decomp = True, zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate
                    continue
                data = decomp.unconsumed_tail
                if decomp.eof and decomp.unused_data:  # concatenated gzip members
                    data = decomp.unused_data + data
                    decomp = make_decompressor(encoding)
            body += piece
            if len(body) > cap:
                raise BodyTooLargeError(len(body))
            check()
    if decomp is not None:
        body += decomp.flush()
        if len(body) > cap:
            raise BodyTooLargeError(len(body))
    return bytes(body)


def read_local(path: Path, cap: int) -> bytes:
    with path.open("rb") as fh:
        body = fh.read(cap + 1)
    if len(body) > cap:
        raise BodyTooLargeError(len(body))
    return body


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """Concurrency and politeness knobs (Settings fields of the same name win, then env vars)."""

    workers: int = 16
    per_host: int = 2
    host_interval_s: float = 1.0
    max_redirects: int = 5

    @classmethod
    def from_settings(cls, settings: Settings) -> FetchPolicy:
        def pick(attr: str, env: str, default: float) -> float:
            value = getattr(settings, attr, None)
            return float(value) if value is not None else float(os.environ.get(env, default))

        return cls(
            workers=max(1, int(pick("fetch_workers", "INGEST_FETCH_WORKERS", 16))),
            per_host=max(1, int(pick("fetch_per_host", "INGEST_FETCH_PER_HOST", 2))),
            host_interval_s=max(0.0, pick("fetch_host_interval_s", "INGEST_FETCH_HOST_INTERVAL", 1.0)),
            max_redirects=int(pick("fetch_max_redirects", "INGEST_FETCH_MAX_REDIRECTS", 5)),
        )


class HostLimiter:
    """At most ``per_host`` requests in flight per host; request starts spaced by ``interval_s``."""

    def __init__(self, per_host: int = 2, interval_s: float = 1.0) -> None:
        self.per_host = per_host
        self.interval_s = interval_s
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._next_start: dict[str, float] = {}

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        with self._lock:
            sem = self._slots.setdefault(host, threading.BoundedSemaphore(self.per_host))
        sem.acquire()
        try:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next_start.get(host, now))
                self._next_start[host] = start + self.interval_s
            if start > now:
                time.sleep(start - now)
            yield
        finally:
            sem.release()


class Deadline:
    """A total time budget for one fetch; when it passes, the socket in use is shut down."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expires = time.monotonic() + seconds
        self.expired = False
        self._lock = threading.Lock()
        self._sock: socket.socket | None = None
        self._timer = threading.Timer(max(0.0, seconds), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def remaining(self) -> float:
        return max(0.0, self.expires - time.monotonic())

    def check(self) -> None:
        if self.expired or time.monotonic() >= self.expires:
            self.expired = True
            raise TimeoutError(self.message())

    def message(self) -> str:
        return f"timed out after {self.seconds:.1f} s (deadline)"

    def watch(self, network_stream: Any) -> None:
        """Register the connection's socket so that the deadline can cut a blocked read."""
        sock = network_stream.get_extra_info("socket") if network_stream is not None else None
        with self._lock:
            self._sock = sock
        if self.expired:
            self._fire()

    def _fire(self) -> None:
        with self._lock:
            self.expired = True
            sock = self._sock
        if sock is not None:
            with suppress(OSError):
                socket.socket.shutdown(sock, socket.SHUT_RDWR)

    def cancel(self) -> None:
        self._timer.cancel()


def utc_now() -> datetime:
    return datetime.now(UTC)


def make_client(settings: Settings, policy: FetchPolicy | None = None) -> httpx.Client:
    """An httpx client for ``fetch_url``: no automatic redirects, a connection pool sized for
    the worker pool."""
    policy = policy or FetchPolicy.from_settings(settings)
    return httpx.Client(
        follow_redirects=False,
        headers={"User-Agent": settings.user_agent},
        timeout=httpx.Timeout(settings.fetch_timeout_s),
        limits=httpx.Limits(max_connections=policy.workers * 2, max_keepalive_connections=policy.workers),
    )


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
) -> FetchResult:
    """Fetch one URL (or local file path) with every rule; never raises."""
    started = time.monotonic()
    result = FetchResult(feed=feed, url=url, fetched_at=utc_now(), status="error")
    try:
        if not url.startswith(("http://", "https://")):
            fetch_local(url, settings, result)
        elif client is None:
            with make_client(settings) as own_client:
                fetch_http(
                    url, settings, result, own_client, accept, etag, last_modified, limiter, max_redirects
                )
        else:
            fetch_http(url, settings, result, client, accept, etag, last_modified, limiter, max_redirects)
    except Exception as exc:  # one bad URL must never stop the others
        result.status = "error"
        result.error = describe_error(exc, settings.fetch_timeout_s)
        result.body = None
    if result.status == "ok" and previous_sha256 and result.body_sha256 == previous_sha256:
        result.status = "unchanged"
        result.body = None
    result.duration_ms = int((time.monotonic() - started) * 1000)
    return result


def fetch_local(url: str, settings: Settings, result: FetchResult) -> None:
    path = Path(url.removeprefix("file://"))
    result.final_url = str(path)
    try:
        body = read_local(path, settings.max_body_bytes)
    except BodyTooLargeError as exc:
        result.status, result.truncated, result.bytes = "too_large", True, exc.size
        result.error = f"body larger than {settings.max_body_bytes} bytes (cut off)"
        return
    except FileNotFoundError:
        result.status, result.error = "error", f"file not found: {path}"
        return
    finish_body(result, body)


def fetch_http(
    url: str,
    settings: Settings,
    result: FetchResult,
    client: httpx.Client,
    accept: str,
    etag: str | None,
    last_modified: str | None,
    limiter: HostLimiter | None,
    max_redirects: int,
) -> None:
    headers = {"User-Agent": settings.user_agent, "Accept": accept, "Accept-Encoding": ACCEPT_ENCODING}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    limiter = limiter or HostLimiter(per_host=1_000_000, interval_s=0.0)
    seen = [url]
    current = url
    deadline: Deadline | None = None
    try:
        for _hop in range(max_redirects + 1):
            with limiter.slot(host_key(current)):
                deadline = deadline or Deadline(settings.fetch_deadline_s)
                target = request_once(current, settings, result, client, headers, deadline)
            if target is None:
                return
            if target in seen:
                raise RedirectError(f"redirect loop at {target}")
            seen.append(target)
            current = target
        raise RedirectError(f"too many redirects (more than {max_redirects}) ending at {current}")
    except Exception as exc:
        if deadline is not None and deadline.expired:
            raise TimeoutError(deadline.message()) from exc
        raise
    finally:
        if deadline is not None:
            deadline.cancel()


class RedirectError(Exception):
    pass


def request_once(
    url: str,
    settings: Settings,
    result: FetchResult,
    client: httpx.Client,
    headers: dict[str, str],
    deadline: Deadline,
) -> str | None:
    """One request; returns the redirect target to follow, or None once ``result`` is final."""
    deadline.check()
    per_op = max(0.001, min(settings.fetch_timeout_s, deadline.remaining()))
    timeout = httpx.Timeout(per_op, connect=per_op)

    def trace(event: str, info: dict[str, Any]) -> None:
        if event == "connection.connect_tcp.complete":
            deadline.watch(info.get("return_value"))

    with client.stream("GET", url, headers=headers, timeout=timeout, extensions={"trace": trace}) as resp:
        deadline.watch(resp.extensions.get("network_stream"))
        status = resp.status_code
        result.http_status = status
        result.final_url = url
        result.headers = {k.lower(): v for k, v in resp.headers.items()}
        result.etag = resp.headers.get("etag")
        result.last_modified = resp.headers.get("last-modified")
        location = resp.headers.get("location")
        if status in REDIRECT_CODES and location:
            target = urljoin(url, location.strip())
            if status in PERMANENT_REDIRECT_CODES and result.permanent_redirect is None:
                result.permanent_redirect = target
            return target
        if status == 304:
            result.status = "not_modified"
        elif status == 410:
            result.status, result.error = "gone", status_line(status)
        elif status in RETRY_LATER_CODES:
            result.status, result.error = "retry_later", status_line(status)
            result.retry_after = parse_retry_after(resp.headers.get("retry-after"), utc_now())
        elif not 200 <= status < 300:
            result.status, result.error = "error", status_line(status)
        else:
            read_body(resp, settings, result, deadline)
    return None


def read_body(resp: httpx.Response, settings: Settings, result: FetchResult, deadline: Deadline) -> None:
    cap = settings.max_body_bytes
    encoding = resp.headers.get("content-encoding", "")
    try:
        body = decode_stream(resp.iter_raw(), encoding, cap, deadline.check)
    except BodyTooLargeError as exc:
        result.status, result.truncated, result.bytes = "too_large", True, exc.size
        result.error = f"body larger than {cap} bytes (cut off)"
        return
    finish_body(result, body)


def finish_body(result: FetchResult, body: bytes) -> None:
    result.bytes = len(body)
    if not body:
        result.status, result.error = "error", "empty body"
        return
    result.status = "ok"
    result.body = body
    result.body_sha256 = hashlib.sha256(body).hexdigest()


def status_line(status: int) -> str:
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = ""
    return f"HTTP {status} {phrase}".rstrip()


def parse_retry_after(value: str | None, now: datetime) -> datetime | None:
    """Retry-After as delta-seconds or an HTTP date, clamped to [now, now + 24 h]."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        when = now + timedelta(seconds=min(int(value), int(RETRY_AFTER_CAP.total_seconds())))
    else:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
    return min(max(when, now), now + RETRY_AFTER_CAP)


def host_key(url: str) -> str:
    parts = urlsplit(url)
    return (parts.hostname or "").lower()


def describe_error(exc: BaseException, timeout_s: float | None = None) -> str:
    """A one-line message for any failure."""
    limit = f" after {timeout_s:.1f} s" if timeout_s else ""
    if isinstance(exc, httpx.ConnectTimeout):
        text = f"connect timed out{limit}"
    elif isinstance(exc, httpx.TimeoutException):
        text = f"no data{limit} (read timeout)"
    elif isinstance(exc, httpx.ConnectError):
        text = f"connection failed: {exc}"
    elif isinstance(exc, httpx.RemoteProtocolError):
        text = f"connection closed by server: {exc}"
    elif isinstance(exc, (httpx.ReadError, ConnectionResetError)):
        text = f"connection reset: {exc}"
    elif isinstance(exc, (TimeoutError, RedirectError)):
        text = str(exc)
    else:
        text = f"{type(exc).__name__}: {exc}"
    return " ".join(text.split()) or type(exc).__name__


def interleave_hosts(items: list[tuple[int, Feed, FeedState]]) -> list[tuple[int, Feed, FeedState]]:
    """Round-robin over hosts so that workers are not all parked on one busy host."""
    by_host: dict[str, list[tuple[int, Feed, FeedState]]] = {}
    for item in items:
        by_host.setdefault(host_key(item[2].url), []).append(item)
    queues = list(by_host.values())
    out: list[tuple[int, Feed, FeedState]] = []
    for depth in range(max((len(q) for q in queues), default=0)):
        out.extend(q[depth] for q in queues if depth < len(q))
    return out


def fetch_feeds(
    feeds: Sequence[Feed],
    states: Mapping[str, FeedState],
    settings: Settings,
    *,
    force: bool = False,
    now: datetime | None = None,
    policy: FetchPolicy | None = None,
) -> list[FetchResult]:
    """Fetch every due feed concurrently; one FetchResult per feed, in the order of ``feeds``."""
    now = now or utc_now()
    policy = policy or FetchPolicy.from_settings(settings)
    results: list[FetchResult | None] = [None] * len(feeds)
    todo: list[tuple[int, Feed, FeedState]] = []
    for i, feed in enumerate(feeds):
        state = sync_state(states.get(feed.name), feed)
        reason = skip_reason(feed, state, now, force)
        if reason is None:
            todo.append((i, feed, state))
        else:
            results[i] = FetchResult(
                feed=feed.name, url=state.url, fetched_at=now, status="skipped", error=reason
            )
    limiter = HostLimiter(policy.per_host, policy.host_interval_s)

    def run(feed: Feed, state: FeedState) -> FetchResult:
        try:
            return fetch_url(
                state.url,
                settings,
                etag=state.etag,
                last_modified=state.last_modified,
                previous_sha256=state.body_sha256,
                client=client,
                feed=feed.name,
                limiter=limiter,
                max_redirects=policy.max_redirects,
            )
        except Exception as exc:  # fetch_url does not raise; belt and braces
            return FetchResult(feed.name, state.url, utc_now(), "error", error=describe_error(exc))

    with make_client(settings, policy) as client, ThreadPoolExecutor(policy.workers) as pool:
        futures = [(i, pool.submit(run, feed, state)) for i, feed, state in interleave_hosts(todo)]
        for i, future in futures:
            results[i] = future.result()
    return [r for r in results if r is not None]
