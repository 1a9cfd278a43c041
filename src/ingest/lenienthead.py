"""A response head that h11 refuses but browsers read, repaired line by line before h11 sees it.

h11 (httpx's HTTP/1.1 parser) has no lenient mode: ``Content-Type : text/xml`` (a space before the
colon), a header line without a colon, ``http/1.1 200`` in lower case or ``HTTP/2 200`` over
HTTP/1.1 fail the whole response (``invalid HTTP response: illegal header line: …``), where
browsers read on. :mod:`ingest.fetch` asks such a URL once more through :func:`make_lenient_client`:
one request on its own connection with ``Connection: close``, so the first head on that connection
is the only one, and it is found by its blank line alone (no body framing to follow). That head is
rewritten as browsers read it: the status line's version upper-cased (HTTP/2 and HTTP/3 as
HTTP/1.1), spaces before a colon dropped, lines without a colon or with a name that is no token
dropped, and (round eight) ``identity`` taken out of ``Transfer-Encoding`` (RFC 2616 drafts' name
for no transfer coding, which h11 refuses: ``Only Transfer-Encoding: chunked is supported``), and
(round nine) a compression named as a transfer coding (``gzip, chunked``) moved to Content-Encoding,
and (round fourteen) ``chunked`` said twice (``chunked, chunked``, or two Transfer-Encoding headers:
an application and the proxy in front of it each adding one) kept once.
Since round nine a chunked body that ended after its last chunk without the final blank line (the
server closed the connection there) is also asked once more through it, and the blank line supplied.
Everything else after the head (the body, its chunks) is passed on untouched; h11 parses it all.
"""

from __future__ import annotations

import re
import ssl
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

MAX_HEAD = 64 * 1024  # bytes read looking for the end of the head (h11's own limit is larger)
HEAD_END_RE = re.compile(rb"\r?\n\r?\n")
STATUS_LINE_RE = re.compile(rb"^\s*http/(\d)(?:\.(\d))?\s+(\d{3})(.*)$", re.I)
HEADER_LINE_RE = re.compile(rb"^([!#$%&'*+.^_`|~0-9A-Za-z-]+)[ \t]*:(.*)$")
REFUSED_HEAD_RE = re.compile(
    r"^(?:illegal (?:header|status|request) line|continuation line at start of headers|no response line"
    r"|Only Transfer-Encoding: chunked is supported|multiple Transfer-Encoding headers)"
)
# RFC 2616 drafts' "Transfer-Encoding: identity" (no transfer coding; old servers and proxies send it)
TRANSFER_ENCODING_NAME_RE = re.compile(rb"^transfer-encoding$", re.I)
IDENTITY_TOKEN = b"identity"
# Round nine: a compression as a transfer coding ("Transfer-Encoding: gzip, chunked", RFC 7230 allows
# it, h11 does not): moved to Content-Encoding, which ingest.httpbody undoes within the size cap
COMPRESSION_TOKENS = frozenset({b"gzip", b"x-gzip", b"deflate"})
CHUNKED_TOKEN = b"chunked"

# Round nine: a chunked body whose last chunk ("0\r\n") came but not the blank line after it before
# the server closed: the blank line is supplied, as browsers end the body there
LAST_CHUNK_RE = re.compile(rb"\n0+(?:;[^\r\n]*)?\r\n$")
TAIL_KEPT = 64  # bytes of the body kept to see whether it ended with the last chunk


def is_refused_head(exc: BaseException) -> bool:
    """Whether httpx failed on a status or header line (not on a body, a close or a chunk)."""
    return isinstance(exc, httpx.RemoteProtocolError) and REFUSED_HEAD_RE.match(str(exc)) is not None


def is_unended_chunks(exc: BaseException) -> bool:
    """Whether httpx failed because a chunked body ended without its final blank line (or was cut)."""
    return isinstance(exc, httpx.RemoteProtocolError) and "incomplete chunked read" in str(exc)


def repair_head(head: bytes) -> bytes:
    """The head (status line and header lines, without the blank line) as browsers read it."""
    lines = head.lstrip().replace(b"\r\n", b"\n").split(b"\n")  # blank lines before it: skipped
    status = STATUS_LINE_RE.match(lines[0])
    if status is None:
        return head  # not an HTTP status line at all: nothing a browser would read either
    major, minor, code, reason = status.groups()
    version = b"1.0" if major == b"1" and minor in (None, b"0") else b"1.1"
    out = [b"HTTP/" + version + b" " + code + (b" " + reason.strip() if reason.strip() else b"")]
    compressed: list[bytes] = []  # compressions named as transfer codings, in the order applied
    chunked = False  # round fourteen: "chunked" said twice (a proxy adding its own header) is one
    for line in lines[1:]:
        if line[:1] in (b" ", b"\t") and len(out) > 1 and line.strip():
            out.append(line)  # a folded continuation of the line before (h11 reads those)
            continue
        header = HEADER_LINE_RE.match(line.strip())
        if header and TRANSFER_ENCODING_NAME_RE.match(header[1]):
            codings = [c.strip() for c in header[2].split(b",") if c.strip().lower() != IDENTITY_TOKEN]
            compressed += [c for c in codings if c.lower() in COMPRESSION_TOKENS]
            codings = [c for c in codings if c.lower() not in COMPRESSION_TOKENS]
            codings, chunked = drop_repeated_chunked(codings, chunked)
            if codings:  # "identity" names no coding: dropped, so is a header left empty by it
                out.append(header[1] + b": " + b", ".join(codings))
        elif header:
            out.append(header[1] + b": " + header[2].strip())
    if compressed:  # after any Content-Encoding line: applied last, undone first
        out.append(b"Content-Encoding: " + b", ".join(compressed))
    return b"\r\n".join(out)


def drop_repeated_chunked(codings: list[bytes], seen: bool) -> tuple[list[bytes], bool]:
    """The codings without a ``chunked`` said before (in this line or, ``seen``, an earlier one), and
    whether ``chunked`` has been said now."""
    kept = []
    for coding in codings:
        if coding.lower() == CHUNKED_TOKEN:
            if seen:
                continue
            seen = True
        kept.append(coding)
    return kept, seen


class LenientStream(httpcore.NetworkStream):
    """A connection whose first response head is repaired (see the module docstring)."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream
        self._head_done = False
        self._tail = b""  # the last bytes passed on (see LAST_CHUNK_RE)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if self._head_done:
            data = self._stream.read(max_bytes, timeout)
            if data:
                self._tail = (self._tail + data)[-TAIL_KEPT:]
            elif LAST_CHUNK_RE.search(self._tail):
                self._tail, data = b"", b"\r\n"  # the closing blank line the server left out
            return data
        data = b""
        end = None
        while end is None and len(data) < MAX_HEAD:
            chunk = self._stream.read(max_bytes, timeout)
            if not chunk:
                break
            data += chunk
            end = HEAD_END_RE.search(data, len(data) - len(data.lstrip()))  # blank lines first: skipped
        self._head_done = True
        if end is None:
            return data  # no complete head: h11 says what is wrong with it
        self._tail = b"\n" + data[end.end() :][-TAIL_KEPT:]
        return repair_head(data[: end.start()]) + b"\r\n\r\n" + data[end.end() :]

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, timeout)

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return LenientStream(self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class LenientBackend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self._backend = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._backend.connect_tcp(host, port, timeout, local_address, socket_options)
        return LenientStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:  # pragma: no cover - feeds are fetched over TCP
        return LenientStream(self._backend.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:  # pragma: no cover - no retries configured
        self._backend.sleep(seconds)


def make_lenient_client(timeout: float, cookies: httpx.Cookies | None = None) -> httpx.Client:
    """A one-connection client whose response heads are repaired; send ``Connection: close``."""
    transport = httpx.HTTPTransport(trust_env=False)
    transport._pool = httpcore.ConnectionPool(  # the transport's own pool, over the lenient backend
        ssl_context=httpx.create_ssl_context(),
        max_connections=1,
        max_keepalive_connections=0,
        network_backend=LenientBackend(),
    )
    return httpx.Client(
        transport=transport, follow_redirects=False, timeout=httpx.Timeout(timeout), cookies=cookies
    )
