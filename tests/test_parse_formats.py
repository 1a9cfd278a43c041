"""Odd feed formats through parse + normalise (round four): RSS 0.9x/1.0 oddities, Atom 0.3, xml:base,
link variants, text precedence, titles, localized dates, JSON Feed 1.0/1.1, legacy Cyrillic
encodings, duplicates, enclosure-only items, script links, very long titles. The feeds below are
small fictional ones; the shared fixtures are read where they exercise the same thing."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from ingest.fastparse import parse_fast
from ingest.feedvalues import parse_date
from ingest.models import Article, Feed, ParsedFeed
from ingest.normalise import MAX_TITLE_CHARS, normalise_entries
from ingest.parse import parse_feed, parse_with_feedparser
from ingest.xmlsafe import sanitize_xml

URL = "https://news.example/feed"
FEED = Feed(name="odd", url=URL, outlet="Odd News")
SEEN = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
DC = 'xmlns:dc="http://purl.org/dc/elements/1.1/"'
MEDIA = 'xmlns:media="http://search.yahoo.com/mrss/"'
ITUNES = 'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"'
CONTENT = 'xmlns:content="http://purl.org/rss/1.0/modules/content/"'
ATOM = 'xmlns:atom="http://www.w3.org/2005/Atom"'


def rss(items: str, ns: str = "", version: str = "2.0", head: str = "", encoding: str = "utf-8") -> str:
    return (
        f'<?xml version="1.0" encoding="{encoding}"?><rss version="{version}" {ns}><channel>'
        f"<title>Odd News</title><link>https://news.example/</link>{head}{items}</channel></rss>"
    )


def atom(entries: str, attrs: str = "") -> str:
    return f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" {attrs}><title>Odd</title>{entries}</feed>'


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


def normalise(parsed: ParsedFeed) -> list[Article]:
    return normalise_entries(parsed.entries, FEED, SEEN, URL)


def articles(body: str | bytes, content_type: str | None = None) -> list[Article]:
    data = body.encode() if isinstance(body, str) else body
    return normalise(parse_feed(data, content_type=content_type, url=URL))


def view(article: Article, keys: dict[str, Any]) -> dict[str, Any]:
    """The article's fields named in ``keys``; ``published_at`` is None when the date is not trusted."""
    values = {key: getattr(article, key) for key in keys}
    if "published_at" in keys and not article.date_trusted:
        values["published_at"] = None
    return values


RDF_ITEMS_OUTSIDE_CHANNEL = (
    '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
    f'xmlns="http://purl.org/rss/1.0/" {DC}><channel rdf:about="https://news.example/">'
    "<title>Odd</title><link>https://news.example/</link><dc:language>de</dc:language></channel>"
    '<item rdf:about="https://news.example/a/1"><title>Erste Meldung</title>'
    "<link>https://news.example/a/1</link><description>Die Regierung hat heute beschlossen.</description>"
    "<dc:date>2026-11-20T10:00:00+01:00</dc:date></item></rdf:RDF>"
)
ATOM03 = (
    '<?xml version="1.0"?><feed version="0.3" xmlns="http://purl.org/atom/ns#" xml:lang="en"><title>Odd</title>'
    '<entry><title>Escaped</title><link rel="alternate" type="text/html" href="https://news.example/e/1"/>'
    "<id>tag:news.example,2026:1</id><issued>2026-11-19T09:00:00-05:00</issued>"
    "<modified>2026-11-20T10:00:00Z</modified>"
    '<content type="text/html" mode="escaped">&lt;p&gt;Hello &lt;b&gt;world&lt;/b&gt;&lt;/p&gt;</content></entry>'
    '<entry><title>Base64</title><link rel="alternate" type="text/html" href="https://news.example/e/2"/>'
    "<id>tag:news.example,2026:2</id><modified>2026-11-20T10:00:00Z</modified>"
    '<content type="text/html" mode="base64">PHA+QmFzZSBzaXh0eS1mb3VyIGJvZHk8L3A+</content></entry>'
    '<entry><title>No zone</title><link rel="alternate" type="text/html" href="https://news.example/e/3"/>'
    "<id>tag:news.example,2026:3</id><issued>2026-11-19T09:00:00</issued><summary>Short.</summary></entry></feed>"
)
CYRILLIC_RSS = rss(
    "<item><title>Новости дня</title><link>https://news.example/n/1</link>"
    "<description>Правительство заявило, что бюджет не будет сокращён в этом году.</description>"
    "<pubDate>Чт, 19 ноя 2026 10:00:00 +0300</pubDate></item>",
    encoding="{encoding}",
)
LONG_TITLE = "Very long headline words " * 400

CASES = [
    pytest.param(
        RDF_ITEMS_OUTSIDE_CHANNEL,
        [{"title": "Erste Meldung", "url": "https://news.example/a/1", "published_at": utc(2026, 11, 20, 9),
          "language": "de", "text": "Die Regierung hat heute beschlossen."}],
        id="rss10-items-outside-channel",
    ),
    pytest.param(
        rss("<item><title>Old style</title><link>http://news.example/old/1.html</link>"
            "<description>Some text here.</description></item>", version="0.91", head="<language>en-us</language>"),
        [{"title": "Old style", "url": "http://news.example/old/1.html", "published_at": None, "guid": None,
          "language": "en"}],
        id="rss091-no-guid-no-date",
    ),
    pytest.param(
        rss("<item><description>Only a description &lt;b&gt;bold&lt;/b&gt;.</description></item>", version="0.92"),
        [{"title": "", "url": "", "text": "Only a description bold.", "published_at": None}],
        id="rss092-description-only",
    ),
    pytest.param(
        ATOM03,
        [
            {"title": "Escaped", "text": "Hello world", "published_at": utc(2026, 11, 19, 14), "language": "en"},
            {"title": "Base64", "text": "Base sixty-four body", "published_at": utc(2026, 11, 20, 10)},
            {"title": "No zone", "text": "Short.", "published_at": utc(2026, 11, 19, 9)},
        ],
        id="atom03-escaped-base64-issued",
    ),
    pytest.param(
        atom('<entry xml:base="2026/"><title>Rel</title><link href="story.html"/><id>urn:x:1</id>'
             "<updated>2026-11-20T10:00:00Z</updated>"
             '<content type="html" xml:base="https://cdn.example/">&lt;p&gt;See &lt;a href="o.html"&gt;this'
             "&lt;/a&gt;&lt;/p&gt;</content></entry>", 'xml:base="https://news.example/world/"'),
        [{"url": "https://news.example/world/2026/story.html", "text": "See this"}],
        id="atom-xml-base-feed-and-entry",
    ),
    pytest.param(
        rss("<item><title>Empty link</title><link></link>"
            '<guid isPermaLink="true">https://news.example/p/9</guid>'
            "<pubDate>Thu, 19 Nov 2026 10:00:00 EST</pubDate></item>"),
        [{"url": "https://news.example/p/9", "guid": "https://news.example/p/9", "published_at": utc(2026, 11, 19, 15)}],
        id="rss-empty-link-permalink-guid",
    ),
    pytest.param(
        rss('<item><title>Atom link</title><atom:link rel="alternate" href="https://news.example/p/11"/>'
            '<guid isPermaLink="false">x11</guid></item>', ATOM),
        [{"url": "https://news.example/p/11", "guid": "x11"}],
        id="atom-link-inside-rss",
    ),
    pytest.param(
        atom('<entry><title>Many links</title><id>urn:x:2</id>'
             '<link rel="enclosure" href="https://news.example/a.mp3" type="audio/mpeg"/>'
             '<link rel="related" href="https://other.example/r"/>'
             '<link rel="alternate" type="text/html" href="https://news.example/a/2"/></entry>'
             '<entry><title>Enclosure link only</title><id>urn:x:3</id>'
             '<link rel="enclosure" href="https://news.example/b.mp3" type="audio/mpeg"/></entry>'),
        [{"url": "https://news.example/a/2"}, {"url": "https://news.example/b.mp3"}],
        id="atom-alternate-vs-enclosure-vs-related",
    ),
    pytest.param(
        rss("<item><title>Full</title><link>https://news.example/c/1</link><description>Teaser.</description>"
            "<content:encoded><![CDATA[<p>The full body, longer than the teaser.</p>]]></content:encoded>"
            "<media:description>Photo caption</media:description><itunes:summary>Show notes</itunes:summary>"
            "</item>"
            "<item><title>Caption only</title><link>https://news.example/c/2</link>"
            '<media:content url="https://news.example/i.jpg"><media:description>A caption &amp; more'
            "</media:description></media:content></item>"
            "<item><title>Podcast</title><link>https://news.example/c/3</link>"
            "<media:description>Caption</media:description><itunes:summary>Episode notes</itunes:summary></item>",
            f"{CONTENT} {MEDIA} {ITUNES}"),
        [{"text": "The full body, longer than the teaser."}, {"text": "A caption & more"},
         {"text": "Episode notes"}],
        id="content-description-media-itunes-precedence",
    ),
    pytest.param(
        rss("".join(f"<item><title>{title}</title><link>https://news.example/t/{n}</link></item>" for n, title in enumerate([
            "<![CDATA[Fish & Chips <b>now</b>]]>", "Tom &amp;amp; Jerry", "Caf&#233; &#x2014; open",
            "A &lt;b&gt;bold&lt;/b&gt; move", "Q&amp;A: 5 &lt; 6", "<![CDATA[AT&amp;T deal]]>",
            "&amp;quot;Quoted&amp;quot; word", "  Two\n  lines  ",
        ]))),
        [{"title": title} for title in ["Fish & Chips now", "Tom & Jerry", "Café — open", "A bold move",
                                        "Q&A: 5 < 6", "AT&T deal", '"Quoted" word', "Two lines"]],
        id="titles-cdata-entities-tags",
    ),
    pytest.param(
        rss('<item><title>Same story</title><link>https://news.example/x/1</link><guid isPermaLink="false">g1</guid></item>'
            '<item><title>Same story</title><link>https://news.example/x/1?utm_source=rss</link>'
            '<guid isPermaLink="false">g2</guid></item>'),
        [{"url": "https://news.example/x/1", "guid": "g1"}, {"url": "https://news.example/x/1", "guid": "g2"}],
        id="duplicate-link-different-guids",
    ),
    pytest.param(
        rss('<item><enclosure url="https://news.example/audio/ep1.mp3" type="audio/mpeg" length="1"/></item>'
            '<item><title>Ep 2</title><enclosure url="/audio/ep2.mp3" type="audio/mpeg" length="1"/>'
            "<description>Episode two.</description></item>"
            '<item><title>Photo only</title><enclosure url="https://news.example/logo.jpg" type="image/jpeg"/>'
            '<enclosure url="https://news.example/audio/ep3.mp3" type="audio/mpeg"/></item>'
            '<item><title>Thumbnail only</title><enclosure url="https://news.example/logo.jpg" type="image/jpeg"/></item>'),
        [{"url": "https://news.example/audio/ep1.mp3", "title": "", "text": ""},
         {"url": "https://news.example/audio/ep2.mp3", "title": "Ep 2", "text": "Episode two."},
         {"url": "https://news.example/audio/ep3.mp3"},  # the first enclosure that is not an image
         {"url": "", "title": "Thumbnail only"}],  # a shared thumbnail must not merge items
        id="enclosure-only-items",
    ),
    pytest.param(
        rss("".join(f"<item><title>L{n}</title><link>{link}</link></item>" for n, link in enumerate([
            "javascript:alert(1)", "data:text/html;base64,PHA+", "vbscript:x", "mailto:a@news.example",
            "java&#x09;script:alert(1)", " JavaScript:void(0)", "&#106;avascript:alert(1)",
        ])) + '<item><title>L7</title><link>javascript:void(0)</link><guid>https://news.example/ok/7</guid></item>'),
        [{"url": ""}] * 7 + [{"url": "https://news.example/ok/7"}],
        id="script-and-data-links",
    ),
    pytest.param(
        atom('<entry><title>J</title><id>javascript:alert(1)</id><link href="javascript:alert(2)"/></entry>'
             '<entry><title>D</title><id>urn:d</id><link href="data:text/html,hi"/></entry>'),
        [{"url": "", "guid": "javascript:alert(1)"}, {"url": "", "guid": "urn:d"}],
        id="atom-script-and-data-links",
    ),
    pytest.param(  # round five: an Atom-style <link href/> in RSS gave no URL on the fast path
        rss('<item><title>Href link</title><link href="https://news.example/p/12"/><description>d</description></item>'),
        [{"url": "https://news.example/p/12", "text": "d"}],
        id="rss-link-with-href-attribute",
    ),
    # round five: items where the fast path did not look for them were dropped without a word
    pytest.param(
        rss("<items><item><title>Wrapped one</title><link>https://news.example/w/1</link></item>"
            "<item><title>Wrapped two</title><link>https://news.example/w/2</link></item></items>"),
        [{"url": "https://news.example/w/1"}, {"url": "https://news.example/w/2"}],
        id="rss-items-in-a-wrapper",
    ),
    pytest.param(
        rss("<item><title>First channel</title><link>https://news.example/w/3</link></item></channel>"
            "<channel><title>Second</title><item><title>Second channel</title><link>https://news.example/w/4</link></item>"),
        [{"url": "https://news.example/w/3"}, {"url": "https://news.example/w/4"}],
        id="rss-two-channels",
    ),
    pytest.param(
        '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://news.example/"><title>Odd</title>'
        '<item rdf:about="https://news.example/w/5"><title>In channel</title><link>https://news.example/w/5</link></item>'
        "</channel></rdf:RDF>",
        [{"url": "https://news.example/w/5"}],
        id="rdf-items-inside-the-channel",
    ),
    pytest.param(
        atom('<entries><entry><title>Wrapped</title><id>urn:w:6</id><link href="https://news.example/w/6"/></entry></entries>'
             '<entry><title>Plain</title><id>urn:w:7</id><link href="https://news.example/w/7"/></entry>'),
        [{"url": "https://news.example/w/6"}, {"url": "https://news.example/w/7"}],
        id="atom-entries-in-a-wrapper",
    ),
    pytest.param(  # round five: element names in another case (feedparser folds them; lxml does not)
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Odd</title>'
        "<Item><Title>Capitalised</Title><Link>https://news.example/k/1</Link>"
        "<PubDate>Thu, 19 Nov 2026 10:00:00 GMT</PubDate><Description>Said so.</Description></Item>"
        "<item><title>Lower pubdate</title><link>https://news.example/k/2</link>"
        "<pubdate>Fri, 20 Nov 2026 10:00:00 GMT</pubdate><description>Also.</description></item></channel></rss>",
        [{"title": "Capitalised", "url": "https://news.example/k/1", "published_at": utc(2026, 11, 19, 10), "text": "Said so."},
         {"title": "Lower pubdate", "url": "https://news.example/k/2", "published_at": utc(2026, 11, 20, 10)}],
        id="rss-element-names-in-another-case",
    ),
    pytest.param(
        atom('<Entry><title>Capital entry</title><id>urn:k:3</id><link href="https://news.example/k/3"/></Entry>'),
        [{"title": "Capital entry", "url": "https://news.example/k/3"}],
        id="atom-entry-in-another-case",
    ),
    pytest.param(  # round eight: video items known only by their media:content (no link, no enclosure)
        rss('<item><title>Clip one</title><media:content url="https://news.example/v/1.mp4" type="video/mp4"/></item>'
            '<item><title>Clip two</title><media:thumbnail url="https://news.example/t.jpg"/>'
            '<media:group><media:content url="https://news.example/p.jpg" medium="image"/>'
            '<media:content url="/v/2.mp4" medium="video"/></media:group></item>'
            '<item><title>Picture only</title><media:content url="https://news.example/p.jpg" type="image/jpeg"/></item>',
            MEDIA),
        [{"url": "https://news.example/v/1.mp4", "title": "Clip one"},
         {"url": "https://news.example/v/2.mp4", "title": "Clip two"},  # the first that is no image
         {"url": "", "title": "Picture only"}],
        id="media-content-only-items",
    ),
    pytest.param(  # the Media RSS namespace without its final slash, as some generators write it
        rss('<item><title>Clip three</title><media:content url="https://news.example/v/3.mp4"/></item>',
            'xmlns:media="http://search.yahoo.com/mrss"'),
        [{"url": "https://news.example/v/3.mp4"}],
        id="media-content-namespace-without-slash",
    ),
    pytest.param(  # round eight: CDATA markers the template escaped (the title was lost to HTML comments)
        rss("<item><title>&lt;![CDATA[Escaped marker title]]&gt;</title><link>https://news.example/c/1</link>"
            "<description>&lt;![CDATA[&lt;p&gt;Body &amp;amp; more&lt;/p&gt;]]&gt;</description></item>"
            "<item><title><![CDATA[&lt;![CDATA[Wrapped twice]]&gt;]]></title><link>https://news.example/c/2</link>"
            "<description>&lt;![CDATA[<p>Raw body</p>]]&gt;</description></item>"),
        [{"title": "Escaped marker title", "text": "Body & more"},
         {"title": "Wrapped twice", "text": "Raw body"}],
        id="escaped-cdata-markers",
    ),
    pytest.param(
        atom('<entry><title type="html">&lt;![CDATA[Atom &amp;amp; marker]]&gt;</title><id>urn:c:3</id>'
             '<link href="https://news.example/c/3"/></entry>'),
        [{"title": "Atom & marker"}],
        id="escaped-cdata-marker-in-an-atom-html-title",
    ),
    pytest.param(  # round eight: XHTML content under a prefix ran its paragraphs together
        atom('<entry><title type="xhtml"><x:div xmlns:x="http://www.w3.org/1999/xhtml">Prefixed <x:b>title</x:b>'
             '</x:div></title><id>urn:x:4</id><link href="https://news.example/x/4"/><content type="xhtml">'
             '<x:div xmlns:x="http://www.w3.org/1999/xhtml"><x:p>Para one.</x:p><x:p>Para two.</x:p></x:div>'
             "</content></entry>"),
        [{"title": "Prefixed title", "text": "Para one.\nPara two."}],
        id="atom-xhtml-under-a-prefix",
    ),
    pytest.param(  # round nine: a permalink guid that is no link gave a made-up URL on the feed's host
        rss('<item><title>Numbered</title><guid>12345</guid></item>'
            '<item><title>Marked</title><guid isPermaLink="true">story-2025-11-24</guid></item>'
            '<item><title>Path guid</title><guid>/news/2025/11/path</guid></item>'
            '<item><title>URL guid</title><guid>https://news.example/g/4</guid></item>'),
        [{"url": "", "guid": "12345", "title": "Numbered"},
         {"url": "", "guid": "story-2025-11-24", "title": "Marked"},
         {"url": "https://news.example/news/2025/11/path", "title": "Path guid"},
         {"url": "https://news.example/g/4", "title": "URL guid"}],
        id="permalink-guids-that-are-no-link",
    ),
    pytest.param(
        atom('<entry><title>Atom number</title><id>1</id></entry>'
             '<entry><title>Atom path</title><id>/x/2</id></entry>'),
        [{"url": "", "guid": "1"}, {"url": "https://news.example/x/2"}],
        id="atom-ids-that-are-no-link",
    ),
    pytest.param(  # round nine: a link written as an escaped HTML anchor was read as a relative path
        rss('<item><title>Anchor</title><link>&lt;a href="https://news.example/a/9"&gt;Read more&lt;/a&gt;</link></item>'
            "<item><title>Anchor single</title><link><![CDATA[<a href='/a/10' target=\"_blank\">/a/10</a>]]></link></item>"
            "<item><title>Other markup</title><link>&lt;b&gt;no link&lt;/b&gt;</link><guid>urn:b</guid></item>"),
        [{"url": "https://news.example/a/9"}, {"url": "https://news.example/a/10"}, {"url": "", "guid": "urn:b"}],
        id="link-written-as-an-escaped-anchor",
    ),
    pytest.param(  # round ten: Google News (an aggregator): '<title>Story - Outlet</title>', <source>Outlet</source>
        rss('<item><title>Truce talks resume - Kyiv Wire</title><link>https://news.google.com/rss/articles/CBMiQ2?oc=5</link>'
            '<description>&lt;a href="https://news.google.com/rss/articles/CBMiQ2?oc=5" target="_blank"&gt;Truce talks resume&lt;/a&gt;'
            '&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;Kyiv Wire&lt;/font&gt;</description>'
            '<source url="https://kyivwire.example">Kyiv Wire</source></item>'
            '<item><title>Talks - what next</title><link>https://news.example/a/2</link><description>Talks - what next, said the minister</description>'
            '<source url="https://other.example">what next</source></item>'),
        [{"title": "Truce talks resume", "text": "Truce talks resume", "url": "https://news.google.com/rss/articles/CBMiQ2?oc=5"},
         {"title": "Talks", "text": "Talks - what next, said the minister"}],
        id="aggregator-source-suffix",
    ),
    pytest.param(  # round ten: Atom's <source> (a planet of blogs) names the feed an entry came from
        atom('<entry><title>Release notes - Jane Blog</title><id>tag:x,2025:9</id><link href="https://jane.example/9"/>'
             '<source><id>tag:jane</id><title>Jane Blog</title></source></entry>'),
        [{"title": "Release notes"}],
        id="atom-source-suffix",
    ),
    pytest.param(  # round ten: an empty <title> beside the item's <media:title> (video feeds)
        rss('<item><title></title><media:title>Video only title</media:title><link>https://news.example/v/1</link></item>'
            '<item><title>Own title</title><media:title>Not this</media:title><link>https://news.example/v/2</link></item>', MEDIA),
        [{"title": "Video only title"}, {"title": "Own title"}],
        id="media-title-for-an-empty-title",
    ),
    pytest.param(  # round fourteen: the media:title inside media:group (no title before on the fast path)
        rss('<item><title></title><link>https://news.example/v/3</link><media:group><media:title>Group title</media:title>'
            '<media:content url="https://cdn.news.example/v/3.mp4" type="video/mp4"/></media:group></item>'
            '<item><link>https://news.example/v/4</link><media:group><media:title><![CDATA[Group & CDATA]]></media:title></media:group></item>', MEDIA),
        [{"title": "Group title"}, {"title": "Group & CDATA"}],
        id="media-group-title-for-an-empty-title",
    ),
    pytest.param(  # round fourteen: Atom entries too (their own media:title or their group's; no title before)
        atom('<entry><title></title><id>tag:x,2025:v5</id><link href="https://news.example/v/5"/><media:title>Atom video</media:title></entry>'
             '<entry><id>tag:x,2025:v6</id><link href="https://news.example/v/6"/><media:group><media:title>Atom group video</media:title></media:group></entry>'
             '<entry><title>Atom own title</title><id>tag:x,2025:v7</id><link href="https://news.example/v/7"/><media:group><media:title>Not this</media:title></media:group></entry>', MEDIA),
        [{"title": "Atom video"}, {"title": "Atom group video"}, {"title": "Atom own title"}],
        id="atom-media-title-for-an-empty-title",
    ),
    pytest.param(  # round ten: FeedBurner's feedproxy redirect links; the article's own URL is its origLink
        rss('<item><title>Proxied</title><link>http://feedproxy.google.com/~r/odd/~3/Xy1/story.html</link><guid isPermaLink="false">p-1</guid>'
            '<feedburner:origLink>https://news.example/2025/11/story.html</feedburner:origLink></item>'
            '<item><title>Relative orig</title><link>https://news.example/a/2</link><feedburner:origLink>/a/other</feedburner:origLink></item>',
            'xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"'),
        [{"url": "https://news.example/2025/11/story.html"}, {"url": "https://news.example/a/2"}],
        id="feedburner-origlink",
    ),
    pytest.param(
        atom('<entry><title>Atom proxied</title><id>tag:x,2025:1</id><link rel="alternate" href="http://feedproxy.google.com/~r/odd/~3/Ab/"/>'
             '<feedburner:origLink>https://news.example/2025/11/atom.html?utm_source=feedburner</feedburner:origLink></entry>',
             'xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"'),
        [{"url": "https://news.example/2025/11/atom.html"}],
        id="feedburner-origlink-atom",
    ),
    pytest.param(  # round twelve: rel in capitals (hand-written feeds): the fast path gave no URL, feedparser one
        atom('<entry><title>Capital rel</title><id>tag:x,2025:7</id><link rel="Alternate" type="text/html" href="https://news.example/a/7"/></entry>'
             '<entry><title>Shouting rel</title><id>tag:x,2025:8</id><link rel="ALTERNATE" href="https://news.example/a/8"/><link rel="Enclosure" href="https://news.example/a/8.mp3"/></entry>'),
        [{"url": "https://news.example/a/7"}, {"url": "https://news.example/a/8"}],
        id="atom-rel-in-capitals",
    ),
    pytest.param(
        rss('<item><title>RSS with atom:link</title><atom:link rel="Alternate" href="https://news.example/a/9"/></item>', ATOM),
        [{"url": "https://news.example/a/9"}],
        id="rss-atom-link-rel-in-capitals",
    ),
    # round seventeen: an item or entry that redeclares the default namespace was silently dropped by the
    # fast path (it counted only items in the channel's own namespace); feedparser reads every one
    pytest.param(
        rss('<item xmlns="http://backend.userland.com/rss2"><title>Userland item</title><link>https://news.example/a/10</link></item>'
            '<item xmlns=""><title>Plain item</title><link>https://news.example/a/11</link></item>'
            '<item xmlns="http://purl.org/rss/1.0/"><title>RSS 1.0 item</title><link>https://news.example/a/12</link></item>'),
        [{"title": "Userland item", "url": "https://news.example/a/10"}, {"title": "Plain item", "url": "https://news.example/a/11"},
         {"title": "RSS 1.0 item", "url": "https://news.example/a/12"}],
        id="item-redeclares-the-default-namespace",
    ),
    pytest.param(
        rss('<item xmlns="http://backend.userland.com/rss2"><title>Only item</title><link>https://news.example/a/13</link>'
            '<pubDate>Mon, 24 Nov 2025 10:00:00 +0000</pubDate><description>Text.</description></item>'),
        [{"title": "Only item", "url": "https://news.example/a/13", "text": "Text."}],
        id="only-item-redeclares-the-default-namespace",
    ),
    pytest.param(  # guard: an Atom entry redeclaring its own namespace, or under another prefix
        atom('<entry xmlns="http://www.w3.org/2005/Atom"><title>Redeclared</title><id>tag:x,2025:20</id><link href="https://news.example/a/20"/></entry>'
             '<x:entry xmlns:x="http://www.w3.org/2005/Atom"><x:title>Prefixed</x:title><x:id>tag:x,2025:21</x:id><x:link href="https://news.example/a/21"/></x:entry>'),
        [{"title": "Redeclared", "url": "https://news.example/a/20"}, {"title": "Prefixed", "url": "https://news.example/a/21"}],
        id="atom-entry-redeclares-its-namespace",
    ),
    # round seventeen: Atom content out of line (<content src>, RFC 4287 4.1.3.2) names an entry with no link
    # (it had no URL); a link or an id that is a URL still wins, an image is no page
    pytest.param(
        atom('<entry><title>Out of line</title><id>tag:x,2025:30</id><content type="text/html" src="https://news.example/a/30.html"/></entry>'
             '<entry><title>Relative src</title><id>tag:x,2025:31</id><summary>Sum.</summary><content src="/a/31"/></entry>'
             '<entry><title>Link wins</title><id>tag:x,2025:32</id><link href="https://news.example/a/32"/><content src="https://cdn.example/32"/></entry>'
             '<entry><title>Id wins</title><id>https://news.example/a/33</id><content src="https://cdn.example/33"/></entry>'
             '<entry><title>Image src</title><id>tag:x,2025:34</id><summary>Pic.</summary><content type="image/png" src="https://cdn.example/34.png"/></entry>'),
        [{"title": "Out of line", "url": "https://news.example/a/30.html"}, {"title": "Relative src", "url": "https://news.example/a/31", "text": "Sum."},
         {"title": "Link wins", "url": "https://news.example/a/32"}, {"title": "Id wins", "url": "https://news.example/a/33"},
         {"title": "Image src", "url": ""}],
        id="atom-content-out-of-line",
    ),
    # round nineteen: a phrasing element inside a word in an HTML title is no word break (both paths)
    pytest.param(
        rss('<item><title><![CDATA[Loft of 1930ft<sup>2</sup> near the H<sub>2</sub>O works]]></title><link>https://news.example/a/40</link></item>'),
        [{"title": "Loft of 1930ft2 near the H2O works", "url": "https://news.example/a/40"}],
        id="rss-title-sup-sub-inside-words",
    ),
    pytest.param(
        atom('<entry><title type="html">&lt;b&gt;Bold&lt;/b&gt;face and CO&lt;sub&gt;2&lt;/sub&gt; caps</title><id>tag:x,2025:41</id><link href="https://news.example/a/41"/></entry>'),
        [{"title": "Boldface and CO2 caps", "url": "https://news.example/a/41"}],
        id="atom-html-title-inline-tags-inside-words",
    ),
    # round twenty-two: the full text of Russian and Ukrainian CMSs beside a teaser (or alone): yandex:full-text
    # (plain, or with escaped <br />), turbo:content (HTML in CDATA, no description), rambler:fulltext
    pytest.param(
        rss('<item><title>Пирс</title><link>https://news.example/a/50</link><description>Тизер.</description>'
            '<yandex:full-text>Тизер.\n«Мы восстановим пирс», — заявил мэр.</yandex:full-text></item>'
            '<item><title>Паром</title><link>https://news.example/a/51</link><yandex:full-text>Первый абзац.&lt;br /&gt;\n&lt;br /&gt;\nВторой абзац.</yandex:full-text><description>Тизер.</description></item>'
            '<item><title>Причал</title><link>https://news.example/a/52</link><turbo:content><![CDATA[<header><h1>Причал</h1></header><p>Один.</p><p>Два.</p>]]></turbo:content></item>'
            '<item><title>Набережная</title><link>https://news.example/a/53</link><description>Тизер.</description><rambler:fulltext>Полный текст статьи.</rambler:fulltext></item>',
            ns='xmlns:yandex="http://news.yandex.ru" xmlns:turbo="http://turbo.yandex.ru" xmlns:rambler="http://news.rambler.ru"'),
        [{"title": "Пирс", "text": "Тизер.\n«Мы восстановим пирс», — заявил мэр."}, {"title": "Паром", "text": "Первый абзац.\nВторой абзац."},
         {"title": "Причал", "text": "Причал\nОдин.\nДва."}, {"title": "Набережная", "text": "Полный текст статьи."}],
        id="yandex-turbo-rambler-full-text",
    ),
    # round twenty-two: an aggregator's item (Google News) names its outlet with <source url>: the outlet is the
    # source's, its list of the story's copies is no text (the title is, as round ten's single link); a bundle's
    # dc:source name comes off the title; a source on the feed's own site, or without an address, is the feed's
    pytest.param(
        rss('<item><title>“We will rebuild,” says mayor - Harbour Herald</title><link>https://agg.example/rss/articles/CBMi1?oc=5</link>'
            '<description>&lt;ol&gt;&lt;li&gt;&lt;a href="https://agg.example/rss/articles/CBMi1"&gt;“We will rebuild,” says mayor&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;Harbour Herald&lt;/font&gt;&lt;/li&gt;'
            '&lt;li&gt;&lt;a href="https://agg.example/rss/articles/CBMi2"&gt;“Nobody asked us,” say fishermen&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;Coast Daily&lt;/font&gt;&lt;/li&gt;&lt;/ol&gt;</description>'
            '<source url="https://harbour-herald.example">Harbour Herald</source></item>'
            '<item><title>Dunes planted - Seaside Times</title><link>https://seaside.example/dunes</link><description>Volunteers planted.</description><dc:source>Seaside Times</dc:source></item>'
            '<item><title>Own story</title><link>https://news.example/a/55</link><description>Own text.</description><source url="https://news.example/feed">Odd News Daily</source></item>'
            '<item><title>Wellness tips</title><link>https://news.example/a/56</link><description>Tips.</description><source>The Odd Post</source></item>',
            ns=DC),
        [{"title": "“We will rebuild,” says mayor", "text": "“We will rebuild,” says mayor", "outlet": "Harbour Herald"},
         {"title": "Dunes planted", "text": "Volunteers planted.", "outlet": "Odd News"},
         {"title": "Own story", "outlet": "Odd News"}, {"title": "Wellness tips", "outlet": "Odd News"}],
        id="aggregator-and-bundle-sources",
    ),
    pytest.param(
        atom('<entry><id>tag:reader.example,2025:1</id><title>Lamp replaced - Seaside Times</title><link href="https://seaside.example/lamp"/>'
             '<summary>The lamp was replaced.</summary><source><id>https://seaside.example/feed</id><title>Seaside Times</title>'
             '<link rel="alternate" href="https://seaside.example/"/></source></entry>'),
        [{"title": "Lamp replaced", "text": "The lamp was replaced.", "outlet": "Seaside Times"}],
        id="atom-bundle-entry-source",
    ),
    pytest.param(
        rss('<item><title>Lamp replaced - Seaside Times</title><link>https://seaside.example/lamp</link><description>Replaced.</description>'
            '<atom:source><atom:title>Seaside Times</atom:title><atom:link rel="alternate" href="https://seaside.example/"/></atom:source></item>',
            ns=ATOM),
        [{"title": "Lamp replaced", "text": "Replaced.", "outlet": "Seaside Times"}],
        id="rss-bundle-item-atom-source",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_odd_feeds_normalise(body: str, expected: list[dict[str, Any]]) -> None:
    found = articles(body)
    assert [view(article, keys) for article, keys in zip(found, expected, strict=True)] == expected


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_fast_and_feedparser_paths_agree_on_odd_feeds(body: str, expected: list[dict[str, Any]]) -> None:
    safe = sanitize_xml(body.encode())
    fast = parse_fast(safe.data, URL)
    if fast is None:  # refused: feedparser alone parses it (and the test above checked it)
        return
    keys = ("url", "guid", "title", "text", "published_at", "language", "article_id")
    slow = normalise(parse_with_feedparser(safe, URL))
    assert [view(a, dict.fromkeys(keys)) for a in normalise(fast)] == [
        view(a, dict.fromkeys(keys)) for a in slow
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("19. November 2026 10:00", utc(2026, 11, 19, 10)),
        ("Donnerstag, 19. März 2026", utc(2026, 3, 19)),
        ("Do., 19.11.2026 um 10:00 Uhr", utc(2026, 11, 19, 10)),
        ("19 Mär 2026 10:00:00 +0100", utc(2026, 3, 19, 9)),
        ("Thu, 19 Mai 2026 10:00:00 +0200", utc(2026, 5, 19, 8)),
        ("Thu, 19 Dez 2026 10:00:00 CET", utc(2026, 12, 19, 9)),
        ("Чт, 19 ноя 2026 10:00:00 +0300", utc(2026, 11, 19, 7)),
        ("19 ноября 2026 г., 10:00", utc(2026, 11, 19, 10)),
        ("19 мая 2026, 10:00 MSK", utc(2026, 5, 19, 7)),
        ("Четвер, 19 листопада 2026 о 10:15", utc(2026, 11, 19, 10, 15)),
        ("19 лютого 2026 10:00 +0200", utc(2026, 2, 19, 8)),
        ("Seg, 24 Set 2018 19:42:40 -0300", utc(2018, 9, 24, 22, 42, 40)),
        ("19 juin 2026 10:00", utc(2026, 6, 19, 10)),
        ("19 de noviembre de 2026", utc(2026, 11, 19)),
        ("19 lipca 2026 10:00 CEST", utc(2026, 7, 19, 8)),
        ("19.11.2026 10:00", utc(2026, 11, 19, 10)),
        ("2026/11/19 10:00:00", utc(2026, 11, 19, 10)),
        ("Thu, 19 Nov 2026 10:00:00 PDT", utc(2026, 11, 19, 17)),
        ("19 Nov 26 10:00 GMT", utc(2026, 11, 19, 10)),
        ("2026-11-19T10:00:00", utc(2026, 11, 19, 10)),
        ("19 Foo 2026", None),
        ("31.02.2026", None),
        ("19 ноября", None),
    ],
)
def test_localized_and_numeric_dates(value: str, expected: datetime | None) -> None:
    assert parse_date(value) == expected
    for tag, ns in (("pubDate", ""), ("dc:date", DC)):
        body = rss(
            f"<item><title>t</title><link>https://news.example/d</link><{tag}>{value}</{tag}></item>", ns
        )
        safe = sanitize_xml(body.encode())
        fast = parse_fast(safe.data, URL)
        assert fast is not None and fast.entries[0].published == expected
        assert parse_with_feedparser(safe, URL).entries[0].published == expected


@pytest.mark.parametrize("codec", ["windows-1251", "koi8-r"])
def test_cyrillic_feed_declared_only_in_the_xml_declaration(codec: str) -> None:
    body = CYRILLIC_RSS.replace("{encoding}", codec).encode(codec)
    (article,) = articles(body)
    assert article.title == "Новости дня"
    assert article.text == "Правительство заявило, что бюджет не будет сокращён в этом году."
    assert article.published_at == utc(2026, 11, 19, 7) and article.language == "ru"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Правительство заявило, что бюджет не будет сокращён в этом году.", "ru"),
        ("Уряд ухвалив рішення.", "uk"),
        ("Правительство приняло решение о бюджете.", None),  # Cyrillic, not English; too short to tell
        ("The government said the budget would not be cut this year.", "en"),
    ],
)
def test_cyrillic_items_in_a_feed_declared_english(text: str, expected: str | None) -> None:
    body = rss(f"<item><title>t</title><link>https://news.example/c</link><description>{text}</description></item>",
               head="<language>en</language>")  # fmt: skip
    assert articles(body)[0].language == expected


def test_duplicate_links_with_different_guids_share_one_identity() -> None:
    first, second = articles(CASES[10].values[0])
    assert first.article_id == second.article_id


def test_an_extremely_long_title_is_cut_and_kept_as_text() -> None:
    body = rss(f"<item><title>{LONG_TITLE}</title><link>https://news.example/l/1</link></item>"
               f"<item><title>{LONG_TITLE}</title><link>https://news.example/l/2</link><description>Body.</description></item>")  # fmt: skip
    untexted, texted = articles(body)
    cut = untexted.title.removesuffix("…")
    assert len(untexted.title) <= MAX_TITLE_CHARS and LONG_TITLE.startswith(cut + " ")  # at a word boundary
    assert untexted.text == LONG_TITLE.strip()
    assert texted.title == untexted.title and texted.text == "Body."


def json_feed(version: str, items: list[dict[str, Any]], **head: Any) -> bytes:
    return json.dumps(
        {"version": f"https://jsonfeed.org/version/{version}", "title": "J", **head, "items": items}
    ).encode()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            json_feed("1", [
                {"id": "1", "url": "posts/1.html", "title": "Relative", "content_text": "Plain <text>.",
                 "date_modified": "2026-11-19T10:00:00+02:00", "author": {"name": "A"}},
                {"id": "2", "title": "HTML", "content_html": "<p>Hi &amp; bye</p>", "content_text": "ignored",
                 "date_published": "2026-11-19T10:00:00Z"},
                {"id": "3", "url": "javascript:alert(1)", "title": "Script", "content_text": "x"},
                {"id": "4", "external_url": "https://other.example/x", "title": "External", "summary": "Sum."},
                {"id": "https://news.example/p/5", "title": "Id is a URL"},
                {"id": "6", "title": "Attachment", "attachments": [
                    {"url": "/img/6.png", "mime_type": "image/png"}, {"url": "/audio/6.mp3", "mime_type": "audio/mpeg"}]},
            ], home_page_url="https://news.example/blog/"),
            [{"url": "https://news.example/blog/posts/1.html", "text": "Plain <text>.", "published_at": utc(2026, 11, 19, 8)},
             {"url": "", "guid": "2", "text": "Hi & bye", "published_at": utc(2026, 11, 19, 10)},
             {"url": "", "guid": "3"},
             {"url": "https://other.example/x", "text": "Sum."},
             {"url": "https://news.example/p/5"},
             {"url": "https://news.example/audio/6.mp3"}],
            id="jsonfeed-1.0",
        ),
        pytest.param(
            json_feed("1.1", [{"id": "1", "url": "p/1", "title": "Новина", "content_text": "Уряд ухвалив рішення.",
                               "authors": [{"name": "B"}], "language": "uk-UA"}],
                      feed_url="https://news.example/feed.json"),
            [{"url": "https://news.example/p/1", "language": "uk", "title": "Новина", "published_at": None}],
            id="jsonfeed-1.1-no-home-page",
        ),
    ],
)  # fmt: skip
def test_json_feed_versions(body: bytes, expected: list[dict[str, Any]]) -> None:
    found = articles(body, "application/feed+json")
    assert [view(article, keys) for article, keys in zip(found, expected, strict=True)] == expected


# --- shared fixtures that exercise the same things -------------------------------------------------
@pytest.mark.shared
@pytest.mark.parametrize(
    ("name", "check"),
    [
        # Portuguese month abbreviations ("Seg, 24 Set 2018 19:42:40 -0300"): every item dated
        ("rss-parser-fixtures/test/input/uolNoticias.rss", lambda arts: all(a.date_trusted for a in arts)),
        # YouTube: the text is only in media:group/media:description
        ("feed-rs-fixtures/fixture/atom/atom_mediarss_youtube_1.xml", lambda arts: all(a.text for a in arts)),
        # RSS 0.92 items with only an enclosure
        ("feed-rs-fixtures/fixture/rss0/rss_0.92_spec_1.xml",
         lambda arts: any(a.url.endswith(".mp3") for a in arts)),
        # a permalink guid that is not a valid URL: no crash, no URL
        ("feedparser-tests/tests/wellformed/rss/item_guid_isPermaLink_ValueError.xml",
         lambda arts: [a.url for a in arts] == [""]),
        # RSS 1.0 (RDF) with its items outside the channel, no guids, dc:date (Deutsche Welle)
        ("fastfeedparser-benchmark-news/benchmark_data/14dda539770f94e3.xml",
         lambda arts: len(arts) == 141 and all(a.date_trusted and a.url.startswith("https://") for a in arts)),
    ],
)  # fmt: skip
def test_shared_fixtures_of_odd_formats(name: str, check: Any) -> None:
    path = CORPORA / name
    if not path.is_file():
        pytest.skip(f"{path} not present (../shared corpora)")
    found = articles(path.read_bytes())
    assert found and check(found)
