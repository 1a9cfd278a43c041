"""Round fifteen of misbehaving feeds and servers, through the whole pipeline on loopback.

Two runs over one feeds file (the second a plain re-run that must add no article, revision or
statement; every feed sends a new ``lastBuildDate`` on each fetch, so the second run parses and
normalises it again instead of finding the body unchanged), then each case is checked on its own: the
titles and texts stored, the feed's state and its one-line error, and the statements extracted from
the stored text (who said what). The items carry what blogs and CMSs put around an article's text in
``content:encoded``: "Related" lists of other articles' headlines (with or without a heading, or one
such headline on a "Related:" line), WordPress's "more" link with the post's title inside it, Substack's
subscribe box and a newsletter sign-up line, an Instagram embed's link lines, a "Leave a comment" link,
footnote marks glued to a closing quote, cards embedding another post (Ghost, WordPress) and Blogger's
feed footer, an ad label, a copyright line and a photo credit, paragraphs hard-wrapped in their HTML
source, and wire copy whose byline is glued to the dateline of the first sentence. Cases that were already fine
stay as guards (a list that is the article's own text, a byline in its own paragraph, WordPress's
"The post … appeared first on …" footer, share buttons and a tracking pixel).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from faultserver import LOOPBACK_HOSTS, Behaviour, FaultHandler, FaultServer
from hostile_checks import (
    FeedCase as Case,
)
from hostile_checks import (
    Runs,
    check_case_outcome,
    check_rerun_adds_nothing,
    check_urls_and_texts,
    feeds_file,
    run_twice,
)

pytestmark = pytest.mark.slow

DATE = "Mon, 24 Nov 2025 10:00:00 +0000"
SAID = "“The pier reopens on Monday,” said harbour master Ilona Kravets."
KRAVETS = ("Ilona Kravets", "The pier reopens on Monday")
HEADLINES = (
    '<ul><li><a href="https://harbour.example/a/2">“We will not stop,” says mayor Petro Hnatiuk</a></li>'
    '<li><a href="https://harbour.example/a/3">Ferry strike ends, union leader Olha Savchuk says</a></li></ul>'
)


def item(title: str, body: str, n: int, site: str) -> str:
    return (
        f"<item><title>{title}</title><link>https://{site}.example/news/{n}</link><guid>{site}-{n}</guid>"
        f"<pubDate>{DATE}</pubDate><content:encoded><![CDATA[{body}]]></content:encoded></item>"
    )


def rss(outlet: str, *bodies: tuple[str, str]) -> str:
    site = outlet.lower().replace(" ", "")
    items = "".join(item(title, body, n, site) for n, (title, body) in enumerate(bodies, 1))
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>{outlet}</title><link>https://harbour.example/</link>"
        f"<lastBuildDate>{{built}}</lastBuildDate>{items}</channel></rss>"
    )


def rebuilt(template: str) -> Behaviour:
    """The feed with a new ``lastBuildDate`` on every request: the body changes, its items do not."""
    calls = [0]
    lock = threading.Lock()

    def run(h: FaultHandler) -> None:
        with lock:
            calls[0] += 1
            n = calls[0]
        body = template.replace("{built}", f"Mon, 24 Nov 2025 {10 + n:02d}:00:00 +0000").encode()
        h.send(200, body, {"Content-Type": "application/rss+xml"})

    return run


P = f"<p>{SAID}</p>"
CASES: dict[str, Case] = {
    "related-headlines": Case(
        rebuilt(rss(
            "Harbour Daily",
            ("Pier reopens (heading)", P + "<h3>Related</h3>" + HEADLINES),
            ("Pier reopens (see also)", P + "<p><strong>See also:</strong></p>" + HEADLINES),
            ("Pier reopens (bare list)", P + HEADLINES),
            ("Pier reopens (inline)", P + '<p>Related: <a href="/a/2">Mayor Petro Hnatiuk says “we will not stop”</a></p>'),
        )),
        ["Pier reopens (bare list)", "Pier reopens (heading)", "Pier reopens (inline)", "Pier reopens (see also)"],
        texts=[SAID] * 4,
    ),
    "wordpress-more-links": Case(
        rebuilt(rss(
            "Harbour Blog",
            ("More link", P + '<p><a href="https://harbour.example/news/1#more-12" class="more-link">Continue reading'
                          '<span class="screen-reader-text"> “More link”</span> →</a></p>'),
            ("Read more in the paragraph", f'<p>{SAID} <a href="https://harbour.example/news/2#more-13">Read more'
                                           '<span class="screen-reader-text"> "Read more"</span></a></p>'),
            ("Continue reading the title", P + '<p><a href="https://harbour.example/news/3">Continue reading “Pier”</a></p>'),
        )),
        ["Continue reading the title", "More link", "Read more in the paragraph"],
        texts=[SAID] * 3,
    ),
    "subscribe-boxes-and-embeds": Case(
        rebuilt(rss(
            "Harbour Notes",
            ("Substack post", P + '<p class="button-wrapper"><a class="button primary" href="https://notes.example/subscribe?">'
                              '<span>Subscribe now</span></a></p><div class="subscription-widget-wrap"><p>Thanks for '
                              "reading Harbour Notes! Subscribe for free to receive new posts and support my work.</p></div>"),
            ("Newsletter line", P + "<p><em>Sign up for our free newsletter to get the news in your inbox every morning.</em></p>"),
            ("Instagram embed", P + '<blockquote class="instagram-media"><div><a href="https://www.instagram.com/p/x/">View '
                                'this post on Instagram</a></div><p><a href="https://www.instagram.com/p/x/">A post shared '
                                "by Harbour Daily (@harbourdaily)</a></p></blockquote>"),
            ("Comment link", P + '<p><a href="https://harbour.example/news/4#respond">Leave a comment</a></p>'),
        )),
        ["Comment link", "Instagram embed", "Newsletter line", "Substack post"],
        texts=[SAID] * 4,
    ),
    "wire-bylines-glued-to-datelines": Case(
        rebuilt(rss(
            "Wire Desk",
            ("AP story", f"<p>By JANE DOE Associated Press WASHINGTON (AP) — {SAID}</p>"),
            ("Reuters story", f"<p>By Jane Doe and John Roe, Reuters KYIV, Ukraine (Reuters) - {SAID}</p>"),
        )),
        ["AP story", "Reuters story"],
        texts=[
            f"By JANE DOE Associated Press\nWASHINGTON (AP) — {SAID}",
            f"By Jane Doe and John Roe, Reuters\nKYIV, Ukraine (Reuters) - {SAID}",
        ],
    ),
    "footnote-marks": Case(
        rebuilt(rss(
            "Harbour Essays",
            ("Substack footnote", '<p>“The pier reopens on Monday,”<a class="footnote-anchor" href="#footnote-1" id="footnote-anchor-1">1'
                                  '</a> said harbour master Ilona Kravets.</p><div class="footnote"><a class="footnote-number" '
                                  'href="#footnote-anchor-1">1</a><div class="footnote-content"><p>At the pier.</p></div></div>'),
            ("Superscript mark", "<p>“The pier reopens on Monday,”<sup>2</sup> said harbour master Ilona Kravets.</p>"),
        )),
        ["Substack footnote", "Superscript mark"],
        texts=[SAID + "\nAt the pier.", SAID],
    ),
    "embedded-post-cards": Case(
        rebuilt(rss(
            "Harbour Cards",
            ("Ghost bookmark", P + '<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" '
                               'href="https://harbourcards.example/news/9"><div class="kg-bookmark-title">“We will not stop,” '
                               'says mayor Petro Hnatiuk</div><div class="kg-bookmark-description">The mayor spoke.</div></a></figure>'),
            ("WordPress embed", P + '<blockquote class="wp-embedded-content"><a href="https://harbourcards.example/news/9/">'
                                "“We will not stop,” says mayor Petro Hnatiuk</a></blockquote>"),
            ("Blogger footer", P + '<div class="blogger-post-footer">“Visit my blog,” said Jane Roe.</div>'),
        )),
        ["Blogger footer", "Ghost bookmark", "WordPress embed"],
        texts=[SAID] * 3,
    ),
    "ads-copyright-credits": Case(
        rebuilt(rss(
            "Wire Three",
            ("Wire copy", "<p>(Photo by Oleh Marchuk/Getty Images)</p>" + P + "<p>ADVERTISEMENT</p>"
                          "<p>Copyright 2025 The Associated Press. All rights reserved. This material may not be published, "
                          "broadcast, rewritten or redistributed.</p>"),
        )),
        ["Wire copy"],
        texts=[SAID],
    ),
    "hard-wrapped-paragraphs": Case(
        rebuilt(rss(
            "Harbour Static",
            ("Wrapped", "<p>“The pier reopens on Monday,” said harbour\nmaster Ilona Kravets, who added\nthat boats would wait.</p>\n"
                        "<p>Second\nparagraph.</p>"),
            ("Wrapped CRLF", "<p>“The pier reopens on Monday,” said <a href=\"https://harbourstatic.example/p\">harbour\r\n"
                             "master</a> Ilona Kravets.</p>"),
        )),
        ["Wrapped", "Wrapped CRLF"],
        texts=[
            "“The pier reopens on Monday,” said harbour master Ilona Kravets, who added that boats would wait.\nSecond paragraph.",
            SAID,
        ],
    ),
    # guards: already fine before round fifteen
    "article-lists-kept": Case(
        rebuilt(rss(
            "Council News",
            ("Demands", "<p>The council listed its demands:</p><ul><li>“Open the pier,” said councillor Olha Savchuk.</li>"
                        '<li>Fix the <a href="/road">road</a></li></ul>'),
        )),
        ["Demands"],
        texts=["The council listed its demands:\n“Open the pier,” said councillor Olha Savchuk.\nFix the road"],
    ),
    "byline-in-its-own-paragraph": Case(
        rebuilt(rss("Wire Two", ("AP story apart", f"<p>By JANE DOE Associated Press</p><p>WASHINGTON (AP) — {SAID}</p>"))),
        ["AP story apart"],
        texts=[f"By JANE DOE Associated Press\nWASHINGTON (AP) — {SAID}"],
    ),
    "wordpress-footer-and-share-buttons": Case(
        rebuilt(rss(
            "Harbour Press",
            ("Footer", P + '<p>The post <a href="https://harbour.example/news/1">Footer</a> appeared first on '
                       '<a href="https://harbour.example">Harbour Press</a>.</p>'),
            ("Share bar", P + '<div class="sharedaddy"><h3>Share this:</h3><ul><li><a href="https://twitter.com/share?url=x">'
                          'Twitter</a></li></ul></div><img src="https://px.example/1.gif" width="1" height="1" alt=""/>'),
        )),
        ["Footer", "Share bar"],
        texts=[SAID] * 2,
    ),
}  # fmt: skip

# who said what in each feed's stored texts (speaker, quote), sorted
STATEMENTS: dict[str, list[tuple[str, str]]] = {
    "related-headlines": [KRAVETS] * 4,
    "wordpress-more-links": [KRAVETS] * 3,
    "subscribe-boxes-and-embeds": [KRAVETS] * 4,
    "wire-bylines-glued-to-datelines": [KRAVETS] * 2,
    "footnote-marks": [KRAVETS] * 2,
    "embedded-post-cards": [KRAVETS] * 3,
    "ads-copyright-credits": [KRAVETS],
    "hard-wrapped-paragraphs": sorted([KRAVETS, ("Ilona Kravets", "boats would wait"), KRAVETS]),
    "article-lists-kept": [("Olha Savchuk", "Open the pier")],
    "byline-in-its-own-paragraph": [KRAVETS],
    "wordpress-footer-and-share-buttons": [KRAVETS] * 2,
}


@pytest.fixture(scope="module")
def warehouse_runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Runs, Path]]:
    tmp = tmp_path_factory.mktemp("round15")
    with FaultServer(LOOPBACK_HOSTS[:3]) as s:
        urls = {}
        for i, (name, case) in enumerate(CASES.items()):
            s.add(f"/{name}", case.serve)
            urls[name] = s.url(f"/{name}", host=s.hosts[i % 3])
        yield run_twice(feeds_file(tmp / "feeds.toml", urls), tmp / "warehouse"), tmp / "warehouse"


@pytest.fixture(scope="module")
def runs(warehouse_runs: tuple[Runs, Path]) -> Runs:
    return warehouse_runs[0]


def stored_statements(warehouse: Path) -> dict[str, list[tuple[str, str]]]:
    """Each feed's statements (speaker, quote), sorted."""
    con = duckdb.connect(str(warehouse / "news.duckdb"), read_only=True)
    try:
        query = "select a.feed, s.speaker, s.quote from statements as s join articles as a on a.article_id = s.article_id"
        found: dict[str, list[tuple[str, str]]] = {}
        for feed, speaker, quote in con.execute(query).fetchall():
            found.setdefault(feed, []).append((speaker, quote))
    finally:
        con.close()
    return {feed: sorted(pairs) for feed, pairs in found.items()}


@pytest.mark.parametrize("name", list(CASES))
def test_each_case_keeps_what_it_should(runs: Runs, name: str) -> None:
    case = CASES[name]
    check_case_outcome(runs, name, case)
    check_urls_and_texts(runs, name, case)


@pytest.mark.parametrize("name", list(STATEMENTS))
def test_furniture_gives_no_statement_or_speaker(warehouse_runs: tuple[Runs, Path], name: str) -> None:
    assert stored_statements(warehouse_runs[1]).get(name, []) == STATEMENTS[name]


def test_a_re_run_adds_nothing(runs: Runs) -> None:
    check_rerun_adds_nothing(runs, sum(len(c.titles) for c in CASES.values()))


def test_the_second_run_parsed_the_feeds_again(runs: Runs) -> None:
    """Every feed was read again, not skipped as unchanged: its re-run is a real check."""
    assert runs.summaries[1].items == sum(len(c.titles) for c in CASES.values())


def test_a_teaser_beside_the_full_text_in_another_feed_is_one_article(tmp_path: Path) -> None:
    """A guard (already fine): the same item cut short with "[…]" in one feed and whole in another is one
    article with the whole text, its statement stored once, on both runs."""
    link = "https://teaser.example/news/pier-reopens"
    teaser = f"<p>{SAID} The boats will wait [&#8230;]</p>"
    whole = (
        f"<p>{SAID} The boats will wait for the tide.</p><p>“We are ready,” said captain Taras Bondar.</p>"
    )

    def feed(outlet: str, body: str) -> str:
        return rss(outlet, ("Pier reopens", body)).replace("https://teaser.example/news/1", link)

    with FaultServer(LOOPBACK_HOSTS[:1]) as s:
        s.add("/teaser", rebuilt(feed("Teaser", teaser).replace("teaser-1", "t-1")))
        s.add("/whole", rebuilt(feed("Teaser", whole).replace("teaser-1", "w-1")))
        urls = {"teaser": s.url("/teaser"), "whole": s.url("/whole")}
        runs = run_twice(feeds_file(tmp_path / "feeds.toml", urls), tmp_path / "wh")
    texts = [t for per_feed in runs.texts[1].values() for t in per_feed]
    assert texts == [f"{SAID} The boats will wait for the tide.\n“We are ready,” said captain Taras Bondar."]
    assert sorted(p for pairs in stored_statements(tmp_path / "wh").values() for p in pairs) == [
        KRAVETS,
        ("Taras Bondar", "We are ready"),
    ]
    check_rerun_adds_nothing(runs, 1)
