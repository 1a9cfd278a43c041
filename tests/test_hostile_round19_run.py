"""Round nineteen (fidelity against other parsers' expected outputs), through the whole pipeline on loopback.

Two runs over one feeds file (the second a plain re-run that must add no article, revision or
statement), then each case is checked on its own: the titles, URLs, texts and publication times
stored. New this round: phrasing elements inside a word of an HTML title (``1930ft<sup>2</sup>``,
``H<sub>2</sub>O``, ``<b>Bold</b>face``), which became a space. Guards from the same comparison, all
already fine: a line break or block in a title (a space), a FeedBurner item (its ``feedburner:origLink``
is the URL), an item-scoped ``xml:base`` (only that item's relative link), a relative link resolved
against the feed, an Atom date with a fraction of a second, and a Latin-1 body with no XML declaration.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

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
TEXT = "The ferry timetable changes on Monday."
FEEDBURNER = 'xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"'


def item(title: str, link: str, *, text: str = TEXT, extra: str = "", attrs: str = "") -> str:
    return (
        f"<item{attrs}><title>{title}</title><link>{link}</link><pubDate>{DATE}</pubDate>"
        f"<description>{text}</description>{extra}</item>"
    )


def rss(
    outlet: str, *items: str, ns: str = "", decl: str = '<?xml version="1.0" encoding="utf-8"?>'
) -> bytes:
    return f'{decl}<rss version="2.0" {ns}><channel><title>{outlet}</title>{"".join(items)}</channel></rss>'.encode()


def atom(*entries: str) -> bytes:
    return (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Outlet</title>'
        f"{''.join(entries)}</feed>"
    ).encode()


def served(body: bytes, headers: dict[str, str] | None = None) -> Behaviour:
    return respond(200, body, RSS_TYPE if headers is None else headers)


LATIN1 = (
    '<rss version="2.0"><channel><title>l1</title><item><title>Ponte é reaberta após obras</title>'
    f"<link>https://l1.example/a/1</link><pubDate>{DATE}</pubDate><description>Tráfego retomado.</description>"
    "</item></channel></rss>"
).encode("latin-1")


CASES: dict[str, Case] = {
    "sup-and-sub-inside-title-words": Case(
        served(rss("su", item("<![CDATA[Loft of 1930ft<sup>2</sup> near the H<sub>2</sub>O works]]>", "https://su.example/a/1"))),
        ["Loft of 1930ft2 near the H2O works"],
        published=[NOV24],
    ),
    "bold-inside-an-atom-html-title-word": Case(
        served(atom(
            '<entry><id>tag:bo.example,2025:1</id><updated>2025-11-24T10:00:00Z</updated><title type="html">'
            "&lt;b&gt;Bold&lt;/b&gt;face rules for CO&lt;sub&gt;2&lt;/sub&gt; caps</title>"
            f'<link href="https://bo.example/a/1"/><summary>{TEXT}</summary></entry>'
        ), ATOM_TYPE),
        ["Boldface rules for CO2 caps"],
        texts=[TEXT],
    ),
    # guards
    "line-break-in-a-title": Case(
        served(rss("lb", item("<![CDATA[Storm warning<br/>Coast closed]]>", "https://lb.example/a/1"))),
        ["Storm warning Coast closed"],
    ),
    "feedburner-orig-link": Case(
        served(rss("fb", item("Through a redirect", "https://feedproxy.example/~r/fb/~3/x1/story",
                              extra="<feedburner:origLink>https://fb.example/a/1</feedburner:origLink>"), ns=FEEDBURNER)),
        ["Through a redirect"],
        urls=["https://fb.example/a/1"],
    ),
    "item-scoped-xml-base": Case(
        served(rss("xb", item("Based", "first", attrs=' xml:base="https://xb.example/one/"'), item("Unbased", "https://xb.example/two"))),
        ["Based", "Unbased"],
        urls=["https://xb.example/one/first", "https://xb.example/two"],
    ),
    "fractional-seconds-in-atom-dates": Case(
        served(atom(
            '<entry><id>tag:fs.example,2025:1</id><updated>2025-11-24T10:00:00.677Z</updated>'
            f'<title>Fraction</title><link href="https://fs.example/a/1"/><summary>{TEXT}</summary></entry>'
        ), ATOM_TYPE),
        ["Fraction"],
        published=[NOV24.replace(microsecond=677000)],
    ),
    "latin-1-without-a-declaration": Case(
        served(LATIN1, {"Content-Type": "application/rss+xml"}),
        ["Ponte é reaberta após obras"],
        texts=["Tráfego retomado."],
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    tmp = tmp_path_factory.mktemp("round19")
    with FaultServer(LOOPBACK_HOSTS[:3]) as s:
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
