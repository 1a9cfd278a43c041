"""Credentials in feed URLs (``https://user:password@host/feed``, or a token as the user name).

The feeds file is the only place that keeps them. Everything else (feed states in the catalog, the
lake, the warehouse, the raw archive's sidecars, the inbox, log lines and error messages) sees the
URL with its user information replaced by ``***`` (``urls.redact_credentials``). A fetch takes the
login from the feeds file (``attach_credentials``), strips it from the URL (``split_credentials``: so
no library logs it) and sends it as HTTP Basic authentication only to the feed's own origin, or
its upgrade from http to https (``may_send_credentials``), never to another host a redirect
points to.

Pure: no I/O.
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit, urlunsplit

from ingest.urls import DEFAULT_PORTS, USERINFO_RE, redact_credentials

REDACTED = "***"

__all__ = [
    "attach_credentials",
    "may_send_credentials",
    "redact_credentials",
    "redact_text",
    "split_credentials",
]


def split_credentials(url: str) -> tuple[str, tuple[str, str] | None]:
    """The URL without its user information, and the (user, password) it carried (percent-decoded;
    a token alone gives an empty password); ``None`` when it has none or it is the redaction mark."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url, None
    if "@" not in parts.netloc:
        return url, None
    userinfo, host = parts.netloc.rsplit("@", 1)
    clean = urlunsplit(parts._replace(netloc=host))
    if userinfo == REDACTED:
        return clean, None
    user, _, password = userinfo.partition(":")
    return clean, (unquote(user), unquote(password))


def attach_credentials(url: str, feed_url: str) -> str:
    """``url`` (a feed state's URL, which never holds credentials) with the login of ``feed_url``
    (the feeds file's) when it may be sent there; otherwise ``url`` without user information."""
    clean, _ = split_credentials(url)
    feed_clean, creds = split_credentials(feed_url)
    if creds is None or not may_send_credentials(feed_clean, clean):
        return clean
    userinfo = feed_url.split("//", 1)[1].split("@", 1)[0] if "//" in feed_url else ""
    parts = urlsplit(clean)
    return urlunsplit(parts._replace(netloc=f"{userinfo}@{parts.netloc}"))


def may_send_credentials(login_url: str, url: str) -> bool:
    """Whether a login given for ``login_url`` may go to ``url``: the same scheme, host and port, or
    the same host upgraded from http to https (default ports)."""
    a, b = origin_of(login_url), origin_of(url)
    if a is None or b is None:
        return False
    if a == b:
        return True
    return a[1] == b[1] and (a[0], b[0]) == ("http", "https") and a[2] == 80 and b[2] == 443


def origin_of(url: str) -> tuple[str, str, int] | None:
    try:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        port = parts.port or DEFAULT_PORTS.get(scheme)
    except ValueError:
        return None
    if scheme not in DEFAULT_PORTS or not parts.hostname or port is None:
        return None
    return scheme, parts.hostname.lower().rstrip("."), port


def redact_text(text: str | None) -> str | None:
    """Any URL's user information inside ``text`` (an error message, a log line) replaced by ``***``."""
    if not text or "@" not in text:
        return text
    return USERINFO_RE.sub(REDACTED + "@", text)
