"""Round twelve of misbehaving feeds, through the whole pipeline on loopback.

Two runs over one feeds file (the second a plain re-run that must add no article, revision or
statement), then each case is checked on its own: the titles, URLs, texts and publication times
stored, the feed's state and its one-line error. The feeds carry a zone abbreviation followed by its
own offset, an offset with a one-digit hour, a day-first ordinal date, JSON written by a template
(trailing commas, raw line breaks, PHP's ``\\'``, unescaped quotes), Unicode line separators, a
misspelled closing tag, hexadecimal C1 references, emoji written as two references to their UTF-16
halves, a table in a description and an Atom link whose ``rel`` is in capitals; one server answers
our validators with an empty 200, another redirects a feed to a page that fails. Cases that were
already fine stay as guards (a feed served as ``text/plain`` or without a type, RSS 1.0 with only
``dc:date``, Atom 0.3, relative links under a channel's ``xml:base``, an enclosure-only podcast
item, JSON Feed 1.0 names, one guid on every item with their own links, a 204 No Content).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from faultserver import LOOPBACK_HOSTS, Behaviour, FaultHandler, FaultServer, redirect, respond, sequence
from hostile_checks import (
    FeedCase as Case,
)
from hostile_checks import (
    Runs,
    check_case_outcome,
    check_published,
    check_rerun_adds_nothing,
    check_urls_and_texts,
    feeds_file,
    run_twice,
)

pytestmark = pytest.mark.slow

RSS_TYPE = {"Content-Type": "application/rss+xml"}
JSON_TYPE = {"Content-Type": "application/feed+json"}
NOV24 = datetime(2025, 11, 24, 10, tzinfo=UTC)
DATE = "Mon, 24 Nov 2025 10:00:00 +0000"
MINISTER = "“We are ready,” said Minister Olena Shevchuk."


def item(title: str, link: str, *, text: str = MINISTER, date: str = DATE, extra: str = "") -> str:
    return (
        f"<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate>"
        f"<description>{text}</description>{extra}</item>"
    )


def rss(outlet: str, *items: str, channel: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel{channel}><title>{outlet}</title>'
        f"{''.join(items)}</channel></rss>"
    ).encode()


def served(body: bytes, headers: dict[str, str] | None = None) -> Behaviour:
    return respond(200, body, RSS_TYPE if headers is None else headers)


def empty_when_conditional(body: bytes) -> Behaviour:
    """A cache that answers a conditional request with an empty 200 (its idea of a 304)."""

    def run(h: FaultHandler) -> None:
        if h.headers.get("If-None-Match") or h.headers.get("If-Modified-Since"):
            h.send(200, b"", {"ETag": '"v1"', **RSS_TYPE})
        else:
            h.send(200, body, {"ETag": '"v1"', "Last-Modified": "Mon, 24 Nov 2025 10:00:00 GMT", **RSS_TYPE})

    return run


TEMPLATE_JSON = (
    b'{"version": "https://jsonfeed.org/version/1.1", "title": "Template Daily", "items": [\n'
    b'  {"id": "t1", "url": "https://tj.example/a/1", "title": "Council\'s budget", "content_text": "Line one.\n'
    b'Line two.", "date_published": "2025-11-24T10:00:00Z"},\n'
    b'  {"id": "t2", "url": "https://tj.example/a/2", "title": "It\\\'s official", "content_text": "Agreed.",'
    b' "date_published": "2025-11-24T10:00:00Z",},\n'
    b'  {"id": "t3", "url": "https://tj.example/a/3", "title": "Minister: "we are ready" today",'
    b' "content_html": "<p>See <a href="https://tj.example/plan">the plan</a>.</p>",'
    b' "date_published": "2025-11-24T10:00:00Z"},\n'
    b"]}"
)
LINE_SEPARATORS = (
    b'{"version": "https://jsonfeed.org/version/1.1", "title": "ls", "items": [{"id": "1",'
    b' "url": "https://ls.example/a/1", "title": "Budget approved\\u2028after talks",'
    b' "content_text": "Para one.\\u2029Para two."}]}'
)
MISSPELLED = rss(
    "ms",
    item("Story a", "https://ms.example/a", text="Text a.").replace("</description>", "</descripton>"),
    item("Story b", "https://ms.example/b", text="Text b."),
    item("Story c", "https://ms.example/c", text="Text c."),
)
RDF = (
    b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
    b' xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
    b'<channel rdf:about="https://rdf.example/"><title>rdf</title></channel>'
    b'<item rdf:about="https://rdf.example/a/1"><title>Dublin Core only</title><link>https://rdf.example/a/1</link>'
    b"<dc:date>2025-11-24T12:00:00+02:00</dc:date><description>Dated by dc:date.</description></item></rdf:RDF>"
)
ATOM03 = (
    b'<?xml version="1.0"?><feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>a03</title>'
    b'<entry><title>Atom zero three</title><link rel="alternate" type="text/html" href="https://a03.example/a/1"/>'
    b"<id>tag:a03.example,2025:1</id><issued>2025-11-24T10:00:00Z</issued><modified>2025-11-24T10:00:00Z</modified>"
    b'<content type="text/html" mode="escaped">&lt;p&gt;Old Atom.&lt;/p&gt;</content></entry></feed>'
)
CAPITAL_REL = (
    b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>cr</title><entry><title>Capital rel'
    b'</title><id>tag:cr.example,2025:1</id><link rel="Alternate" type="text/html" href="https://cr.example/a/1"/>'
    b"<updated>2025-11-24T10:00:00Z</updated><summary>Hand-written Atom.</summary></entry></feed>"
)
JSON10 = (
    b'{"version": "https://jsonfeed.org/version/1", "title": "j10", "items": [{"id": "1",'
    b' "url": "https://j10.example/a/1", "title": "JSON one zero", "content_text": "Plain text.",'
    b' "author": {"name": "Olena"}, "date_published": "2025-11-24T10:00:00Z"}]}'
)


CASES: dict[str, Case] = {
    "zone-then-its-offset": Case(
        served(rss("zo", item("PHP T O date", "https://zo.example/a/1", date="Mon, 24 Nov 2025 12:00:00 CEST +0200"), item("EST with offset", "https://zo.example/a/2", date="Mon, 24 Nov 2025 05:00:00 EST -0500"), item("One-digit hour offset", "https://zo.example/a/3", date="Mon, 24 Nov 2025 12:00:00 GMT+2:00"), item("Day-first ordinal", "https://zo.example/a/4", date="Monday 24th November 2025 10:00"))),
        ["Day-first ordinal", "EST with offset", "One-digit hour offset", "PHP T O date"],
        published=[NOV24] * 4,
    ),
    "json-written-by-a-template": Case(
        respond(200, TEMPLATE_JSON, JSON_TYPE),
        ["Council's budget", "It's official", 'Minister: "we are ready" today'],
        texts=["Line one.\nLine two.", "Agreed.", "See the plan."],
        published=[NOV24] * 3,
    ),
    "misspelled-closing-tag": Case(
        served(MISSPELLED),
        ["Story a", "Story b", "Story c"],
        texts=["Text a.", "Text b.", "Text c."],
        urls=["https://ms.example/a", "https://ms.example/b", "https://ms.example/c"],
    ),
    "empty-200-to-validators": Case(
        empty_when_conditional(rss("ev", item("Cached feed", "https://ev.example/a/1"))),
        ["Cached feed"],
    ),
    "hex-c1-references": Case(
        served(rss("hx", item("&#x93;Quoted&#x94; &#x96; hex", "https://hx.example/a/1", text="He said &#x93;yes&#x94;."))),
        ["“Quoted” – hex"],
        texts=["He said “yes”."],
    ),
    "surrogate-pair-references": Case(
        served(rss("sp", item("Smile &amp;#55357;&amp;#56832; please", "https://sp.example/a/1", text="&lt;p&gt;Cheers &amp;#55357;&amp;#56832; all.&lt;/p&gt;"))),
        ["Smile \U0001f600 please"],
        texts=["Cheers \U0001f600 all."],
    ),
    "error-at-a-redirect-target": Case(
        sequence(served(rss("rt", item("Kept after the move", "https://rt.example/a/1"))), redirect(302, "/moved-away")),
        ["Kept after the move"],
        error="HTTP 404 Not Found (reached by a redirect to http://…/moved-away)",
        state="backoff",
    ),
    "line-separators-in-json": Case(
        respond(200, LINE_SEPARATORS, JSON_TYPE),
        ["Budget approved after talks"],
        texts=["Para one.\nPara two."],
    ),
    "table-cells": Case(
        served(rss("tc", item("Vote results", "https://tc.example/a/1", text="&lt;p&gt;The council voted.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;Vote&lt;/th&gt;&lt;th&gt;Members&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Yes&lt;/td&gt;&lt;td&gt;120&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;"))),
        ["Vote results"],
        texts=["The council voted.\nVote Members\nYes 120"],
    ),
    "atom-rel-in-capitals": Case(
        served(CAPITAL_REL, {"Content-Type": "application/atom+xml"}),
        ["Capital rel"],
        urls=["https://cr.example/a/1"],
    ),
    # guards: already fine before round twelve
    "served-as-text-plain": Case(served(rss("tp", item("Plain type", "https://tp.example/a/1")), {"Content-Type": "text/plain"}), ["Plain type"]),
    "served-without-a-type": Case(served(rss("nt", item("No type", "https://nt.example/a/1")), {}), ["No type"]),
    "rss10-dc-date-only": Case(served(RDF), ["Dublin Core only"], published=[NOV24]),
    "atom-0-3": Case(served(ATOM03), ["Atom zero three"], texts=["Old Atom."], published=[NOV24]),
    "relative-links-under-xml-base": Case(
        served(rss("xb", item("Based", "a/1"), channel=' xml:base="https://xb.example/news/"')),
        ["Based"],
        urls=["https://xb.example/news/a/1"],
    ),
    "enclosure-only-podcast": Case(
        served(rss("pc", '<item><title>Episode 1</title><enclosure url="https://cdn.pc.example/ep1.mp3" length="1" type="audio/mpeg"/><pubDate>Mon, 24 Nov 2025 10:00:00 +0000</pubDate></item>')),
        ["Episode 1"],
        urls=["https://cdn.pc.example/ep1.mp3"],
    ),
    "json-feed-1-0": Case(respond(200, JSON10, JSON_TYPE), ["JSON one zero"], texts=["Plain text."]),
    "one-guid-on-every-item": Case(
        served(rss("og", item("First", "https://og.example/a/1", extra="<guid>same</guid>"), item("Second", "https://og.example/a/2", extra="<guid>same</guid>"))),
        ["First", "Second"],
    ),
    "no-content-after-a-good-fetch": Case(
        sequence(served(rss("nc", item("Kept after 204", "https://nc.example/a/1"))), respond(204)),
        ["Kept after 204"],
        error="empty body",
        state="backoff",
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    tmp = tmp_path_factory.mktemp("round12")
    with FaultServer(LOOPBACK_HOSTS[:3]) as s:
        s.add("/moved-away", respond(404))
        urls = {}
        for i, (name, case) in enumerate(CASES.items()):
            s.add(f"/{name}", case.serve)
            urls[name] = s.url(f"/{name}", host=s.hosts[i % 3])
        yield run_twice(feeds_file(tmp / "feeds.toml", urls), tmp / "warehouse")


@pytest.mark.parametrize("name", list(CASES))
def test_each_case_keeps_what_it_should(runs: Runs, name: str) -> None:
    case = CASES[name]
    check_case_outcome(runs, name, case)
    check_published(runs, name, case)
    check_urls_and_texts(runs, name, case)


def test_a_re_run_adds_nothing(runs: Runs) -> None:
    check_rerun_adds_nothing(runs, sum(len(c.titles) for c in CASES.values()))
