"""Fetch feeds (and later article pages) politely, within time and size bounds; see docs/fetching.md.

``fetch_url``: one URL with every rule (conditional GET, manual redirects, a total deadline enforced
while streaming, a cap on the decompressed body). ``fetch_feeds``: many feeds concurrently, with
per-host limits. Nothing raises (failures are FetchResults); bodies stay bytes.
"""

from __future__ import annotations

import hashlib
import logging
import os
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, nullcontext, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import httpx

from ingest.config import Settings
from ingest.feedstate import host_key, parse_retry_after, plan_fetches
from ingest.models import Feed, FeedState, FetchResult

log = logging.getLogger(__name__)

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.8"
ACCEPT_ENCODING = "gzip, deflate"  # decoded here with bounded output; no brotli (see docs)
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECT_CODES = frozenset({301, 308})
STATUS_BY_CODE = {304: "not_modified", 410: "gone", 429: "retry_later", 503: "retry_later"}
PHRASES = {s.value: s.phrase for s in HTTPStatus}
OUT_CHUNK = 256 * 1024  # most decompressed bytes produced per step (bounds memory on gzip bombs)
WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


class BodyTooLargeError(Exception):
    """The body passed the cap; ``args[0]`` is the number of bytes read."""


class RedirectError(Exception):
    pass  # a redirect loop or too many redirects


def decode_stream(chunks: Iterable[bytes], encoding: str, cap: int, check: Callable[[], None]) -> bytes:
    """Decompress ``chunks`` incrementally; BodyTooLargeError once more than ``cap`` bytes come out.

    Each step inflates at most OUT_CHUNK bytes, so a gzip bomb never takes more memory than the
    cap plus that; ``check`` (the deadline) runs after every step. Concatenated gzip members are
    read; garbage after a complete member is ignored; ``deflate`` may be zlib-wrapped or raw.
    """
    encoding = encoding.strip().lower()
    if encoding not in ("", "identity", *WBITS):
        raise ValueError(f"unsupported Content-Encoding {encoding!r}")
    wbits = WBITS.get(encoding, 0)
    decomp = zlib.decompressobj(wbits) if wbits else None
    body = bytearray()
    members_done = 0
    for chunk in chunks:
        data = chunk
        while data:
            check()
            if decomp is None:
                piece, data = data, b""
            else:
                try:
                    piece = decomp.decompress(data, OUT_CHUNK)
                except zlib.error:
                    if members_done:  # trailing garbage after a complete gzip member
                        return finish_decoded(body, cap)
                    if encoding != "deflate" or body or wbits != zlib.MAX_WBITS:
                        raise
                    wbits = -zlib.MAX_WBITS  # a raw deflate stream without the zlib header
                    decomp = zlib.decompressobj(wbits)
                    continue
                data = decomp.unconsumed_tail
                if decomp.eof:
                    members_done += 1
                    data = decomp.unused_data + data
                    decomp = zlib.decompressobj(wbits)
            body += piece
            if len(body) > cap:
                raise BodyTooLargeError(len(body))
    if decomp is not None:
        body += decomp.flush()
    return finish_decoded(body, cap)


def finish_decoded(body: bytearray, cap: int) -> bytes:
    if len(body) > cap:
        raise BodyTooLargeError(len(body))
    return bytes(body)


def read_local(path: Path, cap: int) -> bytes:
    with path.open("rb") as fh:
        return finish_decoded(bytearray(fh.read(cap + 1)), cap)


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


class HostLimiter:
    """At most ``per_host`` requests in flight per host; request starts spaced by ``interval_s``."""

    def __init__(self, per_host: int = 2, interval_s: float = 1.0) -> None:
        self.per_host, self.interval_s = per_host, interval_s
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._next_start: dict[str, float] = {}

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        with self._lock:
            sem = self._slots.setdefault(host, threading.BoundedSemaphore(self.per_host))
        with sem:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next_start.get(host, now))
                self._next_start[host] = start + self.interval_s
            time.sleep(max(0.0, start - now))
            yield


class Deadline:
    """A total time budget for one fetch. A timer shuts the connection's socket down when it
    passes, so even a read blocked on a silent server returns at the deadline."""

    def __init__(self, seconds: float) -> None:
        self.expires = time.monotonic() + seconds
        self.expired = False
        self.message = f"timed out after {seconds:.1f} s (deadline)"
        self._lock = threading.Lock()
        self._sock: socket.socket | None = None
        self._timer = threading.Timer(max(0.0, seconds), self.fire)
        self._timer.daemon = True
        self._timer.start()

    def remaining(self) -> float:
        return self.expires - time.monotonic()

    def check(self) -> None:
        if self.expired or self.remaining() <= 0:
            self.expired = True
            raise TimeoutError(self.message)

    def watch(self, network_stream: Any) -> None:
        """Register the socket of the connection in use (an httpcore network stream)."""
        with self._lock:
            self._sock = network_stream.get_extra_info("socket") if network_stream is not None else None
        if self.expired:
            self.fire()

    def fire(self) -> None:
        with self._lock, suppress(OSError):
            self.expired = True
            if self._sock is not None:
                socket.socket.shutdown(self._sock, socket.SHUT_RDWR)  # also works under TLS

    def cancel(self) -> None:
        self._timer.cancel()
        with self._lock:
            self._sock = None  # the connection may go back to the pool: never touch it again


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
) -> FetchResult:
    """Fetch one http(s) URL or local file path with every rule; never raises. ``limiter`` (share
    one for per-host politeness across calls) applies to every hop; ``accept``: FEED_/PAGE_ACCEPT."""
    started = time.monotonic()
    result = FetchResult(feed=feed, url=url, fetched_at=datetime.now(UTC), status="error")
    headers = {"User-Agent": settings.user_agent, "Accept": accept, "Accept-Encoding": ACCEPT_ENCODING}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        if not url.lower().startswith(("http://", "https://")):
            fetch_local(url, settings, result)
        else:
            with nullcontext(client) if client else make_client(settings) as http:
                HttpFetch(settings, result, http, headers).run(url, limiter, max_redirects)
    except Exception as exc:  # one bad URL must never stop the others
        result.status, result.body = "error", None
        result.error = describe_error(exc, settings.fetch_timeout_s)
    if result.status == "ok" and previous_sha256 and result.body_sha256 == previous_sha256:
        result.status, result.body = "unchanged", None
    result.duration_ms = int((time.monotonic() - started) * 1000)
    return result


def fetch_local(url: str, settings: Settings, result: FetchResult) -> None:
    path = Path(url.removeprefix("file://"))
    result.final_url = str(path)
    try:
        finish_body(result, read_local(path, settings.max_body_bytes))
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
    headers: dict[str, str]
    deadline: Deadline | None = None

    def run(self, url: str, limiter: HostLimiter | None, max_redirects: int) -> None:
        seen = [url]
        try:
            for _hop in range(max_redirects + 1):
                slot = limiter.slot(host_key(seen[-1])) if limiter else nullcontext()
                with slot:  # the deadline starts once the first hop has its slot
                    self.deadline = self.deadline or Deadline(self.settings.fetch_deadline_s)
                    target = self.request(seen[-1], self.deadline)
                if target is None:
                    return
                if target in seen:
                    raise RedirectError(f"redirect loop at {target}")
                seen.append(target)
            raise RedirectError(f"too many redirects (more than {max_redirects}) ending at {seen[-1]}")
        except Exception as exc:
            dl = self.deadline  # a timeout that the deadline shortened is reported as the deadline
            if dl and (dl.expired or (isinstance(exc, httpx.TimeoutException) and dl.remaining() < 0.05)):
                raise TimeoutError(dl.message) from exc
            raise
        finally:
            if self.deadline is not None:
                self.deadline.cancel()

    def request(self, url: str, deadline: Deadline) -> str | None:
        """One request; returns the redirect target to follow, or None once the result is final."""
        deadline.check()
        result, cap = self.result, self.settings.max_body_bytes
        timeout = max(0.001, min(self.settings.fetch_timeout_s, deadline.remaining()))
        kw: dict[str, Any] = {"headers": self.headers, "timeout": timeout, "follow_redirects": False}

        def trace(event: str, info: dict[str, Any]) -> None:
            if event == "connection.connect_tcp.complete":
                deadline.watch(info.get("return_value"))

        with self.client.stream("GET", url, extensions={"trace": trace}, **kw) as resp:
            deadline.watch(resp.extensions.get("network_stream"))
            status = result.http_status = resp.status_code
            result.final_url = url
            result.headers = {k.lower(): v for k, v in resp.headers.items()}
            result.etag = resp.headers.get("etag")
            result.last_modified = resp.headers.get("last-modified")
            location = resp.headers.get("location", "").strip()
            if status in REDIRECT_CODES and location:
                target = urljoin(url, location)
                if status in PERMANENT_REDIRECT_CODES and result.permanent_redirect is None:
                    result.permanent_redirect = target
                return target
            if not 200 <= status < 300:
                result.status = STATUS_BY_CODE.get(status, "error")
                result.error = None if status == 304 else status_line(status)
                if result.status == "retry_later":
                    result.retry_after = parse_retry_after(resp.headers.get("retry-after"), datetime.now(UTC))
                return None
            encoding = resp.headers.get("content-encoding", "")
            try:
                finish_body(result, decode_stream(resp.iter_raw(), encoding, cap, deadline.check))
            except BodyTooLargeError as exc:
                mark_too_large(result, exc, cap)
        return None


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


def status_line(status: int) -> str:
    return f"HTTP {status} {PHRASES.get(status, '')}".rstrip()


ERROR_PREFIXES = (
    (httpx.ConnectTimeout, "connect timed out{limit}"),
    (httpx.TimeoutException, "no data{limit} (read timeout)"),
    (httpx.ConnectError, "connection failed: {exc}"),
    (httpx.RemoteProtocolError, "connection closed by server: {exc}"),
    ((httpx.ReadError, ConnectionResetError), "connection reset: {exc}"),
    (zlib.error, "corrupt compressed body: {exc}"),
    ((TimeoutError, RedirectError), "{exc}"),
)


def describe_error(exc: BaseException, timeout_s: float | None = None) -> str:
    """A one-line message for any failure."""
    limit = f" after {timeout_s:.1f} s" if timeout_s else ""
    template = next((t for kinds, t in ERROR_PREFIXES if isinstance(exc, kinds)), "{kind}: {exc}")
    text = template.format(limit=limit, exc=exc, kind=type(exc).__name__)
    return " ".join(text.split()) or type(exc).__name__


def fetch_feeds(
    feeds: Sequence[Feed],
    states: Mapping[str, FeedState],
    settings: Settings,
    *,
    force: bool = False,
    now: datetime | None = None,
    policy: FetchPolicy | None = None,
) -> list[FetchResult]:
    """Fetch every due feed concurrently; one FetchResult per feed, in the order of ``feeds``.
    ``force`` fetches feeds that are not due and ``gone`` feeds, never ``disabled`` ones."""
    now = now or datetime.now(UTC)
    policy = policy or FetchPolicy.from_settings(settings)
    todo, skipped = plan_fetches(feeds, states, now, force)
    results: list[FetchResult | None] = [None] * len(feeds)
    for i, (state, reason) in skipped.items():
        results[i] = FetchResult(state.feed, state.url, now, "skipped", error=reason)
    limiter = HostLimiter(policy.per_host, policy.host_interval_s)
    started = time.monotonic()

    def run(feed: Feed, state: FeedState) -> FetchResult:
        try:
            result = fetch_url(
                state.url, settings, etag=state.etag, last_modified=state.last_modified, client=client,
                previous_sha256=state.body_sha256, feed=feed.name, limiter=limiter,
                max_redirects=policy.max_redirects,
            )  # fmt: skip
        except Exception as exc:  # fetch_url does not raise; belt and braces
            result = FetchResult(feed.name, state.url, datetime.now(UTC), "error", error=describe_error(exc))
        log.info("fetch %s: %s %s", feed.name, result.status, result.error or result.http_status or "")
        return result

    with make_client(settings, policy) as client, ThreadPoolExecutor(policy.workers) as pool:
        futures = [(i, pool.submit(run, feed, state)) for i, feed, state in todo]
        for i, future in futures:
            results[i] = future.result()
    log.info("fetched %d of %d feeds in %.1f s", len(todo), len(feeds), time.monotonic() - started)
    return [r for r in results if r is not None]
