"""Canonical URLs: one spelling per article URL, and a looser identity key.

``canonicalise_url`` is idempotent: canonicalising a canonical URL changes nothing.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that only track the reader (utm_*, click ids, newsletter ids, share sources).
TRACKING_PARAM_RE = re.compile(
    r"^(utm_\w*|fbclid|gclid|gclsrc|dclid|msclkid|yclid|mc_cid|mc_eid|_ga|_gl|igshid|ocid|cmpid|"
    r"icid|ito|itm_\w*|at_\w*|ns_\w*|sr_share|share|smid|smtyp|ref|ref_src|referrer|source|"
    r"xtor|mkt_tok|wt\.mc_id|wt_mc_id|__twitter_impression|s_cid|cid|campaign|rss|feed|partner|"
    r"spm|from|fromrss|rss_source|amp|outputtype|_hsenc|_hsmi|hsctatracking|vero_\w*|oly_\w*)$",
    re.IGNORECASE,
)
DEFAULT_PORTS = {"http": 80, "https": 443}
_HOST_PREFIX_RE = re.compile(r"^(?:www\d?|m|mobile|amp)\.")
_AMP_PATH_RE = re.compile(r"(?:/amp/?$|/amp(?=/)|\.amp(?=\.html?$|$))", re.IGNORECASE)
_MULTI_SLASH_RE = re.compile(r"/{2,}")
_SAFE_PATH = "/:@!$&'()*+,;=-._~%"


def canonicalise_url(url: str, base: str | None = None) -> str:
    """Return the canonical spelling of an http(s) URL; other strings are returned stripped."""
    url = (url or "").strip()
    if base:
        url = urljoin(base, url)
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        return url
    host = parts.hostname.lower().rstrip(".")
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = _MULTI_SLASH_RE.sub("/", parts.path or "/")
    path = quote(unquote(path), safe=_SAFE_PATH)
    query = canonicalise_query(parts.query)
    return urlunsplit((scheme, netloc, path, query, ""))


def canonicalise_query(query: str) -> str:
    pairs = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not TRACKING_PARAM_RE.match(k)]
    pairs.sort()
    return urlencode(pairs, quote_via=quote, safe="/:@!$'()*,;-._~")


def url_key(url: str) -> str:
    """A looser identity key: scheme, www./m./amp. host prefixes, AMP paths and a trailing slash folded.

    Two URLs with the same key are treated as the same article (http/https, mobile and AMP variants).
    """
    canon = canonicalise_url(url)
    parts = urlsplit(canon)
    if not parts.hostname:
        return canon
    host = _HOST_PREFIX_RE.sub("", parts.netloc)
    path = _AMP_PATH_RE.sub("", parts.path).rstrip("/") or "/"
    return urlunsplit(("", host, path, parts.query, "")).lstrip("/")
