"""Round twenty-two (aggregator and regional feed dialects), through the whole pipeline on loopback.

Two runs over one feeds file (the second a plain re-run that must add no article, revision or statement),
then each case is checked on its own: the titles, URLs, texts and publication times stored, and where the
case is about them the outlets and statements. New this round: Google News items whose description is a
list of the story's copies at other outlets (their quoted headlines were statements of this article, and
the outlet was the aggregator's), the same aggregator item in two of its feeds under other query
parameters (two articles), an RSS or Atom bundle whose items name the outlet they came from (the bundle
was the outlet; ``dc:source`` and an RSS item's ``atom:source`` left the outlet's name in the title), the
full text of Yandex, Yandex Turbo and Rambler feeds (``yandex:full-text``, ``turbo:content``,
``rambler:fulltext``: the teaser was kept, or no text at all; a Turbo item's menu was a line of its text),
and dates with the time first or Moscow time in Cyrillic (no date). Guards, already fine: one article
under a raw and a punycode IDN host and a raw and a percent-encoded Cyrillic slug, a windows-1251 feed
with Cyrillic categories and Yandex's ``pdalink``/``amplink``, a WordPress ``content:encoded`` beside a
``[…]`` teaser, a Telegram bridge (no title, ``<br>`` lines), Mastodon's Atom, a ``<source>`` without an
address naming the feed's own outlet, and ``<atom:link rel="next">`` (never followed).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import duckdb
import pytest

from faultserver import LOOPBACK_HOSTS, Behaviour, FaultServer, respond
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
ATOM_TYPE = {"Content-Type": "application/atom+xml"}
NOV24 = datetime(2025, 11, 24, 10, tzinfo=UTC)
DATE = "Mon, 24 Nov 2025 10:00:00 +0000"
AGG = "https://news.aggregator.example/rss/articles"
YANDEX = 'xmlns:yandex="http://news.yandex.ru"'
TURBO = 'xmlns:turbo="http://turbo.yandex.ru"'
RAMBLER = 'xmlns:rambler="http://news.rambler.ru"'
DC = 'xmlns:dc="http://purl.org/dc/elements/1.1/"'
ATOM_NS = 'xmlns:atom="http://www.w3.org/2005/Atom"'
CONTENT = 'xmlns:content="http://purl.org/rss/1.0/modules/content/"'
IDN_HOST = "новини.укр"
SLUG = "/статті/міст-відкриють"
IDN_URL = f"https://{IDN_HOST.encode('idna').decode()}{quote(SLUG)}"


def rss(title: str, *items: str, ns: str = "", head: str = "", encoding: str = "utf-8") -> bytes:
    return (
        f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0" {ns}><channel><title>{title}</title>'
        f"<link>https://{title.lower().replace(' ', '-')}.example/</link>{head}{''.join(items)}</channel></rss>"
    ).encode(encoding)


def item(title: str, link: str, *, text: str = "", extra: str = "", date: str = DATE) -> str:
    body = f"<description>{text}</description>" if text else ""
    return f"<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate>{body}{extra}</item>"


def served(body: bytes, headers: dict[str, str] | None = None) -> Behaviour:
    return respond(200, body, RSS_TYPE if headers is None else headers)


def copies(*stories: tuple[str, str, str]) -> str:
    """A Google News description: an escaped list of a story's copies, each a link and its outlet's name."""
    rows = "".join(
        f'&lt;li&gt;&lt;a href="{AGG}/{key}?oc=5" target="_blank"&gt;{headline}&lt;/a&gt;&amp;nbsp;&amp;nbsp;'
        f'&lt;font color="#6f6f6f"&gt;{outlet}&lt;/font&gt;&lt;/li&gt;'
        for key, headline, outlet in stories
    )
    return f"&lt;ol&gt;{rows}&lt;/ol&gt;"


PIER = "“We will rebuild the pier by spring,” says mayor Ilona Kravets"
FISHERMEN = "“Nobody asked us about the pier,” say fishermen of Hvylia"
GOOGLE_NEWS = rss(
    "pier - Aggregator News",
    item(
        f"{PIER} - Harbour Herald",
        f"{AGG}/CBMiPier01?oc=5",
        text=copies(("CBMiPier01", PIER, "Harbour Herald"), ("CBMiPier02", FISHERMEN, "Coast Daily"),
                    ("CBMiPier03", "Pier budget doubles, council papers show", "Valley Post")),
        extra='<guid isPermaLink="false">CBMiPier01</guid><source url="https://harbour-herald.example">Harbour Herald</source>',
    ),
)  # fmt: skip


def ferry(link: str) -> bytes:
    """One Google News item as two of its feeds give it (a search feed and a topic feed with locale parameters)."""
    return rss(
        "ferry - Aggregator News",
        item(
            "Ferry timetable changes on Monday - Coast Daily", link,
            text=copies(("CBMiFerry42", "Ferry timetable changes on Monday", "Coast Daily")),
            extra='<guid isPermaLink="false">CBMiFerry42</guid><source url="https://coast-daily.example">Coast Daily</source>',
        ),
    )  # fmt: skip


BUNDLE = rss(
    "Harbour bundle",
    item("Storm closes the coast road | Valley Post", "https://valley-post.example/2025/11/storm-road",
         text="The coast road is closed.", extra='<source url="https://valley-post.example/feed">Valley Post</source>'),
    item("Dunes planted again - Seaside Times", "https://seaside-times.example/dunes", text="Volunteers planted the dunes.",
         extra="<dc:source>Seaside Times</dc:source>"),
    ns=DC,
)  # fmt: skip
RSS_ATOM_SOURCE = rss(  # an RSS bundle naming each item's outlet in an atom:source (the fast path read no source)
    "Harbour bundle two",
    item("Harbour lights tested - Seaside Times", "https://seaside-times.example/lights", text="The lights were tested.",
         extra="<atom:source><atom:title>Seaside Times</atom:title><atom:link href='https://seaside-times.example/'/>"
               "</atom:source>"),
    ns=ATOM_NS,
)  # fmt: skip
ATOM_BUNDLE = (
    b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Shared bundle</title>'
    b"<id>tag:reader.example,2025:bundle</id><updated>2025-11-24T10:00:00Z</updated><entry>"
    b"<id>tag:reader.example,2025:item/1</id><title>Lighthouse lamp replaced - Seaside Times</title>"
    b'<link rel="alternate" href="https://seaside-times.example/lighthouse"/><published>2025-11-24T10:00:00Z</published>'
    b"<summary>The lamp was replaced.</summary><source><id>https://seaside-times.example/feed</id><title>Seaside Times"
    b'</title><link rel="alternate" href="https://seaside-times.example/"/></source></entry></feed>'
)
YANDEX_FEED = rss(
    "Vecherniy Port",
    item("Пирс откроют весной", "https://port-vecher.example/news/pirs", text="Мэр рассказал о сроках ремонта.",
         extra="<yandex:genre>message</yandex:genre><yandex:full-text>Мэр рассказал о сроках ремонта.\n"
               "«Мы восстановим пирс к весне», — заявил мэр Олег Ткаченко.\nРемонт оплатит городской бюджет."
               "</yandex:full-text>"),
    ns=YANDEX,
)  # fmt: skip
TURBO_FEED = rss(
    "Portovye Vesti",
    '<item turbo="true"><title>Паром меняет расписание</title><link>https://portvesti.example/news/parom</link>'
    f"<pubDate>{DATE}</pubDate><turbo:content><![CDATA[<header><h1>Паром меняет расписание</h1><menu><a href="
    "'https://portvesti.example/'>Главная</a><a href='https://portvesti.example/news'>Новости</a></menu></header>"
    "<p>С понедельника паром будет ходить реже.</p><p>«Мы сократим рейсы до трёх в день», — сказал директор порта "
    "Андрей Коваль.</p>]]></turbo:content></item>",
    ns=f"{YANDEX} {TURBO}",
)
RAMBLER_FEED = rss(
    "Rechnoy Kurier",
    item("Набережную закроют на ремонт", "https://rechkur.example/a/nab", text="Набережная закроется в декабре.",
         extra="<rambler:fulltext>Набережная закроется в декабре. «Работы займут два месяца», — сообщил глава района "
               "Пётр Гнатюк.</rambler:fulltext>"),
    ns=RAMBLER,
)  # fmt: skip
LOCAL_DATES = rss(
    "Mestnye Novosti",
    item("Время перед датой", "https://mestnye.example/a/1", text="Текст.", date="13:00, 24.11.2025 +0300"),
    item("Московское время", "https://mestnye.example/a/2", text="Текст.", date="24 ноября 2025, 13:00 МСК"),
    item(
        "Время и день недели",
        "https://mestnye.example/a/3",
        text="Текст.",
        date="10:00, понеділок, 24 листопада 2025",
    ),
)
WINDOWS_1251 = rss(
    "Novyny Uzberezhzhia",
    item("Міст відкриють у грудні", f"https://{IDN_HOST}{SLUG}", text="Міст відкриють у грудні.",
         extra="<category>Місто</category><pdalink>https://m.novyny.example/a/1</pdalink>"
               "<amplink>https://novyny.example/amp/a/1</amplink>"
               '<enclosure url="https://novyny.example/img/1.jpg" type="image/jpeg"/>'),
    encoding="windows-1251",
)  # fmt: skip
PUNYCODE = rss("Novyny Mobile", item("Міст відкриють у грудні", IDN_URL, text="Міст відкриють у грудні."))
WORDPRESS = rss(
    "Quay Blog",
    item("Quay market returns", "https://quay.example/2025/11/24/quay-market/",
         text="<![CDATA[The quay market returns on Saturday. &#8220;We expect a big crowd,&#8221; said organiser "
              "Marta Bilyk. [&#8230;]]]>",
         extra="<content:encoded><![CDATA[<p>The quay market returns on Saturday.</p><p>&#8220;We expect a big crowd,"
               "&#8221; said organiser Marta Bilyk.</p><p>Stalls open at nine.</p>]]></content:encoded>"),
    ns=f"{CONTENT} {ATOM_NS}",
    head='<atom:link href="/wordpress-page-2" rel="next"/>',
)  # fmt: skip
TELEGRAM = rss(
    "Harbour Watch - Telegram Channel",
    "<item><title><![CDATA[]]></title><description><![CDATA[Ferry runs only twice tomorrow.<br>Check the "
    f'timetable.]]></description><pubDate>{DATE}</pubDate><guid isPermaLink="false">https://t.example/harbourwatch/813'
    "</guid><link>https://t.example/harbourwatch/813</link><author><![CDATA[Harbour Watch]]></author></item>",
)
MASTODON = (
    b'<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><id>https://social.example/users/'
    b"harbour.atom</id><title>Harbour Office</title><updated>2025-11-24T10:00:00Z</updated><entry><id>https://social."
    b"example/users/harbour/statuses/1134</id><published>2025-11-24T10:00:00Z</published><title>New post by harbour"
    b'</title><content type="html">&lt;p&gt;The north quay closes on Friday.&lt;/p&gt;</content><link rel="alternate" '
    b'type="text/html" href="https://social.example/@harbour/1134"/></entry></feed>'
)
OWN_SOURCE = rss(
    "Wellness Post",
    item("Walking helps - The Wellness Post", "https://wellness-post.example/a/1", text="Walk daily.",
         extra="<source>The Wellness Post</source>"),
)  # fmt: skip

CASES: dict[str, Case] = {
    "google-news-copies-list": Case(
        served(GOOGLE_NEWS), [PIER], urls=[f"{AGG}/CBMiPier01?oc=5"], texts=[PIER]
    ),
    "bundle-rss": Case(
        served(BUNDLE),
        ["Dunes planted again", "Storm closes the coast road"],
        texts=["Volunteers planted the dunes.", "The coast road is closed."],
    ),
    "bundle-atom": Case(served(ATOM_BUNDLE, ATOM_TYPE), ["Lighthouse lamp replaced"]),
    "bundle-rss-atom-source": Case(served(RSS_ATOM_SOURCE), ["Harbour lights tested"]),
    "yandex-full-text": Case(
        served(YANDEX_FEED),
        ["Пирс откроют весной"],
        texts=[
            "Мэр рассказал о сроках ремонта.\n«Мы восстановим пирс к весне», — заявил мэр Олег Ткаченко.\n"
            "Ремонт оплатит городской бюджет."
        ],
    ),
    "turbo-content": Case(
        served(TURBO_FEED),
        ["Паром меняет расписание"],
        texts=[
            "Паром меняет расписание\nС понедельника паром будет ходить реже.\n«Мы сократим рейсы до трёх в день»,"
            " — сказал директор порта Андрей Коваль."
        ],
    ),
    "rambler-fulltext": Case(
        served(RAMBLER_FEED),
        ["Набережную закроют на ремонт"],
        texts=[
            "Набережная закроется в декабре. «Работы займут два месяца», — сообщил глава района Пётр Гнатюк."
        ],
    ),
    "time-first-and-cyrillic-zone": Case(
        served(LOCAL_DATES),
        ["Время и день недели", "Время перед датой", "Московское время"],
        published=[NOV24] * 3,
    ),
    # guards
    "wordpress-teaser-and-content": Case(
        served(WORDPRESS),
        ["Quay market returns"],
        texts=[
            "The quay market returns on Saturday.\n“We expect a big crowd,” said organiser Marta Bilyk.\n"
            "Stalls open at nine."
        ],
    ),
    "telegram-bridge": Case(
        served(TELEGRAM),
        [""],
        urls=["https://t.example/harbourwatch/813"],
        texts=["Ferry runs only twice tomorrow.\nCheck the timetable."],
    ),
    "mastodon-atom": Case(
        served(MASTODON, ATOM_TYPE), ["New post by harbour"], texts=["The north quay closes on Friday."]
    ),
    "own-source-without-address": Case(served(OWN_SOURCE), ["Walking helps"]),
}
# Served too; each pair is one article, stored by whichever feed came first: checked across feeds below
COPIES: dict[str, Behaviour] = {
    "ferry-search": served(ferry(f"{AGG}/CBMiFerry42?oc=5")),
    "ferry-topic": served(ferry(f"{AGG}/CBMiFerry42?oc=5&amp;hl=en-US&amp;gl=US&amp;ceid=US:en")),
    "windows-1251-idn": served(WINDOWS_1251, {"Content-Type": "application/rss+xml; charset=windows-1251"}),
    "punycode-idn": served(PUNYCODE),
}
OUTLETS = {  # the outlet stored per feed, in title order
    "google-news-copies-list": ["Harbour Herald"],
    "bundle-rss": ["bundle-rss", "Valley Post"],  # dc:source has no address: the bundle's
    "bundle-atom": ["Seaside Times"],
    "bundle-rss-atom-source": ["Seaside Times"],
    "own-source-without-address": ["own-source-without-address"],
    "yandex-full-text": ["yandex-full-text"],
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Runs, Path, FaultServer]]:
    tmp = tmp_path_factory.mktemp("round22")
    with FaultServer(LOOPBACK_HOSTS[:3]) as s:
        urls = {}
        for i, (name, behaviour) in enumerate([*((n, c.serve) for n, c in CASES.items()), *COPIES.items()]):
            s.add(f"/{name}", behaviour)
            urls[name] = s.url(f"/{name}", host=s.hosts[i % 3])
        s.add(
            "/wordpress-page-2", served(rss("Quay Blog", item("Page two only", "https://quay.example/p2/")))
        )
        yield run_twice(feeds_file(tmp / "feeds.toml", urls), tmp / "warehouse"), tmp / "warehouse", s


def query(warehouse: Path, sql: str) -> list[tuple[str, ...]]:
    con = duckdb.connect(str(warehouse / "news.duckdb"), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("name", list(CASES))
def test_each_case_keeps_what_it_should(runs: tuple[Runs, Path, FaultServer], name: str) -> None:
    case = CASES[name]
    check_case_outcome(runs[0], name, case)
    check_published(runs[0], name, case)
    check_urls_and_texts(runs[0], name, case)


@pytest.mark.parametrize("name", list(OUTLETS))
def test_the_outlet_is_the_one_the_item_came_from(runs: tuple[Runs, Path, FaultServer], name: str) -> None:
    rows = query(runs[1], f"select outlet from articles where feed = '{name}' order by title")
    assert [outlet for (outlet,) in rows] == OUTLETS[name]


def test_an_aggregators_list_of_copies_gives_no_statements(runs: tuple[Runs, Path, FaultServer]) -> None:
    """The other outlets' quoted headlines were statements of this article (the fishermen's here)."""
    rows = query(
        runs[1], "select quote from statements where feed = 'google-news-copies-list' order by quote"
    )
    assert rows and all("fishermen" not in quote and "Nobody asked" not in quote for (quote,) in rows), rows
    assert len(rows) == 1, rows  # the headline's own statement, once


def test_one_article_across_feeds(runs: tuple[Runs, Path, FaultServer]) -> None:
    """The same Google News item under other query parameters, and one article under a raw and a punycode
    host with a raw and a percent-encoded slug, are one article each, whichever feed stored it."""
    found = query(runs[1], "select title, outlet, url from articles order by title")
    ferry = [(outlet, url) for title, outlet, url in found if title == "Ferry timetable changes on Monday"]
    assert len(ferry) == 1 and ferry[0][0] == "Coast Daily", ferry
    bridge = [url for title, _, url in found if title == "Міст відкриють у грудні"]
    assert bridge == [IDN_URL]


def test_a_next_page_is_never_fetched(runs: tuple[Runs, Path, FaultServer]) -> None:
    assert not [r for r in runs[2].requests if r.path == "/wordpress-page-2"]


def test_a_re_run_adds_nothing(runs: tuple[Runs, Path, FaultServer]) -> None:
    check_rerun_adds_nothing(
        runs[0], sum(len(c.titles) for c in CASES.values()) + 2
    )  # + the ferry, the bridge
