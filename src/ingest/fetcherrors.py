"""One-line messages for failed fetches (:mod:`ingest.fetch`): the status line of an HTTP answer, and
any exception raised while fetching, named by what happened (timeout, refused, reset, closed by the
server, a corrupt compressed body, a bad response)."""

from __future__ import annotations

import re
import zlib
from http import HTTPStatus

import httpx

from ingest.httpbody import BodyDecodeError
from ingest.httpheaders import RedirectError

CLOSED_RE = re.compile(r"disconnect|peer closed|connection closed", re.I)
PHRASES = {s.value: s.phrase for s in HTTPStatus}


def status_line(status: int) -> str:
    return f"HTTP {status} {PHRASES.get(status, '')}".rstrip()


ERROR_PREFIXES = (
    (httpx.ConnectTimeout, "connect timed out{limit}"),
    (httpx.TimeoutException, "no data{limit} (read timeout)"),
    (httpx.ConnectError, "connection failed: {exc}"),
    (httpx.RemoteProtocolError, "connection closed by server: {exc}"),
    ((httpx.ReadError, ConnectionResetError), "connection reset: {exc}"),
    (zlib.error, "corrupt compressed body: {exc}"),
    ((TimeoutError, RedirectError, BodyDecodeError), "{exc}"),
)


def describe_error(exc: BaseException, timeout_s: float | None = None) -> str:
    """A one-line message for any failure."""
    limit = f" after {timeout_s:.1f} s" if timeout_s else ""
    template = next((t for kinds, t in ERROR_PREFIXES if isinstance(exc, kinds)), "{kind}: {exc}")
    if isinstance(exc, httpx.RemoteProtocolError) and not CLOSED_RE.search(str(exc)):
        template = "invalid HTTP response: {exc}"  # a bad status line, header or chunk, not a close
    text = template.format(limit=limit, exc=exc, kind=type(exc).__name__)
    return " ".join(text.split()) or type(exc).__name__
