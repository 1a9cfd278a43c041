"""Round ten of misbehaving servers and feed bodies, through the whole pipeline on loopback.

Two runs over one feeds file (the second a plain re-run that must add no article, revision or
statement), then each case is checked on its own: the titles, URLs and texts stored, the feed's state
and its one-line error. The servers here answer with a 401 that asks for a login, a bot challenge
(Cloudflare's ``cf-mitigated: challenge`` and its "Just a moment..." page), Cloudflare's own 522, an
error page with a title that says why, and a redirect to a login page that answers 200; the bodies
carry an aggregator's ``<source>`` (Google News: ``Story - Outlet``), items titled only by their
``<media:title>``, links tagged with the feed they came from (``?maca=en-rss-…``, ``?wprss=rss_…``)
and FeedBurner's feedproxy links beside their ``feedburner:origLink``. Cases that were already fine
stay as guards (a feed on IPv6 loopback ``[::1]``, a 203, a 308, a 410 after a good feed, a page that
only advertises the feed's new address).
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from faultserver import LOOPBACK_HOSTS, Behaviour, FaultServer, redirect, respond, sequence
from hostile_checks import (
    FeedCase,
    Runs,
    check_case_outcome,
    check_rerun_adds_nothing,
    check_urls_and_texts,
    feeds_file,
    run_twice,
)

pytestmark = pytest.mark.slow

RSS_TYPE = {"Content-Type": "application/rss+xml"}
HTML_TYPE = {"Content-Type": "text/html; charset=utf-8"}
MINISTER = "“We are ready,” said Minister Olena Shevchuk."
NOV24_RFC = "Mon, 24 Nov 2025 10:00:00 +0000"
NS = 'xmlns:media="http://search.yahoo.com/mrss/" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"'


def item(outlet: str, i: int, title: str, *, link: str = "", text: str = "", extra: str = "") -> str:
    return (
        f"<item><title>{title}</title><link>{link or f'https://{outlet}.example/a/{i}'}</link>"
        f'<guid isPermaLink="false">{outlet}-{i}</guid><pubDate>{NOV24_RFC}</pubDate>'
        f"<description>{text or f'{outlet} {i}: {MINISTER}'}</description>{extra}</item>"
    )


def rss(outlet: str, *items: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" {NS}><channel><title>{outlet}</title>'
        f"{''.join(items)}</channel></rss>"
    ).encode()


def simple(outlet: str, *titles: str) -> bytes:
    return rss(outlet, *(item(outlet, i, t) for i, t in enumerate(titles)))


def page(title: str, head: str = "") -> bytes:
    return f"<!DOCTYPE html><html><head><title>{title}</title>{head}</head><body>…</body></html>".encode()


def google_news() -> bytes:
    link = "https://news.google.com/rss/articles/CBMiVWh0dHBzOi8va3lpdndpcmUuZXhhbXBsZS9hLzE?oc=5"
    text = (
        f'&lt;a href="{link}" target="_blank"&gt;Truce talks resume&lt;/a&gt;&amp;nbsp;&amp;nbsp;'
        '&lt;font color="#6f6f6f"&gt;Kyiv Wire&lt;/font&gt;'
    )
    source = '<source url="https://kyivwire.example">Kyiv Wire</source>'
    return rss("gn", item("gn", 0, "Truce talks resume - Kyiv Wire", link=link, text=text, extra=source))


def media_titles() -> bytes:
    return rss(
        "vid",
        item("vid", 0, "", extra="<media:title>Flood defences tested</media:title>"),
        item("vid", 1, "Own title", extra="<media:title>Not this one</media:title>"),
    )


def feed_tags() -> bytes:
    return rss(
        "tag",
        item("tag", 0, "Tagged by the feed", link="https://tag.example/a-0?maca=en-rss-en-all-1573-rdf"),
        item("tag", 1, "Tagged twice", link="https://tag.example/w/1/?wprss=rss_wellness&amp;id=7"),
    )


def feedburner() -> bytes:
    orig = "<feedburner:origLink>https://fb.example/2025/11/story.html</feedburner:origLink>"
    proxied = "http://feedproxy.google.com/~r/fb/~3/Xy1Ab/story.html"
    return rss("fb", item("fb", 0, "Behind the proxy", link=proxied, extra=orig))


CHALLENGE = respond(
    403, page("Just a moment..."), {**HTML_TYPE, "cf-mitigated": "challenge", "Server": "cloudflare"}
)


@dataclass
class Case(FeedCase):
    routes: dict[str, Behaviour] = field(default_factory=dict)  # more paths the case needs
    host: str | None = None  # the feed's host (else one of 127.0.0.x)


CASES: dict[str, Case] = {
    "401-login-needed-after-a-good-feed": Case(
        sequence(respond(200, simple("auth", "Before the wall"), RSS_TYPE), respond(401, page("401 Authorization Required"), {**HTML_TYPE, "WWW-Authenticate": 'Basic realm="Subscribers"'})),
        ["Before the wall"],
        error='HTTP 401 Unauthorized: the feed needs a login (Basic realm="Subscribers"); put user:password@ in its URL in the feeds file',
        state="backoff",
    ),
    "bot-challenge-after-a-good-feed": Case(
        sequence(respond(200, simple("cf", "Before the challenge"), RSS_TYPE), CHALLENGE),
        ["Before the challenge"],
        error="HTTP 403 Forbidden: a bot challenge page titled 'Just a moment...' (needs a browser)",
        state="backoff",
    ),
    "cloudflare-522-after-a-good-feed": Case(
        sequence(respond(200, simple("cf522", "Before the timeout"), RSS_TYPE), respond(522, page("522"), HTML_TYPE)),
        ["Before the timeout"],
        error="HTTP 522 Connection Timed Out (Cloudflare)",
        state="backoff",
    ),
    "451-with-a-page-that-says-why": Case(
        sequence(respond(200, simple("legal", "Before the block"), RSS_TYPE), respond(451, page("Not available in your country"), HTML_TYPE)),
        ["Before the block"],
        error="HTTP 451 Unavailable For Legal Reasons: a page titled 'Not available in your country'",
        state="backoff",
    ),
    "redirect-to-a-login-page": Case(
        sequence(respond(200, simple("lp", "Before the login"), RSS_TYPE), redirect(302, "/sign-in?next=/feed")),
        ["Before the login"],
        error="not a feed: looks like an HTML page titled 'Sign in' (reached by a redirect to http://…/sign-in?next=/feed)",
        state="backoff",
        routes={"/sign-in": respond(200, page("Sign in"), HTML_TYPE)},
    ),
    "aggregator-source-suffix": Case(
        respond(200, google_news(), RSS_TYPE),
        ["Truce talks resume"],
        urls=["https://news.google.com/rss/articles/CBMiVWh0dHBzOi8va3lpdndpcmUuZXhhbXBsZS9hLzE?oc=5"],
        texts=["Truce talks resume"],
    ),
    "titles-only-in-media-title": Case(respond(200, media_titles(), RSS_TYPE), ["Flood defences tested", "Own title"]),
    "links-tagged-with-their-feed": Case(
        respond(200, feed_tags(), RSS_TYPE),
        ["Tagged by the feed", "Tagged twice"],
        urls=["https://tag.example/a-0", "https://tag.example/w/1/?id=7"],
    ),
    "feedburner-origlink": Case(
        respond(200, feedburner(), RSS_TYPE), ["Behind the proxy"], urls=["https://fb.example/2025/11/story.html"]
    ),
    # guards: already fine before round ten
    "ipv6-loopback": Case(respond(200, simple("six", "Over IPv6"), RSS_TYPE), ["Over IPv6"], host="::1"),
    "203-non-authoritative": Case(respond(203, simple("nai", "From a proxy"), RSS_TYPE), ["From a proxy"]),
    "308-permanent-redirect": Case(redirect(308, "/308-target"), ["Moved for good"], routes={"/308-target": respond(200, simple("p308", "Moved for good"), RSS_TYPE)}),
    "410-after-a-good-feed": Case(
        sequence(respond(200, simple("gone", "Before it went"), RSS_TYPE), respond(410, b"")),
        ["Before it went"],
        error="HTTP 410 Gone",
        state="gone",
    ),
    "page-that-names-the-new-feed": Case(
        sequence(respond(200, simple("moved", "Before the redesign"), RSS_TYPE), respond(200, page("Fictional Daily", '<link rel="alternate" type="application/rss+xml" href="/new/rss.xml">'), HTML_TYPE)),
        ["Before the redesign"],
        error="not a feed: looks like an HTML page titled 'Fictional Daily'; it links to the feed http://…/new/rss.xml",
        state="backoff",
    ),
}  # fmt: skip


def has_ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as sock:
            sock.bind(("::1", 0))
    except OSError:
        return False
    return True


IPV6 = has_ipv6_loopback()


def active_cases() -> dict[str, Case]:
    return {name: case for name, case in CASES.items() if IPV6 or case.host != "::1"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    hosts = (*LOOPBACK_HOSTS[:4], "::1") if IPV6 else LOOPBACK_HOSTS[:4]
    tmp = tmp_path_factory.mktemp("round10")
    with FaultServer(hosts) as s:
        urls = {}
        for i, (name, case) in enumerate(active_cases().items()):
            s.add(f"/{name}", case.serve)
            for path, behaviour in case.routes.items():
                s.add(path, behaviour)
            urls[name] = s.url(f"/{name}", host=case.host or s.hosts[i % 4])
        yield run_twice(feeds_file(tmp / "feeds.toml", urls), tmp / "warehouse")


@pytest.mark.parametrize("name", list(CASES))
def test_each_case_keeps_what_it_should(runs: Runs, name: str) -> None:
    case = CASES[name]
    if name not in active_cases():
        pytest.skip("no IPv6 loopback on this machine")
    check_case_outcome(runs, name, case)
    check_urls_and_texts(runs, name, case)


def test_a_re_run_adds_nothing(runs: Runs) -> None:
    check_rerun_adds_nothing(runs, sum(len(c.titles) for c in active_cases().values()))


def test_the_failing_feeds_keep_the_articles_of_their_good_fetch(runs: Runs) -> None:
    for name, case in active_cases().items():
        if case.error is not None:
            assert runs.states[0][name].last_error is None, name
            assert runs.titles[1][name] == case.titles
