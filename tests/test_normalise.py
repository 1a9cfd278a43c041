from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from ingest.models import Entry, Feed
from ingest.normalise import choose_language, normalise_entries, normalise_entry

FEED = Feed(name="wire", url="https://wire.example/rss", outlet="Wire")
SEEN = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def entry(**kw: object) -> Entry:
    base: dict[str, object] = {"guid": "g1", "url": "https://wire.example/a?utm_source=rss", "title": "Title"}
    base.update(kw)
    return Entry(**base)  # type: ignore[arg-type]


def test_article_fields_from_entry() -> None:
    art = normalise_entry(
        entry(
            content_html="<p>“We will,” she said.</p><p>Second &amp; last.</p>",
            published=datetime(2026, 11, 24, 9, tzinfo=UTC),
        ),
        FEED,
        SEEN,
    )
    assert art is not None
    assert art.canonical_url == "https://wire.example/a"
    assert art.text == "“We will,” she said.\nSecond & last."
    assert art.published_at == datetime(2026, 11, 24, 9, tzinfo=UTC) and art.date_trusted
    assert art.first_seen_at == SEEN
    assert art.outlet == "Wire" and art.feed == "wire"
    assert len(art.article_id) == 20 and len(art.content_hash) == 40


def test_longer_of_summary_and_content_wins() -> None:
    art = normalise_entry(
        entry(summary_html="Short.", content_html="<p>Much longer full text.</p>"), FEED, SEEN
    )
    assert art is not None and art.text == "Much longer full text."
    art = normalise_entry(entry(summary_html="Only a summary here.", content_html=""), FEED, SEEN)
    assert art is not None and art.text == "Only a summary here."


@pytest.mark.parametrize(
    ("published", "updated", "expected", "trusted"),
    [
        (datetime(2026, 11, 24, 11, 0, tzinfo=UTC), None, datetime(2026, 11, 24, 11, 0, tzinfo=UTC), True),
        (None, datetime(2026, 11, 23, tzinfo=UTC), datetime(2026, 11, 23, tzinfo=UTC), True),
        (None, None, SEEN, False),
        (SEEN + timedelta(days=3), None, SEEN, False),  # more than a day in the future
        (datetime(1970, 1, 1, tzinfo=UTC), None, SEEN, False),  # before 1990
        (SEEN + timedelta(hours=20), None, SEEN + timedelta(hours=20), True),  # time zones: within a day
        (datetime(2026, 11, 24, 13, 0), None, datetime(2026, 11, 24, 13, 0, tzinfo=UTC), True),  # naive = UTC
    ],
)
def test_published_at(
    published: datetime | None, updated: datetime | None, expected: datetime, trusted: bool
) -> None:
    art = normalise_entry(entry(published=published, updated=updated), FEED, SEEN)
    assert art is not None
    assert art.published_at == expected and art.published_at.tzinfo is not None
    assert art.date_trusted is trusted


def test_identity_prefers_url_then_guid_then_title() -> None:
    a = normalise_entry(entry(url="http://www.wire.example/a/", guid="x"), FEED, SEEN)
    b = normalise_entry(entry(url="https://wire.example/a?utm_medium=feed", guid="y"), FEED, SEEN)
    assert a is not None and b is not None and a.article_id == b.article_id
    c = normalise_entry(entry(url=None, guid="same-guid"), FEED, SEEN)
    d = normalise_entry(entry(url=None, guid="same-guid", title="Other title"), FEED, SEEN)
    assert c is not None and d is not None and c.article_id == d.article_id
    e = normalise_entry(entry(url=None, guid=None, title="A  Title!"), FEED, SEEN)
    f = normalise_entry(entry(url=None, guid=None, title="a title"), FEED, SEEN)
    assert e is not None and f is not None and e.article_id == f.article_id


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ({"url": "https://wire.example/a?utm_source=rss"}, {"url": "http://www.wire.example/a/#top"}),
        ({"url": "https://m.wire.example/a"}, {"url": "https://amp.wire.example/a/amp/"}),
        (
            {"url": "/a"},
            {"url": "https://wire.example/a?fbclid=x"},
        ),  # relative link, resolved against the feed
        (
            {"url": None, "guid": "https://wire.example/a"},
            {"url": "https://wire.example/a", "guid": "x"},
        ),  # permalink guid
    ],
)
def test_url_variants_are_one_article(a: dict[str, object], b: dict[str, object]) -> None:
    first = normalise_entry(entry(**a), FEED, SEEN, "https://wire.example/rss")
    second = normalise_entry(entry(**b), FEED, SEEN, "https://wire.example/rss")
    assert first is not None and second is not None
    assert first.article_id == second.article_id


def test_home_page_links_do_not_collapse_articles() -> None:
    """Feeds that link every item to the site's front page: identity falls back to the GUID."""
    a = normalise_entry(entry(url="https://wire.example/", guid="item-1", title="One"), FEED, SEEN)
    b = normalise_entry(entry(url="https://wire.example/", guid="item-2", title="Two"), FEED, SEEN)
    assert a is not None and b is not None and a.article_id != b.article_id
    assert a.url == "https://wire.example/"


@pytest.mark.parametrize(
    ("fields", "url"),
    [
        # round fourteen: a link that names no article (the home page, the feed itself) beside a permalink
        # GUID: the GUID is the article's URL (it was the home page, and the item known by its GUID)
        ({"url": "https://wire.example/", "guid": "https://wire.example/news/pier-1"}, "https://wire.example/news/pier-1"),
        ({"url": "https://wire.example/rss", "guid": "https://wire.example/news/pier-2"}, "https://wire.example/news/pier-2"),
        ({"url": "/index.html", "guid": "https://wire.example/news/pier-3"}, "https://wire.example/news/pier-3"),
        # round fourteen: the article behind a click-through wrapper (it was the wrapper)
        (
            {"url": "https://www.google.com/url?rct=j&sa=t&url=https://harbour.example/news/pier-4&ct=ga&usg=AOv"},
            "https://harbour.example/news/pier-4",
        ),
        ({"url": "https://l.facebook.com/l.php?u=https%3A%2F%2Fharbour.example%2Fpier-5%3Futm_source%3Dfb"}, "https://harbour.example/pier-5"),
        ({"url": "https://harbour-example.cdn.ampproject.org/c/s/harbour.example/news/pier-6"}, "https://harbour.example/news/pier-6"),
        # guards: a home page link with a GUID that is no permalink; a permalink GUID beside an article link
        ({"url": "https://wire.example/", "guid": "item-7"}, "https://wire.example/"),
        ({"url": "https://wire.example/a/8", "guid": "https://wire.example/?p=8"}, "https://wire.example/a/8"),
        ({"url": "https://wire.example/", "guid": "https://wire.example/"}, "https://wire.example/"),
    ],
)  # fmt: skip
def test_the_article_url_behind_the_link(fields: dict[str, object], url: str) -> None:
    art = normalise_entry(entry(**fields), FEED, SEEN, "https://wire.example/rss")
    assert art is not None and art.url == url


def test_wrapped_and_direct_links_are_one_article() -> None:
    direct = normalise_entry(entry(url="https://harbour.example/news/pier", guid="a"), FEED, SEEN)
    alert = normalise_entry(
        entry(url="https://www.google.com/url?sa=t&url=https://harbour.example/news/pier&usg=AOv1", guid="b"),
        FEED,
        SEEN,
    )
    amp = normalise_entry(
        entry(url="https://www.google.com/amp/s/harbour.example/news/pier/amp/", guid="c"), FEED, SEEN
    )
    assert direct is not None and alert is not None and amp is not None
    assert direct.article_id == alert.article_id == amp.article_id


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # round fourteen: live-blog updates and comments under one page (one article before: all but one lost)
        ("https://wire.example/live/storm#post-101", "https://wire.example/live/storm#post-102", False),
        ("https://wire.example/live/storm#post-101", "https://wire.example/live/storm", False),
        ("https://wire.example/p/1/#comment-12", "https://wire.example/p/1/#comment-13", False),
        # one update under two spellings of its page is one article; the stored URL keeps its anchor
        ("https://wire.example/live/storm#post-101", "http://www.wire.example/live/storm/#post-101", True),
        # guards: section anchors and trackers in the fragment name the page itself
        ("https://wire.example/a/1#top", "https://wire.example/a/1", True),
        ("https://wire.example/a/1#xtor=RSS-3", "http://www.wire.example/a/1/", True),
        ("https://wire.example/a/1#more-1", "https://wire.example/a/1", True),
    ],
)
def test_fragments_that_name_one_update(a: str, b: str, same: bool) -> None:
    first = normalise_entry(entry(url=a, guid="g1"), FEED, SEEN, "https://wire.example/rss")
    second = normalise_entry(entry(url=b, guid="g2"), FEED, SEEN, "https://wire.example/rss")
    assert first is not None and second is not None
    assert (first.article_id == second.article_id) is same
    assert first.canonical_url == a.split("#")[0]  # the canonical URL has no fragment
    assert first.url == (a if not same or "#post" in a else a.split("#")[0])  # the stored URL keeps an anchor


def test_guid_identity_is_scoped_to_the_outlet() -> None:
    other = Feed(name="other", url="https://other.example/rss", outlet="Other")
    a = normalise_entry(entry(url=None, guid="12345"), FEED, SEEN)
    b = normalise_entry(entry(url=None, guid="12345"), other, SEEN)
    assert a is not None and b is not None and a.article_id != b.article_id
    assert a.url == "" and a.canonical_url == ""  # a non-URL guid is never taken for a link


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Truce talks resume - Wire", "Truce talks resume"),
        ("Truce talks resume | WIRE", "Truce talks resume"),
        ("Truce talks resume — Wire", "Truce talks resume"),
        ("Wire", "Wire"),
        ("Truce talks resume - Wireless", "Truce talks resume - Wireless"),
        ("<b>Truce</b> &amp; talks", "Truce & talks"),
    ],
)
def test_title_is_cleaned(title: str, expected: str) -> None:
    art = normalise_entry(entry(title=title), FEED, SEEN)
    assert art is not None and art.title == expected


def test_boilerplate_and_share_links_stay_out_of_text() -> None:
    html = (
        "<p>The minister said talks would resume.</p>"
        "<p><a href='https://www.facebook.com/sharer/sharer.php?u=x'>Share on Facebook</a></p>"
        "<p>The post Talks resume appeared first on Wire.</p>"
    )
    art = normalise_entry(entry(content_html=html), FEED, SEEN)
    assert art is not None and art.text == "The minister said talks would resume."


def test_same_content_gives_the_same_hash() -> None:
    a = normalise_entry(entry(content_html="<p>Body.</p>"), FEED, SEEN)
    b = normalise_entry(
        entry(summary_html="Body.", url="https://wire.example/a?utm_medium=x"),
        FEED,
        SEEN + timedelta(hours=1),
    )
    assert a is not None and b is not None
    assert (a.article_id, a.content_hash) == (b.article_id, b.content_hash)


def test_entries_without_any_identity_are_dropped() -> None:
    assert normalise_entries([entry(url=None, guid=None, title="")], FEED, SEEN) == []


def test_description_only_items_are_known_by_their_text() -> None:
    """RSS 2.0 needs only a description: such items are kept, one article per text, stable across runs."""
    items = [
        entry(url=None, guid=None, title="", summary_html=f"<p>The council said bridge {n} reopens.</p>")
        for n in (1, 2, 1)
    ]
    first, second, again = normalise_entries(items, FEED, SEEN)
    assert first.text == "The council said bridge 1 reopens." and first.title == ""
    assert first.article_id == again.article_id != second.article_id


@pytest.mark.parametrize(
    ("declared", "text", "expected"),
    [
        ("en", "The minister said the talks would continue next week in Brussels.", "en"),
        ("en", "Міністерка енергетики заявила, що графіки відключень світла скоротять.", "uk"),
        (None, "Пресс-секретарь заявил, что Москва считает эти действия незаконными.", "ru"),
        (None, "Der Minister sagte, dass die Systeme bis Jahresende geliefert werden.", "de"),
        ("de-DE", "Der Minister sagte am Dienstag in Berlin etwas.", "de"),
        ("EN_us", "The minister said the talks would continue.", "en"),
        ("ru", "The minister said the talks would continue next week in Brussels.", "en"),
        ("uk", "Міністерка енергетики заявила, що графіки відключень світла скоротять.", "uk"),
        (
            "en",
            "Der Minister sagte, dass die Systeme bis Jahresende geliefert werden.",
            "en",
        ),  # same script: trusted
        (None, "ok", None),
        ("fr", "ok", "fr"),
    ],
)
def test_choose_language(declared: str | None, text: str, expected: str | None) -> None:
    assert choose_language(declared, text) == expected


@pytest.mark.parametrize(
    ("fields", "title", "text"),
    [
        # round eight: UTF-8 read as windows-1252 upstream, the whole value (Latin-1 mojibake was
        # already repaired by the parsers)
        ({"title": "Donâ€™t stop â€“ cafÃ©", "summary_html": "<p>Itâ€™s â€œquotedâ€\x9d</p>"}, "Don’t stop – café", "It’s “quoted”"),
        ({"title": "Café – “real” Fuß»", "summary_html": "<p>São Paulo Ã</p>"}, "Café – “real” Fuß»", "São Paulo Ã"),
        ({"title": "Café Donâ€™t"}, "Café Don’t", ""),  # round nine: mixed with real text, repaired too
        ({"title": "Resumé", "summary_html": "<p>Café — Itâ€™s â€œhereâ€\x9d</p>"}, "Resumé", "Café — It’s “here”"),
        # HTML escaped twice: the tags were left in the text
        ({"summary_html": "&lt;p&gt;Double &lt;b&gt;escaped&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Second&lt;/p&gt;"}, "Title", "Double escaped\nSecond"),
        ({"summary_html": "One&lt;br /&gt;two &lt;a href=&quot;https://x.example/&quot;&gt;link&lt;/a&gt;"}, "Title", "One\ntwo link"),
        ({"summary_html": "Use the &lt;blink&gt; tag when a &lt; b"}, "Title", "Use the <blink> tag when a < b"),
        ({"summary_html": "<p>Close it:</p><pre><code>&lt;p&gt;x&lt;/p&gt;</code></pre>"}, "Title", "Close it:\n<p>x</p>"),
        # CDATA markers the template escaped: read as text they were an HTML comment (nothing)
        ({"title": "<![CDATA[Marker]]>", "summary_html": "<![CDATA[<p>Body</p>]]&gt;"}, "Marker", "Body"),
        # round ten: an aggregator's text that is only the title and its <source> (Google News)
        ({"title": "Talks - Kyiv Wire", "source": "Kyiv Wire", "summary_html": "<a href='x'>Talks</a>&nbsp;&nbsp;<font>Kyiv Wire</font>"}, "Talks", "Talks"),
        ({"title": "Talks | Kyiv Wire", "source": " Kyiv  Wire ", "summary_html": "<p>Talks resume, Kyiv Wire</p>"}, "Talks", "Talks resume, Kyiv Wire"),
        ({"title": "Talks - Kyiv Wire", "source": "", "summary_html": "Talks Kyiv Wire"}, "Talks - Kyiv Wire", "Talks Kyiv Wire"),
    ],
)  # fmt: skip
def test_text_mangled_upstream_is_read_as_meant(fields: dict[str, object], title: str, text: str) -> None:
    art = normalise_entry(entry(**fields), FEED, SEEN)
    assert art is not None and (art.title, art.text) == (title, text)


@pytest.mark.parametrize(
    ("source", "source_url", "feed_url", "outlet"),
    [
        # round twenty-two: an aggregator's or a bundle's item names the outlet it took the item from, on another
        # site than the feed's: that outlet is the article's (it was the aggregator's, as if it wrote the story)
        (
            "Harbour Herald",
            "https://harbour-herald.example",
            "https://news.agg.example/rss?q=pier",
            "Harbour Herald",
        ),
        (
            "Seaside Times",
            "https://feeds.seaside.example/all",
            "https://reader.example/bundle/1",
            "Seaside Times",
        ),
        ("  Coast\n Daily ", "http://coast.example/", None, "Coast Daily"),
        # guards: the feed's own site (a subdomain too), no address, no source, a URL for a name, its own name
        ("Wire Daily", "https://www.wire.example/feed", "https://wire.example/rss", "Wire"),
        ("Wire Daily", "https://feeds.wire.example/x", None, "Wire"),
        ("The Wire Post", None, "https://wire.example/rss", "Wire"),
        (None, "https://elsewhere.example/", "https://wire.example/rss", "Wire"),
        ("https://elsewhere.example/feed", "https://elsewhere.example/feed", None, "Wire"),
        ("wire", "https://elsewhere.example/", None, "Wire"),
    ],
)
def test_an_aggregated_item_keeps_its_sources_outlet(
    source: str | None, source_url: str | None, feed_url: str | None, outlet: str
) -> None:
    entry = Entry(
        guid=None, url="https://any.example/a/1", title="Pier reopens", summary_html="Text.", source=source,
        source_url=source_url,
    )  # fmt: skip
    article = normalise_entry(entry, FEED, datetime(2026, 1, 1, tzinfo=UTC), feed_url)
    assert article is not None and article.outlet == outlet
    plain = normalise_entry(
        Entry(guid=None, url="https://any.example/a/1", title="Pier reopens"), FEED, article.first_seen_at
    )
    assert plain is not None and article.article_id == plain.article_id  # the identity is not the source's
