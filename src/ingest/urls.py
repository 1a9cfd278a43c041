"""Canonical URLs: one spelling per article URL, a looser identity key, and the page's own canonical.

* ``canonicalise_url`` — lowercase scheme and host, IDN hosts in punycode, no default port, no
  user info, no fragment, dot segments resolved, percent-escapes normalised (RFC 3986 §6.2.2),
  tracking parameters and path sessions (``;jsessionid=``, ASP.NET ``/(S(...))/``) dropped, the
  remaining query sorted. Idempotent.
* ``url_key`` — the identity of an article: also folds http/https, ``www.``/``m.``/``amp.`` hosts,
  AMP paths, ``index.html`` and a trailing slash.
* ``prefer_canonical`` — the page's ``<link rel="canonical">`` when it is safe to adopt.

Pure: no network, no DNS.
"""

from __future__ import annotations

import functools
import re
import string
from urllib.parse import quote, unquote, urljoin, urlparse, urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443}

# Query parameters that only track the reader or the referrer. Names compared lowercased. The list
# follows the public tracker lists (AdGuard TrackParamFilter, ClearURLs, Firefox query stripping,
# and courlan's selection of them) but only with exact names or prefixes: parameters that can
# select content (id, p, page, q, story, uid, ...) are never dropped.
TRACKING_PARAMS = frozenset(
    """
    fbclid gclid gclsrc dclid wbraid gbraid msclkid yclid ysclid twclid ttclid li_fat_id igshid igsh
    clickid partnerid mc_cid mc_eid _ga _gl _hsenc _hsmi __hssc __hstc __hsfp hsctatracking mkt_tok
    ocid cmpid icid ito smid smtyp sr_share share shared ref ref_src ref_url referrer referer source
    src_campaign xtor wt.mc_id wt_mc_id __twitter_impression s_cid cid campaign rss feed feedtype
    fromrss rss_source partner spm from amp outputtype fsrc taid ncid soc_src soc_trk sh dicbo
    _openstat oly_anon_id oly_enc_id rb_clickid s_kwcid ef_id cvid vero_conv vero_id mbid
    sessionid phpsessid jsessionid sid_mkt at_medium at_campaign at_custom1 at_custom2 at_custom3
    at_custom4 ns_mchannel ns_source ns_campaign ns_linkname ns_fee originalreferrer intcmp
    """.split()
)
TRACKING_PREFIX_RE = re.compile(r"^(?:utm|itm|pk|mtm|mc|ga|gs|ml|ad|ads|oly|vero|at|ns|hsa|trk|stm)_")
# Round ten: a parameter of any name whose value names the feed the link came from (DW's
# maca=en-rss-en-all-1573-rdf, the Washington Post's wprss=rss_wellness, heise's wt_mc=rss.developer…,
# the NYT's emc=rss, Medium's referrerSource=full_rss) tags the reader, unless the name selects content.
FEED_TAG_VALUE_RE = re.compile(r"rss", re.IGNORECASE)
CONTENT_PARAMS = frozenset(
    "id p page q s query search story article format type output view v tag cat category title name slug"
    " path url file topic section keyword keywords term".split()
)
# the user information of a URL inside any text: "//user:pass@" up to the authority's last "@" (a
# password with a raw "@" goes whole)
USERINFO_RE = re.compile(r"(?<=//)[^/\s?#'\"<>]*@")
UNRESERVED = frozenset(string.ascii_letters + string.digits + "-._~")
PATH_SAFE = "/:@!$&'()*+,;="
QUERY_PART_SAFE = "/:@!$'()*+,;?"  # '&' and '=' separate pairs: inside a key or value they stay escaped

_PCT_RE = re.compile(r"%([0-9A-Fa-f]{2})")
_LONE_PCT_RE = re.compile(r"%(?![0-9A-Fa-f]{2})")
_MULTI_SLASH_RE = re.compile(r"/{2,}")
# A session in the path, new on every fetch of a client without cookies (every feed reader): Java
# servlets' ";jsessionid=..." and ASP.NET's cookieless "/(S(...))/" segment.
_PATH_SESSION_RE = re.compile(r";jsessionid=[^/;?#]*|/\((?:[A-Z]\([^()/]*\))+\)(?=/)", re.IGNORECASE)
# An absolute http(s) URL whose scheme, host and path are canonical as they are (when the path has no "//"
# or "/."): lowercase ASCII host, no port or user, path characters _PLAIN_RE keeps but ";" and "(" (which
# may start a path session); groups: scheme and host, path, query (the fragment is dropped).
_SIMPLE_URL_RE = re.compile(
    r"(https?://[a-z0-9.-]*[a-z0-9-])(/[A-Za-z0-9\-._~/:@!$')*,]*)(?:\?([^#\t\r\n]*))?(?:#[^\t\r\n]*)?"
)
# An http(s) URL that urlsplit reads as (scheme, lowercase host, path, query, no fragment); groups: host,
# path, query (None without a "?")
_SPLIT_URL_RE = re.compile(r"https?://([a-z0-9.-]*[a-z0-9-])(/[^?#\t\r\n]*)(?:\?([^#\t\r\n]*))?")
_PLAIN_RE = re.compile(r"[A-Za-z0-9\-._~/:@!$'()*,;]*")  # characters every component keeps as they are
_HOST_PREFIX_RE = re.compile(r"^(?:www\d{0,2}|m|mobile|amp)\.(?=[^.]+\.[^.]+)")
_AMP_PATH_RE = re.compile(r"(?:/amp/?$|\.amp(?=\.html?$)|/amp\.html?$|\.amp$)", re.IGNORECASE)
_INDEX_PAGE_RE = re.compile(r"/(?:index|default)\.(?:html?|php|aspx?)$", re.IGNORECASE)
_ARTICLE_TOKEN_RE = re.compile(r"\d{3,}|[^\W\d_]{3,}")
_LONG_ID_RE = re.compile(r"\d{5,}")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")

# Second-level suffixes under which the registrable domain has three labels (a pragmatic subset of
# the Public Suffix List: news outlets we follow, plus the common blog and page hosts).
MULTI_LABEL_SUFFIXES = frozenset(
    """
    co.uk org.uk gov.uk ac.uk me.uk ltd.uk plc.uk net.uk com.au net.au org.au gov.au edu.au
    co.nz org.nz govt.nz co.jp ne.jp or.jp go.jp ac.jp co.kr or.kr co.in net.in org.in gov.in
    co.za org.za gov.za co.il org.il gov.il com.ua in.ua org.ua gov.ua net.ua kiev.ua kyiv.ua
    lviv.ua odesa.ua kharkiv.ua msk.ru spb.ru com.ru org.ru com.br net.br org.br gov.br com.ar
    com.mx com.tr org.tr gov.tr com.cn net.cn org.cn gov.cn com.hk com.tw com.sg com.my com.pk
    com.pl net.pl org.pl com.ng com.eg com.sa com.qa co.ke or.ke com.gh co.ug co.tz com.ph com.vn
    com.co com.pe com.ve com.es com.gr com.cy com.mt co.at or.at gv.at
    blogspot.com wordpress.com substack.com github.io tumblr.com livejournal.com medium.com
    """.split()
)


def canonicalise_url(url: str, base: str | None = None) -> str:
    """Return the canonical spelling of an http(s) URL; other strings are returned stripped."""
    url = (url or "").strip()
    simple = _SIMPLE_URL_RE.fullmatch(url)
    if simple is not None and (not base or is_base_url(base)):  # an absolute URL: the base is not used
        origin, path, query = simple.groups()
        if "//" not in path and "/." not in path:  # nothing to do to the scheme, host or path
            query = canonicalise_query(query) if query else ""
            return f"{origin}{path}?{query}" if query else origin + path
    return rebuild_url(url, base)


@functools.lru_cache(maxsize=256)
def is_base_url(base: str) -> bool:
    """Whether urljoin can read `base` (a feed URL, mostly the same few)."""
    try:
        urlparse(base)
    except ValueError:
        return False
    return True


def rebuild_url(url: str, base: str | None = None) -> str:
    """`canonicalise_url` of a stripped URL, component by component."""
    if base:
        try:
            url = urljoin(base, url)
        except ValueError:
            return url
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    host = canonicalise_host(parts.hostname or "")
    if scheme not in DEFAULT_PORTS or not host:
        return url
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = parts.path or "/"
    if ";" in path or "(" in path:
        path = _PATH_SESSION_RE.sub("", path) or "/"
    path = remove_dot_segments(_MULTI_SLASH_RE.sub("/", path))
    path = normalise_escapes(path, PATH_SAFE)
    return urlunsplit((scheme, netloc, path, canonicalise_query(parts.query), ""))


def redact_credentials(url: str | None) -> str | None:
    """The URL with its user information (``user:password@``, a token as user name) replaced by ``***``:
    what the lake and the warehouse store of a feed URL that carries credentials."""
    if not url or "@" not in url:
        return url
    try:
        parts = urlsplit(url)
    except ValueError:  # not even a URL ("http://u:p@[::1"): whatever looks like a login goes
        return USERINFO_RE.sub("***@", url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc="***@" + parts.netloc.rsplit("@", 1)[1]))


def canonicalise_host(host: str) -> str:
    host = host.strip().rstrip(".").lower()
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return quote(host, safe=".-")
    if ":" in host:  # IPv6 literal
        return f"[{host}]"
    return host


def normalise_escapes(part: str, safe: str) -> str:
    """Decode escapes of unreserved characters, uppercase the others, escape what must be escaped."""
    if _PLAIN_RE.fullmatch(part):  # nothing to decode or escape (the common case)
        return part
    part = _LONE_PCT_RE.sub("%25", part)
    part = _PCT_RE.sub(decode_unreserved, part)
    return quote(part, safe=safe + "%", errors="replace")


def decode_unreserved(match: re.Match[str]) -> str:
    char = chr(int(match[1], 16))
    return char if char in UNRESERVED else "%" + match[1].upper()


def remove_dot_segments(path: str) -> str:
    if "/." not in path:
        return path
    out: list[str] = []
    segments = path.split("/")
    for seg in segments[1:]:
        if seg == "..":
            if out:
                out.pop()
        elif seg != ".":
            out.append(seg)
    tail = "/" if segments[-1] in (".", "..") else ""
    return "/" + "/".join(out) + (tail if out else "")


def canonicalise_query(query: str) -> str:
    """Tracking parameters dropped, escapes normalised, pairs sorted (and repeated pairs kept once)."""
    if not query:
        return ""
    pairs = set()
    for part in query.split("&"):
        if "?" in part:  # "id=5?utm_source=rss": a tracker appended after a second "?"
            head, *tails = part.split("?")
            part = "?".join([head, *(t for t in tails if not is_tracking_param(t.partition("=")[0]))])
        if not part:
            continue
        key, sep, value = part.partition("=")
        key = normalise_escapes(key.lstrip("?"), QUERY_PART_SAFE)  # "??utm_source=" is a doubled "?"
        if not key and not sep:
            continue
        if is_tracking_param(key) or is_feed_tag(key, value):
            continue
        pairs.add((key, sep, normalise_escapes(value, QUERY_PART_SAFE + "=")))
    return "&".join(f"{k}{s}{v}" for k, s, v in sorted(pairs))


def is_tracking_param(key: str) -> bool:
    name = unquote(key).lower()
    return name in TRACKING_PARAMS or TRACKING_PREFIX_RE.match(name) is not None


def is_feed_tag(key: str, value: str) -> bool:
    """Whether ``key=value`` only says which feed the reader came from (``?wprss=rss_wellness``)."""
    return FEED_TAG_VALUE_RE.search(value) is not None and unquote(key).lower() not in CONTENT_PARAMS


def url_key(url: str) -> str:
    """A looser identity key: scheme, www./m./amp. host prefixes, AMP paths and a trailing slash folded.

    Two URLs with the same key are treated as the same article (http/https, mobile and AMP variants).
    """
    return canonical_url_key(canonicalise_url(url))


@functools.lru_cache(maxsize=4096)  # normalising an item asks twice: is it an article URL, and its id
def canonical_url_key(canon: str) -> str:
    """`url_key` of a URL that is already canonical (skips canonicalising it again)."""
    simple = _SPLIT_URL_RE.fullmatch(canon)
    if simple is not None:  # what urlsplit would give, without it
        host, path, query = simple.groups()
        key = _HOST_PREFIX_RE.sub("", host) + (
            _INDEX_PAGE_RE.sub("/", _AMP_PATH_RE.sub("", path)).rstrip("/") or "/"
        )
        return f"{key}?{query}" if query else key
    try:
        parts = urlsplit(canon)
    except ValueError:  # "http://a.c[o/": not a URL, its own key
        return canon
    if not parts.hostname:
        return canon
    host = _HOST_PREFIX_RE.sub("", parts.netloc)
    path = _INDEX_PAGE_RE.sub("/", _AMP_PATH_RE.sub("", parts.path)).rstrip("/") or "/"
    return urlunsplit(("", host, path, parts.query, "")).lstrip("/")


def is_article_url(canon: str, feed_url: str | None = None) -> bool:
    """A canonical http(s) URL that can name one article: not a site's home page, not the feed itself."""
    if not canon.startswith(("http://", "https://")):
        return False
    simple = _SPLIT_URL_RE.fullmatch(canon)
    if simple is not None:
        path, query = simple[2], simple[3]
    else:
        try:
            parts = urlsplit(canon)
        except ValueError:
            return False
        path, query = parts.path, parts.query
    if (path in ("", "/") or _INDEX_PAGE_RE.fullmatch(path)) and not query:
        return False
    return not (feed_url and canonical_url_key(canon) == feed_url_key(feed_url))


def is_front_of(asked: str, final: str) -> bool:
    """Whether ``final``, where a redirect from the article URL ``asked`` ended, is a home page or a section
    above it (``/news/pier-opens`` → ``/news/``): where sites send the readers of a removed article."""
    if final.split("#", 1)[0] == asked.split("#", 1)[0] or not final.startswith(("http://", "https://")):
        return False
    if not is_article_url(final):
        return True
    was, now = urlsplit(asked), urlsplit(final)
    if now.query or not now.path.endswith("/") or not was.path.startswith(now.path):
        return False
    same_site = registrable_domain(was.hostname or "") == registrable_domain(now.hostname or "")
    return same_site and len(was.path.rstrip("/")) > len(now.path.rstrip("/"))


@functools.lru_cache(maxsize=1024)
def feed_url_key(feed_url: str) -> str:
    return url_key(feed_url)


def registrable_domain(host: str) -> str:
    """The domain a publisher registered (``news.bbc.co.uk`` → ``bbc.co.uk``), from a suffix subset."""
    labels = host.lower().strip(".").split(".")
    if len(labels) <= 2:
        return ".".join(labels)
    take = 3 if ".".join(labels[-2:]) in MULTI_LABEL_SUFFIXES else 2
    return ".".join(labels[-take:])


def prefer_canonical(feed_url: str, page_canonical: str | None) -> str:
    """The page's ``<link rel="canonical">`` (canonicalised) when it is safe, else the feed's URL.

    Safe means: an http(s) URL (relative ones resolve against the feed URL) on the same registrable
    domain, not a home page, and not naming a different article: when both URLs carry a long numeric
    id they must share it, and at least half of the words and numbers of the shorter path (years and
    words like "news" aside) must be shared. A canonical with no such words at all is a section front.
    """
    feed_canon = canonicalise_url(feed_url)
    if not page_canonical or not page_canonical.strip():
        return feed_canon
    candidate = canonicalise_url(
        page_canonical.strip(), feed_canon if feed_canon.startswith("http") else None
    )
    if not is_article_url(candidate) or not feed_canon.startswith(("http://", "https://")):
        return feed_canon
    if registrable_domain(urlsplit(candidate).hostname or "") != registrable_domain(
        urlsplit(feed_canon).hostname or ""
    ):
        return feed_canon
    if url_key(candidate) == url_key(feed_canon):
        return candidate
    return candidate if names_same_article(feed_canon, candidate) else feed_canon


def names_same_article(feed_url: str, candidate: str) -> bool:
    feed_tokens, cand_tokens = url_tokens(feed_url), url_tokens(candidate)
    feed_ids = set(filter(_LONG_ID_RE.fullmatch, feed_tokens))
    cand_ids = set(filter(_LONG_ID_RE.fullmatch, cand_tokens))
    if feed_ids and cand_ids and not feed_ids & cand_ids:
        return False  # two different article ids
    if not cand_tokens:
        return False  # a section front or a tag page
    if not feed_tokens:
        return True
    return 2 * len(feed_tokens & cand_tokens) >= min(len(feed_tokens), len(cand_tokens))


def url_tokens(url: str) -> set[str]:
    """Words and numbers of a URL's path and query values that can name an article."""
    parts = urlsplit(url)
    values = [v for _, _, v in (p.partition("=") for p in parts.query.split("&"))]
    text = unquote(_AMP_PATH_RE.sub("", parts.path) + " " + " ".join(values)).lower()
    return {
        t for t in _ARTICLE_TOKEN_RE.findall(text) if t not in URL_STOP_TOKENS and not _YEAR_RE.fullmatch(t)
    }


URL_STOP_TOKENS = frozenset(
    "html htm php aspx asp amp www news article articles story stories index default the and com org net "
    "world politics business live video videos www2 en uk ru de ua".split()
)
