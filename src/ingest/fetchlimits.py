"""Time and politeness primitives of :mod:`ingest.fetch`: the per-host limiter and the per-fetch
deadline. Threads only; no HTTP here."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

SLOW_SUCCESS_FACTOR = 3  # a request that succeeds marks its host slow only after 3 x slow_after_s
LATE_DEADLINE_SHARE = 0.25  # the budget of a late request to a slow host, as a share of the deadline
# Round eleven: a host that answered some request of this run is refused only this many deadlines after
# the run's start window (else one): its hanging feeds no longer shut out the healthy ones behind them
ANSWERED_HOST_DEADLINES = 3


class HostBusyError(Exception):
    """Not started: the host was slow earlier in this run and the run's start window has passed."""


class HostLimiter:
    """At most ``per_host`` requests in flight per host; request starts spaced by ``interval_s``.

    A request that fails after holding its slot ``slow_after_s`` or longer (a timeout, a drip cut at
    the deadline), or succeeds after SLOW_SUCCESS_FACTOR times that, marks its host slow. A request
    to a slow host that starts after ``start_by`` (monotonic; fetch_feeds: one deadline after the
    run began) is late: ``slot`` yields LATE_DEADLINE_SHARE of the deadline as its budget (a healthy
    feed answers well within it; a hanging one no longer holds the host's slots for a whole
    deadline), and one that would start a deadline after ``start_by`` raises HostBusyError. So the
    feeds of a host that hangs cannot stretch a run much past two deadlines, and the healthy feeds
    behind them are still fetched. A host that is merely busy is never cut short or refused. A slow
    host that answered some request of this run (one server for many feeds, a few of which hang) is
    refused only ANSWERED_HOST_DEADLINES deadlines after ``start_by``: its healthy feeds are fetched,
    each hanging one costs a late budget, and the run ends within about four deadlines.
    """

    def __init__(
        self,
        per_host: int = 2,
        interval_s: float = 1.0,
        slow_after_s: float | None = None,
        deadline_s: float | None = None,
    ) -> None:
        self.per_host, self.interval_s, self.slow_after_s = per_host, interval_s, slow_after_s
        self.deadline_s = deadline_s
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._next_start: dict[str, float] = {}
        self._slow: set[str] = set()
        self._answered: set[str] = set()  # hosts that answered a request of this run

    def is_refused(self, host: str, past_start_by: float) -> bool:
        """Whether a late request to a slow host starting ``past_start_by`` seconds after the window is
        refused: one deadline past it; a host that answered some request of this run (its other feeds
        hang, not the host) only ANSWERED_HOST_DEADLINES deadlines past it."""
        if self.deadline_s is None:
            return True
        limit = ANSWERED_HOST_DEADLINES if host in self._answered else 1
        return past_start_by > self.deadline_s * limit

    @contextmanager
    def slot(self, host: str, start_by: float | None = None) -> Iterator[float | None]:
        """Hold one of the host's slots; yields the budget in seconds of a late request (else None)."""
        with self._lock:
            sem = self._slots.setdefault(host, threading.BoundedSemaphore(self.per_host))
        budget: float | None = None
        with sem:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next_start.get(host, now))
                late = start_by is not None and start > start_by and host in self._slow
                if late and self.deadline_s is not None:
                    budget = self.deadline_s * LATE_DEADLINE_SHARE
                if late and self.is_refused(host, start - (start_by or 0.0)):
                    raise HostBusyError(
                        f"not fetched before the run's deadline: host {host or '(local)'} "
                        "timed out or was too slow earlier in this run"
                    )
                self._next_start[host] = start + self.interval_s
            time.sleep(max(0.0, start - now))
            failed = True
            try:
                yield budget
                failed = False
            finally:
                if not failed:
                    with self._lock:
                        self._answered.add(host)
                limit = (self.slow_after_s or 0.0) * (1 if failed else SLOW_SUCCESS_FACTOR)
                if self.slow_after_s is not None and time.monotonic() - start >= limit:
                    with self._lock:
                        self._slow.add(host)


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
