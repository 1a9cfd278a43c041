"""Where an HTML page sends a browser on to: its ``<meta http-equiv="refresh">``, else a script that sets
``location``. Pure: bytes in, a URL out.

``redirect_target`` (round five) names it in the error of a feed URL that answers with such a page;
``immediate_redirect`` (round thirteen) is what an article page with no text of its own is followed to
(``ingest.pagefetch``): a refresh within ``MAX_REFRESH_DELAY_S`` or a script, to another page than the
site's home page (where a removed article is often sent).
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

from ingest.feedvalues import resolve_url

SCAN_BYTES = 64 * 1024
MAX_REFRESH_DELAY_S = 10  # a longer refresh reloads the page or leaves it: no redirect of the article
META_REFRESH_RE = re.compile(rb"""<meta\b[^>]*?\bhttp-equiv\s*=\s*["']?\s*refresh\b[^>]*>""", re.I)
REFRESH_URL_RE = re.compile(rb"""\bcontent\s*=\s*(["']?)\s*\d*\s*[;,]?\s*url\s*=\s*['"]?([^"'>\s]+)""", re.I)
REFRESH_HEADER_RE = re.compile(
    r"""^\s*(\d+)(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?(["']?)([^"'\s]+)\2\s*$""", re.I
)
REFRESH_DELAY_RE = re.compile(rb"""\bcontent\s*=\s*["']?\s*(\d+)""", re.I)
SCRIPT_REDIRECT_RE = re.compile(  # window.location = "…", location.href = "…", location.replace("…")
    rb"""(?:\b(?:window|document|top|self)\.location|(?<![\w-])location\.href)\s*=\s*["']([^"'\s]+)["']"""
    rb"""|(?<![\w-])location\.(?:replace|assign)\(\s*["']([^"'\s]+)["']"""
)


def redirect_target(data: bytes, url: str | None) -> str | None:
    """Where an HTML page sends a browser: its meta refresh, else a script setting ``location``."""
    found = find_redirect(data)
    return resolve_url(url, found[0]) if found else None


def find_redirect(data: bytes, refresh_header: str | None = None) -> tuple[str, int] | None:
    """The raw target and its delay in seconds (0 for a script) of a page's first redirect: its meta
    refresh, the response's ``Refresh`` header, a script."""
    head = data[:SCAN_BYTES]
    meta = META_REFRESH_RE.search(head)
    found = REFRESH_URL_RE.search(meta.group(0)) if meta else None
    if found is not None and meta is not None:
        delay = REFRESH_DELAY_RE.search(meta.group(0))
        target = html.unescape(found.group(2).decode("utf-8", "replace"))
        return target, int(delay.group(1)[:6]) if delay else 0
    header = REFRESH_HEADER_RE.match(refresh_header or "")
    if header is not None:
        return header.group(3), int(header.group(1)[:6])
    script = SCRIPT_REDIRECT_RE.search(head)
    if script is not None:
        return html.unescape((script.group(1) or script.group(2)).decode("utf-8", "replace")), 0
    return None


def immediate_redirect(data: bytes, url: str, refresh_header: str | None = None) -> str | None:
    """The page a browser is sent on to at once (a refresh within ``MAX_REFRESH_DELAY_S``, in the page or
    since round thirteen in the ``Refresh`` header, a script), when it is an http(s) page other than this
    one and other than its site's home page; else None."""
    found = find_redirect(data, refresh_header)
    if found is None or found[1] > MAX_REFRESH_DELAY_S:
        return None
    target = resolve_url(url, found[0])
    if not target or not target.startswith(("http://", "https://")):
        return None
    parts = urlsplit(target)
    if (parts.path in ("", "/") and not parts.query) or target.split("#", 1)[0] == url.split("#", 1)[0]:
        return None
    return target
