"""A fault-injecting HTTP server on loopback for fetch tests (feeds now, article pages later).

Usage::

    server = FaultServer(hosts=("127.0.0.1", "127.0.0.2"))   # same free port on each address
    server.start()
    server.add("/feed", respond(200, b"<rss/>", {"Content-Type": "application/rss+xml"}))
    server.add("/slow", drip(b"abcdef", interval=1.0))
    url = server.url("/feed", host="127.0.0.2")
    ...
    server.requests          # RequestRecord per request (path, host, headers, arrival, in_flight)
    server.peak_in_flight()  # most requests being handled at once (per host or overall)
    server.stop()

A behaviour is any ``callable(handler: FaultHandler) -> None`` that writes the response with the
handler's helpers (``send(...)``, ``handler.wfile``) or does something nasty to the socket. The
factories below cover the usual faults. The ``fault_server`` pytest fixture starts
one server per test module: ``from faultserver import fault_server`` (or list ``faultserver`` in
``pytest_plugins``) and take ``fault_server`` as an argument; routes and records are cleared before
each test.
"""

from __future__ import annotations

import gzip
import socket
import struct
import threading
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

Behaviour = Callable[["FaultHandler"], None]
LOOPBACK_HOSTS = tuple(f"127.0.0.{i}" for i in range(1, 10))  # all of 127/8 is loopback on Linux


@dataclass
class RequestRecord:
    path: str
    host: str  # the local address the request arrived on
    headers: dict[str, str]
    arrived: float  # time.monotonic()
    in_flight: int  # requests being handled on that host when this one arrived (itself included)
    finished: float = 0.0
    generation: int = 0


@dataclass
class _Stats:
    lock: threading.Lock = field(default_factory=threading.Lock)
    requests: list[RequestRecord] = field(default_factory=list)
    in_flight: dict[str, int] = field(default_factory=dict)
    peak: dict[str, int] = field(default_factory=dict)
    generation: int = 0


class FaultHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        owner = self.server.owner
        host = self.server.server_address[0]
        path = self.path.split("?", 1)[0]
        record = owner.enter(path, host, {k.lower(): v for k, v in self.headers.items()})
        try:
            behaviour = owner.routes.get(path)
            if behaviour is None:
                self.send(404, b"not found")
            else:
                behaviour(self)
        except (BrokenPipeError, ConnectionResetError, OSError):
            self.close_connection = True
        finally:
            owner.leave(record)

    def send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        hdrs = {"Content-Type": "application/xml", **(headers or {})}
        for name, value in hdrs.items():
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body and status != 304:
            self.wfile.write(body)

    @property
    def stopping(self) -> threading.Event:
        return self.server.owner.stopping


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    owner: FaultServer

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # faults are the point; do not print tracebacks of connections we broke on purpose


class _Server6(_Server):
    address_family = socket.AF_INET6  # "::1" (round ten): IPv6 loopback, where the machine has it


def bind_server(host: str, port: int) -> _Server:
    return (_Server6 if ":" in host else _Server)((host, port), FaultHandler)


class FaultServer:
    def __init__(self, hosts: Sequence[str] = ("127.0.0.1",)) -> None:
        self.hosts = tuple(hosts)
        self.routes: dict[str, Behaviour] = {}
        self.stopping = threading.Event()
        self._stats = _Stats()
        self._servers: list[_Server] = []
        self._threads: list[threading.Thread] = []
        self.port = 0

    # lifecycle -------------------------------------------------------------------------------
    def start(self) -> FaultServer:
        for attempt in range(20):
            try:
                self._bind_all()
                break
            except OSError:
                self._close_servers()
                if attempt == 19:
                    raise
        for srv in self._servers:
            thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def _bind_all(self) -> None:
        first = bind_server(self.hosts[0], 0)
        first.owner = self
        self._servers = [first]
        self.port = first.server_address[1]
        for host in self.hosts[1:]:
            srv = bind_server(host, self.port)
            srv.owner = self
            self._servers.append(srv)

    def _close_servers(self) -> None:
        for srv in self._servers:
            srv.server_close()
        self._servers = []

    def stop(self) -> None:
        self.stopping.set()  # handlers waiting on it return at once
        for srv in self._servers:
            srv.shutdown()
        self._close_servers()
        for thread in self._threads:
            thread.join(timeout=5)

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # routes and records ----------------------------------------------------------------------
    def add(self, path: str, behaviour: Behaviour) -> str:
        """Register ``path`` → behaviour; returns the URL on the first host."""
        self.routes[path] = behaviour
        return self.url(path)

    def url(self, path: str, host: str | None = None) -> str:
        host = host or self.hosts[0]
        return f"http://[{host}]:{self.port}{path}" if ":" in host else f"http://{host}:{self.port}{path}"

    def reset(self) -> None:
        """Forget routes and records, and release handlers still waiting (between tests)."""
        self.routes.clear()
        old, self.stopping = self.stopping, threading.Event()
        old.set()
        with self._stats.lock:
            self._stats.requests.clear()
            self._stats.peak.clear()
            self._stats.in_flight.clear()
            self._stats.generation += 1

    @property
    def requests(self) -> list[RequestRecord]:
        with self._stats.lock:
            return list(self._stats.requests)

    def hits(self, path: str) -> list[RequestRecord]:
        return [r for r in self.requests if r.path == path]

    def peak_in_flight(self, host: str | None = None) -> int:
        with self._stats.lock:
            if host is not None:
                return self._stats.peak.get(host, 0)
            return max(self._stats.peak.values(), default=0)

    def enter(self, path: str, host: str, headers: dict[str, str]) -> RequestRecord:
        with self._stats.lock:
            n = self._stats.in_flight.get(host, 0) + 1
            self._stats.in_flight[host] = n
            self._stats.peak[host] = max(self._stats.peak.get(host, 0), n)
            record = RequestRecord(path, host, headers, time.monotonic(), n, 0.0, self._stats.generation)
            self._stats.requests.append(record)
        return record

    def leave(self, record: RequestRecord) -> None:
        with self._stats.lock:
            if record.generation == self._stats.generation:
                self._stats.in_flight[record.host] -= 1
            record.finished = time.monotonic()


# behaviours -----------------------------------------------------------------------------------
def respond(status: int = 200, body: bytes = b"", headers: dict[str, str] | None = None) -> Behaviour:
    return lambda h: h.send(status, body, headers)


def delay(seconds: float, then: Behaviour) -> Behaviour:
    """Wait (interruptibly) before behaving like ``then``: a slow but well-behaved server."""

    def run(h: FaultHandler) -> None:
        h.stopping.wait(seconds)
        then(h)

    return run


def drip(body: bytes, interval: float = 1.0) -> Behaviour:
    """Headers at once (with the full Content-Length), then one byte every ``interval`` seconds."""

    def run(h: FaultHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/xml")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.flush()
        stop = h.stopping
        for i in range(len(body)):
            if stop.wait(interval):
                return
            h.wfile.write(body[i : i + 1])
            h.wfile.flush()

    return run


def hang(seconds: float = 60.0) -> Behaviour:
    """Read the request and never answer (until ``seconds`` pass or the server stops)."""

    def run(h: FaultHandler) -> None:
        h.stopping.wait(seconds)
        h.close_connection = True

    return run


def reset() -> Behaviour:
    """Close the connection with a TCP RST before answering."""

    def run(h: FaultHandler) -> None:
        h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        h.connection.close()
        h.close_connection = True

    return run


def raw_response(status_line: str, headers: Sequence[tuple[str, str]], body: bytes = b"") -> Behaviour:
    """Exactly these bytes, then close: for lying Content-Length, broken chunking, odd headers."""

    def run(h: FaultHandler) -> None:
        head = "".join(f"{name}: {value}\r\n" for name, value in headers)
        h.wfile.write(f"{status_line}\r\n{head}\r\n".encode() + body)
        h.wfile.flush()
        h.close_connection = True

    return run


def interim(*heads: str, then: Behaviour) -> Behaviour:
    """Interim answers before ``then`` (round seventeen): each head is a status line and its header lines
    (``"HTTP/1.1 103 Early Hints\r\nLink: </a.css>"``), sent with its blank line; a ``101 Switching
    Protocols`` nobody asked for too."""

    def run(h: FaultHandler) -> None:
        h.wfile.write("".join(f"{head}\r\n\r\n" for head in heads).encode())
        then(h)

    return run


def redirect(status: int, location: str) -> Behaviour:
    return respond(status, b"", {"Location": location})


def conditional(body: bytes, etag: str | None = None, last_modified: str | None = None) -> Behaviour:
    """200 with validators; 304 when the request's If-None-Match / If-Modified-Since match."""

    def run(h: FaultHandler) -> None:
        inm = h.headers.get("If-None-Match")
        ims = h.headers.get("If-Modified-Since")
        if (etag and inm == etag) or (not etag and last_modified and ims == last_modified):
            h.send(304, b"", {"ETag": etag} if etag else {})
            return
        headers = {}
        if etag:
            headers["ETag"] = etag
        if last_modified:
            headers["Last-Modified"] = last_modified
        h.send(200, body, headers)

    return run


def sequence(*behaviours: Behaviour) -> Behaviour:
    """The n-th request gets the n-th behaviour (the last one repeats)."""
    calls = [0]
    lock = threading.Lock()

    def run(h: FaultHandler) -> None:
        with lock:
            i = min(calls[0], len(behaviours) - 1)
            calls[0] += 1
        behaviours[i](h)

    return run


def gzipped(body: bytes, status: int = 200) -> Behaviour:
    return respond(status, gzip.compress(body), {"Content-Encoding": "gzip"})


def make_gzip_bomb(size: int, chunk: int = 1 << 20) -> bytes:
    """A valid gzip stream of ``size`` zero bytes (``size`` a multiple of ``chunk``; 1 GiB → ~1 MiB).

    Each ``chunk`` is compressed after a full flush, so every block after the first is the same
    bytes: compress two chunks, repeat the second, then append the final block and a trailer with
    the CRC and length of the whole. Takes well under a second for 1 GiB.
    """
    count, rest = divmod(size, chunk)
    if rest or count < 2:
        raise ValueError("size must be at least two chunks and a multiple of chunk")
    comp = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(chunk)
    first = comp.compress(zeros) + comp.flush(zlib.Z_FULL_FLUSH)
    repeat = comp.compress(zeros) + comp.flush(zlib.Z_FULL_FLUSH)
    final_block = comp.flush(zlib.Z_FINISH)[:-8]
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(zeros, crc)
    return first + repeat * (count - 1) + final_block + struct.pack("<II", crc, size & 0xFFFFFFFF)


def stream_body(size: int, chunk: int = 1 << 16, content_length: bool = True) -> Behaviour:
    """A large identity body generated on the fly (``size`` bytes of ``a``)."""

    def run(h: FaultHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/xml")
        if content_length:
            h.send_header("Content-Length", str(size))
        else:
            h.send_header("Connection", "close")
            h.close_connection = True
        h.end_headers()
        block = b"a" * chunk
        sent = 0
        stop = h.stopping
        while sent < size and not stop.is_set():
            n = min(chunk, size - sent)
            h.wfile.write(block[:n])
            sent += n

    return run


@pytest.fixture(scope="module")
def fault_server_module() -> Iterator[FaultServer]:
    with FaultServer(LOOPBACK_HOSTS) as server:
        yield server


@pytest.fixture
def fault_server(fault_server_module: FaultServer) -> Iterator[FaultServer]:
    fault_server_module.reset()
    yield fault_server_module
    fault_server_module.reset()
