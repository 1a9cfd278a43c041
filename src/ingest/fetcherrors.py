"""One-line messages for failed fetches (:mod:`ingest.fetch`): the status line of an HTTP answer, and
any exception raised while fetching, named by what happened (timeout, refused, reset, closed by the
server, a corrupt compressed body, a bad response)."""

from __future__ import annotations

import html
import re
import zlib
from collections.abc import Mapping
from contextlib import suppress
from http import HTTPStatus

import httpx

from ingest.httpbody import BodyDecodeError
from ingest.httpheaders import RedirectError
from ingest.models import FetchResult
from ingest.urls import USERINFO_RE

CLOSED_RE = re.compile(r"disconnect|peer closed|connection closed", re.I)
# Codes outside the standard that CDNs and big sites answer feed readers with (round ten)
PHRASES = {s.value: s.phrase for s in HTTPStatus} | {
    520: "Web Server Returned an Unknown Error (Cloudflare)",
    521: "Web Server Is Down (Cloudflare)",
    522: "Connection Timed Out (Cloudflare)",
    523: "Origin Is Unreachable (Cloudflare)",
    524: "A Timeout Occurred (Cloudflare)",
    525: "SSL Handshake Failed (Cloudflare)",
    526: "Invalid SSL Certificate (Cloudflare)",
    530: "Origin DNS Error (Cloudflare)",
    999: "Request Denied (bot blocking)",
}
PAGE_TITLE_RE = re.compile(r"<title\b[^>]*>([^<]{1,300})<", re.I)
CHALLENGE_TITLE_RE = re.compile(r"just a moment|attention required|checking your browser|ddos-guard", re.I)
# Error answers whose page may say why (a login, a bot wall, a block); 404 and 410 pages never do
EXPLAINED_STATUSES = frozenset({401, 403, 406, 429, 451, 503, 999})
ERROR_PAGE_BYTES = 16 * 1024  # read of such a page, for its title


def status_line(status: int) -> str:
    return f"HTTP {status} {PHRASES.get(status, '')}".rstrip()


def describe_status(
    status: int, headers: Mapping[str, str], page: bytes = b"", login_sent: bool = False
) -> str:
    """The status line of an error answer and, when the answer says, why (round ten): a login that is
    needed or was refused (401), a bot challenge (Cloudflare's ``cf-mitigated: challenge``, a
    "Just a moment..." page), or the title of the page that came with it."""
    line = status_line(status)
    if status == 401:
        scheme = " ".join(headers.get("www-authenticate", "").split())[:120]
        asks = f" ({scheme})" if scheme else ""
        if scheme and "basic" not in scheme.lower():  # only Digest, Bearer or NTLM offered: never sent
            return f"{line}: the feed asks for {scheme.split()[0]} authentication{asks}, which we do not send"
        if login_sent:
            return f"{line}: the login in the feeds file was refused{asks}"
        return f"{line}: the feed needs a login{asks}; put user:password@ in its URL in the feeds file"
    title = read_page_title(page)
    if headers.get("cf-mitigated", "").lower() == "challenge" or CHALLENGE_TITLE_RE.search(title):
        return (
            f"{line}: a bot challenge page" + (f" titled '{title}'" if title else "") + " (needs a browser)"
        )
    if title and title.casefold() not in line.casefold():
        return f"{line}: a page titled '{title}'"
    return line


def read_page_title(page: bytes) -> str:
    """The ``<title>`` of the start of an HTML page, one line, entities decoded; '' without one."""
    found = PAGE_TITLE_RE.search(page[:ERROR_PAGE_BYTES].decode("utf-8", "replace"))
    return " ".join(html.unescape(found.group(1)).split())[:120] if found else ""


ERROR_PREFIXES = (
    (httpx.ConnectTimeout, "connect timed out{limit}"),
    (httpx.TimeoutException, "no data{limit} (read timeout)"),
    (httpx.ConnectError, "connection failed: {exc}"),
    (httpx.RemoteProtocolError, "connection closed by server: {exc}"),
    ((httpx.ReadError, ConnectionResetError), "connection reset: {exc}"),
    (zlib.error, "corrupt compressed body: {exc}"),
    ((TimeoutError, RedirectError, BodyDecodeError), "{exc}"),
)


class HopError(Exception):
    """A failure at the target of a redirect (its cause chained): the message names that target."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.url = url


def name_redirect_hop(url: str, first_url: str) -> str:
    """Where the redirects led, when the answer or failure came from there and not from the URL
    asked for (round twelve; round ten did so for a body that is no feed)."""
    return f" (reached by a redirect to {url})" if url != first_url else ""


def read_error_page(resp: httpx.Response) -> bytes:
    """The start of an HTML error page (its title may say why: round ten); nothing on any failure."""
    page = b""
    if "html" in resp.headers.get("content-type", "") and resp.headers.get("content-length") != "0":
        with suppress(Exception):  # an explanation only: a body that fails is no other error
            for chunk in resp.iter_bytes():
                page += chunk
                if len(page) >= ERROR_PAGE_BYTES:
                    break
    return page


def describe_error(exc: BaseException, timeout_s: float | None = None) -> str:
    """A one-line message for any failure; one at a redirect's target names it (:class:`HopError`)."""
    if isinstance(exc, HopError) and exc.__cause__ is not None:
        return describe_error(exc.__cause__, timeout_s) + name_redirect_hop(exc.url, "")
    limit = f" after {timeout_s:.1f} s" if timeout_s else ""
    template = next((t for kinds, t in ERROR_PREFIXES if isinstance(exc, kinds)), "{kind}: {exc}")
    if isinstance(exc, httpx.RemoteProtocolError) and not CLOSED_RE.search(str(exc)):
        template = "invalid HTTP response: {exc}"  # a bad status line, header or chunk, not a close
        if "_SWITCH_UPGRADE" in str(exc):  # h11's words for it (round seventeen)
            return (
                "invalid HTTP response: 101 Switching Protocols to a request that asked for no other protocol"
            )
    text = template.format(limit=limit, exc=exc, kind=type(exc).__name__)
    return " ".join(text.split()) or type(exc).__name__


def name_redirect_target(result: FetchResult) -> str:
    """Where a redirect led, for a body that is no feed (round ten): a login or consent page, the home
    page of a site that dropped its feed ('' when no redirect was followed)."""
    final = result.final_url
    if not final or final == USERINFO_RE.sub("", result.url):
        return ""
    return f" (reached by a redirect to {final})"
