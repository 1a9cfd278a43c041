"""What an item's link says beyond its canonical URL (round fourteen).

* ``unwrap_redirect`` — the article behind a click-through link written in front of it: Google Alerts'
  ``google.com/url?…&url=<article>``, Facebook's ``l.php?u=``, Bing News' ``apiclick.aspx?…&url=``,
  Google's AMP viewer (``google.com/amp/s/<host>/<path>``) and the AMP cache
  (``<host-dashed>.cdn.ampproject.org/c/s/<host>/<path>``). The wrapper is no address of the article:
  the same story read from the outlet's own feed would be a second article, and its page a redirect.
* ``item_anchor`` — a fragment that names one part of a page several items share (a live blog's
  ``#post-101``, a comments feed's ``#comment-12``): canonical URLs drop fragments, so every update
  of a live blog was one article and all but one of them were lost.

Pure: no network.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

# A path whose last segment is a redirector's, with a parameter holding an absolute http(s) URL
REDIRECT_PATH_RE = re.compile(
    r"/(?:url|l\.php|redirect|redir|out|outbound|click|link|away|exit|goto|go|apiclick\.aspx|r)$", re.I
)
REDIRECT_PARAMS = ("url", "u", "q", "target", "dest", "destination", "to", "redirect", "redirect_url", "link")
WRAPPED_URL_RE = re.compile(r"https?://[^/?#\s]+\.[^/?#\s]+(?:[/?#]\S*)?", re.I)
# Google's AMP viewer and the AMP cache carry the target in the path ("s/": over https)
AMP_VIEWER_RE = re.compile(
    r"https?://(?:www\.)?google\.[a-z.]{2,6}/amp/(s/)?([^/\s]+\.[^/\s]+/.*)$"
    r"|https?://[^/]+\.cdn\.ampproject\.org/[cvi]/(s/)?([^/\s]+\.[^/\s]+/.*)$",
    re.I,
)
MAX_UNWRAPS = 3  # a wrapper inside a wrapper (an alert's link to an AMP viewer)
# A fragment naming one update or comment: an id with a digit, no "=" (trackers write "#xtor=RSS-3",
# "#Echobox=…" there); WordPress's "#more-123" jumps past an excerpt and names the post itself.
ITEM_ANCHOR_RE = re.compile(r"(?=[^#]*\d)[A-Za-z0-9_][\w.:~-]{0,79}")
NOT_ITEM_ANCHOR_RE = re.compile(r"more-\d+$", re.I)


def unwrap_redirect(url: str) -> str:
    """The URL a click-through link sends the reader on to (repeatedly, for a wrapper inside a wrapper);
    any other URL as it is. Only a target written out in the link counts: opaque ids stay."""
    for _ in range(MAX_UNWRAPS):
        target = read_wrapped_url(url)
        if target is None:
            break
        url = target
    return url


def read_wrapped_url(url: str) -> str | None:
    """The absolute http(s) URL one click-through link names, or None."""
    viewer = AMP_VIEWER_RE.match(url)
    if viewer is not None:
        secure, rest = (viewer[1], viewer[2]) if viewer[2] else (viewer[3], viewer[4])
        return ("https://" if secure else "http://") + rest
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if not parts.query or REDIRECT_PATH_RE.search(parts.path) is None:
        return None
    values: dict[str, str] = {}
    for pair in parts.query.split("&"):
        key, _, value = pair.partition("=")
        values.setdefault(unquote(key).lower(), unquote(value).strip())
    for name in REDIRECT_PARAMS:
        value = values.get(name, "")
        if WRAPPED_URL_RE.fullmatch(value):
            return value
    return None


def item_anchor(link: str | None) -> str:
    """The fragment of an item's link when it names one part of a page that items share (a live blog's
    updates, a post's comments), else ""."""
    fragment = (link or "").partition("#")[2].strip()
    if not ITEM_ANCHOR_RE.fullmatch(fragment) or NOT_ITEM_ANCHOR_RE.match(fragment):
        return ""
    return fragment
